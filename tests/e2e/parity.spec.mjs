// The wasm build and the native CLI extract the same dataset from every
// article: the embedded one, the fixtures, the held-out and blind sets.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';

const CLI = 'target/release/incident-card';
const DIRS = ['data/articles', 'data/fixtures', 'data/heldout', 'data/blind', 'data/blind2'];

function articles() {
  const out = [];
  for (const dir of DIRS) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(`${dir}/${f}`);
  }
  return out;
}

test('wasm extract() returns the native CLI dataset for every article', async ({ page }) => {
  const files = articles();
  expect(files.length).toBeGreaterThanOrEqual(20);
  const native = Object.fromEntries(
    files.map((f) => [f, JSON.parse(execFileSync(CLI, ['extract', f], { encoding: 'utf8' }))]),
  );
  await page.goto('/');
  const inBrowser = await page.evaluate(async (paths) => {
    const { default: init, extract } = await import('/pkg/incident_card.js');
    await init();
    const out = {};
    for (const p of paths) {
      const text = await (await fetch('/' + p)).text();
      out[p] = extract(text);
    }
    return out;
  }, files);
  for (const f of files) {
    expect(inBrowser[f], f).toEqual(native[f]);
  }
});

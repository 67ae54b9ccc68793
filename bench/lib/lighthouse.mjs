// Lighthouse 12 (its CLI, from the lighthouse devDependency) on the demo
// page, in Debian's Chromium. The default run is Lighthouse's mobile preset
// (simulated slow 4G and 4× CPU slowdown); the desktop preset runs beside it.
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './proc.mjs';
import { CHROMIUM } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

export async function runLighthouse(repo, url, env) {
  const dir = join(repo, 'bench/tmp/lighthouse');
  mkdirSync(dir, { recursive: true });
  const out = { url, version: null, runs: {} };
  for (const preset of ['mobile', 'desktop']) {
    const report = join(dir, `${preset}.json`);
    const args = [
      url,
      `--chrome-path=${CHROMIUM}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ];
    await run(join(repo, 'node_modules/.bin/lighthouse'), args, { env, timeoutMs: 4 * 60_000 });
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    out.version = lhr.lighthouseVersion;
    const below = [];
    for (const cat of CATEGORIES) {
      for (const ref of lhr.categories[cat].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) below.push({ category: cat, id: a.id, score: a.score, title: a.title, value: a.displayValue ?? null });
      }
    }
    out.runs[preset] = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)])),
      metrics: Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? null])),
      runtime_error: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings,
      below_full_score: below,
    };
  }
  return out;
}

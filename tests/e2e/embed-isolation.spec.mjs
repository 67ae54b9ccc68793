// Style isolation: hostile page CSS leaves every computed style inside the
// card unchanged, and the card's styles do not leak into the page.
import { test, expect } from '@playwright/test';

const HOSTILE = `
  * { all: unset; }
  div { display: none; }
  button { font-size: 40px !important; color: red !important; }
  p, li { letter-spacing: 3px; text-transform: uppercase; font-style: italic; }
  body { font: 30px/3 "Comic Sans MS", cursive; color: magenta; text-align: center; direction: ltr; }
  .ic, .ic-tab, .ic-claim, [role=tab] { display: none !important; color: red !important; }
`;

function page(css) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>isolation</title>
<style>${css} incident-card { width: 900px; }</style>
<script type="module" src="incident-card.js"></script></head>
<body><main><incident-card id="c" tab="figures"></incident-card><p class="outside ic-note">A paragraph of the page.</p></main></body></html>`;
}

/** Every element in the card's shadow root with all its computed style properties. */
async function styles(p) {
  return p.evaluate(() => {
    const root = document.getElementById('c').shadowRoot;
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      const props = {};
      for (let i = 0; i < cs.length; i++) props[cs[i]] = cs.getPropertyValue(cs[i]);
      out.push({ path: `${el.localName}.${el.className?.baseVal ?? el.className}#${el.id}`, props });
    }
    return out;
  });
}

test('hostile page CSS changes no computed style inside the card', async ({ page: p }) => {
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.setViewportSize({ width: 1024, height: 900 });
  await p.route('**/clean.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: page('') }));
  await p.route('**/hostile.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: page(HOSTILE) }));

  await p.goto('/clean.html');
  await expect(p.locator('#c[state=ready]')).toBeAttached();
  const clean = await styles(p);
  const cleanBox = await p.locator('#c article.ic').boundingBox();

  await p.goto('/hostile.html');
  await expect(p.locator('#c[state=ready]')).toBeAttached();
  const hostile = await styles(p);
  const hostileBox = await p.locator('#c article.ic').boundingBox();

  expect(hostile.length).toBe(clean.length);
  expect(clean.length).toBeGreaterThan(100);
  const diffs = [];
  for (let i = 0; i < clean.length; i++) {
    expect(hostile[i].path).toBe(clean[i].path);
    for (const [k, v] of Object.entries(clean[i].props)) {
      if (hostile[i].props[k] !== v) diffs.push(`${clean[i].path} ${k}: ${v} → ${hostile[i].props[k]}`);
    }
  }
  expect(diffs.slice(0, 20)).toEqual([]);
  expect(hostileBox.width).toBe(cleanBox.width);
  expect(hostileBox.height).toBe(cleanBox.height);
  await expect(p.locator('#c article.ic').getByRole('tab', { name: 'Figures' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the card leaks no style into the page', async ({ page: p }) => {
  await p.route('**/leak.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: page('') }));
  await p.goto('/leak.html');
  await expect(p.locator('#c[state=ready]')).toBeAttached();
  // The page's own .ic-note paragraph is not styled by the card's stylesheet
  // (the page does not link incident-card.css; the card's sheet is adopted by its shadow root only).
  const outside = await p.locator('p.outside').evaluate((e) => {
    const cs = getComputedStyle(e);
    return { color: cs.color, fontSize: cs.fontSize, sheets: document.adoptedStyleSheets.length, links: document.styleSheets.length };
  });
  expect(outside).toEqual({ color: 'rgb(0, 0, 0)', fontSize: '16px', sheets: 0, links: 1 });
});

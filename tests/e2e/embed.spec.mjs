// <incident-card> on a page: three cards sharing one module and one
// stylesheet, the JS API and events, exports, deep links, moving the element,
// and the right-to-left (Arabic) card.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const IDS = ['az-am-2021', 'th-kh-2024', 'kg-tj-2022'];

function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
  return errors;
}

/** The interactive card inside an element's shadow root (not its static fallback). */
const card = (page, id) => page.locator(`#${id} article.ic:not(.ic-static)`);

async function openEmbed(page, url = '/embed.html') {
  await page.goto(url);
  for (const id of IDS) await expect(page.locator(`#${id}[state=ready]`)).toBeAttached();
}

test('three cards on one page: one wasm download, one shared stylesheet, independent state', async ({ page }) => {
  const errors = collectErrors(page);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await openEmbed(page);
  expect(wasm).toHaveLength(1);

  const shape = await page.evaluate(() => {
    const els = [...document.querySelectorAll('incident-card')];
    const sheets = els.map((e) => e.shadowRoot.adoptedStyleSheets);
    const idsPerCard = els.map((e) => [...e.shadowRoot.querySelectorAll('[id]')].map((n) => n.id));
    const deep = (root) => [root, ...[...root.querySelectorAll('*')].flatMap((n) => (n.shadowRoot ? deep(n.shadowRoot) : []))];
    const roots = deep(document);
    return {
      modes: els.map((e) => e.shadowRoot.mode),
      oneSheet: sheets.every((s) => s.length === 1 && s[0] === sheets[0][0]),
      duplicateIds: idsPerCard.map((ids) => ids.length - new Set(ids).size),
      cardsPerRoot: els.map((e) => e.shadowRoot.querySelectorAll('article.ic').length),
      styleElements: roots.reduce((n, r) => n + r.querySelectorAll('style').length, 0),
      styleAttributes: roots.reduce((n, r) => n + r.querySelectorAll('[style]').length, 0),
      langs: els.map((e) => e.shadowRoot.querySelector('.ic').getAttribute('lang')),
      dirs: els.map((e) => e.shadowRoot.querySelector('.ic').getAttribute('dir')),
    };
  });
  expect(shape).toEqual({
    modes: ['open', 'open', 'open'],
    oneSheet: true,
    duplicateIds: [0, 0, 0],
    cardsPerRoot: [1, 1, 1],
    styleElements: 0,
    styleAttributes: 0,
    langs: ['en', 'fr', 'ar'],
    dirs: ['ltr', 'ltr', 'rtl'],
  });

  // Attributes took effect: side order (Cambodia first), the first tab (figures).
  await expect(card(page, 'th-kh-2024').locator('.ic-colhead')).toHaveText(['Selon Cambodia', 'Selon Thailand']);
  await expect(card(page, 'kg-tj-2022').getByRole('tab', { selected: true })).toHaveText('الأرقام');

  // Independent state: a tab chosen in one card leaves the others alone.
  const first = card(page, 'az-am-2021');
  await first.getByRole('tab', { name: 'Timeline' }).click();
  await expect(first.getByRole('tabpanel', { name: 'Timeline' })).toBeVisible();
  await expect(card(page, 'th-kh-2024').getByRole('tab', { selected: true })).toHaveText('Déclarations');
  await card(page, 'th-kh-2024').getByRole('button', { name: 'Inverser les camps' }).click();
  await expect(card(page, 'th-kh-2024').locator('.ic-colhead')).toHaveText(['Selon Thailand', 'Selon Cambodia']);
  await expect(first.getByRole('tab', { selected: true })).toHaveText('Timeline');
  expect(errors).toEqual([]);
});

test('the static cards in embed.html are what `incident-card render` prints', () => {
  execFileSync('node', ['scripts/embed-page.mjs', '--check'], { stdio: 'pipe' });
  const page = readFileSync('www/embed.html', 'utf8');
  expect(page).not.toMatch(/style=/);
  expect(page.match(/<article class="ic ic-static"/g)).toHaveLength(3);
});

test('the page hears incident-card:select, and gets JSON-LD for every card', async ({ page }) => {
  const errors = collectErrors(page);
  await openEmbed(page);
  const events = [];
  await page.exposeFunction('__selected', (e) => events.push(e));
  await page.evaluate(() => document.addEventListener('incident-card:select', (ev) => {
    window.__selected({ target: ev.target.id, composed: ev.composed, bubbles: ev.bubbles, ...ev.detail });
  }));
  const first = card(page, 'az-am-2021');
  await first.locator('[data-act="src:c1"]').first().click();
  await expect.poll(() => events.length).toBe(1);
  expect(events[0]).toEqual({
    target: 'az-am-2021', composed: true, bubbles: true,
    claim: 'c1', party: 'azerbaijan', partyName: 'Azerbaijan', speaker: "Azerbaijan's defence ministry",
  });
  // The API selects too, and says so.
  await page.evaluate(() => document.getElementById('th-kh-2024').card.select('c3'));
  await expect.poll(() => events.length).toBe(2);
  expect(events[1]).toMatchObject({ target: 'th-kh-2024', claim: 'c3' });
  await expect(card(page, 'th-kh-2024').locator('.is-target')).toBeFocused();
  await expect(page.locator('#event-log li')).toHaveCount(2);

  // embed.js put each card's JSON-LD in <head>.
  const ld = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
  expect(ld).toHaveLength(3);
  for (const doc of ld) {
    expect(doc['@context']).toBe('https://schema.org');
    const types = doc['@graph'].map((n) => n['@type']);
    expect(types.slice(0, 2)).toEqual(['Event', 'NewsArticle']);
    const claims = doc['@graph'].filter((n) => n['@type'] === 'Claim');
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) {
      expect(c.author.name, JSON.stringify(c)).toBeTruthy();
      expect(c.datePublished).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(c.appearance['@id']).toBe(doc['@graph'][1]['@id']);
    }
  }
  expect(ld[0]['@graph'][0]['@id']).toBe('#az-am-2021-event');
  expect(errors).toEqual([]);
});

test('mount() puts a card in any element; dataset(), select(), jsonLd(), csv() and destroy() work', async ({ page }) => {
  const errors = collectErrors(page);
  await openEmbed(page);
  const result = await page.evaluate(async () => {
    const { mount } = await import('/incident-card.js');
    const data = await (await fetch('/datasets/2022-09-17-trtworld-kyrgyzstan-tajikistan-border-clashes.json')).json();
    const host = document.createElement('section');
    host.id = 'api-host';
    const fallback = document.createElement('p');
    fallback.textContent = 'static text';
    host.append(fallback);
    document.querySelector('main').append(host);
    const card = await mount(host, { dataset: data, tab: 'reactions' });
    const out = {
      sameData: JSON.stringify(card.dataset()) === JSON.stringify(data),
      selected: host.shadowRoot.querySelector('[role=tab][aria-selected=true]').textContent,
      csvHead: card.csv().split('\r\n')[0],
      csvRows: card.csv().trim().split('\r\n').length,
      ldClaims: card.jsonLd()['@graph'].filter((n) => n['@type'] === 'Claim').length,
      claims: data.claims.length,
      figures: data.claims.reduce((n, c) => n + c.figures.length, 0),
    };
    card.select('c1');
    out.afterSelect = host.shadowRoot.querySelector('[role=tab][aria-selected=true]').textContent;
    card.destroy();
    out.afterDestroy = [...host.shadowRoot.childNodes].map((n) => n.localName);
    out.fallbackShown = fallback.assignedSlot !== null;
    try { card.dataset(); out.threw = false; } catch (e) { out.threw = e.message; }
    return out;
  });
  expect(result).toEqual({
    sameData: true,
    selected: 'Reactions',
    csvHead: 'claim,claimant,claimant_name,speaker,subject,subject_name,kind,value,qualifier,group,paragraph,sentence',
    csvRows: 1 + result.figures,
    ldClaims: result.claims,
    claims: result.claims,
    figures: result.figures,
    afterSelect: 'Claims',
    afterDestroy: ['slot'],
    fallbackShown: true,
    threw: 'incident-card: the card is not mounted',
  });
  expect(errors).toEqual([]);
});

test('Download JSON offers the dataset; Copy as CSV puts the figures on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = collectErrors(page);
  await openEmbed(page);
  const first = card(page, 'az-am-2021');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    first.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('incident-card-2021-11-16-azerbaijan-armenian-forces-killed-injured.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const live = await page.evaluate(() => document.getElementById('az-am-2021').card.dataset());
  expect(saved).toEqual(live);
  await expect(first.locator('[role=status]')).toHaveText('The dataset was offered as a JSON file.');

  await first.getByRole('button', { name: 'Copy as CSV' }).click();
  await expect(first.locator('[role=status]')).toHaveText('Figures copied as CSV.');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(await page.evaluate(() => document.getElementById('az-am-2021').card.csv()));
  expect(clip.split('\r\n')[1]).toMatch(/^c1,azerbaijan,Azerbaijan,Azerbaijan's defence ministry,azerbaijan,Azerbaijan,killed,7,/);
  expect(errors).toEqual([]);
});

test('a deep link with the element id opens its claim in that card only', async ({ page }) => {
  const errors = collectErrors(page);
  await openEmbed(page, '/embed.html#incident-card/th-kh-2024/c3');
  const thai = card(page, 'th-kh-2024');
  await expect(thai.locator('.is-target')).toHaveAttribute('id', /-claim-c3$/);
  await expect(card(page, 'az-am-2021').locator('.is-target')).toHaveCount(0);
  await page.evaluate(() => { location.hash = '#incident-card/az-am-2021/c6'; });
  await expect(card(page, 'az-am-2021').locator('.is-target')).toContainText('Nikol Pashinyan');
  expect(errors).toEqual([]);
});

test('removed and re-added 100 times: one card, the same number of listeners, state kept across moves', async ({ page }) => {
  const errors = collectErrors(page);
  await openEmbed(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(m.map((x) => [x.name, x.value]));
  };
  const cycle = (n) => page.evaluate(async (n) => {
    const el = document.getElementById('az-am-2021');
    const parent = el.parentNode;
    for (let i = 0; i < n; i++) {
      el.remove();
      await new Promise((r) => setTimeout(r, 0)); // disconnected for real: the card unmounts
      parent.append(el);
    }
  }, n);
  await cycle(5); // warm-up
  const before = await metrics();
  await cycle(100);
  await expect(page.locator('#az-am-2021[state=ready]')).toBeAttached();
  const after = await metrics();
  expect(after.JSEventListeners).toBe(before.JSEventListeners);
  expect(await page.evaluate(() => document.getElementById('az-am-2021').shadowRoot.querySelectorAll('article.ic').length)).toBe(1);
  expect(after.Nodes - before.Nodes).toBeLessThanOrEqual(0);

  // Moving the element within one task keeps the card and the reader's place.
  const first = card(page, 'az-am-2021');
  await first.getByRole('tab', { name: 'Figures' }).click();
  const prefix = await first.getAttribute('id');
  await page.evaluate(() => {
    const el = document.getElementById('az-am-2021');
    const a = el.parentNode;
    const b = document.getElementById('event-log').parentNode;
    for (let i = 0; i < 100; i++) (i % 2 ? a : b).append(el);
  });
  await expect(first.getByRole('tab', { selected: true })).toHaveText('Figures');
  expect(await first.getAttribute('id')).toBe(prefix);
  expect((await metrics()).JSEventListeners).toBe(before.JSEventListeners);
  expect(errors).toEqual([]);
});

test('Arabic: the card is right to left, mirrored, with Arabic dates (screenshot in docs/)', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.route('**/rtl.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>بطاقة الحادث</title>
<link rel="stylesheet" href="demo.css"><script type="module" src="incident-card.js"></script></head>
<body><main><incident-card id="ar" lang="ar"></incident-card></main></body></html>`,
  }));
  await page.goto('/rtl.html');
  const ar = card(page, 'ar');
  await expect(page.locator('#ar[state=ready]')).toBeAttached();
  await expect(ar).toHaveAttribute('dir', 'rtl');
  await expect(ar.locator('.ic-kicker')).toHaveText('Border clash · Kalbajar و Lachin · الثلاثاء 16 نوفمبر 2021');
  // Mirrored: the first side's column is on the right, tabs start on the right.
  const [a, b] = await ar.locator('.ic-colhead').all();
  expect((await a.boundingBox()).x).toBeGreaterThan((await b.boundingBox()).x);
  const tabs = await ar.getByRole('tab').all();
  expect((await tabs[0].boundingBox()).x).toBeGreaterThan((await tabs[1].boundingBox()).x);
  await page.locator('#ar').screenshot({ path: 'docs/card-ar-rtl.png' });
  // Arrow keys follow the reading direction: ArrowLeft goes to the next tab.
  await tabs[0].focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs[1]).toBeFocused();
  await expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
  // English sentences inside keep their own direction.
  await expect(ar.locator('.ic-text').first()).toHaveAttribute('dir', 'auto');
  expect(await ar.locator('.ic-text').first().evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  await ar.getByRole('tab', { name: 'الأرقام' }).click();
  await page.locator('#ar').screenshot({ path: test.info().outputPath('card-ar-rtl-figures.png') });
  expect(errors).toEqual([]);
});

test('print expands every section and prints where the sentences come from', async ({ page }) => {
  await openEmbed(page);
  await page.emulateMedia({ media: 'print' });
  const first = card(page, 'az-am-2021');
  for (const tab of ['claims', 'figures', 'timeline', 'reactions', 'article']) {
    await expect(first.locator(`[data-tab=${tab}]`)).toBeVisible();
  }
  await expect(first.locator('.ic-tabs')).toBeHidden();
  await expect(first.locator('.ic-export')).toBeHidden();
  await expect(first.locator('.ic-about-body')).toBeVisible();
  await expect(first.locator('.ic-print-src')).toBeVisible();
  await expect(first.locator('.ic-print-src')).toHaveText('Article: Azerbaijan: Armenian forces killed, injured soldiers in border attack · TRTWorld and agencies · 17 Nov 2021');
  await expect(first.getByText('Seven Azerbaijani troops have been killed')).toBeVisible();
  expect(await first.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'screen' });
  await expect(first.locator('.ic-print-src')).toBeHidden();
});

test('forced colours keep the selected tab, focus and the highlighted sentence visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openEmbed(page);
  const first = card(page, 'az-am-2021');
  const tab = first.getByRole('tab', { selected: true });
  const border = await tab.evaluate((e) => getComputedStyle(e).borderBottomStyle + ' ' + getComputedStyle(e).borderBottomWidth);
  expect(border).toBe('solid 3px');
  await first.locator('[data-act="src:c1"]').first().focus();
  await page.keyboard.press('Enter');
  const mark = first.locator('mark');
  await expect(mark).toBeFocused();
  const style = await mark.evaluate((e) => ({ adjust: getComputedStyle(e).forcedColorAdjust, outline: getComputedStyle(e).outlineStyle }));
  expect(style).toEqual({ adjust: 'none', outline: 'solid' });
});

test('the package holds the element, its types, the stylesheet, the glue and the wasm; no eval, no markup strings', async () => {
  const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  const files = pack[0].files.map((f) => f.path).sort();
  for (const f of ['www/incident-card.js', 'www/incident-card.d.ts', 'www/incident-card.css', 'www/pkg/incident_card.js', 'www/pkg/incident_card_bg.wasm', 'docs/embedding.md']) {
    expect(files).toContain(f);
  }
  expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/'))).toEqual([]);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = [pkg.types, pkg.main, ...Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))];
  for (const t of targets) expect(files.concat('package.json'), t).toContain(t.replace(/^\.\//, ''));
  for (const f of ['www/incident-card.js', 'www/pkg/incident_card.js', 'www/embed.js']) {
    const js = readFileSync(f, 'utf8');
    for (const bad of ['new Function', 'eval(', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', "setAttribute('style'", '.style.', 'cssText']) {
      expect(js.includes(bad), `${f} contains ${bad}`).toBe(false);
    }
  }
});

test('loading the script twice is harmless: one definition, one wasm download, working cards', async ({ page }) => {
  const errors = collectErrors(page);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.route('**/twice.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twice</title>
<script type="module" src="incident-card.js"></script><script type="module" src="incident-card.js?again"></script></head>
<body><main><incident-card id="a"></incident-card><incident-card id="b" tab="timeline"></incident-card></main></body></html>`,
  }));
  await page.goto('/twice.html');
  await expect(page.locator('#a[state=ready]')).toBeAttached();
  await expect(page.locator('#b[state=ready]')).toBeAttached();
  await expect(card(page, 'b').getByRole('tab', { selected: true })).toHaveText('Timeline');
  expect(wasm).toHaveLength(1);
  expect(errors).toEqual([]);
});

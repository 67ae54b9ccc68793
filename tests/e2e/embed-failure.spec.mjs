// When things go wrong: JavaScript off, the wasm download fails, an old
// browser, bad input (missing field, wrong type, 404 src, unparseable
// article), and a trap in the WebAssembly instance. The static card stays,
// bad input gets an error card that says what and where, and nothing throws.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const IDS = ['az-am-2021', 'th-kh-2024', 'kg-tj-2022'];
const HEADLINES = [
  'Azerbaijan: Armenian forces killed, injured soldiers in border attack',
  'Thailand, Cambodia agree ceasefire after deadly temple border clashes',
  'Kyrgyzstan says 24 killed as border fighting with Tajikistan flares',
];

/** The static card in an element's light DOM. */
const staticCard = (page, id) => page.locator(`#${id} > article.ic-static`);

function watch(page) {
  const seen = { errors: [], warnings: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  return seen;
}

async function axe(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

test('with JavaScript off, every card is its static HTML: visible, complete and axe-clean', async ({ browser, page: axePage }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/embed.html');
  for (const [i, id] of IDS.entries()) {
    const c = staticCard(page, id);
    await expect(c).toBeVisible();
    await expect(c.locator('h2')).toHaveText(HEADLINES[i]);
    await expect(c.getByRole('table')).toBeVisible();
    await expect(c.locator('.ic-claim').first()).toBeVisible();
  }
  await expect(page.locator('incident-card[state]')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('embed-nojs.png'), fullPage: true });
  const html = await page.content();
  await context.close();

  // axe needs script to run: check the same document with the page's own
  // scripts never loading (the DOM a reader without JavaScript gets).
  await axePage.route('**/*.js', (route) => route.abort());
  await axePage.route('**/nojs.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await axePage.goto('/nojs.html');
  await expect(axePage.locator('incident-card[state]')).toHaveCount(0);
  expect(await axe(axePage)).toEqual([]);
});

for (const [label, how] of [
  ['aborted', (route) => route.abort('failed')],
  ['answered 404', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['not WebAssembly', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'nope' })],
]) {
  test(`the wasm download ${label}: the static cards stay, nothing throws`, async ({ page }) => {
    const seen = watch(page);
    await page.route('**/*.wasm', how);
    await page.goto('/embed.html');
    for (const id of IDS) await expect(page.locator(`#${id}[state=static]`)).toBeAttached();
    for (const [i, id] of IDS.entries()) {
      await expect(staticCard(page, id)).toBeVisible();
      await expect(staticCard(page, id).locator('h2')).toHaveText(HEADLINES[i]);
      expect(await page.locator(`#${id}`).evaluate((e) => e.shadowRoot)).toBeNull();
    }
    expect(seen.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    expect(seen.warnings.filter((w) => w.startsWith('incident-card:'))).toHaveLength(1);
  });
}

test('a slow wasm download: the static card is readable throughout and the box does not jump', async ({ page }) => {
  const seen = watch(page);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto('/embed.html');
  const el = page.locator('#az-am-2021');
  await expect(staticCard(page, 'az-am-2021')).toBeVisible();
  await expect(el).toHaveAttribute('state', 'loading');
  const top = (await el.boundingBox()).y;
  release();
  await expect(el).toHaveAttribute('state', 'ready');
  expect((await el.boundingBox()).y).toBe(top);
  await expect(page.locator('#az-am-2021 article.ic:not(.ic-static)')).toBeVisible();
  expect(seen.errors).toEqual([]);
});

for (const missing of ['WebAssembly', 'adoptedStyleSheets', 'attachShadow', 'customElements']) {
  test(`a browser without ${missing} keeps the static cards, without an exception`, async ({ page }) => {
    const seen = watch(page);
    await page.addInitScript((name) => {
      if (name === 'adoptedStyleSheets') delete Document.prototype.adoptedStyleSheets;
      else if (name === 'attachShadow') delete Element.prototype.attachShadow;
      else delete window[name];
    }, missing);
    await page.goto('/embed.html');
    await page.waitForLoadState('networkidle');
    for (const id of IDS) await expect(staticCard(page, id)).toBeVisible();
    await expect(page.locator('incident-card[state]')).toHaveCount(0);
    expect(seen.errors).toEqual([]);
  });
}

/** A page of several cards with hostile and broken inputs. */
function badPage() {
  const good = '<incident-card id="good"></incident-card>';
  const noTitle = `<incident-card id="missing"><script type="application/json">${JSON.stringify({ schema: 'incident-card/1', article: { published: '2021-11-17', paragraphs: [] }, incident: { title: 'x' }, parties: [], claims: [], timeline: [], context: [] })}</script><p class="fallback">The static card of the missing-field dataset.</p></incident-card>`;
  const wrongType = `<incident-card id="wrong"><script type="application/json">{"schema":"incident-card/1","article":{"title":"t","published":"2021-11-17","paragraphs":[]},"incident":{"title":"x"},"parties":[],"claims":"none","timeline":[],"context":[]}</script></incident-card>`;
  const notJson = '<incident-card id="notjson"><script type="application/json">{"schema": </script></incident-card>';
  const gone = '<incident-card id="gone" src="datasets/no-such-incident.json"></incident-card>';
  const badArticle = '<incident-card id="article"><script type="text/plain">\nThis is not an article in the wire format.\n</script></incident-card>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bad inputs</title>
<link rel="stylesheet" href="incident-card.css"><script type="module" src="incident-card.js"></script></head>
<body><main><h1>Bad inputs</h1>${good}${noTitle}${wrongType}${notJson}${gone}${badArticle}</main></body></html>`;
}

test('bad input gets an error card that says what and where, fires incident-card:error, and other cards work', async ({ page }) => {
  const seen = watch(page);
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('incident-card:error', (ev) => window.__errors.push({ id: ev.target.id, ...ev.detail }));
  });
  await page.route('**/bad.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: badPage() }));
  await page.goto('/bad.html');
  for (const id of ['missing', 'wrong', 'notjson', 'gone', 'article']) {
    await expect(page.locator(`#${id}[state=error]`)).toBeAttached();
  }
  await expect(page.locator('#good[state=ready]')).toBeAttached();

  const err = (id) => page.locator(`#${id} article.ic-error`);
  await expect(err('missing')).toContainText('This incident card could not be shown');
  await expect(err('missing')).toContainText('The dataset does not fit the incident-card/1 format.');
  await expect(err('missing').locator('dd').first()).toHaveText('field article.title');
  await expect(err('missing')).toContainText('The card as published is shown below.');
  await expect(page.locator('#missing .fallback')).toBeVisible();
  await expect(err('wrong').locator('dd').first()).toHaveText('field claims');
  await expect(err('notjson')).toContainText('The dataset is not valid JSON.');
  await expect(err('gone')).toContainText('the server answered HTTP 404.');
  await expect(err('gone').locator('dd').first()).toHaveText('datasets/no-such-incident.json');
  await expect(err('article')).toContainText('The article could not be read.');
  await expect(err('article').locator('dd').first()).toHaveText('line 1');

  const events = await page.evaluate(() => window.__errors);
  expect(events.map((e) => e.id).sort()).toEqual(['article', 'gone', 'missing', 'notjson', 'wrong']);
  expect(events.find((e) => e.id === 'missing')).toMatchObject({ field: 'article.title', kind: 'dataset' });
  expect(events.find((e) => e.id === 'article')).toMatchObject({ line: 1, kind: 'article' });
  expect(events.find((e) => e.id === 'gone')).toMatchObject({ status: 404, kind: 'http' });

  // The good card is untouched and works.
  const good = page.locator('#good article.ic');
  await good.getByRole('tab', { name: 'Figures' }).click();
  await expect(good.getByRole('tabpanel', { name: 'Figures' })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // Fixing the input brings the card back.
  await page.evaluate(() => document.getElementById('gone').setAttribute('src', 'datasets/2024-03-12-trtworld-thailand-cambodia-border-fighting.json'));
  await expect(page.locator('#gone[state=ready]')).toBeAttached();
  await expect(page.locator('#gone article.ic:not(.ic-error) h2')).toHaveText('Thailand, Cambodia agree ceasefire after deadly temple border clashes');
  await expect(err('gone')).toHaveCount(0);
  expect(seen.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
});

test('a trap in the WebAssembly instance: every card shows its static HTML, and the instance is never called again', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/embed.html');
  for (const id of IDS) await expect(page.locator(`#${id}[state=ready]`)).toBeAttached();
  await page.evaluate(() => {
    window.__errors = [];
    document.addEventListener('incident-card:error', (ev) => window.__errors.push({ id: ev.target.id, kind: ev.detail.kind }));
  });
  // Trap from a task of its own, as a panic in one of the card's event handlers would.
  await page.evaluate(async () => {
    const wasm = await import('/pkg/incident_card.js');
    setTimeout(() => wasm.__trap(), 0);
  });
  for (const id of IDS) await expect(page.locator(`#${id}[state=static]`)).toBeAttached();
  expect(seen.errors.filter((e) => /unreachable/.test(e)).length).toBeGreaterThan(0);
  const before = seen.errors.length;
  for (const [i, id] of IDS.entries()) {
    await expect(staticCard(page, id)).toBeVisible();
    await expect(staticCard(page, id).locator('h2')).toHaveText(HEADLINES[i]);
    expect(await page.locator(`#${id}`).evaluate((e) => [...e.shadowRoot.childNodes].map((n) => n.localName))).toEqual(['slot']);
  }
  const trapEvents = await page.evaluate(() => window.__errors);
  expect(trapEvents.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...IDS].sort().map((id) => ({ id, kind: 'trap' })));

  // Nothing calls into the dead instance: every method of its card handles is
  // counted while the page reconnects an element, changes an attribute and
  // follows a deep link, and mount() is refused.
  const calls = await page.evaluate(async () => {
    const { Card } = await import('/pkg/incident_card.js');
    let count = 0;
    for (const name of Object.getOwnPropertyNames(Card.prototype)) {
      const d = Object.getOwnPropertyDescriptor(Card.prototype, name);
      if (typeof d.value === 'function' && name !== 'constructor') {
        const f = d.value;
        Card.prototype[name] = function (...a) { count++; return f.apply(this, a); };
      }
    }
    const el = document.getElementById('az-am-2021');
    const parent = el.parentNode;
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    parent.append(el);
    el.setAttribute('lang', 'fr');
    location.hash = '#incident-card/az-am-2021/c1';
    await new Promise((r) => setTimeout(r, 50));
    const { mount } = await import('/incident-card.js');
    let rejected = false;
    try { await mount(document.createElement('div'), {}); } catch { rejected = true; }
    return { rejected, state: el.getAttribute('state'), card: el.card, count };
  });
  expect(calls).toEqual({ rejected: true, state: 'static', card: null, count: 0 });
  expect(seen.errors.slice(before)).toEqual([]);
});

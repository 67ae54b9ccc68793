// Under a strict Content-Security-Policy sent as an HTTP header, the cards
// work with no violation; without 'wasm-unsafe-eval' the static cards stay.
import { test, expect } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";
const POLICIES = {
  strict: STRICT,
  'trusted-types': `${STRICT}; require-trusted-types-for 'script'`,
  'no-wasm': "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
};

let server;
test.beforeAll(async () => {
  // The policy named by ?csp= on the page's URL, as a response header of the page.
  server = await startServer({
    port: 0,
    headers: (path, url) => (path.endsWith('.html') ? { 'Content-Security-Policy': POLICIES[url.searchParams.get('csp')] ?? STRICT } : {}),
  });
});
test.afterAll(async () => { await server.close(); });

async function open(page, policy) {
  const seen = { violations: [], errors: [] };
  await page.exposeFunction('__violation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  const res = await page.goto(`${server.url}embed.html?csp=${policy}`);
  expect(res.headers()['content-security-policy']).toBe(POLICIES[policy]);
  return seen;
}

for (const policy of ['strict', 'trusted-types']) {
  test(`a working card with no CSP violation under the ${policy} policy (sent as a header)`, async ({ page }) => {
    const seen = await open(page, policy);
    for (const id of ['az-am-2021', 'th-kh-2024', 'kg-tj-2022']) await expect(page.locator(`#${id}[state=ready]`)).toBeAttached();
    const card = page.locator('#az-am-2021 article.ic:not(.ic-static)');
    await card.getByRole('tab', { name: 'Figures' }).click();
    await card.getByRole('tabpanel', { name: 'Figures' }).locator('[data-act^="src:"]').first().click();
    await expect(card.locator('mark')).toBeFocused();
    await card.getByRole('button', { name: /^Back to/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    // An error card under the same policy.
    await page.evaluate(() => {
      const el = document.createElement('incident-card');
      el.id = 'bad';
      el.setAttribute('src', 'datasets/missing.json');
      document.querySelector('main').append(el);
    });
    await expect(page.locator('#bad[state=error] .ic-error')).toContainText('HTTP 404');
    await page.waitForTimeout(200);
    expect(seen.violations).toEqual([]);
    expect(seen.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
  });
}

test("without 'wasm-unsafe-eval' the WebAssembly cannot compile: the static cards stay, no uncaught error", async ({ page }) => {
  const seen = await open(page, 'no-wasm');
  for (const id of ['az-am-2021', 'th-kh-2024', 'kg-tj-2022']) {
    await expect(page.locator(`#${id}[state=static]`)).toBeAttached();
    await expect(page.locator(`#${id} > article.ic-static`)).toBeVisible();
  }
  expect(seen.violations.every((v) => v.startsWith('script-src') && v.endsWith('wasm-eval'))).toBe(true);
  expect(seen.violations.length).toBeGreaterThanOrEqual(1);
  expect(seen.errors.filter((e) => !/Content Security Policy|wasm-eval|WebAssembly/.test(e))).toEqual([]);
});

test("a working card with no violation under a nonce + 'strict-dynamic' policy", async ({ page }) => {
  const nonce = 'c2VlZC1ub25jZS0xMjM0NQ';
  const policy = `script-src 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'`;
  // The page as a site with a nonce-based policy serves it: every executable
  // script carries the nonce; the element's module and the wasm glue it
  // imports are trusted through 'strict-dynamic'.
  await page.route('**/embed.html?csp=nonce', async (route) => {
    const res = await route.fetch({ url: `${server.url}embed.html` });
    const body = (await res.text()).replace(/<script type="module"/g, `<script nonce="${nonce}" type="module"`);
    await route.fulfill({ response: res, body, headers: { ...res.headers(), 'content-security-policy': policy } });
  });
  const violations = [];
  const errors = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}embed.html?csp=nonce`);
  for (const id of ['az-am-2021', 'th-kh-2024', 'kg-tj-2022']) await expect(page.locator(`#${id}[state=ready]`)).toBeAttached();
  const card = page.locator('#az-am-2021 article.ic:not(.ic-static)');
  await card.getByRole('tab', { name: 'Timeline' }).click();
  await expect(card.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await page.waitForTimeout(200);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

// The no-JavaScript card: the static HTML Rust renders from the same view,
// shown with only the stylesheet (no script on the page).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('the static card is readable without script and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#card .ic')).toBeVisible();
  const html = await page.evaluate(async () => {
    const m = await import('./pkg/incident_card.js');
    return m.renderHtml(m.defaultArticle());
  });
  await page.route('**/nojs.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>incident-card without script</title>
<link rel="stylesheet" href="demo.css"><link rel="stylesheet" href="incident-card.css"></head>
<body><main><h1>incident-card without script</h1>${html}</main></body></html>`,
  }));
  await page.goto('/nojs.html');
  const card = page.locator('.ic');
  await expect(card.locator('h2')).toHaveText('Azerbaijan: Armenian forces killed, injured soldiers in border attack');
  await expect(card.locator('button')).toHaveCount(0);
  for (const heading of ['What each side says', 'Casualties, as each side claims them', 'What happened when', 'Mediation and reactions', 'The article']) {
    await expect(card.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(card.getByRole('table')).toBeVisible();
  await expect(card.locator('svg rect')).toHaveCount(5);
  await card.getByText('Article text').click();
  await expect(card.getByText('Seven Azerbaijani troops have been killed')).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('static.png'), fullPage: true });
});

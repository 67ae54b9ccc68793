// The demo page as a reader meets it: the card for the embedded article.
import { test, expect } from '@playwright/test';

test('the demo page shows the incident card for the embedded article', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await page.goto('/');
  const card = page.locator('#card .ic');
  await expect(card).toBeVisible();

  await expect(card.locator('h2')).toHaveText('Azerbaijan: Armenian forces killed, injured soldiers in border attack');
  const sides = await card.locator('.ic-side h4').allTextContents();
  expect([...sides].sort()).toEqual(['Armenia', 'Azerbaijan']);

  const azerbaijan = card.locator('.ic-side', { has: page.locator('h4', { hasText: /^Azerbaijan$/ }) });
  const armenia = card.locator('.ic-side', { has: page.locator('h4', { hasText: /^Armenia$/ }) });
  await expect(azerbaijan.locator('.ic-by').first()).toContainText("Azerbaijan's defence ministry");
  await expect(azerbaijan).toContainText('Seven servicemen died and 10 more were wounded');
  await expect(armenia.locator('.ic-by').first()).toContainText("Armenia's defence ministry");
  await expect(armenia).toContainText('one Armenian soldier was killed');

  const others = card.locator('.ic-others');
  for (const name of ['Russia', 'European Union', 'France', 'United Nations', 'United States']) {
    await expect(others).toContainText(name);
  }

  await card.locator('[data-act=swap]').click();
  const swapped = await card.locator('.ic-side h4').allTextContents();
  expect(swapped).toEqual([...sides].reverse());

  await page.screenshot({ path: test.info().outputPath('card.png'), fullPage: true });
  expect(errors).toEqual([]);
});

// The card works the same for other articles: three fixture articles on one page.
import { test, expect } from '@playwright/test';

test('each fixture article gets a working card, and ids stay unique across cards', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/fixtures.html');
  await expect(page.locator('#fixtures[data-state=ready]')).toBeAttached();
  const cards = page.locator('.ic');
  await expect(cards).toHaveCount(3);

  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);

  const thai = page.locator('[data-fixture$=thailand-cambodia-border-fighting] .ic');
  await expect(thai.locator('h2')).toHaveText('Thailand, Cambodia agree ceasefire after deadly temple border clashes');
  await expect(thai.locator('.ic-colhead')).toHaveText(['Thailand says', 'Cambodia says']);
  await thai.getByRole('tab', { name: 'Figures' }).click();
  const table = thai.getByRole('table');
  await expect(table).toContainText('Thailand’s losses');
  await expect(table).toContainText('more than 20');
  await thai.getByRole('tab', { name: 'Reactions' }).click();
  await expect(thai.locator('.ic-mediator')).toContainText('Malaysia');

  // Provenance in the second card does not touch the first.
  const serbia = page.locator('[data-fixture$=serbia-kosovo-jarinje-exchange-of-fire] .ic');
  await serbia.locator('[data-act^="src:"]').first().click();
  await expect(serbia.locator('mark')).toBeFocused();
  await expect(thai.locator('mark')).toHaveCount(0);
  await serbia.getByRole('button', { name: /^Back to/ }).click();
  await expect(serbia.getByRole('tab', { name: 'Claims' })).toHaveAttribute('aria-selected', 'true');

  // An article without a mediator: the reactions panel shows who reacted, or says nobody did.
  const india = page.locator('[data-fixture$=india-china-border-clash] .ic');
  await india.getByRole('tab', { name: 'Reactions' }).click();
  const rx = india.getByRole('tabpanel', { name: 'Reactions' });
  await expect(rx).toContainText(/United States|No mediator or outside reaction in this article\./);
  await expect(rx.locator('.ic-mediator')).toHaveCount(0);
  expect(errors).toEqual([]);
});

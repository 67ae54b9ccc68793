// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) in every state a reader can reach,
// plus what axe cannot see: target sizes and reduced motion.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TABS = ['Claims', 'Figures', 'Timeline', 'Reactions', 'Article'];

async function axe(page, state) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

async function open(page, { width = 1024, scheme = 'light' } = {}) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto('/');
  const card = page.locator('#card .ic');
  await expect(card).toBeVisible();
  return card;
}

for (const [label, opts] of [
  ['light, 1024 px', { width: 1024, scheme: 'light' }],
  ['dark, 1024 px', { width: 1024, scheme: 'dark' }],
  ['light, 360 px', { width: 360, scheme: 'light' }],
  ['dark, 360 px', { width: 360, scheme: 'dark' }],
]) {
  test(`axe: no violations on any tab, with provenance open, swapped and expanded (${label})`, async ({ page }) => {
    const card = await open(page, opts);
    for (const name of TABS) {
      await card.getByRole('tab', { name }).click();
      await axe(page, `${label}: ${name} tab`);
    }
    await card.getByRole('tab', { name: 'Claims' }).click();
    await card.getByRole('button', { name: 'Swap sides' }).click();
    await axe(page, `${label}: swapped`);
    await card.locator('[data-act="src:c4"]').click();
    await expect(card.locator('mark')).toBeVisible();
    await axe(page, `${label}: provenance open`);
    await card.getByRole('button', { name: 'How this card was made' }).click();
    await axe(page, `${label}: about expanded`);
    await card.getByRole('tab', { name: 'Claims' }).click();
    await card.locator('[data-act="copy:c1"]').click();
    await axe(page, `${label}: after copy link`);
  });
}

test('axe: the fixture page (other articles) has no violations', async ({ page }) => {
  await page.goto('/fixtures.html');
  await expect(page.locator('#fixtures[data-state=ready]')).toBeAttached();
  await axe(page, 'fixtures');
  for (const card of await page.locator('.ic').all()) {
    await card.getByRole('tab', { name: 'Figures' }).click();
  }
  await axe(page, 'fixtures: figures');
});

test('every visible control is at least 24 × 24 px, on every tab and width', async ({ page }) => {
  for (const width of [360, 1024]) {
    const card = await open(page, { width });
    for (const name of TABS) {
      await card.getByRole('tab', { name }).click();
      const small = await card.evaluate((root) => [...root.querySelectorAll('button, a[href], [tabindex="0"]')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el.textContent.trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`));
      expect(small, `${width}px, ${name}`).toEqual([]);
    }
  }
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const card = await open(page);
  const moving = await card.evaluate((root) => [root, ...root.querySelectorAll('*')]
    .map((el) => getComputedStyle(el))
    .filter((s) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none').length);
  expect(moving).toBe(0);
});

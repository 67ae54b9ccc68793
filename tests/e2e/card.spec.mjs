// The demo page as a reader meets it: mouse first, then keyboard only.
import { test, expect } from '@playwright/test';

function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('a reader compares the claims, checks a figure against its sentence and comes back', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const card = page.locator('#card .ic');
  await expect(card).toBeVisible();

  // In ten seconds: what, where, when; who says what about losses.
  await expect(card.locator('h2')).toHaveText('Azerbaijan: Armenian forces killed, injured soldiers in border attack');
  await expect(card.locator('.ic-kicker')).toHaveText('Border clash · Kalbajar and Lachin · Tue 16 Nov 2021');
  await expect(card.locator('.ic-meta')).toContainText('3 min read');
  await expect(card.locator('.ic-glance li').first()).toHaveText(/Azerbaijan says\s*Own losses: 7 killed, 10 wounded/);

  // Claims side by side, by topic.
  const claims = card.getByRole('tabpanel', { name: 'Claims' });
  await expect(claims).toBeVisible();
  await expect(claims.locator('.ic-colhead')).toHaveText(['Azerbaijan says', 'Armenia says']);
  await expect(claims.locator('.ic-topic-h')).toHaveText(['Casualties', 'Who is responsible', 'Situation and ceasefire']);
  await expect(claims.locator('.ic-topic').nth(2)).toContainText('No claim from Azerbaijan in this article');
  await expect(claims).toContainText('The order of the columns is not a ranking.');

  // Swap the columns; the order note and the announcement agree.
  await claims.getByRole('button', { name: 'Swap sides' }).click();
  await expect(claims.locator('.ic-colhead')).toHaveText(['Armenia says', 'Azerbaijan says']);
  await expect(card.locator('[role=status]')).toHaveText('Columns swapped: Armenia first.');
  await expect(claims.getByRole('button', { name: 'Swap sides' })).toBeFocused();

  // Figures: claims, not facts; each figure opens its sentence.
  await card.getByRole('tab', { name: 'Figures' }).click();
  const figures = card.getByRole('tabpanel', { name: 'Figures' });
  await expect(figures).toContainText('Figures as claimed by each side; not independently verified.');
  await expect(figures.locator('svg[role=img] rect')).toHaveCount(5);
  await expect(figures.getByRole('table')).toContainText('Not stated');
  await expect(figures).not.toContainText('6,500');
  const seven = figures.locator('[data-act="src:c1"]').first();
  await seven.click();
  const article = card.getByRole('tabpanel', { name: 'Article' });
  await expect(article).toBeVisible();
  const mark = article.locator('mark');
  await expect(mark).toHaveText(/^"Seven servicemen died and 10 more were wounded/);
  await expect(mark.locator('.ic-hl-speaker')).toHaveText("Azerbaijan's defence ministry");
  await expect(mark.locator('.ic-hl-cue')).toHaveText('said');
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  await expect(card.locator('[role=status]')).toHaveText("Showing the source sentence of the claim by Azerbaijan's defence ministry.");
  await article.getByRole('button', { name: 'Back to Figures' }).click();
  await expect(figures).toBeVisible();
  await expect(seven).toBeFocused();

  // Timeline: ceasefire marked, background apart.
  await card.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = card.getByRole('tabpanel', { name: 'Timeline' });
  await expect(timeline.locator('.ic-ev-ceasefire').first()).toContainText('Tuesday evening');
  await expect(timeline.locator('.ic-lane-bg')).toContainText('more than 6,500 dead');
  await expect(timeline.locator('.ic-lane').first()).not.toContainText('6,500');

  // Reactions: the mediator and the joint call.
  await card.getByRole('tab', { name: 'Reactions' }).click();
  const reactions = card.getByRole('tabpanel', { name: 'Reactions' });
  await expect(reactions.locator('.ic-mediator')).toContainText('Russia');
  await expect(reactions).toContainText('European Union, France, United Nations and United States');

  await page.screenshot({ path: test.info().outputPath('card.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('a keyboard-only reader reaches everything and never loses focus', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const card = page.locator('#card .ic');
  await expect(card).toBeVisible();

  // One Tab from the control before the card reaches the selected tab;
  // exactly one tab is in the Tab order.
  await page.locator('.intro a').focus();
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Claims');
  await expect(card.locator('[role=tab][tabindex="0"]')).toHaveCount(1);

  // Arrow keys move and select (wrapping), Home/End jump.
  await page.keyboard.press('ArrowLeft');
  expect(await focusedText(page)).toBe('Article');
  await expect(card.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  expect(await focusedText(page)).toBe('Claims');
  await page.keyboard.press('End');
  expect(await focusedText(page)).toBe('Article');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  expect(await focusedText(page)).toBe('Figures');
  await expect(card.locator('[role=tab][aria-selected=true]')).toHaveCount(1);

  // Tab goes into the panel, then to its first figure; Enter opens the sentence.
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toMatch(/-panel-figures$/);
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toMatch(/-fig-c1-0$/);
  await page.keyboard.press('Enter');
  expect(await focusedId(page)).toMatch(/-mark$/);
  // The Back control sits just before the sentence.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedText(page)).toBe('Back to Figures');
  await page.keyboard.press('Space');
  expect(await focusedId(page)).toMatch(/-fig-c1-0$/);
  await expect(card.getByRole('tab', { name: 'Figures' })).toHaveAttribute('aria-selected', 'true');

  // The disclosure opens with Enter and closes with Space.
  const about = card.getByRole('button', { name: 'How this card was made' });
  await about.focus();
  await page.keyboard.press('Enter');
  await expect(about).toHaveAttribute('aria-expanded', 'true');
  await expect(card.locator('.ic-about-body')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(about).toHaveAttribute('aria-expanded', 'false');

  // Focus never fell to <body> on the way.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  expect(errors).toEqual([]);
});

test('a deep link opens its claim, and Copy link copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = collectErrors(page);
  await page.goto('/#incident-card/c6');
  const card = page.locator('#card .ic');
  const target = card.locator('.is-target');
  await expect(target).toContainText('Nikol Pashinyan');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();

  // Another link while the page is open.
  await page.evaluate(() => { location.hash = '#incident-card/c8'; });
  await expect(card.getByRole('tab', { name: 'Reactions' })).toHaveAttribute('aria-selected', 'true');
  await expect(card.locator('.is-target')).toContainText('de-escalate');

  await card.locator('.is-target').getByRole('button', { name: /Copy link/ }).click();
  await expect(card.locator('[role=status]')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#incident-card\/c7$/);
  expect(errors).toEqual([]);
});

test('the card fits a 320 px screen without horizontal scrolling, on every tab', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  const card = page.locator('#card .ic');
  await expect(card).toBeVisible();
  for (const name of ['Claims', 'Figures', 'Timeline', 'Reactions', 'Article']) {
    await card.getByRole('tab', { name }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name}: horizontal overflow`).toBeLessThanOrEqual(0);
  }
});

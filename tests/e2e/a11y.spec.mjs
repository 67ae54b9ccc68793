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

test('with reduced motion nothing animates, pseudo-elements included, on every tab', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const card = await open(page);
  for (const name of TABS) {
    await card.getByRole('tab', { name }).click();
    const moving = await card.evaluate((root) => {
      const zero = (list) => list.split(',').every((d) => parseFloat(d) === 0);
      const out = [];
      for (const el of [root, ...root.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after', '::marker']) {
          const s = getComputedStyle(el, pseudo);
          if (!zero(s.transitionDuration) || !zero(s.animationDuration) || s.animationName !== 'none') {
            out.push(`${el.localName}.${el.className?.baseVal ?? el.className}${pseudo ?? ''}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`);
          }
        }
      }
      return out;
    });
    expect(moving, `${name} tab`).toEqual([]);
  }
});

// ---------- beyond axe: keyboard, contrast, forced colours ----------

/// Runs in the page: WCAG relative luminance and contrast, unrounded, from
/// computed colours; a background is the composite of every ancestor's
/// background colour down to the first opaque one (the canvas is white in
/// light mode and the card's own background otherwise).
function installContrast() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => { const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05); };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a === 1) break; }
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const l of layers.reverse()) bg = over(l, bg);
    return bg;
  };
  window.__contrast = { parse, over, ratio, background };
}

test('contrast, computed and unrounded: text ≥ 4.5:1 (large 3:1), side colours, focus ring and selected tab ≥ 3:1, light and dark', async ({ page }) => {
  await page.addInitScript(installContrast);
  const failures = [];
  const seen = {};
  for (const scheme of ['light', 'dark']) {
    const card = await open(page, { scheme });
    await card.getByRole('button', { name: 'How this card was made' }).click();
    for (const name of [...TABS, 'provenance']) {
      if (name === 'provenance') {
        await card.getByRole('tab', { name: 'Claims' }).click();
        await card.locator('[data-act="src:c4"]').click();
      }
      else await card.getByRole('tab', { name }).click();
      const found = await card.evaluate((root, where) => {
        const { parse, over, ratio, background } = window.__contrast;
        const out = { fails: [], checked: 0, min: Infinity };
        const check = (el, fg, bg, need, what) => {
          const r = ratio(over(fg, bg), bg);
          out.checked++;
          out.min = Math.min(out.min, r);
          if (r < need) out.fails.push(`${where}: ${what} ${r.toFixed(3)}:1 < ${need}:1 (${el.localName}.${el.className?.baseVal ?? el.className} "${el.textContent.trim().slice(0, 30)}")`);
        };
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (el.closest('.ic-vh, .ic-live, [hidden]') || el.getClientRects().length === 0) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
          if (!own) continue;
          const s = getComputedStyle(el);
          if (s.visibility !== 'visible' || parseFloat(s.opacity) === 0) continue;
          const svg = el instanceof SVGElement;
          const fg = parse(svg ? s.fill : s.color);
          const size = parseFloat(s.fontSize);
          const large = size >= 24 || (size >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
          let bg = background(svg ? el.closest('svg') : el);
          // A value drawn inside its bar stands on the bar's fill.
          const bar = el.classList.contains('ic-ch-in') && el.parentElement.querySelector('.ic-ch-bar');
          if (bar) bg = over(parse(getComputedStyle(bar).fill), bg);
          check(el, fg, bg, large ? 3 : 4.5, 'text');
        }
        // Side colours as they are drawn (cell rules, column heads, bars) against the card.
        for (const el of root.querySelectorAll('.ic-cell, .ic-colhead, .ic-th-side, .ic-ch-bar')) {
          if (el.getClientRects().length === 0) continue;
          const s = getComputedStyle(el);
          const c = el.localName === 'rect' ? s.fill : (el.classList.contains('ic-cell') ? s.borderInlineStartColor : s.borderTopColor);
          check(el, parse(c), background(el.parentElement), 3, 'side colour');
        }
        // The selected tab's indicator against the tab row.
        const tab = root.querySelector('[role=tab][aria-selected=true]');
        check(tab, parse(getComputedStyle(tab).borderBottomColor), background(tab.parentElement), 3, 'selected-tab indicator');
        return out;
      }, `${scheme}, ${name}`);
      failures.push(...found.fails);
      seen[`${scheme}, ${name}`] = `${found.checked} checks, min ${found.min.toFixed(2)}:1`;
    }
    // The focus ring on every kind of control, against what surrounds it.
    for (const selector of ['[role=tab][aria-selected=true]', '[role=tabpanel]:not([hidden])', '.ic-back', '.ic-disclosure', 'mark']) {
      // A key press first, so that focus is keyboard focus (:focus-visible).
      await page.keyboard.press('Shift');
      await card.locator(selector).first().focus();
      const ring = await page.evaluate(() => {
        const { parse, ratio, background } = window.__contrast;
        const el = document.activeElement;
        const s = getComputedStyle(el);
        // Adjacent colours: an outline outside the box (offset ≥ 0) has the
        // parent's background on both sides; one drawn inside also the element's.
        const ring = parse(s.outlineColor);
        const inset = parseFloat(s.outlineOffset) < 0;
        const ratios = [ratio(ring, background(el.parentElement)), ...(inset ? [ratio(ring, background(el))] : [])];
        return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth), ratio: Math.min(...ratios) };
      });
      if (!ring.visible || ring.style === 'none' || ring.width < 2 || ring.ratio < 3) {
        failures.push(`${scheme}: focus ring of ${selector}: ${JSON.stringify(ring)}`);
      }
      seen[`${scheme}, focus ring of ${selector}`] = `${ring.ratio.toFixed(2)}:1`;
    }
  }
  test.info().annotations.push({ type: 'contrast', description: JSON.stringify(seen) });
  expect(failures).toEqual([]);
});

/// A short name for the focused element: its id without the card prefix, or its action.
const describeFocus = () => {
  const a = document.activeElement;
  const root = document.querySelector('#card .ic');
  const name = (a.id || '').replace(/^ic\d+-/, '') || a.dataset?.act || a.localName;
  return { body: a === document.body || a === null, inCard: !!root && root.contains(a), name };
};

test('keyboard only: Tab reaches every control in order on every tab, and focus never falls to body', async ({ page }) => {
  const card = await open(page);
  const states = [...TABS.map((t) => ['tab', t]), ['provenance'], ['about']];
  for (const [kind, name] of states) {
    if (kind === 'tab') await card.getByRole('tab', { name }).click();
    if (kind === 'provenance') {
      await card.getByRole('tab', { name: 'Claims' }).click();
      await card.locator('[data-act="src:c4"]').click();
    }
    if (kind === 'about') await card.getByRole('button', { name: 'How this card was made' }).click();
    const expected = await card.evaluate((root) => [...root.querySelectorAll('button, a[href], [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[hidden]'))
      .map((el) => (el.id || '').replace(/^ic\d+-/, '') || el.dataset.act || el.localName));
    expect(expected.length, `${kind} ${name ?? ''}: controls`).toBeGreaterThanOrEqual(3);
    await page.locator('.intro a').focus();
    const reached = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(describeFocus);
      expect(f.body, `${kind} ${name ?? ''}: focus fell to body after ${reached.join(', ')}`).toBe(false);
      expect(f.inCard, `${kind} ${name ?? ''}: focus left the card after ${reached.join(', ')}`).toBe(true);
      reached.push(f.name);
    }
    expect(reached, `${kind} ${name ?? ''}: Tab order`).toEqual(expected);
    // And back with Shift+Tab to the control before the card.
    for (let i = 0; i < expected.length; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.intro') !== null)).toBe(true);
  }
});

test('keyboard only: Enter and Space activate every kind of control', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const card = await open(page);
  const focused = () => page.evaluate(describeFocus);
  const press = async (key) => {
    await page.keyboard.press(key);
    const f = await focused();
    expect(f.body, `focus fell to body after ${key}`).toBe(false);
    return f;
  };
  const focus = async (selector) => {
    await page.keyboard.press('Shift');
    await card.locator(selector).first().focus();
  };
  const selected = () => card.locator('[role=tab][aria-selected=true]').textContent();

  // Tabs: a focused tab is selected by Enter and by Space (and by arrows, tested above).
  await focus('[data-act="tab:figures"]');
  await press('Enter');
  expect(await selected()).toBe('Figures');
  await focus('[data-act="tab:timeline"]');
  await press('Space');
  expect(await selected()).toBe('Timeline');

  // Show in article (event, background, claim, figure, reaction) and Back, each key once.
  const sources = [
    ['Timeline', '[data-act^="src-ev:"]', 'Enter', 'Space'],
    ['Timeline', '[data-act^="src-bg:"]', 'Space', 'Enter'],
    ['Claims', '[data-act="src:c1"]', 'Enter', 'Enter'],
    ['Figures', '[data-act^="src:"].ic-fig-n', 'Space', 'Space'],
    ['Reactions', '.ic-panel-reactions [data-act^="src"]', 'Enter', 'Space'],
  ];
  for (const [tab, selector, open, back] of sources) {
    await card.getByRole('tab', { name: tab }).click();
    await focus(selector);
    const from = (await focused()).name;
    expect((await press(open)).name, `${selector} ${open}`).toBe('mark');
    expect(await selected()).toBe('Article');
    await focus('[data-act="back"]');
    expect((await press(back)).name, `Back with ${back} returns to ${from}`).toBe(from);
    expect(await selected()).toBe(tab);
  }

  // Swap sides: Enter swaps, Space swaps back.
  await card.getByRole('tab', { name: 'Claims' }).click();
  const heads = card.locator('.ic-colhead');
  await focus('[data-act="swap"]');
  await press('Enter');
  await expect(heads).toHaveText(['Armenia says', 'Azerbaijan says']);
  await press('Space');
  await expect(heads).toHaveText(['Azerbaijan says', 'Armenia says']);

  // Copy link: Enter, then Space on the next claim's.
  await focus('[data-act="copy:c1"]');
  await press('Enter');
  await expect(card.locator('[role=status]')).toHaveText('Link copied.');
  await focus('[data-act="copy:c2"]');
  await press('Space');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#incident-card\/c2$/);
});

test('forced colours: keyboard focus keeps a visible outline and the selected tab a non-colour cue', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const card = await open(page);
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  await page.locator('.intro a').focus();
  const rings = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    rings.push(await page.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return { name: el.id || el.dataset.act, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    }));
  }
  for (const r of rings) {
    expect(r.style, `${r.name}: outline`).not.toBe('none');
    expect(r.width, `${r.name}: outline width`).toBeGreaterThanOrEqual(2);
  }
  // The selected tab differs from the others in something other than colour.
  const cues = await card.evaluate((root) => [...root.querySelectorAll('[role=tab]')].map((t) => {
    const s = getComputedStyle(t);
    const bottom = s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) >= 2 ? s.borderBottomWidth : 'none';
    return { selected: t.getAttribute('aria-selected') === 'true', cue: `${bottom} ${s.textDecorationLine} ${s.fontWeight}` };
  }));
  const sel = cues.filter((c) => c.selected).map((c) => c.cue);
  const others = new Set(cues.filter((c) => !c.selected).map((c) => c.cue));
  expect(sel).toHaveLength(1);
  expect(others.has(sel[0]), `selected ${sel[0]} vs others ${[...others]}`).toBe(false);
  await axe(page, 'forced colours');
});

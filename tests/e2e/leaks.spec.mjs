// No leaks: cards mounted and unmounted 1,000 times (after 50 warm-up
// cycles and a forced GC through the DevTools protocol) leave the JS heap
// within 1 MB of its baseline, the DOM node and event-listener counts at
// their baseline, and the wasm memory the same size from cycle 100 to 1,000.
// Each cycle mounts (from a dataset, every tenth from the article text,
// with deep links on, so a window listener comes and goes), switches tabs,
// opens a claim's source sentence, follows a deep link, and unmounts.
import { test, expect } from '@playwright/test';
import { blankPage, collectErrors } from './helpers.mjs';

const WARM_UP = 50;
const CYCLES = 1000;

test(`${CYCLES} mount/unmount cycles leak no heap, nodes, listeners or wasm memory`, async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await blankPage(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  const gc = async () => {
    // Twice, with a task between: finalizers queued by the first GC run and
    // free what they hold before the second.
    for (let i = 0; i < 2; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    }
  };

  await page.evaluate(() => {
    const { mount, extract, defaultArticle } = window.ic;
    const article = defaultArticle();
    const dataset = extract(article);
    const host = document.createElement('div');
    document.getElementById('hosts').append(host);
    let count = 0;
    window.__cycles = (n) => {
      for (let i = 0; i < n; i++, count++) {
        const card = mount(host, count % 10 === 0 ? { article } : { dataset });
        host.querySelector('[data-act="tab:figures"]').click();
        host.querySelector('[data-act="tab:timeline"]').click();
        card.showSource('c1');
        card.select('c4');
        card.unmount();
      }
      if (host.childNodes.length !== 0) throw new Error('unmount left nodes behind');
      return count;
    };
    window.__wasmBytes = () => window.icExports.memory.buffer.byteLength;
  });

  await page.evaluate((n) => window.__cycles(n), WARM_UP);
  await gc();
  const before = await metrics();
  const t0 = Date.now();
  await page.evaluate(() => window.__cycles(100));
  const wasmAt100 = await page.evaluate(() => window.__wasmBytes());
  await page.evaluate((n) => window.__cycles(n), CYCLES - 100);
  const wasmAt1000 = await page.evaluate(() => window.__wasmBytes());
  const ms = Date.now() - t0;
  await gc();
  const after = await metrics();

  const report = {
    heapGrowthBytes: after.JSHeapUsedSize - before.JSHeapUsedSize,
    nodes: [before.Nodes, after.Nodes],
    listeners: [before.JSEventListeners, after.JSEventListeners],
    wasmBytes: [wasmAt100, wasmAt1000],
    msPerCycle: ms / CYCLES,
  };
  test.info().annotations.push({ type: 'leaks', description: JSON.stringify(report) });
  console.log(`leaks: ${JSON.stringify(report)}`);
  expect(report.heapGrowthBytes, 'JS heap growth').toBeLessThanOrEqual(1024 * 1024);
  expect(after.Nodes, 'DOM nodes').toBe(before.Nodes);
  expect(after.JSEventListeners, 'event listeners').toBe(before.JSEventListeners);
  expect(wasmAt1000, 'wasm memory from cycle 100 to 1,000').toBe(wasmAt100);
  expect(errors).toEqual([]);
});

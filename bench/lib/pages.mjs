// The browser measurements: fresh page loads (card, demo, peer), interaction
// latency, memory, and scaling. Each function takes a launched browser and
// the server's base URL and returns plain data for results.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freshLoad } from './browser.mjs';
import { compressed } from './sizes.mjs';
import { articleOfSize } from './articles.mjs';
import { summary, median, round } from './stats.mjs';

export const PAGES = {
  // The same shell with nothing in it: the part of every navigation → visible that is the browser's, not the widget's.
  blank: { path: 'bench/blank.html', selectors: ['h1'] },
  cardMount: { path: 'bench/card.html?order=mount', selectors: ['#card .ic'], done: () => document.documentElement.dataset.bench === 'done' },
  cardExtract: { path: 'bench/card.html?order=extract', selectors: ['#card .ic'], done: () => document.documentElement.dataset.bench === 'done' },
  demo: { path: '', selectors: ['#card .ic'], done: () => document.querySelector('#card')?.dataset.state === 'ready' },
  peer: {
    path: 'bench/timeline.html',
    selectors: ['.tl-timenav .tl-timemarker', '.tl-storyslider .tl-slide .tl-headline'],
    done: () => window.timelineLoaded !== undefined,
  },
};

/**
 * Bytes of every response a page load received: as transferred here
 * (uncompressed localhost, with headers) and as gzip -9 / brotli of the same
 * files. Each file counts once: the card's bench page fetches the wasm a
 * second time after the card is shown, only to time compilation alone.
 */
export function pageBytes(load, base, repo) {
  const rows = [];
  const seen = new Set();
  for (const r of load.requests) {
    if (!r.url || !r.url.startsWith(base) || r.failed) continue;
    let path = decodeURIComponent(new URL(r.url).pathname);
    if (seen.has(path)) continue;
    seen.add(path);
    const root = path.startsWith('/node_modules/') || path.startsWith('/data/') ? repo : join(repo, 'www');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const sizes = existsSync(file) ? compressed(readFileSync(file)) : { raw: null, gzip: null, brotli: null };
    rows.push({ path, transferred: r.transferred ?? null, ...sizes });
  }
  const offsite = load.requests.filter((r) => r.url && !r.url.startsWith(base) && !r.url.startsWith('data:')).map((r) => r.url);
  const total = { transferred: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of Object.keys(total)) total[k] += r[k] ?? 0;
  return { requests: rows.length, files: rows, total, offsite };
}

/** `loads` fresh loads of each page, interleaved so that machine noise spreads evenly. */
export async function pageLoads(browser, base, repo, loads, log) {
  const raw = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
  // One round first that is not counted (server files in the page cache, browser processes started).
  for (let i = -1; i < loads; i++) {
    for (const [name, p] of Object.entries(PAGES)) {
      const l = await freshLoad(browser, base + p.path, { selectors: p.selectors, done: p.done });
      if (l.bench && l.bench.ok === false) throw new Error(`${name}: ${l.bench.error}`);
      if (i >= 0) raw[name].push(l);
      await new Promise((ok) => setTimeout(ok, 200)); // let the closed context's processes wind down
    }
    if (i >= 0 && (i + 1) % 5 === 0) log(`page loads: ${i + 1}/${loads} of each page`);
  }
  const col = (name, f) => raw[name].map(f).filter((x) => x !== undefined && x !== null);
  const card = {
    init_fetch_compile_instantiate: summary(col('cardMount', (l) => l.measures.init)),
    compile_after_bytes: summary(col('cardMount', (l) => {
      // instantiateStreaming overlaps download and compile; this is the part after the last byte arrived.
      const wasm = l.resources.find((r) => r.name.endsWith('.wasm'));
      return wasm && l.marks['init:end'] !== undefined ? l.marks['init:end'] - wasm.responseEnd : undefined;
    })),
    compile_from_bytes: summary(col('cardMount', (l) => l.measures.compile)),
    instantiate_from_module: summary(col('cardMount', (l) => l.measures.instantiate)),
    mount_cold: summary(col('cardMount', (l) => l.measures.mount)),
    extract_cold: summary(col('cardExtract', (l) => l.measures.extract)),
    extract_warm: summary(col('cardMount', (l) => l.measures.extract)),
    render_from_dataset: summary(col('cardExtract', (l) => l.measures.render)),
    nav_to_visible: summary(col('cardMount', (l) => l.perf.visible)),
    nav_to_visible_extract_first: summary(col('cardExtract', (l) => l.perf.visible)),
    fcp: summary(col('cardMount', (l) => l.perf.paints['first-contentful-paint'])),
  };
  const demo = {
    nav_to_visible: summary(col('demo', (l) => l.perf.visible)),
    fcp: summary(col('demo', (l) => l.perf.paints['first-contentful-paint'])),
    lcp: summary(col('demo', (l) => l.perf.lcp)),
  };
  const blank = { nav_to_visible: summary(col('blank', (l) => l.perf.visible)), fcp: summary(col('blank', (l) => l.perf.paints['first-contentful-paint'])) };
  const peer = {
    nav_to_visible: summary(col('peer', (l) => l.perf.visible)),
    nav_to_loaded_event: summary(col('peer', (l) => l.marks['timeline-loaded'])),
    fcp: summary(col('peer', (l) => l.perf.paints['first-contentful-paint'])),
  };
  const longtasks = {};
  const shifts = {};
  for (const name of Object.keys(PAGES)) {
    const lt = raw[name].flatMap((l) => l.perf.longtasks);
    longtasks[name] = {
      count: lt.length,
      loads_with_longtask: raw[name].filter((l) => l.perf.longtasks.length).length,
      max_ms: lt.length ? round(Math.max(...lt.map((t) => t.duration))) : 0,
      median_longest_ms: round(median(raw[name].map((l) => Math.max(0, ...l.perf.longtasks.map((t) => t.duration))))),
    };
    const sh = raw[name].flatMap((l) => l.perf.shifts.filter((s) => !s.hadRecentInput));
    shifts[name] = {
      loads_with_shift: raw[name].filter((l) => l.perf.shifts.some((s) => !s.hadRecentInput)).length,
      max_per_load: round(Math.max(0, ...raw[name].map((l) => l.perf.shifts.filter((s) => !s.hadRecentInput).reduce((a, s) => a + s.value, 0))), 4),
      sources: [...new Set(sh.flatMap((s) => s.sources))],
    };
  }
  // The longest animation frame of each load, split into script (by source file) and style + layout.
  const frames = {};
  for (const name of Object.keys(PAGES)) {
    const longest = raw[name].map((l) => l.perf.loafs.reduce((a, f) => (!a || f.duration > a.duration ? f : a), null)).filter(Boolean);
    const bySource = {};
    for (const f of longest) for (const s of f.scripts) bySource[s.source || s.invoker] = (bySource[s.source || s.invoker] ?? []).concat(s.duration);
    frames[name] = {
      loads: longest.length,
      duration: summary(longest.map((f) => f.duration)),
      style_and_layout: summary(longest.map((f) => f.styleAndLayout)),
      script_by_source_median: Object.fromEntries(Object.entries(bySource).map(([k, v]) => [k, round(median(v), 1)]).sort((a, b) => b[1] - a[1]).slice(0, 5)),
    };
  }
  const errors = Object.fromEntries(Object.entries(raw).map(([k, ls]) => [k, [...new Set(ls.flatMap((l) => l.errors))]]));
  const bytes = {
    card_page: pageBytes(raw.cardMount.at(-1), base, repo),
    demo_page: pageBytes(raw.demo.at(-1), base, repo),
    peer_page: pageBytes(raw.peer.at(-1), base, repo),
  };
  return { loads, card, demo, peer, blank, longtasks, longest_frame: frames, layout_shift: shifts, bytes, errors };
}

/**
 * Interaction latency on the demo page: Playwright clicks (trusted input), a
 * capture listener on window (runs first) and a bubble listener on window
 * (runs after the card's own listener on its root) bracket the handler; the
 * frame after it approximates "to next paint"; Event Timing entries
 * (durationThreshold 16 ms) give the browser's own duration where ≥ 16 ms.
 */
export async function interactions(browser, base, n, log) {
  const l = await freshLoad(browser, base, { selectors: PAGES.demo.selectors, done: PAGES.demo.done, keep: true });
  const { page, context } = l;
  await page.evaluate(() => {
    window.__ix = [];
    let cur = null;
    addEventListener('click', () => { cur = { t0: performance.now() }; }, true);
    addEventListener('click', () => {
      if (!cur) return;
      const c = cur; cur = null;
      c.t1 = performance.now();
      window.__ix.push(c);
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { c.t2 = performance.now(); };
        ch.port2.postMessage(0);
      });
    }, false);
  });
  const card = page.locator('#card .ic');
  const settle = () => page.waitForFunction(() => window.__ix.length === 0 || window.__ix.at(-1).t2 !== undefined);
  const measured = { tab: [], provenance: [], swap: [] };
  const click = async (kind, selector) => {
    const before = await page.evaluate(() => window.__ix.length);
    await card.locator(selector).first().click();
    await settle();
    if (kind) measured[kind].push(before);
  };
  for (let i = 0; i < n; i++) await click('tab', i % 2 === 0 ? '[role=tab][data-act="tab:figures"]' : '[role=tab][data-act="tab:claims"]');
  await click(null, '[role=tab][data-act="tab:claims"]');
  // The "Show in article" controls visible on the Claims tab (others sit on hidden tabs).
  const sources = await card.locator('[data-act^="src:"]').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.dataset.act));
  for (let i = 0; i < n; i++) {
    await click('provenance', `[data-act="${sources[i % sources.length]}"]`);
    await click(null, '[role=tab][data-act="tab:claims"]');
  }
  for (let i = 0; i < n; i++) await click('swap', '[data-act=swap]');
  await page.waitForTimeout(300);
  const { ix, perf } = await page.evaluate(() => ({ ix: window.__ix, perf: window.__perf }));
  await context.close();
  const out = {};
  for (const [kind, idx] of Object.entries(measured)) {
    const rows = idx.map((i) => ix[i]);
    const event = rows.map((r) => {
      const e = perf.events.find((e) => e.name === 'click' && e.processingStart <= r.t0 + 1 && e.processingEnd >= r.t1 - 1);
      if (!e) return null;
      return Math.max(...perf.events.filter((x) => x.interactionId && x.interactionId === e.interactionId).map((x) => x.duration), e.duration);
    });
    const seen = event.filter((d) => d !== null);
    // Unseen entries were under 16 ms: if most were unseen, the median is "< 16".
    const evMedian = seen.length * 2 > rows.length ? median(event.map((d) => d ?? 0)) : null;
    out[kind] = {
      n: rows.length,
      handler_ms: summary(rows.map((r) => r.t1 - r.t0)),
      to_next_frame_ms: summary(rows.map((r) => r.t2 - r.t0)),
      event_timing: { entries_at_least_16ms: seen.length, median_ms: evMedian, median_text: evMedian === null ? '< 16' : String(evMedian), max_ms: seen.length ? Math.max(...seen) : null },
    };
  }
  const shifts = perf.shifts;
  out.session = {
    longtasks: { count: perf.longtasks.length, max_ms: perf.longtasks.length ? round(Math.max(...perf.longtasks.map((t) => t.duration))) : 0 },
    layout_shift_without_input: round(shifts.filter((s) => !s.hadRecentInput).reduce((a, s) => a + s.value, 0), 4),
    layout_shift_after_input: round(shifts.filter((s) => s.hadRecentInput).reduce((a, s) => a + s.value, 0), 4),
    shift_sources: [...new Set(shifts.flatMap((s) => s.sources))],
  };
  log(`interactions: ${n} each of tab, provenance, swap`);
  return out;
}

async function heap(cdp, page) {
  for (let i = 0; i < 2; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50))); // finalizers run
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { js_heap_used: m.JSHeapUsedSize, dom_nodes: m.Nodes, js_event_listeners: m.JSEventListeners };
}

/** wasm memory and JS heap: after init, after one mount, through 1,000 mount/unmount cycles. */
export async function memory(browser, base, cycles, log) {
  const l = await freshLoad(browser, base + 'bench/lab.html', { selectors: ['#lab'], keep: true });
  const { page, context, cdp } = l;
  await cdp.send('HeapProfiler.enable');
  await cdp.send('Performance.enable');
  await page.evaluate(() => window.lab.ready());
  const point = async (label, extra = {}) => ({ label, wasm_memory_bytes: await page.evaluate(() => window.lab.wasmBytes()), ...(await heap(cdp, page)), ...extra });
  const points = [await point('after init, no card')];
  await page.evaluate(() => window.lab.mountOne());
  points.push(await point('one card mounted'));
  await page.evaluate(() => window.lab.unmountOne());
  points.push(await point('after unmount'));
  let done = 0;
  let ms = 0;
  for (const upto of [10, 100, 500, cycles]) {
    if (upto <= done) continue;
    const r = await page.evaluate((k) => window.lab.cycles(k), upto - done);
    ms += r.ms;
    done = upto;
    points.push(await point(`after ${done} mount/unmount cycles`, { leftover_nodes: r.leftoverNodes }));
  }
  await page.evaluate(() => window.lab.mountOne());
  points.push(await point(`after ${done} cycles, one card mounted again`));
  await page.evaluate(() => window.lab.unmountOne());
  // Handles that are only unmounted keep a few bytes of wasm memory until JS
  // garbage collection runs their finalizer, which cannot happen inside one
  // synchronous loop: wasm memory's high-water mark then grows with the loop's
  // length. Freeing each handle (card.free()) keeps it flat.
  const LOOP = 8000;
  await page.evaluate((k) => window.lab.cycles(k, true), LOOP);
  points.push(await point(`${LOOP} more cycles in one synchronous loop, unmount() + free()`));
  await page.evaluate((k) => window.lab.cycles(k, false), LOOP);
  points.push(await point(`${LOOP} more cycles in one synchronous loop, unmount() only`));
  await context.close();
  log(`memory: ${done} mount/unmount cycles in ${Math.round(ms)} ms`);
  return { cycles: done, cycle_ms_mean: round(ms / done, 3), points };
}

/**
 * Scaling: articles of 1 KB … 1 MB (extract, mount, render), a dataset of
 * 200 claims, and 1, 10 and 50 cards on one page (warm: one card is mounted
 * and thrown away first, so lazy compilation is not counted as growth).
 */
export async function scaling(browser, base, arts, log) {
  const l = await freshLoad(browser, base + 'bench/lab.html', { selectors: ['#lab'], keep: true });
  const { page, context } = l;
  await page.evaluate(() => window.lab.ready());
  await page.evaluate(() => window.lab.cards(1));
  const sizes = [];
  for (const [size, runs] of [[1024, 15], [10240, 9], [102400, 5], [1048576, 3]]) {
    const text = articleOfSize(arts, size);
    const r = await page.evaluate(([t, k]) => window.lab.articleScaling(t, k), [text, runs]);
    r.extract_us_per_kb = round((r.extract_ms * 1000) / (r.bytes / 1024), 1);
    r.mount_us_per_kb = r.mount_ms === null ? null : round((r.mount_ms * 1000) / (r.bytes / 1024), 1);
    r.render_us_per_claim = r.render_claims ? round((r.render_ms * 1000) / r.render_claims, 1) : null;
    sizes.push(r);
    log(`scaling: ${r.bytes} B article, ${r.claims} claims: extract ${round(r.extract_ms)} ms, mount ${r.mount_error ? 'refused (' + r.mount_error + ')' : round(r.mount_ms) + ' ms'}, render ${round(r.render_ms)} ms`);
  }
  // A dataset of exactly 200 claims: extract a generated article with at least
  // 200, keep the first 200 and the timeline entries that point at them.
  let ds200 = null;
  for (const size of [65536, 131072, 262144, 524288, 1048576]) {
    const ds = await page.evaluate((t) => window.lab.extract(t), articleOfSize(arts, size));
    if (ds.claims.length >= 200) {
      ds200 = { source_article_bytes: size, dataset: await page.evaluate((d) => window.lab.cut(d, 200), ds) };
      break;
    }
  }
  let claims200 = null;
  if (ds200) {
    claims200 = await page.evaluate(([d, k]) => window.lab.datasetRender(d, k), [ds200.dataset, 7]);
    claims200.source_article_bytes = ds200.source_article_bytes;
    claims200.render_us_per_claim = round((claims200.render_ms * 1000) / claims200.claims, 1);
    log(`scaling: 200-claim dataset rendered in ${round(claims200.render_ms)} ms`);
  }
  const cards = [];
  for (const [n, runs] of [[1, 7], [10, 5], [50, 3]]) {
    const rs = [];
    for (let i = 0; i < runs; i++) rs.push(await page.evaluate((k) => window.lab.cards(k), n));
    const m = median(rs.map((r) => r.mount_ms));
    const f = median(rs.map((r) => r.mount_to_frame_ms));
    cards.push({ cards: n, runs, mount_ms: round(m), mount_min_ms: round(Math.min(...rs.map((r) => r.mount_ms))), mount_to_frame_ms: round(f), ms_per_card: round(m / n, 3), frame_ms_per_card: round(f / n, 3), dom_nodes: rs[0].domNodes });
    log(`scaling: ${n} cards: ${round(m)} ms`);
  }
  await context.close();
  return { articles: sizes, claims_200: claims200, cards };
}

// Headless Debian Chromium through Playwright, and page loads in fresh
// contexts with observers installed before any page script runs.
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
export const VIEWPORT = { width: 1024, height: 900 };

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Installed before the page's scripts: records long tasks, long animation
 * frames, layout shifts, paints and LCP from navigation on, and the moment
 * `selectors` all exist (MutationObserver) and then the first frame in which
 * they have boxes (requestAnimationFrame, then a message: that frame's paint
 * has been issued), and not before the first contentful paint: "visible".
 * Times are ms since navigation.
 */
function observers(selectors) {
  const perf = (window.__perf = { longtasks: [], shifts: [], paints: {}, lcp: null, domReady: null, visible: null, events: [] });
  const observe = (type, fn, opts = {}) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...opts }); } catch {}
  };
  observe('longtask', (e) => perf.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => perf.shifts.push({
    start: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput,
    sources: (e.sources || []).map((s) => (s.node && s.node.nodeType === 1 ? s.node.tagName.toLowerCase() + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '') : String(s.node && s.node.nodeName))),
  }));
  // Long animation frames say what a long frame spent its time on: scripts (with their source) or style and layout.
  perf.loafs = [];
  observe('long-animation-frame', (e) => perf.loafs.push({
    start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
    styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
    scripts: e.scripts.map((s) => ({ invoker: s.invoker, source: (s.sourceURL || '').split('/').pop(), duration: s.duration, forcedStyleAndLayout: s.forcedStyleAndLayoutDuration })),
  }));
  observe('paint', (e) => { perf.paints[e.name] = e.startTime; });
  observe('largest-contentful-paint', (e) => { perf.lcp = e.renderTime || e.startTime; });
  observe('event', (e) => perf.events.push({
    name: e.name, start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd,
    duration: e.duration, interactionId: e.interactionId,
  }), { durationThreshold: 16 });
  // The mutation callback only tests that the nodes exist (no forced layout);
  // after each following frame, a test that they have boxes, until they do.
  const exist = () => selectors.every((s) => document.querySelector(s));
  const shown = () => selectors.every((s) => { const el = document.querySelector(s); return el && el.getClientRects().length > 0; });
  // Tested after the frame's own style and layout (a message posted from
  // requestAnimationFrame runs after the frame), so the test forces no layout.
  const frame = () => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { if (shown()) perf.visible = performance.now(); else frame(); };
    ch.port2.postMessage(0);
  });
  const mo = new MutationObserver(() => {
    if (perf.domReady !== null || !exist()) return;
    perf.domReady = performance.now();
    mo.disconnect();
    frame();
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Loads `url` in a new browser context and waits until the page is visible
 * (per `selectors`) and `done` holds. Returns the page's observations, the
 * measures it made, and every response's bytes (CDP Network events).
 */
export async function freshLoad(browser, url, { selectors, done = null, keep = false, settle = false, timeout = 30_000 } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`); });
  await page.addInitScript(observers, selectors);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => {
    requests.set(e.requestId, { url: e.response.url, status: e.response.status, mime: e.response.mimeType, encoding: e.response.headers['Content-Encoding'] || e.response.headers['content-encoding'] || null });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.transferred = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId) || {};
    requests.set(e.requestId, { ...r, failed: e.errorText });
  });
  await page.goto(url, { waitUntil: 'load', timeout });
  // Visible also needs a contentful paint: a frame can run before the browser
  // paints anything (first paint waits for parsing and deferred scripts).
  // (A page with no content, like the lab page, never has one: then 2 s is enough.)
  await page.waitForFunction(() => window.__perf && window.__perf.visible !== null, null, { timeout });
  await page.waitForFunction(() => window.__perf.paints['first-contentful-paint'] !== undefined, null, { timeout: 2000 }).catch(() => {});
  await page.evaluate(() => { const p = window.__perf; p.visibleFrame = p.visible; p.visible = Math.max(p.visible, p.paints['first-contentful-paint'] ?? 0); });
  if (done) await page.waitForFunction(done, null, { timeout });
  // Let late long tasks, shifts and resource responses arrive. `settle`: wait
  // until the network is idle (500 ms without a request), so that every byte
  // the page will load (late fonts, icons) is counted.
  if (settle) await page.waitForLoadState('networkidle', { timeout });
  await page.waitForTimeout(settle ? 500 : 100);
  const obs = await page.evaluate(() => ({
    perf: window.__perf,
    measures: Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])),
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    nav: (() => { const n = performance.getEntriesByType('navigation')[0]; return n ? { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null; })(),
    resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, transferSize: r.transferSize, encodedBodySize: r.encodedBodySize, decodedBodySize: r.decodedBodySize, responseEnd: r.responseEnd })),
    bench: window.benchResult ?? null,
    elementInteractive: window.elementInteractive ?? null,
  }));
  const out = { ...obs, requests: [...requests.values()], errors };
  if (keep) return { ...out, page, context, cdp };
  await context.close();
  return out;
}

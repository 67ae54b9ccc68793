// Lab page: functions that bench/run.mjs calls through page.evaluate, for
// scaling (article size, claims, cards per page) and memory. Every timing is
// performance.now() around one API call; "frame" adds the wait for the next
// frame (style, layout and paint of what was inserted).
import init, { mount, extract, renderHtml, defaultArticle } from '../pkg/incident_card.js';

const lab = document.getElementById('lab');
const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => ok(performance.now());
  ch.port2.postMessage(0);
}));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const newHost = () => { const d = document.createElement('div'); d.className = 'card-host'; lab.append(d); return d; };
const nodes = (el) => el.getElementsByTagName('*').length;

/** The dataset with its first `n` claims and the timeline entries that point at them. */
function cut(ds, n) {
  const claims = ds.claims.slice(0, n);
  const keep = new Set(claims.map((c) => c.id));
  return { ...ds, claims, timeline: ds.timeline.filter((t) => !t.claim || keep.has(t.claim)) };
}

let wasm = null;
const api = {
  async ready() { wasm ??= await init(); return true; },
  wasmBytes() { return wasm.memory.buffer.byteLength; },
  defaultArticle() { return defaultArticle(); },
  extract(text) { return extract(text); },
  renderHtml(text) { return renderHtml(text); },

  /**
   * extract(text), mount({article}) and mount({dataset}), each `runs` times;
   * medians in ms. A mount that throws is reported with its error; a dataset
   * over the API's limit of claims is rendered cut to its first `maxClaims`.
   */
  async articleScaling(text, runs, maxClaims = 5000) {
    const t = { extract: [], mount: [], mountFrame: [], render: [] };
    let dataset = null, domNodes = 0, mountError = null, renderedClaims = null;
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      dataset = extract(text);
      t.extract.push(performance.now() - t0);

      const host = newHost();
      try {
        t0 = performance.now();
        const card = mount(host, { article: text, deepLinks: false });
        t.mount.push(performance.now() - t0);
        t.mountFrame.push((await nextFrame()) - t0);
        domNodes = nodes(host);
        card.unmount(); card.free();
      } catch (err) {
        mountError = String(err.message ?? err);
      }
      host.remove();

      // mount({dataset}) checks the dataset's limits (mount({article}) does not).
      const ds = dataset.claims.length > maxClaims ? cut(dataset, maxClaims) : dataset;
      renderedClaims = ds.claims.length;
      const host2 = newHost();
      t0 = performance.now();
      const card = mount(host2, { dataset: ds, deepLinks: false });
      t.render.push(performance.now() - t0);
      if (t.mount.length === 0) domNodes = nodes(host2);
      card.unmount(); card.free(); host2.remove();
      await nextFrame();
    }
    return {
      bytes: new TextEncoder().encode(text).length,
      claims: dataset.claims.length,
      paragraphs: dataset.article.paragraphs.length,
      timeline: dataset.timeline.length,
      domNodes,
      runs,
      extract_ms: median(t.extract),
      extract_min_ms: Math.min(...t.extract),
      mount_ms: t.mount.length ? median(t.mount) : null,
      mount_min_ms: t.mount.length ? Math.min(...t.mount) : null,
      mount_to_frame_ms: t.mountFrame.length ? median(t.mountFrame) : null,
      mount_error: mountError,
      render_ms: median(t.render),
      render_claims: renderedClaims,
    };
  },

  cut: (ds, n) => cut(ds, n),

  /** mount({dataset}) for a dataset object, `runs` times. */
  async datasetRender(dataset, runs) {
    const t = [], tf = [];
    let domNodes = 0;
    for (let i = 0; i < runs; i++) {
      const host = newHost();
      const t0 = performance.now();
      const card = mount(host, { dataset, deepLinks: false });
      t.push(performance.now() - t0);
      tf.push((await nextFrame()) - t0);
      domNodes = nodes(host);
      card.unmount(); card.free(); host.remove();
      await nextFrame();
    }
    return { claims: dataset.claims.length, runs, domNodes, render_ms: median(t), render_to_frame_ms: median(tf) };
  },

  /** n cards of the embedded article on one page (only the first follows deep links). */
  async cards(n) {
    const hosts = Array.from({ length: n }, newHost);
    const t0 = performance.now();
    const cards = hosts.map((h, i) => mount(h, { deepLinks: i === 0 }));
    const t1 = performance.now();
    const t2 = await nextFrame();
    const domNodes = hosts.reduce((s, h) => s + nodes(h), 0);
    for (const c of cards) { c.unmount(); c.free(); }
    for (const h of hosts) h.remove();
    await nextFrame();
    return { cards: n, mount_ms: t1 - t0, mount_to_frame_ms: t2 - t0, domNodes };
  },

  // Memory: one card stays mounted between calls.
  card: null,
  mountOne() { api.card = mount(newHost(), {}); return nodes(lab); },
  unmountOne() { api.card?.unmount(); api.card = null; lab.replaceChildren(); },
  /**
   * n mount/unmount cycles of the embedded article, with the documented API
   * only (unmount), or also freeing each handle (`free: true`). Without
   * free(), each handle's few bytes in wasm memory wait for JS garbage
   * collection and its finalizer, which never run inside one synchronous loop.
   */
  cycles(n, free = false) {
    const host = newHost();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const card = mount(host, {});
      card.unmount();
      if (free) card.free();
    }
    const ms = performance.now() - t0;
    host.remove();
    return { cycles: n, ms, leftoverNodes: nodes(lab) };
  },
};
window.lab = api;

// Benchmark page for one card (the embedded article). It does what the demo's
// main.js does, with performance marks around each step:
//   init      fetch + compile + instantiate (instantiateStreaming), + __wbindgen_start
//   mount     mount(host, {}): extract the embedded article + first render (nodes in the DOM)
//   extract   extract(defaultArticle()) alone (returns the dataset as a JS object)
//   render    mount(host, {dataset}) alone (the dataset crosses from JS)
//   visible   the first frame after the card's nodes are in the DOM
// ?order=mount (default): mount first, cold, as the demo does; extract runs after, warm.
// ?order=extract: extract first, cold, then render from its dataset.
// After `visible`, compile and instantiate are timed again from the bytes
// alone (WebAssembly.compile, then instantiate with stub imports).
import init, { mount, extract, defaultArticle } from '../pkg/incident_card.js';

const order = new URLSearchParams(location.search).get('order') ?? 'mount';
const host = document.getElementById('card');
const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => ok(performance.now());
  ch.port2.postMessage(0);
}));
const timed = (name, fn) => {
  performance.mark(`${name}:start`);
  const out = fn();
  performance.mark(`${name}:end`);
  performance.measure(name, `${name}:start`, `${name}:end`);
  return out;
};

const result = { order };
try {
  performance.mark('init:start');
  const wasm = await init();
  performance.mark('init:end');
  performance.measure('init', 'init:start', 'init:end');
  window.wasmMemory = wasm.memory;
  if (order === 'extract') {
    const text = defaultArticle();
    const dataset = timed('extract', () => extract(text));
    window.card = timed('render', () => mount(host, { dataset }));
  } else {
    window.card = timed('mount', () => mount(host, {}));
  }
  result.visible = await nextFrame();
  performance.mark('visible', { startTime: result.visible });
  // What follows is measured after the card is shown, and must not delay the
  // harness's own "visible" test (which runs after this frame too).
  await new Promise((ok) => setTimeout(ok, 50));
  if (order !== 'extract') timed('extract', () => extract(defaultArticle()));

  result.ok = true;
} catch (err) {
  result.ok = false;
  result.error = String(err && err.stack ? err.stack : err);
}
try {
  // Compile and instantiate alone, from bytes (after the card is shown).
  const url = new URL('../pkg/incident_card_bg.wasm', import.meta.url);
  const bytes = await (await fetch(url)).arrayBuffer();
  const module = await timedAsync('compile', () => WebAssembly.compile(bytes));
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    imports[imp.module] ??= {};
    imports[imp.module][imp.name] = imp.kind === 'function' ? () => {} : undefined;
  }
  await timedAsync('instantiate', () => WebAssembly.instantiate(module, imports));
  result.wasmBytes = bytes.byteLength;
} catch (err) {
  result.compileError = String(err);
}
window.benchResult = result;
document.documentElement.dataset.bench = 'done';

async function timedAsync(name, fn) {
  performance.mark(`${name}:start`);
  const out = await fn();
  performance.mark(`${name}:end`);
  performance.measure(name, `${name}:start`, `${name}:end`);
  return out;
}

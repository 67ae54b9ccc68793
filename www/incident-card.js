// <incident-card>: the incident card as a custom element, for any page.
//
//   <link rel="stylesheet" href="incident-card.css">      (styles the static card)
//   <script type="module" src="incident-card.js"></script>
//   <incident-card src="incident.json" lang="en" theme="auto">
//     …static HTML of the card (`incident-card render FILE`): shown until the
//     card has rendered, and for good when JavaScript or WebAssembly cannot run…
//   </incident-card>
//
// The card renders into an open shadow root styled by one constructed
// stylesheet (the text of incident-card.css, fetched once) that every card on
// the page shares, so page CSS cannot break it and it cannot leak styles.
// Every card on the page uses one WebAssembly instance, downloaded and
// instantiated once. This module builds no markup from strings (only DOM methods)
// and sets no style attribute, so it works under `style-src 'self'`; the
// WebAssembly needs `script-src 'wasm-unsafe-eval'`.
//
// Failure never leaves a blank box: if the browser lacks WebAssembly, custom
// elements, shadow DOM or constructed stylesheets, or the module cannot be
// fetched or compiled (CSP), the static card stays. If the instance ever traps
// (a Rust panic: `RuntimeError: unreachable`), every card goes back to its
// static card and the dead instance is never called again. Bad input (an
// unreadable article, a dataset that does not fit the schema, a `src` that
// does not load) shows an error card that says what and where, and fires
// `incident-card:error`; other cards are not affected.

const TAG = 'incident-card';
const MODULE_URL = new URL('./pkg/incident_card.js', import.meta.url);
const CSS_URL = new URL('./incident-card.css', import.meta.url);

/** Can this browser run the card at all? */
export const supported =
  typeof WebAssembly === 'object' &&
  typeof customElements === 'object' &&
  typeof Element === 'function' &&
  typeof Element.prototype.attachShadow === 'function' &&
  typeof Document === 'function' &&
  'adoptedStyleSheets' in Document.prototype &&
  typeof CSSStyleSheet === 'function' &&
  typeof CSSStyleSheet.prototype.replaceSync === 'function';

// ---------------------------------------------------------------------------
// One module, one stylesheet, one instance for the page.

let loading = null; // Promise<{ wasm, sheet }>: started once, never retried
let loaded = null; // { wasm, sheet } once it resolved
let dead = null; // the error that killed the instance, if it trapped
const hosts = new Set(); // every Host that has a shadow root on the page

/** Loads the WebAssembly module and the stylesheet, once for the page. */
export function ready() {
  if (!supported) {
    return Promise.reject(new Error('incident-card: this browser cannot run the card (it needs WebAssembly, custom elements, shadow DOM and constructed stylesheets)'));
  }
  if (!loading) {
    loading = Promise.all([
      import(MODULE_URL.href).then(async (wasm) => { await wasm.default(); return wasm; }),
      fetch(CSS_URL).then((r) => {
        if (!r.ok) throw new Error(`incident-card: ${CSS_URL.href}: HTTP ${r.status}`);
        return r.text();
      }).then((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      }),
    ]).then(([wasm, sheet]) => {
      loaded = { wasm, sheet };
      return loaded;
    });
    // One diagnostic for site owners; the static cards stay.
    loading.catch((e) => console.warn('incident-card: the interactive card is unavailable; the static card stays.', e));
  }
  return loading.then(() => undefined);
}

function isTrap(e) {
  return typeof WebAssembly === 'object' && e instanceof WebAssembly.RuntimeError;
}

/** Calls into the instance; a trap kills it for every card. */
function call(fn) {
  if (dead) throw deadError();
  try {
    return fn(loaded.wasm);
  } catch (e) {
    if (isTrap(e)) die(e);
    throw e;
  }
}

function deadError() {
  const e = new Error('incident-card: the WebAssembly module stopped after an error; the static cards are shown');
  e.name = 'IncidentCardError';
  e.cause = dead;
  return e;
}

function die(err) {
  if (dead) return;
  dead = err;
  console.error('incident-card: the WebAssembly module trapped; every card shows its static version from now on.', err);
  for (const h of [...hosts]) h.kill();
}

if (supported) {
  // A trap inside one of the card's own event handlers surfaces here.
  addEventListener('error', (ev) => { if (isTrap(ev.error)) die(ev.error); });
  addEventListener('unhandledrejection', (ev) => { if (isTrap(ev.reason)) die(ev.reason); });
  // Deep links (`#incident-card/<id>/<claim>`): one listener for the page.
  addEventListener('hashchange', () => {
    if (dead) return;
    for (const h of hosts) h.openLink(location.hash);
  });
}

function fire(el, name, detail) {
  el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

// ---------------------------------------------------------------------------
// A host: one element whose shadow root shows a card (or an error card), with
// its light DOM (the static card) slotted back in whenever there is no card.

class Host {
  constructor(el) {
    this.el = el;
    this.rust = null; // the Rust Card, while mounted
    this.handle = null; // the IncidentCard given to the page
    this.gen = 0; // render generation: a newer render cancels an older one
  }

  get shadow() {
    return this.el.shadowRoot;
  }

  /** The shadow root, attached on first use, with the shared stylesheet. */
  ensureShadow() {
    let root = this.el.shadowRoot;
    if (!root) root = this.el.attachShadow({ mode: 'open' });
    if (root.adoptedStyleSheets[0] !== loaded.sheet) root.adoptedStyleSheets = [loaded.sheet];
    hosts.add(this);
    return root;
  }

  /** Does the element hold a static card (anything but inline data)? */
  hasFallback() {
    for (const n of this.el.childNodes) {
      if (n.nodeType === Node.ELEMENT_NODE && n.localName !== 'script') return true;
      if (n.nodeType === Node.TEXT_NODE && n.data.trim() !== '') return true;
    }
    return false;
  }

  /** Shows the light DOM (the static card) again. */
  showStatic() {
    if (this.shadow) this.shadow.replaceChildren(document.createElement('slot'));
  }

  /**
   * Renders `input` ({ article } | { dataset }) with `opts` and returns the
   * handle; on bad input shows the error card (naming `url`, where the input
   * came from) and throws.
   */
  mount(input, opts, url) {
    const box = document.createElement('div');
    box.className = 'ic-mount';
    const options = { ...opts, ...input, deepLinks: false };
    let rust;
    try {
      rust = call((w) => w.mount(box, options));
    } catch (e) {
      if (dead) {
        this.kill();
        throw e;
      }
      const detail = errorDetail(e);
      if (url) detail.url = url;
      this.showError(detail, opts);
      throw e;
    }
    const old = this.rust;
    this.ensureShadow().replaceChildren(box);
    this.rust = rust;
    if (old) this.free(old);
    if (!this.handle) this.handle = new IncidentCard(this);
    this.el.setAttribute('state', 'ready');
    this.openLink(location.hash);
    fire(this.el, 'incident-card:ready', { card: this.handle });
    return this.handle;
  }

  /** The error card (and below it the static card, if there is one). */
  showError(detail, opts) {
    this.unmount();
    const box = document.createElement('div');
    box.className = 'ic-mount';
    const fallback = this.hasFallback();
    try {
      call((w) => w.renderError(box, { ...detail, lang: opts.lang, fallback }));
    } catch {
      // No error card without the module: the static card stays.
    }
    if (!dead) {
      const parts = [box];
      if (fallback) parts.push(document.createElement('slot'));
      this.ensureShadow().replaceChildren(...parts);
    }
    this.el.setAttribute('state', 'error');
    fire(this.el, 'incident-card:error', detail);
  }

  /** Removes the card (its nodes and listeners); the static card shows again. */
  unmount() {
    this.gen++;
    if (this.rust) {
      const old = this.rust;
      this.rust = null;
      this.free(old);
    }
    this.showStatic();
    hosts.delete(this);
    if (this.handle) {
      this.handle._host = null;
      this.handle = null;
    }
  }

  free(rust) {
    if (dead) return; // never call into a dead instance
    try {
      call(() => { rust.destroy(); rust.free(); });
    } catch {
      // Already reported by call().
    }
  }

  /** The instance died: back to the static card, and no more calls. */
  kill() {
    this.gen++;
    this.rust = null;
    if (this.handle) {
      this.handle._host = null;
      this.handle = null;
    }
    this.showStatic();
    this.el.setAttribute('state', 'static');
    hosts.delete(this);
    fire(this.el, 'incident-card:error', { kind: 'trap', message: String(dead && dead.message || dead) });
  }

  openLink(hash) {
    if (!this.rust || dead || !hash) return false;
    try {
      return call(() => this.rust.openLink(hash));
    } catch {
      return false;
    }
  }
}

/** The `detail` of an error: what and where, from an IncidentCardError or a load failure. */
function errorDetail(e) {
  if (e && e.incidentCard) return e.incidentCard;
  const d = { message: String(e && e.message || e) };
  for (const k of ['reason', 'line', 'field']) if (e && e[k] !== undefined) d[k] = e[k];
  d.kind = d.line !== undefined ? 'article' : d.field !== undefined ? 'dataset' : 'error';
  return d;
}

function problem(detail) {
  const e = new Error(detail.message);
  e.name = 'IncidentCardError';
  e.incidentCard = detail;
  Object.assign(e, detail);
  return e;
}

/** Reads `text` as a dataset (JSON object) or an article (wire format). */
function parseInput(text, url) {
  if (/^\s*\{/.test(text)) {
    try {
      return { dataset: JSON.parse(text) };
    } catch (e) {
      throw problem({ kind: 'json', message: e.message, url });
    }
  }
  return { article: text };
}

// ---------------------------------------------------------------------------
// The handle a page gets from mount() and from element.card.

/** A card on the page. */
export class IncidentCard {
  constructor(host) {
    this._host = host;
  }

  _rust() {
    if (!this._host || !this._host.rust) throw new Error('incident-card: the card is not mounted');
    return this._host.rust;
  }

  /** The element the card is in. */
  get element() {
    return this._host ? this._host.el : null;
  }

  /** The card's dataset (`incident-card/1`) as a plain object. */
  dataset() {
    const r = this._rust();
    return call(() => r.dataset());
  }

  /** schema.org JSON-LD (the Event, the article and a Claim per claim) as a plain object. */
  jsonLd() {
    const r = this._rust();
    return call(() => r.jsonLd());
  }

  /** The casualty figures as CSV text. */
  csv() {
    const r = this._rust();
    return call(() => r.csv());
  }

  /** Shows a claim (by id) in its list, as a deep link does; fires `incident-card:select`. */
  select(claimId) {
    const r = this._rust();
    call(() => r.select(String(claimId)));
  }

  /** Opens the article with a claim's source sentence highlighted. */
  showSource(claimId) {
    const r = this._rust();
    call(() => r.showSource(String(claimId)));
  }

  /** Removes the card and its listeners; the element shows its static card again. */
  destroy() {
    const host = this._host;
    if (!host) return;
    if (host.el instanceof IncidentCardElement) host.el._explicit = null;
    host.unmount();
    host.el.removeAttribute('state');
  }
}

// ---------------------------------------------------------------------------
// mount(): the card in any element.

const plainHosts = new WeakMap();

/**
 * Mounts a card into `element` (an `<incident-card>` or any other element,
 * which then gets a shadow root). `options`: `{ article }` (wire format) or
 * `{ dataset }` (an incident-card/1 object), and `lang`, `theme`,
 * `sideOrder`, `tab`, `linkScope`. Resolves to the card; rejects with an
 * `IncidentCardError` (with `line` or `field`) after showing the error card.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('incident-card: mount() needs an element');
  await ready();
  if (dead) throw deadError();
  if (element instanceof IncidentCardElement) {
    element._explicit = options;
    return element._render();
  }
  if (element.shadowRoot && !plainHosts.has(element)) {
    throw new Error('incident-card: the element already has a shadow root of its own');
  }
  let host = plainHosts.get(element);
  if (!host) {
    host = new Host(element);
    plainHosts.set(element, host);
  }
  const { article, dataset, ...opts } = options;
  const input = dataset !== undefined ? { dataset } : article !== undefined ? { article } : {};
  return host.mount(input, { lang: langOf(element), ...opts });
}

function langOf(el) {
  const tagged = el.closest('[lang]');
  return (tagged && tagged.getAttribute('lang')) || 'en';
}

// ---------------------------------------------------------------------------
// The element.

const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

/** `<incident-card src theme lang side-order tab>`. */
export class IncidentCardElement extends Base {
  static get observedAttributes() {
    return ['src', 'theme', 'lang', 'side-order', 'tab'];
  }

  constructor() {
    super();
    this._host = new Host(this);
    this._explicit = null; // options given to mount()
    this._fetched = null; // { src, input }: the last loaded src
    this._queued = false;
  }

  /** The card, once rendered (`null` before, after an error, or when static). */
  get card() {
    return this._host.rust ? this._host.handle : null;
  }

  connectedCallback() {
    // Moving the element (disconnect + connect in one task) keeps the card.
    if (this._host.rust) return;
    this._render().catch(() => {});
  }

  disconnectedCallback() {
    queueMicrotask(() => {
      if (!this.isConnected) this._host.unmount();
    });
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'theme' && this._host.rust) {
      const rust = this._host.rust;
      try {
        call(() => rust.setTheme(value || 'auto'));
      } catch {
        // call() has handled it.
      }
      return;
    }
    if (name === 'src') this._fetched = null;
    // Several attributes changed in one task: render once.
    if (this._queued) return;
    this._queued = true;
    queueMicrotask(() => {
      this._queued = false;
      if (this.isConnected) this._render().catch(() => {});
    });
  }

  _options() {
    const o = { lang: langOf(this), linkScope: this.id || '' };
    const theme = this.getAttribute('theme');
    if (theme) o.theme = theme;
    const order = this.getAttribute('side-order');
    if (order) o.sideOrder = order;
    const tab = this.getAttribute('tab');
    if (tab) o.tab = tab;
    return o;
  }

  /** The input: mount()'s options, then `src`, then an inline script, else the default article. */
  _input() {
    const ex = this._explicit;
    if (ex && ex.dataset !== undefined) return { dataset: ex.dataset };
    if (ex && ex.article !== undefined) return { article: ex.article };
    const src = this.getAttribute('src');
    if (src) {
      if (this._fetched && this._fetched.src === src) return this._fetched.input;
      const url = new URL(src, document.baseURI).href;
      return fetch(url).then(
        async (r) => {
          if (!r.ok) throw problem({ kind: 'http', status: r.status, message: `HTTP ${r.status}`, url: src });
          const input = parseInput(await r.text(), src);
          this._fetched = { src, input };
          return input;
        },
        (e) => { throw problem({ kind: 'network', message: String(e && e.message || e), url: src }); },
      );
    }
    const json = this.querySelector(':scope > script[type="application/json"]');
    if (json) {
      try {
        return { dataset: JSON.parse(json.textContent) };
      } catch (e) {
        throw problem({ kind: 'json', message: e.message });
      }
    }
    const text = this.querySelector(':scope > script[type="text/plain"]');
    if (text) return { article: text.textContent.replace(/^\s*\n/, '') };
    return {};
  }

  /** Renders the card; synchronous when the module is loaded and the input known. */
  _render() {
    const host = this._host;
    const gen = ++host.gen;
    if (!supported) return Promise.reject(new Error('incident-card: unsupported browser'));
    if (dead) {
      host.showStatic();
      this.setAttribute('state', 'static');
      return Promise.reject(deadError());
    }
    const opts = { ...this._options(), ...(this._explicit || {}) };
    delete opts.article;
    delete opts.dataset;
    const src = this._explicit ? null : this.getAttribute('src');
    const go = (input) => {
      if (gen !== host.gen || !this.isConnected) throw new Error('incident-card: superseded');
      return host.mount(input, opts, src);
    };
    // Bad input that never reached Rust (a src that did not load, JSON that does not parse).
    const fail = (e) => {
      if (gen === host.gen && this.isConnected && !dead && e && e.incidentCard) host.showError(e.incidentCard, opts);
      throw e;
    };
    if (!host.rust && this.getAttribute('state') !== 'error') this.setAttribute('state', 'loading');
    let input;
    try {
      input = this._input();
    } catch (e) {
      input = Promise.reject(e);
    }
    if (input instanceof Promise) {
      // Fetched in parallel with the module; handled below, even if the module fails.
      input.catch(() => {});
    } else if (loaded) {
      try {
        return Promise.resolve(go(input));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return ready().then(
      () => Promise.resolve(input).then(go, fail),
      (e) => this._static(e),
    );
  }

  /** The module could not load: the static card stays. */
  _static(e) {
    this.setAttribute('state', 'static');
    throw e;
  }
}

if (supported && !customElements.get(TAG)) {
  customElements.define(TAG, IncidentCardElement);
}

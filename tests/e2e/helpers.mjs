// Shared by the reliability specs: a blank host page with the module loaded,
// and the renderer's own list of the element types it can emit.
import { readFileSync, readdirSync } from 'node:fs';

/// Every tag name the view can put into a card: the `El::new("…")` calls and
/// the tag arguments of `claim_item(…, "…", …)` in src/view*, read from the
/// source so that the list cannot drift from the renderer.
export function rendererTags() {
  const files = ['src/view.rs', ...readdirSync('src/view').map((f) => `src/view/${f}`)]
    .filter((f) => f.endsWith('.rs') && !f.endsWith('/tests.rs'));
  const tags = new Set();
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/El::new\("([a-z][a-z0-9]*)"\)/g)) tags.add(m[1]);
    for (const m of src.matchAll(/claim_item\([^;]*?"([a-z][a-z0-9]*)"/g)) tags.add(m[1]);
  }
  return [...tags].sort();
}

/// A page with the card's stylesheet and nothing else; `window.ic` is the
/// module, `window.icExports` what `init()` resolved to (holds `memory`).
/// Any script a payload manages to run sets `window.__xss`.
export async function blankPage(page) {
  await page.addInitScript(() => {
    window.__xss = 0;
    window.alert = window.confirm = window.prompt = () => { window.__xss = 'alert'; };
  });
  await page.addInitScript(installInspector, rendererTags());
  await page.route('**/__blank.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>incident-card test host</title>
<link rel="stylesheet" href="incident-card.css"></head>
<body><main id="hosts"></main>
<script type="module">
import init, * as ic from './pkg/incident_card.js';
window.icExports = await init();
window.ic = ic;
document.documentElement.dataset.ready = '1';
</script></body></html>`,
  }));
  await page.goto('/__blank.html');
  await page.waitForSelector('html[data-ready="1"]');
}

/// Page errors and console errors, collected as they happen.
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/// Runs in the page (installed as `window.__inspect(root)`): the problems of a
/// rendered card — elements the renderer does not emit, event-handler, style
/// or resource attributes, and any `href` that is not an http(s) link.
function installInspector(allowed) {
  const RESOURCE = ['style', 'src', 'srcdoc', 'srcset', 'formaction', 'action', 'xlink:href', 'background', 'poster', 'data'];
  window.__inspect = (root) => {
    const problems = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const tag = el.localName;
      if (!allowed.includes(tag)) problems.push(`unknown element <${tag}>`);
      for (const { name, value } of el.attributes) {
        const n = name.toLowerCase();
        if (n.startsWith('on') || RESOURCE.includes(n)) problems.push(`<${tag}> has attribute ${name}=${JSON.stringify(value)}`);
        if (n === 'href' && !(tag === 'a' && /^https?:\/\//.test(value))) problems.push(`<${tag}> has href=${JSON.stringify(value)}`);
      }
    }
    return problems;
  };
}

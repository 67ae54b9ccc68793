// For the generated page data/element.html: the card as documented for
// embedding, <incident-card> with the card's static HTML inside. Loaded
// before incident-card.js, so that this listener is in place when the
// element fires `incident-card:ready` (the live card has rendered).
document.addEventListener('incident-card:ready', () => {
  performance.mark('element-ready');
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { window.elementInteractive = performance.now(); };
    ch.port2.postMessage(0);
  });
});
document.addEventListener('incident-card:error', (ev) => {
  window.elementInteractive = -1;
  window.benchResult = { ok: false, error: String(ev.detail && ev.detail.message) };
});

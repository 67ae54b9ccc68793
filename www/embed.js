// Embed demo: what a host page can do with the cards' events and exports.
// Lists incident-card:select and incident-card:error events, and publishes
// each card's schema.org JSON-LD in <head> (a data block, never executed, so
// it needs no CSP exception).
const log = document.getElementById('event-log');

function note(text) {
  const li = document.createElement('li');
  li.textContent = text;
  log.append(li);
}

document.addEventListener('incident-card:select', (ev) => {
  const { claim, partyName, speaker } = ev.detail;
  note(`#${ev.target.id}: selected ${claim} (${speaker || partyName})`);
});

document.addEventListener('incident-card:error', (ev) => {
  note(`#${ev.target.id}: error: ${ev.detail.message}`);
});

// Under `require-trusted-types-for 'script'` even a data block's text must be
// trusted: a policy that only passes JSON (which a data block never runs).
const ldPolicy = window.trustedTypes?.createPolicy?.('incident-card-json-ld', {
  createScript: (text) => JSON.stringify(JSON.parse(text)),
});

document.addEventListener('incident-card:ready', (ev) => {
  const id = `ld-${ev.target.id}`;
  let script = document.getElementById(id);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.id = id;
    document.head.append(script);
  }
  const json = JSON.stringify(ev.detail.card.jsonLd());
  script.text = ldPolicy ? ldPolicy.createScript(json) : json;
});

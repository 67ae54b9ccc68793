// Demo page: load the wasm once and mount the card for the embedded article.
import init, { mount } from './pkg/incident_card.js';

const host = document.getElementById('card');
try {
  await init();
  window.incidentCard = mount(host, {});
  host.dataset.state = 'ready';
} catch (err) {
  host.dataset.state = 'error';
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = 'The incident card could not be shown: ' + (err && err.message ? err.message : String(err));
  host.replaceChildren(p);
}

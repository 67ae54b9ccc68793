// Fixture page: one card per fixture article, fetched from /data/fixtures/.
// Deep links are left to no card here (several cards share the page).
import init, { mount } from './pkg/incident_card.js';

const SOME = [
  '2024-03-12-trtworld-thailand-cambodia-border-fighting',
  '2020-11-26-trtworld-serbia-kosovo-jarinje-exchange-of-fire',
  '2023-01-09-trtworld-india-china-border-clash',
];
const ALL = [
  '2017-07-24-trtworld-southkorea-northkorea-dmz-shooting',
  '2019-10-23-trtworld-israel-lebanon-border-fire',
  '2020-11-26-trtworld-serbia-kosovo-jarinje-exchange-of-fire',
  '2021-12-04-trtworld-sudan-ethiopia-fashaga-attack',
  '2022-09-17-trtworld-kyrgyzstan-tajikistan-border-clashes',
  '2023-01-09-trtworld-india-china-border-clash',
  '2023-11-04-trtworld-drcongo-rwanda-border-shelling',
  '2024-03-12-trtworld-thailand-cambodia-border-fighting',
  '2024-06-16-trtworld-guyana-venezuela-cuyuni-river-attack',
  '2025-06-13-trtworld-pakistan-afghanistan-torkham-clash',
];

const list = document.getElementById('fixtures');
const names = new URLSearchParams(location.search).has('all') ? ALL : SOME;
window.incidentCards = [];
try {
  await init();
  list.replaceChildren();
  for (const name of names) {
    const section = document.createElement('section');
    section.className = 'fixture';
    section.setAttribute('aria-label', name);
    const label = document.createElement('p');
    label.className = 'fixture-name';
    label.textContent = name + '.txt';
    const host = document.createElement('div');
    host.className = 'card-host';
    host.dataset.fixture = name;
    section.append(label, host);
    list.append(section);
    const res = await fetch(`/data/fixtures/${name}.txt`);
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    window.incidentCards.push(mount(host, { article: await res.text(), deepLinks: false }));
    host.dataset.state = 'ready';
  }
  list.dataset.state = 'ready';
} catch (err) {
  list.dataset.state = 'error';
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = 'The incident cards could not be shown: ' + (err && err.message ? err.message : String(err));
  list.append(p);
}

// The peer's data: TimelineJS JSON built from the card's dataset (its
// `timeline` entries, the incident's title and the article's standfirst).

const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const KIND = { clash: 'Clash', ceasefire: 'Ceasefire', mediation: 'Mediation', statement: 'Statement', other: 'Event' };

export function timelineJson(dataset) {
  const party = (id) => dataset.parties.find((p) => p.id === id)?.name;
  const claim = (id) => dataset.claims.find((c) => c.id === id);
  return {
    title: { text: { headline: html(dataset.incident.title), text: html(dataset.article.standfirst) } },
    events: dataset.timeline.map((t) => {
      const [year, month, day] = t.date.split('-').map(Number);
      const who = t.claim ? party(claim(t.claim)?.party) : null;
      return {
        start_date: { year, month, day },
        display_date: `${t.date_phrase} (${t.date})`,
        text: { headline: (KIND[t.kind] ?? 'Event') + (who ? ` — according to ${who}` : ''), text: html(t.text) },
        group: KIND[t.kind] ?? 'Event',
      };
    }),
  };
}

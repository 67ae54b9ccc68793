// Panics contained: 1,000 malformed datasets through the public API
// (`mount(el, { dataset })`), made by seeded random mutations of a valid one
// (missing fields, wrong types, huge and negative numbers, wrong enums,
// broken references and offsets, nested junk, hostile getters and proxies,
// cycles), each give a
// typed error — an `Error` with a `field` — and never a wasm trap
// (`RuntimeError: unreachable`); a valid dataset still renders afterwards.
// Broken articles in the wire format give an `Error` with a `line`.
import { test, expect } from '@playwright/test';
import { blankPage, collectErrors } from './helpers.mjs';

const COUNT = 1000;

test(`${COUNT} malformed datasets give ${COUNT} typed errors and no trap; a valid one renders after`, async ({ page }) => {
  const errors = collectErrors(page);
  await blankPage(page);
  const r = await page.evaluate(async (count) => {
    const { mount, extract, defaultArticle } = window.ic;
    const base = extract(defaultArticle());

    // mulberry32: a small seeded PRNG, so that a failure can be replayed.
    let seed = 0x1c0ffee;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (list) => list[Math.floor(rand() * list.length)];
    const int = (n) => Math.floor(rand() * n);

    // The incident-card/1 schema (src/schema.rs): field → [shape, optional].
    const S = 'str', U = 'uint';
    const SPAN = { start: [U], end: [U] };
    const FIGURE = { subject: [S], kind: [S], value: [U], qualifier: [S, 1], group: [S, 1] };
    const SCHEMA = {
      schema: [S],
      article: [{
        title: [S], standfirst: [S, 1], published: [S], section: [S, 1], read_minutes: [U, 1],
        image_caption: [S, 1], image_credit: [S, 1], dateline: [S, 1], source: [S, 1], url: [S, 1],
        paragraphs: [[S]], related: [[S], 1],
      }],
      incident: [{ title: [S], kind: [S, 1], date: [S, 1], date_phrase: [S, 1], places: [[S], 1] }],
      parties: [[{ id: [S], name: [S], role: [['belligerent', 'mediator', 'third_party']], kind: [S, 1] }]],
      claims: [[{
        id: [S], party: [S], speaker: [S], text: [S], paragraph: [U], start: [U], end: [U],
        topic: [['casualties', 'responsibility', 'situation', 'statement']], date: [S, 1], date_phrase: [S, 1],
        figures: [[FIGURE], 1], cue: [SPAN, 1], speaker_span: [SPAN, 1], quotes: [[SPAN], 1],
      }]],
      timeline: [[{ date: [S], time_of_day: [S, 1], date_phrase: [S], text: [S], paragraph: [U], kind: [S, 1], claim: [S, 1] }]],
      context: [[{ text: [S], paragraph: [U], start: [U], end: [U], period: [S, 1], figures: [[FIGURE], 1] }]],
    };
    const isEnum = (shape) => Array.isArray(shape) && typeof shape[0] === 'string';
    const isList = (shape) => Array.isArray(shape) && !isEnum(shape);

    // Every field present in `value` with its shape: [container, key, shape, optional].
    function fields(value, shape, out = []) {
      for (const [key, [sub, optional]] of Object.entries(shape)) {
        const v = value?.[key];
        if (v === undefined || v === null) continue;
        out.push([value, key, sub, !!optional]);
        if (isList(sub)) {
          v.forEach((item, i) => {
            out.push([v, i, sub[0], false]);
            if (typeof sub[0] === 'object' && !isList(sub[0]) && !isEnum(sub[0])) fields(item, sub[0], out);
          });
        } else if (typeof sub === 'object' && !isEnum(sub)) {
          fields(v, sub, out);
        }
      }
      return out;
    }

    const deep = (n, leaf) => { let v = leaf; for (let i = 0; i < n; i++) v = [v]; return v; };
    // JSON data has no NaN, Infinity, undefined, functions or symbols: the
    // card reads such a value as null (absent), which is a valid optional
    // field, so an optional field gets a wrong value that survives as JSON.
    const survivesJson = (v) => typeof v !== 'symbol' && typeof v !== 'function' && !(typeof v === 'number' && !Number.isFinite(v));
    const wrongFor = (shape, optional) => {
      let v;
      do v = wrongValue(shape); while (optional && !survivesJson(v));
      return v;
    };
    const wrongValue = (shape) => {
      if (shape === S) return pick([0, 42, -1, true, false, [], ['text'], {}, { toString: () => 'x' }, deep(5000, 'x'), 10n, Symbol('s')]);
      if (shape === U) return pick([-1, -0.5, 1.5, 2 ** 32, 2 ** 53, Number.MAX_VALUE, 1e308, -1e308, NaN, Infinity, -Infinity, '3', '', true, [], {}, [3], 10n]);
      if (isEnum(shape)) return pick(['', 'villain', 'BELLIGERENT', 'Casualties', ' casualties', 3, true, [], {}, ['belligerent']]);
      if (isList(shape)) return pick(['', 'list', 5, true, {}, { length: 3, 0: 'a' }, deep(3000, {})]);
      return pick(['', 'object', 7, true, [], [{}], deep(10000, 1)]);
    };

    const MUTATIONS = {
      // A required field deleted, undefined or null.
      missing(d) {
        const req = fields(d, SCHEMA).filter(([c, , , opt]) => !opt && !Array.isArray(c));
        const [c, k] = pick(req);
        const how = int(3);
        if (how === 0) delete c[k]; else c[k] = how === 1 ? undefined : null;
        return `missing ${k}`;
      },
      // Any present field (an array element too) given a value of the wrong type.
      wrongType(d) {
        const [c, k, shape, optional] = pick(fields(d, SCHEMA));
        c[k] = wrongFor(shape, optional);
        return `wrong type at ${k}`;
      },
      // Broken references and offsets: valid types, inconsistent values.
      semantic(d) {
        const c = pick(d.claims);
        const paras = d.article.paragraphs.length;
        const chars = (i) => [...(d.article.paragraphs[i] ?? '')].length;
        const k = int(17);
        switch (k) {
          case 0: c.party = 'atlantis'; break;
          case 1: c.paragraph = paras + int(4000000000 - paras); break;
          case 2: c.start = c.end + 1 + int(100); break;
          case 3: c.end = chars(c.paragraph) + 1 + int(1e6); break;
          case 4: c.cue = { start: 0, end: chars(c.paragraph) + 1 + int(50) }; break;
          case 5: c.quotes = [{ start: 9, end: 3 }]; break;
          case 6: c.id = d.claims[(d.claims.indexOf(c) + 1) % d.claims.length].id; break;
          case 7: d.parties[1].id = d.parties[0].id; break;
          case 8: pick(d.parties).id = ''; break;
          case 9: d.claims.find((x) => x.figures?.length).figures[0].subject = 'nobody'; break;
          case 10: pick(d.timeline).date = pick(['2021-02-30', 'yesterday', '', '2021-13-01', '20211116']); break;
          case 11: pick(d.timeline).paragraph = paras + int(100); break;
          case 12: pick(d.context).end = 1e6; break;
          case 13: d.schema = pick(['incident-card/2', '', 'INCIDENT-CARD/1', 'incident-card/1 ']); break;
          case 14: d.article.title = pick(['', '   ', '\n\t']); break;
          case 15: d.article.published = pick(['2021-02-29', '17 November 2021', '2021-11-17T00:00:00Z', '']); break;
          default: c.speaker_span = { start: 5, end: 2 }; break;
        }
        return `semantic ${k}`;
      },
      // Not a dataset at all, or one whose structure is junk.
      junk(d) {
        const k = int(16);
        const hostile = { get() { throw new Error('hostile getter'); }, enumerable: true };
        switch (k) {
          case 0: return { replace: pick([0, 42, 'incident-card/1', true, [], [d], () => d, 10n, Symbol('d')]), what: 'not an object' };
          case 1: d.claims = deep(20000, d.claims); break;
          case 2: d.article = new Proxy({}, { get() { throw new Error('hostile getter'); } }); break;
          case 3: Object.defineProperty(d.article, 'title', { get() { throw new Error('hostile getter'); }, enumerable: true }); break;
          case 4: d.article.paragraphs = new Array(20001).fill('p'); break;
          case 5: d.parties = Array.from({ length: 501 }, (_, i) => ({ id: `p${i}`, name: 'P', role: 'third_party' })); break;
          case 6: d.claims = Array.from({ length: 5001 }, (_, i) => ({ ...d.claims[0], id: `c${i}` })); break;
          case 9: Object.defineProperty(d.article, 'url', hostile); d.article.title = 7; break;
          case 10: Object.defineProperty(d.article, 'extra', hostile); d.claims[0].topic = 'gossip'; break;
          case 11: d.parties[0] = new Proxy(d.parties[0], { ownKeys() { throw new Error('hostile proxy'); } }); d.parties[0].role = 'spy'; break;
          // Otherwise valid datasets that cannot be read as plain JSON data.
          case 12: Object.defineProperty(d.article, 'url', hostile); break;
          case 13: d.parties[0] = new Proxy(d.parties[0], { get(t, key) { if (key === 'kind') throw new Error('hostile proxy'); return t[key]; } }); break;
          case 14: { const cyclic = {}; cyclic.self = cyclic; d.article.extra = cyclic; break; }
          case 15: d.incident.extra = 10n; break;
          case 7: { const cyclic = { title: 'x' }; cyclic.self = cyclic; d.incident = cyclic; d.incident.title = 5; break; }
          default: d.timeline = [{ ...d.timeline[0], date: { valueOf: () => '2021-11-16' } }]; break;
        }
        return `junk ${k}`;
      },
    };
    const kinds = Object.keys(MUTATIONS);

    const safeJson = (v) => { try { return JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : x))?.slice(0, 2000); } catch (e) { return String(e); } };
    const host = document.getElementById('hosts');
    const out = { typed: 0, traps: [], untyped: [], accepted: [], byKind: {} };
    for (let i = 0; i < count; i++) {
      const kind = kinds[i % kinds.length];
      const caseSeed = seed;
      let dataset = structuredClone(base);
      let what = MUTATIONS[kind](dataset);
      if (typeof what === 'object') { dataset = what.replace; what = what.what; }
      out.byKind[kind] = (out.byKind[kind] ?? 0) + 1;
      try {
        const card = mount(host, { dataset, deepLinks: false });
        card.unmount();
        out.accepted.push({ i, seed: caseSeed, what });
      } catch (e) {
        const trap = e instanceof WebAssembly.RuntimeError || /unreachable|recursive use|already borrowed/i.test(String(e?.message));
        if (trap) out.traps.push({ i, seed: caseSeed, what, error: String(e), json: safeJson(dataset) });
        else if (e instanceof Error && e.name === 'IncidentCardError' && (typeof e.field === 'string' || typeof e.line === 'number')) out.typed++;
        else out.untyped.push({ i, seed: caseSeed, what, error: `${e?.name}: ${e?.message}` });
      }
    }

    // Broken articles in the wire format: an error with a line.
    const header = ' date 2021-11-17 WORLD\nHeadline\n\n';
    const articles = [
      '', '   \n\n', 'no header at all', ' date 2021-02-30 WORLD\nH\n\nBody.', ' date 2021-11-17\nH\n\nBody.',
      ' date 2021-11-17 WORLD', ' date 2021-11-17 WORLD\nHeadline only', `${header}a\u0000b`,
      `${header}${'x'.repeat(70000)}`, `${header}${'p\n'.repeat(20001)}`, 'x'.repeat(4 * 1024 * 1024 + 1),
      `${header}SOURCE:x`,
    ];
    for (const article of articles) {
      try {
        mount(host, { article, deepLinks: false }).unmount();
        out.accepted.push({ what: `article ${JSON.stringify(article.slice(0, 40))}` });
      } catch (e) {
        if (e instanceof Error && e.name === 'IncidentCardError' && Number.isInteger(e.line) && e.line >= 1) out.typed++;
        else out.untyped.push({ what: `article ${JSON.stringify(article.slice(0, 40))}`, error: String(e) });
      }
    }

    // A valid dataset still renders, and the card works.
    const card = mount(host, { dataset: base, deepLinks: false });
    host.querySelector('[data-act="tab:figures"]').click();
    const after = {
      title: host.querySelector('.ic-title')?.textContent,
      figures: host.querySelector('[data-tab=figures]')?.hidden === false,
    };
    card.unmount();
    return { ...out, articles: articles.length, after };
  }, COUNT);

  expect(r.traps, 'wasm traps (panics)').toEqual([]);
  expect(r.untyped, 'errors without a field or line').toEqual([]);
  expect(r.accepted, 'malformed input accepted').toEqual([]);
  expect(r.typed).toBe(COUNT + r.articles);
  expect(Object.values(r.byKind).reduce((a, b) => a + b)).toBe(COUNT);
  expect(r.after).toEqual({ title: 'Azerbaijan: Armenian forces killed, injured soldiers in border attack', figures: true });
  expect(errors.filter((e) => /unreachable|panicked/i.test(e))).toEqual([]);
});

// Untrusted text: every payload of tests/e2e/xss-payloads.json in every
// string field of a dataset, and in an article in the wire format, mounted
// through the JS API. No payload runs (`window.__xss` stays 0), every shown
// field's text is the input exactly, the card holds only element types the
// renderer knows, and data becomes an `href` only as an http(s) URL.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blankPage, collectErrors, rendererTags } from './helpers.mjs';

const PAYLOADS = JSON.parse(readFileSync('tests/e2e/xss-payloads.json', 'utf8'));
const TAGS = rendererTags();

test('the corpus and the allow-list are what the tests below assume', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  expect(new Set(PAYLOADS).size).toBe(PAYLOADS.length);
  for (const tag of ['article', 'header', 'h2', 'button', 'section', 'svg', 'rect', 'text', 'mark', 'q', 'a']) {
    expect(TAGS).toContain(tag);
  }
  for (const tag of ['script', 'img', 'iframe', 'style', 'template', 'object', 'embed', 'math', 'foreignobject', 'form', 'input']) {
    expect(TAGS).not.toContain(tag);
  }
});

test('payloads in every field of a dataset never run and show as the exact text', async ({ page }) => {
  const errors = collectErrors(page);
  await blankPage(page);
  const results = await page.evaluate(async ({ payloads }) => {
    const inspect = window.__inspect;
    const { mount } = window.ic;
    const chars = (s) => [...s].length;
    const titleCase = (s) => {
      let out = '';
      let start = true;
      for (const c of s) {
        out += start ? (/[a-z]/.test(c) ? c.toUpperCase() : c) : (/[A-Z]/.test(c) ? c.toLowerCase() : c);
        start = !/[\p{L}\p{N}]/u.test(c);
      }
      return out;
    };
    const capitalised = (s) => { const [f, ...rest] = [...s]; return (/[a-z]/.test(f) ? f.toUpperCase() : f) + rest.join(''); };

    function datasetFor(P) {
      const ids = [P, `${P}#2`, `${P}#3`, `${P}#4`];
      const whole = { start: 0, end: chars(P) };
      const figure = (subject, kind, value) => ({ subject, kind, value, qualifier: P, group: P });
      const claim = (id, party, paragraph, topic, figures) => ({
        id, party, speaker: P, text: P, paragraph, ...whole, topic,
        date: '2021-11-16', date_phrase: P, figures,
        cue: { start: 0, end: Math.min(1, chars(P)) }, speaker_span: null, quotes: [],
      });
      return {
        schema: 'incident-card/1',
        article: {
          title: P, standfirst: P, published: '2021-11-17', section: P, read_minutes: 3,
          image_caption: P, image_credit: P, dateline: P, source: P, url: P,
          paragraphs: [P, P, P], related: [P],
        },
        incident: { title: P, kind: P, date: '2021-11-16', date_phrase: P, places: [P] },
        parties: [
          { id: ids[0], name: P, role: 'belligerent', kind: P },
          { id: ids[1], name: P, role: 'belligerent', kind: P },
          { id: ids[2], name: P, role: 'mediator', kind: P },
          { id: ids[3], name: P, role: 'third_party', kind: P },
        ],
        claims: [
          claim(ids[0], ids[0], 0, 'casualties', [figure(ids[0], P, 7), figure(ids[1], 'killed', 1)]),
          claim(ids[1], ids[1], 1, 'responsibility', [figure(ids[1], 'wounded', 1)]),
          claim(ids[3], ids[3], 2, 'statement', []),
        ],
        timeline: [
          { date: '2021-11-16', time_of_day: P, date_phrase: P, text: P, paragraph: 0, kind: P, claim: ids[0] },
          { date: '2021-11-16', time_of_day: null, date_phrase: P, text: P, paragraph: 1, kind: 'ceasefire', claim: null },
        ],
        context: [{ text: P, paragraph: 2, ...whole, period: P, figures: [figure(ids[0], P, 6500)] }],
      };
    }

    const out = [];
    const hosts = document.getElementById('hosts');
    const cards = [];
    for (const P of payloads) {
      const problems = [];
      const host = document.createElement('div');
      hosts.append(host);
      const input = datasetFor(P);
      let card;
      try {
        card = mount(host, { dataset: input, deepLinks: false });
      } catch (e) {
        out.push({ P, problems: [`mount threw ${e.name}: ${e.message} (field ${e.field})`] });
        continue;
      }
      cards.push(card);
      const root = host.querySelector('.ic');
      const id = card.idPrefix;
      const expectText = (selector, want, { all = true } = {}) => {
        const els = [...root.querySelectorAll(selector)];
        if (els.length === 0) problems.push(`${selector}: not rendered`);
        for (const el of all ? els : els.slice(0, 1)) {
          if (el.textContent !== want) problems.push(`${selector}: ${JSON.stringify(el.textContent)} ≠ ${JSON.stringify(want)}`);
        }
      };
      // Header.
      expectText('.ic-title', P);
      expectText('.ic-kind', P);
      expectText('.ic-kicker > span:not(.ic-kind):not(.ic-sep)', P);
      expectText('.ic-meta > span:nth-child(1)', titleCase(P));
      expectText('.ic-meta > span:nth-child(3)', `Source: ${P}`);
      expectText('.ic-glance-name', `${P} says`);
      // Claims side by side, reactions, figures.
      expectText('.ic-colhead', `${P} says`);
      expectText('.ic-cell-party', `${P} says`);
      expectText('.ic-panel-claims .ic-speaker', P);
      expectText('.ic-panel-claims .ic-text', P);
      expectText('.ic-rx-names', P);
      expectText('.ic-panel-reactions .ic-text', P);
      expectText('.ic-th-side', `${P} says`);
      expectText('.ic-fig-v', `${P} 1`, { all: false });
      expectText('.ic-fig-g', ` ${P}`);
      if (![...root.querySelectorAll('.ic-fig-table tbody th')].some((th) => th.textContent === P)) problems.push('figure kind row not shown as text');
      // Timeline and background.
      expectText('.ic-ev-text', P);
      expectText('.ic-ev-phrase q', P);
      expectText('.ic-bg-text', P);
      expectText('.ic-bg-period', capitalised(P));
      // Article text.
      expectText('.ic-art-dateline', P);
      expectText('.ic-art-lead', P);
      for (const i of [0, 1, 2]) expectText(`#${CSS.escape(`${id}-p-${i}`)}`, P);
      expectText('.ic-art-source', `Source: ${P}`);
      // Provenance of a claim: the mark is the sentence, the banner names the speaker.
      card.showSource(input.claims[0].id);
      expectText('mark', P);
      expectText('.ic-prov-what strong', P);
      card.select(input.claims[1].id);
      if (!root.querySelector('.is-target')) problems.push('select() found no claim');
      // The dataset comes back exactly.
      const back = card.dataset();
      if (JSON.stringify(back) !== JSON.stringify(input)) problems.push('dataset() differs from the input');
      problems.push(...inspect(root));
      out.push({ P, problems });
    }
    // Give anything asynchronous (image errors, timers) a chance to run.
    await new Promise((r) => setTimeout(r, 300));
    for (const c of cards) c.unmount();
    return { out, xss: window.__xss, left: hosts.querySelectorAll('.ic').length };
  }, { payloads: PAYLOADS });

  expect(results.xss, 'a payload ran').toBe(0);
  const failures = results.out.filter((r) => r.problems.length).map((r) => `${JSON.stringify(r.P)}: ${r.problems.join('; ')}`);
  expect(failures).toEqual([]);
  expect(results.out.length).toBe(PAYLOADS.length);
  expect(results.left, 'unmount leaves the hosts empty').toBe(0);
  expect(errors).toEqual([]);
});

test('payloads in an article in the wire format never run and show as the exact text', async ({ page }) => {
  const errors = collectErrors(page);
  await blankPage(page);
  const results = await page.evaluate(async ({ payloads }) => {
    const inspect = window.__inspect;
    const { mount, extract, renderHtml } = window.ic;
    const out = [];
    for (const raw of payloads) {
      // One line each: the wire format is line-based and trims its lines.
      const P = raw.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
      const article = [
        ' date 2021-11-17 WORLD', '3 MIN READ', P, `Standfirst ${P}`, `Caption ${P} / Credit`,
        'November 17, 2021', '',
        `Armenia's defence ministry said ${P}.`, '', P, '', `READ MORE:${P}`, '', `SOURCE:${P}`, '',
      ].join('\n');
      const problems = [];
      if (P.includes('\0')) {
        try { extract(article); problems.push('a NUL byte was accepted'); } catch (e) {
          if (typeof e.line !== 'number') problems.push(`untyped error for a NUL byte: ${e}`);
        }
        out.push({ P, problems });
        continue;
      }
      const host = document.createElement('div');
      document.getElementById('hosts').append(host);
      let card;
      try {
        card = mount(host, { article, deepLinks: false });
      } catch (e) {
        out.push({ P, problems: [`mount threw ${e.name}: ${e.message}`] });
        continue;
      }
      const root = host.querySelector('.ic');
      const id = card.idPrefix;
      const text = (sel) => root.querySelector(sel)?.textContent;
      if (text('.ic-title') !== P) problems.push(`headline ${JSON.stringify(text('.ic-title'))}`);
      if (text('.ic-art-lead') !== `Standfirst ${P}`) problems.push(`standfirst ${JSON.stringify(text('.ic-art-lead'))}`);
      const p0 = text(`#${CSS.escape(`${id}-p-0`)}`);
      if (p0 !== `Armenia's defence ministry said ${P}.`) problems.push(`paragraph 0 ${JSON.stringify(p0)}`);
      const p1 = text(`#${CSS.escape(`${id}-p-1`)}`);
      if (p1 !== P) problems.push(`paragraph 1 ${JSON.stringify(p1)}`);
      if (text('.ic-art-source') !== `Source: ${P}`) problems.push(`source ${JSON.stringify(text('.ic-art-source'))}`);
      const d = extract(article);
      if (d.article.related[0] !== P) problems.push('related headline changed');
      problems.push(...inspect(root));
      // The static (no-JS) HTML of the same article, parsed inertly.
      const doc = new DOMParser().parseFromString(`<body>${renderHtml(article)}</body>`, 'text/html');
      const staticRoot = doc.body.firstElementChild;
      problems.push(...inspect(staticRoot).map((p) => `static: ${p}`));
      if (staticRoot.querySelector('h2').textContent !== P) problems.push('static headline differs');
      card.unmount();
      out.push({ P, problems });
    }
    await new Promise((r) => setTimeout(r, 300));
    return { out, xss: window.__xss };
  }, { payloads: PAYLOADS });

  expect(results.xss, 'a payload ran').toBe(0);
  const failures = results.out.filter((r) => r.problems.length).map((r) => `${JSON.stringify(r.P)}: ${r.problems.join('; ')}`);
  expect(failures).toEqual([]);
  expect(errors).toEqual([]);
});

const BAD_URLS = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  'java\nscript:window.__xss=1',
  '\u0000javascript:window.__xss=1',
  '\u0001javascript:window.__xss=1',
  'javascript://example.org/%0Awindow.__xss=1',
  'vbscript:msgbox(1)',
  'data:text/html,<script>window.__xss=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  'blob:https://example.org/5b1e4a8e-1f6e-4bdb-9d51-2c6a1c1bd0b4',
  'file:///etc/passwd',
  'ftp://example.org/a',
  'mailto:someone@example.org',
  'relative/page.html',
  '/absolute/page.html',
  '//example.org/protocol-relative',
  '?query',
  '#fragment',
  '',
  'http:',
  'https://',
  'http://[::1',
];
const GOOD_URLS = [
  'https://www.trtworld.com/europe/azerbaijan-armenian-forces-killed-injured-soldiers-in-border-attack-51903',
  'http://example.org',
  'HTTPS://EXAMPLE.org/A?b=1#c',
  ' https://example.org/leading-space ',
  'https://exa\tmple.org/tab',
  'https://example.org/<script>window.__xss=1</script>',
  'https://example.org/"onmouseover="window.__xss=1',
  'https:example.org/no-slashes',
  'http://bücher.example/umlaut',
];

test('only http(s) article URLs become links: parsed first, serialised by the URL parser, rel="noopener noreferrer"', async ({ page }) => {
  const errors = collectErrors(page);
  await blankPage(page);
  const results = await page.evaluate(async ({ bad, good }) => {
    const { mount, extract, defaultArticle } = window.ic;
    const base = extract(defaultArticle());
    const out = [];
    for (const [url, withSource] of [...bad, ...good].flatMap((u) => [[u, true], [u, false]])) {
      const dataset = structuredClone(base);
      dataset.article.url = url;
      if (!withSource) dataset.article.source = null;
      const host = document.createElement('div');
      document.getElementById('hosts').append(host);
      const card = mount(host, { dataset, deepLinks: false });
      const links = [...host.querySelectorAll('[href]')].map((a) => ({
        tag: a.localName, href: a.getAttribute('href'), rel: a.getAttribute('rel'),
      }));
      let expected = null;
      try { expected = new URL(url).href; } catch { /* not a URL */ }
      out.push({ url, withSource, links, expected, anchors: host.querySelectorAll('a').length });
      card.unmount();
    }
    return { out, xss: window.__xss };
  }, { bad: BAD_URLS, good: GOOD_URLS });
  expect(results.xss).toBe(0);
  for (const r of results.out) {
    const what = `${JSON.stringify(r.url)} (source line: ${r.withSource})`;
    if (BAD_URLS.includes(r.url)) {
      expect(r.links, what).toEqual([]);
    } else {
      expect(r.expected, what).toMatch(/^https?:\/\//);
      expect(r.links, what).toEqual([{ tag: 'a', href: r.expected, rel: 'noopener noreferrer' }]);
    }
  }
  expect(errors).toEqual([]);
});

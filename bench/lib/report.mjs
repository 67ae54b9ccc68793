// Budgets (issue 6) and the markdown report printed by `npm run bench`.
import { round } from './stats.mjs';

const KB = 1024;
const kb = (b) => (b === null || b === undefined ? '—' : `${(b / KB).toFixed(1)} KB`);
const ms = (x) => (x === null || x === undefined ? '—' : `${round(x, x < 10 ? 2 : 1)} ms`);
const num = (x) => (x === null || x === undefined ? '—' : x.toLocaleString('en-US'));
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/**
 * Linearity of the scaling runs. Cost per KB falls with size when there is a
 * fixed cost per call, so the test is the marginal cost: µs per added KB
 * between consecutive sizes (ms per added card). Growth is linear when the
 * last marginal cost is at most 1.5× the one before. It uses each size's
 * fastest run: the least disturbed by other work on the machine.
 */
export function linearity(scaling) {
  const marginal = (pts) => pts.slice(1).map((p, i) => round((p.y - pts[i].y) / (p.x - pts[i].x), 3));
  const verdict = (m) => {
    if (m.length < 2 || m.some((x) => x === null || !Number.isFinite(x))) return { ratio: null, verdict: 'not measured' };
    const ratio = round(m.at(-1) / m.at(-2), 2);
    return { ratio, verdict: ratio <= 1.5 ? 'linear' : ratio <= 2 ? 'close to linear' : 'faster than linear' };
  };
  const arts = scaling.articles;
  const kb = (a) => a.bytes / 1024;
  const extract = marginal(arts.map((a) => ({ x: kb(a), y: a.extract_min_ms * 1000 })));
  const mounts = arts.filter((a) => a.mount_min_ms !== null);
  const mount = marginal(mounts.map((a) => ({ x: kb(a), y: a.mount_min_ms * 1000 })));
  const cards = marginal([{ x: 0, y: 0 }, ...scaling.cards.map((c) => ({ x: c.cards, y: c.mount_min_ms }))]).slice(1);
  return {
    sizes_kb: arts.map((a) => round(kb(a), 1)),
    extract_us_per_added_kb: extract,
    extract: verdict(extract),
    mount_us_per_added_kb: mount,
    mount: verdict(mount),
    cards: scaling.cards.map((c) => c.cards),
    ms_per_added_card: cards,
    cards_growth: verdict(cards),
  };
}

export function budgets(r) {
  const list = [];
  const add = (name, limit, value, pass, detail = '') => list.push({ name, limit, value, pass: pass === null ? null : Boolean(pass), detail });
  const gz = r.shipped?.total?.gzip;
  if (gz !== undefined) add('shipped total (wasm + JS + CSS), gzip -9', '≤ 60 KB', kb(gz), gz <= 60 * KB, `${num(gz)} B; ${round(gz / (60 * KB), 2)}× the budget`);
  const L = r.loads;
  if (L) {
    const cardG = L.bytes.card_page.total.gzip, peerG = L.bytes.peer_page.total.gzip;
    const ratioG = round(peerG / cardG, 2);
    const ratioT = round(L.bytes.peer_page.total.transferred / L.bytes.card_page.total.transferred, 2);
    add('bytes: TimelineJS page ÷ card page (gzip -9 of every response)', '≥ 2×', `${ratioG}×`, ratioG >= 2, `card ${kb(cardG)} vs TimelineJS ${kb(peerG)}; as transferred here (uncompressed): ${ratioT}×`);
    const m = L.card.mount_cold.median;
    add('mount of the embedded article (extract + first render), cold, median', '≤ 10 ms', ms(m), m <= 10, `p10 ${ms(L.card.mount_cold.p10)}, p90 ${ms(L.card.mount_cold.p90)}; render from a dataset alone ${ms(L.card.render_from_dataset.median)}`);
    const cv = L.card.nav_to_visible.median, pv = L.peer.nav_to_visible.median;
    const ratio = round(pv / cv, 2);
    const floor = L.blank.nav_to_visible.median;
    add('navigation → visible: TimelineJS ÷ card', '≥ 3×', `${ratio}×`, ratio >= 3,
      `card ${ms(cv)} vs TimelineJS ${ms(pv)} (medians); demo page ${ms(L.demo.nav_to_visible.median)}; above the empty shell's ${ms(floor)}: card +${ms(cv - floor)}, TimelineJS +${ms(pv - floor)} (${round((pv - floor) / (cv - floor), 2)}×)` +
      (L.element ? `; <incident-card> with static HTML: static card ${ms(L.element.static_visible.median)} (${round(pv / L.element.static_visible.median, 2)}×), live card ${ms(L.element.interactive_visible.median)}` : ''));
  }
  const I = r.interactions;
  if (I) {
    for (const kind of ['tab', 'provenance', 'swap']) {
      const h = I[kind].handler_ms.median;
      add(`interaction handler: ${kind}, median`, '≤ 2 ms', ms(h), h <= 2, `p90 ${ms(I[kind].handler_ms.p90)}; to next frame ${ms(I[kind].to_next_frame_ms.median)}; Event Timing ${I[kind].event_timing.median_text} ms`);
    }
  }
  if (L && I) {
    const lt = [L.longtasks.cardMount, L.longtasks.cardExtract, L.longtasks.demo, L.longtasks.element, I.session.longtasks].filter(Boolean);
    const count = lt.reduce((s, x) => s + x.count, 0);
    const max = Math.max(...lt.map((x) => x.max_ms));
    const per = (label, x) => `${label} ${x.loads_with_longtask}/${L.loads} loads (longest ${ms(x.max_ms)})`;
    add('long tasks (> 50 ms) on the card pages: loads and interactions', 'none', count ? `${count}, longest ${ms(max)}` : 'none', count === 0,
      `${per('bench page', L.longtasks.cardMount)}; ${per('demo', L.longtasks.demo)}; ${L.longtasks.element ? per('<incident-card>', L.longtasks.element) + '; ' : ''}interactions ${I.session.longtasks.count}; TimelineJS page: ${per('', L.longtasks.peer).trim()}`);
    const cardPages = ['cardMount', 'cardExtract', 'demo', 'element'].filter((k) => L.layout_shift[k]);
    const shiftLoads = cardPages.reduce((a, k) => a + L.layout_shift[k].loads_with_shift, 0);
    const maxShift = Math.max(...cardPages.map((k) => L.layout_shift[k].max_per_load), I.session.layout_shift_without_input);
    const el = L.layout_shift.element;
    add('layout shift from the card (loads and interactions, without recent input)', '0', String(maxShift), maxShift === 0,
      `${shiftLoads} loads with a shift` + (el ? ` (<incident-card> static → live: ${el.loads_with_shift}/${L.loads} loads, up to ${el.max_per_load}${el.sources.length ? ', ' + el.sources.slice(0, 3).join(', ') : ''})` : '') +
      `; after input (excluded): ${I.session.layout_shift_after_input}`);
  }
  const LH = r.lighthouse;
  if (LH?.runs?.mobile) {
    const s = LH.runs.mobile.scores;
    add('Lighthouse (mobile preset) performance / accessibility / best practices', '≥ 95 / 100 / 100', `${s.performance} / ${s.accessibility} / ${s['best-practices']}`,
      s.performance >= 95 && s.accessibility === 100 && s['best-practices'] === 100,
      LH.runs.desktop ? `desktop preset: ${Object.values(LH.runs.desktop.scores).join(' / ')}` : '');
  } else if (r.lighthouse) {
    add('Lighthouse', '≥ 95 / 100 / 100', 'did not run', null, r.lighthouse.error ?? '');
  }
  return list;
}

export function markdown(r) {
  const out = [];
  const h = (t) => out.push('', `### ${t}`, '');
  out.push(`## incident-card benchmark (${r.meta.date}, ${r.meta.commit.slice(0, 10)}${r.meta.dirty ? ' + local changes' : ''}, ${r.meta.cpu} × ${r.meta.cpus}, Chromium ${r.meta.chromium})`);
  const ml = Object.entries(r.meta.machine_load ?? {});
  if (ml.length) {
    out.push('', `CPU busy (all cores, other processes) just before each timed step: ${ml.map(([k, v]) => `${k} ${v.busy_before === null ? '?' : Math.round(v.busy_before * 100) + '%'}${v.waited_s > 3 ? ` after waiting ${v.waited_s} s` : ''}${v.quiet ? '' : ' (NOT quiet)'}`).join(', ')}.`);
  }

  if (r.shipped) {
    h('Shipped bytes (what a page loads to show a card)');
    out.push(table(['file', 'role', 'raw', 'gzip -9', 'brotli'], [
      ...r.shipped.files.map((f) => [f.file, f.role, num(f.raw), num(f.gzip), num(f.brotli)]),
      ['**total**', '', `**${num(r.shipped.total.raw)}**`, `**${num(r.shipped.total.gzip)}**`, `**${num(r.shipped.total.brotli)}**`],
      ...r.shipped.demo_only.map((f) => [f.file, f.role, num(f.raw), num(f.gzip), num(f.brotli)]),
    ]));
  }

  const L = r.loads;
  if (L) {
    h(`Page loads (${L.loads} fresh browser contexts per page; ms; median, p10–p90)`);
    const row = (label, s) => [label, ms(s.median), `${ms(s.p10)} – ${ms(s.p90)}`];
    out.push(table(['measure', 'median', 'p10 – p90'], [
      row('wasm init: fetch + compile + instantiate (streaming)', L.card.init_fetch_compile_instantiate),
      row('… of which after the last wasm byte arrived', L.card.compile_after_bytes),
      row('WebAssembly.compile from bytes, alone', L.card.compile_from_bytes),
      row('WebAssembly.instantiate, alone', L.card.instantiate_from_module),
      row('extract(embedded article), cold', L.card.extract_cold),
      row('extract(embedded article), warm', L.card.extract_warm),
      row('**mount(host, {}): extract + first render, cold**', L.card.mount_cold),
      row('mount(host, {dataset}): first render alone', L.card.render_from_dataset),
      row('navigation → card visible (bench page)', L.card.nav_to_visible),
      row('navigation → card visible (demo page, index.html)', L.demo.nav_to_visible),
      row('navigation → TimelineJS timeline rendered', L.peer.nav_to_visible),
      row('navigation → the same page shell, empty (the floor)', L.blank.nav_to_visible),
      ...(L.element ? [
        row('<incident-card> with static HTML: navigation → static card visible', L.element.static_visible),
        row('<incident-card>: navigation → live card rendered (incident-card:ready, next frame)', L.element.interactive_visible),
      ] : []),
    ]));
    out.push('', `First contentful paint: card page ${ms(L.card.fcp.median)}, demo ${ms(L.demo.fcp.median)}, TimelineJS ${ms(L.peer.fcp.median)}. LCP on the demo page ${ms(L.demo.lcp.median)}.`);
    if (L.longest_frame) {
      const f = (k, label) => {
        const x = L.longest_frame[k];
        const src = Object.entries(x.script_by_source_median).map(([s, d]) => `${s} ${ms(d)}`).join(', ');
        return `${label} ${ms(x.duration.median)} (scripts: ${src || '—'}; style + layout ${ms(x.style_and_layout.median)})`;
      };
      out.push('', `Longest animation frame per load, median: ${f('cardMount', 'card bench page')}; ${f('demo', 'demo')}; ${f('peer', 'TimelineJS')}.`);
    }
  }

  const I = r.interactions;
  if (I) {
    h(`Interactions (demo page, ${I.tab.n} each, Playwright clicks)`);
    out.push(table(['interaction', 'handler median', 'handler p90', 'click → next frame, median', 'Event Timing (≥ 16 ms entries / n), median'], ['tab', 'provenance', 'swap'].map((k) => [
      { tab: 'switch tab', provenance: 'open provenance (src:…)', swap: 'swap sides' }[k], ms(I[k].handler_ms.median), ms(I[k].handler_ms.p90), ms(I[k].to_next_frame_ms.median),
      `${I[k].event_timing.median_text} ms (${I[k].event_timing.entries_at_least_16ms}/${I[k].n})`,
    ])));
  }

  const M = r.memory;
  if (M) {
    h('Memory (after forced GC)');
    out.push(table(['point', 'wasm memory', 'JS heap used', 'DOM nodes'], M.points.map((p) => [p.label, num(p.wasm_memory_bytes), num(p.js_heap_used), num(p.dom_nodes)])));
    out.push('', `Mean time per mount/unmount cycle: ${ms(M.cycle_ms_mean)}.`);
  }

  const S = r.scaling;
  if (S) {
    h('Scaling (lab page, warm)');
    out.push(table(['input', 'claims', 'DOM nodes', 'extract', 'µs/KB', 'mount (article)', 'µs/KB', 'render (dataset)', 'mount → frame'], [
      ...S.articles.map((a) => [`article ${num(a.bytes)} B`, num(a.claims), num(a.domNodes), ms(a.extract_ms), a.extract_us_per_kb,
        a.mount_error ? `refused: ${a.mount_error.replace(/^.*: /, '')}` : ms(a.mount_ms), a.mount_us_per_kb ?? '—',
        ms(a.render_ms) + (a.render_claims !== a.claims ? ` (first ${num(a.render_claims)} claims)` : ''), ms(a.mount_to_frame_ms)]),
      ...(S.claims_200 ? [[`dataset of ${S.claims_200.claims} claims`, S.claims_200.claims, num(S.claims_200.domNodes), '—', '—', '—', '—', ms(S.claims_200.render_ms), ms(S.claims_200.render_to_frame_ms)]] : []),
    ]));
    out.push('', table(['cards on one page', 'mount', 'ms per card', 'mount → frame', 'ms per card', 'DOM nodes'], S.cards.map((c) => [c.cards, ms(c.mount_ms), c.ms_per_card, ms(c.mount_to_frame_ms), c.frame_ms_per_card, num(c.dom_nodes)])));
    const lin = r.linearity;
    if (lin) {
      out.push('', `Growth (marginal cost between consecutive sizes, fastest runs): extract ${lin.extract_us_per_added_kb.map((x) => round(x, 0)).join(' → ')} µs per added KB ` +
        `(1 → 10 → 100 → 1,000 KB; last ÷ previous ${lin.extract.ratio}: ${lin.extract.verdict}); ` +
        `mount ${lin.mount_us_per_added_kb.map((x) => round(x, 0)).join(' → ')} µs per added KB (${lin.mount.ratio}: ${lin.mount.verdict}); ` +
        `cards ${lin.ms_per_added_card.join(' → ')} ms per added card (1 → 10 → 50; ${lin.cards_growth.ratio}: ${lin.cards_growth.verdict}).`);
    }
  }

  if (L) {
    h('Peer: the same incident in Knight Lab TimelineJS (same page shell, same run)');
    const p = (label, b, v) => [label, b.requests, num(b.total.transferred), num(b.total.raw), num(b.total.gzip), num(b.total.brotli), ms(v.median)];
    out.push(table(['page', 'requests', 'transferred here', 'raw', 'gzip -9', 'brotli', 'navigation → visible'], [
      p('incident card (bench/card.html)', L.bytes.card_page, L.card.nav_to_visible),
      p('TimelineJS (bench/timeline.html)', L.bytes.peer_page, L.peer.nav_to_visible),
      ...(L.element ? [p('<incident-card> + static HTML (static card visible)', L.bytes.element_page, L.element.static_visible)] : []),
    ]));
    const r1 = round(L.bytes.peer_page.total.gzip / L.bytes.card_page.total.gzip, 2);
    const r2 = round(L.peer.nav_to_visible.median / L.card.nav_to_visible.median, 2);
    out.push('', `Ratio TimelineJS ÷ card: ${r1}× the bytes (gzip), ${r2}× the time to visible.` + (L.bytes.peer_page.offsite.length ? ` TimelineJS tried off-site requests: ${L.bytes.peer_page.offsite.join(', ')}.` : ''));
  }

  const N = r.native;
  if (N && !N.error) {
    h('Native extraction (cargo bench --bench extract)');
    out.push(`${N.corpus_line ?? ''}`, '', table(['article', 'extract', 'µs per KB'], N.scaling.map((s) => [`${num(s.bytes)} B`, ms(s.ms), round((s.ms * 1000) / (s.bytes / 1024), 1)])));
  }

  const LH = r.lighthouse;
  if (LH) {
    h(`Lighthouse ${LH.version ?? ''} on the demo page`);
    if (LH.error) out.push(`Did not run: ${LH.error}`);
    else out.push(table(['preset', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS'], Object.entries(LH.runs).map(([k, v]) => [
      k, v.scores.performance, v.scores.accessibility, v.scores['best-practices'], v.metrics['first-contentful-paint'], v.metrics['largest-contentful-paint'], v.metrics['total-blocking-time'], v.metrics['cumulative-layout-shift'],
    ])));
  }

  if (r.opt_level) {
    h(`opt-level "s" versus "z" (Cargo.toml: "${r.opt_level.configured}")`);
    out.push(table(['opt-level', 'wasm raw', 'wasm gzip -9', 'wasm brotli', 'glue gzip -9'], Object.entries(r.opt_level.levels).map(([k, v]) => [k, num(v.wasm.raw), num(v.wasm.gzip), num(v.wasm.brotli), num(v.glue.gzip)])));
  }
  if (r.size_profile && !r.size_profile.error) {
    h('Size profile: twiggy top (first 12 of 25; all in results.json)');
    out.push(table(['item', 'shallow bytes', '%'], r.size_profile.top.slice(0, 12).map((t) => [`\`${t.item.length > 70 ? t.item.slice(0, 67) + '…' : t.item}\``.replace(/\|/g, '\\|'), num(t.shallow_bytes), t.shallow_percent])));
  }

  h('Budgets (issue 6)');
  out.push(table(['budget', 'limit', 'measured', 'result', 'detail'], r.budgets.map((b) => [b.name, b.limit, b.value, b.pass === null ? 'n/a' : b.pass ? 'PASS' : '**FAIL**', b.detail])));
  const skipped = Object.entries(r.errors ?? {});
  if (skipped.length) {
    h('Steps that failed');
    out.push(...skipped.map(([k, v]) => `- ${k}: ${v}`));
  }
  return out.join('\n');
}

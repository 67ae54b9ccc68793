//! The casualty comparison: who claims (columns) × what kind (rows), each
//! figure saying whose losses it counts. Drawn twice from the same data: a
//! small SVG bar chart built here (no charting library) and an accessible
//! table whose numbers open their source sentence. Context figures (earlier
//! wars) are never part of it.

use super::claims::join_classes;
use super::{side_order, Ctx};
use crate::markup::El;
use crate::model::{CasualtyFigure, Claim, Dataset, Party, Role};
use crate::text::push_u64;

/// The kinds in display order; other kinds a dataset may carry follow them.
const KINDS: [&str; 4] = ["killed", "wounded", "captured", "missing"];

/// One figure and the claim it comes from.
#[derive(Debug, Clone, Copy)]
pub struct FigureRef<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Index into `claim.figures`.
    pub index: usize,
    /// The figure.
    pub figure: &'a CasualtyFigure,
}

/// A claimant's figures: one column of the comparison.
#[derive(Debug)]
pub struct FigureColumn<'a> {
    /// Who makes the claims.
    pub party: &'a Party,
    /// Their figures, in claim order.
    pub figures: Vec<FigureRef<'a>>,
}

/// The comparison's columns: both belligerents in display order (even without
/// figures, so a missing figure reads "not stated"), then any other claimant
/// that gives figures.
pub fn figure_columns<'a>(data: &'a Dataset, sides: &[&'a Party]) -> Vec<FigureColumn<'a>> {
    let of = |p: &'a Party| FigureColumn {
        party: p,
        figures: data
            .claims
            .iter()
            .filter(|c| c.party == p.id)
            .flat_map(|c| {
                c.figures
                    .iter()
                    .enumerate()
                    .map(move |(index, figure)| FigureRef {
                        claim: c,
                        index,
                        figure,
                    })
            })
            .collect(),
    };
    let mut cols: Vec<FigureColumn<'a>> = sides.iter().map(|p| of(p)).collect();
    for p in data.parties.iter().filter(|p| p.role != Role::Belligerent) {
        let col = of(p);
        if !col.figures.is_empty() {
            cols.push(col);
        }
    }
    cols
}

/// The kinds that occur, in display order.
fn kinds_present<'a>(cols: &[FigureColumn<'a>]) -> Vec<&'a str> {
    let mut kinds: Vec<&str> = Vec::new();
    for k in KINDS {
        if cols
            .iter()
            .any(|c| c.figures.iter().any(|f| f.figure.kind == k))
        {
            kinds.push(k);
        }
    }
    for c in cols {
        for f in &c.figures {
            if !kinds.contains(&f.figure.kind.as_str()) {
                kinds.push(f.figure.kind.as_str());
            }
        }
    }
    kinds
}

fn kind_label(s: &'static crate::i18n::Strings, kind: &str) -> std::borrow::Cow<'static, str> {
    match kind {
        "killed" => s.kind_killed.into(),
        "wounded" => s.kind_wounded.into(),
        "captured" => s.kind_captured.into(),
        "missing" => s.kind_missing.into(),
        other => other.to_string().into(),
    }
}

/// `killed`, `wounded` … inside a sentence.
pub(super) fn kind_word<'a>(s: &'static crate::i18n::Strings, kind: &'a str) -> &'a str {
    match kind {
        "killed" => s.kinds_lower[0],
        "wounded" => s.kinds_lower[1],
        "captured" => s.kinds_lower[2],
        "missing" => s.kinds_lower[3],
        other => other,
    }
}

/// `at least 18 soldiers`, `7 servicemen`, `15`.
pub(super) fn figure_text(s: &crate::i18n::Strings, f: &CasualtyFigure) -> String {
    let mut t = value_text(s, f);
    if let Some(g) = group_word(f) {
        t.push(' ');
        t.push_str(g);
    }
    t
}

/// `at least 18`, `12,500`.
fn value_text(s: &crate::i18n::Strings, f: &CasualtyFigure) -> String {
    let mut t = String::new();
    if let Some(q) = f.qualifier.as_deref().filter(|q| !q.is_empty()) {
        t.push_str(s.qualifier(q));
        t.push(' ');
    }
    s.push_number(&mut t, f.value);
    t
}

/// The people noun as written, unless it would read wrong next to the number:
/// the article's `one Armenian soldier` can lend `soldier` to `13 were
/// captured`, and `13 soldier` is worse than `13`.
pub fn group_word(f: &CasualtyFigure) -> Option<&str> {
    let g = f.group.as_deref().filter(|g| !g.is_empty())?;
    let plural = g.ends_with('s')
        || g.ends_with("men")
        || g.ends_with("people")
        || matches!(g, "police" | "personnel" | "staff" | "children" | "crew");
    (f.value == 1 || plural).then_some(g)
}

/// Whose losses: `own losses`, `Thailand's losses`, `whose losses is not said`.
pub(super) fn whose(ctx: &Ctx<'_>, claimant: &str, subject: &str) -> String {
    let s = ctx.s();
    if subject == claimant {
        return String::from(s.own_losses);
    }
    match ctx.data.party(subject) {
        Some(p) => {
            let mut t = String::from(s.losses_of_before);
            t.push_str(&p.name);
            t.push_str(s.losses_of_after);
            t
        }
        None => String::from(s.losses_unknown),
    }
}

/// The figures panel's body.
pub(super) fn figures(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let sides = side_order(ctx.data, ctx.state);
    let cols = figure_columns(ctx.data, &sides);
    let mut body = El::new("div").child(El::new("p").class("ic-caveat").text(s.figures_caveat));
    if cols.iter().all(|c| c.figures.is_empty()) {
        body = body.child(El::new("p").class("ic-empty").text(s.no_figures));
    } else {
        let kinds = kinds_present(&cols);
        body = body.child(
            El::new("div")
                .class("ic-fig-layout")
                .child(chart(ctx, &cols, &kinds))
                .child(table(ctx, &cols, &kinds)),
        );
        if !ctx.static_html {
            body = body.child(El::new("p").class("ic-note").text(s.figures_hint));
        }
    }
    if ctx.data.context.iter().any(|c| !c.figures.is_empty()) {
        body = body.child(El::new("p").class("ic-note").text(s.context_note));
    }
    body
}

fn table(ctx: &Ctx<'_>, cols: &[FigureColumn<'_>], kinds: &[&str]) -> El {
    let s = ctx.s();
    let mut head = El::new("tr").child(
        El::new("th")
            .attr("scope", "col")
            .class("ic-th-kind")
            .text(s.table_corner),
    );
    for c in cols {
        head = head.child(
            El::new("th")
                .attr("scope", "col")
                .attr(
                    "class",
                    join_classes("ic-th-side", ctx.party_class(&c.party.id)),
                )
                .text(s.says_before)
                .child(
                    El::new("span")
                        .class("ic-th-name")
                        .attr("dir", "auto")
                        .text(c.party.name.clone()),
                )
                .child(El::new("span").class("ic-th-says").text(s.says_after)),
        );
    }
    let mut tbody = El::new("tbody");
    for kind in kinds {
        let mut tr =
            El::new("tr").child(El::new("th").attr("scope", "row").text(kind_label(s, kind)));
        for c in cols {
            let mine: Vec<&FigureRef<'_>> = c
                .figures
                .iter()
                .filter(|f| f.figure.kind == *kind)
                .collect();
            let mut td = El::new("td");
            if mine.is_empty() {
                td = td.child(El::new("span").class("ic-ns").text(s.not_stated));
            }
            for f in mine {
                td = td.child(figure_entry(ctx, c, f));
            }
            tr = tr.child(td);
        }
        tbody = tbody.child(tr);
    }
    El::new("div").class("ic-table-wrap").child(
        El::new("table")
            .class("ic-fig-table")
            .child(El::new("caption").text(s.table_caption))
            .child(El::new("thead").child(head))
            .child(tbody),
    )
}

fn figure_entry(ctx: &Ctx<'_>, col: &FigureColumn<'_>, f: &FigureRef<'_>) -> El {
    let s = ctx.s();
    let who = whose(ctx, &col.party.id, &f.figure.subject);
    let mut el = El::new("div").class("ic-fig");
    let value = El::new("span")
        .class("ic-fig-v")
        .text(value_text(s, f.figure));
    let group = group_word(f.figure).map(|g| {
        let mut t = String::from(" ");
        t.push_str(g);
        El::new("span").class("ic-fig-g").text(t)
    });
    if ctx.static_html {
        el = el.child(
            El::new("span")
                .class("ic-fig-n")
                .child(value)
                .child_opt(group),
        );
    } else {
        let mut act = String::from("src:");
        act.push_str(&f.claim.id);
        let mut id = String::from("fig-");
        id.push_str(&f.claim.id);
        id.push('-');
        crate::text::push_usize(&mut id, f.index);
        let mut hidden = String::from(s.fig_source_hint);
        hidden.push_str(&f.claim.speaker);
        el = el.child(
            El::new("button")
                .attr("type", "button")
                .class("ic-fig-n")
                .attr("id", ctx.id(&id))
                .attr("data-act", act)
                .child(value)
                .child_opt(group)
                .child(super::claims::vh(hidden)),
        );
    }
    el.child(El::new("span").class("ic-whose").text(who))
}

// Chart geometry, in SVG user units (the SVG scales to its box).
const W: f32 = 320.0;
const FONT: f32 = 13.0;
const CHAR_W: f32 = 7.1;
const GROUP_H: f32 = 26.0;
const LINE_H: f32 = 16.0;
const BAR_H: f32 = 14.0;
const ROW_GAP: f32 = 10.0;

fn chart(ctx: &Ctx<'_>, cols: &[FigureColumn<'_>], kinds: &[&str]) -> El {
    let s = ctx.s();
    let max = cols
        .iter()
        .flat_map(|c| c.figures.iter())
        .map(|f| f.figure.value)
        .max()
        .unwrap_or(1)
        .max(1) as f32;
    let max_bar = W - 70.0;
    let mut y = 0.0_f32;
    let mut g = El::new("g");
    let rtl = ctx.lang.is_rtl();
    for kind in kinds {
        g = g.child(svg_text(rtl, 0.0, y + 18.0, "ic-ch-kind").text(kind_label(s, kind)));
        y += GROUP_H;
        for c in cols {
            for f in c.figures.iter().filter(|f| f.figure.kind == *kind) {
                let (row, h) = bar(ctx, c, f, y, max, max_bar);
                g = g.child(row);
                y += h;
            }
        }
        y += ROW_GAP;
    }
    let height = y.ceil();
    let mut vb = String::from("0 0 ");
    push_num(&mut vb, W);
    vb.push(' ');
    push_num(&mut vb, height);
    El::new("figure").class("ic-chart").child(
        El::new("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", vb)
            .attr("role", "img")
            .attr("aria-labelledby", ctx.id("chart-t"))
            .attr("focusable", "false")
            .child(
                El::new("title")
                    .attr("id", ctx.id("chart-t"))
                    .text(s.chart_title),
            )
            .child(g),
    )
}

/// One bar: a label line (`Azerbaijan says · own losses`), the bar, the value.
fn bar(
    ctx: &Ctx<'_>,
    col: &FigureColumn<'_>,
    f: &FigureRef<'_>,
    y: f32,
    max: f32,
    max_bar: f32,
) -> (El, f32) {
    let s = ctx.s();
    let mut label = String::from(s.says_before);
    label.push_str(&col.party.name);
    label.push_str(s.says_after);
    label.push_str(" · ");
    label.push_str(&whose(ctx, &col.party.id, &f.figure.subject));
    let lines = wrap(&label, ((W / CHAR_W) as usize).max(10));
    let mut g = El::new("g").attr(
        "class",
        join_classes("ic-ch-row", ctx.party_class(&col.party.id)),
    );
    let value = figure_text(s, f.figure);
    let mut tip = label.clone();
    tip.push_str(s.colon);
    tip.push_str(&value);
    tip.push(' ');
    tip.push_str(kind_word(s, &f.figure.kind));
    g = g.child(El::new("title").text(tip));
    let rtl = ctx.lang.is_rtl();
    let mut ty = y + FONT;
    for line in &lines {
        g = g.child(svg_text(rtl, 0.0, ty, "ic-ch-label").text(line.clone()));
        ty += LINE_H;
    }
    let bar_y = y + LINE_H * lines.len() as f32 + 3.0;
    let w = (f.figure.value as f32 / max * max_bar).max(2.0);
    g = g.child(
        El::new("rect")
            .class("ic-ch-bar")
            .attr("x", num(if rtl { W - w } else { 0.0 }))
            .attr("y", num(bar_y))
            .attr("width", num(w))
            .attr("height", num(BAR_H)),
    );
    let open_ended = matches!(
        f.figure.qualifier.as_deref(),
        Some("at least" | "more than" | "over")
    );
    let mut end = w;
    if open_ended {
        // A chevron after the bar: the figure is a lower bound.
        let mut d = String::from("M");
        push_num(&mut d, mirror(rtl, w + 3.0));
        d.push(' ');
        push_num(&mut d, bar_y);
        d.push_str(if rtl { "l-6 7 6 7" } else { "l6 7-6 7" });
        g = g.child(El::new("path").class("ic-ch-more").attr("d", d));
        end += 9.0;
    }
    let est = value.chars().count() as f32 * CHAR_W;
    let text_y = bar_y + BAR_H - 3.0;
    let t = if end + 6.0 + est <= W || w < est + 12.0 {
        svg_text(rtl, end + 6.0, text_y, "ic-ch-value")
    } else {
        svg_text(rtl, w - 6.0, text_y, "ic-ch-value ic-ch-in").attr("text-anchor", "end")
    };
    g = g.child(t.text(value));
    let h = LINE_H * lines.len() as f32 + 3.0 + BAR_H + 8.0;
    (g, h)
}

/// A text at `x` from the chart's start edge: the left, or in a
/// right-to-left card the right. (`text-anchor` follows the inherited
/// `direction`, so `start` and `end` need no mirroring.)
fn svg_text(rtl: bool, x: f32, y: f32, class: &'static str) -> El {
    El::new("text")
        .class(class)
        .attr("x", num(mirror(rtl, x)))
        .attr("y", num(y))
}

/// `x` measured from the right edge in a right-to-left chart.
fn mirror(rtl: bool, x: f32) -> f32 {
    if rtl {
        W - x
    } else {
        x
    }
}

/// Greedy word wrap at `max` characters.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split(' ') {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// A coordinate with one decimal, without `format!`.
fn num(v: f32) -> String {
    let mut s = String::new();
    push_num(&mut s, v);
    s
}

fn push_num(s: &mut String, v: f32) {
    let tenths = (v.max(0.0) * 10.0).round() as u64;
    push_u64(s, tenths / 10);
    if tenths % 10 != 0 {
        s.push('.');
        push_u64(s, tenths % 10);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_with_one_decimal() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(250.0), "250");
        assert_eq!(num(-3.0), "0");
    }

    #[test]
    fn right_to_left_charts_grow_from_the_right_edge() {
        assert_eq!(mirror(false, 10.0), 10.0);
        assert_eq!(mirror(true, 0.0), W);
        assert_eq!(svg_text(true, 0.0, 5.0, "x").get_attr("x"), Some("320"));
    }

    #[test]
    fn labels_wrap_at_word_boundaries() {
        assert_eq!(wrap("a bb ccc", 4), vec!["a bb", "ccc"]);
        assert_eq!(wrap("short", 40), vec!["short"]);
    }
}

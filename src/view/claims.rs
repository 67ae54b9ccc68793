//! The two claims panels: the belligerents side by side (rows are topics,
//! columns are the sides) and the reactions of mediators and third parties.
//! A claim shows its sentence with the quoted words marked, who said it and
//! when, and the controls that open its source sentence or copy its link.

use super::{join_and, sep, short_date, side_order, time, Ctx};
use crate::date::Date;
use crate::markup::El;
use crate::model::{Claim, Dataset, Party, Role, Span, Topic};
use crate::text::{byte_offset, is_double_quote};

/// The claims panel's body.
pub(super) fn claims(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let sides = side_order(ctx.data, ctx.state);
    let mut body = El::new("div");
    let mut order = El::new("div")
        .class("ic-order")
        .child(El::new("p").class("ic-note").text(s.order_note));
    if !ctx.static_html && sides.len() == 2 {
        order = order.child(
            El::new("button")
                .attr("type", "button")
                .class("ic-btn ic-swap")
                .attr("data-act", "swap")
                .text(s.swap),
        );
    }
    body = body.child(order);
    if sides.is_empty() {
        return body.child(El::new("p").class("ic-empty").text(s.no_sides));
    }
    let mut grid = El::new("div").class(if sides.len() == 2 {
        "ic-grid ic-grid-2"
    } else {
        "ic-grid"
    });
    // Column heads for the wide layout; each cell repeats its side's name for
    // the stacked layout and for screen readers, so these are decoration.
    let mut heads = El::new("div")
        .class("ic-colheads")
        .attr("aria-hidden", "true");
    for p in &sides {
        heads = heads.child(
            El::new("p")
                .attr("class", join_classes("ic-colhead", ctx.party_class(&p.id)))
                .text(says(s, &p.name)),
        );
    }
    grid = grid.child(heads);
    let rows = topic_rows(ctx.data, &sides);
    if rows.is_empty() {
        grid = grid.child(El::new("p").class("ic-empty").text(s.no_claims));
    }
    for (topic, cells) in rows {
        let hid = ctx.id2("topic-", topic.as_str());
        let mut row = El::new("section")
            .class("ic-topic")
            .attr("aria-labelledby", hid.clone())
            .child(
                El::new("h4")
                    .class("ic-topic-h")
                    .attr("id", hid)
                    .text(topic_label(s, topic)),
            );
        for (party, claims) in sides.iter().zip(cells) {
            let mut cell = El::new("div")
                .attr("class", join_classes("ic-cell", ctx.party_class(&party.id)))
                .child(
                    El::new("h5")
                        .class("ic-cell-party")
                        .text(says(s, &party.name)),
                );
            if claims.is_empty() {
                let mut t = String::from(s.no_claim_before);
                t.push_str(&party.name);
                t.push_str(s.no_claim_after);
                cell = cell.child(El::new("p").class("ic-empty").text(t));
            } else {
                let mut list = El::new("ul").class("ic-claims");
                for c in claims {
                    list = list.child(claim_item(ctx, &[c], "li", None));
                }
                cell = cell.child(list);
            }
            row = row.child(cell);
        }
        grid = grid.child(row);
    }
    body.child(grid)
}

/// For each topic that has a claim from either side: the claims of each side, in column order.
pub fn topic_rows<'a>(data: &'a Dataset, sides: &[&Party]) -> Vec<(Topic, Vec<Vec<&'a Claim>>)> {
    let mut rows = Vec::new();
    for topic in Topic::ALL {
        let cells: Vec<Vec<&Claim>> = sides
            .iter()
            .map(|p| {
                data.claims
                    .iter()
                    .filter(|c| c.party == p.id && c.topic == topic)
                    .collect()
            })
            .collect();
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push((topic, cells));
        }
    }
    rows
}

fn topic_label(s: &crate::i18n::Strings, t: Topic) -> &'static str {
    match t {
        Topic::Casualties => s.topic_casualties,
        Topic::Responsibility => s.topic_responsibility,
        Topic::Situation => s.topic_situation,
        Topic::Statement => s.topic_statement,
    }
}

/// `Azerbaijan says`.
fn says(s: &crate::i18n::Strings, name: &str) -> String {
    let mut t = String::from(s.says_before);
    t.push_str(name);
    t.push_str(s.says_after);
    t
}

/// `class` attribute of two classes.
pub(super) fn join_classes(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len() + 1);
    s.push_str(a);
    s.push(' ');
    s.push_str(b);
    s
}

/// The element id (without prefix) that shows a claim: `claim-<id>`, or the id
/// of the first claim of the same sentence in a reactions group.
pub fn claim_anchor(data: &Dataset, claim: &str) -> String {
    let first = data
        .claim(claim)
        .filter(|c| {
            data.party(&c.party)
                .map(|p| p.role != Role::Belligerent)
                .unwrap_or(false)
        })
        .and_then(|c| {
            reaction_groups(data)
                .into_iter()
                .find(|g| g.claims.iter().any(|x| x.id == c.id))
                .and_then(|g| g.claims.first().map(|x| x.id.clone()))
        })
        .unwrap_or_else(|| claim.to_string());
    let mut s = String::from("claim-");
    s.push_str(&first);
    s
}

/// One claim (or several parties' claims of the same sentence) as a list item
/// or block: the sentence with its quotes, who said it and when, and controls.
///
/// `named` is the parties' names as a heading above already shows them; the
/// speaker line then omits a speaker that only repeats them.
pub(super) fn claim_item(
    ctx: &Ctx<'_>,
    group: &[&Claim],
    tag: &'static str,
    named: Option<&str>,
) -> El {
    let s = ctx.s();
    let c = group[0];
    let targeted = ctx
        .state
        .target
        .as_deref()
        .is_some_and(|t| group.iter().any(|x| x.id == t));
    let mut el = El::new(tag)
        .attr(
            "class",
            if targeted {
                "ic-claim is-target"
            } else {
                "ic-claim"
            },
        )
        .attr("id", ctx.id2("claim-", &c.id));
    if !ctx.static_html {
        // Focus target of deep links.
        el = el.attr("tabindex", "-1");
    }
    el = el.child(quoted_text(c, "ic-text"));
    let speakers: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for x in group {
            if !v.contains(&x.speaker) {
                v.push(x.speaker.clone());
            }
        }
        v
    };
    let speaker = join_and(&speakers, s);
    let mut by = El::new("p").class("ic-by");
    if named != Some(speaker.as_str()) {
        by = by
            .child(
                El::new("span")
                    .class("ic-speaker")
                    .attr("dir", "auto")
                    .text(speaker),
            )
            .child(sep());
    }
    match c.date.as_deref().and_then(Date::parse_iso) {
        Some(d) => {
            by = by.child(
                El::new("span")
                    .class("ic-when")
                    .text(s.refers_to)
                    .child(time(d, short_date(d, s, true))),
            )
        }
        None => {
            if let Some(d) = Date::parse_iso(&ctx.data.article.published) {
                by = by.child(
                    El::new("span")
                        .class("ic-when")
                        .text(s.reported)
                        .child(time(d, short_date(d, s, false))),
                );
            }
        }
    }
    el = el.child(by);
    if ctx.static_html {
        let mut t = String::from(s.paragraph_ref);
        crate::text::push_usize(&mut t, c.paragraph + 1);
        return el.child(El::new("p").class("ic-ref").text(t));
    }
    let mut src = String::from("src:");
    src.push_str(&c.id);
    let mut copy = String::from("copy:");
    copy.push_str(&c.id);
    el = el.child(
        El::new("div")
            .class("ic-actions")
            .child(
                El::new("button")
                    .attr("type", "button")
                    .class("ic-btn ic-src")
                    .attr("id", ctx.id2("src-", &c.id))
                    .attr("data-act", src)
                    .text(s.show_source)
                    .child(vh(about_speaker(s, &speakers))),
            )
            .child(
                El::new("button")
                    .attr("type", "button")
                    .class("ic-btn ic-copy")
                    .attr("id", ctx.id2("copy-", &c.id))
                    .attr("data-act", copy)
                    .text(s.copy_link)
                    .child(vh(about_speaker(s, &speakers))),
            ),
    );
    if let Some((claim, url)) = &ctx.state.shown_link {
        if group.iter().any(|x| &x.id == claim) {
            el = el.child(
                El::new("p")
                    .class("ic-link")
                    .child(El::new("span").text(s.link_label))
                    .child(El::new("code").text(url.clone())),
            );
        }
    }
    el
}

fn about_speaker(s: &crate::i18n::Strings, speakers: &[String]) -> String {
    let mut t = String::from(s.claim_by_before);
    t.push_str(&join_and(speakers, s));
    t
}

/// Visually hidden text (read by screen readers).
pub(super) fn vh(text: String) -> El {
    El::new("span").class("ic-vh").text(text)
}

/// The claim's sentence, its directly quoted passages as `<q>` (the quote
/// marks come from the `<q>` element, so they are not doubled).
pub(super) fn quoted_text(c: &Claim, class: &'static str) -> El {
    // The sentence is data, in the article's language: its own direction.
    let mut p = El::new("p").class(class).attr("dir", "auto");
    for (piece, span) in split_spans(&c.text, c.start, &c.quotes) {
        if span.is_none() {
            p = p.text(piece.to_string());
            continue;
        }
        let inner = strip_quote_marks(piece);
        p = match inner {
            Some(inner) => p.child(El::new("q").class("ic-q").text(inner.to_string())),
            None => p.child(El::new("span").class("ic-q").text(piece.to_string())),
        };
    }
    p
}

/// `“words”` → `words`, when the passage starts and ends with quote marks.
fn strip_quote_marks(s: &str) -> Option<&str> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let last = chars.next_back()?;
    let is_quote = |c: char| is_double_quote(c) || matches!(c, '\u{2018}' | '\u{2019}');
    if !is_quote(first) || !is_quote(last) {
        return None;
    }
    let inner = &s[first.len_utf8()..s.len() - last.len_utf8()];
    (!inner.trim().is_empty()).then_some(inner)
}

/// Splits `text`, which starts at character `base` of its paragraph, at `spans`
/// (paragraph character offsets). Each piece carries the index of the span it
/// lies in, or `None`. Spans outside the text are clipped; a span that
/// overlaps an earlier one is ignored.
pub fn split_spans<'t>(
    text: &'t str,
    base: usize,
    spans: &[Span],
) -> Vec<(&'t str, Option<usize>)> {
    let len = text.chars().count();
    let mut ranges: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(i, sp)| {
            let a = sp.start.saturating_sub(base).min(len);
            let b = sp.end.saturating_sub(base).min(len);
            (sp.end > base && a < b).then_some((a, b, i))
        })
        .collect();
    crate::text::sort_by(&mut ranges, &|a, b| a.cmp(b));
    let mut out = Vec::new();
    let mut at = 0;
    for (a, b, i) in ranges {
        if a < at {
            continue;
        }
        if a > at {
            out.push((char_sub(text, at, a), None));
        }
        out.push((char_sub(text, a, b), Some(i)));
        at = b;
    }
    if at < len {
        out.push((char_sub(text, at, len), None));
    }
    out
}

fn char_sub(s: &str, a: usize, b: usize) -> &str {
    &s[byte_offset(s, a)..byte_offset(s, b)]
}

/// Claims of mediators and third parties, one entry per sentence: when several
/// parties are credited with the same sentence (`The EU, France and the UN
/// called on…`), it is shown once with all of them.
#[derive(Debug)]
pub struct ReactionGroup<'a> {
    /// The parties, in order.
    pub parties: Vec<&'a Party>,
    /// Their claims of this sentence, in order.
    pub claims: Vec<&'a Claim>,
}

/// The reaction groups: mediators' sentences first, then third parties'.
pub fn reaction_groups(data: &Dataset) -> Vec<ReactionGroup<'_>> {
    let mut groups: Vec<ReactionGroup<'_>> = Vec::new();
    for role in [Role::Mediator, Role::ThirdParty] {
        for p in data.parties.iter().filter(|p| p.role == role) {
            for c in data.claims.iter().filter(|c| c.party == p.id) {
                let same = groups.iter_mut().find(|g| {
                    let f = g.claims[0];
                    f.paragraph == c.paragraph && f.start == c.start && f.end == c.end
                });
                match same {
                    Some(g) => {
                        if !g.parties.iter().any(|x| x.id == p.id) {
                            g.parties.push(p);
                        }
                        g.claims.push(c);
                    }
                    None => groups.push(ReactionGroup {
                        parties: vec![p],
                        claims: vec![c],
                    }),
                }
            }
        }
    }
    groups
}

/// The reactions panel's body: mediation first, then third parties.
pub(super) fn reactions(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let d = ctx.data;
    let groups = reaction_groups(d);
    let mut body = El::new("div");
    let mediators: Vec<&Party> = d
        .parties
        .iter()
        .filter(|p| p.role == Role::Mediator)
        .collect();
    let third: Vec<&Party> = d
        .parties
        .iter()
        .filter(|p| p.role == Role::ThirdParty)
        .collect();
    if mediators.is_empty() && third.is_empty() {
        return body.child(El::new("p").class("ic-empty").text(s.no_others));
    }
    if !mediators.is_empty() {
        let mut sec = section(ctx, "mediation", s.mediation_heading);
        let mut list = El::new("ul").class("ic-reactions");
        for m in &mediators {
            let mine: Vec<&ReactionGroup<'_>> = groups
                .iter()
                .filter(|g| g.parties.iter().any(|p| p.id == m.id))
                .collect();
            let mut item = El::new("li")
                .class("ic-reaction ic-mediator")
                .child(party_line(ctx, &[*m], s.role_mediator));
            if mine.is_empty() {
                item = item.child(mediation_events(ctx, m));
            }
            for g in mine {
                let names = names_of(ctx, &g.parties);
                item = item.child(claim_item(ctx, &g.claims, "div", Some(&names)));
            }
            list = list.child(item);
        }
        sec = sec.child(list);
        body = body.child(sec);
    }
    let third_groups: Vec<&ReactionGroup<'_>> = groups
        .iter()
        .filter(|g| g.parties.iter().all(|p| p.role == Role::ThirdParty))
        .collect();
    if !third.is_empty() {
        let mut sec = section(ctx, "third", s.third_heading);
        let mut list = El::new("ul").class("ic-reactions");
        for g in third_groups {
            let names = names_of(ctx, &g.parties);
            list = list.child(
                El::new("li")
                    .class("ic-reaction")
                    .child(party_line(ctx, &g.parties, s.role_third_party))
                    .child(claim_item(ctx, &g.claims, "div", Some(&names))),
            );
        }
        // Third parties the extractor found without a claim of their own.
        for p in third
            .iter()
            .filter(|p| !d.claims.iter().any(|c| c.party == p.id))
        {
            let mut t = String::from(s.no_statement_before);
            t.push_str(&p.name);
            t.push_str(s.no_claim_after);
            list = list.child(
                El::new("li")
                    .class("ic-reaction")
                    .child(party_line(ctx, &[*p], s.role_third_party))
                    .child(El::new("p").class("ic-empty").text(t)),
            );
        }
        sec = sec.child(list);
        body = body.child(sec);
    }
    body
}

fn section(ctx: &Ctx<'_>, name: &str, title: &'static str) -> El {
    let id = ctx.id2("rx-", name);
    El::new("section")
        .class("ic-rx")
        .attr("aria-labelledby", id.clone())
        .child(El::new("h4").class("ic-rx-h").attr("id", id).text(title))
}

/// `European Union, France and United States`.
fn names_of(ctx: &Ctx<'_>, parties: &[&Party]) -> String {
    let names: Vec<String> = parties.iter().map(|p| p.name.clone()).collect();
    join_and(&names, ctx.s())
}

/// `Russia  MEDIATOR` / `European Union, France and United States  REACTED`.
fn party_line(ctx: &Ctx<'_>, parties: &[&Party], role: &'static str) -> El {
    El::new("p")
        .class("ic-rx-who")
        .child(
            El::new("strong")
                .class("ic-rx-names")
                .text(names_of(ctx, parties)),
        )
        .text(" ")
        .child(El::new("span").class("ic-badge").text(role))
}

/// For a mediator without a statement of its own: the dated ceasefire or
/// mediation sentences that name it, each traceable to the article.
fn mediation_events(ctx: &Ctx<'_>, m: &Party) -> El {
    let s = ctx.s();
    let mut list = El::new("div").class("ic-rx-events");
    let mut any = false;
    for (i, ev) in ctx.data.timeline.iter().enumerate() {
        if !matches!(ev.kind.as_str(), "ceasefire" | "mediation") || !ev.text.contains(&m.name) {
            continue;
        }
        any = true;
        let mut item = El::new("div").class("ic-claim").child(
            El::new("p")
                .class("ic-text")
                .attr("dir", "auto")
                .text(ev.text.clone()),
        );
        let mut by = El::new("p")
            .class("ic-by")
            .child(El::new("span").text(s.reported_in_article));
        if let Some(d) = Date::parse_iso(&ev.date) {
            by = by.child(sep()).child(time(d, short_date(d, s, true)));
        }
        item = item.child(by);
        if ctx.static_html {
            let mut t = String::from(s.paragraph_ref);
            crate::text::push_usize(&mut t, ev.paragraph + 1);
            item = item.child(El::new("p").class("ic-ref").text(t));
        } else {
            let mut act = String::from("src-ev:");
            crate::text::push_usize(&mut act, i);
            let mut id = String::from("rx-ev-");
            crate::text::push_usize(&mut id, i);
            item = item.child(
                El::new("div").class("ic-actions").child(
                    El::new("button")
                        .attr("type", "button")
                        .class("ic-btn ic-src")
                        .attr("id", ctx.id(&id))
                        .attr("data-act", act)
                        .text(s.show_source)
                        .child(vh(String::from(s.about_event))),
                ),
            );
        }
        list = list.child(item);
    }
    if !any {
        let mut t = String::from(s.no_statement_before);
        t.push_str(&m.name);
        t.push_str(s.no_claim_after);
        list = list.child(El::new("p").class("ic-empty").text(t));
    }
    list
}

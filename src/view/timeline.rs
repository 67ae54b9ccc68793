//! The timeline: the incident's dated events in order, each with its resolved
//! day and the article's own words for it, ceasefire and mediation marked; and
//! beside it a separate background lane for earlier events, whose figures are
//! never mixed with the incident's.

use super::claims::{join_classes, quoted_text, vh};
use super::{short_date, time, Ctx};
use crate::date::Date;
use crate::markup::El;
use crate::model::TimelineEvent;

/// The events in display order: by day, then time of day, stable otherwise.
pub fn ordered(events: &[TimelineEvent]) -> Vec<(usize, &TimelineEvent)> {
    let mut v: Vec<(usize, &TimelineEvent)> = events.iter().enumerate().collect();
    crate::text::sort_by(&mut v, &|a, b| {
        a.1.date
            .cmp(&b.1.date)
            .then(part_of_day(a.1).cmp(&part_of_day(b.1)))
    });
    v
}

fn part_of_day(e: &TimelineEvent) -> u8 {
    match e.time_of_day.as_deref() {
        Some("morning") => 1,
        Some("afternoon") => 2,
        Some("evening") => 3,
        Some("night") => 4,
        _ => 0,
    }
}

/// The timeline panel's body.
pub(super) fn timeline(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let d = ctx.data;
    let mut lanes = El::new("div").class("ic-lanes");
    let lane_id = ctx.id("lane-incident");
    let mut lane = El::new("section")
        .class("ic-lane")
        .attr("aria-labelledby", lane_id.clone())
        .child(
            El::new("h4")
                .class("ic-lane-h")
                .attr("id", lane_id)
                .text(s.lane_incident),
        );
    if d.timeline.is_empty() {
        lane = lane.child(El::new("p").class("ic-empty").text(s.no_events));
    } else {
        let mut list = El::new("ol").class("ic-tl");
        let mut last_day: Option<&str> = None;
        for (i, ev) in ordered(&d.timeline) {
            let new_day = last_day != Some(ev.date.as_str());
            last_day = Some(ev.date.as_str());
            list = list.child(event(ctx, i, ev, new_day));
        }
        lane = lane.child(list);
    }
    lanes = lanes.child(lane);
    if !d.context.is_empty() {
        let bg_id = ctx.id("lane-bg");
        let mut bg = El::new("section")
            .class("ic-lane ic-lane-bg")
            .attr("aria-labelledby", bg_id.clone())
            .child(
                El::new("h4")
                    .class("ic-lane-h")
                    .attr("id", bg_id)
                    .text(s.lane_background),
            )
            .child(El::new("p").class("ic-note").text(s.background_note));
        let mut list = El::new("ul").class("ic-bg");
        for (i, c) in d.context.iter().enumerate() {
            let mut li = El::new("li").class("ic-bg-item");
            if let Some(p) = c.period.as_deref().filter(|p| !p.is_empty()) {
                li = li.child(El::new("p").class("ic-bg-period").text(capitalised(p)));
            }
            li = li.child(
                El::new("p")
                    .class("ic-bg-text")
                    .attr("dir", "auto")
                    .text(c.text.clone()),
            );
            li = li.child(source_control(
                ctx,
                "src-bg:",
                "bg-",
                i,
                c.paragraph,
                s.about_background,
            ));
            list = list.child(li);
        }
        bg = bg.child(list);
        lanes = lanes.child(bg);
    }
    El::new("div").child(lanes)
}

fn event(ctx: &Ctx<'_>, i: usize, ev: &TimelineEvent, new_day: bool) -> El {
    let s = ctx.s();
    let (class, badge) = match ev.kind.as_str() {
        "ceasefire" => ("ic-ev-ceasefire", Some(s.ev_ceasefire)),
        "mediation" => ("ic-ev-mediation", Some(s.ev_mediation)),
        "clash" => ("ic-ev-clash", Some(s.ev_clash)),
        "statement" => ("ic-ev-statement", Some(s.ev_statement)),
        _ => ("ic-ev-other", None),
    };
    let mut li = El::new("li").attr(
        "class",
        join_classes(if new_day { "ic-ev ic-ev-day" } else { "ic-ev" }, class),
    );
    let mut when = El::new("p").class("ic-ev-when");
    if let Some(d) = Date::parse_iso(&ev.date) {
        when = when.child(time(d, short_date(d, s, true)).attr("class", "ic-ev-date"));
    }
    if !ev.date_phrase.is_empty() {
        when = when.child(
            El::new("span")
                .class("ic-ev-phrase")
                .child(vh(String::from(s.article_words)))
                .child(El::new("q").text(ev.date_phrase.clone())),
        );
    }
    li = li.child(when);
    if let Some(b) = badge {
        li = li.child(El::new("p").class("ic-badge ic-ev-kind").text(b));
    }
    let claim = ev.claim.as_deref().and_then(|id| ctx.data.claim(id));
    li = li.child(match claim {
        Some(c) if c.text == ev.text => quoted_text(c, "ic-ev-text"),
        _ => El::new("p")
            .class("ic-ev-text")
            .attr("dir", "auto")
            .text(ev.text.clone()),
    });
    li.child(source_control(
        ctx,
        "src-ev:",
        "ev-",
        i,
        ev.paragraph,
        s.about_event,
    ))
}

/// "Show in article" for an event or background item (a paragraph reference in static HTML).
fn source_control(
    ctx: &Ctx<'_>,
    act: &str,
    id: &str,
    i: usize,
    paragraph: usize,
    hidden: &'static str,
) -> El {
    let s = ctx.s();
    if ctx.static_html {
        let mut t = String::from(s.paragraph_ref);
        crate::text::push_usize(&mut t, paragraph + 1);
        return El::new("p").class("ic-ref").text(t);
    }
    let mut a = String::from(act);
    crate::text::push_usize(&mut a, i);
    let mut el_id = String::from(id);
    crate::text::push_usize(&mut el_id, i);
    El::new("div").class("ic-actions").child(
        El::new("button")
            .attr("type", "button")
            .class("ic-btn ic-src")
            .attr("id", ctx.id(&el_id))
            .attr("data-act", a)
            .text(s.show_source)
            .child(vh(String::from(hidden))),
    )
}

/// `last year` → `Last year` (ASCII only, to keep Unicode case tables out of the wasm).
fn capitalised(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut c = s.chars();
    if let Some(f) = c.next() {
        out.push(f.to_ascii_uppercase());
        out.extend(c);
    }
    out
}

//! The card's view-model: what the card shows, in order, with stable ids.
//! It produces a [`markup::El`](crate::markup::El) tree per region; the DOM
//! layer mounts it and the static renderer prints it, so both show the same.

use crate::app::State;
use crate::date::Date;
use crate::i18n::{Lang, Strings};
use crate::markup::El;
use crate::model::{Claim, Dataset, Party, Role};

/// The regions of the card, each re-rendered on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// Headline, what/where/when, meta line.
    Header,
    /// The two belligerents' claims side by side.
    Sides,
    /// Mediators and third parties.
    Others,
    /// The article text disclosure.
    Article,
    /// The polite live region.
    Live,
}

impl Region {
    /// Every region in card order.
    pub const ALL: [Region; 5] = [
        Region::Header,
        Region::Sides,
        Region::Others,
        Region::Article,
        Region::Live,
    ];

    /// The region's name, used in `data-region` and ids.
    pub fn name(self) -> &'static str {
        match self {
            Region::Header => "header",
            Region::Sides => "sides",
            Region::Others => "others",
            Region::Article => "article",
            Region::Live => "live",
        }
    }
}

/// Everything a render needs.
pub struct Ctx<'a> {
    /// The data.
    pub data: &'a Dataset,
    /// The reader's state.
    pub state: &'a State,
    /// Unique prefix of this card's ids (`ic1`).
    pub prefix: &'a str,
    /// Interface language.
    pub lang: Lang,
    /// Static HTML (no script): no buttons, `<details>` for disclosures.
    pub static_html: bool,
}

impl Ctx<'_> {
    fn s(&self) -> &'static Strings {
        self.lang.strings()
    }

    /// A card-unique id: `{prefix}-{name}`.
    pub fn id(&self, name: &str) -> String {
        let mut s = String::with_capacity(self.prefix.len() + 1 + name.len());
        s.push_str(self.prefix);
        s.push('-');
        s.push_str(name);
        s
    }
}

/// The whole card: a root element holding every region.
pub fn card(ctx: &Ctx<'_>) -> El {
    let mut root = El::new("article")
        .class("ic")
        .attr("id", ctx.prefix)
        .attr("lang", ctx.lang.tag())
        .attr("dir", ctx.lang.dir())
        .attr("aria-labelledby", ctx.id("title"));
    for r in Region::ALL {
        root = root.child(region(ctx, r));
    }
    root
}

/// One region, wrapped in its container (the unit the DOM layer replaces).
pub fn region(ctx: &Ctx<'_>, r: Region) -> El {
    let el = match r {
        Region::Header => header(ctx),
        Region::Sides => sides(ctx),
        Region::Others => others(ctx),
        Region::Article => article(ctx),
        Region::Live => El::new("div")
            .class("ic-live")
            .attr("role", "status")
            .attr("aria-live", "polite")
            .text(ctx.state.announcement.clone()),
    };
    el.attr("data-region", r.name())
}

fn header(ctx: &Ctx<'_>) -> El {
    let d = ctx.data;
    let s = ctx.s();
    let mut kicker = String::new();
    kicker.push_str(&d.incident.kind);
    if !d.incident.places.is_empty() {
        push_sep(&mut kicker);
        kicker.push_str(&join_and(&d.incident.places, s.and));
    }
    if let Some(date) = d.incident.date.as_deref().and_then(Date::parse_iso) {
        push_sep(&mut kicker);
        kicker.push_str(&short_date(date, s, true));
    }
    let mut meta = El::new("p").class("ic-meta");
    let mut parts: Vec<String> = Vec::new();
    if !d.article.section.is_empty() {
        parts.push(d.article.section.clone());
    }
    if let Some(src) = &d.article.source {
        let mut p = String::from(s.source);
        p.push_str(": ");
        p.push_str(src);
        parts.push(p);
    }
    if let Some(date) = Date::parse_iso(&d.article.published) {
        let mut p = String::from(s.published);
        p.push(' ');
        p.push_str(&short_date(date, s, false));
        parts.push(p);
    }
    if let Some(m) = d.article.read_minutes {
        let mut p = crate::text::u64_string(u64::from(m));
        p.push(' ');
        p.push_str(s.min_read);
        parts.push(p);
    }
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            meta = meta.child(El::new("span").attr("aria-hidden", "true").text(" · "));
        }
        meta = meta.child(El::new("span").text(p));
    }
    El::new("header")
        .class("ic-head")
        .child(El::new("p").class("ic-kicker").text(kicker))
        .child(
            El::new("h2")
                .class("ic-title")
                .attr("id", ctx.id("title"))
                .text(d.article.title.clone()),
        )
        .child(meta)
}

/// The two belligerents in display order.
pub fn side_order<'a>(ctx: &Ctx<'a>) -> Vec<&'a Party> {
    let mut b = ctx.data.belligerents();
    if ctx.state.swapped {
        b.reverse();
    }
    b
}

fn sides(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let mut cols = El::new("div").class("ic-cols");
    for (i, party) in side_order(ctx).into_iter().enumerate() {
        let claims: Vec<&Claim> = ctx
            .data
            .claims
            .iter()
            .filter(|c| c.party == party.id)
            .collect();
        let mut col = El::new("section")
            .class(if i == 0 {
                "ic-side ic-side-a"
            } else {
                "ic-side ic-side-b"
            })
            .attr("aria-labelledby", ctx.id(&side_heading_id(&party.id)))
            .child(
                El::new("h4")
                    .attr("id", ctx.id(&side_heading_id(&party.id)))
                    .text(party.name.clone()),
            );
        if claims.is_empty() {
            let mut t = String::from(s.no_claim_before);
            t.push_str(&party.name);
            t.push_str(s.no_claim_after);
            col = col.child(El::new("p").class("ic-empty").text(t));
        } else {
            let mut list = El::new("ul").class("ic-claims");
            for c in claims {
                list = list.child(claim_item(ctx, c));
            }
            col = col.child(list);
        }
        cols = cols.child(col);
    }
    El::new("section")
        .class("ic-sides")
        .attr("aria-labelledby", ctx.id("sides-h"))
        .child(
            El::new("h3")
                .attr("id", ctx.id("sides-h"))
                .text(s.sides_heading),
        )
        .child(
            El::new("p")
                .class("ic-note")
                .text(s.order_note)
                .child_opt((!ctx.static_html).then(|| {
                    El::new("button")
                        .attr("type", "button")
                        .class("ic-btn")
                        .attr("data-act", "swap")
                        .text(s.swap)
                })),
        )
        .child(cols)
}

fn side_heading_id(party: &str) -> String {
    let mut s = String::from("side-");
    s.push_str(party);
    s
}

fn claim_item(ctx: &Ctx<'_>, c: &Claim) -> El {
    El::new("li")
        .class("ic-claim")
        .attr("id", ctx.id(&c.id))
        .child(El::new("blockquote").class("ic-quote").text(c.text.clone()))
        .child(
            El::new("p")
                .class("ic-by")
                .text(ctx.s().said_by)
                .text(c.speaker.clone()),
        )
}

fn others(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let mut list = El::new("ul").class("ic-others-list");
    let mut any = false;
    for p in ctx
        .data
        .parties
        .iter()
        .filter(|p| p.role != Role::Belligerent)
    {
        any = true;
        let role = match p.role {
            Role::Mediator => s.role_mediator,
            Role::ThirdParty => s.role_third_party,
            Role::Belligerent => s.role_belligerent,
        };
        let mut item = El::new("li")
            .class("ic-other")
            .child(El::new("strong").text(p.name.clone()))
            .text(" ")
            .child(El::new("span").class("ic-role").text(role));
        for c in ctx.data.claims.iter().filter(|c| c.party == p.id) {
            item = item.child(El::new("p").class("ic-other-claim").text(c.text.clone()));
        }
        list = list.child(item);
    }
    let body = if any {
        list
    } else {
        El::new("p").class("ic-empty").text(s.no_others)
    };
    El::new("section")
        .class("ic-others")
        .attr("aria-labelledby", ctx.id("others-h"))
        .child(
            El::new("h3")
                .attr("id", ctx.id("others-h"))
                .text(s.others_heading),
        )
        .child(body)
}

fn article(ctx: &Ctx<'_>) -> El {
    if ctx.static_html {
        let mut d = El::new("details")
            .class("ic-article")
            .child(El::new("summary").text(ctx.s().article_heading));
        for p in &ctx.data.article.paragraphs {
            d = d.child(El::new("p").text(p.clone()));
        }
        return d;
    }
    let open = ctx.state.article_open;
    let mut body = El::new("div")
        .class("ic-article-body")
        .attr("id", ctx.id("article-body"));
    if !open {
        body = body.attr("hidden", "");
    }
    for p in &ctx.data.article.paragraphs {
        body = body.child(El::new("p").text(p.clone()));
    }
    El::new("section")
        .class("ic-article")
        .child(
            El::new("h3").child(
                El::new("button")
                    .attr("type", "button")
                    .class("ic-disclosure")
                    .attr("aria-expanded", if open { "true" } else { "false" })
                    .attr("aria-controls", ctx.id("article-body"))
                    .attr("data-act", "toggle-article")
                    .text(ctx.s().article_heading),
            ),
        )
        .child(body)
}

fn push_sep(s: &mut String) {
    if !s.is_empty() {
        s.push_str(" · ");
    }
}

/// `a`, `a and b`, `a, b and c`.
pub fn join_and(items: &[String], and: &str) -> String {
    let mut s = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(if i + 1 == items.len() { and } else { ", " });
        }
        s.push_str(it);
    }
    s
}

/// `Tue 16 Nov 2021` (with weekday) or `16 Nov 2021`.
pub fn short_date(d: Date, s: &Strings, weekday: bool) -> String {
    let mut out = String::new();
    if weekday {
        out.push_str(s.weekdays_short[d.weekday() as usize]);
        out.push(' ');
    }
    crate::text::push_u64(&mut out, u64::from(d.day));
    out.push(' ');
    out.push_str(s.months_short[(d.month - 1) as usize]);
    out.push(' ');
    crate::text::push_u64(&mut out, d.year as u64);
    out
}

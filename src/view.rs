//! The card's view-model: what the card shows, in order, with stable ids.
//! It produces a [`markup::El`](crate::markup::El) tree per region; the DOM
//! layer mounts and patches it, the static renderer prints it, so both show
//! the same. Submodules hold the panels; this file holds the frame (header,
//! tabs, footer, live region) and the helpers they share.

mod article;
mod claims;
mod figures;
mod problem;
mod timeline;

pub use article::{source_range, SourceRange};
pub use claims::{claim_anchor, reaction_groups, split_spans, topic_rows, ReactionGroup};
pub use figures::{figure_columns, FigureColumn};
pub use problem::{error_card, Problem, ProblemKind};

use crate::app::{Changes, State, Tab};
use crate::date::Date;
use crate::i18n::{Lang, Strings};
use crate::markup::El;
use crate::model::{Dataset, Party};

/// The regions of the card, each re-rendered on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// Headline, what/where/when, meta line.
    Header,
    /// The tab list (interactive card only).
    Tabs,
    /// The belligerents' claims side by side.
    Claims,
    /// Casualty figures: chart and table.
    Figures,
    /// Dated events and the background lane.
    Timeline,
    /// Mediators and third parties.
    Reactions,
    /// The article text with the highlighted source sentence.
    Article,
    /// "How this card was made".
    About,
    /// The polite live region (interactive card only).
    Live,
}

impl Region {
    /// Every region in card order.
    pub const ALL: [Region; 9] = [
        Region::Header,
        Region::Tabs,
        Region::Claims,
        Region::Figures,
        Region::Timeline,
        Region::Reactions,
        Region::Article,
        Region::About,
        Region::Live,
    ];

    /// The region's name, used in `data-region`.
    pub fn name(self) -> &'static str {
        match self {
            Region::Header => "header",
            Region::Tabs => "tabs",
            Region::Claims => "claims",
            Region::Figures => "figures",
            Region::Timeline => "timeline",
            Region::Reactions => "reactions",
            Region::Article => "article",
            Region::About => "about",
            Region::Live => "live",
        }
    }

    /// The regions an update touched, in card order.
    pub fn changed(changes: Changes) -> impl Iterator<Item = Region> {
        Region::ALL.into_iter().filter(move |r| match r.change() {
            Some(c) => changes.has(c),
            None => false,
        })
    }

    fn change(self) -> Option<Changes> {
        Some(match self {
            Region::Header => Changes::HEADER,
            Region::Tabs => Changes::TABS,
            Region::Claims => Changes::CLAIMS,
            Region::Figures => Changes::FIGURES,
            Region::Timeline => Changes::TIMELINE,
            Region::Reactions => Changes::REACTIONS,
            Region::Article => Changes::ARTICLE,
            Region::About => Changes::ABOUT,
            Region::Live => Changes::LIVE,
        })
    }

    /// The tab whose panel this region is.
    pub fn tab(self) -> Option<Tab> {
        Some(match self {
            Region::Claims => Tab::Claims,
            Region::Figures => Tab::Figures,
            Region::Timeline => Tab::Timeline,
            Region::Reactions => Tab::Reactions,
            Region::Article => Tab::Article,
            _ => return None,
        })
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
    /// Static HTML (no script): every panel shown, `<details>` for disclosures, no buttons.
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

    /// A card-unique id: `{prefix}-{a}{b}`.
    fn id2(&self, a: &str, b: &str) -> String {
        let mut s = self.id(a);
        s.push_str(b);
        s
    }

    /// Is this belligerent the first or the second in dataset order? (`ic-pa`, `ic-pb`;
    /// colours follow the party, not the column, so a swap does not recolour.)
    fn party_class(&self, party: &str) -> &'static str {
        let b = self.data.belligerents();
        match b.iter().position(|p| p.id == party) {
            Some(0) => "ic-pa",
            Some(_) => "ic-pb",
            None => "ic-pn",
        }
    }

    fn party_name<'b>(&'b self, id: &'b str) -> &'b str {
        self.data.party(id).map(|p| p.name.as_str()).unwrap_or(id)
    }
}

/// The whole card: a root element holding every region.
pub fn card(ctx: &Ctx<'_>) -> El {
    let mut root = El::new("article")
        .class(if ctx.static_html {
            "ic ic-static"
        } else {
            "ic"
        })
        .attr("id", ctx.prefix.to_string())
        .attr("lang", ctx.lang.tag())
        .attr("dir", ctx.lang.dir())
        .attr("aria-labelledby", ctx.id("title"));
    for r in Region::ALL {
        if ctx.static_html && matches!(r, Region::Tabs | Region::Live) {
            continue;
        }
        root = root.child(region(ctx, r));
    }
    root
}

/// One region, wrapped in its container (the unit the DOM layer patches).
pub fn region(ctx: &Ctx<'_>, r: Region) -> El {
    let el = match r {
        Region::Header => header(ctx),
        Region::Tabs => tabs(ctx),
        Region::Claims => panel(ctx, Tab::Claims, claims::claims(ctx)),
        Region::Figures => panel(ctx, Tab::Figures, figures::figures(ctx)),
        Region::Timeline => panel(ctx, Tab::Timeline, timeline::timeline(ctx)),
        Region::Reactions => panel(ctx, Tab::Reactions, claims::reactions(ctx)),
        Region::Article => panel(ctx, Tab::Article, article::article(ctx)),
        Region::About => about(ctx),
        Region::Live => El::new("div")
            .class("ic-live")
            .attr("role", "status")
            .attr("aria-live", "polite")
            .attr("aria-atomic", "true")
            .text(ctx.state.announcement.clone()),
    };
    el.attr("data-region", r.name())
}

fn header(ctx: &Ctx<'_>) -> El {
    let d = ctx.data;
    let s = ctx.s();
    let mut kicker = El::new("p").class("ic-kicker");
    let mut first = true;
    let mut part = |k: El, e: El| {
        let k = if first { k } else { k.child(sep()) };
        first = false;
        k.child(e)
    };
    if !d.incident.kind.is_empty() {
        kicker = part(
            kicker,
            El::new("span")
                .class("ic-kind")
                .attr("dir", "auto")
                .text(d.incident.kind.clone()),
        );
    }
    if !d.incident.places.is_empty() {
        kicker = part(
            kicker,
            El::new("span")
                .attr("dir", "auto")
                .text(join_and(&d.incident.places, s)),
        );
    }
    if let Some(date) = d.incident.date.as_deref().and_then(Date::parse_iso) {
        kicker = part(kicker, time(date, short_date(date, s, true)));
    }
    let mut meta = El::new("p").class("ic-meta");
    let mut items: Vec<El> = Vec::new();
    if !d.article.section.is_empty() {
        items.push(El::new("span").text(title_case(&d.article.section)));
    }
    if let Some(src) = &d.article.source {
        let mut p = String::from(s.source);
        p.push_str(src);
        items.push(El::new("span").text(p));
    }
    if let Some(date) = Date::parse_iso(&d.article.published) {
        items.push(
            El::new("span")
                .text(s.published)
                .child(time(date, short_date(date, s, false))),
        );
    }
    if let Some(m) = d.article.read_minutes {
        let mut p = crate::text::u64_string(u64::from(m));
        p.push_str(s.min_read);
        items.push(El::new("span").text(p));
    }
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            meta = meta.child(sep());
        }
        meta = meta.child(it);
    }
    El::new("header")
        .class("ic-head")
        .child(kicker)
        .child(
            El::new("h2")
                .class("ic-title")
                .attr("id", ctx.id("title"))
                .attr("dir", "auto")
                .text(d.article.title.clone()),
        )
        .child(meta)
        .child_opt(glance(ctx))
}

/// "At a glance": the two sides and the losses each reports, one line each,
/// so the reader gets the gist before choosing a tab.
fn glance(ctx: &Ctx<'_>) -> Option<El> {
    let s = ctx.s();
    let sides = ctx.data.belligerents();
    if sides.len() != 2 {
        return None;
    }
    let mut list = El::new("ul")
        .class("ic-glance")
        .attr("aria-label", s.glance_label);
    for p in side_order(ctx.data, ctx.state) {
        let figs: Vec<&crate::model::CasualtyFigure> = ctx
            .data
            .claims
            .iter()
            .filter(|c| c.party == p.id)
            .flat_map(|c| c.figures.iter())
            .collect();
        let mut line = String::new();
        // Own losses first, then each other subject in order of appearance.
        let mut subjects: Vec<&str> = vec![p.id.as_str()];
        for f in &figs {
            if !subjects.contains(&f.subject.as_str()) {
                subjects.push(f.subject.as_str());
            }
        }
        for subject in subjects {
            let mine: Vec<&&crate::model::CasualtyFigure> =
                figs.iter().filter(|f| f.subject == subject).collect();
            if mine.is_empty() {
                continue;
            }
            if !line.is_empty() {
                line.push_str(s.semicolon);
            }
            if subject == p.id {
                line.push_str(s.glance_own);
            } else {
                line.push_str(s.glance_other_before);
                line.push_str(ctx.party_name(subject));
                line.push_str(s.glance_other_after);
            }
            for (i, f) in mine.iter().enumerate() {
                if i > 0 {
                    line.push_str(s.comma);
                }
                let twice = mine.iter().filter(|g| g.kind == f.kind).count() > 1;
                let mut f2 = (**f).clone();
                if !twice {
                    f2.group = None;
                }
                line.push_str(&figures::figure_text(s, &f2));
                line.push(' ');
                line.push_str(figures::kind_word(s, &f.kind));
            }
        }
        if line.is_empty() {
            line.push_str(s.glance_none);
        }
        list = list.child(
            El::new("li")
                .class(ctx.party_class(&p.id))
                .child(El::new("strong").class("ic-glance-name").text({
                    let mut t = String::from(s.says_before);
                    t.push_str(&p.name);
                    t.push_str(s.says_after);
                    t
                }))
                .child(El::new("span").class("ic-glance-text").text(line)),
        );
    }
    Some(list)
}

fn tabs(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let mut list = El::new("div")
        .class("ic-tabs")
        .attr("role", "tablist")
        .attr("aria-label", s.tabs_label);
    for t in Tab::ALL {
        let selected = ctx.state.tab == t;
        list = list.child(
            El::new("button")
                .attr("type", "button")
                .class("ic-tab")
                .attr("role", "tab")
                .attr("id", ctx.id2("tab-", t.name()))
                .attr("aria-controls", ctx.id2("panel-", t.name()))
                .attr("aria-selected", if selected { "true" } else { "false" })
                .attr("tabindex", if selected { "0" } else { "-1" })
                .attr("data-act", {
                    let mut a = String::from("tab:");
                    a.push_str(t.name());
                    a
                })
                .text(t.label(s)),
        );
    }
    list
}

/// A panel: a tabpanel in the interactive card, a plain section in static HTML.
fn panel(ctx: &Ctx<'_>, tab: Tab, body: El) -> El {
    let heading_id = ctx.id2("h-", tab.name());
    let mut el = El::new("section")
        .attr(
            "class",
            match tab {
                Tab::Claims => "ic-panel ic-panel-claims",
                Tab::Figures => "ic-panel ic-panel-figures",
                Tab::Timeline => "ic-panel ic-panel-timeline",
                Tab::Reactions => "ic-panel ic-panel-reactions",
                Tab::Article => "ic-panel ic-panel-article",
            },
        )
        .attr("id", ctx.id2("panel-", tab.name()))
        .attr("data-tab", tab.name());
    if ctx.static_html {
        el = el.attr("aria-labelledby", heading_id.clone());
    } else {
        el = el
            .attr("role", "tabpanel")
            .attr("aria-labelledby", ctx.id2("tab-", tab.name()))
            .attr("tabindex", "0");
        if ctx.state.tab != tab {
            el = el.attr("hidden", "");
        }
    }
    let s = ctx.s();
    let title = match tab {
        Tab::Claims => s.claims_heading,
        Tab::Figures => s.figures_heading,
        Tab::Timeline => s.timeline_heading,
        Tab::Reactions => s.reactions_heading,
        Tab::Article => s.article_heading,
    };
    el.child(
        El::new("h3")
            .class("ic-panel-h")
            .attr("id", heading_id)
            .text(title),
    )
    .adopt(body)
}

fn about(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let mut body = El::new("div").class("ic-about-body");
    for p in s.about_text {
        body = body.child(El::new("p").text(*p));
    }
    if ctx.static_html {
        return El::new("footer")
            .class("ic-foot")
            .child(
                El::new("details")
                    .class("ic-about")
                    .child(El::new("summary").text(s.about))
                    .child(body),
            )
            .child(print_source(ctx));
    }
    let open = ctx.state.about_open;
    let mut body = body.attr("id", ctx.id("about"));
    if !open {
        body = body.attr("hidden", "");
    }
    let mut export = El::new("div")
        .class("ic-export")
        .attr("role", "group")
        .attr("aria-label", s.export_label)
        .child(
            El::new("button")
                .attr("type", "button")
                .class("ic-btn ic-dl")
                .attr("data-act", "export:json")
                .text(s.download_json),
        );
    if ctx.data.claims.iter().any(|c| !c.figures.is_empty()) {
        export = export.child(
            El::new("button")
                .attr("type", "button")
                .class("ic-btn ic-csv")
                .attr("data-act", "export:csv")
                .text(s.copy_csv),
        );
    }
    El::new("footer")
        .class("ic-foot")
        .child(
            El::new("div")
                .class("ic-foot-row")
                .child(
                    El::new("button")
                        .attr("type", "button")
                        .class("ic-disclosure")
                        .attr("aria-expanded", if open { "true" } else { "false" })
                        .attr("aria-controls", ctx.id("about"))
                        .attr("data-act", "toggle:about")
                        .text(s.about),
                )
                .child(export),
        )
        .child(body)
        .child(print_source(ctx))
}

/// Printed only (the stylesheet hides it on screen): the article's title,
/// outlet, date and address, so a printout says where its sentences come from.
fn print_source(ctx: &Ctx<'_>) -> El {
    let s = ctx.s();
    let a = &ctx.data.article;
    let mut p = El::new("p")
        .class("ic-print-src")
        .text(s.print_source)
        .child(El::new("cite").attr("dir", "auto").text(a.title.clone()));
    if let Some(src) = a.source.as_deref().filter(|x| !x.is_empty()) {
        p = p.child(sep()).child(El::new("span").text(src.to_string()));
    }
    if let Some(d) = Date::parse_iso(&a.published) {
        p = p.child(sep()).child(time(d, short_date(d, s, false)));
    }
    if let Some(url) = a.url.as_deref().and_then(crate::text::http_url) {
        p = p
            .child(sep())
            .child(El::new("span").class("ic-url").attr("dir", "ltr").text(url));
    }
    p
}

/// A `<time>` element.
fn time(d: Date, text: String) -> El {
    El::new("time").attr("datetime", d.to_iso()).text(text)
}

/// ` · ` between items, hidden from screen readers.
fn sep() -> El {
    El::new("span")
        .class("ic-sep")
        .attr("aria-hidden", "true")
        .text(" · ")
}

/// `WORLD` → `World`, `MIDDLE EAST` → `Middle East` (ASCII letters only:
/// Unicode case tables would cost more than they are worth here).
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c.to_ascii_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// `a`, `a and b`, `a, b and c` (in the interface language).
pub fn join_and(items: &[String], words: &Strings) -> String {
    let mut s = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(if i + 1 == items.len() {
                words.and
            } else {
                words.comma
            });
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

/// Every party in the belligerents' display order (swapped or not).
pub fn side_order<'a>(data: &'a Dataset, state: &State) -> Vec<&'a Party> {
    let mut b = data.belligerents();
    if state.swapped {
        b.reverse();
    }
    b
}

#[cfg(test)]
mod tests;

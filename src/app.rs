//! The card's state machine: every interaction is a [`Msg`]; [`update`] is
//! pure and reports which regions of the card changed ([`Changes`]), so the
//! DOM layer re-renders only those. Side effects the DOM layer must perform
//! (move focus, write to the clipboard) are left in the state as plain data
//! ([`State::focus`], [`State::effect`]) and cleared by the next update.

use crate::i18n::{Lang, Strings};
use crate::model::{Dataset, Role};

/// The card's sections, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The belligerents' claims side by side.
    #[default]
    Claims,
    /// The casualty comparison.
    Figures,
    /// Dated events and the background lane.
    Timeline,
    /// Mediators and third parties.
    Reactions,
    /// The article text, where provenance is shown.
    Article,
}

impl Tab {
    /// Every tab in order.
    pub const ALL: [Tab; 5] = [
        Tab::Claims,
        Tab::Figures,
        Tab::Timeline,
        Tab::Reactions,
        Tab::Article,
    ];

    /// The name used in ids and `data-act` values.
    pub fn name(self) -> &'static str {
        match self {
            Tab::Claims => "claims",
            Tab::Figures => "figures",
            Tab::Timeline => "timeline",
            Tab::Reactions => "reactions",
            Tab::Article => "article",
        }
    }

    /// The tab with this name.
    pub fn from_name(name: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.name() == name)
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The region that shows this tab's panel.
    pub fn changes(self) -> Changes {
        match self {
            Tab::Claims => Changes::CLAIMS,
            Tab::Figures => Changes::FIGURES,
            Tab::Timeline => Changes::TIMELINE,
            Tab::Reactions => Changes::REACTIONS,
            Tab::Article => Changes::ARTICLE,
        }
    }

    /// The visible label.
    pub fn label(self, s: &Strings) -> &'static str {
        match self {
            Tab::Claims => s.tab_claims,
            Tab::Figures => s.tab_figures,
            Tab::Timeline => s.tab_timeline,
            Tab::Reactions => s.tab_reactions,
            Tab::Article => s.tab_article,
        }
    }
}

/// A keyboard move inside the tab list (WAI-ARIA APG tabs pattern).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// ArrowRight (ArrowLeft in right-to-left): the next tab, wrapping.
    Next,
    /// ArrowLeft (ArrowRight in right-to-left): the previous tab, wrapping.
    Prev,
    /// Home.
    First,
    /// End.
    Last,
}

/// What a provenance view points at: a sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A claim, by id.
    Claim(String),
    /// A timeline event, by index into `dataset.timeline`.
    Event(usize),
    /// A background item, by index into `dataset.context`.
    Context(usize),
}

/// Where the DOM layer should move focus after rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    /// The element id without the card prefix (`tab-figures`, `src-c3`, `mark`).
    pub id: String,
    /// Scroll it to the middle of the viewport (otherwise only as far as needed).
    pub center: bool,
}

impl Focus {
    fn on(id: impl Into<String>, center: bool) -> Option<Focus> {
        Some(Focus {
            id: id.into(),
            center,
        })
    }
}

/// A side effect the DOM layer performs after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the deep link of this claim to the clipboard, then send [`Msg::Copied`].
    CopyLink(String),
    /// Offer the dataset as a JSON file, then send [`Msg::Exported`].
    DownloadJson,
    /// Write the figures as CSV to the clipboard (or offer a CSV file when
    /// there is no clipboard), then send [`Msg::Exported`].
    CopyCsv,
    /// Tell the host page that the reader selected this claim (the
    /// `incident-card:select` event).
    Selected(String),
}

/// What the reader can export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The dataset as a JSON file.
    Json,
    /// The figures as CSV on the clipboard.
    Csv,
}

/// How an export ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exported {
    /// The JSON file was offered for download.
    JsonDownloaded,
    /// The CSV is on the clipboard.
    CsvCopied,
    /// No clipboard: the CSV was offered as a file.
    CsvDownloaded,
}

/// The card's disclosures (`aria-expanded` buttons).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disclosure {
    /// "How this card was made".
    About,
}

/// What the reader has chosen so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    /// Interface language (for announcements).
    pub lang: Lang,
    /// The selected tab.
    pub tab: Tab,
    /// Columns shown in reverse dataset order.
    pub swapped: bool,
    /// The sentence highlighted in the article view.
    pub source: Option<Source>,
    /// The tab the reader opened the article view from.
    pub return_tab: Tab,
    /// The control the reader opened the article view from (id without prefix).
    pub return_to: Option<String>,
    /// The claim a deep link points at (marked in its list).
    pub target: Option<String>,
    /// "How this card was made" is expanded.
    pub about_open: bool,
    /// A claim link shown as text because the clipboard was unavailable: (claim id, URL).
    pub shown_link: Option<(String, String)>,
    /// What the polite live region says after this change.
    pub announcement: String,
    /// Focus to move after rendering (cleared by every update).
    pub focus: Option<Focus>,
    /// Effect to perform after rendering (cleared by every update).
    pub effect: Option<Effect>,
}

impl State {
    /// The initial state for a language.
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            ..State::default()
        }
    }
}

/// An interaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// Select a tab (click).
    SelectTab(Tab),
    /// Move within the tab list (arrow keys, Home, End); selection follows focus.
    TabStep(Step),
    /// Swap the two columns.
    SwapSides,
    /// Open the article view with this sentence highlighted. `from` is the id
    /// (without prefix) of the control the reader used, to return focus to.
    ShowSource {
        /// The sentence.
        source: Source,
        /// The control it was opened from.
        from: Option<String>,
    },
    /// Leave the article view for the tab and control the reader came from.
    Back,
    /// Copy the deep link of a claim.
    CopyLink(String),
    /// The clipboard write finished (`ok`) or was impossible.
    Copied {
        /// The claim id.
        claim: String,
        /// The link.
        url: String,
        /// Whether the clipboard accepted it.
        ok: bool,
    },
    /// Show a claim in its list (deep link `#incident-card/<id>`, `card.select(id)`).
    OpenClaim(String),
    /// Expand or collapse a disclosure.
    Toggle(Disclosure),
    /// Export the data (`Download JSON`, `Copy as CSV`).
    Export(Export),
    /// An export finished.
    Exported(Exported),
}

impl Msg {
    /// The message a control's `data-act` value stands for:
    /// `tab:<name>`, `swap`, `src:<claim>`, `src-ev:<n>`, `src-bg:<n>`, `back`,
    /// `copy:<claim>`, `toggle:about`, `export:json`, `export:csv`.
    pub fn parse(act: &str) -> Option<Msg> {
        let (verb, arg) = match act.split_once(':') {
            Some((v, a)) => (v, a),
            None => (act, ""),
        };
        let source = |s: Source| {
            Some(Msg::ShowSource {
                source: s,
                from: None,
            })
        };
        match (verb, arg) {
            ("swap", "") => Some(Msg::SwapSides),
            ("back", "") => Some(Msg::Back),
            ("tab", name) => Tab::from_name(name).map(Msg::SelectTab),
            ("src", id) if !id.is_empty() => source(Source::Claim(id.to_string())),
            ("src-ev", n) => source(Source::Event(n.parse().ok()?)),
            ("src-bg", n) => source(Source::Context(n.parse().ok()?)),
            ("copy", id) if !id.is_empty() => Some(Msg::CopyLink(id.to_string())),
            ("toggle", "about") => Some(Msg::Toggle(Disclosure::About)),
            ("export", "json") => Some(Msg::Export(Export::Json)),
            ("export", "csv") => Some(Msg::Export(Export::Csv)),
            _ => None,
        }
    }

    /// The message a key press on a tab stands for (`key` as in `KeyboardEvent.key`).
    pub fn from_tab_key(key: &str, rtl: bool) -> Option<Msg> {
        let step = match (key, rtl) {
            ("ArrowRight", false) | ("ArrowLeft", true) => Step::Next,
            ("ArrowLeft", false) | ("ArrowRight", true) => Step::Prev,
            ("Home", _) => Step::First,
            ("End", _) => Step::Last,
            _ => return None,
        };
        Some(Msg::TabStep(step))
    }

    /// The same message, remembering the control it came from (for `ShowSource`).
    pub fn with_origin(self, control_id: Option<String>) -> Msg {
        match self {
            Msg::ShowSource { source, from: None } => Msg::ShowSource {
                source,
                from: control_id,
            },
            other => other,
        }
    }
}

/// The prefix of a deep link's fragment.
pub const LINK_PREFIX: &str = "#incident-card/";

/// The fragment of a claim's deep link: `#incident-card/<id>`, or
/// `#incident-card/<scope>/<id>` for a card with a link scope (the id of its
/// `<incident-card>` element), so that several cards on one page each answer
/// only their own links.
pub fn link_fragment(scope: &str, claim: &str) -> String {
    let mut s = String::from(LINK_PREFIX);
    if !scope.is_empty() {
        s.push_str(scope);
        s.push('/');
    }
    s.push_str(claim);
    s
}

/// The claim id a `location.hash` points at, if it is a link for the card with this scope.
pub fn parse_link<'a>(hash: &'a str, scope: &str) -> Option<&'a str> {
    let mut id = hash.strip_prefix(LINK_PREFIX)?;
    if !scope.is_empty() {
        id = id.strip_prefix(scope)?.strip_prefix('/')?;
    }
    (!id.is_empty()).then_some(id)
}

/// The first state of a card: `tab` names the tab to open (`figures`), and
/// `side_order` the side to show first, by party id or name
/// (`armenia`, `Armenia,Azerbaijan`) or `reverse`. Unknown values are ignored.
pub fn initial_state(
    lang: Lang,
    data: &Dataset,
    side_order: Option<&str>,
    tab: Option<&str>,
) -> State {
    let mut state = State::new(lang);
    if let Some(t) = tab.map(str::trim).and_then(Tab::from_name) {
        state.tab = t;
    }
    let b = data.belligerents();
    if let (Some(order), true) = (side_order, b.len() >= 2) {
        let first = order.split(',').next().unwrap_or("").trim();
        let last = b[b.len() - 1];
        state.swapped = first.eq_ignore_ascii_case("reverse")
            || first.eq_ignore_ascii_case(&last.id)
            || first.eq_ignore_ascii_case(&last.name);
    }
    state
}

/// Regions of the card that an update touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changes(pub u32);

impl Changes {
    /// Nothing changed.
    pub const NONE: Changes = Changes(0);
    /// The tab list.
    pub const TABS: Changes = Changes(1);
    /// The claims panel.
    pub const CLAIMS: Changes = Changes(2);
    /// The figures panel.
    pub const FIGURES: Changes = Changes(4);
    /// The timeline panel.
    pub const TIMELINE: Changes = Changes(8);
    /// The reactions panel.
    pub const REACTIONS: Changes = Changes(16);
    /// The article panel.
    pub const ARTICLE: Changes = Changes(32);
    /// The footer with its disclosure.
    pub const ABOUT: Changes = Changes(64);
    /// The live region.
    pub const LIVE: Changes = Changes(128);
    /// The header (its "at a glance" lines follow the column order).
    pub const HEADER: Changes = Changes(256);

    /// Does this set contain `other`?
    pub fn has(self, other: Changes) -> bool {
        self.0 & other.0 != 0
    }

    /// True when nothing changed.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl std::ops::BitOr for Changes {
    type Output = Changes;
    fn bitor(self, o: Changes) -> Changes {
        Changes(self.0 | o.0)
    }
}

/// The tab that lists a claim: the claims tab for the belligerents, reactions for everyone else.
pub fn home_tab(data: &Dataset, claim: &str) -> Option<Tab> {
    let c = data.claim(claim)?;
    let belligerent = data
        .party(&c.party)
        .map(|p| p.role == Role::Belligerent)
        .unwrap_or(false);
    Some(if belligerent {
        Tab::Claims
    } else {
        Tab::Reactions
    })
}

/// Does this source exist in the dataset?
fn source_exists(data: &Dataset, s: &Source) -> bool {
    match s {
        Source::Claim(id) => data.claim(id).is_some(),
        Source::Event(i) => *i < data.timeline.len(),
        Source::Context(i) => *i < data.context.len(),
    }
}

fn select(state: &mut State, tab: Tab) -> Changes {
    if state.tab == tab {
        return Changes::NONE;
    }
    let old = state.tab;
    state.tab = tab;
    Changes::TABS | old.changes() | tab.changes()
}

fn tab_id(tab: Tab) -> String {
    let mut s = String::from("tab-");
    s.push_str(tab.name());
    s
}

fn speaker_of<'a>(data: &'a Dataset, claim: &str) -> &'a str {
    data.claim(claim).map(|c| c.speaker.as_str()).unwrap_or("")
}

/// Applies a message to the state and says which regions changed.
pub fn update(state: &mut State, msg: Msg, data: &Dataset) -> Changes {
    state.focus = None;
    state.effect = None;
    let s = state.lang.strings();
    match msg {
        Msg::SelectTab(tab) => select(state, tab),
        Msg::TabStep(step) => {
            let n = Tab::ALL.len();
            let i = state.tab.index();
            let j = match step {
                Step::Next => (i + 1) % n,
                Step::Prev => (i + n - 1) % n,
                Step::First => 0,
                Step::Last => n - 1,
            };
            let tab = Tab::ALL[j];
            state.focus = Focus::on(tab_id(tab), false);
            select(state, tab)
        }
        Msg::SwapSides => {
            let b = data.belligerents();
            if b.len() < 2 {
                return Changes::NONE;
            }
            state.swapped = !state.swapped;
            let first = if state.swapped { b[b.len() - 1] } else { b[0] };
            state.announcement.clear();
            state.announcement.push_str(s.announce_swapped_before);
            state.announcement.push_str(&first.name);
            state.announcement.push_str(s.announce_swapped_after);
            Changes::HEADER | Changes::CLAIMS | Changes::FIGURES | Changes::LIVE
        }
        Msg::ShowSource { source, from } => {
            if !source_exists(data, &source) {
                return Changes::NONE;
            }
            state.announcement.clear();
            match &source {
                Source::Claim(id) => {
                    state.announcement.push_str(s.announce_source_claim);
                    state.announcement.push_str(speaker_of(data, id));
                    state.announcement.push('.');
                }
                Source::Event(_) => state.announcement.push_str(s.announce_source_event),
                Source::Context(_) => state.announcement.push_str(s.announce_source_context),
            }
            if state.tab != Tab::Article {
                state.return_tab = state.tab;
                state.return_to = from;
            } else if from.is_some() {
                state.return_to = from;
            }
            if let Source::Claim(id) = &source {
                state.effect = Some(Effect::Selected(id.clone()));
            }
            state.source = Some(source);
            state.focus = Focus::on("mark", true);
            select(state, Tab::Article) | Changes::ARTICLE | Changes::LIVE
        }
        Msg::Back => {
            if state.source.is_none() && state.tab != Tab::Article {
                return Changes::NONE;
            }
            state.source = None;
            let back = if state.return_tab == Tab::Article {
                Tab::Claims
            } else {
                state.return_tab
            };
            state.focus = match state.return_to.take() {
                Some(id) => Focus::on(id, true),
                None => Focus::on(tab_id(back), false),
            };
            state.announcement.clear();
            select(state, back) | Changes::ARTICLE | Changes::LIVE
        }
        Msg::CopyLink(claim) => {
            if data.claim(&claim).is_none() {
                return Changes::NONE;
            }
            state.effect = Some(Effect::CopyLink(claim));
            Changes::NONE
        }
        Msg::Copied { claim, url, ok } => {
            let Some(home) = home_tab(data, &claim) else {
                return Changes::NONE;
            };
            state.announcement.clear();
            let mut changes = Changes::LIVE;
            if ok {
                state.announcement.push_str(s.announce_copied);
                if state.shown_link.take().is_some() {
                    changes = changes | Changes::CLAIMS | Changes::REACTIONS;
                }
            } else {
                state.announcement.push_str(s.announce_copy_this);
                state.announcement.push_str(&url);
                state.shown_link = Some((claim, url));
                changes = changes | home.changes();
            }
            changes
        }
        Msg::OpenClaim(claim) => {
            let Some(home) = home_tab(data, &claim) else {
                return Changes::NONE;
            };
            let mut changes = Changes::LIVE | home.changes();
            if let Some(old) = state.target.as_deref().and_then(|t| home_tab(data, t)) {
                changes = changes | old.changes();
            }
            if state.source.take().is_some() {
                changes = changes | Changes::ARTICLE;
            }
            state.announcement.clear();
            state.announcement.push_str(s.announce_claim);
            state.announcement.push_str(speaker_of(data, &claim));
            state.announcement.push('.');
            state.focus = Focus::on(crate::view::claim_anchor(data, &claim), true);
            state.effect = Some(Effect::Selected(claim.clone()));
            state.target = Some(claim);
            changes | select(state, home)
        }
        Msg::Toggle(Disclosure::About) => {
            state.about_open = !state.about_open;
            Changes::ABOUT
        }
        Msg::Export(Export::Json) => {
            state.effect = Some(Effect::DownloadJson);
            Changes::NONE
        }
        Msg::Export(Export::Csv) => {
            if data.claims.iter().all(|c| c.figures.is_empty()) {
                return Changes::NONE;
            }
            state.effect = Some(Effect::CopyCsv);
            Changes::NONE
        }
        Msg::Exported(how) => {
            state.announcement.clear();
            state.announcement.push_str(match how {
                Exported::JsonDownloaded => s.announce_downloaded,
                Exported::CsvCopied => s.announce_csv_copied,
                Exported::CsvDownloaded => s.announce_csv_downloaded,
            });
            Changes::LIVE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        crate::extract_article(crate::DEFAULT_ARTICLE).unwrap()
    }

    fn state() -> State {
        State::new(Lang::En)
    }

    #[test]
    fn data_act_values_parse_to_messages() {
        assert_eq!(Msg::parse("swap"), Some(Msg::SwapSides));
        assert_eq!(Msg::parse("back"), Some(Msg::Back));
        assert_eq!(
            Msg::parse("tab:timeline"),
            Some(Msg::SelectTab(Tab::Timeline))
        );
        assert_eq!(
            Msg::parse("src:c3"),
            Some(Msg::ShowSource {
                source: Source::Claim("c3".into()),
                from: None
            })
        );
        assert_eq!(
            Msg::parse("src-ev:2"),
            Some(Msg::ShowSource {
                source: Source::Event(2),
                from: None
            })
        );
        assert_eq!(
            Msg::parse("src-bg:1"),
            Some(Msg::ShowSource {
                source: Source::Context(1),
                from: None
            })
        );
        assert_eq!(Msg::parse("copy:c1"), Some(Msg::CopyLink("c1".into())));
        assert_eq!(
            Msg::parse("toggle:about"),
            Some(Msg::Toggle(Disclosure::About))
        );
        for bad in [
            "", "tab:", "tab:nope", "src:", "src-ev:x", "copy:", "swap:1", "boom",
        ] {
            assert_eq!(Msg::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn arrow_keys_home_and_end_become_tab_steps() {
        assert_eq!(
            Msg::from_tab_key("ArrowRight", false),
            Some(Msg::TabStep(Step::Next))
        );
        assert_eq!(
            Msg::from_tab_key("ArrowLeft", false),
            Some(Msg::TabStep(Step::Prev))
        );
        assert_eq!(
            Msg::from_tab_key("ArrowLeft", true),
            Some(Msg::TabStep(Step::Next))
        );
        assert_eq!(
            Msg::from_tab_key("Home", false),
            Some(Msg::TabStep(Step::First))
        );
        assert_eq!(
            Msg::from_tab_key("End", false),
            Some(Msg::TabStep(Step::Last))
        );
        assert_eq!(Msg::from_tab_key("Enter", false), None);
    }

    #[test]
    fn the_origin_is_remembered_only_for_show_source() {
        let m = Msg::parse("src:c1")
            .unwrap()
            .with_origin(Some("src-c1".into()));
        assert_eq!(
            m,
            Msg::ShowSource {
                source: Source::Claim("c1".into()),
                from: Some("src-c1".into())
            }
        );
        assert_eq!(Msg::SwapSides.with_origin(Some("x".into())), Msg::SwapSides);
    }

    #[test]
    fn selecting_a_tab_changes_the_tab_list_and_both_panels() {
        let d = data();
        let mut s = state();
        let ch = update(&mut s, Msg::SelectTab(Tab::Figures), &d);
        assert_eq!(s.tab, Tab::Figures);
        assert_eq!(ch, Changes::TABS | Changes::CLAIMS | Changes::FIGURES);
        assert_eq!(s.focus, None, "a click already focuses the tab");
        assert_eq!(
            update(&mut s, Msg::SelectTab(Tab::Figures), &d),
            Changes::NONE
        );
    }

    #[test]
    fn tab_steps_wrap_and_move_focus_to_the_new_tab() {
        let d = data();
        let mut s = state();
        update(&mut s, Msg::TabStep(Step::Prev), &d);
        assert_eq!(
            s.tab,
            Tab::Article,
            "Left on the first tab wraps to the last"
        );
        assert_eq!(s.focus, Focus::on("tab-article", false));
        let ch = update(&mut s, Msg::TabStep(Step::Next), &d);
        assert_eq!(
            s.tab,
            Tab::Claims,
            "Right on the last tab wraps to the first"
        );
        assert!(ch.has(Changes::TABS) && ch.has(Changes::ARTICLE) && ch.has(Changes::CLAIMS));
        update(&mut s, Msg::TabStep(Step::Last), &d);
        assert_eq!(s.tab, Tab::Article);
        update(&mut s, Msg::TabStep(Step::First), &d);
        assert_eq!(s.tab, Tab::Claims);
        update(&mut s, Msg::TabStep(Step::Next), &d);
        assert_eq!(s.tab, Tab::Figures);
        assert_eq!(s.focus, Focus::on("tab-figures", false));
    }

    #[test]
    fn swapping_announces_the_new_first_column() {
        let d = data();
        let mut s = state();
        let ch = update(&mut s, Msg::SwapSides, &d);
        assert!(s.swapped);
        assert_eq!(
            ch,
            Changes::HEADER | Changes::CLAIMS | Changes::FIGURES | Changes::LIVE
        );
        assert_eq!(s.announcement, "Columns swapped: Armenia first.");
        update(&mut s, Msg::SwapSides, &d);
        assert!(!s.swapped);
        assert_eq!(s.announcement, "Columns swapped: Azerbaijan first.");
    }

    #[test]
    fn swapping_needs_two_sides() {
        let mut d = data();
        d.parties.retain(|p| p.id != "armenia");
        let mut s = state();
        assert_eq!(update(&mut s, Msg::SwapSides, &d), Changes::NONE);
        assert!(!s.swapped);
    }

    #[test]
    fn showing_a_source_opens_the_article_focuses_the_mark_and_announces_the_speaker() {
        let d = data();
        let mut s = state();
        let ch = update(
            &mut s,
            Msg::ShowSource {
                source: Source::Claim("c3".into()),
                from: Some("src-c3".into()),
            },
            &d,
        );
        assert_eq!(s.tab, Tab::Article);
        assert_eq!(s.source, Some(Source::Claim("c3".into())));
        assert_eq!(s.return_tab, Tab::Claims);
        assert_eq!(s.return_to.as_deref(), Some("src-c3"));
        assert_eq!(s.focus, Focus::on("mark", true));
        assert_eq!(
            ch,
            Changes::TABS | Changes::CLAIMS | Changes::ARTICLE | Changes::LIVE
        );
        assert_eq!(
            s.announcement,
            "Showing the source sentence of the claim by Armenia's defence ministry."
        );
    }

    #[test]
    fn back_returns_to_the_tab_and_control_the_reader_came_from() {
        let d = data();
        let mut s = state();
        update(&mut s, Msg::SelectTab(Tab::Figures), &d);
        update(
            &mut s,
            Msg::ShowSource {
                source: Source::Claim("c1".into()),
                from: Some("fig-c1-0".into()),
            },
            &d,
        );
        let ch = update(&mut s, Msg::Back, &d);
        assert_eq!(s.tab, Tab::Figures);
        assert_eq!(s.source, None);
        assert_eq!(s.focus, Focus::on("fig-c1-0", true));
        assert!(ch.has(Changes::ARTICLE) && ch.has(Changes::FIGURES) && ch.has(Changes::TABS));
        // Nothing to go back from.
        assert_eq!(update(&mut s, Msg::Back, &d), Changes::NONE);
    }

    #[test]
    fn back_without_an_origin_focuses_the_tab() {
        let d = data();
        let mut s = state();
        update(
            &mut s,
            Msg::ShowSource {
                source: Source::Event(4),
                from: None,
            },
            &d,
        );
        assert_eq!(s.announcement, "Showing the source sentence of this event.");
        update(&mut s, Msg::Back, &d);
        assert_eq!(s.tab, Tab::Claims);
        assert_eq!(s.focus, Focus::on("tab-claims", false));
    }

    #[test]
    fn a_second_source_from_the_article_keeps_the_first_origin() {
        let d = data();
        let mut s = state();
        update(&mut s, Msg::SelectTab(Tab::Timeline), &d);
        update(
            &mut s,
            Msg::ShowSource {
                source: Source::Context(1),
                from: Some("bg-1".into()),
            },
            &d,
        );
        assert_eq!(
            s.announcement,
            "Showing the source sentence of this background item."
        );
        let ch = update(
            &mut s,
            Msg::ShowSource {
                source: Source::Context(0),
                from: None,
            },
            &d,
        );
        assert_eq!(s.return_tab, Tab::Timeline);
        assert_eq!(s.return_to.as_deref(), Some("bg-1"));
        assert_eq!(ch, Changes::ARTICLE | Changes::LIVE);
    }

    #[test]
    fn unknown_sources_change_nothing() {
        let d = data();
        let mut s = state();
        for src in [
            Source::Claim("c99".into()),
            Source::Event(99),
            Source::Context(99),
        ] {
            let ch = update(
                &mut s,
                Msg::ShowSource {
                    source: src,
                    from: None,
                },
                &d,
            );
            assert_eq!(ch, Changes::NONE);
        }
        assert_eq!(s, state());
    }

    #[test]
    fn copy_link_asks_the_dom_layer_for_the_clipboard() {
        let d = data();
        let mut s = state();
        assert_eq!(
            update(&mut s, Msg::CopyLink("c2".into()), &d),
            Changes::NONE
        );
        assert_eq!(s.effect, Some(Effect::CopyLink("c2".into())));
        update(&mut s, Msg::SwapSides, &d);
        assert_eq!(s.effect, None, "effects last one update");
        update(&mut s, Msg::CopyLink("nope".into()), &d);
        assert_eq!(s.effect, None);
    }

    #[test]
    fn a_copied_link_is_announced_and_a_failed_copy_shows_the_link() {
        let d = data();
        let mut s = state();
        let url = "https://example.com/p#incident-card/c7".to_string();
        let ch = update(
            &mut s,
            Msg::Copied {
                claim: "c7".into(),
                url: url.clone(),
                ok: false,
            },
            &d,
        );
        assert_eq!(ch, Changes::LIVE | Changes::REACTIONS);
        assert_eq!(s.shown_link, Some(("c7".into(), url.clone())));
        assert_eq!(
            s.announcement,
            "Copying is not available here. The link is: https://example.com/p#incident-card/c7"
        );
        let ch = update(
            &mut s,
            Msg::Copied {
                claim: "c7".into(),
                url,
                ok: true,
            },
            &d,
        );
        assert_eq!(s.announcement, "Link copied.");
        assert_eq!(s.shown_link, None);
        assert!(ch.has(Changes::REACTIONS));
    }

    #[test]
    fn opening_a_claim_selects_its_tab_marks_it_and_focuses_it() {
        let d = data();
        let mut s = state();
        let ch = update(&mut s, Msg::OpenClaim("c9".into()), &d);
        assert_eq!(s.tab, Tab::Reactions);
        assert_eq!(s.target.as_deref(), Some("c9"));
        assert_eq!(
            s.focus,
            Focus::on("claim-c7", true),
            "grouped with c7's sentence"
        );
        assert!(ch.has(Changes::REACTIONS) && ch.has(Changes::TABS) && ch.has(Changes::CLAIMS));
        assert_eq!(s.announcement, "Showing the claim by United Nations.");
        let ch = update(&mut s, Msg::OpenClaim("c4".into()), &d);
        assert_eq!(s.tab, Tab::Claims);
        assert_eq!(s.focus, Focus::on("claim-c4", true));
        assert!(ch.has(Changes::REACTIONS), "the old target loses its mark");
        assert_eq!(
            update(&mut s, Msg::OpenClaim("zz".into()), &d),
            Changes::NONE
        );
    }

    #[test]
    fn opening_a_claim_leaves_the_article_view() {
        let d = data();
        let mut s = state();
        update(
            &mut s,
            Msg::ShowSource {
                source: Source::Claim("c1".into()),
                from: None,
            },
            &d,
        );
        let ch = update(&mut s, Msg::OpenClaim("c1".into()), &d);
        assert_eq!(s.source, None);
        assert_eq!(s.tab, Tab::Claims);
        assert!(ch.has(Changes::ARTICLE));
    }

    #[test]
    fn the_about_disclosure_toggles() {
        let d = data();
        let mut s = state();
        assert_eq!(
            update(&mut s, Msg::Toggle(Disclosure::About), &d),
            Changes::ABOUT
        );
        assert!(s.about_open);
        update(&mut s, Msg::Toggle(Disclosure::About), &d);
        assert!(!s.about_open);
    }

    #[test]
    fn deep_links_round_trip() {
        assert_eq!(link_fragment("", "c3"), "#incident-card/c3");
        assert_eq!(parse_link("#incident-card/c3", ""), Some("c3"));
        assert_eq!(parse_link("#incident-card/", ""), None);
        assert_eq!(parse_link("#other", ""), None);
        assert_eq!(parse_link("", ""), None);
    }

    #[test]
    fn scoped_deep_links_answer_only_their_own_card() {
        assert_eq!(link_fragment("thai", "c3"), "#incident-card/thai/c3");
        assert_eq!(parse_link("#incident-card/thai/c3", "thai"), Some("c3"));
        assert_eq!(parse_link("#incident-card/kosovo/c3", "thai"), None);
        assert_eq!(parse_link("#incident-card/c3", "thai"), None);
        assert_eq!(parse_link("#incident-card/thai/", "thai"), None);
    }

    #[test]
    fn the_first_state_follows_the_tab_and_side_order_options() {
        let d = data();
        let s = initial_state(Lang::En, &d, Some("armenia"), Some("figures"));
        assert_eq!(s.tab, Tab::Figures);
        assert!(s.swapped, "Armenia first");
        assert!(initial_state(Lang::En, &d, Some("Armenia, Azerbaijan"), None).swapped);
        assert!(initial_state(Lang::En, &d, Some("reverse"), None).swapped);
        let s = initial_state(Lang::En, &d, Some("azerbaijan"), Some("nope"));
        assert!(!s.swapped);
        assert_eq!(s.tab, Tab::Claims, "an unknown tab is ignored");
    }

    #[test]
    fn selecting_a_claim_tells_the_host() {
        let d = data();
        let mut s = state();
        update(&mut s, Msg::OpenClaim("c4".into()), &d);
        assert_eq!(s.effect, Some(Effect::Selected("c4".into())));
        update(
            &mut s,
            Msg::ShowSource {
                source: Source::Claim("c2".into()),
                from: None,
            },
            &d,
        );
        assert_eq!(s.effect, Some(Effect::Selected("c2".into())));
        update(
            &mut s,
            Msg::ShowSource {
                source: Source::Event(0),
                from: None,
            },
            &d,
        );
        assert_eq!(s.effect, None, "an event is not a claim");
    }

    #[test]
    fn exports_ask_the_dom_layer_and_announce_the_outcome() {
        let d = data();
        let mut s = state();
        assert_eq!(Msg::parse("export:json"), Some(Msg::Export(Export::Json)));
        assert_eq!(Msg::parse("export:csv"), Some(Msg::Export(Export::Csv)));
        assert_eq!(update(&mut s, Msg::Export(Export::Json), &d), Changes::NONE);
        assert_eq!(s.effect, Some(Effect::DownloadJson));
        update(&mut s, Msg::Export(Export::Csv), &d);
        assert_eq!(s.effect, Some(Effect::CopyCsv));
        let ch = update(&mut s, Msg::Exported(Exported::CsvDownloaded), &d);
        assert_eq!(ch, Changes::LIVE);
        assert!(s.announcement.contains("CSV file"));
        let mut none = d.clone();
        for c in &mut none.claims {
            c.figures.clear();
        }
        update(&mut s, Msg::Export(Export::Csv), &none);
        assert_eq!(s.effect, None, "no figures, nothing to copy");
    }
}

//! Every interface string of the card, in one table per language.
//! Data (headlines, claims, names) is never translated; only the card's own words.
//! Sentences that embed data are split into `_before`/`_after` pieces so a
//! translation can reorder words around the data without `format!`.

/// A supported interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The language for a BCP 47 tag (`en`, `en-GB`); English when unknown.
    pub fn from_tag(tag: &str) -> Lang {
        let _ = tag;
        Lang::En
    }

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// Writing direction, `ltr` or `rtl`.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// Is the writing direction right to left? (Arrow keys in the tab list swap.)
    pub fn is_rtl(self) -> bool {
        self.dir() == "rtl"
    }

    /// The string table.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
        }
    }
}

/// The card's own words.
#[derive(Debug)]
pub struct Strings {
    // --- header ---
    /// Label before the source (`Source: `).
    pub source: &'static str,
    /// Label before the publication date.
    pub published: &'static str,
    /// After the read time number.
    pub min_read: &'static str,
    /// Accessible name of the "at a glance" list.
    pub glance_label: &'static str,
    /// Before a side's figures about its own losses.
    pub glance_own: &'static str,
    /// Before the name of the other side whose losses a side reports.
    pub glance_other_before: &'static str,
    /// After it.
    pub glance_other_after: &'static str,
    /// A side that gives no figures.
    pub glance_none: &'static str,

    // --- tabs and panel headings ---
    /// Accessible name of the tab list.
    pub tabs_label: &'static str,
    /// Tab label.
    pub tab_claims: &'static str,
    /// Tab label.
    pub tab_figures: &'static str,
    /// Tab label.
    pub tab_timeline: &'static str,
    /// Tab label.
    pub tab_reactions: &'static str,
    /// Tab label.
    pub tab_article: &'static str,
    /// Panel heading.
    pub claims_heading: &'static str,
    /// Panel heading.
    pub figures_heading: &'static str,
    /// Panel heading.
    pub timeline_heading: &'static str,
    /// Panel heading.
    pub reactions_heading: &'static str,
    /// Panel heading.
    pub article_heading: &'static str,

    // --- claims ---
    /// Note that the column order means nothing.
    pub order_note: &'static str,
    /// The swap control.
    pub swap: &'static str,
    /// Before a side's name in a column head (`Azerbaijan says`).
    pub says_before: &'static str,
    /// After it.
    pub says_after: &'static str,
    /// Row labels.
    pub topic_casualties: &'static str,
    /// Row labels.
    pub topic_responsibility: &'static str,
    /// Row labels.
    pub topic_situation: &'static str,
    /// Row labels.
    pub topic_statement: &'static str,
    /// Empty cell, before the party name.
    pub no_claim_before: &'static str,
    /// Empty cell, after the party name.
    pub no_claim_after: &'static str,
    /// A party without any statement, before its name.
    pub no_statement_before: &'static str,
    /// When the article names no sides.
    pub no_sides: &'static str,
    /// When neither side is quoted.
    pub no_claims: &'static str,
    /// Before the publication date of an undated claim.
    pub reported: &'static str,
    /// Before the day a claim is about (which may differ from the day it was made).
    pub refers_to: &'static str,
    /// Speaker line of a narrated sentence.
    pub reported_in_article: &'static str,
    /// The provenance control.
    pub show_source: &'static str,
    /// The deep-link control.
    pub copy_link: &'static str,
    /// Hidden continuation of a control's name: `: claim by `.
    pub claim_by_before: &'static str,
    /// Label of a link shown as text.
    pub link_label: &'static str,
    /// Static HTML: before a paragraph number.
    pub paragraph_ref: &'static str,

    // --- figures ---
    /// Caveat over the comparison.
    pub figures_caveat: &'static str,
    /// How to reach the sentences.
    pub figures_hint: &'static str,
    /// Why earlier wars' figures are not here.
    pub context_note: &'static str,
    /// When no side gives figures.
    pub no_figures: &'static str,
    /// The table caption.
    pub table_caption: &'static str,
    /// The table's top-left header.
    pub table_corner: &'static str,
    /// An empty cell.
    pub not_stated: &'static str,
    /// A figure about the claimant's own people.
    pub own_losses: &'static str,
    /// A figure about another party's people, before its name.
    pub losses_of_before: &'static str,
    /// After it.
    pub losses_of_after: &'static str,
    /// A figure whose subject is not said.
    pub losses_unknown: &'static str,
    /// Hidden continuation of a figure button's name, before the speaker.
    pub fig_source_hint: &'static str,
    /// The chart's accessible name.
    pub chart_title: &'static str,
    /// Row labels.
    pub kind_killed: &'static str,
    /// Row labels.
    pub kind_wounded: &'static str,
    /// Row labels.
    pub kind_captured: &'static str,
    /// Row labels.
    pub kind_missing: &'static str,
    /// The kinds inside a sentence: killed, wounded, captured, missing.
    pub kinds_lower: [&'static str; 4],

    // --- timeline ---
    /// Heading of the incident lane.
    pub lane_incident: &'static str,
    /// Heading of the background lane.
    pub lane_background: &'static str,
    /// Note under the background heading.
    pub background_note: &'static str,
    /// No dated events.
    pub no_events: &'static str,
    /// Hidden label before the article's words for a date.
    pub article_words: &'static str,
    /// Event kinds.
    pub ev_clash: &'static str,
    /// Event kinds.
    pub ev_ceasefire: &'static str,
    /// Event kinds.
    pub ev_mediation: &'static str,
    /// Event kinds.
    pub ev_statement: &'static str,
    /// Hidden continuation of an event's source control.
    pub about_event: &'static str,
    /// Hidden continuation of a background item's source control.
    pub about_background: &'static str,

    // --- reactions ---
    /// Sub-heading.
    pub mediation_heading: &'static str,
    /// Sub-heading.
    pub third_heading: &'static str,
    /// Role badge.
    pub role_mediator: &'static str,
    /// Role badge.
    pub role_third_party: &'static str,
    /// When nobody mediated or reacted.
    pub no_others: &'static str,

    // --- article and provenance ---
    /// Static HTML: the article disclosure.
    pub article_text: &'static str,
    /// Banner when no sentence is selected.
    pub article_hint: &'static str,
    /// Banner: before the speaker.
    pub prov_claim: &'static str,
    /// Banner for an event.
    pub prov_event: &'static str,
    /// Banner for a background item.
    pub prov_context: &'static str,
    /// Hidden label of the legend.
    pub legend_label: &'static str,
    /// Legend entries.
    pub legend_sentence: &'static str,
    /// Legend entries.
    pub legend_speaker: &'static str,
    /// Legend entries.
    pub legend_cue: &'static str,
    /// The back control, before the tab name.
    pub back_before: &'static str,
    /// Link to the original article.
    pub original_article: &'static str,

    // --- footer ---
    /// The "how this was made" disclosure.
    pub about: &'static str,
    /// Its paragraphs.
    pub about_text: &'static [&'static str],

    // --- live announcements ---
    /// Before the name of the side now first.
    pub announce_swapped_before: &'static str,
    /// After it.
    pub announce_swapped_after: &'static str,
    /// Before a speaker.
    pub announce_source_claim: &'static str,
    /// An event's sentence is shown.
    pub announce_source_event: &'static str,
    /// A background sentence is shown.
    pub announce_source_context: &'static str,
    /// Before a speaker (deep link).
    pub announce_claim: &'static str,
    /// The clipboard took the link.
    pub announce_copied: &'static str,
    /// Before a link the reader must copy by hand.
    pub announce_copy_this: &'static str,

    // --- dates and lists ---
    /// Short weekday names, Monday first.
    pub weekdays_short: [&'static str; 7],
    /// Short month names, January first.
    pub months_short: [&'static str; 12],
    /// Joins the last two items of a list.
    pub and: &'static str,
}

static EN: Strings = Strings {
    source: "Source: ",
    published: "Published ",
    min_read: " min read",
    glance_label: "At a glance",
    glance_own: "Own losses: ",
    glance_other_before: "",
    glance_other_after: "’s losses: ",
    glance_none: "Gives no casualty figures",

    tabs_label: "Sections of the incident card",
    tab_claims: "Claims",
    tab_figures: "Figures",
    tab_timeline: "Timeline",
    tab_reactions: "Reactions",
    tab_article: "Article",
    claims_heading: "What each side says",
    figures_heading: "Casualties, as each side claims them",
    timeline_heading: "What happened when",
    reactions_heading: "Mediation and reactions",
    article_heading: "The article",

    order_note: "The order of the columns is not a ranking.",
    swap: "Swap sides",
    says_before: "",
    says_after: " says",
    topic_casualties: "Casualties",
    topic_responsibility: "Who is responsible",
    topic_situation: "Situation and ceasefire",
    topic_statement: "Other statements",
    no_claim_before: "No claim from ",
    no_claim_after: " in this article",
    no_statement_before: "No statement from ",
    no_sides: "The article does not name two opposing sides.",
    no_claims: "Neither side is quoted in this article.",
    reported: "Reported ",
    refers_to: "Refers to ",
    reported_in_article: "As reported in the article",
    show_source: "Show in article",
    copy_link: "Copy link",
    claim_by_before: ": claim by ",
    link_label: "Link to this claim: ",
    paragraph_ref: "Article, paragraph ",

    figures_caveat: "Figures as claimed by each side; not independently verified.",
    figures_hint: "Select a figure to see the sentence it comes from.",
    context_note: "Death tolls of earlier conflicts are in the timeline’s background lane; they are not compared here.",
    no_figures: "Neither side gives casualty figures in this article.",
    table_caption: "Casualty figures by who claims them. Each figure says whose losses it counts.",
    table_corner: "Casualties",
    not_stated: "Not stated",
    own_losses: "own losses",
    losses_of_before: "",
    losses_of_after: "’s losses",
    losses_unknown: "whose losses is not said",
    fig_source_hint: ": show the sentence; claim by ",
    chart_title: "Bar chart of the casualty figures each side claims. The same figures are in the table.",
    kind_killed: "Killed",
    kind_wounded: "Wounded",
    kind_captured: "Captured",
    kind_missing: "Missing",
    kinds_lower: ["killed", "wounded", "captured", "missing"],

    lane_incident: "This incident",
    lane_background: "Background",
    background_note: "Earlier events the article recalls. They are not part of this incident, and their figures are not counted in it.",
    no_events: "The article gives no dated events.",
    article_words: "The article says: ",
    ev_clash: "Clash",
    ev_ceasefire: "Ceasefire",
    ev_mediation: "Mediation",
    ev_statement: "Statement",
    about_event: ": this event",
    about_background: ": this background item",

    mediation_heading: "Mediation",
    third_heading: "Reactions",
    role_mediator: "Mediator",
    role_third_party: "Reacted",
    no_others: "No mediator or outside reaction in this article.",

    article_text: "Article text",
    article_hint: "Choose “Show in article” next to a claim, figure or event to see its sentence highlighted here.",
    prov_claim: "Source sentence of the claim by ",
    prov_event: "Source sentence of this event",
    prov_context: "Source sentence of this background item",
    legend_label: "Key: ",
    legend_sentence: "the sentence",
    legend_speaker: "who speaks",
    legend_cue: "reporting verb",
    back_before: "Back to ",
    original_article: "Original article",

    about: "How this card was made",
    about_text: &[
        "Software read the article and extracted who claims what, the casualty figures each side gives and the dates of events. Nothing was added from other sources.",
        "Every claim, figure and event links to the sentence it comes from, so you can check it. Automatic extraction can make mistakes; the article’s own words are the reference.",
        "Figures are what each side says, not verified facts. Which side is shown first means nothing; you can swap them.",
    ],

    announce_swapped_before: "Columns swapped: ",
    announce_swapped_after: " first.",
    announce_source_claim: "Showing the source sentence of the claim by ",
    announce_source_event: "Showing the source sentence of this event.",
    announce_source_context: "Showing the source sentence of this background item.",
    announce_claim: "Showing the claim by ",
    announce_copied: "Link copied.",
    announce_copy_this: "Copying is not available here. The link is: ",

    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    and: " and ",
};

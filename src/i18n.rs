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
    /// French.
    Fr,
    /// Arabic (right to left; Western digits, like the article's own figures).
    Ar,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Ar];

    /// The language for a BCP 47 tag (`en`, `fr-CA`, `ar-EG`); English when unknown.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        if primary.eq_ignore_ascii_case("fr") {
            Lang::Fr
        } else if primary.eq_ignore_ascii_case("ar") {
            Lang::Ar
        } else {
            Lang::En
        }
    }

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// Writing direction, `ltr` or `rtl`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Is the writing direction right to left? (Arrow keys in the tab list swap.)
    pub fn is_rtl(self) -> bool {
        self.dir() == "rtl"
    }

    /// The string table.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Ar => &AR,
        }
    }
}

impl Strings {
    /// `12,500` (English, Arabic), `12 500` (French): digits grouped by thousands.
    pub fn push_number(&self, out: &mut String, n: u64) {
        let digits = crate::text::u64_string(n);
        let len = digits.len();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                out.push_str(self.group_sep);
            }
            out.push(c);
        }
    }

    /// A figure's qualifier (`at least`, as the dataset stores it) in this language;
    /// an unknown qualifier is shown as written.
    pub fn qualifier<'a>(&self, q: &'a str) -> &'a str {
        match q {
            "at least" => self.q_at_least,
            "more than" | "over" => self.q_more_than,
            "about" => self.q_about,
            "up to" => self.q_up_to,
            "nearly" => self.q_nearly,
            other => other,
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

    // --- export ---
    /// Accessible name of the export controls.
    pub export_label: &'static str,
    /// Download the dataset.
    pub download_json: &'static str,
    /// Copy the figures as CSV.
    pub copy_csv: &'static str,
    /// The dataset file was offered for download.
    pub announce_downloaded: &'static str,
    /// The CSV is on the clipboard.
    pub announce_csv_copied: &'static str,
    /// No clipboard: the CSV was downloaded instead.
    pub announce_csv_downloaded: &'static str,
    /// Print only: before the article's title, outlet, date and address.
    pub print_source: &'static str,

    // --- error card ---
    /// Heading of the error card.
    pub error_heading: &'static str,
    /// The article could not be read.
    pub error_article: &'static str,
    /// The dataset does not fit the schema.
    pub error_dataset: &'static str,
    /// The dataset is not JSON.
    pub error_json: &'static str,
    /// The file could not be fetched: before the HTTP status.
    pub error_http_before: &'static str,
    /// The file could not be fetched at all.
    pub error_network: &'static str,
    /// Label before the place of the problem.
    pub error_where: &'static str,
    /// Label before the problem itself.
    pub error_what: &'static str,
    /// Before a line number.
    pub error_line: &'static str,
    /// Before a field path.
    pub error_field: &'static str,
    /// When the page shows the static card below the error.
    pub error_fallback_note: &'static str,

    // --- numbers ---
    /// Thousands separator.
    pub group_sep: &'static str,
    /// Qualifier `at least`.
    pub q_at_least: &'static str,
    /// Qualifier `more than`.
    pub q_more_than: &'static str,
    /// Qualifier `about`.
    pub q_about: &'static str,
    /// Qualifier `up to`.
    pub q_up_to: &'static str,
    /// Qualifier `nearly`.
    pub q_nearly: &'static str,

    // --- dates and lists ---
    /// Short weekday names, Monday first.
    pub weekdays_short: [&'static str; 7],
    /// Short month names, January first.
    pub months_short: [&'static str; 12],
    /// Joins the last two items of a list.
    pub and: &'static str,
    /// Joins the other items of a list.
    pub comma: &'static str,
    /// Joins clauses (the "at a glance" subjects).
    pub semicolon: &'static str,
    /// Between a label and what it labels.
    pub colon: &'static str,
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

    export_label: "Export the data",
    download_json: "Download JSON",
    copy_csv: "Copy as CSV",
    announce_downloaded: "The dataset was offered as a JSON file.",
    announce_csv_copied: "Figures copied as CSV.",
    announce_csv_downloaded: "Copying is not available here; the figures were offered as a CSV file instead.",
    print_source: "Article: ",

    error_heading: "This incident card could not be shown",
    error_article: "The article could not be read.",
    error_dataset: "The dataset does not fit the incident-card/1 format.",
    error_json: "The dataset is not valid JSON.",
    error_http_before: "The file could not be loaded: the server answered HTTP ",
    error_network: "The file could not be loaded (network error or blocked request).",
    error_where: "Where: ",
    error_what: "Problem: ",
    error_line: "line ",
    error_field: "field ",
    error_fallback_note: "The card as published is shown below.",

    group_sep: ",",
    q_at_least: "at least",
    q_more_than: "more than",
    q_about: "about",
    q_up_to: "up to",
    q_nearly: "nearly",

    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    and: " and ",
    comma: ", ",
    semicolon: "; ",
    colon: ": ",
};

// French: a no-break space before `:` and `;`, as French typography wants.
// Party names are data (English), so the strings avoid elision before them
// (`côté Azerbaijan`, `attribuée à …`, not `d’Azerbaijan`).
static FR: Strings = Strings {
    source: "Source\u{a0}: ",
    published: "Publié le ",
    min_read: " min de lecture",
    glance_label: "En bref",
    glance_own: "Pertes propres\u{a0}: ",
    glance_other_before: "Pertes côté ",
    glance_other_after: "\u{a0}: ",
    glance_none: "Ne donne aucun bilan",

    tabs_label: "Sections de la fiche d’incident",
    tab_claims: "Déclarations",
    tab_figures: "Bilans",
    tab_timeline: "Chronologie",
    tab_reactions: "Réactions",
    tab_article: "Article",
    claims_heading: "Ce que dit chaque camp",
    figures_heading: "Victimes, selon chaque camp",
    timeline_heading: "Ce qui s’est passé, et quand",
    reactions_heading: "Médiation et réactions",
    article_heading: "L’article",

    order_note: "L’ordre des colonnes n’est pas un classement.",
    swap: "Inverser les camps",
    says_before: "Selon ",
    says_after: "",
    topic_casualties: "Victimes",
    topic_responsibility: "Qui est responsable",
    topic_situation: "Situation et cessez-le-feu",
    topic_statement: "Autres déclarations",
    no_claim_before: "Aucune déclaration côté ",
    no_claim_after: " dans cet article",
    no_statement_before: "Aucune déclaration côté ",
    no_sides: "L’article ne nomme pas deux camps opposés.",
    no_claims: "Aucun des deux camps n’est cité dans cet article.",
    reported: "Rapporté le ",
    refers_to: "Concerne le ",
    reported_in_article: "Selon l’article",
    show_source: "Voir dans l’article",
    copy_link: "Copier le lien",
    claim_by_before: "\u{a0}: déclaration attribuée à ",
    link_label: "Lien vers cette déclaration\u{a0}: ",
    paragraph_ref: "Article, paragraphe ",

    figures_caveat: "Bilans tels qu’annoncés par chaque camp, non vérifiés de façon indépendante.",
    figures_hint: "Choisissez un chiffre pour voir la phrase dont il provient.",
    context_note: "Les bilans de conflits antérieurs figurent dans la colonne « Contexte » de la chronologie\u{a0}; ils ne sont pas comparés ici.",
    no_figures: "Aucun des deux camps ne donne de bilan dans cet article.",
    table_caption: "Bilans selon qui les annonce. Chaque chiffre précise de quel camp sont les pertes.",
    table_corner: "Victimes",
    not_stated: "Non précisé",
    own_losses: "pertes propres",
    losses_of_before: "pertes côté ",
    losses_of_after: "",
    losses_unknown: "camp des pertes non précisé",
    fig_source_hint: "\u{a0}: voir la phrase\u{a0}; déclaration attribuée à ",
    chart_title: "Graphique en barres des bilans annoncés par chaque camp. Les mêmes chiffres figurent dans le tableau.",
    kind_killed: "Tués",
    kind_wounded: "Blessés",
    kind_captured: "Capturés",
    kind_missing: "Disparus",
    kinds_lower: ["tués", "blessés", "capturés", "disparus"],

    lane_incident: "Cet incident",
    lane_background: "Contexte",
    background_note: "Événements antérieurs rappelés par l’article. Ils ne font pas partie de cet incident, et leurs bilans n’y sont pas comptés.",
    no_events: "L’article ne donne aucun événement daté.",
    article_words: "L’article dit\u{a0}: ",
    ev_clash: "Affrontement",
    ev_ceasefire: "Cessez-le-feu",
    ev_mediation: "Médiation",
    ev_statement: "Déclaration",
    about_event: "\u{a0}: cet événement",
    about_background: "\u{a0}: cet élément de contexte",

    mediation_heading: "Médiation",
    third_heading: "Réactions",
    role_mediator: "Médiateur",
    role_third_party: "A réagi",
    no_others: "Ni médiateur ni réaction extérieure dans cet article.",

    article_text: "Texte de l’article",
    article_hint: "Choisissez « Voir dans l’article » à côté d’une déclaration, d’un chiffre ou d’un événement pour voir sa phrase surlignée ici.",
    prov_claim: "Phrase source de la déclaration attribuée à ",
    prov_event: "Phrase source de cet événement",
    prov_context: "Phrase source de cet élément de contexte",
    legend_label: "Légende\u{a0}: ",
    legend_sentence: "la phrase",
    legend_speaker: "qui parle",
    legend_cue: "verbe de déclaration",
    back_before: "Retour à l’onglet ",
    original_article: "Article original",

    about: "Comment cette fiche a été faite",
    about_text: &[
        "Un logiciel a lu l’article et en a extrait qui affirme quoi, les bilans donnés par chaque camp et les dates des événements. Rien n’a été ajouté d’autres sources.",
        "Chaque déclaration, chiffre et événement renvoie à la phrase dont il provient, pour que vous puissiez le vérifier. L’extraction automatique peut se tromper\u{a0}; les mots de l’article font foi.",
        "Les chiffres sont ce que dit chaque camp, pas des faits vérifiés. Le camp affiché en premier ne signifie rien\u{a0}; vous pouvez les inverser.",
    ],

    announce_swapped_before: "Colonnes inversées\u{a0}: ",
    announce_swapped_after: " en premier.",
    announce_source_claim: "Affichage de la phrase source de la déclaration attribuée à ",
    announce_source_event: "Affichage de la phrase source de cet événement.",
    announce_source_context: "Affichage de la phrase source de cet élément de contexte.",
    announce_claim: "Affichage de la déclaration attribuée à ",
    announce_copied: "Lien copié.",
    announce_copy_this: "La copie n’est pas disponible ici. Le lien est\u{a0}: ",

    export_label: "Exporter les données",
    download_json: "Télécharger le JSON",
    copy_csv: "Copier en CSV",
    announce_downloaded: "Le jeu de données a été proposé en fichier JSON.",
    announce_csv_copied: "Bilans copiés en CSV.",
    announce_csv_downloaded: "La copie n’est pas disponible ici\u{a0}; les bilans ont été proposés en fichier CSV.",
    print_source: "Article\u{a0}: ",

    error_heading: "Cette fiche d’incident n’a pas pu être affichée",
    error_article: "L’article n’a pas pu être lu.",
    error_dataset: "Le jeu de données ne suit pas le format incident-card/1.",
    error_json: "Le jeu de données n’est pas du JSON valide.",
    error_http_before: "Le fichier n’a pas pu être chargé\u{a0}: le serveur a répondu HTTP ",
    error_network: "Le fichier n’a pas pu être chargé (erreur réseau ou requête bloquée).",
    error_where: "Où\u{a0}: ",
    error_what: "Problème\u{a0}: ",
    error_line: "ligne ",
    error_field: "champ ",
    error_fallback_note: "La fiche telle que publiée est affichée ci-dessous.",

    group_sep: "\u{202f}",
    q_at_least: "au moins",
    q_more_than: "plus de",
    q_about: "environ",
    q_up_to: "jusqu’à",
    q_nearly: "près de",

    weekdays_short: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    months_short: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    and: " et ",
    comma: ", ",
    semicolon: "\u{a0}; ",
    colon: "\u{a0}: ",
};

// Arabic: Arabic punctuation (، ؛), full weekday and month names (there are
// no customary short forms), and Western digits throughout, the same digits
// as the article's own figures, so a number reads the same in the card and in
// its source sentence. Party names are data (English) and stay as written;
// `بحسب` (“according to”) avoids verb agreement with them.
static AR: Strings = Strings {
    source: "المصدر: ",
    published: "نُشر في ",
    min_read: " دقائق للقراءة",
    glance_label: "باختصار",
    glance_own: "خسائر الطرف نفسه: ",
    glance_other_before: "خسائر ",
    glance_other_after: ": ",
    glance_none: "لا يذكر أرقامًا للضحايا",

    tabs_label: "أقسام بطاقة الحادث",
    tab_claims: "الروايات",
    tab_figures: "الأرقام",
    tab_timeline: "التسلسل الزمني",
    tab_reactions: "ردود الفعل",
    tab_article: "المقال",
    claims_heading: "ما يقوله كل طرف",
    figures_heading: "الضحايا كما يعلنهم كل طرف",
    timeline_heading: "ماذا حدث ومتى",
    reactions_heading: "الوساطة وردود الفعل",
    article_heading: "المقال",

    order_note: "ترتيب الأعمدة ليس تفضيلًا لأي طرف.",
    swap: "بدّل الطرفين",
    says_before: "بحسب ",
    says_after: "",
    topic_casualties: "الضحايا",
    topic_responsibility: "من المسؤول",
    topic_situation: "الوضع ووقف إطلاق النار",
    topic_statement: "تصريحات أخرى",
    no_claim_before: "لا رواية من ",
    no_claim_after: " في هذا المقال",
    no_statement_before: "لا تصريح من ",
    no_sides: "لا يذكر المقال طرفين متواجهين.",
    no_claims: "لا ينقل المقال كلام أيٍّ من الطرفين.",
    reported: "ورد في ",
    refers_to: "يتعلق بيوم ",
    reported_in_article: "كما ورد في المقال",
    show_source: "اعرض في المقال",
    copy_link: "انسخ الرابط",
    claim_by_before: ": رواية ",
    link_label: "رابط هذه الرواية: ",
    paragraph_ref: "المقال، الفقرة ",

    figures_caveat: "الأرقام كما يعلنها كل طرف، ولم يتحقق منها طرف مستقل.",
    figures_hint: "اختر رقمًا لترى الجملة التي ورد فيها.",
    context_note: "حصيلة النزاعات السابقة في مسار الخلفية ضمن التسلسل الزمني، ولا تُقارن هنا.",
    no_figures: "لا يذكر أيٌّ من الطرفين أرقامًا للضحايا في هذا المقال.",
    table_caption: "أرقام الضحايا بحسب من يعلنها. يبيّن كل رقم أيَّ طرف تخصه الخسائر.",
    table_corner: "الضحايا",
    not_stated: "لم يُذكر",
    own_losses: "خسائر الطرف نفسه",
    losses_of_before: "خسائر ",
    losses_of_after: "",
    losses_unknown: "لم يُذكر أيّ طرف تخصه الخسائر",
    fig_source_hint: ": اعرض الجملة؛ رواية ",
    chart_title: "مخطط شريطي لأرقام الضحايا التي يعلنها كل طرف. الأرقام نفسها في الجدول.",
    kind_killed: "قتلى",
    kind_wounded: "جرحى",
    kind_captured: "أسرى",
    kind_missing: "مفقودون",
    kinds_lower: ["قتلى", "جرحى", "أسرى", "مفقودين"],

    lane_incident: "هذا الحادث",
    lane_background: "الخلفية",
    background_note: "أحداث سابقة يذكّر بها المقال. ليست جزءًا من هذا الحادث، ولا تُحتسب أرقامها فيه.",
    no_events: "لا يذكر المقال أحداثًا مؤرخة.",
    article_words: "عبارة المقال: ",
    ev_clash: "اشتباك",
    ev_ceasefire: "وقف إطلاق النار",
    ev_mediation: "وساطة",
    ev_statement: "تصريح",
    about_event: ": هذا الحدث",
    about_background: ": عنصر الخلفية هذا",

    mediation_heading: "الوساطة",
    third_heading: "ردود الفعل",
    role_mediator: "وسيط",
    role_third_party: "ردّ فعل",
    no_others: "لا وسيط ولا ردود فعل خارجية في هذا المقال.",

    article_text: "نص المقال",
    article_hint: "اختر «اعرض في المقال» بجانب رواية أو رقم أو حدث لترى جملته مظلّلة هنا.",
    prov_claim: "الجملة المصدر لرواية ",
    prov_event: "الجملة المصدر لهذا الحدث",
    prov_context: "الجملة المصدر لعنصر الخلفية هذا",
    legend_label: "دليل الألوان: ",
    legend_sentence: "الجملة",
    legend_speaker: "المتحدث",
    legend_cue: "فعل القول",
    back_before: "العودة إلى ",
    original_article: "المقال الأصلي",

    about: "كيف صُنعت هذه البطاقة",
    about_text: &[
        "قرأ برنامجٌ المقالَ واستخرج منه من يقول ماذا، وأرقام الضحايا التي يعلنها كل طرف، وتواريخ الأحداث. لم يُضف شيء من مصادر أخرى.",
        "كل رواية ورقم وحدث مرتبط بالجملة التي ورد فيها، لتتمكن من التحقق منه. قد يخطئ الاستخراج الآلي؛ والمرجع هو نص المقال نفسه.",
        "الأرقام هي ما يقوله كل طرف، وليست حقائق مؤكدة. ترتيب الطرفين لا يعني شيئًا، ويمكنك تبديله.",
    ],

    announce_swapped_before: "بُدّلت الأعمدة: ",
    announce_swapped_after: " أولًا.",
    announce_source_claim: "تُعرض الآن الجملة المصدر لرواية ",
    announce_source_event: "تُعرض الآن الجملة المصدر لهذا الحدث.",
    announce_source_context: "تُعرض الآن الجملة المصدر لعنصر الخلفية هذا.",
    announce_claim: "تُعرض الآن رواية ",
    announce_copied: "نُسخ الرابط.",
    announce_copy_this: "النسخ غير متاح هنا. الرابط هو: ",

    export_label: "تصدير البيانات",
    download_json: "نزّل JSON",
    copy_csv: "انسخ بصيغة CSV",
    announce_downloaded: "عُرضت البيانات للتنزيل في ملف JSON.",
    announce_csv_copied: "نُسخت الأرقام بصيغة CSV.",
    announce_csv_downloaded: "النسخ غير متاح هنا؛ عُرضت الأرقام للتنزيل في ملف CSV بدلًا من ذلك.",
    print_source: "المقال: ",

    error_heading: "تعذّر عرض بطاقة الحادث هذه",
    error_article: "تعذّرت قراءة المقال.",
    error_dataset: "البيانات لا تطابق صيغة incident-card/1.",
    error_json: "البيانات ليست JSON صالحًا.",
    error_http_before: "تعذّر تحميل الملف: ردّ الخادم بالرمز HTTP ",
    error_network: "تعذّر تحميل الملف (خطأ في الشبكة أو طلب محظور).",
    error_where: "الموضع: ",
    error_what: "المشكلة: ",
    error_line: "السطر ",
    error_field: "الحقل ",
    error_fallback_note: "البطاقة كما نُشرت معروضة أدناه.",

    group_sep: ",",
    q_at_least: "ما لا يقل عن",
    q_more_than: "أكثر من",
    q_about: "نحو",
    q_up_to: "حتى",
    q_nearly: "قرابة",

    weekdays_short: [
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
    ],
    months_short: [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
        "نوفمبر", "ديسمبر",
    ],
    // With a space after it: the names it joins are usually Latin script,
    // and an attached و would sit at the visual end of the next name.
    and: " و ",
    comma: "، ",
    semicolon: "؛ ",
    colon: ": ",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_the_language_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("ar"), Lang::Ar);
        assert_eq!(Lang::from_tag("ar-EG"), Lang::Ar);
        assert_eq!(Lang::from_tag("FR_ca"), Lang::Fr);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(
            Lang::from_tag("tr"),
            Lang::En,
            "unknown languages fall back to English"
        );
        assert_eq!(Lang::from_tag(""), Lang::En);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert!(Lang::Ar.is_rtl() && !Lang::Fr.is_rtl());
    }

    #[test]
    fn numbers_are_grouped_the_way_each_language_writes_them() {
        let mut s = String::new();
        EN.push_number(&mut s, 12500);
        assert_eq!(s, "12,500");
        s.clear();
        FR.push_number(&mut s, 1_234_567);
        assert_eq!(s, "1\u{202f}234\u{202f}567");
        s.clear();
        AR.push_number(&mut s, 999);
        assert_eq!(s, "999");
    }

    #[test]
    fn qualifiers_are_translated_and_unknown_ones_kept() {
        assert_eq!(FR.qualifier("at least"), "au moins");
        assert_eq!(AR.qualifier("more than"), "أكثر من");
        assert_eq!(FR.qualifier("roughly"), "roughly");
    }

    #[test]
    fn every_table_is_complete() {
        for lang in Lang::ALL {
            let s = lang.strings();
            for (i, t) in [
                s.tab_claims,
                s.tab_figures,
                s.tab_timeline,
                s.tab_reactions,
                s.tab_article,
                s.download_json,
                s.copy_csv,
                s.error_heading,
            ]
            .iter()
            .enumerate()
            {
                assert!(!t.trim().is_empty(), "{lang:?}: string {i} is empty");
            }
            assert!(s.weekdays_short.iter().all(|w| !w.is_empty()));
            assert!(s.months_short.iter().all(|m| !m.is_empty()));
            assert_eq!(s.about_text.len(), EN.about_text.len(), "{lang:?}");
        }
    }
}

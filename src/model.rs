//! The dataset: what the extractor found in one article, in the
//! `incident-card/1` schema. It is the contract between the extractor, the
//! card, the CLI (`incident-card extract`) and host pages that bring their own
//! data, so every field is documented in the README.
//!
//! Offsets (`start`, `end`) count Unicode scalar values (code points) in the
//! paragraph they refer to, as Python's `str` indexing does.

use serde::{Deserialize, Serialize};

/// The schema tag every dataset carries.
pub const SCHEMA: &str = "incident-card/1";

/// One article's incident card data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The article as parsed from the wire format.
    pub article: Article,
    /// What happened, where and when.
    pub incident: Incident,
    /// Countries and organisations that take part or react.
    pub parties: Vec<Party>,
    /// Attributed statements, one per speaker and sentence.
    pub claims: Vec<Claim>,
    /// Dated events of the incident, in date order.
    pub timeline: Vec<TimelineEvent>,
    /// Background sentences (earlier wars, earlier years); never part of the incident's figures.
    pub context: Vec<ContextItem>,
}

/// The article's structure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The headline.
    pub title: String,
    /// The summary line under the headline.
    #[serde(default)]
    pub standfirst: String,
    /// Publication date from the header, `YYYY-MM-DD`.
    pub published: String,
    /// Section from the header, such as `WORLD`.
    #[serde(default)]
    pub section: String,
    /// Reading time in minutes (`3 MIN READ`).
    #[serde(default)]
    pub read_minutes: Option<u32>,
    /// The image caption, without its credit.
    #[serde(default)]
    pub image_caption: Option<String>,
    /// The image credit after ` / ` (`Reuters`).
    #[serde(default)]
    pub image_credit: Option<String>,
    /// The dateline as written (`November 17, 2021`).
    #[serde(default)]
    pub dateline: Option<String>,
    /// The `SOURCE:` line (`TRTWorld and agencies`).
    #[serde(default)]
    pub source: Option<String>,
    /// Where the article was published, when known (only http/https links are shown).
    #[serde(default)]
    pub url: Option<String>,
    /// Body paragraphs in order, boilerplate removed.
    pub paragraphs: Vec<String>,
    /// `READ MORE:` headlines, in order.
    #[serde(default)]
    pub related: Vec<String>,
}

/// The incident the article reports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// A short title (usually the headline).
    pub title: String,
    /// What kind of event this is (`Border clash`).
    #[serde(default)]
    pub kind: String,
    /// The day of the clash itself, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// The article's words for that day (`Tuesday`).
    #[serde(default)]
    pub date_phrase: Option<String>,
    /// Places named as where it happened.
    #[serde(default)]
    pub places: Vec<String>,
}

/// What a party does in the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// One of the two sides whose forces clashed.
    Belligerent,
    /// Brokered or mediated a ceasefire or talks.
    Mediator,
    /// Reacted from outside.
    ThirdParty,
}

/// A country or organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    /// Stable id, a slug of the name (`azerbaijan`, `united-nations`).
    pub id: String,
    /// Common English short name (`Azerbaijan`, `United Nations`).
    pub name: String,
    /// Role in this incident.
    pub role: Role,
    /// `country` or `organisation`.
    #[serde(default = "default_party_kind")]
    pub kind: String,
}

fn default_party_kind() -> String {
    "country".into()
}

/// What a claim is about, so the card can line the two sides up on one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Killed, wounded, captured or missing.
    Casualties,
    /// Who started it, who is to blame.
    Responsibility,
    /// The situation on the ground, ceasefire, talks.
    Situation,
    /// Anything else said.
    Statement,
}

impl Topic {
    /// All topics in display order.
    pub const ALL: [Topic; 4] = [
        Topic::Casualties,
        Topic::Responsibility,
        Topic::Situation,
        Topic::Statement,
    ];

    /// The snake_case name used in JSON and ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Casualties => "casualties",
            Topic::Responsibility => "responsibility",
            Topic::Situation => "situation",
            Topic::Statement => "statement",
        }
    }
}

/// A span inside a claim's paragraph, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// One party's statement, traceable to its sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id (`c1`, `c2` …), used in deep links.
    pub id: String,
    /// The id of the party that makes the claim.
    pub party: String,
    /// Who speaks, as the article names them (`Azerbaijan's defence ministry`).
    pub speaker: String,
    /// The whole sentence, exactly as in `article.paragraphs[paragraph][start..end]`.
    pub text: String,
    /// Index into `article.paragraphs`.
    pub paragraph: usize,
    /// Start of the sentence in the paragraph, in characters.
    pub start: usize,
    /// End of the sentence in the paragraph, in characters.
    pub end: usize,
    /// What the claim is about.
    pub topic: Topic,
    /// When the reported event happened, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// The article's words for that date (`Tuesday evening`).
    #[serde(default)]
    pub date_phrase: Option<String>,
    /// Casualty figures the claim states.
    #[serde(default)]
    pub figures: Vec<CasualtyFigure>,
    /// The reporting cue (`said`, `accused`), paragraph offsets.
    #[serde(default)]
    pub cue: Option<Span>,
    /// The speaker's words in the sentence, paragraph offsets.
    #[serde(default)]
    pub speaker_span: Option<Span>,
    /// Directly quoted passages, paragraph offsets (quote marks included).
    #[serde(default)]
    pub quotes: Vec<Span>,
}

/// A number of people killed, wounded, captured or missing, as one party claims it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasualtyFigure {
    /// Id of the party whose people these are.
    pub subject: String,
    /// `killed`, `wounded`, `captured` or `missing`.
    pub kind: String,
    /// How many.
    pub value: u64,
    /// `at least`, `more than`, `about`, `up to`, or null when exact.
    #[serde(default)]
    pub qualifier: Option<String>,
    /// Who they are, as written (`servicemen`, `soldier`, `civilians`).
    #[serde(default)]
    pub group: Option<String>,
}

/// A dated event of the incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// The resolved day, `YYYY-MM-DD`.
    pub date: String,
    /// `morning`, `afternoon`, `evening` or `night`, when said.
    #[serde(default)]
    pub time_of_day: Option<String>,
    /// The article's own words (`Tuesday evening`).
    pub date_phrase: String,
    /// The sentence.
    pub text: String,
    /// Index into `article.paragraphs`.
    pub paragraph: usize,
    /// `clash`, `ceasefire`, `mediation`, `statement` or `other`.
    #[serde(default)]
    pub kind: String,
    /// The claim this event comes from, if any.
    #[serde(default)]
    pub claim: Option<String>,
}

/// A background sentence (an earlier war, an earlier year).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContextItem {
    /// The sentence.
    pub text: String,
    /// Index into `article.paragraphs`.
    pub paragraph: usize,
    /// Start in the paragraph, in characters.
    pub start: usize,
    /// End in the paragraph, in characters.
    pub end: usize,
    /// The period it refers to, as written (`last year`, `in November 2020`).
    #[serde(default)]
    pub period: Option<String>,
    /// Figures in the sentence (never counted as the incident's claims).
    #[serde(default)]
    pub figures: Vec<CasualtyFigure>,
}

impl Dataset {
    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    /// The two belligerents, in dataset order.
    pub fn belligerents(&self) -> Vec<&Party> {
        self.parties
            .iter()
            .filter(|p| p.role == Role::Belligerent)
            .collect()
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
}

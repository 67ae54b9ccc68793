//! Every interface string of the card, in one table per language.
//! Data (headlines, claims, names) is never translated; only the card's own words.

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
    /// Heading of the two-column comparison.
    pub sides_heading: &'static str,
    /// Note under it.
    pub order_note: &'static str,
    /// The swap control.
    pub swap: &'static str,
    /// Empty cell, before the party name.
    pub no_claim_before: &'static str,
    /// Empty cell, after the party name.
    pub no_claim_after: &'static str,
    /// Heading of mediators and reactions.
    pub others_heading: &'static str,
    /// Role names.
    pub role_belligerent: &'static str,
    /// Role names.
    pub role_mediator: &'static str,
    /// Role names.
    pub role_third_party: &'static str,
    /// The disclosure with the article text.
    pub article_heading: &'static str,
    /// Label before the source.
    pub source: &'static str,
    /// Label before the publication date.
    pub published: &'static str,
    /// After the read time number.
    pub min_read: &'static str,
    /// Prefix of the speaker line.
    pub said_by: &'static str,
    /// When nobody reacted.
    pub no_others: &'static str,
    /// Short weekday names, Monday first.
    pub weekdays_short: [&'static str; 7],
    /// Short month names, January first.
    pub months_short: [&'static str; 12],
    /// Joins the last two items of a list.
    pub and: &'static str,
}

static EN: Strings = Strings {
    sides_heading: "What each side says",
    order_note: "The order of the columns is not a ranking.",
    swap: "Swap sides",
    no_claim_before: "No claim from ",
    no_claim_after: " in this article",
    others_heading: "Mediators and reactions",
    role_belligerent: "Party to the clash",
    role_mediator: "Mediator",
    role_third_party: "Reacted",
    article_heading: "Article text",
    source: "Source",
    published: "Published",
    min_read: "min read",
    said_by: "— ",
    no_others: "No mediator or outside reaction in this article.",
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    and: " and ",
};

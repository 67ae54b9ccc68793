//! What a card hands to the outside: its casualty figures as CSV (one row per
//! figure, each traceable to its claim and sentence) and schema.org JSON-LD
//! (`Claim`s with their author, date and appearance, and the `Event`), so a
//! host page can publish the card's content in machine-readable form. No
//! verdict is emitted (not `ClaimReview`): the card reports claims, it does
//! not rate them.

use serde::Serialize;

use crate::model::Dataset;
use crate::text::push_usize;

/// The CSV columns, in order (stable, machine-readable English names).
pub const CSV_COLUMNS: [&str; 12] = [
    "claim",
    "claimant",
    "claimant_name",
    "speaker",
    "subject",
    "subject_name",
    "kind",
    "value",
    "qualifier",
    "group",
    "paragraph",
    "sentence",
];

/// The incident's casualty figures as CSV (RFC 4180: CRLF line ends, fields
/// quoted when they hold a comma, quote or line break). Background figures
/// (earlier wars) are not the incident's and are left out. A text field that
/// a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the
/// start) gets a leading `'`.
pub fn figures_csv(data: &Dataset) -> String {
    let mut out = String::with_capacity(256 + data.claims.len() * 160);
    for (i, col) in CSV_COLUMNS.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(col);
    }
    out.push_str("\r\n");
    let name = |id: &str| data.party(id).map(|p| p.name.as_str()).unwrap_or("");
    for c in &data.claims {
        for f in &c.figures {
            let mut value = String::new();
            crate::text::push_u64(&mut value, f.value);
            let mut paragraph = String::new();
            push_usize(&mut paragraph, c.paragraph + 1);
            let row: [&str; 12] = [
                &c.id,
                &c.party,
                name(&c.party),
                &c.speaker,
                &f.subject,
                name(&f.subject),
                &f.kind,
                &value,
                f.qualifier.as_deref().unwrap_or(""),
                f.group.as_deref().unwrap_or(""),
                &paragraph,
                &c.text,
            ];
            for (i, field) in row.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_csv_field(&mut out, field);
            }
            out.push_str("\r\n");
        }
    }
    out
}

fn push_csv_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || field.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for ch in field.chars() {
        if ch == '"' {
            out.push('"');
        }
        out.push(ch);
    }
    if quote {
        out.push('"');
    }
}

/// A schema.org graph: the `Event`, the `NewsArticle` and one `Claim` per claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JsonLd {
    /// `https://schema.org`.
    #[serde(rename = "@context")]
    pub context: &'static str,
    /// The nodes.
    #[serde(rename = "@graph")]
    pub graph: Vec<LdNode>,
}

/// A node of the graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum LdNode {
    /// The incident.
    Event(LdEvent),
    /// The article the claims appear in.
    Article(LdArticle),
    /// One attributed statement.
    Claim(LdClaim),
}

/// A reference to another node by `@id`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LdRef {
    /// The node's `@id`.
    #[serde(rename = "@id")]
    pub id: String,
}

/// A named thing (`Place`, `Organization`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LdNamed {
    /// `Place` or `Organization`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// Its name as the article gives it.
    pub name: String,
    /// For a speaker: the party it speaks for.
    #[serde(rename = "parentOrganization", skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<LdNamed>>,
}

/// The incident as a schema.org `Event`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LdEvent {
    /// `Event`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// `#<base>-event`.
    #[serde(rename = "@id")]
    pub id: String,
    /// The incident's title.
    pub name: String,
    /// What kind of incident (`Border clash`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The day of the incident.
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// Where it happened.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub location: Vec<LdNamed>,
}

/// The article as a schema.org `NewsArticle`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LdArticle {
    /// `NewsArticle`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// `#<base>-article`.
    #[serde(rename = "@id")]
    pub id: String,
    /// The headline.
    pub headline: String,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(rename = "datePublished")]
    pub date_published: String,
    /// Where it was published (http/https only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The outlet (`SOURCE:` line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<LdNamed>,
    /// The incident it reports.
    pub about: LdRef,
}

/// One attributed statement as a schema.org `Claim`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LdClaim {
    /// `Claim`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// `#<base>-claim-<id>`.
    #[serde(rename = "@id")]
    pub id: String,
    /// The sentence, exactly as the article has it.
    pub text: String,
    /// Who made the claim, and the party they speak for.
    pub author: LdNamed,
    /// When the claim appeared (the article's publication date).
    #[serde(rename = "datePublished")]
    pub date_published: String,
    /// The article it appears in.
    pub appearance: LdRef,
    /// The incident it is about.
    pub about: LdRef,
}

/// The card's content as schema.org JSON-LD. `base` prefixes every `@id`
/// (`#<base>-event`), so several cards on one page do not collide.
pub fn json_ld(data: &Dataset, base: &str) -> JsonLd {
    let id = |suffix: &str| {
        let mut s = String::with_capacity(base.len() + suffix.len() + 2);
        s.push('#');
        s.push_str(base);
        s.push('-');
        s.push_str(suffix);
        s
    };
    let event_id = id("event");
    let article_id = id("article");
    let inc = &data.incident;
    let mut graph = vec![
        LdNode::Event(LdEvent {
            kind: "Event",
            id: event_id.clone(),
            name: if inc.title.is_empty() {
                data.article.title.clone()
            } else {
                inc.title.clone()
            },
            description: Some(inc.kind.clone()).filter(|k| !k.is_empty()),
            start_date: inc.date.clone(),
            location: inc
                .places
                .iter()
                .map(|p| LdNamed {
                    kind: "Place",
                    name: p.clone(),
                    parent: None,
                })
                .collect(),
        }),
        LdNode::Article(LdArticle {
            kind: "NewsArticle",
            id: article_id.clone(),
            headline: data.article.title.clone(),
            date_published: data.article.published.clone(),
            url: data.article.url.as_deref().and_then(crate::text::http_url),
            publisher: data
                .article
                .source
                .as_ref()
                .filter(|s| !s.is_empty())
                .map(|s| LdNamed {
                    kind: "Organization",
                    name: s.clone(),
                    parent: None,
                }),
            about: LdRef {
                id: event_id.clone(),
            },
        }),
    ];
    for c in &data.claims {
        let party = data.party(&c.party).map(|p| p.name.clone());
        let speaker = if c.speaker.is_empty() {
            party.clone().unwrap_or_default()
        } else {
            c.speaker.clone()
        };
        let parent = party.filter(|p| *p != speaker).map(|p| {
            Box::new(LdNamed {
                kind: "Organization",
                name: p,
                parent: None,
            })
        });
        let mut cid = String::from("claim-");
        cid.push_str(&c.id);
        graph.push(LdNode::Claim(LdClaim {
            kind: "Claim",
            id: id(&cid),
            text: c.text.clone(),
            author: LdNamed {
                kind: "Organization",
                name: speaker,
                parent,
            },
            date_published: data.article.published.clone(),
            appearance: LdRef {
                id: article_id.clone(),
            },
            about: LdRef {
                id: event_id.clone(),
            },
        }));
    }
    JsonLd {
        context: "https://schema.org",
        graph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        crate::extract_article(crate::DEFAULT_ARTICLE).unwrap()
    }

    #[test]
    fn the_csv_has_one_row_per_figure_with_its_claimant_and_subject() {
        let csv = figures_csv(&data());
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], CSV_COLUMNS.join(","));
        let figures: usize = data().claims.iter().map(|c| c.figures.len()).sum();
        assert_eq!(lines.len(), 1 + figures);
        assert!(
            lines[1].starts_with("c1,azerbaijan,Azerbaijan,Azerbaijan's defence ministry,azerbaijan,Azerbaijan,killed,7,"),
            "{}",
            lines[1]
        );
        assert!(
            !csv.contains("6500"),
            "background figures are not the incident's"
        );
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        let mut s = String::new();
        push_csv_field(&mut s, "plain");
        push_csv_field(&mut s, "a, \"b\"");
        push_csv_field(&mut s, "=HYPERLINK(\"x\")");
        push_csv_field(&mut s, "line\nbreak");
        assert_eq!(
            s,
            "plain\"a, \"\"b\"\"\"\"'=HYPERLINK(\"\"x\"\")\"\"line\nbreak\""
        );
    }

    #[test]
    fn json_ld_has_the_event_the_article_and_a_claim_per_claim() {
        let d = data();
        let ld = serde_json::to_value(json_ld(&d, "ic1")).unwrap();
        assert_eq!(ld["@context"], "https://schema.org");
        let graph = ld["@graph"].as_array().unwrap();
        assert_eq!(graph.len(), 2 + d.claims.len());
        assert_eq!(graph[0]["@type"], "Event");
        assert_eq!(graph[0]["@id"], "#ic1-event");
        assert_eq!(graph[0]["startDate"], "2021-11-16");
        assert_eq!(graph[0]["location"][0]["name"], "Kalbajar");
        assert_eq!(graph[1]["@type"], "NewsArticle");
        assert_eq!(graph[1]["publisher"]["name"], "TRTWorld and agencies");
        assert!(graph[1].get("url").is_none(), "no URL in the article");
        let c1 = &graph[2];
        assert_eq!(c1["@type"], "Claim");
        assert_eq!(c1["@id"], "#ic1-claim-c1");
        assert_eq!(c1["author"]["name"], "Azerbaijan's defence ministry");
        assert_eq!(c1["author"]["parentOrganization"]["name"], "Azerbaijan");
        assert_eq!(c1["datePublished"], "2021-11-17");
        assert_eq!(c1["appearance"]["@id"], "#ic1-article");
        assert_eq!(c1["about"]["@id"], "#ic1-event");
        assert!(c1["text"]
            .as_str()
            .unwrap()
            .starts_with("\"Seven servicemen"));
        assert!(
            !ld.to_string().contains("ClaimReview"),
            "the card reports claims; it gives no verdict"
        );
    }

    #[test]
    fn only_http_urls_reach_the_json_ld() {
        let mut d = data();
        d.article.url = Some("javascript:alert(1)".into());
        let ld = serde_json::to_value(json_ld(&d, "x")).unwrap();
        assert!(ld["@graph"][1].get("url").is_none());
        d.article.url = Some("https://example.com/a".into());
        let ld = serde_json::to_value(json_ld(&d, "x")).unwrap();
        assert_eq!(ld["@graph"][1]["url"], "https://example.com/a");
    }
}

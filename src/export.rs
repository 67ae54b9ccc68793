//! What a card hands to the outside: its casualty figures as CSV (one row per
//! figure, each traceable to its claim and sentence) and schema.org JSON-LD
//! (`Claim`s with their author, date and appearance, and the `Event`), so a
//! host page can publish the card's content in machine-readable form. No
//! verdict is emitted (not `ClaimReview`): the card reports claims, it does
//! not rate them.

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

/// The card's content as schema.org JSON-LD text: the incident as an
/// `Event`, the article as a `NewsArticle` and one `Claim` per claim (its
/// `author` the speaker, with the party as `parentOrganization`;
/// `datePublished`; `appearance` the article; `about` the event). `base`
/// prefixes every `@id` (`#<base>-event`), so several cards on one page do
/// not collide. Written by hand rather than with serde: a small writer costs
/// the wasm less than serialisers for a dozen types.
pub fn json_ld(data: &Dataset, base: &str) -> String {
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
    let mut j = Json::new();
    j.open('{');
    j.field("@context", "https://schema.org");
    j.key("@graph");
    j.open('[');

    j.open('{');
    j.field("@type", "Event");
    j.field("@id", &event_id);
    j.field(
        "name",
        if inc.title.is_empty() {
            &data.article.title
        } else {
            &inc.title
        },
    );
    if !inc.kind.is_empty() {
        j.field("description", &inc.kind);
    }
    if let Some(d) = inc.date.as_deref().filter(|d| !d.is_empty()) {
        j.field("startDate", d);
    }
    if !inc.places.is_empty() {
        j.key("location");
        j.open('[');
        for p in &inc.places {
            j.named("Place", p, None);
        }
        j.close(']');
    }
    j.close('}');

    j.open('{');
    j.field("@type", "NewsArticle");
    j.field("@id", &article_id);
    j.field("headline", &data.article.title);
    j.field("datePublished", &data.article.published);
    if let Some(url) = data.article.url.as_deref().and_then(crate::text::http_url) {
        j.field("url", &url);
    }
    if let Some(src) = data.article.source.as_deref().filter(|s| !s.is_empty()) {
        j.key("publisher");
        j.named("Organization", src, None);
    }
    j.reference("about", &event_id);
    j.close('}');

    for c in &data.claims {
        let party = data.party(&c.party).map(|p| p.name.as_str());
        let speaker = if c.speaker.is_empty() {
            party.unwrap_or("")
        } else {
            c.speaker.as_str()
        };
        let mut cid = String::from("claim-");
        cid.push_str(&c.id);
        j.open('{');
        j.field("@type", "Claim");
        j.field("@id", &id(&cid));
        j.field("text", &c.text);
        j.key("author");
        j.named("Organization", speaker, party.filter(|p| *p != speaker));
        j.field("datePublished", &data.article.published);
        j.reference("appearance", &article_id);
        j.reference("about", &event_id);
        j.close('}');
    }
    j.close(']');
    j.close('}');
    j.0
}

/// A minimal JSON writer: objects, arrays and string values, commas placed
/// by tracking whether a container is still empty.
struct Json(String, Vec<bool>);

impl Json {
    fn new() -> Json {
        Json(String::with_capacity(4096), Vec::new())
    }

    /// A comma before every value but the first of its container.
    fn comma(&mut self) {
        if let Some(first) = self.1.last_mut() {
            if *first {
                *first = false;
            } else {
                self.0.push(',');
            }
        }
    }

    fn open(&mut self, bracket: char) {
        // An object value after a key has had its comma already.
        if !self.0.ends_with(':') {
            self.comma();
        }
        self.0.push(bracket);
        self.1.push(true);
    }

    fn close(&mut self, bracket: char) {
        self.1.pop();
        self.0.push(bracket);
    }

    fn key(&mut self, key: &str) {
        self.comma();
        push_json_string(&mut self.0, key);
        self.0.push(':');
    }

    fn field(&mut self, key: &str, value: &str) {
        self.key(key);
        push_json_string(&mut self.0, value);
    }

    fn reference(&mut self, key: &str, id: &str) {
        self.key(key);
        self.open('{');
        self.field("@id", id);
        self.close('}');
    }

    /// `{"@type": kind, "name": name}`, with a parent organisation if given.
    fn named(&mut self, kind: &str, name: &str, parent: Option<&str>) {
        self.open('{');
        self.field("@type", kind);
        self.field("name", name);
        if let Some(p) = parent {
            self.key("parentOrganization");
            self.named("Organization", p, None);
        }
        self.close('}');
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped,
/// and `<` too, so the text can sit inside a `<script>` element as it is.
fn push_json_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '<' => {
                let n = c as u32;
                out.push_str("\\u00");
                out.push(HEX[(n >> 4) as usize & 15] as char);
                out.push(HEX[n as usize & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
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
        let ld: serde_json::Value = serde_json::from_str(&json_ld(&d, "ic1")).unwrap();
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
    fn json_strings_are_escaped_and_script_safe() {
        let mut s = String::new();
        push_json_string(&mut s, "a\"b\\c\n</script>\u{1}é");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u003c/script>\\u0001é\"");
        let back: String = serde_json::from_str(&s).unwrap();
        assert_eq!(back, "a\"b\\c\n</script>\u{1}é");
    }

    #[test]
    fn every_article_gives_valid_json_ld() {
        for dir in ["data/fixtures", "data/heldout"] {
            let dir = format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"));
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().and_then(|e| e.to_str()) != Some("txt") {
                    continue;
                }
                let d = crate::extract_article(&std::fs::read_to_string(&path).unwrap()).unwrap();
                let ld: serde_json::Value = serde_json::from_str(&json_ld(&d, "x"))
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert_eq!(
                    ld["@graph"].as_array().unwrap().len(),
                    2 + d.claims.len(),
                    "{}",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn only_http_urls_reach_the_json_ld() {
        let mut d = data();
        d.article.url = Some("javascript:alert(1)".into());
        let ld: serde_json::Value = serde_json::from_str(&json_ld(&d, "x")).unwrap();
        assert!(ld["@graph"][1].get("url").is_none());
        d.article.url = Some("https://example.com/a".into());
        let ld: serde_json::Value = serde_json::from_str(&json_ld(&d, "x")).unwrap();
        assert_eq!(ld["@graph"][1]["url"], "https://example.com/a");
    }
}

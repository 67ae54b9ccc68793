//! The error card: what a host page shows in place of a card whose input is
//! bad (an unreadable article, a dataset that does not fit the schema, a file
//! that did not load). It says what is wrong and where (line, field, address)
//! in the interface language; the technical detail stays as the core wrote it.

use crate::i18n::{Lang, Strings};
use crate::markup::El;

/// Why a card could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The article could not be parsed; `line` is 1-based.
    Article {
        /// The line the parser stopped at.
        line: usize,
    },
    /// The dataset does not fit the schema; `field` is a path such as `claims[2].party`.
    Dataset {
        /// The offending field (empty for the whole dataset).
        field: String,
    },
    /// The dataset text is not JSON.
    Json,
    /// The server answered with an HTTP error status.
    Http {
        /// The status, such as 404.
        status: u16,
    },
    /// The file could not be fetched at all (network error, blocked request).
    Network,
}

/// A problem and its detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What kind of problem.
    pub kind: ProblemKind,
    /// The detail as the parser, schema checker or browser said it.
    pub message: String,
    /// The address the input came from, if any (a `src` attribute).
    pub url: Option<String>,
}

impl Problem {
    /// The sentence that says what went wrong, in the interface language.
    fn summary(&self, s: &Strings) -> String {
        match &self.kind {
            ProblemKind::Article { .. } => s.error_article.to_string(),
            ProblemKind::Dataset { .. } => s.error_dataset.to_string(),
            ProblemKind::Json => s.error_json.to_string(),
            ProblemKind::Http { status } => {
                let mut t = String::from(s.error_http_before);
                crate::text::push_u64(&mut t, u64::from(*status));
                t.push('.');
                t
            }
            ProblemKind::Network => s.error_network.to_string(),
        }
    }

    /// Where the problem is: the address, then the line or field.
    fn place(&self, s: &Strings) -> Vec<El> {
        let mut out = Vec::new();
        if let Some(url) = self.url.as_deref().filter(|u| !u.is_empty()) {
            out.push(
                El::new("code")
                    .class("ic-url")
                    .attr("dir", "ltr")
                    .text(url.to_string()),
            );
        }
        match &self.kind {
            ProblemKind::Article { line } if *line > 0 => {
                let mut t = String::from(s.error_line);
                crate::text::push_usize(&mut t, *line);
                out.push(El::new("span").text(t));
            }
            ProblemKind::Dataset { field } if !field.is_empty() => out.push(
                El::new("span")
                    .text(s.error_field)
                    .child(El::new("code").attr("dir", "ltr").text(field.clone())),
            ),
            _ => {}
        }
        out
    }
}

/// The error card. `fallback` says that the page shows the published
/// (static) card below it, so the reader is pointed there.
pub fn error_card(problem: &Problem, lang: Lang, prefix: &str, fallback: bool) -> El {
    let s = lang.strings();
    let ctx_id = |name: &str| {
        let mut id = String::from(prefix);
        id.push('-');
        id.push_str(name);
        id
    };
    let mut dl = El::new("dl").class("ic-error-dl");
    let place = problem.place(s);
    if !place.is_empty() {
        let mut dd = El::new("dd");
        for (i, el) in place.into_iter().enumerate() {
            if i > 0 {
                dd = dd.text(s.comma);
            }
            dd = dd.child(el);
        }
        dl = dl
            .child(El::new("dt").text(s.error_where.trim_end()))
            .child(dd);
    }
    if !problem.message.is_empty() {
        dl = dl.child(El::new("dt").text(s.error_what.trim_end())).child(
            El::new("dd").child(
                El::new("code")
                    .attr("dir", "auto")
                    .text(problem.message.clone()),
            ),
        );
    }
    let mut body = El::new("div")
        .class("ic-error-body")
        .child(El::new("p").class("ic-error-what").text(problem.summary(s)))
        .child(dl);
    if fallback {
        body = body.child(El::new("p").class("ic-note").text(s.error_fallback_note));
    }
    El::new("article")
        .class("ic ic-error")
        .attr("id", prefix.to_string())
        .attr("lang", lang.tag())
        .attr("dir", lang.dir())
        .attr("aria-labelledby", ctx_id("title"))
        .child(
            El::new("header").class("ic-head").child(
                El::new("h2")
                    .class("ic-title")
                    .attr("id", ctx_id("title"))
                    .text(s.error_heading),
            ),
        )
        .child(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(el: &El) -> String {
        el.text_content()
    }

    #[test]
    fn a_dataset_problem_names_its_field_and_address() {
        let p = Problem {
            kind: ProblemKind::Dataset {
                field: "claims[0].party".into(),
            },
            message: "refers to no party in `parties`".into(),
            url: Some("https://example.com/d.json".into()),
        };
        let card = error_card(&p, Lang::En, "ic9", true);
        let t = text(&card);
        assert!(
            t.starts_with("This incident card could not be shown"),
            "{t}"
        );
        assert!(t.contains("The dataset does not fit the incident-card/1 format."));
        assert!(
            t.contains("Where:https://example.com/d.json, field claims[0].party"),
            "{t}"
        );
        assert!(t.contains("Problem:refers to no party in `parties`"), "{t}");
        assert!(t.contains("The card as published is shown below."));
        assert_eq!(card.get_attr("id"), Some("ic9"));
    }

    #[test]
    fn an_article_problem_names_its_line_and_an_http_problem_its_status() {
        let p = Problem {
            kind: ProblemKind::Article { line: 1 },
            message: "expected the header".into(),
            url: None,
        };
        let t = text(&error_card(&p, Lang::Fr, "x", false));
        assert!(t.contains("L’article n’a pas pu être lu."), "{t}");
        assert!(t.contains("ligne 1"), "{t}");
        let p = Problem {
            kind: ProblemKind::Http { status: 404 },
            message: String::new(),
            url: Some("/missing.json".into()),
        };
        let card = error_card(&p, Lang::Ar, "x", false);
        assert_eq!(card.get_attr("dir"), Some("rtl"));
        assert!(text(&card).contains("HTTP 404."));
    }
}

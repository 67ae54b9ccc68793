//! Every input limit gives its own typed error, with its place, and quickly:
//! article size, line length and paragraph count (`ParseError` with a line),
//! dataset size, list length, claim and party counts and JSON nesting
//! (`DatasetError` with a field).
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use incident_card::dataset::{self, MAX_CLAIMS, MAX_DATASET_BYTES, MAX_PARTIES};
use incident_card::error::{MAX_ARTICLE_BYTES, MAX_LINE_BYTES, MAX_PARAGRAPHS};
use incident_card::schema::MAX_LIST;
use incident_card::{article, extract_article, Error, ParseErrorKind, DEFAULT_ARTICLE};
use serde_json::Value;

const HEADER: &str = " date 2021-11-17 WORLD\nHeadline\n\n";

fn dataset_error(json: &str) -> (String, String) {
    match dataset::from_json(json) {
        Err(Error::Dataset(e)) => (e.field, e.message),
        other => panic!("expected a dataset error, got {other:?}"),
    }
}

fn seed() -> Value {
    serde_json::to_value(extract_article(DEFAULT_ARTICLE).unwrap()).unwrap()
}

#[test]
fn an_article_over_the_size_limit_is_refused_before_it_is_read() {
    let text = format!("{HEADER}{}", "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1));
    let start = Instant::now();
    let e = article::parse(&text).unwrap_err();
    assert_eq!(
        (e.line, e.kind.clone()),
        (1, ParseErrorKind::TooLarge(text.len()))
    );
    assert!(e.to_string().contains("the limit is 4194304 bytes"), "{e}");
    let e = article::parse_bytes(text.as_bytes()).unwrap_err();
    assert_eq!(e.kind, ParseErrorKind::TooLarge(text.len()));
    assert!(start.elapsed().as_millis() < 100, "{:?}", start.elapsed());
}

#[test]
fn a_line_over_the_length_limit_names_its_line() {
    let long = "x".repeat(MAX_LINE_BYTES + 1);
    let text = format!("{HEADER}First paragraph.\n{long}\nLast.\n");
    let e = extract_article(&text).unwrap_err();
    assert_eq!(e.line, 5);
    assert_eq!(e.kind, ParseErrorKind::LineTooLong(MAX_LINE_BYTES + 1));
    // At the limit itself the line is read.
    let at_limit = format!("{HEADER}{}\n", "x".repeat(MAX_LINE_BYTES));
    assert!(article::parse(&at_limit).is_ok());
}

#[test]
fn too_many_paragraphs_names_the_first_one_over() {
    let text = format!("{HEADER}{}", "p\n".repeat(MAX_PARAGRAPHS + 1));
    let e = article::parse(&text).unwrap_err();
    assert_eq!(e.kind, ParseErrorKind::TooManyParagraphs);
    // Header and headline on lines 1–2, a blank line 3, paragraphs from line 4.
    assert_eq!(e.line, 3 + MAX_PARAGRAPHS + 1);
    let ok = format!("{HEADER}{}", "p\n".repeat(MAX_PARAGRAPHS));
    assert_eq!(
        article::parse(&ok).unwrap().paragraphs.len(),
        MAX_PARAGRAPHS
    );
}

#[test]
fn a_dataset_over_the_size_limit_is_refused_before_it_is_parsed() {
    let mut v = seed();
    v["article"]["paragraphs"][0] = Value::String("x".repeat(MAX_DATASET_BYTES));
    let json = v.to_string();
    let start = Instant::now();
    let (field, message) = dataset_error(&json);
    assert_eq!(field, "");
    assert!(message.contains("the limit is 8388608 bytes"), "{message}");
    assert!(start.elapsed().as_millis() < 100, "{:?}", start.elapsed());
}

#[test]
fn a_list_over_the_length_limit_names_the_list() {
    let mut v = seed();
    v["article"]["related"] = Value::Array(vec![Value::String("r".into()); MAX_LIST + 1]);
    let (field, message) = dataset_error(&v.to_string());
    assert_eq!(field, "article.related");
    assert_eq!(message, "has more than 20000 elements");
}

#[test]
fn too_many_claims_or_parties_are_refused() {
    let mut v = seed();
    let first = v["claims"][0].clone();
    v["claims"] = Value::Array(
        (0..=MAX_CLAIMS)
            .map(|i| {
                let mut c = first.clone();
                c["id"] = Value::String(format!("c{i}"));
                c
            })
            .collect(),
    );
    assert_eq!(
        dataset_error(&v.to_string()),
        ("claims".into(), "too many claims (limit 5000)".into())
    );

    let mut v = seed();
    let parties = v["parties"].as_array_mut().unwrap();
    for i in parties.len()..=MAX_PARTIES {
        parties
            .push(serde_json::json!({"id": format!("p{i}"), "name": "P", "role": "third_party"}));
    }
    assert_eq!(
        dataset_error(&v.to_string()),
        ("parties".into(), "too many parties (limit 500)".into())
    );
}

#[test]
fn deep_json_nesting_is_a_quick_error() {
    for text in [
        "[".repeat(1_000_000),
        "[0,[".repeat(10_000),
        "{\"a\":".repeat(100_000),
        format!(
            "{{\"schema\":\"incident-card/1\",\"article\":{}",
            "[".repeat(200)
        ),
    ] {
        let start = Instant::now();
        let (field, message) = dataset_error(&text);
        assert_eq!(field, "");
        assert!(message.starts_with("not valid JSON"), "{message}");
        assert!(
            start.elapsed().as_millis() < 100,
            "{:?} for {}…",
            start.elapsed(),
            &text[..20]
        );
    }
}

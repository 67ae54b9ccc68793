//! Datasets from outside: a missing field, a wrong type or a broken
//! reference gives an error that names the field; a valid one round-trips.
#![cfg(not(target_arch = "wasm32"))]

use incident_card::{dataset, extract_article, Error, DEFAULT_ARTICLE};
use serde_json::Value;

fn seed_json() -> Value {
    serde_json::to_value(extract_article(DEFAULT_ARTICLE).unwrap()).unwrap()
}

fn field_error(v: &Value) -> (String, String) {
    match dataset::from_json(&v.to_string()) {
        Err(Error::Dataset(e)) => (e.field, e.message),
        other => panic!("expected a dataset error, got {other:?}"),
    }
}

#[test]
fn the_extracted_dataset_round_trips_through_json() {
    let d = extract_article(DEFAULT_ARTICLE).unwrap();
    let back = dataset::from_json(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(back, d);
}

#[test]
fn a_missing_field_is_named() {
    let mut v = seed_json();
    v["article"].as_object_mut().unwrap().remove("title");
    let (field, message) = field_error(&v);
    assert_eq!(field, "article.title");
    assert_eq!(message, "is missing");
}

#[test]
fn a_wrong_type_is_named_with_its_path() {
    let mut v = seed_json();
    v["claims"][2]["paragraph"] = Value::String("three".into());
    let (field, message) = field_error(&v);
    assert_eq!(field, "claims[2].paragraph");
    assert_eq!(message, "expected a whole number ≥ 0, found text");
}

#[test]
fn a_claim_of_an_unknown_party_is_refused() {
    let mut v = seed_json();
    v["claims"][0]["party"] = Value::String("atlantis".into());
    assert_eq!(field_error(&v).0, "claims[0].party");
}

#[test]
fn offsets_outside_the_paragraph_are_refused() {
    let mut v = seed_json();
    v["claims"][1]["end"] = Value::from(100_000);
    assert_eq!(field_error(&v).0, "claims[1].end");
}

#[test]
fn a_wrong_schema_tag_is_refused() {
    let mut v = seed_json();
    v["schema"] = Value::String("incident-card/9".into());
    assert_eq!(field_error(&v).0, "schema");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let text = "[".repeat(100_000);
    assert!(dataset::from_json(&text).is_err());
}

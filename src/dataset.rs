//! Checks that a dataset from outside (a host page's JSON or JS object) is
//! consistent before the card trusts it: schema tag, party references,
//! paragraph indices and offsets. Each problem names its field.

use crate::error::DatasetError;
use crate::model::{Dataset, SCHEMA};
use crate::text::push_usize;

/// Most claims a dataset may hold.
pub const MAX_CLAIMS: usize = 5_000;
/// Most parties a dataset may hold.
pub const MAX_PARTIES: usize = 500;
/// Largest dataset accepted, in bytes of its JSON text (UTF-8): twice the
/// largest article, which a dataset quotes.
pub const MAX_DATASET_BYTES: usize = 8 * 1024 * 1024;

fn too_large(n: usize) -> DatasetError {
    let mut m = String::from("the dataset is ");
    push_usize(&mut m, n);
    m.push_str(" bytes of JSON; the limit is ");
    push_usize(&mut m, MAX_DATASET_BYTES);
    m.push_str(" bytes");
    DatasetError {
        field: String::new(),
        message: m,
    }
}

fn err(field: String, message: &str) -> DatasetError {
    DatasetError {
        field,
        message: message.to_string(),
    }
}

fn indexed(list: &str, i: usize, field: &str) -> String {
    let mut s = String::from(list);
    s.push('[');
    push_usize(&mut s, i);
    s.push(']');
    if !field.is_empty() {
        s.push('.');
        s.push_str(field);
    }
    s
}

/// Validates references inside a dataset.
pub fn validate(d: &Dataset) -> Result<(), DatasetError> {
    if d.schema != SCHEMA {
        return Err(err("schema".into(), "expected \"incident-card/1\""));
    }
    if d.article.title.trim().is_empty() {
        return Err(err("article.title".into(), "must not be empty"));
    }
    if crate::date::Date::parse_iso(&d.article.published).is_none() {
        return Err(err(
            "article.published".into(),
            "expected a real date as YYYY-MM-DD",
        ));
    }
    if d.claims.len() > MAX_CLAIMS {
        return Err(err("claims".into(), "too many claims (limit 5000)"));
    }
    if d.parties.len() > MAX_PARTIES {
        return Err(err("parties".into(), "too many parties (limit 500)"));
    }
    for (i, p) in d.parties.iter().enumerate() {
        if p.id.is_empty() {
            return Err(err(indexed("parties", i, "id"), "must not be empty"));
        }
        if d.parties[..i].iter().any(|q| q.id == p.id) {
            return Err(err(indexed("parties", i, "id"), "duplicate party id"));
        }
    }
    let paragraphs = d.article.paragraphs.len();
    for (i, c) in d.claims.iter().enumerate() {
        if d.party(&c.party).is_none() {
            return Err(err(
                indexed("claims", i, "party"),
                "refers to no party in `parties`",
            ));
        }
        if c.paragraph >= paragraphs {
            return Err(err(
                indexed("claims", i, "paragraph"),
                "is past the last paragraph of `article.paragraphs`",
            ));
        }
        if c.start > c.end {
            return Err(err(indexed("claims", i, "start"), "is after `end`"));
        }
        let chars = d.article.paragraphs[c.paragraph].chars().count();
        if c.end > chars {
            return Err(err(
                indexed("claims", i, "end"),
                "is past the end of its paragraph",
            ));
        }
        let spans = c
            .cue
            .iter()
            .chain(c.speaker_span.iter())
            .chain(c.quotes.iter());
        if spans
            .into_iter()
            .any(|sp| sp.start > sp.end || sp.end > chars)
        {
            return Err(err(
                indexed("claims", i, ""),
                "has a cue, speaker or quote span outside its paragraph",
            ));
        }
        if d.claims[..i].iter().any(|o| o.id == c.id) {
            return Err(err(indexed("claims", i, "id"), "duplicate claim id"));
        }
        for (k, f) in c.figures.iter().enumerate() {
            if d.party(&f.subject).is_none() {
                let mut field = indexed("claims", i, "");
                field.push('.');
                field.push_str(&indexed("figures", k, "subject"));
                return Err(err(field, "refers to no party in `parties`"));
            }
        }
    }
    for (i, t) in d.timeline.iter().enumerate() {
        if crate::date::Date::parse_iso(&t.date).is_none() {
            return Err(err(indexed("timeline", i, "date"), "expected YYYY-MM-DD"));
        }
        if t.paragraph >= paragraphs {
            return Err(err(
                indexed("timeline", i, "paragraph"),
                "is past the last paragraph of `article.paragraphs`",
            ));
        }
    }
    for (i, c) in d.context.iter().enumerate() {
        let ok = d
            .article
            .paragraphs
            .get(c.paragraph)
            .is_some_and(|p| c.start <= c.end && c.end <= p.chars().count());
        if !ok {
            return Err(err(
                indexed("context", i, "paragraph"),
                "points outside `article.paragraphs`",
            ));
        }
    }
    Ok(())
}

/// Reads a dataset from JSON text (native only: the browser passes JS
/// objects). The schema check runs first, so errors name their field.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json(text: &str) -> Result<Dataset, crate::Error> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(too_large(text.len()).into());
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| DatasetError {
        field: String::new(),
        message: {
            let mut m = String::from("not valid JSON: ");
            m.push_str(&e.to_string());
            m
        },
    })?;
    crate::schema::check(&&value, &crate::schema::DATASET)?;
    let d: Dataset = serde_json::from_value(value)
        .map_err(|_| err(String::new(), "does not fit the incident-card/1 schema"))?;
    validate(&d)?;
    Ok(d)
}

/// Reads a dataset from a JS object (the browser's `{ dataset }`), checking
/// the schema first so that errors name their field.
///
/// The object is first copied as JSON data (`JSON.stringify`, then
/// `JSON.parse`), so the checker and the deserialiser read the same plain
/// values once: a getter or proxy that throws, a cycle or a `BigInt` is a
/// typed error here instead of a JS exception thrown through the wasm, and a
/// getter cannot answer the checker one thing and the deserialiser another.
#[cfg(target_arch = "wasm32")]
pub fn from_js(value: wasm_bindgen::JsValue) -> Result<Dataset, crate::Error> {
    let not_json = |e: wasm_bindgen::JsValue| {
        let mut m = String::from("is not plain JSON data");
        let why = js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .or_else(|| e.as_string());
        if let Some(why) = why {
            m.push_str(" (");
            m.push_str(&why);
            m.push(')');
        }
        DatasetError {
            field: String::new(),
            message: m,
        }
    };
    let text = js_sys::JSON::stringify(&value).map_err(not_json)?;
    let Some(text) = text.as_string() else {
        return Err(err(String::new(), "expected an object, found nothing").into());
    };
    if text.len() > MAX_DATASET_BYTES {
        return Err(too_large(text.len()).into());
    }
    let value = js_sys::JSON::parse(&text).map_err(not_json)?;
    drop(text);
    crate::schema::check(&value, &crate::schema::DATASET)?;
    let d: Dataset = serde_wasm_bindgen::from_value(value)
        .map_err(|_| err(String::new(), "does not fit the incident-card/1 schema"))?;
    validate(&d)?;
    Ok(d)
}

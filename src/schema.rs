//! The `incident-card/1` schema as data, and a checker that walks a dataset
//! before it is deserialised, so that a wrong type or a missing field is
//! reported with its full path (`claims[2].paragraph: expected a whole
//! number, found text`). The same checker runs on `serde_json::Value`
//! natively and on a `JsValue` in the browser, which keeps serde's
//! error-formatting machinery (and `serde_path_to_error`) out of the wasm.

use crate::error::DatasetError;
use crate::text::push_usize;

/// What a value must be.
#[derive(Debug)]
pub enum Shape {
    /// A string.
    Str,
    /// A non-negative whole number.
    Uint,
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// An array of elements of one shape.
    Array(&'static Shape),
    /// An object with these fields.
    Object(&'static [Field]),
}

/// A field of an object shape.
#[derive(Debug)]
pub struct Field {
    /// Its name.
    pub name: &'static str,
    /// What its value must be.
    pub shape: Shape,
    /// May be absent or null.
    pub optional: bool,
}

const fn req(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        optional: false,
    }
}

const fn opt(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        optional: true,
    }
}

const SPAN_FIELDS: &[Field] = &[req("start", Shape::Uint), req("end", Shape::Uint)];
static SPAN: Shape = Shape::Object(SPAN_FIELDS);

static FIGURE: Shape = Shape::Object(&[
    req("subject", Shape::Str),
    req("kind", Shape::Str),
    req("value", Shape::Uint),
    opt("qualifier", Shape::Str),
    opt("group", Shape::Str),
]);

static STRING: Shape = Shape::Str;

const ARTICLE_FIELDS: &[Field] = &[
    req("title", Shape::Str),
    opt("standfirst", Shape::Str),
    req("published", Shape::Str),
    opt("section", Shape::Str),
    opt("read_minutes", Shape::Uint),
    opt("image_caption", Shape::Str),
    opt("image_credit", Shape::Str),
    opt("dateline", Shape::Str),
    opt("source", Shape::Str),
    opt("url", Shape::Str),
    req("paragraphs", Shape::Array(&STRING)),
    opt("related", Shape::Array(&STRING)),
];

const INCIDENT_FIELDS: &[Field] = &[
    req("title", Shape::Str),
    opt("kind", Shape::Str),
    opt("date", Shape::Str),
    opt("date_phrase", Shape::Str),
    opt("places", Shape::Array(&STRING)),
];

static PARTY: Shape = Shape::Object(&[
    req("id", Shape::Str),
    req("name", Shape::Str),
    req(
        "role",
        Shape::OneOf(&["belligerent", "mediator", "third_party"]),
    ),
    opt("kind", Shape::Str),
]);

static CLAIM: Shape = Shape::Object(&[
    req("id", Shape::Str),
    req("party", Shape::Str),
    req("speaker", Shape::Str),
    req("text", Shape::Str),
    req("paragraph", Shape::Uint),
    req("start", Shape::Uint),
    req("end", Shape::Uint),
    req(
        "topic",
        Shape::OneOf(&["casualties", "responsibility", "situation", "statement"]),
    ),
    opt("date", Shape::Str),
    opt("date_phrase", Shape::Str),
    opt("figures", Shape::Array(&FIGURE)),
    opt("cue", Shape::Object(SPAN_FIELDS)),
    opt("speaker_span", Shape::Object(SPAN_FIELDS)),
    opt("quotes", Shape::Array(&SPAN)),
]);

static TIMELINE: Shape = Shape::Object(&[
    req("date", Shape::Str),
    opt("time_of_day", Shape::Str),
    req("date_phrase", Shape::Str),
    req("text", Shape::Str),
    req("paragraph", Shape::Uint),
    opt("kind", Shape::Str),
    opt("claim", Shape::Str),
]);

static CONTEXT: Shape = Shape::Object(&[
    req("text", Shape::Str),
    req("paragraph", Shape::Uint),
    req("start", Shape::Uint),
    req("end", Shape::Uint),
    opt("period", Shape::Str),
    opt("figures", Shape::Array(&FIGURE)),
]);

/// The whole dataset.
pub static DATASET: Shape = Shape::Object(&[
    req("schema", Shape::Str),
    req("article", Shape::Object(ARTICLE_FIELDS)),
    req("incident", Shape::Object(INCIDENT_FIELDS)),
    req("parties", Shape::Array(&PARTY)),
    req("claims", Shape::Array(&CLAIM)),
    req("timeline", Shape::Array(&TIMELINE)),
    req("context", Shape::Array(&CONTEXT)),
]);

/// The type of a value, as a checker sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Absent, `undefined` or `null`.
    Missing,
    /// A string.
    Str,
    /// A number.
    Number,
    /// `true` or `false`.
    Bool,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Missing => "nothing",
            Kind::Str => "text",
            Kind::Number => "a number",
            Kind::Bool => "true/false",
            Kind::Array => "a list",
            Kind::Object => "an object",
        }
    }
}

/// A JSON-like value the checker can walk.
pub trait Value: Sized {
    /// Its type.
    fn kind(&self) -> Kind;
    /// A field of an object.
    fn field(&self, name: &str) -> Self;
    /// Length of an array.
    fn len(&self) -> usize;
    /// An element of an array.
    fn at(&self, i: usize) -> Self;
    /// The number, if it is one.
    fn number(&self) -> Option<f64>;
    /// The string, if it is one.
    fn string(&self) -> Option<String>;
}

/// Most elements in any one list (claims, paragraphs …).
pub const MAX_LIST: usize = 20_000;

/// Checks `v` against `shape`; the error names the path of the first problem.
pub fn check<V: Value>(v: &V, shape: &Shape) -> Result<(), DatasetError> {
    let mut path = String::new();
    walk(v, shape, &mut path)
}

fn fail(path: &str, message: String) -> DatasetError {
    DatasetError {
        field: path.to_string(),
        message,
    }
}

fn expected(what: &str, found: Kind) -> String {
    let mut m = String::from("expected ");
    m.push_str(what);
    m.push_str(", found ");
    m.push_str(found.describe());
    m
}

fn walk<V: Value>(v: &V, shape: &Shape, path: &mut String) -> Result<(), DatasetError> {
    let kind = v.kind();
    match shape {
        Shape::Str => {
            if kind != Kind::Str {
                return Err(fail(path, expected("text", kind)));
            }
        }
        Shape::Uint => {
            let ok = v
                .number()
                .is_some_and(|n| n >= 0.0 && n.fract() == 0.0 && n <= 4_294_967_295.0);
            if !ok {
                return Err(fail(path, expected("a whole number ≥ 0", kind)));
            }
        }
        Shape::OneOf(options) => {
            let s = v.string();
            if !s.as_deref().is_some_and(|s| options.contains(&s)) {
                let mut m = String::from("expected one of ");
                for (i, o) in options.iter().enumerate() {
                    if i > 0 {
                        m.push_str(", ");
                    }
                    m.push('"');
                    m.push_str(o);
                    m.push('"');
                }
                return Err(fail(path, m));
            }
        }
        Shape::Array(element) => {
            if kind != Kind::Array {
                return Err(fail(path, expected("a list", kind)));
            }
            let n = v.len();
            if n > MAX_LIST {
                return Err(fail(path, String::from("has more than 20000 elements")));
            }
            for i in 0..n {
                let keep = path.len();
                path.push('[');
                push_usize(path, i);
                path.push(']');
                walk(&v.at(i), element, path)?;
                path.truncate(keep);
            }
        }
        Shape::Object(fields) => {
            if kind != Kind::Object {
                return Err(fail(path, expected("an object", kind)));
            }
            for f in fields.iter() {
                let keep = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(f.name);
                let value = v.field(f.name);
                if value.kind() == Kind::Missing {
                    if !f.optional {
                        return Err(fail(path, String::from("is missing")));
                    }
                } else {
                    walk(&value, &f.shape, path)?;
                }
                path.truncate(keep);
            }
        }
    }
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
impl Value for &serde_json::Value {
    fn kind(&self) -> Kind {
        match self {
            serde_json::Value::Null => Kind::Missing,
            serde_json::Value::String(_) => Kind::Str,
            serde_json::Value::Number(_) => Kind::Number,
            serde_json::Value::Bool(_) => Kind::Bool,
            serde_json::Value::Array(_) => Kind::Array,
            serde_json::Value::Object(_) => Kind::Object,
        }
    }
    fn field(&self, name: &str) -> Self {
        static NULL: serde_json::Value = serde_json::Value::Null;
        self.get(name).unwrap_or(&NULL)
    }
    fn len(&self) -> usize {
        self.as_array().map_or(0, Vec::len)
    }
    fn at(&self, i: usize) -> Self {
        static NULL: serde_json::Value = serde_json::Value::Null;
        self.get(i).unwrap_or(&NULL)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
}

#[cfg(target_arch = "wasm32")]
impl Value for wasm_bindgen::JsValue {
    fn kind(&self) -> Kind {
        if self.is_undefined() || self.is_null() {
            Kind::Missing
        } else if self.is_string() {
            Kind::Str
        } else if self.as_f64().is_some() {
            Kind::Number
        } else if self.as_bool().is_some() {
            Kind::Bool
        } else if js_sys::Array::is_array(self) {
            Kind::Array
        } else if self.is_object() {
            Kind::Object
        } else {
            Kind::Missing
        }
    }
    fn field(&self, name: &str) -> Self {
        js_sys::Reflect::get(self, &wasm_bindgen::JsValue::from_str(name))
            .unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
    }
    fn len(&self) -> usize {
        use wasm_bindgen::JsCast;
        self.dyn_ref::<js_sys::Array>()
            .map_or(0, |a| a.length() as usize)
    }
    fn at(&self, i: usize) -> Self {
        use wasm_bindgen::JsCast;
        self.dyn_ref::<js_sys::Array>()
            .map_or(wasm_bindgen::JsValue::UNDEFINED, |a| a.get(i as u32))
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn checked(json: &str) -> Result<(), DatasetError> {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        check(&&v, &DATASET)
    }

    #[test]
    fn names_the_path_of_a_wrong_type() {
        let e = checked(r#"{"schema":"incident-card/1","article":{"title":"t","published":"2021-01-01","paragraphs":["p"]},"incident":{"title":"t"},"parties":[],"claims":[{"id":"c1","party":"a","speaker":"s","text":"t","paragraph":"x","start":0,"end":1,"topic":"statement"}],"timeline":[],"context":[]}"#).unwrap_err();
        assert_eq!(e.field, "claims[0].paragraph");
        assert_eq!(e.message, "expected a whole number ≥ 0, found text");
    }

    #[test]
    fn names_a_missing_field() {
        let e = checked(r#"{"schema":"incident-card/1","article":{"published":"2021-01-01","paragraphs":[]},"incident":{"title":"t"},"parties":[],"claims":[],"timeline":[],"context":[]}"#).unwrap_err();
        assert_eq!(e.field, "article.title");
        assert_eq!(e.message, "is missing");
    }

    #[test]
    fn enumerations_list_their_options() {
        let e = checked(r#"{"schema":"incident-card/1","article":{"title":"t","published":"2021-01-01","paragraphs":[]},"incident":{"title":"t"},"parties":[{"id":"a","name":"A","role":"villain"}],"claims":[],"timeline":[],"context":[]}"#).unwrap_err();
        assert_eq!(e.field, "parties[0].role");
        assert!(e.message.contains("\"belligerent\""), "{}", e.message);
    }
}

//! The JavaScript API (`#[wasm_bindgen]`): `mount(element, options)` returns a
//! [`Card`] handle; `renderError` shows the error card; `extract(text)` and
//! `renderHtml(text)` expose the core. Core errors are typed; they become JS
//! `Error`s here, once, with `line` or `field` properties that say where the
//! problem is and `reason` that says what it is.
//!
//! Pages normally use the `<incident-card>` element (`www/incident-card.js`),
//! which calls this API; it is also usable directly.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::app::{Msg, Source};
use crate::dom::card::{dataset_value, MountConfig, MountedCard};
use crate::error::Error;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::view::{Problem, ProblemKind};

/// `line 3: expected …` → `expected …`: the reason without its place, which
/// the error carries separately.
fn reason(e: &Error) -> String {
    match e {
        Error::Parse(p) => {
            let full = p.to_string();
            match full.split_once(": ") {
                Some((_, rest)) => rest.to_string(),
                None => full,
            }
        }
        Error::Dataset(d) => d.message.clone(),
    }
}

fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("IncidentCardError");
    let obj: &JsValue = err.as_ref();
    let _ = js_sys::Reflect::set(obj, &"reason".into(), &JsValue::from_str(&reason(e)));
    match e {
        Error::Parse(p) => {
            let _ = js_sys::Reflect::set(obj, &"line".into(), &JsValue::from(p.line as u32));
        }
        Error::Dataset(d) => {
            let _ = js_sys::Reflect::set(obj, &"field".into(), &JsValue::from_str(&d.field));
        }
    }
    err.into()
}

/// Reads `mount`'s options: `{ article?, dataset?, lang?, deepLinks?,
/// linkScope?, theme?, sideOrder?, tab? }` (property by property, like
/// `renderError`'s detail).
fn load(options: &JsValue) -> Result<(Dataset, MountConfig), JsValue> {
    let empty: JsValue = js_sys::Object::new().into();
    let o = if options.is_object() { options } else { &empty };
    let cfg = MountConfig {
        lang: Lang::from_tag(get_str(o, "lang").as_deref().unwrap_or("en")),
        deep_links: js_sys::Reflect::get(o, &JsValue::from_str("deepLinks"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true),
        link_scope: get_str(o, "linkScope").unwrap_or_default(),
        theme: get_str(o, "theme"),
        side_order: get_str(o, "sideOrder"),
        tab: get_str(o, "tab"),
    };
    let dataset =
        js_sys::Reflect::get(o, &JsValue::from_str("dataset")).unwrap_or(JsValue::UNDEFINED);
    if !dataset.is_undefined() && !dataset.is_null() {
        return crate::dataset::from_js(dataset)
            .map(|d| (d, cfg))
            .map_err(|e| js_error(&e));
    }
    let article = get_str(o, "article");
    let text = article.as_deref().unwrap_or(crate::DEFAULT_ARTICLE);
    crate::extract_article(text)
        .map(|d| (d, cfg))
        .map_err(|e| js_error(&Error::Parse(e)))
}

/// A card mounted in the page.
#[wasm_bindgen]
pub struct Card {
    card: Option<MountedCard>,
}

impl Card {
    fn mounted(&self) -> Result<&MountedCard, JsValue> {
        self.card
            .as_ref()
            .ok_or_else(|| JsValue::from_str("incident-card: the card is unmounted"))
    }
}

#[wasm_bindgen]
impl Card {
    /// Removes the card's nodes and listeners. Safe to call twice.
    pub fn unmount(&mut self) {
        self.card = None;
    }

    /// Same as `unmount`.
    pub fn destroy(&mut self) {
        self.card = None;
    }

    /// The card's dataset as a plain JS object.
    pub fn dataset(&self) -> Result<JsValue, JsValue> {
        dataset_value(&self.mounted()?.data())
    }

    /// The card's content as schema.org JSON-LD (a plain JS object: put
    /// `JSON.stringify` of it in a `<script type="application/ld+json">`).
    #[wasm_bindgen(js_name = jsonLd)]
    pub fn json_ld(&self) -> Result<JsValue, JsValue> {
        let card = self.mounted()?;
        js_sys::JSON::parse(&crate::export::json_ld(&card.data(), &card.ld_base()))
    }

    /// The casualty figures as CSV text.
    pub fn csv(&self) -> Result<String, JsValue> {
        Ok(crate::export::figures_csv(&self.mounted()?.data()))
    }

    /// Swaps the two columns.
    #[wasm_bindgen(js_name = swapSides)]
    pub fn swap_sides(&self) {
        if let Some(c) = &self.card {
            c.send(Msg::SwapSides);
        }
    }

    /// Shows a claim in its list, as the deep link `#incident-card/<id>` does.
    pub fn select(&self, claim_id: &str) {
        if let Some(c) = &self.card {
            c.send(Msg::OpenClaim(claim_id.to_string()));
        }
    }

    /// Opens the article view with a claim's source sentence highlighted.
    #[wasm_bindgen(js_name = showSource)]
    pub fn show_source(&self, claim_id: &str) {
        if let Some(c) = &self.card {
            c.send(Msg::ShowSource {
                source: Source::Claim(claim_id.to_string()),
                from: None,
            });
        }
    }

    /// Opens the claim a `location.hash` points at, if it is this card's
    /// link; returns whether it did.
    #[wasm_bindgen(js_name = openLink)]
    pub fn open_link(&self, hash: &str) -> bool {
        self.card.as_ref().is_some_and(|c| c.open_link(hash))
    }

    /// Sets the colour theme: `light`, `dark`, or `auto` (follow the system).
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&self, theme: Option<String>) {
        if let Some(c) = &self.card {
            c.set_theme(theme.as_deref());
        }
    }

    /// The prefix of the card's element ids.
    #[wasm_bindgen(getter, js_name = idPrefix)]
    pub fn id_prefix(&self) -> String {
        self.card.as_ref().map(|c| c.prefix()).unwrap_or_default()
    }
}

/// Mounts a card into `element`. `options`: `{ article?: string, dataset?: object,
/// lang?: string, deepLinks?: boolean, linkScope?: string, theme?: string,
/// sideOrder?: string, tab?: string }`; with neither `article` nor `dataset`,
/// shows the embedded default article.
#[wasm_bindgen]
pub fn mount(element: &Element, options: JsValue) -> Result<Card, JsValue> {
    let (data, cfg) = load(&options)?;
    let card = MountedCard::mount(element, data, cfg)?;
    Ok(Card { card: Some(card) })
}

/// A string property of a JS object (`None` when absent or not a string).
fn get_str(obj: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// A number property of a JS object.
fn get_num(obj: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key))
        .ok()?
        .as_f64()
}

/// Shows the error card in `element` (replacing its children): what is wrong
/// and where. `detail`: `{ message?, reason?, line?, field?, url?, status?,
/// kind?, lang?, fallback? }` — an `IncidentCardError`'s properties fit it.
/// (Read property by property: a serde deserialiser for it would cost the
/// wasm more than these few lookups.)
#[wasm_bindgen(js_name = renderError)]
pub fn render_error(element: &Element, detail: JsValue) -> Result<(), JsValue> {
    let d = if detail.is_object() {
        detail
    } else {
        js_sys::Object::new().into()
    };
    let message = get_str(&d, "reason")
        .or_else(|| get_str(&d, "message"))
        .unwrap_or_default();
    let status = get_num(&d, "status").filter(|s| (100.0..1000.0).contains(s));
    let line = get_num(&d, "line").filter(|l| *l >= 0.0);
    let kind = match (get_str(&d, "kind").as_deref(), status, line) {
        (_, Some(status), _) => ProblemKind::Http {
            status: status as u16,
        },
        (Some("network"), ..) => ProblemKind::Network,
        (Some("json"), ..) => ProblemKind::Json,
        (_, _, Some(line)) => ProblemKind::Article {
            line: line as usize,
        },
        (Some("article"), ..) => ProblemKind::Article { line: 0 },
        _ => ProblemKind::Dataset {
            field: get_str(&d, "field").unwrap_or_default(),
        },
    };
    let problem = Problem {
        kind,
        message,
        url: get_str(&d, "url"),
    };
    let lang = Lang::from_tag(get_str(&d, "lang").as_deref().unwrap_or("en"));
    let fallback = js_sys::Reflect::get(&d, &JsValue::from_str("fallback"))
        .map(|v| v.is_truthy())
        .unwrap_or(false);
    let mut prefix = String::from("ic-err");
    crate::text::push_u64(&mut prefix, u64::from(crate::dom::card::next_id()));
    let tree = crate::view::error_card(&problem, lang, &prefix, fallback);
    let doc = crate::dom::document()?;
    let node = crate::dom::build(&doc, &tree)?;
    element.replace_children_with_node_1(&node);
    Ok(())
}

/// Extracts the dataset of an article, as a plain JS object.
#[wasm_bindgen]
pub fn extract(article: &str) -> Result<JsValue, JsValue> {
    let data = crate::extract_article(article).map_err(|e| js_error(&Error::Parse(e)))?;
    dataset_value(&data)
}

/// The card of an article as static HTML (the no-JavaScript fallback).
/// `options`: `{ lang?: string, idPrefix?: string }`.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(article: &str, options: JsValue) -> Result<String, JsValue> {
    let data = crate::extract_article(article).map_err(|e| js_error(&Error::Parse(e)))?;
    let (lang, prefix) = if options.is_object() {
        (get_str(&options, "lang"), get_str(&options, "idPrefix"))
    } else {
        (None, None)
    };
    let lang = Lang::from_tag(lang.as_deref().unwrap_or("en"));
    Ok(crate::html::render_with_prefix(
        &data,
        lang,
        prefix.as_deref().unwrap_or("icx"),
    ))
}

/// The embedded default article.
#[wasm_bindgen(js_name = defaultArticle)]
pub fn default_article() -> String {
    crate::DEFAULT_ARTICLE.to_string()
}

/// Traps the instance on purpose (`unreachable`), so that tests can check
/// what the host page does when the module dies. Never called otherwise.
#[doc(hidden)]
#[wasm_bindgen(js_name = __trap)]
pub fn trap() {
    core::arch::wasm32::unreachable()
}

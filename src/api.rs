//! The JavaScript API (`#[wasm_bindgen]`): `mount(element, options)` returns a
//! [`Card`] handle; `extract(text)` and `renderHtml(text)` expose the core.
//! Core errors are typed; they become JS `Error`s here, once, with `line` or
//! `field` properties that say where the problem is.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::app::{Msg, Source};
use crate::dom::card::{MountConfig, MountedCard};
use crate::error::Error;
use crate::i18n::Lang;
use crate::model::Dataset;

/// Options of `mount`.
#[derive(Deserialize, Default)]
struct MountOptions {
    /// An article in the wire format.
    #[serde(default)]
    article: Option<String>,
    /// Interface language tag.
    #[serde(default)]
    lang: Option<String>,
    /// Follow `#incident-card/<claim>` links (default true). Turn it off when
    /// several cards share a page and only one should answer links.
    #[serde(default, rename = "deepLinks")]
    deep_links: Option<bool>,
}

fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("IncidentCardError");
    let obj: &JsValue = err.as_ref();
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

fn dataset_from_js(value: JsValue) -> Result<Dataset, Error> {
    crate::dataset::from_js(value)
}

fn load(options: &JsValue) -> Result<(Dataset, MountConfig), JsValue> {
    let dataset_value = if options.is_object() {
        js_sys::Reflect::get(options, &"dataset".into()).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    };
    let opts: MountOptions = if options.is_object() {
        serde_wasm_bindgen::from_value(options.clone()).unwrap_or_default()
    } else {
        MountOptions::default()
    };
    let cfg = MountConfig {
        lang: Lang::from_tag(opts.lang.as_deref().unwrap_or("en")),
        deep_links: opts.deep_links.unwrap_or(true),
    };
    if !dataset_value.is_undefined() && !dataset_value.is_null() {
        return dataset_from_js(dataset_value)
            .map(|d| (d, cfg))
            .map_err(|e| js_error(&e));
    }
    let text = opts.article.as_deref().unwrap_or(crate::DEFAULT_ARTICLE);
    crate::extract_article(text)
        .map(|d| (d, cfg))
        .map_err(|e| js_error(&Error::Parse(e)))
}

/// A card mounted in the page.
#[wasm_bindgen]
pub struct Card {
    card: Option<MountedCard>,
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
        let card = self
            .card
            .as_ref()
            .ok_or_else(|| JsValue::from_str("incident-card: the card is unmounted"))?;
        let ser = serde_wasm_bindgen::Serializer::json_compatible();
        let data = card.data();
        serde::Serialize::serialize(&*data, &ser).map_err(|e| JsValue::from_str(&e.to_string()))
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

    /// The prefix of the card's element ids.
    #[wasm_bindgen(getter, js_name = idPrefix)]
    pub fn id_prefix(&self) -> String {
        self.card.as_ref().map(|c| c.prefix()).unwrap_or_default()
    }
}

/// Mounts a card into `element`. `options`: `{ article?: string, dataset?: object,
/// lang?: string, deepLinks?: boolean }`; with neither `article` nor `dataset`,
/// shows the embedded default article.
#[wasm_bindgen]
pub fn mount(element: &Element, options: JsValue) -> Result<Card, JsValue> {
    let (data, cfg) = load(&options)?;
    let card = MountedCard::mount(element, data, cfg)?;
    Ok(Card { card: Some(card) })
}

/// Extracts the dataset of an article, as a plain JS object.
#[wasm_bindgen]
pub fn extract(article: &str) -> Result<JsValue, JsValue> {
    let data = crate::extract_article(article).map_err(|e| js_error(&Error::Parse(e)))?;
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&data, &ser).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The card of an article as static HTML (the no-JavaScript fallback).
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(article: &str) -> Result<String, JsValue> {
    let data = crate::extract_article(article).map_err(|e| js_error(&Error::Parse(e)))?;
    Ok(crate::html::render(&data, Lang::En))
}

/// The embedded default article.
#[wasm_bindgen(js_name = defaultArticle)]
pub fn default_article() -> String {
    crate::DEFAULT_ARTICLE.to_string()
}

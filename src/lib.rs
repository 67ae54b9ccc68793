//! incident-card: reads a wire-format news article about an armed incident,
//! works out who claims what, and renders an incident card.
//!
//! The pure core — [`article`] (parser), [`extract`] (claims), [`model`]
//! (dataset), [`view`] and [`app`] (the card's view-model and state machine),
//! [`html`] (static rendering) — has no browser dependency and is tested with
//! `cargo test`. The `dom` and `api` modules, compiled only for wasm32, are
//! the thin browser shell.

#![warn(missing_docs)]

pub mod app;
pub mod article;
pub mod dataset;
pub mod date;
pub mod error;
pub mod export;
pub mod extract;
pub mod html;
pub mod i18n;
pub mod knowledge;
pub mod markup;
pub mod model;
pub mod schema;
pub mod text;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod dom;

pub use error::{DatasetError, Error, ParseError, ParseErrorKind};
pub use model::Dataset;

/// The embedded default article: the November 2021 Armenia–Azerbaijan border clashes.
pub const DEFAULT_ARTICLE: &str =
    include_str!("../data/articles/2021-11-17-trtworld-azerbaijan-armenia-border-clashes.txt");

/// Parses an article and extracts its dataset.
pub fn extract_article(text: &str) -> Result<Dataset, ParseError> {
    let article = article::parse(text)?;
    Ok(extract::extract(article))
}

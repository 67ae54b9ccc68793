//! Static HTML of the card, from the same view-model the DOM layer mounts:
//! the no-JavaScript fallback and the CLI's `render` output.

use crate::app::State;
use crate::i18n::Lang;
use crate::markup::to_html;
use crate::model::Dataset;
use crate::view::{card, Ctx};

/// The card as escaped, self-contained HTML (no script, no inline style).
pub fn render(data: &Dataset, lang: Lang) -> String {
    let state = State::new(lang);
    let ctx = Ctx {
        data,
        state: &state,
        prefix: "icx",
        lang,
        static_html: true,
    };
    let mut out = String::with_capacity(8 * 1024);
    to_html(&card(&ctx), &mut out);
    out
}

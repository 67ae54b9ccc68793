//! Static HTML of the card, from the same view-model the DOM layer mounts:
//! the no-JavaScript fallback and the CLI's `render` output.

use crate::app::State;
use crate::i18n::Lang;
use crate::markup::to_html;
use crate::model::Dataset;
use crate::view::{card, Ctx};

/// The card as escaped, self-contained HTML (no script, no inline style),
/// with element ids prefixed `icx`.
pub fn render(data: &Dataset, lang: Lang) -> String {
    render_with_prefix(data, lang, "icx")
}

/// The card as static HTML with element ids prefixed `prefix` (`prefix-title`
/// …): give each static card on a page its own prefix, so ids stay unique.
/// A prefix that is not a plain identifier (ASCII letters, digits, `-`, `_`,
/// starting with a letter) is replaced by `icx`.
pub fn render_with_prefix(data: &Dataset, lang: Lang, prefix: &str) -> String {
    let plain = prefix.starts_with(|c: char| c.is_ascii_alphabetic())
        && prefix
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let state = State::new(lang);
    let ctx = Ctx {
        data,
        state: &state,
        prefix: if plain { prefix } else { "icx" },
        lang,
        static_html: true,
    };
    let mut out = String::with_capacity(8 * 1024);
    to_html(&card(&ctx), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_static_card_can_have_its_own_id_prefix() {
        let d = crate::extract_article(crate::DEFAULT_ARTICLE).unwrap();
        let a = render_with_prefix(&d, Lang::En, "az-2021");
        assert!(a.starts_with("<article class=\"ic ic-static\" id=\"az-2021\""));
        assert!(a.contains("id=\"az-2021-title\""));
        assert!(!a.contains("icx"));
        let bad = render_with_prefix(&d, Lang::En, "\"><x");
        assert!(bad.contains("id=\"icx-title\""));
        assert_eq!(
            render(&d, Lang::Ar),
            render_with_prefix(&d, Lang::Ar, "icx")
        );
        assert!(render(&d, Lang::Ar).contains("dir=\"rtl\""));
    }
}

//! Hostile input never panics: arbitrary text through the parser and the
//! extractor, article-shaped text built from the words the rules look for,
//! and time that grows linearly on adversarial repetitions.
#![cfg(not(target_arch = "wasm32"))]

use incident_card::{article, extract_article, html, i18n::Lang};
use proptest::prelude::*;

const HEADER: &str = " date 2021-11-17 WORLD\n3 MIN READ\nHeadline\nStandfirst.\nHeadline\nCaption. / AP\nNovember 17, 2021\n\n";

/// Fragments the extractor's rules react to, combined at random.
const FRAGMENTS: &[&str] = &[
    "said",
    "told",
    "accused",
    "according to",
    "adding that",
    "It said",
    "The ministry said",
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'s",
    ",",
    ".",
    " ",
    "Armenia",
    "Azerbaijani",
    "Baku",
    "UN",
    "the EU",
    "U.S.",
    "Gen.",
    "seven",
    "13",
    "6,500",
    "at least",
    "more than",
    "killed",
    "wounded",
    "captured by",
    "were missing",
    "and",
    "Tuesday",
    "yesterday",
    "November 17",
    "in 2020",
    "last year",
    "mediation by",
    "Russian-brokered",
    "(",
    ")",
    "-",
    "\n",
    "\n\n",
    "READ MORE:",
    "Recommended",
    "SOURCE:",
    "Explore",
    "Prime Minister Nikol Pashinyan",
    "Pashinyan",
    "its soldiers",
    "enemy",
    "both sides",
    "did not say",
    "ceasefire",
    "region",
];

fn article_from(parts: &[usize]) -> String {
    let mut s = String::from(HEADER);
    for &p in parts {
        s.push_str(FRAGMENTS[p % FRAGMENTS.len()]);
        s.push(' ');
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_yields_a_dataset_or_a_typed_error(s in any::<String>()) {
        if let Ok(d) = extract_article(&s) {
            let _ = html::render(&d, Lang::En);
        }
    }

    #[test]
    fn arbitrary_bytes_yield_a_dataset_or_a_typed_error(b in proptest::collection::vec(any::<u8>(), 0..2048)) {
        match article::parse_bytes(&b) {
            Ok(a) => { let _ = incident_card::extract::extract(a); }
            Err(e) => prop_assert!(e.line >= 1),
        }
    }

    #[test]
    fn article_shaped_text_never_panics(parts in proptest::collection::vec(0usize..1000, 0..400)) {
        let text = article_from(&parts);
        // The header always parses; `SOURCE:` or `Explore` early may leave no body.
        let d = match extract_article(&text) {
            Ok(d) => d,
            Err(e) => {
                prop_assert_eq!(e.kind, incident_card::ParseErrorKind::MissingBody);
                return Ok(());
            }
        };
        // Every claim's text is exactly its span of its paragraph.
        for c in &d.claims {
            let p = &d.article.paragraphs[c.paragraph];
            prop_assert_eq!(incident_card::text::char_slice(p, c.start, c.end), Some(c.text.as_str()));
        }
        let _ = html::render(&d, Lang::En);
    }
}

/// Time at 8× the input must stay within 20× the time at 1× (a quadratic
/// algorithm would take 64×; the slack absorbs a busy machine): no
/// quadratic blow-up on adversarial repetitions.
#[test]
fn time_grows_linearly_on_adversarial_input() {
    let patterns: &[&str] = &[
        "\"",
        "\u{201C}a, ",
        "1,2",
        "said ",
        "It said Armenia said ",
        "(((",
        "seven killed and ",
        "Tuesday ",
        "The EU, France, ",
        "U.S. ",
    ];
    for p in patterns {
        let time = |reps: usize| {
            // One long paragraph of the pattern, split into lines the parser accepts.
            let mut text = String::from(HEADER);
            let mut line = String::new();
            for _ in 0..reps {
                line.push_str(p);
                if line.len() > 4000 {
                    text.push_str(&line);
                    text.push_str(".\n\n");
                    line.clear();
                }
            }
            text.push_str(&line);
            // The fastest of five runs: robust against a busy machine.
            (0..5)
                .map(|_| {
                    let start = std::time::Instant::now();
                    let _ = extract_article(&text);
                    start.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min)
        };
        let small = time(2_000).max(1e-3);
        let big = time(16_000);
        assert!(
            big <= small * 20.0 + 0.1,
            "pattern {p:?}: {small:.4}s at 1x, {big:.4}s at 8x"
        );
    }
}

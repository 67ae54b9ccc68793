//! Any dataset that passes the checker renders without a panic, in every
//! state a reader can reach: proptest builds valid but odd datasets (spans
//! that overlap, start or end at any character, texts that do not match their
//! paragraph, multi-byte characters, huge figures, dangling timeline links)
//! and drives the card's state machine with random messages, rendering the
//! live view after each and the static card once. A panic here would be a
//! `RuntimeError: unreachable` in the browser.
#![cfg(not(target_arch = "wasm32"))]

use incident_card::app::{update, Disclosure, Msg, Source, State, Step, Tab};
use incident_card::i18n::Lang;
use incident_card::model::*;
use incident_card::view::{card, Ctx};
use incident_card::{dataset, html};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "a", "b", "é", "日", "🇦🇿", " ", "\"", "\u{201C}", "\u{201D}", "'", "\u{2019}", ".", ",",
    "said", "\u{0301}",
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(0..PIECES.len(), 0..24)
        .prop_map(|v| v.into_iter().map(|i| PIECES[i]).collect())
}

#[derive(Debug, Clone)]
struct Raw {
    paragraphs: Vec<String>,
    roles: Vec<u8>,
    names: Vec<String>,
    claims: Vec<(
        usize,
        usize,
        u8,
        usize,
        usize,
        String,
        Vec<(usize, u8, u64, u8)>,
        u64,
    )>,
    timeline: Vec<(usize, u8, Option<usize>, String, u8)>,
    context: Vec<(usize, u64)>,
}

fn raw() -> impl Strategy<Value = Raw> {
    (
        proptest::collection::vec(text(), 1..5),
        proptest::collection::vec(0u8..3, 0..6),
        proptest::collection::vec(text(), 6),
        proptest::collection::vec(
            (
                0usize..8,
                0usize..8,
                0u8..4,
                0usize..64,
                0usize..64,
                text(),
                proptest::collection::vec((0usize..8, 0u8..6, 0u64..=4_294_967_295, 0u8..5), 0..3),
                any::<u64>(),
            ),
            0..8,
        ),
        proptest::collection::vec(
            (
                0usize..8,
                0u8..6,
                proptest::option::of(0usize..10),
                text(),
                0u8..5,
            ),
            0..5,
        ),
        proptest::collection::vec((0usize..8, any::<u64>()), 0..3),
    )
        .prop_map(
            |(paragraphs, roles, names, claims, timeline, context)| Raw {
                paragraphs,
                roles,
                names,
                claims,
                timeline,
                context,
            },
        )
}

/// Spans inside `chars`, picked from a seed.
fn spans_from(seed: u64, chars: usize, n: usize) -> Vec<Span> {
    let mut x = seed | 1;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % (chars as u64 + 1)) as usize
    };
    (0..n)
        .map(|_| {
            let (a, b) = (next(), next());
            Span {
                start: a.min(b),
                end: a.max(b),
            }
        })
        .collect()
}

fn build(r: &Raw) -> Dataset {
    let chars = |i: usize| r.paragraphs[i].chars().count();
    let parties: Vec<Party> = r
        .roles
        .iter()
        .enumerate()
        .map(|(i, role)| Party {
            id: format!("p{i}"),
            name: r.names[i % r.names.len()].clone(),
            role: [Role::Belligerent, Role::Mediator, Role::ThirdParty][*role as usize],
            kind: "country".into(),
        })
        .collect();
    let kinds = ["killed", "wounded", "captured", "missing", "", "other kind"];
    let qualifiers = [
        None,
        Some("at least"),
        Some("more than"),
        Some("about"),
        Some(""),
    ];
    let mut claims = Vec::new();
    if !parties.is_empty() {
        for (i, (party, para, topic, a, b, text, figs, seed)) in r.claims.iter().enumerate() {
            let paragraph = para % r.paragraphs.len();
            let n = chars(paragraph);
            let (start, end) = ((*a).min(*b).min(n), (*a).max(*b).min(n));
            let spans = spans_from(*seed, n, 4);
            claims.push(Claim {
                id: format!("c{i}"),
                party: parties[party % parties.len()].id.clone(),
                speaker: r.names[i % r.names.len()].clone(),
                // Sometimes the exact sentence, sometimes unrelated text.
                text: if seed % 2 == 0 {
                    incident_card::text::char_slice(&r.paragraphs[paragraph], start, end)
                        .unwrap()
                        .to_string()
                } else {
                    text.clone()
                },
                paragraph,
                start,
                end,
                topic: Topic::ALL[*topic as usize],
                date: [
                    None,
                    Some("2021-11-16".to_string()),
                    Some("garbage".to_string()),
                ][(seed % 3) as usize]
                    .clone(),
                date_phrase: Some(text.clone()),
                figures: figs
                    .iter()
                    .map(|(s, k, v, q)| CasualtyFigure {
                        subject: parties[s % parties.len()].id.clone(),
                        kind: kinds[*k as usize].to_string(),
                        value: *v,
                        qualifier: qualifiers[*q as usize].map(str::to_string),
                        group: Some(r.names[*k as usize % r.names.len()].clone()),
                    })
                    .collect(),
                cue: (seed % 3 != 0).then_some(spans[0]),
                speaker_span: (seed % 5 != 0).then_some(spans[1]),
                quotes: spans[2..].to_vec(),
            });
        }
    }
    let ev_kinds = ["clash", "ceasefire", "mediation", "statement", "other"];
    let timeline = r
        .timeline
        .iter()
        .map(|(para, day, claim, text, kind)| TimelineEvent {
            date: format!("2021-11-{:02}", 10 + day),
            time_of_day: [
                None,
                Some("morning"),
                Some("evening"),
                Some("night"),
                Some("dusk"),
            ][*kind as usize]
                .map(str::to_string),
            date_phrase: text.clone(),
            text: if claim.is_some_and(|c| c % 2 == 0) {
                r.paragraphs[para % r.paragraphs.len()].clone()
            } else {
                // Often names a party, so mediators' events are found.
                format!("{text}{}", r.names[para % r.names.len()])
            },
            paragraph: para % r.paragraphs.len(),
            kind: ev_kinds[*kind as usize].to_string(),
            claim: claim.map(|c| format!("c{c}")),
        })
        .collect();
    let context = r
        .context
        .iter()
        .map(|(para, seed)| {
            let paragraph = para % r.paragraphs.len();
            let sp = spans_from(*seed, chars(paragraph), 1)[0];
            ContextItem {
                text: r.paragraphs[paragraph].clone(),
                paragraph,
                start: sp.start,
                end: sp.end,
                period: Some("last year".into()),
                figures: Vec::new(),
            }
        })
        .collect();
    Dataset {
        schema: SCHEMA.into(),
        article: Article {
            title: "T".into(),
            standfirst: r.names[0].clone(),
            published: "2021-11-17".into(),
            section: r.names[1].clone(),
            read_minutes: Some(u32::MAX),
            source: Some(r.names[2].clone()),
            url: Some("https://example.org/a".into()),
            paragraphs: r.paragraphs.clone(),
            ..Article::default()
        },
        incident: Incident {
            title: "T".into(),
            kind: r.names[3].clone(),
            date: Some("2021-11-16".into()),
            date_phrase: None,
            places: r.names.clone(),
        },
        parties,
        claims,
        timeline,
        context,
    }
}

fn msg() -> impl Strategy<Value = Msg> {
    let tab = prop_oneof![
        Just(Tab::Claims),
        Just(Tab::Figures),
        Just(Tab::Timeline),
        Just(Tab::Reactions),
        Just(Tab::Article)
    ];
    let id = (0usize..10).prop_map(|i| format!("c{i}"));
    prop_oneof![
        tab.prop_map(Msg::SelectTab),
        prop_oneof![
            Just(Step::Next),
            Just(Step::Prev),
            Just(Step::First),
            Just(Step::Last)
        ]
        .prop_map(Msg::TabStep),
        Just(Msg::SwapSides),
        id.clone().prop_map(|c| Msg::ShowSource {
            source: Source::Claim(c),
            from: Some("src-c0".into())
        }),
        (0usize..7).prop_map(|i| Msg::ShowSource {
            source: Source::Event(i),
            from: None
        }),
        (0usize..4).prop_map(|i| Msg::ShowSource {
            source: Source::Context(i),
            from: Some("bg-0".into())
        }),
        Just(Msg::Back),
        id.clone().prop_map(Msg::CopyLink),
        (id.clone(), any::<bool>()).prop_map(|(claim, ok)| Msg::Copied {
            claim,
            url: "http://x/#incident-card/c1".into(),
            ok
        }),
        id.prop_map(Msg::OpenClaim),
        Just(Msg::Toggle(Disclosure::About)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, .. ProptestConfig::default() })]

    #[test]
    fn any_valid_dataset_renders_in_every_reachable_state(r in raw(), msgs in proptest::collection::vec(msg(), 0..12)) {
        let d = build(&r);
        prop_assert_eq!(dataset::validate(&d), Ok(()));
        let _ = html::render(&d, Lang::En);
        let mut state = State::new(Lang::En);
        for m in msgs {
            update(&mut state, m, &d);
            let tree = card(&Ctx { data: &d, state: &state, prefix: "ic1", lang: Lang::En, static_html: false });
            prop_assert!(!tree.text_content().is_empty());
        }
    }
}

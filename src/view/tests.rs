//! The view-model, specified on the embedded article and the fixtures.

use super::*;
use crate::app::{update, Msg, Source, State, Tab};
use crate::markup::{El, Node};
use crate::model::Span;

fn data() -> Dataset {
    crate::extract_article(crate::DEFAULT_ARTICLE).unwrap()
}

fn fixture(name: &str) -> Dataset {
    let path = format!("{}/data/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    crate::extract_article(&text).unwrap()
}

fn fixtures() -> Vec<(String, Dataset)> {
    let dir = format!("{}/data/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) == Some("txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            out.push((name, crate::extract_article(&text).unwrap()));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn render(d: &Dataset, state: &State, static_html: bool) -> El {
    card(&Ctx {
        data: d,
        state,
        prefix: "ic1",
        lang: Lang::En,
        static_html,
    })
}

fn live(d: &Dataset) -> El {
    render(d, &State::new(Lang::En), false)
}

/// Every element below `el` (self included) for which `f` holds, depth first.
fn all<'a>(el: &'a El, f: &dyn Fn(&El) -> bool) -> Vec<&'a El> {
    let mut out = Vec::new();
    fn walk<'a>(el: &'a El, f: &dyn Fn(&El) -> bool, out: &mut Vec<&'a El>) {
        if f(el) {
            out.push(el);
        }
        for c in &el.children {
            if let Node::El(e) = c {
                walk(e, f, out);
            }
        }
    }
    walk(el, f, &mut out);
    out
}

fn has_class(el: &El, class: &str) -> bool {
    el.get_attr("class")
        .is_some_and(|c| c.split(' ').any(|x| x == class))
}

fn by_class<'a>(el: &'a El, class: &str) -> Vec<&'a El> {
    all(el, &|e| has_class(e, class))
}

fn one<'a>(el: &'a El, class: &str) -> &'a El {
    let v = by_class(el, class);
    assert_eq!(v.len(), 1, "expected one .{class}, found {}", v.len());
    v[0]
}

fn texts(els: &[&El]) -> Vec<String> {
    els.iter().map(|e| e.text_content()).collect()
}

fn panel<'a>(root: &'a El, tab: &str) -> &'a El {
    root.find("data-tab", tab).expect("panel")
}

#[test]
fn the_header_says_what_where_when_and_where_from() {
    let root = live(&data());
    assert_eq!(
        one(&root, "ic-kicker").text_content(),
        "Border clash · Kalbajar and Lachin · Tue 16 Nov 2021"
    );
    assert_eq!(
        root.find("id", "ic1-title").unwrap().text_content(),
        "Azerbaijan: Armenian forces killed, injured soldiers in border attack"
    );
    assert_eq!(
        one(&root, "ic-meta").text_content(),
        "World · Source: TRTWorld and agencies · Published 17 Nov 2021 · 3 min read"
    );
}

#[test]
fn at_a_glance_gives_each_sides_own_losses() {
    let root = live(&data());
    let lines = texts(&all(one(&root, "ic-glance"), &|e| e.tag == "li"));
    assert_eq!(
        lines,
        vec![
            "Azerbaijan saysOwn losses: 7 killed, 10 wounded",
            "Armenia saysOwn losses: 1 killed, 13 captured, 24 missing",
        ]
    );
}

#[test]
fn tabs_follow_the_apg_pattern() {
    let root = live(&data());
    let tabs = all(&root, &|e| e.get_attr("role") == Some("tab"));
    assert_eq!(
        texts(&tabs),
        vec!["Claims", "Figures", "Timeline", "Reactions", "Article"]
    );
    let selected: Vec<_> = tabs
        .iter()
        .filter(|t| t.get_attr("aria-selected") == Some("true"))
        .collect();
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].get_attr("tabindex"), Some("0"));
    for t in &tabs {
        let panel_id = t.get_attr("aria-controls").unwrap();
        let p = root.find("id", panel_id).expect("tab controls a panel");
        assert_eq!(p.get_attr("role"), Some("tabpanel"));
        assert_eq!(p.get_attr("aria-labelledby"), t.get_attr("id"));
        let visible = p.get_attr("hidden").is_none();
        assert_eq!(visible, t.get_attr("aria-selected") == Some("true"));
        if t.get_attr("aria-selected") == Some("false") {
            assert_eq!(t.get_attr("tabindex"), Some("-1"));
        }
    }
    let list = root.find("role", "tablist").unwrap();
    assert!(list.get_attr("aria-label").is_some());
}

#[test]
fn claims_line_up_by_topic_with_an_explicit_empty_cell() {
    let d = data();
    let root = live(&d);
    let p = panel(&root, "claims");
    assert_eq!(
        texts(&by_class(p, "ic-topic-h")),
        vec![
            "Casualties",
            "Who is responsible",
            "Situation and ceasefire"
        ]
    );
    assert_eq!(
        texts(&by_class(p, "ic-colhead")),
        vec!["Azerbaijan says", "Armenia says"]
    );
    let topics = by_class(p, "ic-topic");
    let situation = topics[2];
    assert_eq!(
        texts(&by_class(situation, "ic-empty")),
        vec!["No claim from Azerbaijan in this article"]
    );
    // Each cell names its side (for the stacked layout and screen readers).
    assert_eq!(
        texts(&by_class(topics[0], "ic-cell-party")),
        vec!["Azerbaijan says", "Armenia says"]
    );
    assert!(p
        .text_content()
        .contains("The order of the columns is not a ranking."));
    assert!(p.find("data-act", "swap").is_some());
    // Third parties are not in the two columns.
    assert!(!p.text_content().contains("de-escalate"));
}

#[test]
fn a_claim_shows_quotes_speaker_date_and_controls() {
    let root = live(&data());
    let c1 = root.find("id", "ic1-claim-c1").unwrap();
    let quotes = all(c1, &|e| e.tag == "q");
    assert_eq!(
        texts(&quotes),
        vec![
            "Seven servicemen died and 10 more were wounded in the clashes provoked Tuesday by Armenia,",
            "stabilised on Tuesday evening."
        ],
        "the marks come from <q>, not doubled"
    );
    assert_eq!(
        one(c1, "ic-by").text_content(),
        "Azerbaijan's defence ministry · Refers to Tue 16 Nov 2021"
    );
    let src = c1.find("data-act", "src:c1").unwrap();
    assert_eq!(src.get_attr("id"), Some("ic1-src-c1"));
    assert_eq!(
        src.text_content(),
        "Show in article: claim by Azerbaijan's defence ministry"
    );
    assert!(c1.find("data-act", "copy:c1").is_some());
    // An undated claim carries the publication date as "Reported".
    let c3 = root.find("id", "ic1-claim-c3").unwrap();
    assert_eq!(
        one(c3, "ic-by").text_content(),
        "Armenia's defence ministry · Reported 17 Nov 2021"
    );
}

#[test]
fn spans_split_text_by_character_offsets() {
    let text = "a “b” c “d”";
    let pieces = split_spans(
        text,
        10,
        &[Span { start: 18, end: 21 }, Span { start: 12, end: 15 }],
    );
    assert_eq!(
        pieces,
        vec![
            ("a ", None),
            ("“b”", Some(1)),
            (" c ", None),
            ("“d”", Some(0))
        ]
    );
    // Out of range, reversed and overlapping spans are ignored or clipped.
    let pieces = split_spans(
        "abcdef",
        0,
        &[
            Span { start: 4, end: 99 },
            Span { start: 3, end: 2 },
            Span { start: 1, end: 5 },
        ],
    );
    assert_eq!(pieces, vec![("a", None), ("bcde", Some(2)), ("f", None)]);
    assert_eq!(split_spans("", 0, &[Span { start: 0, end: 3 }]), vec![]);
}

#[test]
fn swapping_reverses_columns_everywhere_but_keeps_colours() {
    let d = data();
    let mut s = State::new(Lang::En);
    update(&mut s, Msg::SwapSides, &d);
    let root = render(&d, &s, false);
    let claims = panel(&root, "claims");
    assert_eq!(
        texts(&by_class(claims, "ic-colhead")),
        vec!["Armenia says", "Azerbaijan says"]
    );
    assert!(has_class(by_class(claims, "ic-colhead")[0], "ic-pb"));
    let th: Vec<String> = all(panel(&root, "figures"), &|e| has_class(e, "ic-th-side"))
        .iter()
        .map(|e| e.text_content())
        .collect();
    assert_eq!(th, vec!["Armenia says", "Azerbaijan says"]);
    let glance = all(one(&root, "ic-glance"), &|e| e.tag == "strong");
    assert_eq!(texts(&glance), vec!["Armenia says", "Azerbaijan says"]);
}

#[test]
fn the_figures_compare_claimant_by_kind_and_say_whose_losses() {
    let d = data();
    let root = live(&d);
    let p = panel(&root, "figures");
    assert!(p
        .text_content()
        .contains("Figures as claimed by each side; not independently verified."));
    let rows = all(p, &|e| e.tag == "tr");
    let row_text: Vec<String> = rows.iter().map(|r| r.text_content()).collect();
    assert_eq!(row_text[0], "CasualtiesAzerbaijan saysArmenia says");
    assert_eq!(
        row_text[1],
        "Killed7 servicemen: show the sentence; claim by Azerbaijan's defence ministryown losses\
         1 soldier: show the sentence; claim by Armenia's defence ministryown losses"
    );
    assert_eq!(
        row_text[3],
        "CapturedNot stated13: show the sentence; claim by Armenia's defence ministryown losses",
        "13 with the noun of `one soldier` reads wrong, so the noun is left out"
    );
    assert_eq!(rows.len(), 5);
    let ths = all(p, &|e| e.tag == "th");
    assert!(ths.iter().all(|t| t.get_attr("scope").is_some()));
    // Each figure opens its claim's sentence.
    let b = p.find("id", "ic1-fig-c3-2").unwrap();
    assert_eq!(b.get_attr("data-act"), Some("src:c3"));
    // Earlier wars never appear in the comparison.
    assert!(!p.text_content().contains("6,500"));
}

#[test]
fn the_chart_is_rust_built_svg_with_a_bar_per_figure() {
    let root = live(&data());
    let p = panel(&root, "figures");
    let svg = all(p, &|e| e.tag == "svg");
    assert_eq!(svg.len(), 1);
    assert_eq!(svg[0].get_attr("role"), Some("img"));
    let title_id = svg[0].get_attr("aria-labelledby").unwrap();
    assert!(svg[0].find("id", title_id).is_some());
    let bars = by_class(svg[0], "ic-ch-bar");
    assert_eq!(bars.len(), 5);
    let rows = by_class(svg[0], "ic-ch-row");
    let first_title = all(rows[0], &|e| e.tag == "title")[0].text_content();
    assert_eq!(
        first_title,
        "Azerbaijan says · own losses: 7 servicemen killed"
    );
    // The longest bar is the largest figure (24 missing).
    let widths: Vec<f32> = bars
        .iter()
        .map(|b| b.get_attr("width").unwrap().parse().unwrap())
        .collect();
    let max = widths.iter().cloned().fold(0.0, f32::max);
    assert_eq!(widths.last(), Some(&max));
}

#[test]
fn figures_about_the_other_side_name_whose_losses_they_are() {
    let d = fixture("2024-03-12-trtworld-thailand-cambodia-border-fighting");
    let root = live(&d);
    let p = panel(&root, "figures");
    let whose = texts(&by_class(p, "ic-whose"));
    assert!(
        whose.contains(&"Thailand’s losses".to_string()),
        "{whose:?}"
    );
    assert!(whose.contains(&"own losses".to_string()));
    let glance = one(&root, "ic-glance").text_content();
    assert!(
        glance.contains("Thailand’s losses: more than 20 killed"),
        "{glance}"
    );
    assert!(
        glance.contains("7 soldiers killed") && glance.contains("4 civilians killed"),
        "two counts of one kind keep their nouns: {glance}"
    );
}

#[test]
fn the_timeline_orders_events_marks_the_ceasefire_and_keeps_background_apart() {
    let d = data();
    let root = live(&d);
    let p = panel(&root, "timeline");
    let lanes = by_class(p, "ic-lane");
    assert_eq!(lanes.len(), 2);
    let incident = lanes[0];
    let events = by_class(incident, "ic-ev");
    assert_eq!(events.len(), 6);
    let dates: Vec<String> = events
        .iter()
        .map(|e| {
            all(e, &|x| x.tag == "time")[0]
                .get_attr("datetime")
                .unwrap()
                .to_string()
        })
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    let ceasefire = by_class(incident, "ic-ev-ceasefire");
    assert_eq!(ceasefire.len(), 2);
    assert_eq!(
        one(ceasefire[0], "ic-ev-when").text_content(),
        "Tue 16 Nov 2021The article says: Tuesday evening"
    );
    assert_eq!(one(ceasefire[0], "ic-ev-kind").text_content(), "Ceasefire");
    assert!(!incident.text_content().contains("6,500"));
    let bg = lanes[1];
    assert_eq!(one(bg, "ic-lane-h").text_content(), "Background");
    assert!(bg.text_content().contains("more than 6,500 dead"));
    assert_eq!(
        texts(&by_class(bg, "ic-bg-period")),
        vec!["Last year", "November 2020"]
    );
    assert!(bg.find("data-act", "src-bg:1").is_some());
}

#[test]
fn reactions_show_the_mediator_and_each_joint_statement_once() {
    let d = data();
    let root = live(&d);
    let p = panel(&root, "reactions");
    let items = by_class(p, "ic-reaction");
    assert_eq!(items.len(), 2);
    assert_eq!(one(items[0], "ic-rx-who").text_content(), "Russia Mediator");
    assert!(items[0]
        .text_content()
        .contains("following mediation by Russia's Defence Minister Sergey Shoygu"));
    assert!(items[0].find("data-act", "src-ev:4").is_some());
    assert_eq!(
        one(items[1], "ic-rx-who").text_content(),
        "European Union, France, United Nations and United States Reacted"
    );
    assert_eq!(
        p.text_content().matches("de-escalate tensions").count(),
        1,
        "the joint sentence is shown once"
    );
    assert_eq!(claim_anchor(&d, "c9"), "claim-c7");
    assert_eq!(claim_anchor(&d, "c3"), "claim-c3");
    assert!(root.find("id", "ic1-claim-c7").is_some());
}

#[test]
fn provenance_marks_the_sentence_speaker_and_cue() {
    let d = data();
    let mut s = State::new(Lang::En);
    update(
        &mut s,
        Msg::ShowSource {
            source: Source::Claim("c4".into()),
            from: Some("src-c4".into()),
        },
        &d,
    );
    let root = render(&d, &s, false);
    let p = panel(&root, "article");
    assert!(p.get_attr("hidden").is_none());
    let marks = all(p, &|e| e.tag == "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].get_attr("id"), Some("ic1-mark"));
    assert_eq!(marks[0].text_content(), d.claim("c4").unwrap().text);
    assert_eq!(texts(&by_class(marks[0], "ic-hl-speaker")), vec!["It"]);
    assert_eq!(texts(&by_class(marks[0], "ic-hl-cue")), vec!["said"]);
    assert_eq!(
        one(p, "ic-prov-what").text_content(),
        "Source sentence of the claim by Armenia's defence ministry"
    );
    assert_eq!(
        p.find("data-act", "back").unwrap().text_content(),
        "Back to Claims"
    );
    // The rest of the paragraph is untouched text.
    let para = root.find("id", "ic1-p-4").unwrap();
    assert_eq!(para.text_content(), d.article.paragraphs[4]);
}

#[test]
fn an_events_sentence_is_found_in_its_paragraph() {
    let d = data();
    let r = source_range(&d, &Source::Event(4)).unwrap();
    assert_eq!(r.paragraph, 9);
    let para = &d.article.paragraphs[9];
    assert_eq!(
        crate::text::char_slice(para, r.sentence.start, r.sentence.end),
        Some(d.timeline[4].text.as_str())
    );
    let bg = source_range(&d, &Source::Context(1)).unwrap();
    assert_eq!(bg.paragraph, 11);
    assert_eq!(bg.sentence.start, 108);
    assert!(source_range(&d, &Source::Claim("c99".into())).is_none());
}

#[test]
fn the_article_view_without_a_source_explains_itself() {
    let root = live(&data());
    let p = panel(&root, "article");
    assert!(all(p, &|e| e.tag == "mark").is_empty());
    assert!(p.find("data-act", "back").is_none());
    assert!(one(p, "ic-prov-idle")
        .text_content()
        .contains("Show in article"));
    assert_eq!(
        all(p, &|e| e.tag == "p" && e.get_attr("id").is_some()).len(),
        12
    );
}

#[test]
fn only_an_http_article_url_becomes_a_link_with_a_constant_rel() {
    let links = |url: &str, source: Option<&str>| {
        let mut d = data();
        d.article.url = Some(url.to_string());
        d.article.source = source.map(str::to_string);
        let mut out = Vec::new();
        for static_html in [false, true] {
            let root = render(&d, &State::new(Lang::En), static_html);
            for a in all(&root, &|e| e.tag == "a") {
                out.push((
                    a.get_attr("href").map(str::to_string),
                    a.get_attr("rel").map(str::to_string),
                ));
            }
        }
        out
    };
    let rel = Some("noopener noreferrer".to_string());
    for source in [Some("Agencies"), None] {
        assert_eq!(
            links("https://example.org/a?b=1", source),
            vec![
                (Some("https://example.org/a?b=1".into()), rel.clone()),
                (Some("https://example.org/a?b=1".into()), rel.clone())
            ],
            "{source:?}"
        );
        for bad in [
            "javascript:window.__xss=1",
            " JaVaScRiPt:x",
            "java\tscript:x",
            "data:text/html,<script>window.__xss=1</script>",
            "//example.org/a",
            "/relative",
            "file:///etc/passwd",
        ] {
            assert_eq!(links(bad, source), vec![], "{bad:?}");
        }
    }
}

#[test]
fn a_failed_copy_shows_the_link_under_its_claim() {
    let d = data();
    let mut s = State::new(Lang::En);
    update(
        &mut s,
        Msg::Copied {
            claim: "c2".into(),
            url: "http://x.test/#incident-card/c2".into(),
            ok: false,
        },
        &d,
    );
    let root = render(&d, &s, false);
    let c2 = root.find("id", "ic1-claim-c2").unwrap();
    assert_eq!(
        one(c2, "ic-link").text_content(),
        "Link to this claim: http://x.test/#incident-card/c2"
    );
    assert_eq!(
        one(&root, "ic-live").text_content(),
        "Copying is not available here. The link is: http://x.test/#incident-card/c2"
    );
}

#[test]
fn a_deep_linked_claim_is_marked_as_the_target() {
    let d = data();
    let mut s = State::new(Lang::En);
    update(&mut s, Msg::OpenClaim("c8".into()), &d);
    let root = render(&d, &s, false);
    let targets = by_class(&root, "is-target");
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0].get_attr("id"), Some("ic1-claim-c7"));
    assert_eq!(targets[0].get_attr("tabindex"), Some("-1"));
}

#[test]
fn the_about_disclosure_uses_aria_expanded() {
    let d = data();
    let mut s = State::new(Lang::En);
    let root = render(&d, &s, false);
    let b = root.find("data-act", "toggle:about").unwrap();
    assert_eq!(b.get_attr("aria-expanded"), Some("false"));
    assert!(root
        .find("id", "ic1-about")
        .unwrap()
        .get_attr("hidden")
        .is_some());
    update(&mut s, Msg::Toggle(crate::app::Disclosure::About), &d);
    let root = render(&d, &s, false);
    assert_eq!(
        root.find("data-act", "toggle:about")
            .unwrap()
            .get_attr("aria-expanded"),
        Some("true")
    );
    assert!(root
        .find("id", "ic1-about")
        .unwrap()
        .get_attr("hidden")
        .is_none());
}

#[test]
fn the_static_card_shows_every_panel_without_controls() {
    let d = data();
    let root = render(&d, &State::new(Lang::En), true);
    assert!(all(&root, &|e| e.tag == "button").is_empty());
    assert!(all(&root, &|e| e.get_attr("role") == Some("tab")).is_empty());
    assert!(all(&root, &|e| e.get_attr("hidden").is_some()).is_empty());
    assert!(all(&root, &|e| e.get_attr("data-act").is_some()).is_empty());
    for t in Tab::ALL {
        let p = panel(&root, t.name());
        let h = p.get_attr("aria-labelledby").unwrap();
        assert!(
            p.find("id", h).is_some(),
            "static panels are labelled by their heading"
        );
    }
    assert_eq!(all(&root, &|e| e.tag == "details").len(), 2);
    assert!(root.text_content().contains("Article, paragraph 2"));
    let html = crate::html::render(&d, Lang::En);
    assert!(html.starts_with("<article class=\"ic ic-static\""));
    assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

/// Ids are unique; every id reference points at an element; every control's
/// `data-act` parses to a message. Checked in every state the reader can reach
/// and for every fixture article.
fn check_integrity(name: &str, root: &El) {
    let ids: Vec<&str> = all(root, &|e| e.get_attr("id").is_some())
        .iter()
        .map(|e| e.get_attr("id").unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "{name}: duplicate ids");
    for attr in ["aria-labelledby", "aria-controls", "aria-describedby"] {
        for e in all(root, &|e| e.get_attr(attr).is_some()) {
            for id in e.get_attr(attr).unwrap().split(' ') {
                assert!(ids.contains(&id), "{name}: {attr}={id} points nowhere");
            }
        }
    }
    for e in all(root, &|e| e.get_attr("data-act").is_some()) {
        let act = e.get_attr("data-act").unwrap();
        assert!(Msg::parse(act).is_some(), "{name}: data-act {act:?}");
        assert_eq!(e.tag, "button", "{name}: controls are buttons");
        assert!(e.get_attr("type") == Some("button"));
    }
    for b in all(root, &|e| e.tag == "button") {
        assert!(
            !b.text_content().trim().is_empty(),
            "{name}: unnamed button"
        );
    }
}

#[test]
fn every_reachable_state_of_every_article_renders_consistently() {
    let mut all_data = fixtures();
    all_data.push(("default".into(), data()));
    for (name, d) in &all_data {
        let mut s = State::new(Lang::En);
        let mut msgs = vec![
            Msg::SwapSides,
            Msg::Toggle(crate::app::Disclosure::About),
            Msg::SelectTab(Tab::Figures),
            Msg::SelectTab(Tab::Timeline),
            Msg::SelectTab(Tab::Reactions),
        ];
        for c in &d.claims {
            msgs.push(Msg::ShowSource {
                source: Source::Claim(c.id.clone()),
                from: Some("src-x".into()),
            });
            msgs.push(Msg::Back);
            msgs.push(Msg::OpenClaim(c.id.clone()));
        }
        for i in 0..d.timeline.len() {
            msgs.push(Msg::ShowSource {
                source: Source::Event(i),
                from: None,
            });
        }
        for i in 0..d.context.len() {
            msgs.push(Msg::ShowSource {
                source: Source::Context(i),
                from: None,
            });
        }
        check_integrity(name, &render(d, &s, false));
        check_integrity(name, &render(d, &s, true));
        for m in msgs {
            let shown = matches!(m, Msg::ShowSource { .. });
            update(&mut s, m, d);
            let root = render(d, &s, false);
            check_integrity(name, &root);
            if shown {
                let marks = all(&root, &|e| e.tag == "mark");
                assert_eq!(marks.len(), 1, "{name}: one source sentence is marked");
                assert!(!marks[0].text_content().is_empty());
            }
        }
    }
}

#[test]
fn every_fixture_has_two_columns_and_no_context_figures_in_the_comparison() {
    for (name, d) in fixtures() {
        let root = live(&d);
        let claims = panel(&root, "claims");
        assert_eq!(by_class(claims, "ic-colhead").len(), 2, "{name}");
        let figures = panel(&root, "figures").text_content();
        for c in &d.context {
            for f in &c.figures {
                let mut n = String::new();
                crate::text::push_grouped(&mut n, f.value);
                if n.len() > 2 {
                    assert!(
                        !figures.contains(&n),
                        "{name}: context figure {n} in the comparison"
                    );
                }
            }
        }
    }
}

fn render_in(d: &Dataset, lang: Lang, static_html: bool) -> El {
    card(&Ctx {
        data: d,
        state: &State::new(lang),
        prefix: "ic1",
        lang,
        static_html,
    })
}

#[test]
fn arabic_cards_are_right_to_left_with_arabic_dates_and_western_digits() {
    let d = data();
    let root = render_in(&d, Lang::Ar, false);
    assert_eq!(root.get_attr("dir"), Some("rtl"));
    assert_eq!(root.get_attr("lang"), Some("ar"));
    assert_eq!(
        one(&root, "ic-kicker").text_content(),
        "Border clash · Kalbajar و Lachin · الثلاثاء 16 نوفمبر 2021"
    );
    let tabs = texts(&all(&root, &|e| e.get_attr("role") == Some("tab")));
    assert_eq!(
        tabs,
        [
            "الروايات",
            "الأرقام",
            "التسلسل الزمني",
            "ردود الفعل",
            "المقال"
        ]
    );
    // Sentences are data in the article's language: they keep their own direction.
    for p in by_class(&root, "ic-text") {
        assert_eq!(p.get_attr("dir"), Some("auto"));
    }
    assert_eq!(one(&root, "ic-title").get_attr("dir"), Some("auto"));
}

#[test]
fn french_cards_translate_dates_qualifiers_and_separators() {
    let d = fixture("2024-03-12-trtworld-thailand-cambodia-border-fighting");
    let root = render_in(&d, Lang::Fr, false);
    let figures = panel(&root, "figures").text_content();
    assert!(figures.contains("plus de 20"), "{figures}");
    assert!(!figures.contains("more than"), "{figures}");
    let kicker = one(&root, "ic-kicker").text_content();
    assert!(kicker.contains(" mars 2024"), "{kicker}");
    assert!(texts(&by_class(&root, "ic-colhead"))
        .iter()
        .all(|t| t.starts_with("Selon ")));
}

#[test]
fn every_language_renders_every_article_consistently() {
    let mut all_data = fixtures();
    all_data.push(("default".into(), data()));
    for lang in Lang::ALL {
        for (name, d) in &all_data {
            let name = format!("{name} ({})", lang.tag());
            check_integrity(&name, &render_in(d, lang, false));
            check_integrity(&name, &render_in(d, lang, true));
        }
    }
}

//! Untrusted text in the static HTML renderer (`html::render`, the no-script
//! card and the CLI's output) and in the interactive view's tree serialised
//! the same way: every payload of `tests/e2e/xss-payloads.json`, in every
//! string field of a dataset and in a wire-format article, comes out as
//! escaped text. A tag scan of the output finds only element types the view
//! can emit, no event-handler or resource attribute, and no `href` that is
//! not http(s).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;

use incident_card::app::State;
use incident_card::i18n::Lang;
use incident_card::markup::to_html;
use incident_card::model::Dataset;
use incident_card::view::{card, Ctx};
use incident_card::{dataset, extract_article, html};
use serde_json::json;

fn payloads() -> Vec<String> {
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/e2e/xss-payloads.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The tags the view can emit, read from its source like the browser test does.
fn allowed_tags() -> BTreeSet<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut files = vec![format!("{dir}/view.rs")];
    for e in fs::read_dir(format!("{dir}/view")).unwrap() {
        let p = e.unwrap().path();
        if p.file_name().unwrap() != "tests.rs" {
            files.push(p.to_string_lossy().to_string());
        }
    }
    let mut tags = BTreeSet::new();
    for f in files {
        let src = fs::read_to_string(f).unwrap();
        for (needle, scan_to) in [("El::new(\"", None), ("claim_item(", Some(';'))] {
            for (at, _) in src.match_indices(needle) {
                let rest = &src[at + needle.len()..];
                let name = match scan_to {
                    None => rest.split('"').next().unwrap(),
                    Some(end) => {
                        let call = rest.split(end).next().unwrap();
                        match call.split('"').nth(1) {
                            Some(t) => t,
                            None => continue,
                        }
                    }
                };
                if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    tags.insert(name.to_string());
                }
            }
        }
    }
    tags
}

/// Problems of an HTML string: unknown tags, dangerous attributes, bad hrefs.
fn scan(html: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            if b[i] == b'>' {
                problems.push(format!("stray '>' at {i}"));
            }
            i += 1;
            continue;
        }
        i += 1;
        if b.get(i) == Some(&b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let tag = &html[start..i];
        if !allowed.contains(tag) {
            problems.push(format!("unknown tag <{tag}> at {start}"));
        }
        // Attributes: name="value", values escaped, up to '>' or '/>'.
        loop {
            while i < b.len() && b[i] == b' ' {
                i += 1;
            }
            match b.get(i) {
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                    i += 2;
                    break;
                }
                None => {
                    problems.push("unterminated tag".into());
                    return problems;
                }
                _ => {}
            }
            let name_start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
                i += 1;
            }
            let name = &html[name_start..i];
            if name.is_empty() || b.get(i) != Some(&b'=') || b.get(i + 1) != Some(&b'"') {
                problems.push(format!("malformed attribute in <{tag}> at {name_start}"));
                return problems;
            }
            i += 2;
            let value_start = i;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'<' || b[i] == b'>' {
                    problems.push(format!("unescaped markup in {name}= of <{tag}>"));
                }
                i += 1;
            }
            let value = &html[value_start..i];
            i += 1;
            let lower = name.to_ascii_lowercase();
            if lower.starts_with("on")
                || [
                    "style",
                    "src",
                    "srcdoc",
                    "formaction",
                    "action",
                    "background",
                ]
                .contains(&lower.as_str())
            {
                problems.push(format!("<{tag}> has {name}={value:?}"));
            }
            if lower == "href"
                && !(tag == "a" && (value.starts_with("https://") || value.starts_with("http://")))
            {
                problems.push(format!("<{tag}> has href={value:?}"));
            }
        }
    }
    problems
}

fn escaped(s: &str) -> String {
    let mut out = String::new();
    incident_card::text::push_escaped(&mut out, s);
    out
}

fn dataset_for(p: &str) -> Dataset {
    let n = p.chars().count();
    let ids = [
        p.to_string(),
        format!("{p}#2"),
        format!("{p}#3"),
        format!("{p}#4"),
    ];
    let figure = |subject: &str, kind: &str, value: u64| json!({"subject": subject, "kind": kind, "value": value, "qualifier": p, "group": p});
    let claim = |id: &str, paragraph: usize, topic: &str, figures: serde_json::Value| {
        json!({"id": id, "party": id, "speaker": p, "text": p, "paragraph": paragraph,
               "start": 0, "end": n, "topic": topic, "date": "2021-11-16", "date_phrase": p,
               "figures": figures, "cue": {"start": 0, "end": n.min(1)}, "quotes": []})
    };
    let v = json!({
        "schema": "incident-card/1",
        "article": {"title": p, "standfirst": p, "published": "2021-11-17", "section": p,
                    "read_minutes": 3, "image_caption": p, "image_credit": p, "dateline": p,
                    "source": p, "url": p, "paragraphs": [p, p, p], "related": [p]},
        "incident": {"title": p, "kind": p, "date": "2021-11-16", "date_phrase": p, "places": [p]},
        "parties": [
            {"id": ids[0], "name": p, "role": "belligerent", "kind": p},
            {"id": ids[1], "name": p, "role": "belligerent", "kind": p},
            {"id": ids[2], "name": p, "role": "mediator", "kind": p},
            {"id": ids[3], "name": p, "role": "third_party", "kind": p}
        ],
        "claims": [
            claim(&ids[0], 0, "casualties", json!([figure(&ids[0], p, 7), figure(&ids[1], "killed", 1)])),
            claim(&ids[1], 1, "responsibility", json!([figure(&ids[1], "wounded", 1)])),
            claim(&ids[3], 2, "statement", json!([]))
        ],
        "timeline": [
            {"date": "2021-11-16", "time_of_day": p, "date_phrase": p, "text": p, "paragraph": 0, "kind": p, "claim": ids[0]},
            {"date": "2021-11-16", "date_phrase": p, "text": p, "paragraph": 1, "kind": "ceasefire"}
        ],
        "context": [{"text": p, "paragraph": 2, "start": 0, "end": n, "period": p,
                     "figures": [figure(&ids[0], p, 6500)]}]
    });
    dataset::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{p:?}: {e}"))
}

/// The interactive card's tree, serialised like the static one.
fn live_html(d: &Dataset) -> String {
    let state = State::new(Lang::En);
    let tree = card(&Ctx {
        data: d,
        state: &state,
        prefix: "ic1",
        lang: Lang::En,
        static_html: false,
    });
    let mut out = String::new();
    to_html(&tree, &mut out);
    out
}

#[test]
fn the_allow_list_is_read_from_the_view() {
    let tags = allowed_tags();
    for t in [
        "article", "header", "h2", "button", "svg", "rect", "text", "mark", "q", "a", "li", "div",
    ] {
        assert!(tags.contains(t), "{t} missing from {tags:?}");
    }
    for t in [
        "script", "img", "iframe", "style", "template", "math", "object",
    ] {
        assert!(!tags.contains(t), "{t}");
    }
    // The scanner itself finds what it must.
    let bad = "<p onclick=\"x\">a</p><img src=\"x\"><a href=\"javascript:x\">l</a>";
    let found = scan(bad, &tags);
    assert_eq!(found.len(), 4, "{found:?}");
}

#[test]
fn payloads_in_every_dataset_field_render_as_escaped_text() {
    let allowed = allowed_tags();
    let list = payloads();
    assert!(list.len() >= 50);
    for p in &list {
        let d = dataset_for(p);
        for (which, out) in [
            ("static", html::render(&d, Lang::En)),
            ("live", live_html(&d)),
        ] {
            let problems = scan(&out, &allowed);
            assert!(problems.is_empty(), "{which} {p:?}: {problems:?}");
            let e = escaped(p);
            for shown in [
                format!(">{e}</h2>"),
                format!("<span class=\"ic-kind\" dir=\"auto\">{e}</span>"),
                format!("<p class=\"ic-art-dateline\" dir=\"auto\">{e}</p>"),
                format!("<p class=\"ic-art-lead\" dir=\"auto\">{e}</p>"),
                format!("<p class=\"ic-bg-text\" dir=\"auto\">{e}</p>"),
                format!("<strong class=\"ic-rx-names\">{e}</strong>"),
                format!("<q>{e}</q>"),
            ] {
                assert!(
                    out.contains(&shown),
                    "{which} {p:?}: {shown} not in the output"
                );
            }
        }
    }
}

#[test]
fn payloads_in_a_wire_format_article_render_as_escaped_text() {
    let allowed = allowed_tags();
    for raw in payloads() {
        let p = raw
            .replace(['\r', '\n', '\u{2028}', '\u{2029}'], " ")
            .trim()
            .to_string();
        let article = format!(
            " date 2021-11-17 WORLD\n3 MIN READ\n{p}\nStandfirst {p}\nCaption {p} / Credit\nNovember 17, 2021\n\n\
             Armenia's defence ministry said {p}.\n\n{p}\n\nREAD MORE:{p}\n\nSOURCE:{p}\n"
        );
        let d = match extract_article(&article) {
            Ok(d) => d,
            Err(e) => {
                assert!(p.contains('\0'), "{p:?}: {e}");
                continue;
            }
        };
        for (which, out) in [
            ("static", html::render(&d, Lang::En)),
            ("live", live_html(&d)),
        ] {
            let problems = scan(&out, &allowed);
            assert!(problems.is_empty(), "{which} {p:?}: {problems:?}");
            assert!(
                out.contains(&format!(">{}</h2>", escaped(&p))),
                "{which} {p:?}"
            );
        }
    }
}

#[test]
fn only_http_urls_become_links_in_the_static_card() {
    let allowed = allowed_tags();
    let mut d = extract_article(incident_card::DEFAULT_ARTICLE).unwrap();
    for url in [
        "javascript:window.__xss=1",
        "JaVaScRiPt:x",
        " javascript:x",
        "java\tscript:x",
        "\u{0}javascript:x",
        "\u{1}javascript:x",
        "vbscript:x",
        "data:text/html,<script>x</script>",
        "blob:https://example.org/x",
        "file:///etc/passwd",
        "relative",
        "//example.org/x",
    ] {
        d.article.url = Some(url.to_string());
        let out = html::render(&d, Lang::En);
        assert!(!out.contains("href="), "{url:?}");
        assert!(scan(&out, &allowed).is_empty(), "{url:?}");
    }
    d.article.url = Some("https://example.org/a?b=\"c\"".into());
    let out = html::render(&d, Lang::En);
    assert!(
        out.contains(
            "<a href=\"https://example.org/a?b=&quot;c&quot;\" rel=\"noopener noreferrer\">"
        ),
        "{out}"
    );
}

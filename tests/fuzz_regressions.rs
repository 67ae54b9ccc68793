//! Every input the fuzzers (or anyone) found that once broke the core, kept
//! as a named file under `tests/fuzz-regressions/<target>/` and replayed
//! through the same code as its fuzz target: a result or a typed error,
//! never a panic.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use incident_card::{article, dataset, extract_article, html, i18n::Lang};

const HEADER: &str = " date 2021-11-17 WORLD\n3 MIN READ\nHeadline\nStandfirst.\nHeadline\nCaption. / AP\nNovember 17, 2021\n\n";

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.path().is_file())
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().to_string(),
                        fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn parse_article_regressions() {
    for (name, bytes) in inputs("parse_article") {
        if let Err(e) = article::parse_bytes(&bytes) {
            assert!(e.line >= 1, "{name}");
        }
    }
}

#[test]
fn extract_regressions() {
    for (name, bytes) in inputs("extract") {
        let body = String::from_utf8_lossy(&bytes);
        let text = format!("{HEADER}{body}");
        if let Ok(d) = extract_article(&text) {
            let _ = html::render(&d, Lang::En);
        }
        let _ = name;
    }
}

#[test]
fn read_dataset_regressions() {
    for (name, bytes) in inputs("read_dataset") {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(d) = dataset::from_json(&text) {
            let _ = html::render(&d, Lang::En);
        }
        let _ = name;
    }
}

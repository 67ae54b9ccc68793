//! The command line as a user meets it: `extract` prints the dataset JSON,
//! `render` prints static HTML, and bad input exits non-zero with one line
//! on stderr naming the file, the line or field, and the problem.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output};

const SEED: &str = "data/articles/2021-11-17-trtworld-azerbaijan-armenia-border-clashes.txt";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_incident-card"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the CLI runs")
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let path =
        std::env::temp_dir().join(format!("incident-card-cli-{}-{name}", std::process::id()));
    std::fs::File::create(&path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
    path.to_string_lossy().to_string()
}

fn one_error_line(out: &Output) -> String {
    assert!(!out.status.success(), "expected a failure");
    assert!(out.stdout.is_empty(), "nothing on stdout on failure");
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    err
}

#[test]
fn extract_prints_the_dataset_json() {
    let out = run(&["extract", SEED]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "incident-card/1");
    assert_eq!(
        v["article"]["title"],
        "Azerbaijan: Armenian forces killed, injured soldiers in border attack"
    );
}

#[test]
fn render_prints_escaped_static_html_for_articles_and_datasets() {
    let out = run(&["render", SEED]);
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("Azerbaijan: Armenian forces killed, injured soldiers in border attack"));
    assert!(!html.contains("<script"));
    let json = run(&["extract", SEED]).stdout;
    let file = temp_file("dataset.json", &json);
    let from_dataset = run(&["render", &file]);
    assert!(from_dataset.status.success());
    assert_eq!(String::from_utf8(from_dataset.stdout).unwrap(), html);
}

#[test]
fn a_file_without_the_header_names_file_and_line() {
    let file = temp_file("bad.txt", b"hello\nworld\n");
    let err = one_error_line(&run(&["extract", &file]));
    assert!(
        err.contains(&file) && err.contains("line 1") && err.contains("date YYYY-MM-DD"),
        "{err}"
    );
}

#[test]
fn binary_and_missing_files_are_clear_errors() {
    let file = temp_file("bin.txt", &[0x20, 0x64, 0x00, 0xff, 0x01]);
    let err = one_error_line(&run(&["extract", &file]));
    assert!(err.contains("line 1") && err.contains("binary"), "{err}");
    let err = one_error_line(&run(&["extract", "/nonexistent/article.txt"]));
    assert!(
        err.contains("/nonexistent/article.txt") && err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn an_impossible_header_date_is_named() {
    let file = temp_file("date.txt", b" date 2021-02-30 WORLD\nHeadline\n\nBody.\n");
    let err = one_error_line(&run(&["extract", &file]));
    assert!(
        err.contains("2021-02-30") && err.contains("not a real calendar date"),
        "{err}"
    );
}

#[test]
fn a_broken_dataset_names_its_field() {
    let file = temp_file("d.json", br#"{"schema":"incident-card/1"}"#);
    let err = one_error_line(&run(&["render", &file]));
    assert!(err.contains("article") && err.contains("missing"), "{err}");
}

#[test]
fn usage_errors_exit_with_status_2() {
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage"));
}

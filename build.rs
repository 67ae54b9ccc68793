//! Compiles the gazetteer tables in `data/knowledge/` (the readable source of
//! truth) into two compact files the crate embeds:
//!
//! - `entities.txt`: one line per country (`C\tname`) or organisation
//!   (`O\tname`), in table order — a line's index is the entity's id;
//! - `forms.txt`: every name, alias, demonym, capital and official's name as
//!   `text\tentity id\tkind` (`N`, `D`, `C`, `P`), already sorted by first
//!   word and longest first, the order the matcher searches in.
//!
//! Doing this here keeps the sort and the party look-ups out of the first
//! extraction in the browser.

use std::env;
use std::fs;
use std::path::Path;

/// The same key as `knowledge::first_word`: the text up to its first
/// non-alphabetic character.
fn first_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

fn rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect()
}

fn list(field: Option<&&str>) -> Vec<String> {
    field
        .copied()
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn main() {
    let dir = Path::new("data/knowledge");
    let read = |name: &str| {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).expect("gazetteer table is readable")
    };
    let countries = read("countries.tsv");
    let organisations = read("organisations.tsv");
    let people = read("people.tsv");

    let mut entities: Vec<(char, String)> = Vec::new();
    let mut forms: Vec<(String, usize, char)> = Vec::new();
    let add = |forms: &mut Vec<(String, usize, char)>, text: &str, id: usize, kind: char| {
        let text = text.trim();
        if !text.is_empty() && !text.contains(['\t', '\n']) {
            forms.push((text.to_string(), id, kind));
        }
    };
    for cols in rows(&countries) {
        let id = entities.len();
        let name = cols.first().copied().unwrap_or("").trim().to_string();
        add(&mut forms, &name, id, 'N');
        for a in list(cols.get(1)) {
            add(&mut forms, &a, id, 'N');
        }
        for d in list(cols.get(2)) {
            add(&mut forms, &d, id, 'D');
        }
        for c in list(cols.get(3)) {
            add(&mut forms, &c, id, 'C');
        }
        entities.push(('C', name));
    }
    for cols in rows(&organisations) {
        let id = entities.len();
        let name = cols.first().copied().unwrap_or("").trim().to_string();
        add(&mut forms, &name, id, 'N');
        for a in list(cols.get(1)) {
            add(&mut forms, &a, id, 'N');
        }
        entities.push(('O', name));
    }
    for cols in rows(&people) {
        let party = cols.get(2).copied().unwrap_or("").trim();
        let Some(id) = entities.iter().position(|(_, n)| n == party) else {
            panic!("data/knowledge/people.tsv: unknown party `{party}`");
        };
        add(&mut forms, cols.first().copied().unwrap_or(""), id, 'P');
        for s in list(cols.get(1)) {
            add(&mut forms, &s, id, 'P');
        }
    }
    // Stable: among forms of one key and length, table order decides.
    forms.sort_by(|a, b| {
        first_word(&a.0)
            .cmp(first_word(&b.0))
            .then(b.0.len().cmp(&a.0.len()))
    });

    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut e = String::new();
    for (kind, name) in &entities {
        e.push(*kind);
        e.push('\t');
        e.push_str(name);
        e.push('\n');
    }
    fs::write(Path::new(&out).join("entities.txt"), e).expect("OUT_DIR is writable");
    let mut f = String::new();
    for (text, id, kind) in &forms {
        f.push_str(text);
        f.push('\t');
        f.push_str(&id.to_string());
        f.push('\t');
        f.push(*kind);
        f.push('\n');
    }
    fs::write(Path::new(&out).join("forms.txt"), f).expect("OUT_DIR is writable");
}

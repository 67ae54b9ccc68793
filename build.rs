//! Minifies the gazetteer tables for embedding: comment lines go, and so
//! does the ISO code column nobody reads at run time. The tables in
//! `data/knowledge/` stay the readable source of truth.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, keep_columns) in [
        ("countries.tsv", 4),
        ("organisations.tsv", 2),
        ("people.tsv", 3),
    ] {
        let src = Path::new("data/knowledge").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src).expect("gazetteer table is readable");
        let mut min = String::with_capacity(text.len());
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').take(keep_columns).collect();
            min.push_str(&cols.join("\t"));
            min.push('\n');
        }
        fs::write(Path::new(&out).join(name), min).expect("OUT_DIR is writable");
    }
}

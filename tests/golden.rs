//! Golden tests: every fixture article in `data/fixtures/` against its
//! hand-made gold standard (`*.expected.json`), scored the way the issue
//! measures the extractor: article structure, belligerents, mediators, third
//! parties, attribution and casualty figures (precision and recall), dated
//! sentences and the incident date. `cargo test --test golden -- --nocapture`
//! prints the table.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use incident_card::{extract_article, Dataset};
use serde_json::Value;

fn fixtures() -> Vec<(PathBuf, PathBuf)> {
    let dirs = std::env::var("GOLDEN_DIRS")
        .unwrap_or_else(|_| "data/articles,data/fixtures,data/heldout".into());
    let mut all = Vec::new();
    for d in dirs.split(',') {
        all.extend(fixtures_in(d));
    }
    all
}

fn fixtures_in(dir: &str) -> Vec<(PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<(PathBuf, PathBuf)> = fs::read_dir(&dir)
        .expect("fixture directory exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let gold = p.with_extension("expected.json");
            (p, gold)
        })
        .filter(|(_, g)| g.exists())
        .collect();
    out.sort();
    out
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// Multiset comparison.
fn compare<T: Ord + Clone + std::fmt::Debug>(
    got: &[T],
    want: &[T],
    misses: &mut Vec<String>,
    label: &str,
) -> Counts {
    let mut left: BTreeMap<T, usize> = BTreeMap::new();
    for g in got {
        *left.entry(g.clone()).or_default() += 1;
    }
    let mut c = Counts::default();
    for w in want {
        match left.get_mut(w) {
            Some(n) if *n > 0 => {
                *n -= 1;
                c.tp += 1;
            }
            _ => {
                c.fn_ += 1;
                misses.push(format!("{label} missed: {w:?}"));
            }
        }
    }
    for (k, n) in left {
        for _ in 0..n {
            c.fp += 1;
            misses.push(format!("{label} extra:  {k:?}"));
        }
    }
    c
}

fn name_of(d: &Dataset, id: &str) -> String {
    d.party(id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Default)]
struct Totals {
    structure_ok: usize,
    structure_n: usize,
    belligerents_ok: usize,
    mediator_ok: usize,
    mediator_n: usize,
    third_found: usize,
    third_n: usize,
    claims: Counts,
    figures: Counts,
    dated_ok: usize,
    dated_n: usize,
    incident_ok: usize,
    context: Counts,
    articles: usize,
}

fn score(path: &Path, gold_path: &Path, t: &mut Totals, report: &mut Vec<String>) {
    let text = fs::read_to_string(path).unwrap();
    let gold: Value = serde_json::from_str(&fs::read_to_string(gold_path).unwrap()).unwrap();
    let d = extract_article(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_stem().unwrap().to_string_lossy().to_string();
    let mut misses = Vec::new();
    t.articles += 1;

    // Article structure: every field exactly.
    let ga = &gold["article"];
    let a = &d.article;
    let checks: Vec<(&str, bool)> = vec![
        ("title", ga["title"].as_str() == Some(a.title.as_str())),
        (
            "standfirst",
            ga["standfirst"].as_str() == Some(a.standfirst.as_str()),
        ),
        (
            "published",
            ga["published"].as_str() == Some(a.published.as_str()),
        ),
        (
            "section",
            ga["section"].as_str() == Some(a.section.as_str()),
        ),
        (
            "read_minutes",
            ga["read_minutes"].as_u64() == a.read_minutes.map(u64::from),
        ),
        (
            "image_caption",
            ga["image_caption"].as_str() == a.image_caption.as_deref(),
        ),
        (
            "image_credit",
            ga["image_credit"].as_str() == a.image_credit.as_deref(),
        ),
        ("dateline", ga["dateline"].as_str() == a.dateline.as_deref()),
        ("source", ga["source"].as_str() == a.source.as_deref()),
        (
            "paragraphs",
            ga["paragraphs"].as_u64() == Some(a.paragraphs.len() as u64),
        ),
        ("related", strs(&ga["related"]) == a.related),
    ];
    for (field, ok) in checks {
        t.structure_n += 1;
        if ok {
            t.structure_ok += 1;
        } else {
            misses.push(format!("structure: {field} differs"));
        }
    }

    // Roles.
    let mut want_b = strs(&gold["belligerents"]);
    want_b.sort();
    let mut got_b: Vec<String> = d.belligerents().iter().map(|p| p.name.clone()).collect();
    got_b.sort();
    if want_b == got_b {
        t.belligerents_ok += 1;
    } else {
        misses.push(format!("belligerents: got {got_b:?}, want {want_b:?}"));
    }
    let want_m = strs(&gold["mediators"]);
    let got_m: Vec<String> = d
        .parties
        .iter()
        .filter(|p| p.role == incident_card::model::Role::Mediator)
        .map(|p| p.name.clone())
        .collect();
    if !want_m.is_empty() {
        t.mediator_n += 1;
        if want_m.iter().all(|m| got_m.contains(m)) {
            t.mediator_ok += 1;
        } else {
            misses.push(format!("mediators: got {got_m:?}, want {want_m:?}"));
        }
    }
    let want_third = strs(&gold["third_parties"]);
    let got_third: Vec<String> = d
        .parties
        .iter()
        .filter(|p| p.role == incident_card::model::Role::ThirdParty)
        .map(|p| p.name.clone())
        .collect();
    for w in &want_third {
        t.third_n += 1;
        if got_third.contains(w) {
            t.third_found += 1;
        } else {
            misses.push(format!("third party missed: {w}"));
        }
    }

    // Attribution: (sentence, party).
    let want_claims: Vec<(String, String)> = gold["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["sentence"].as_str().unwrap().to_string(),
                c["party"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let got_claims: Vec<(String, String)> = d
        .claims
        .iter()
        .map(|c| (c.text.clone(), name_of(&d, &c.party)))
        .collect();
    let c = compare(&got_claims, &want_claims, &mut misses, "claim");
    t.claims.add(c);

    // Figures: (claimant, subject, kind, value).
    let want_f: Vec<(String, String, String, u64)> = gold["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["claimant"].as_str().unwrap().to_string(),
                f["subject"].as_str().unwrap().to_string(),
                f["kind"].as_str().unwrap().to_string(),
                f["value"].as_u64().unwrap(),
            )
        })
        .collect();
    let got_f: Vec<(String, String, String, u64)> = d
        .claims
        .iter()
        .flat_map(|c| {
            let claimant = name_of(&d, &c.party);
            c.figures
                .iter()
                .map(move |f| (claimant.clone(), f.subject.clone(), f.kind.clone(), f.value))
        })
        .map(|(c, s, k, v)| (c, name_of(&d, &s), k, v))
        .collect();
    let f = compare(&got_f, &want_f, &mut misses, "figure");
    t.figures.add(f);

    // Dated sentences: resolved to the right day.
    for g in gold["dated"].as_array().unwrap() {
        let sentence = g["sentence"].as_str().unwrap();
        let want = g["date"].as_str().unwrap();
        t.dated_n += 1;
        let got = d
            .timeline
            .iter()
            .find(|e| e.text == sentence)
            .map(|e| e.date.clone())
            .or_else(|| {
                d.claims
                    .iter()
                    .find(|c| c.text == sentence)
                    .and_then(|c| c.date.clone())
            });
        if got.as_deref() == Some(want) {
            t.dated_ok += 1;
        } else {
            misses.push(format!(
                "date: got {got:?}, want {want} for {:.70}",
                sentence
            ));
        }
    }
    let want_inc = gold["incident"]["date"].as_str();
    if want_inc == d.incident.date.as_deref() {
        t.incident_ok += 1;
    } else {
        misses.push(format!(
            "incident date: got {:?}, want {want_inc:?}",
            d.incident.date
        ));
    }

    // Context sentences.
    let want_ctx = strs(&gold["context"]);
    let got_ctx: Vec<String> = d.context.iter().map(|c| c.text.clone()).collect();
    let cx = compare(&got_ctx, &want_ctx, &mut Vec::new(), "context");
    t.context.add(cx);

    report.push(format!(
        "{name:<62} claims P {:.2} R {:.2} | figures P {:.2} R {:.2}",
        c.precision(),
        c.recall(),
        f.precision(),
        f.recall()
    ));
    for m in misses {
        report.push(format!("    {m}"));
    }
}

#[test]
fn fixtures_meet_the_extraction_targets() {
    let mut t = Totals::default();
    let mut report = Vec::new();
    for (txt, gold) in fixtures() {
        score(&txt, &gold, &mut t, &mut report);
    }
    assert!(
        t.articles >= 6,
        "need at least six fixture articles, found {}",
        t.articles
    );
    let pct = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let summary = [
        format!("articles                {}", t.articles),
        format!(
            "article structure       {:.3} ({}/{})",
            pct(t.structure_ok, t.structure_n),
            t.structure_ok,
            t.structure_n
        ),
        format!(
            "belligerents right      {:.3}",
            pct(t.belligerents_ok, t.articles)
        ),
        format!(
            "mediator found          {:.3} ({}/{})",
            pct(t.mediator_ok, t.mediator_n),
            t.mediator_ok,
            t.mediator_n
        ),
        format!(
            "third parties found     {:.3} ({}/{})",
            pct(t.third_found, t.third_n),
            t.third_found,
            t.third_n
        ),
        format!(
            "attribution             P {:.3} R {:.3}",
            t.claims.precision(),
            t.claims.recall()
        ),
        format!(
            "casualty figures        P {:.3} R {:.3}",
            t.figures.precision(),
            t.figures.recall()
        ),
        format!(
            "dated sentences right   {:.3} ({}/{})",
            pct(t.dated_ok, t.dated_n),
            t.dated_ok,
            t.dated_n
        ),
        format!(
            "incident date right     {:.3}",
            pct(t.incident_ok, t.articles)
        ),
        format!(
            "context sentences       P {:.3} R {:.3}",
            t.context.precision(),
            t.context.recall()
        ),
    ];
    println!("{}", report.join("\n"));
    println!("\n{}", summary.join("\n"));
    if std::env::var_os("GOLDEN_REPORT_ONLY").is_some() {
        return;
    }
    assert_eq!(
        t.structure_ok, t.structure_n,
        "article structure must be 100% right"
    );
    assert_eq!(
        t.belligerents_ok, t.articles,
        "both belligerents right in every article"
    );
    assert!(
        t.claims.precision() >= 0.95 && t.claims.recall() >= 0.92,
        "attribution: {}",
        summary[5]
    );
    assert!(
        t.figures.precision() >= 0.95 && t.figures.recall() >= 0.95,
        "figures: {}",
        summary[6]
    );
    assert!(pct(t.third_found, t.third_n) >= 0.95, "{}", summary[4]);
    assert_eq!(t.mediator_ok, t.mediator_n, "{}", summary[3]);
    assert!(pct(t.dated_ok, t.dated_n) >= 0.90, "{}", summary[7]);
    assert_eq!(t.incident_ok, t.articles, "{}", summary[8]);
}

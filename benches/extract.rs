//! Extraction throughput (`cargo bench --bench extract`): MB/s over a corpus
//! of at least 1 MB built from the fixture articles, and time for single
//! articles of 1 KB, 10 KB, 100 KB and 1 MB to show that it grows linearly.
//! A plain harness (no criterion): median of repeated runs, printed as a table
//! and as JSON on the last line for the benchmark report.

use std::fs;
use std::path::Path;
use std::time::Instant;

use incident_card::extract_article;

fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![fs::read_to_string(
        root.join("data/articles/2021-11-17-trtworld-azerbaijan-armenia-border-clashes.txt"),
    )
    .unwrap()];
    for dir in ["data/fixtures", "data/heldout"] {
        if let Ok(rd) = fs::read_dir(root.join(dir)) {
            let mut paths: Vec<_> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                out.push(fs::read_to_string(p).unwrap());
            }
        }
    }
    out
}

/// One article of about `size` bytes: the seed's header and front matter,
/// then body paragraphs taken in turn from every fixture.
fn article_of_size(arts: &[String], size: usize) -> String {
    let header: String = arts[0].split("\n\n").next().unwrap().to_string();
    let mut paras: Vec<&str> = Vec::new();
    for a in arts {
        let body = a.split("\n\n").skip(1);
        for p in body {
            if p.starts_with("READ MORE")
                || p.starts_with("SOURCE:")
                || p == "Recommended"
                || p.contains("\nExplore")
            {
                continue;
            }
            paras.push(p);
        }
    }
    let mut s = header;
    s.push_str("\n\n");
    let mut i = 0;
    while s.len() < size {
        s.push_str(paras[i % paras.len()]);
        s.push_str("\n\n");
        i += 1;
    }
    s
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn time_it(text: &str, runs: usize) -> f64 {
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let d = extract_article(text).unwrap();
        std::hint::black_box(&d);
        times.push(t.elapsed().as_secs_f64());
    }
    median(times)
}

fn main() {
    let arts = articles();
    // Throughput over the corpus, repeated until at least 1 MB was processed per run.
    let corpus_bytes: usize = arts.iter().map(|a| a.len()).sum();
    let reps = (1_048_576 / corpus_bytes).max(1) + 1;
    let mut runs = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        for _ in 0..reps {
            for a in &arts {
                std::hint::black_box(extract_article(a).unwrap());
            }
        }
        runs.push(t.elapsed().as_secs_f64());
    }
    let secs = median(runs);
    let mb = (corpus_bytes * reps) as f64 / 1_048_576.0;
    let throughput = mb / secs;
    println!(
        "corpus: {} articles, {:.2} MB per run, median {:.1} ms → {:.1} MB/s",
        arts.len(),
        mb,
        secs * 1e3,
        throughput
    );

    println!("\n| article size | median extract time | µs per KB |");
    println!("|---|---|---|");
    let mut scaling = Vec::new();
    for size in [1_024usize, 10_240, 102_400, 1_048_576] {
        let text = article_of_size(&arts, size);
        let runs = if size >= 1_000_000 { 5 } else { 21 };
        let t = time_it(&text, runs);
        let per_kb = t * 1e6 / (text.len() as f64 / 1024.0);
        println!("| {} B | {:.3} ms | {:.1} |", text.len(), t * 1e3, per_kb);
        scaling.push(format!(
            "{{\"bytes\":{},\"ms\":{:.4}}}",
            text.len(),
            t * 1e3
        ));
    }
    println!(
        "\nJSON {{\"throughput_mb_s\":{:.2},\"corpus_mb\":{:.2},\"scaling\":[{}]}}",
        throughput,
        mb,
        scaling.join(",")
    );
}

//! Extracts one article file N times (for profiling): `cargo run --release --example extract_file -- FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: extract_file FILE [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(path).expect("readable file");
    for _ in 0..n {
        std::hint::black_box(incident_card::extract_article(&text).expect("an article"));
    }
}

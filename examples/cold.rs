//! First extraction in a fresh process (gazetteer and word tables built on first use) versus the next.
fn main() {
    let t = std::time::Instant::now();
    let _ = incident_card::knowledge::gazetteer();
    let g = t.elapsed();
    let t = std::time::Instant::now();
    let _ = incident_card::extract_article(incident_card::DEFAULT_ARTICLE).unwrap();
    let first = t.elapsed();
    let t = std::time::Instant::now();
    let _ = incident_card::extract_article(incident_card::DEFAULT_ARTICLE).unwrap();
    let second = t.elapsed();
    println!(
        "gazetteer {:?}, first extract {:?}, second {:?}",
        g, first, second
    );
}

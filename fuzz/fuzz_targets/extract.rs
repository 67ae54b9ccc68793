//! The extractor and both renderers on any text behind a valid header, so
//! the fuzzer spends its time in the body rules rather than the header check.
#![no_main]
use libfuzzer_sys::fuzz_target;

const HEADER: &str = " date 2021-11-17 WORLD\n3 MIN READ\nHeadline\nStandfirst.\nHeadline\nCaption. / AP\nNovember 17, 2021\n\n";

fuzz_target!(|body: &str| {
    let mut text = String::with_capacity(HEADER.len() + body.len());
    text.push_str(HEADER);
    text.push_str(body);
    if let Ok(d) = incident_card::extract_article(&text) {
        for c in &d.claims {
            let p = &d.article.paragraphs[c.paragraph];
            assert_eq!(incident_card::text::char_slice(p, c.start, c.end), Some(c.text.as_str()));
        }
        let _ = incident_card::html::render(&d, incident_card::i18n::Lang::En);
    }
});

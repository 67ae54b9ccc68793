//! The dataset reader (JSON → validated dataset → static HTML) on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    match incident_card::dataset::from_json(json) {
        Ok(d) => {
            let _ = incident_card::html::render(&d, incident_card::i18n::Lang::En);
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});

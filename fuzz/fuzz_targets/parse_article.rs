//! The wire-format parser on arbitrary bytes: a result or a typed error.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = incident_card::article::parse_bytes(data) {
        assert!(e.line >= 1);
        let _ = e.to_string();
    }
});

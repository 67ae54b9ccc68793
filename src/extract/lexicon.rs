//! Word classes, computed once per token: the rules then test a bit instead
//! of scanning a word list for every token.

use std::sync::OnceLock;

/// A reporting verb (`said`, `accused` …).
pub const CUE: u32 = 1;
/// Ends a speaker phrase on its left (`that`, `and`, `while` …).
pub const STOP: u32 = 1 << 1;
/// May stand between a speaker and its cue (`has also`).
pub const BETWEEN: u32 = 1 << 2;
/// Voids a cue after it (`not`, `never`).
pub const NEGATION: u32 = 1 << 3;
/// Continues a statement (`adding`, `saying`).
pub const CONTINUATION: u32 = 1 << 4;
/// A title word (`president`, `minister`).
pub const TITLE: u32 = 1 << 5;
/// A people noun (`soldiers`, `civilians`).
pub const PEOPLE: u32 = 1 << 6;
/// A person or institution head (`spokesman`, `army`).
pub const PERSON_HEAD: u32 = 1 << 7;

fn table() -> &'static [(String, u32)] {
    static T: OnceLock<Vec<(String, u32)>> = OnceLock::new();
    T.get_or_init(|| {
        let lists: [(&[&'static str], u32); 8] = [
            (super::attribution::CUES, CUE),
            (super::attribution::STOPS, STOP),
            (super::attribution::BETWEEN, BETWEEN),
            (super::attribution::NEGATIONS, NEGATION),
            (super::attribution::CONTINUATIONS, CONTINUATION),
            (super::TITLE_WORDS, TITLE),
            (super::figures::PEOPLE, PEOPLE),
            (super::PERSON_HEADS, PERSON_HEAD),
        ];
        let mut t: Vec<(String, u32)> = Vec::new();
        for (list, flag) in lists {
            for &w in list {
                let lower = w.to_ascii_lowercase();
                match t.iter_mut().find(|(x, _)| *x == lower) {
                    Some(e) => e.1 |= flag,
                    None => t.push((lower, flag)),
                }
            }
        }
        t.sort_unstable();
        t
    })
}

/// The classes of a word (ASCII case-insensitive); 0 for most words.
pub fn classify(word: &str) -> u32 {
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return 0;
    };
    for (d, c) in lower.iter_mut().zip(word.bytes()) {
        if !c.is_ascii() {
            return 0;
        }
        *d = c.to_ascii_lowercase();
    }
    let t = table();
    match t.binary_search_by(|(w, _)| w.as_bytes().cmp(lower)) {
        Ok(i) => t[i].1,
        Err(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_get_their_classes_in_any_case() {
        assert_ne!(classify("said") & CUE, 0);
        assert_ne!(classify("Said") & CUE, 0);
        assert_ne!(classify("that") & STOP, 0);
        assert_ne!(classify("soldiers") & PEOPLE, 0);
        assert_ne!(classify("President") & TITLE, 0);
        assert_eq!(classify("Azerbaijan"), 0);
    }
}

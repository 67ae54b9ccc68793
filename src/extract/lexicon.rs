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
/// A number word (`seven`, `twenty`).
pub const NUMBER: u32 = 1 << 8;
/// A month name or abbreviation (`November`, `Nov`).
pub const MONTH: u32 = 1 << 9;
/// A weekday name (`Tuesday`).
pub const WEEKDAY: u32 = 1 << 10;
/// A word that starts a relative day (`today`, `yesterday`, `last`).
pub const RELATIVE_DAY: u32 = 1 << 11;

const RELATIVE_DAY_WORDS: &[&str] = &["today", "tonight", "yesterday", "overnight", "last", "this"];

const MONTH_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The word table sorted, and the range of it for each (first letter, length).
struct Table {
    words: Vec<(String, u32)>,
    buckets: Vec<(u16, u16)>,
}

const MAX_LEN: usize = 24;

fn bucket_of(first: u8, len: usize) -> Option<usize> {
    if !first.is_ascii_lowercase() || len == 0 || len > MAX_LEN {
        return None;
    }
    Some(usize::from(first - b'a') * MAX_LEN + (len - 1))
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let lists: [(&[&'static str], u32); 13] = [
            (super::attribution::CUES, CUE),
            (super::attribution::STOPS, STOP),
            (super::attribution::BETWEEN, BETWEEN),
            (super::attribution::NEGATIONS, NEGATION),
            (super::attribution::CONTINUATIONS, CONTINUATION),
            (super::TITLE_WORDS, TITLE),
            (super::figures::PEOPLE, PEOPLE),
            (super::PERSON_HEADS, PERSON_HEAD),
            (super::numbers::UNITS.as_slice(), NUMBER),
            (super::numbers::TENS.as_slice(), NUMBER),
            (MONTH_WORDS, MONTH),
            (crate::date::WEEKDAYS.as_slice(), WEEKDAY),
            (RELATIVE_DAY_WORDS, RELATIVE_DAY),
        ];
        let mut t: Vec<(String, u32)> = Vec::new();
        for (list, flag) in lists {
            for &w in list {
                t.push((w.to_ascii_lowercase(), flag));
            }
        }
        // Sort by (first letter, length, word) so each bucket is one range,
        // then merge the classes of a word listed more than once.
        crate::text::sort_by(&mut t, &|a, b| {
            (a.0.as_bytes().first(), a.0.len(), &a.0).cmp(&(
                b.0.as_bytes().first(),
                b.0.len(),
                &b.0,
            ))
        });
        let mut merged: Vec<(String, u32)> = Vec::with_capacity(t.len());
        for (w, f) in t {
            match merged.last_mut() {
                Some(last) if last.0 == w => last.1 |= f,
                _ => merged.push((w, f)),
            }
        }
        let t = merged;
        let mut buckets = vec![(0u16, 0u16); 26 * MAX_LEN];
        for (k, (w, _)) in t.iter().enumerate() {
            if let Some(b) = w.as_bytes().first().and_then(|&f| bucket_of(f, w.len())) {
                let e = &mut buckets[b];
                if e.1 == 0 {
                    e.0 = k as u16;
                }
                e.1 = k as u16 + 1;
            }
        }
        Table { words: t, buckets }
    })
}

/// The classes of a word (ASCII case-insensitive); 0 for most words.
pub fn classify(word: &str) -> u32 {
    let mut buf = [0u8; MAX_LEN];
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
    let Some(b) = lower.first().and_then(|&f| bucket_of(f, lower.len())) else {
        return 0;
    };
    let (lo, hi) = t.buckets[b];
    t.words[usize::from(lo)..usize::from(hi)]
        .iter()
        .find(|(w, _)| w.as_bytes() == lower)
        .map_or(0, |(_, f)| *f)
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
        assert_ne!(classify("Seven") & NUMBER, 0);
        assert_ne!(classify("Nov") & MONTH, 0);
        assert_ne!(classify("Tuesday") & WEEKDAY, 0);
    }
}

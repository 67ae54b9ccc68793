//! Numbers written as digits (`13`, `12,500`) or words (`seven`, `twenty-four`,
//! `a hundred`, `two dozen`).

use super::tokens::{Kind, Token};

/// Number words below twenty (also registered in the lexicon).
pub(crate) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens from twenty (also registered in the lexicon).
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn small_word(w: &str) -> Option<u64> {
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    if let Some(i) = UNITS.iter().position(|u| u.eq_ignore_ascii_case(w)) {
        return Some(i as u64);
    }
    TENS.iter()
        .position(|t| t.eq_ignore_ascii_case(w))
        .map(|i| (i as u64 + 2) * 10)
}

/// Parses digits with thousands separators: `12,500` → 12500. Decimals are refused.
pub fn parse_digits(s: &str) -> Option<u64> {
    if s.contains('.') {
        return None;
    }
    let mut n: u64 = 0;
    for c in s.chars() {
        if c == ',' {
            continue;
        }
        let d = c.to_digit(10)?;
        n = n.checked_mul(10)?.checked_add(u64::from(d))?;
    }
    Some(n)
}

/// A number starting at `tokens[i]`: its value and the index after it.
pub fn number_at(tokens: &[Token<'_>], i: usize) -> Option<(u64, usize)> {
    let t = tokens.get(i)?;
    if t.kind == Kind::Number {
        let mut v = parse_digits(t.text)?;
        let mut j = i + 1;
        // "1.2 million" is refused by parse_digits; "3 million" is accepted.
        if let Some(m) = tokens.get(j) {
            if m.is("million") {
                v = v.checked_mul(1_000_000)?;
                j += 1;
            } else if m.is("thousand") {
                v = v.checked_mul(1_000)?;
                j += 1;
            }
        }
        return Some((v, j));
    }
    if t.kind != Kind::Word {
        return None;
    }
    if !t.has(super::lexicon::NUMBER) && t.text.len() > 2 {
        return None;
    }
    if t.is("a") || t.is("an") {
        // "a hundred", "a dozen"
        let next = tokens.get(i + 1)?;
        if next.is("hundred") {
            return Some((100, i + 2));
        }
        if next.is("dozen") {
            return Some((12, i + 2));
        }
        return None;
    }
    let mut v = small_word(t.text)?;
    let mut j = i + 1;
    // "twenty-four" / "twenty four"
    if (20..=90).contains(&v) {
        let k = if tokens.get(j).is_some_and(|h| h.kind == Kind::Hyphen) {
            j + 1
        } else {
            j
        };
        if let Some(u) = tokens.get(k).and_then(|u| small_word(u.text)) {
            if (1..=9).contains(&u) {
                v += u;
                j = k + 1;
            }
        }
    }
    if let Some(next) = tokens.get(j) {
        if next.is("hundred") {
            v *= 100;
            j += 1;
        } else if next.is("thousand") {
            v *= 1000;
            j += 1;
        } else if next.is("dozen") {
            v *= 12;
            j += 1;
        }
    }
    Some((v, j))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn num(s: &str) -> Option<u64> {
        number_at(&tokenize(s), 0).map(|(v, _)| v)
    }

    #[test]
    fn words_and_digits() {
        assert_eq!(num("Seven servicemen"), Some(7));
        assert_eq!(num("twenty-four people"), Some(24));
        assert_eq!(num("Twenty people"), Some(20));
        assert_eq!(num("12,500 dead"), Some(12500));
        assert_eq!(num("two dozen"), Some(24));
        assert_eq!(num("a hundred"), Some(100));
        assert_eq!(num("one soldier"), Some(1));
        assert_eq!(num("3.5 km"), None);
        assert_eq!(num("seventh"), None);
    }
}

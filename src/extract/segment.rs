//! Sentence segmentation for news prose. A sentence ends at `.`, `!` or `?`
//! (with any closing quotes or brackets) followed by a space and a capital,
//! digit or opening quote — except after abbreviations (`Mr.`, `Gen.`,
//! `U.S.`), initials, and inside a balanced quotation.

use crate::text::is_double_quote;

/// A sentence as a byte range of its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
    "Brig", "Cmdr", "Gov", "Sen", "Rep", "Pres", "Prof", "Rev", "St", "Jr", "Sr", "No", "Nos",
    "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Mt", "Ft", "Inc", "Corp", "Ltd", "Co", "al", "Gov't", "Amb", "Sheikh",
];

/// The character at byte `i` of `p` (a space past the end).
fn char_at(p: &str, i: usize) -> char {
    p.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
}

/// Splits a paragraph into sentences. Only the bytes that can matter — the
/// terminators `.` `!` `?` and quotation marks — are looked at closely; the
/// rest of the text is stepped over byte by byte.
pub fn split(paragraph: &str) -> Vec<SentenceSpan> {
    let p = paragraph;
    let bytes = p.as_bytes();
    let quotes_balanced = quotes_balance(p);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut in_quote = false;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        // Quotation marks: `"` (ASCII) and the curly and guillemet forms,
        // whose UTF-8 starts with 0xE2 or 0xC2.
        if b == b'"' || b == 0xE2 || b == 0xC2 {
            let c = char_at(p, i);
            if quotes_balanced && is_double_quote(c) {
                in_quote = match c {
                    '\u{201C}' | '\u{201E}' | '\u{00AB}' => true,
                    '\u{201D}' | '\u{00BB}' => false,
                    _ => !in_quote,
                };
            }
            i += c.len_utf8();
            continue;
        }
        if !matches!(b, b'.' | b'!' | b'?') {
            i += 1;
            continue;
        }
        // Swallow repeated terminators and closing quotes/brackets.
        let mut j = i + 1;
        let mut closes_quote = false;
        while j < bytes.len() {
            let n = char_at(p, j);
            if matches!(n, '.' | '!' | '?' | ')' | ']' | '\'' | '\u{2019}') {
                j += n.len_utf8();
            } else if is_double_quote(n) && quotes_balanced && in_quote {
                closes_quote = true;
                j += n.len_utf8();
            } else {
                break;
            }
        }
        let quote_state_after = if closes_quote { false } else { in_quote };
        if !quote_state_after && is_boundary(p, i, j) {
            push_trimmed(p, start, j, &mut out);
            start = j;
            in_quote = false;
            i = j;
            continue;
        }
        if closes_quote {
            in_quote = false;
        }
        i = j;
    }
    push_trimmed(p, start, p.len(), &mut out);
    out
}

fn quotes_balance(p: &str) -> bool {
    let mut straight = 0usize;
    let mut open = 0usize;
    let mut close = 0usize;
    for c in p.chars() {
        match c {
            '"' => straight += 1,
            '\u{201C}' | '\u{201E}' | '\u{00AB}' => open += 1,
            '\u{201D}' | '\u{00BB}' => close += 1,
            _ => {}
        }
    }
    straight % 2 == 0 && open == close
}

/// Is the terminator at byte `i` (its run ending before byte `j`) a sentence end?
fn is_boundary(p: &str, i: usize, j: usize) -> bool {
    // Must be followed by whitespace then a sentence start, or the end.
    if j >= p.len() {
        return true;
    }
    if !char_at(p, j).is_whitespace() {
        return false;
    }
    let Some(next) = p[j..].chars().find(|c| !c.is_whitespace()) else {
        return true;
    };
    if !(next.is_uppercase()
        || next.is_ascii_digit()
        || is_double_quote(next)
        || next == '\''
        || next == '\u{2018}'
        || next == '(')
    {
        return false;
    }
    if p.as_bytes()[i] != b'.' {
        return true;
    }
    // The word before the period.
    let before = &p[..i];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || is_double_quote(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // Initials and dotted acronyms: "J.", "U.S.", "U.N."
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.contains('.') || (letters == 1 && word.chars().all(|c| c.is_uppercase())) {
        return false;
    }
    !ABBREVIATIONS.contains(&word)
}

fn push_trimmed(p: &str, start: usize, end: usize, out: &mut Vec<SentenceSpan>) {
    let s = &p[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.trim().is_empty() {
        return;
    }
    out.push(SentenceSpan {
        start: start + lead,
        end: end - trail,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<&str> {
        split(p).iter().map(|s| &p[s.start..s.end]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            texts("One thing happened. Then another! Did it? Yes."),
            ["One thing happened.", "Then another!", "Did it?", "Yes."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_numbers_together() {
        assert_eq!(
            texts("The U.S. and the U.N. urged calm. Gen. Ali said 12,500 died on a 970-kilometre border. Mr. Khan agreed."),
            [
                "The U.S. and the U.N. urged calm.",
                "Gen. Ali said 12,500 died on a 970-kilometre border.",
                "Mr. Khan agreed."
            ]
        );
    }

    #[test]
    fn quotes_spanning_punctuation_stay_in_one_sentence() {
        let p = "\u{201C}We will respond. We are ready,\u{201D} the army said. It added that \"calm returned.\" Talks began.";
        assert_eq!(
            texts(p),
            [
                "\u{201C}We will respond. We are ready,\u{201D} the army said.",
                "It added that \"calm returned.\"",
                "Talks began."
            ]
        );
    }

    #[test]
    fn a_quote_ending_the_sentence_closes_it() {
        let p = "Baku said Armenia was responsible for a \"large-scale military provocation.\" Yerevan denied it.";
        assert_eq!(
            texts(p),
            [
                "Baku said Armenia was responsible for a \"large-scale military provocation.\"",
                "Yerevan denied it."
            ]
        );
    }
}

//! Tokens of a sentence with their byte spans: words, numbers (`12,500`),
//! possessive markers, hyphens, quotes and other punctuation. The attribution,
//! figure and date rules all look at tokens, never at raw characters.

use crate::text::is_double_quote;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits mixed in), apostrophes inside (`don't`).
    Word,
    /// Digits, with `,` or `.` between digit groups.
    Number,
    /// The possessive `'s` / `’s` (or a lone `'` after a plural).
    Possessive,
    /// A double quotation mark, straight or curly.
    Quote,
    /// A hyphen or dash joining words (`817-kilometre`, `Russian-brokered`).
    Hyphen,
    /// Any other punctuation mark.
    Punct,
}

/// A token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Its text.
    pub text: &'a str,
    /// What it is.
    pub kind: Kind,
    /// First byte in the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Inside a quotation (between balanced quote marks).
    pub quoted: bool,
    /// Word classes ([`super::lexicon`]), 0 for non-words.
    pub flags: u32,
}

impl Token<'_> {
    /// Is this a word equal to `w`, ignoring ASCII case?
    pub fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }

    /// Is this a word in `list` (ASCII case-insensitive)?
    pub fn is_any(&self, list: &[&str]) -> bool {
        if self.kind != Kind::Word {
            return false;
        }
        let b = self.text.as_bytes();
        let (Some(&first), len) = (b.first(), b.len()) else {
            return false;
        };
        let first = first.to_ascii_lowercase();
        list.iter().any(|w| {
            let wb = w.as_bytes();
            wb.len() == len
                && wb.first().map(u8::to_ascii_lowercase) == Some(first)
                && wb.eq_ignore_ascii_case(b)
        })
    }

    /// Is this a word of the class `flag`?
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Is this punctuation `p`?
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == Kind::Punct && self.text == p
    }

    /// Starts with an uppercase letter.
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Splits a sentence into tokens. Positions are byte offsets; `ch(b)` is
/// the character at byte `b` and `nx(b)` the byte after it.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::with_capacity(s.len() / 5 + 1);
    let bytes = s.as_bytes();
    let ch = |b: usize| -> Option<char> {
        match bytes.get(b) {
            Some(&c) if c.is_ascii() => Some(c as char),
            Some(_) => s.get(b..).and_then(|r| r.chars().next()),
            None => None,
        }
    };
    let nx = |b: usize| -> usize { b + ch(b).map_or(1, char::len_utf8) };
    let quotes = s.chars().filter(|&c| is_double_quote(c)).count();
    let mut quoted = false;
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let Some(c) = ch(i) else { break };
        if c.is_whitespace() {
            i = nx(i);
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = nx(i);
            while let Some(n) = ch(j) {
                let group_sep =
                    (n == ',' || n == '.') && ch(nx(j)).is_some_and(|d| d.is_ascii_digit());
                if n.is_ascii_digit() || group_sep {
                    j = nx(j);
                } else {
                    break;
                }
            }
            // Ordinals and units glued to digits ("17th", "10km") stay one word.
            let mut kind = Kind::Number;
            while let Some(n) = ch(j) {
                if n.is_alphabetic() {
                    kind = Kind::Word;
                    j = nx(j);
                } else {
                    break;
                }
            }
            out.push(tok(s, start, j, kind, quoted));
            i = j;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = nx(i);
            while let Some(n) = ch(j) {
                let n1 = ch(nx(j));
                let inner_apostrophe = (n == '\'' || n == '\u{2019}')
                    && n1.is_some_and(|d| d.is_alphabetic())
                    && !(n1.is_some_and(|d| d == 's' || d == 'S')
                        && !ch(nx(nx(j))).is_some_and(crate::text::is_word_char));
                let inner_dot =
                    n == '.' && n1.is_some_and(|d| d.is_uppercase()) && ch(nx(nx(j))) == Some('.');
                if crate::text::is_word_char(n) || inner_apostrophe || inner_dot {
                    j = nx(j);
                } else {
                    break;
                }
            }
            // Dotted acronyms keep their final dot: "U.S.", "U.N."
            if ch(j) == Some('.') && s[start..j].contains('.') {
                j = nx(j);
            }
            out.push(tok(s, start, j, Kind::Word, quoted));
            i = j;
            continue;
        }
        if (c == '\'' || c == '\u{2019}')
            && out
                .last()
                .is_some_and(|t| t.end == start && t.kind == Kind::Word)
        {
            let after = nx(i);
            let possessive_s = ch(after).is_some_and(|d| d == 's' || d == 'S')
                && !ch(nx(after)).is_some_and(crate::text::is_word_char);
            let j = if possessive_s { nx(after) } else { after };
            let plural_possessive = !possessive_s
                && out
                    .last()
                    .is_some_and(|t| t.text.ends_with('s') || t.text.ends_with('S'))
                && !ch(after).is_some_and(crate::text::is_word_char);
            if possessive_s || plural_possessive {
                out.push(tok(s, start, j, Kind::Possessive, quoted));
                i = j;
                continue;
            }
        }
        let end = nx(i);
        if is_double_quote(c) {
            let opening = match c {
                '\u{201C}' | '\u{201E}' | '\u{00AB}' => true,
                '\u{201D}' | '\u{00BB}' => false,
                _ => !quoted,
            };
            if quotes % 2 == 0 || c != '"' {
                out.push(tok(s, start, end, Kind::Quote, false));
                quoted = opening;
            } else {
                out.push(tok(s, start, end, Kind::Quote, quoted));
            }
            i = end;
            continue;
        }
        let kind = if matches!(c, '-' | '\u{2010}' | '\u{2011}')
            && out.last().is_some_and(|t| t.end == start)
            && ch(end).is_some_and(crate::text::is_word_char)
        {
            Kind::Hyphen
        } else {
            Kind::Punct
        };
        out.push(tok(s, start, end, kind, quoted));
        i = end;
    }
    out
}

fn tok(s: &str, start: usize, end: usize, kind: Kind, quoted: bool) -> Token<'_> {
    let text = &s[start..end];
    Token {
        text,
        kind,
        start,
        end,
        quoted,
        flags: if kind == Kind::Word {
            super::lexicon::classify(text)
        } else {
            0
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(s: &str) -> Vec<(&str, Kind)> {
        tokenize(s).iter().map(|t| (t.text, t.kind)).collect()
    }

    #[test]
    fn numbers_possessives_and_acronyms() {
        assert_eq!(
            show("Kenya's 12,500 U.S. troops' 970-kilometre"),
            [
                ("Kenya", Kind::Word),
                ("'s", Kind::Possessive),
                ("12,500", Kind::Number),
                ("U.S.", Kind::Word),
                ("troops", Kind::Word),
                ("'", Kind::Possessive),
                ("970", Kind::Number),
                ("-", Kind::Hyphen),
                ("kilometre", Kind::Word),
            ]
        );
    }

    #[test]
    fn quoted_tokens_are_marked() {
        let t = tokenize("\u{201C}Seven died,\u{201D} it said");
        let quoted: Vec<&str> = t.iter().filter(|t| t.quoted).map(|t| t.text).collect();
        assert_eq!(quoted, ["Seven", "died", ","]);
        let t = tokenize("\"calm,\" he said, \"and quiet.\"");
        let quoted: Vec<&str> = t.iter().filter(|t| t.quoted).map(|t| t.text).collect();
        assert_eq!(quoted, ["calm", ",", "and", "quiet", "."]);
    }

    #[test]
    fn contractions_stay_whole() {
        assert_eq!(
            show("don't border's"),
            [
                ("don't", Kind::Word),
                ("border", Kind::Word),
                ("'s", Kind::Possessive)
            ]
        );
    }
}

//! The wire-format parser. An article arrives as plain text:
//!
//! ```text
//!  date 2021-11-17 WORLD          header: publication date and section
//! 3 MIN READ                      optional reading time
//! Headline
//! Standfirst                      optional summary
//! Headline                        optional repeat of the headline (dropped)
//! Caption … / Credit              optional image caption and its credit
//! November 17, 2021               optional dateline; ends the front matter
//!
//! Body paragraph, one per line …  READ MORE:… lines are related headlines,
//! Recommended                     `Recommended` is dropped,
//! SOURCE:Outlet                   the source line ends the body,
//! Explore                         and the `Explore` list after it is dropped.
//! ```
//!
//! Nothing here knows any particular article; every rule is about the format.

use crate::date::{parse_long_date, Date};
use crate::error::{ParseError, ParseErrorKind, MAX_ARTICLE_BYTES, MAX_LINE_BYTES, MAX_PARAGRAPHS};
use crate::model::Article;

/// Parses raw bytes: rejects binary data and invalid UTF-8 with the line they are on.
pub fn parse_bytes(bytes: &[u8]) -> Result<Article, ParseError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ParseError::new(1, ParseErrorKind::TooLarge(bytes.len())));
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(ParseError::new(line_of(bytes, nul), ParseErrorKind::Binary));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => Err(ParseError::new(
            line_of(bytes, e.valid_up_to()),
            ParseErrorKind::NotUtf8,
        )),
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes
        .get(..offset)
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
}

/// One line of input with its 1-based number, trailing whitespace removed.
struct Line<'a> {
    no: usize,
    text: &'a str,
}

/// Parses an article in the wire format.
pub fn parse(text: &str) -> Result<Article, ParseError> {
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(ParseError::new(1, ParseErrorKind::TooLarge(text.len())));
    }
    if text.contains('\0') {
        return parse_bytes(text.as_bytes());
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        if raw.len() > MAX_LINE_BYTES {
            return Err(ParseError::new(
                i + 1,
                ParseErrorKind::LineTooLong(raw.len()),
            ));
        }
        lines.push(Line {
            no: i + 1,
            text: raw.trim_end(),
        });
    }
    let mut rest = lines
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .peekable();

    // Header.
    let header = rest
        .next()
        .ok_or_else(|| ParseError::new(1, ParseErrorKind::Empty))?;
    let (published, section) = parse_header(header)?;
    let mut article = Article {
        published: published.to_iso(),
        section,
        ..Article::default()
    };

    // Reading time.
    if let Some(l) = rest.peek() {
        if let Some(n) = parse_read_time(l.text) {
            article.read_minutes = Some(n);
            rest.next();
        }
    }

    // Headline.
    let headline = rest
        .next()
        .ok_or_else(|| ParseError::new(header.no + 1, ParseErrorKind::MissingHeadline))?;
    article.title = headline.text.trim().to_string();

    // Front matter: lines up to the dateline, or up to the first blank line
    // when there is no dateline.
    let front_end = front_matter_end(&lines, headline.no);
    let mut extras: Vec<&str> = Vec::new();
    while let Some(l) = rest.peek() {
        if l.no > front_end {
            break;
        }
        let t = l.text.trim();
        rest.next();
        if article.dateline.is_none() && is_dateline(t) {
            article.dateline = Some(t.to_string());
            break;
        }
        if t == article.title {
            continue; // the repeated headline
        }
        if article.image_credit.is_none() {
            if let Some((caption, credit)) = split_credit(t) {
                article.image_caption = Some(caption.to_string());
                article.image_credit = Some(credit.to_string());
                continue;
            }
        }
        extras.push(t);
    }
    let mut extras = extras.into_iter();
    article.standfirst = extras.next().unwrap_or_default().to_string();
    if article.image_caption.is_none() {
        article.image_caption = extras.next().map(str::to_string);
    }
    // Any further front-matter lines are treated as body text below.
    let leftover: Vec<String> = extras.map(str::to_string).collect();
    article.paragraphs.extend(leftover);

    // Body.
    for l in rest {
        let t = l.text.trim();
        if let Some(related) = strip_prefix_ci(t, "READ MORE:") {
            let r = related.trim();
            if !r.is_empty() {
                article.related.push(r.to_string());
            }
            continue;
        }
        if t.eq_ignore_ascii_case("Recommended") {
            continue;
        }
        if let Some(source) = strip_prefix_ci(t, "SOURCE:") {
            let s = source.trim();
            if !s.is_empty() {
                article.source = Some(s.to_string());
            }
            break;
        }
        if t == "Explore" {
            break;
        }
        if article.paragraphs.len() >= MAX_PARAGRAPHS {
            return Err(ParseError::new(l.no, ParseErrorKind::TooManyParagraphs));
        }
        article.paragraphs.push(t.to_string());
    }
    if article.paragraphs.is_empty() {
        return Err(ParseError::new(
            lines.len().max(headline.no),
            ParseErrorKind::MissingBody,
        ));
    }
    Ok(article)
}

/// ` date 2021-11-17 WORLD` → (date, section).
fn parse_header(line: &Line<'_>) -> Result<(Date, String), ParseError> {
    let err = |kind| ParseError::new(line.no, kind);
    let t = line.text.trim();
    let after = strip_prefix_ci(t, "date ").ok_or_else(|| err(ParseErrorKind::MissingHeader))?;
    let after = after.trim_start();
    let (date_txt, section) = match after.find(char::is_whitespace) {
        Some(i) => (&after[..i], after[i..].trim()),
        None => (after, ""),
    };
    let looks_like_date = date_txt.len() == 10
        && date_txt.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !looks_like_date {
        return Err(err(ParseErrorKind::MissingHeader));
    }
    let date = Date::parse_iso(date_txt)
        .ok_or_else(|| err(ParseErrorKind::ImpossibleDate(date_txt.to_string())))?;
    if section.is_empty() {
        return Err(err(ParseErrorKind::MissingSection));
    }
    Ok((date, section.to_string()))
}

/// `3 MIN READ` → 3.
fn parse_read_time(t: &str) -> Option<u32> {
    let t = t.trim();
    let (num, rest) = t.split_once(' ')?;
    if !rest.trim().eq_ignore_ascii_case("MIN READ") || num.is_empty() || num.len() > 4 {
        return None;
    }
    if !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    num.parse().ok()
}

/// A dateline is a line that is just a long-form date, perhaps with a time.
fn is_dateline(t: &str) -> bool {
    match parse_long_date(t) {
        Some((_, used)) => t.len() - used <= 24,
        None => false,
    }
}

/// The last line number of the front matter after the headline: the dateline
/// within the first dozen lines if there is one, else the line before the
/// first blank line.
fn front_matter_end(lines: &[Line<'_>], headline_no: usize) -> usize {
    let after = lines.iter().skip(headline_no);
    let mut first_blank = None;
    for (n, l) in after.take(12).enumerate() {
        let t = l.text.trim();
        if is_dateline(t) {
            return l.no;
        }
        if t.is_empty() && first_blank.is_none() {
            first_blank = Some(l.no);
        }
        let _ = n;
    }
    match first_blank {
        Some(no) => no - 1,
        None => headline_no + 3,
    }
}

/// `Caption text. / Reuters` → (caption, credit). The credit is short and has
/// no sentence punctuation of its own.
fn split_credit(t: &str) -> Option<(&str, &str)> {
    let i = t.rfind(" / ")?;
    let (caption, credit) = (t[..i].trim(), t[i + 3..].trim());
    if caption.is_empty() || credit.is_empty() || credit.chars().count() > 60 {
        return None;
    }
    if credit.ends_with('.') && credit.contains(' ') && credit.split(' ').count() > 6 {
        return None;
    }
    Some((caption, credit))
}

fn strip_prefix_ci<'a>(t: &'a str, prefix: &str) -> Option<&'a str> {
    let head = t.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        t.get(prefix.len()..)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = " date 2022-09-14 ASIA\n2 MIN READ\nHeadline here\nA standfirst.\nHeadline here\nSoldiers at a post. / AFP\nSeptember 14, 2022\n\nFirst paragraph.\n\nREAD MORE:Something related\n\nRecommended\n\nSecond paragraph.\n\nSOURCE:AFP\nExplore\nUnrelated headline\n";

    #[test]
    fn parses_every_part_of_the_format() {
        let a = parse(MINIMAL).unwrap();
        assert_eq!(a.published, "2022-09-14");
        assert_eq!(a.section, "ASIA");
        assert_eq!(a.read_minutes, Some(2));
        assert_eq!(a.title, "Headline here");
        assert_eq!(a.standfirst, "A standfirst.");
        assert_eq!(a.image_caption.as_deref(), Some("Soldiers at a post."));
        assert_eq!(a.image_credit.as_deref(), Some("AFP"));
        assert_eq!(a.dateline.as_deref(), Some("September 14, 2022"));
        assert_eq!(a.paragraphs, ["First paragraph.", "Second paragraph."]);
        assert_eq!(a.related, ["Something related"]);
        assert_eq!(a.source.as_deref(), Some("AFP"));
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(parse("").unwrap_err().kind, ParseErrorKind::Empty);
        let e = parse("\n\nHello\n").unwrap_err();
        assert_eq!((e.line, e.kind), (3, ParseErrorKind::MissingHeader));
        let e = parse(" date 2021-02-30 WORLD\nx\n\ny\n").unwrap_err();
        assert_eq!(
            (e.line, e.kind),
            (1, ParseErrorKind::ImpossibleDate("2021-02-30".into()))
        );
        let e = parse_bytes(b" date 2021-01-30 WORLD\nok\n\x00\x01").unwrap_err();
        assert_eq!((e.line, e.kind), (3, ParseErrorKind::Binary));
        let e = parse_bytes(b" date 2021-01-30 WORLD\nok\n\xff\xfe").unwrap_err();
        assert_eq!((e.line, e.kind), (3, ParseErrorKind::NotUtf8));
        let e = parse(" date 2021-01-30 WORLD\nOnly a headline\n").unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::MissingBody);
    }

    #[test]
    fn huge_input_is_refused_not_parsed() {
        let big = "a".repeat(MAX_ARTICLE_BYTES + 1);
        assert!(matches!(
            parse(&big).unwrap_err().kind,
            ParseErrorKind::TooLarge(_)
        ));
    }
}

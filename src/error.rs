//! Typed errors of the pure core. Every error carries its place (a line of the
//! article, or a field path of a dataset) so that the CLI, the error card and
//! the JS `Error` can all say *what* is wrong and *where*.

use std::fmt;

/// Largest article the parser accepts, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;
/// Longest single line the parser accepts, in bytes.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// Most body paragraphs an article may have.
pub const MAX_PARAGRAPHS: usize = 20_000;

/// Why an article could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The input has no text at all (or only whitespace).
    Empty,
    /// The input holds a NUL byte: it is binary, not an article.
    Binary,
    /// The bytes are not valid UTF-8.
    NotUtf8,
    /// The input is larger than [`MAX_ARTICLE_BYTES`]; holds the actual size.
    TooLarge(usize),
    /// A line is longer than [`MAX_LINE_BYTES`]; holds the actual length.
    LineTooLong(usize),
    /// More than [`MAX_PARAGRAPHS`] body paragraphs.
    TooManyParagraphs,
    /// The first line is not ` date YYYY-MM-DD SECTION`.
    MissingHeader,
    /// The header's date is not a real calendar date (holds the date text).
    ImpossibleDate(String),
    /// The header has a date but no section.
    MissingSection,
    /// No headline after the header.
    MissingHeadline,
    /// The article has a header and a headline but no body paragraph.
    MissingBody,
}

/// An article parse error: what went wrong and on which line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number the problem was found on.
    pub line: usize,
    /// What went wrong.
    pub kind: ParseErrorKind,
}

impl ParseError {
    pub(crate) fn new(line: usize, kind: ParseErrorKind) -> Self {
        ParseError { line, kind }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("line ")?;
        write_usize(f, self.line)?;
        f.write_str(": ")?;
        match &self.kind {
            ParseErrorKind::Empty => f.write_str("the article is empty"),
            ParseErrorKind::Binary => {
                f.write_str("binary data (a NUL byte); expected a text article")
            }
            ParseErrorKind::NotUtf8 => f.write_str("the text is not valid UTF-8"),
            ParseErrorKind::TooLarge(n) => {
                f.write_str("the article is ")?;
                write_usize(f, *n)?;
                f.write_str(" bytes; the limit is ")?;
                write_usize(f, MAX_ARTICLE_BYTES)?;
                f.write_str(" bytes")
            }
            ParseErrorKind::LineTooLong(n) => {
                f.write_str("the line is ")?;
                write_usize(f, *n)?;
                f.write_str(" bytes long; the limit is ")?;
                write_usize(f, MAX_LINE_BYTES)?;
                f.write_str(" bytes")
            }
            ParseErrorKind::TooManyParagraphs => {
                f.write_str("more than ")?;
                write_usize(f, MAX_PARAGRAPHS)?;
                f.write_str(" paragraphs")
            }
            ParseErrorKind::MissingHeader => f.write_str(
                "expected the header ` date YYYY-MM-DD SECTION` (e.g. ` date 2021-11-17 WORLD`)",
            ),
            ParseErrorKind::ImpossibleDate(d) => {
                f.write_str("the header date `")?;
                f.write_str(d)?;
                f.write_str("` is not a real calendar date")
            }
            ParseErrorKind::MissingSection => {
                f.write_str("the header has a date but no section (e.g. `WORLD`)")
            }
            ParseErrorKind::MissingHeadline => f.write_str("expected a headline after the header"),
            ParseErrorKind::MissingBody => {
                f.write_str("the article has no body paragraphs after its headline")
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// A dataset (JSON or JS object) that does not fit the `incident-card/1` schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetError {
    /// Path of the offending field, such as `claims[2].party`; empty for the whole dataset.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("dataset")?;
        if !self.field.is_empty() {
            f.write_str(" field `")?;
            f.write_str(&self.field)?;
            f.write_str("`")?;
        }
        f.write_str(": ")?;
        f.write_str(&self.message)
    }
}

impl std::error::Error for DatasetError {}

/// Any error the core can report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The article text could not be parsed.
    Parse(ParseError),
    /// The dataset does not fit the schema.
    Dataset(DatasetError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Parse(e) => e.fmt(f),
            Error::Dataset(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

impl From<ParseError> for Error {
    fn from(e: ParseError) -> Self {
        Error::Parse(e)
    }
}

impl From<DatasetError> for Error {
    fn from(e: DatasetError) -> Self {
        Error::Dataset(e)
    }
}

/// Writes a number without pulling the integer formatting machinery into the wasm.
fn write_usize(f: &mut fmt::Formatter<'_>, n: usize) -> fmt::Result {
    let mut s = String::new();
    crate::text::push_usize(&mut s, n);
    f.write_str(&s)
}

//! Date expressions and their resolution against the publication date:
//! weekdays (the most recent such day on or before publication), `today`,
//! `yesterday`, `overnight`, parts of the day, explicit dates (`November 17,
//! 2021`, `17 November`), and periods (`in April 2021`, `last year`, `in 1962`)
//! that mark background sentences.

use super::numbers::parse_digits;
use super::tokens::{Kind, Token};
use crate::date::{month_from_name, weekday_from_name, Date};

/// A reference to one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayRef {
    /// The resolved day.
    pub date: Date,
    /// `morning`, `afternoon`, `evening` or `night`.
    pub time_of_day: Option<&'static str>,
    /// First token of the phrase.
    pub first: usize,
    /// One past the last token of the phrase.
    pub last: usize,
    /// The phrase names a weekday, today or yesterday (relative to publication).
    pub relative: bool,
}

/// A reference to a period longer than a day (a year, a month of a year).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRef {
    /// The year.
    pub year: i32,
    /// The month, when given.
    pub month: Option<u32>,
    /// First token of the phrase.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Introduced by `since`: a comparison with now, not a statement about then.
    pub since: bool,
    /// Used as a modifier (`the 2011 agreement`, `the 2020 war`).
    pub attributive: bool,
}

const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "morning"),
    ("afternoon", "afternoon"),
    ("evening", "evening"),
    ("night", "night"),
    ("dawn", "morning"),
    ("midday", "afternoon"),
    ("noon", "afternoon"),
    ("midnight", "night"),
];

fn part_of_day(t: Option<&Token<'_>>) -> Option<&'static str> {
    let t = t?;
    PARTS_OF_DAY.iter().find(|(w, _)| t.is(w)).map(|&(_, p)| p)
}

fn year_of(t: &Token<'_>) -> Option<i32> {
    if t.kind != Kind::Number || t.text.len() != 4 || t.text.contains(',') {
        return None;
    }
    let y = parse_digits(t.text)? as i32;
    (1800..=2200).contains(&y).then_some(y)
}

fn day_of_month(t: &Token<'_>) -> Option<u32> {
    if !t.text.starts_with(|c: char| c.is_ascii_digit()) || t.text.len() > 4 {
        return None;
    }
    let digits = t.text.trim_end_matches(|c: char| c.is_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let suffix = &t.text[digits.len()..];
    if !suffix.is_empty() && !["st", "nd", "rd", "th"].contains(&suffix) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A month-and-day without a year belongs to the publication year, or to the
/// year before when that would put it more than a day after publication.
fn resolve_month_day(published: Date, month: u32, day: u32, year: Option<i32>) -> Option<Date> {
    match year {
        Some(y) => Date::new(y, month, day),
        None => {
            let d = Date::new(published.year, month, day)?;
            if d.to_days() > published.to_days() + 1 {
                Date::new(published.year - 1, month, day)
            } else {
                Some(d)
            }
        }
    }
}

/// Finds the day and period references in a sentence's tokens.
pub fn find(tokens: &[Token<'_>], published: Date) -> (Vec<DayRef>, Vec<PeriodRef>) {
    let mut days = Vec::new();
    let mut periods = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // Weekdays: "Tuesday", "Tuesday evening", "Tuesday's".
        if let Some(wd) = t
            .has(super::lexicon::WEEKDAY)
            .then(|| weekday_from_name(t.text))
            .flatten()
        {
            let mut last = i + 1;
            if tokens.get(last).is_some_and(|p| p.kind == Kind::Possessive) {
                last += 1;
            }
            let tod = part_of_day(tokens.get(last));
            if tod.is_some() {
                last += 1;
            }
            // "Tuesday, November 16" is the explicit date; let that rule take it.
            let explicit_follows = tokens.get(i + 1).is_some_and(|c| c.is_punct(","))
                && tokens
                    .get(i + 2)
                    .is_some_and(|m| month_from_name(m.text).is_some() && m.is_capitalised());
            if !explicit_follows {
                days.push(DayRef {
                    date: published.last_weekday_on_or_before(wd),
                    time_of_day: tod,
                    first: i,
                    last,
                    relative: true,
                });
                i = last;
                continue;
            }
            i += 2;
            continue;
        }
        // today / yesterday / tonight / overnight / last night / this morning.
        let relative = t.has(super::lexicon::RELATIVE_DAY);
        if relative && (t.is("today") || t.is("tonight") || t.is("yesterday")) {
            let back = if t.is("yesterday") { 1 } else { 0 };
            let mut last = i + 1;
            let mut tod = if t.is("tonight") { Some("night") } else { None };
            if let Some(p) = part_of_day(tokens.get(last)) {
                tod = Some(p);
                last += 1;
            }
            days.push(DayRef {
                date: published.add_days(-back),
                time_of_day: tod,
                first: i,
                last,
                relative: true,
            });
            i = last;
            continue;
        }
        if relative
            && t.is("overnight")
            && !tokens
                .get(i + 1)
                .is_some_and(|n| weekday_from_name(n.text).is_some())
        {
            days.push(DayRef {
                date: published.add_days(-1),
                time_of_day: Some("night"),
                first: i,
                last: i + 1,
                relative: true,
            });
            i += 1;
            continue;
        }
        if relative && (t.is("last") || t.is("this")) && tokens.get(i + 1).is_some() {
            let next = &tokens[i + 1];
            let tod = part_of_day(Some(next));
            if let Some(tod) = tod {
                let back = if t.is("last") { 1 } else { 0 };
                days.push(DayRef {
                    date: published.add_days(-back),
                    time_of_day: Some(tod),
                    first: i,
                    last: i + 2,
                    relative: true,
                });
                i += 2;
                continue;
            }
            if t.is("last") && next.is("year") {
                periods.push(PeriodRef {
                    year: published.year - 1,
                    month: None,
                    first: i,
                    last: i + 2,
                    since: preceded_by_since(tokens, i),
                    attributive: false,
                });
                i += 2;
                continue;
            }
        }
        // "November 17", "Nov. 17, 2021", "November 2020".
        if let Some(m) = (t.has(super::lexicon::MONTH))
            .then(|| month_from_name(t.text))
            .flatten()
            .filter(|_| {
                t.is_capitalised() && t.text != "May"
                    || t.text == "May"
                        && tokens
                            .get(i + 1)
                            .is_some_and(|n| day_of_month(n).is_some() || year_of(n).is_some())
            })
        {
            let mut j = i + 1;
            if tokens.get(j).is_some_and(|p| p.is_punct(".")) {
                j += 1;
            }
            if let Some(d) = tokens.get(j).and_then(day_of_month) {
                let mut last = j + 1;
                let mut year = None;
                let comma = tokens.get(last).is_some_and(|c| c.is_punct(","));
                let y_at = if comma { last + 1 } else { last };
                if let Some(y) = tokens.get(y_at).and_then(year_of) {
                    year = Some(y);
                    last = y_at + 1;
                }
                if let Some(date) = resolve_month_day(published, m, d, year) {
                    let tod = part_of_day(tokens.get(last));
                    days.push(DayRef {
                        date,
                        time_of_day: tod,
                        first: i,
                        last: last + usize::from(tod.is_some()),
                        relative: false,
                    });
                    i = last;
                    continue;
                }
            } else if let Some(y) = tokens.get(j).and_then(year_of) {
                periods.push(PeriodRef {
                    year: y,
                    month: Some(m),
                    first: i,
                    last: j + 1,
                    since: preceded_by_since(tokens, i),
                    attributive: false,
                });
                i = j + 1;
                continue;
            }
        }
        // "17 November", "17 November 2021"; "the night of 15/16 June" is the 15th.
        if let Some(mut d) = day_of_month(t) {
            let span_first =
                i >= 2 && tokens[i - 1].is_punct("/") && day_of_month(&tokens[i - 2]).is_some();
            if span_first {
                d = day_of_month(&tokens[i - 2]).unwrap_or(d);
            }
            if let Some(m) = tokens
                .get(i + 1)
                .filter(|n| n.is_capitalised())
                .and_then(|n| month_from_name(n.text))
            {
                let mut last = i + 2;
                let mut year = None;
                if let Some(y) = tokens.get(last).and_then(year_of) {
                    year = Some(y);
                    last += 1;
                }
                if let Some(date) = resolve_month_day(published, m, d, year) {
                    days.push(DayRef {
                        date,
                        time_of_day: None,
                        first: i,
                        last,
                        relative: false,
                    });
                    i = last;
                    continue;
                }
            }
        }
        // A bare year: "in 2011", "the 2020 war", "since 1991".
        if let Some(y) = year_of(t) {
            let determiner = i > 0
                && (tokens[i - 1].is_any(&["the", "a", "an", "its", "their", "his", "her"])
                    || tokens[i - 1].kind == Kind::Possessive);
            // "the 2011 agreement", "the 1951 Mutual Defense Treaty"
            let noun_follows = tokens.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Word && !n.is_any(&["and", "to", "when", "after", "before"])
            });
            periods.push(PeriodRef {
                year: y,
                month: None,
                first: i,
                last: i + 1,
                since: preceded_by_since(tokens, i),
                attributive: determiner && noun_follows,
            });
        }
        i += 1;
    }
    (days, periods)
}

/// True unless the word is a weekday or month name (those are dates, not names).
pub fn is_not_date_word(w: &str) -> bool {
    weekday_from_name(w).is_none() && (w.len() <= 3 || month_from_name(w).is_none())
}

fn preceded_by_since(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[i.saturating_sub(5)..i]
        .iter()
        .rev()
        .take_while(|t| !(t.is_punct(",") || t.is_punct(";")))
        .any(|t| t.is("since") || t.is("than"))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn pub_date() -> Date {
        Date::parse_iso("2021-11-17").unwrap()
    }

    fn days(s: &str) -> Vec<(String, Option<&'static str>)> {
        let t = tokenize(s);
        find(&t, pub_date())
            .0
            .into_iter()
            .map(|d| (d.date.to_iso(), d.time_of_day))
            .collect()
    }

    #[test]
    fn weekdays_resolve_on_or_before_publication() {
        assert_eq!(
            days("It stabilised on Tuesday evening and held on Wednesday."),
            [
                ("2021-11-16".into(), Some("evening")),
                ("2021-11-17".into(), None)
            ]
        );
        assert_eq!(
            days("Fighting resumed on Thursday."),
            [("2021-11-11".into(), None)]
        );
        assert_eq!(days("Saturday's attack"), [("2021-11-13".into(), None)]);
    }

    #[test]
    fn relative_words_and_explicit_dates() {
        assert_eq!(days("yesterday"), [("2021-11-16".into(), None)]);
        assert_eq!(days("today"), [("2021-11-17".into(), None)]);
        assert_eq!(days("overnight"), [("2021-11-16".into(), Some("night"))]);
        assert_eq!(days("last night"), [("2021-11-16".into(), Some("night"))]);
        assert_eq!(days("on November 14, 2021"), [("2021-11-14".into(), None)]);
        assert_eq!(days("on 12 November"), [("2021-11-12".into(), None)]);
        assert_eq!(days("on December 30"), [("2020-12-30".into(), None)]);
        assert_eq!(days("Nov. 15"), [("2021-11-15".into(), None)]);
    }

    #[test]
    fn periods_and_since() {
        let t = tokenize("The war ended in November 2020; clashes in 2011 were the worst since 1991, and last year too.");
        let (d, p) = find(&t, pub_date());
        assert!(d.is_empty());
        let got: Vec<(i32, Option<u32>, bool)> =
            p.iter().map(|p| (p.year, p.month, p.since)).collect();
        assert_eq!(
            got,
            [
                (2020, Some(11), false),
                (2011, None, false),
                (1991, None, true),
                (2020, None, false)
            ]
        );
    }
}

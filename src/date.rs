//! Calendar dates without a date library: validation, weekdays and day
//! arithmetic on the proleptic Gregorian calendar. Enough for resolving
//! `Tuesday` or `yesterday` against an article's publication date.

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2021.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Is `year` a leap year?
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The month number (1–12) of an English month name or its three-letter
/// abbreviation (`Nov`, `Nov.`, `Sept`), capitalised.
pub fn month_from_name(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    // Month names are capitalised in English; anything else is not a month.
    if w.len() < 3 || w.len() > 9 || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    for (i, m) in MONTHS.iter().enumerate() {
        if w.eq_ignore_ascii_case(m)
            || (w.len() == 3 && m.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(w)))
            || (i == 8 && w.eq_ignore_ascii_case("Sept"))
        {
            return Some(i as u32 + 1);
        }
    }
    None
}

/// The weekday index (0 = Monday) of a capitalised English weekday name.
pub fn weekday_from_name(word: &str) -> Option<u32> {
    if !(6..=9).contains(&word.len()) || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))
        .map(|i| i as u32)
}

impl Date {
    /// A date if it exists on the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`; `None` if malformed or not a real day.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier if negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Weekday index, 0 = Monday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (index 3).
        (self.to_days() + 3).rem_euclid(7) as u32
    }

    /// The most recent day named `weekday` on or before `self`.
    pub fn last_weekday_on_or_before(self, weekday: u32) -> Date {
        let back = (i64::from(self.weekday()) - i64::from(weekday)).rem_euclid(7);
        self.add_days(-back)
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        let mut s = String::with_capacity(10);
        push_padded(&mut s, self.year as u64, 4);
        s.push('-');
        push_padded(&mut s, u64::from(self.month), 2);
        s.push('-');
        push_padded(&mut s, u64::from(self.day), 2);
        s
    }
}

fn push_padded(out: &mut String, n: u64, width: usize) {
    let digits = crate::text::u64_string(n);
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// Parses an English long-form date at the start of `s`: `November 17, 2021`,
/// `Nov 17, 2021`, `17 November 2021`. Returns the date and the bytes consumed.
pub fn parse_long_date(s: &str) -> Option<(Date, usize)> {
    let mut words = s.split(' ');
    let first = words.next()?;
    let second = words.next()?;
    let third = words.next()?;
    let (month, day) = if let Some(m) = month_from_name(first) {
        (m, second.trim_end_matches(','))
    } else {
        (month_from_name(second.trim_end_matches(','))?, first)
    };
    let day: u32 = if !day.is_empty() && day.len() <= 2 && day.bytes().all(|b| b.is_ascii_digit()) {
        day.parse().ok()?
    } else {
        return None;
    };
    let year_txt: String = third.chars().take_while(|c| c.is_ascii_digit()).collect();
    if year_txt.len() != 4 {
        return None;
    }
    let year: i32 = year_txt.parse().ok()?;
    let date = Date::new(year, month, day)?;
    let consumed = first.len() + 1 + second.len() + 1 + year_txt.len();
    Some((date, consumed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_must_exist() {
        assert_eq!(
            Date::parse_iso("2021-11-17"),
            Some(Date {
                year: 2021,
                month: 11,
                day: 17
            })
        );
        assert_eq!(Date::parse_iso("2021-02-29"), None);
        assert!(Date::parse_iso("2020-02-29").is_some());
        assert_eq!(Date::parse_iso("2021-13-01"), None);
        assert_eq!(Date::parse_iso("2021-1-01"), None);
        assert_eq!(Date::parse_iso("20x1-01-01"), None);
    }

    #[test]
    fn weekdays_and_arithmetic() {
        let d = Date::parse_iso("2021-11-17").unwrap();
        assert_eq!(WEEKDAYS[d.weekday() as usize], "Wednesday");
        let tue = d.last_weekday_on_or_before(weekday_from_name("Tuesday").unwrap());
        assert_eq!(tue.to_iso(), "2021-11-16");
        let wed = d.last_weekday_on_or_before(2);
        assert_eq!(wed.to_iso(), "2021-11-17");
        assert_eq!(d.add_days(-17).to_iso(), "2021-10-31");
        assert_eq!(
            Date::parse_iso("2024-03-01").unwrap().add_days(-1).to_iso(),
            "2024-02-29"
        );
        for n in [-800_000i64, -1, 0, 1, 18_948, 2_900_000] {
            assert_eq!(Date::from_days(n).to_days(), n);
        }
    }

    #[test]
    fn long_dates_in_both_orders() {
        let (d, n) = parse_long_date("November 17, 2021").unwrap();
        assert_eq!((d.to_iso(), n), ("2021-11-17".to_string(), 17));
        let (d, _) = parse_long_date("17 Sept 2022 10:00").unwrap();
        assert_eq!(d.to_iso(), "2022-09-17");
        assert!(parse_long_date("November 31, 2021").is_none());
        assert!(parse_long_date("Nine guardsmen died").is_none());
    }
}

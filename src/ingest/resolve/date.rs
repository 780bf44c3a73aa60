//! When a statement was said: date phrases ("on Friday", "last month") resolved against the
//! article's date. Pure and clock-free: the article date is an argument.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::lexicon;
use crate::model::{DatePrecision, SaidDate};

/// A date phrase found in a word sequence: its resolved date and the index of its first word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DatePhrase {
    /// The resolved date.
    pub said: SaidDate,
    /// Index of the first word of the phrase in the input.
    pub at: usize,
    /// Number of words the phrase covers.
    pub len: usize,
    /// A bare "in 2014" often dates another event of the sentence ("died in a crash in 1987,
    /// and he says"): it dates a statement only right after its cue or opening its sentence.
    pub near_cue_only: bool,
}

impl DatePhrase {
    /// A phrase that dates a statement wherever it stands in the frame.
    fn new(said: SaidDate, at: usize, len: usize) -> DatePhrase {
        DatePhrase { said, at, len, near_cue_only: false }
    }
}

fn day(d: NaiveDate) -> SaidDate {
    SaidDate { date: Some(d), precision: DatePrecision::Day }
}

fn year(y: i32) -> Option<SaidDate> {
    Some(SaidDate { date: Some(NaiveDate::from_ymd_opt(y, 1, 1)?), precision: DatePrecision::Year })
}

fn month(y: i32, m: u32) -> Option<SaidDate> {
    Some(SaidDate { date: Some(NaiveDate::from_ymd_opt(y, m, 1)?), precision: DatePrecision::Month })
}

/// The latest `weekday` (0 = Monday) on or before `article`.
fn last_weekday(article: NaiveDate, weekday: u32) -> NaiveDate {
    let today = article.weekday().num_days_from_monday();
    let back = (today + 7 - weekday) % 7;
    article - Days::new(back as u64)
}

/// The most recent month `m` on or before the article's month.
fn latest_month(article: NaiveDate, m: u32) -> Option<SaidDate> {
    let y = if m <= article.month() { article.year() } else { article.year() - 1 };
    month(y, m)
}

/// Day `d` of month `m`, in the article's year unless that would be after the article.
fn day_in_month(article: NaiveDate, m: u32, d: u32, year: Option<i32>) -> Option<SaidDate> {
    let y = year.unwrap_or(article.year());
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    if year.is_none() && date > article {
        return NaiveDate::from_ymd_opt(y - 1, m, d).map(day);
    }
    Some(day(date))
}

fn parse_day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn parse_year(w: &str) -> Option<i32> {
    (w.len() == 4).then(|| w.parse().ok()).flatten().filter(|y| (1900..=2100).contains(y))
}

/// Find the first date phrase in `words` (lowercased, periods stripped) and resolve it
/// against `article`. Recognises weekdays ("Friday", "last Thursday", "on Tuesday night"),
/// "yesterday"/"today"/"last night", "January 10"/"10 January"/"Jan. 10, 2022", ISO dates,
/// "last month"/"this month"/"in December", "last year"/"in 2014"/"a 2014 interview" (year
/// precision). Never invents a day: a week gives nothing.
pub(crate) fn find_date(words: &[&str], article: NaiveDate) -> Option<DatePhrase> {
    for (i, &w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|j| words[j]);
        if let Some(wd) = lexicon::WEEKDAYS.iter().position(|d| *d == w) {
            let mut d = last_weekday(article, wd as u32);
            // "last Friday" on a Friday means a week ago.
            if prev == Some("last") && d == article {
                d = d - Days::new(7);
            }
            let at = if matches!(prev, Some("last" | "on" | "this" | "late" | "early")) { i - 1 } else { i };
            return Some(DatePhrase::new(day(d), at, i + 1 - at));
        }
        match w {
            "yesterday" => {
                return Some(DatePhrase::new(day(article - Days::new(1)), i, 1));
            }
            "today" | "tonight" => return Some(DatePhrase::new(day(article), i, 1)),
            "last" if next == Some("night") => {
                return Some(DatePhrase::new(day(article - Days::new(1)), i, 2));
            }
            "last" if next == Some("month") => {
                let d = article.checked_sub_months(Months::new(1))?;
                return Some(DatePhrase::new(month(d.year(), d.month())?, i, 2));
            }
            // "last week": its month, when the week before the article's lies in one month
            // (no day is invented; a week across two months gives nothing).
            "last" if next == Some("week") => {
                let monday = last_weekday(article, 0) - Days::new(7);
                let sunday = monday + Days::new(6);
                if monday.month() == sunday.month() {
                    return Some(DatePhrase::new(month(monday.year(), monday.month())?, i, 2));
                }
            }
            "this" if next == Some("month") => {
                return Some(DatePhrase::new(month(article.year(), article.month())?, i, 2));
            }
            "last" if next == Some("year") => {
                return Some(DatePhrase::new(year(article.year() - 1)?, i, 2));
            }
            "this" if next == Some("year") => {
                return Some(DatePhrase::new(year(article.year())?, i, 2));
            }
            _ => {}
        }
        if let Some(m) = lexicon::month_number(w) {
            // "may" is also a verb: only take it as a month next to a day number or "in".
            let day_after = next.and_then(parse_day_number);
            let day_before = prev.and_then(parse_day_number);
            if let Some(d) = day_after {
                let year = words.get(i + 2).and_then(|y| parse_year(y));
                if let Some(s) = day_in_month(article, m, d, year) {
                    return Some(DatePhrase::new(s, i, if year.is_some() { 3 } else { 2 }));
                }
            } else if let Some(d) = day_before {
                let year = next.and_then(parse_year);
                if let Some(s) = day_in_month(article, m, d, year) {
                    return Some(DatePhrase::new(s, i - 1, if year.is_some() { 3 } else { 2 }));
                }
            } else if w != "may"
                && let Some(y) = next.and_then(parse_year)
            {
                // "In an April 2015 memo", "in June 2009": a month with its year.
                let at = if matches!(prev, Some("in" | "last" | "early" | "late" | "mid")) { i - 1 } else { i };
                return Some(DatePhrase::new(month(y, m)?, at, i + 2 - at));
            } else if w != "may" && matches!(prev, Some("in" | "last" | "early" | "late" | "mid")) {
                let said = match next.and_then(parse_year) {
                    Some(y) => month(y, m)?,
                    None => latest_month(article, m)?,
                };
                return Some(DatePhrase::new(said, i - 1, 2));
            }
        }
        // A year said in ("said in 2014") or of an occasion ("in a 2014 interview", "his 2004
        // convention speech"); never one in the future.
        if let Some(y) = parse_year(w)
            && y <= article.year()
            && (prev == Some("in")
                || next.is_some_and(|n| lexicon::contains(lexicon::OCCASION_NOUNS, n))
                || words.get(i + 2).is_some_and(|n| lexicon::contains(lexicon::OCCASION_NOUNS, n)))
        {
            let bare = prev == Some("in");
            let at = if bare { i - 1 } else { i };
            return Some(DatePhrase { said: year(y)?, at, len: i + 1 - at, near_cue_only: bare });
        }
        // An ISO date has digits: chrono's parser costs more than the words it would reject.
        if w.bytes().any(|b| b.is_ascii_digit())
            && let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d")
        {
            return Some(DatePhrase::new(day(d), i, 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> NaiveDate {
        // A Saturday.
        NaiveDate::from_ymd_opt(2022, 1, 15).unwrap()
    }

    fn resolve(phrase: &str) -> Option<String> {
        let words: Vec<String> = phrase.split_whitespace().map(|w| w.to_lowercase().replace(['.', ','], "")).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        find_date(&words, article()).and_then(|p| p.said.stated())
    }

    #[test]
    fn weekday_is_the_latest_such_day_on_or_before_the_article_date() {
        assert_eq!(resolve("earlier on Friday").as_deref(), Some("2022-01-14"));
        assert_eq!(resolve("on Thursday").as_deref(), Some("2022-01-13"));
        assert_eq!(resolve("on Saturday").as_deref(), Some("2022-01-15"));
        assert_eq!(resolve("last Saturday").as_deref(), Some("2022-01-08"));
        assert_eq!(resolve("Sunday night").as_deref(), Some("2022-01-09"));
    }

    #[test]
    fn month_and_day_take_the_article_year_unless_that_is_in_the_future() {
        assert_eq!(resolve("on January 10").as_deref(), Some("2022-01-10"));
        assert_eq!(resolve("on Jan. 10").as_deref(), Some("2022-01-10"));
        assert_eq!(resolve("10 January").as_deref(), Some("2022-01-10"));
        assert_eq!(resolve("on December 30").as_deref(), Some("2021-12-30"));
        assert_eq!(resolve("March 3, 2019").as_deref(), Some("2019-03-03"));
    }

    #[test]
    fn month_phrases_have_month_precision() {
        assert_eq!(resolve("Last month").as_deref(), Some("2021-12"));
        assert_eq!(resolve("this month").as_deref(), Some("2022-01"));
        assert_eq!(resolve("in November").as_deref(), Some("2021-11"));
        assert_eq!(resolve("In an April 2015 memo").as_deref(), Some("2015-04"));
    }

    #[test]
    fn relative_days() {
        assert_eq!(resolve("yesterday").as_deref(), Some("2022-01-14"));
        assert_eq!(resolve("last night").as_deref(), Some("2022-01-14"));
        assert_eq!(resolve("today").as_deref(), Some("2022-01-15"));
    }

    #[test]
    fn years_have_year_precision() {
        assert_eq!(resolve("last year").as_deref(), Some("2021"));
        assert_eq!(resolve("earlier this year").as_deref(), Some("2022"));
        assert_eq!(resolve("in 2014").as_deref(), Some("2014"));
        assert_eq!(resolve("in a 2014 interview").as_deref(), Some("2014"));
        assert_eq!(resolve("in his 2004 convention speech").as_deref(), Some("2004"));
        // A year that is no date said: a count, a future year, a plan for one.
        assert_eq!(resolve("2014 delegates"), None);
        assert_eq!(resolve("in 2030"), None);
    }

    #[test]
    fn no_day_is_invented() {
        // The week before 2022-01-15 ran from 3 to 9 January: its month, no day.
        assert_eq!(resolve("last week").as_deref(), Some("2022-01"));
        assert_eq!(resolve("he may go"), None);
        assert_eq!(resolve("on February 30"), None);
    }
}

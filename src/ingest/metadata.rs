//! Article metadata from loose text: publication dates in the forms news files use, and the
//! seed layout's dateline.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use crate::lexicon;

/// Normalise a date or date-time string to ISO (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`).
/// Accepts ISO and RFC 3339/2822 forms, "15 January 2022", "January 15, 2022",
/// "Saturday 15 January 2022 - 10:25", "2022/01/15". Returns None when nothing fits.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.naive_local().format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.naive_local().format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            let fmt = if f.contains("%S") { "%Y-%m-%dT%H:%M:%S" } else { "%Y-%m-%dT%H:%M" };
            return Some(d.format(fmt).to_string());
        }
    }
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    // An ISO date at the start of a longer string ("2016-10-03T12:00:00+0000 extra").
    if s.len() >= 10
        && s.is_char_boundary(10)
        && let Ok(d) = NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d")
    {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    parse_written_date(s)
}

/// "Saturday 15 January 2022 - 10:25", "January 15, 2022", "15 Jan 2022".
fn parse_written_date(s: &str) -> Option<String> {
    let cleaned: String = s.chars().map(|c| if c == ',' || c == '.' { ' ' } else { c }).collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let mut day = None;
    let mut month = None;
    let mut year = None;
    let mut time = None;
    for w in &words {
        let l = w.to_lowercase();
        if let Some(m) = lexicon::month_number(&l) {
            month.get_or_insert(m);
        } else if let Ok(n) = l.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>() {
            if (1000..=9999).contains(&n) {
                year.get_or_insert(n as i32);
            } else if (1..=31).contains(&n) && day.is_none() && l.len() <= 4 {
                day = Some(n);
            }
        } else if let Some((h, m)) = l.split_once(':') {
            if let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.get(..2).unwrap_or(m).parse::<u32>())
                && h < 24
                && m < 60
            {
                time.get_or_insert((h, m));
            }
        } else if !(lexicon::WEEKDAYS.contains(&l.as_str())
            || l == "-"
            || l == "at"
            || l == "on"
            || l == "updated"
            || l == "published")
        {
            // Unknown words: not a date line.
            return None;
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    Some(match time {
        Some((h, m)) => format!("{}T{h:02}:{m:02}", date.format("%Y-%m-%d")),
        None => date.format("%Y-%m-%d").to_string(),
    })
}

/// Whether a line is a dateline of the seed layout: a weekday, a date and usually a time
/// ("Saturday 15 January 2022 - 10:25").
pub fn dateline(line: &str) -> Option<String> {
    let first = line.split_whitespace().next()?.trim_end_matches(',').to_lowercase();
    if !lexicon::WEEKDAYS.contains(&first.as_str()) {
        return None;
    }
    parse_written_date(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms() {
        assert_eq!(normalize_date("2016-10-03").as_deref(), Some("2016-10-03"));
        assert_eq!(normalize_date("2016-10-03T12:30:00Z").as_deref(), Some("2016-10-03T12:30:00"));
        assert_eq!(normalize_date("Mon, 03 Oct 2016 12:30:00 +0000").as_deref(), Some("2016-10-03T12:30:00"));
        assert_eq!(normalize_date("January 15, 2022").as_deref(), Some("2022-01-15"));
        assert_eq!(normalize_date("15 Jan 2022").as_deref(), Some("2022-01-15"));
        assert_eq!(normalize_date("yesterday"), None);
        assert_eq!(normalize_date("Story Code : 12"), None);
    }

    #[test]
    fn seed_dateline() {
        assert_eq!(dateline("Saturday 15 January 2022 - 10:25").as_deref(), Some("2022-01-15T10:25"));
        assert_eq!(dateline("Kremlin Dismisses Reports"), None);
    }
}

//! The data model shared by ingestion, storage, analysis and rendering.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::analysis::stance::Stance;

/// A span of text as Unicode code-point offsets, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// Number of code points covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// An article as read from its source, before extraction.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The input's own identifier (JSON `id` or `url`), if it has one.
    pub external_id: Option<String>,
    /// Where it came from: a file name, `file:line` for JSONL, or `-` for stdin.
    pub source: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date and time as given, ISO (`2022-01-15` or `2022-01-15T10:25`).
    pub published: Option<String>,
    /// Publisher (outlet) of the article.
    pub outlet: Option<String>,
    /// A publisher's story number, where the layout carries one.
    pub story_code: Option<String>,
    /// Address of the page, where known.
    pub url: Option<String>,
    /// Body text; every offset in the statements indexes into it.
    pub text: String,
}

impl Article {
    /// The publication day, used to resolve relative dates ("on Friday").
    pub fn date(&self) -> Option<NaiveDate> {
        self.published.as_deref().and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok())
    }

    /// The identifier shown to users and written as `article` in predictions: the input's
    /// id, else the file name it came from.
    pub fn display_id(&self) -> &str {
        self.external_id.as_deref().unwrap_or_else(|| self.source.rsplit(['/', '\\']).next().unwrap_or(&self.source))
    }

    /// Content hash of what identifies the article (text, title, date), hex.
    pub fn content_hash(&self) -> String {
        let mut h = blake3::Hasher::new();
        h.update(self.text.as_bytes());
        h.update(b"\0");
        h.update(self.title.as_deref().unwrap_or("").as_bytes());
        h.update(b"\0");
        h.update(self.published.as_deref().unwrap_or("").as_bytes());
        h.finalize().to_hex()[..32].to_string()
    }
}

/// Whether a statement is quoted verbatim, paraphrased, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Entirely inside quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech that contains a partial quotation.
    Mixed,
}

impl QuoteKind {
    /// The lowercase name used in storage and output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
    /// Parse the lowercase name.
    pub fn parse(s: &str) -> Option<QuoteKind> {
        match s {
            "direct" => Some(QuoteKind::Direct),
            "indirect" => Some(QuoteKind::Indirect),
            "mixed" => Some(QuoteKind::Mixed),
            _ => None,
        }
    }
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person ("Sergei Ryabkov").
    Person,
    /// A person or people described but not named ("a senior US official").
    Description,
    /// An institution, government, company, or a capital standing for one ("the Kremlin", "Moscow").
    Organization,
    /// A collective ("Western governments", "critics").
    Group,
    /// A pronoun or phrase that could not be tied to anyone.
    Unknown,
}

impl SpeakerKind {
    /// The lowercase name used in storage and output.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Description => "description",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
            SpeakerKind::Unknown => "unknown",
        }
    }
    /// Parse the lowercase name.
    pub fn parse(s: &str) -> Option<SpeakerKind> {
        Some(match s {
            "person" => SpeakerKind::Person,
            "description" => SpeakerKind::Description,
            "organization" => SpeakerKind::Organization,
            "group" => SpeakerKind::Group,
            "unknown" => SpeakerKind::Unknown,
            _ => return None,
        })
    }
}

/// Who made a statement, as written and as resolved within the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The words of this mention ("Ryabkov", "the official", "he").
    pub surface: String,
    /// The fullest name or description the article gives for this speaker ("Sergei Ryabkov").
    pub name: String,
    /// Title or role found with the name ("Russian Deputy Foreign Minister").
    pub role: Option<String>,
    /// What sort of source this is.
    pub kind: SpeakerKind,
}

/// How precisely the date a statement was made is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// The text gives the day.
    Day,
    /// The text gives the month only ("last month").
    Month,
    /// The text gives the year only ("last year", "in a 2014 interview").
    Year,
    /// The text gives no date; the article's date stands in for it.
    Approximate,
    /// Neither the text nor the article gives a date.
    Unknown,
}

impl DatePrecision {
    /// The lowercase name used in storage and output.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Approximate => "approximate",
            DatePrecision::Unknown => "unknown",
        }
    }
    /// Parse the lowercase name.
    pub fn parse(s: &str) -> Option<DatePrecision> {
        Some(match s {
            "day" => DatePrecision::Day,
            "month" => DatePrecision::Month,
            "year" => DatePrecision::Year,
            "approximate" => DatePrecision::Approximate,
            "unknown" => DatePrecision::Unknown,
            _ => return None,
        })
    }
}

/// When a statement was made, with how sure we are of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaidDate {
    /// The day (the first of the month or of the year for month or year precision), if any.
    pub date: Option<NaiveDate>,
    /// How the date was obtained.
    pub precision: DatePrecision,
}

impl SaidDate {
    /// No date at all.
    pub const UNKNOWN: SaidDate = SaidDate { date: None, precision: DatePrecision::Unknown };

    /// The date the text itself gives, as ISO: `2022-01-14`, `2021-12` for a month, `2021` for
    /// a year.
    /// `None` when the text gives no date (approximate or unknown).
    pub fn stated(&self) -> Option<String> {
        let d = self.date?;
        match self.precision {
            DatePrecision::Day => Some(d.format("%Y-%m-%d").to_string()),
            DatePrecision::Month => Some(d.format("%Y-%m").to_string()),
            DatePrecision::Year => Some(d.format("%Y").to_string()),
            _ => None,
        }
    }

    /// For display: the stated date, or the article's date marked with `~`.
    pub fn display(&self) -> String {
        match (self.stated(), self.date) {
            (Some(s), _) => s,
            (None, Some(d)) => format!("~{}", d.format("%Y-%m-%d")),
            (None, None) => String::new(),
        }
    }

    /// A sortable ISO day for any precision (month precision gives its first day).
    pub fn sort_key(&self) -> Option<String> {
        use chrono::Datelike;
        self.date.map(|d| {
            // As `d.format("%Y-%m-%d")` writes it, without parsing the format each time (a
            // load writes this twice per statement); chrono itself for years it signs.
            if (0..=9999).contains(&d.year()) {
                // Digit by digit: `format!` was most of the time it took.
                let (y, m, day) = (d.year() as u32, d.month(), d.day());
                let digits = [y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, day / 10, day % 10];
                let mut key = String::with_capacity(10);
                for (i, n) in digits.into_iter().enumerate() {
                    if i == 4 || i == 6 {
                        key.push('-');
                    }
                    key.push(char::from(b'0' + n as u8));
                }
                key
            } else {
                d.format("%Y-%m-%d").to_string()
            }
        })
    }
}

/// One reported statement found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The attributed content as it appears in the text.
    pub content: String,
    /// Where the content is in the article text.
    pub content_span: Span,
    /// Direct, indirect or mixed quotation.
    pub kind: QuoteKind,
    /// The cue as written, discontinuous parts joined by " ... " ("was quoted by ... as saying").
    pub cue: String,
    /// Where the cue's main word is.
    pub cue_span: Option<Span>,
    /// Who made the statement, if anyone can be named.
    pub speaker: Option<Speaker>,
    /// Where the speaker's mention is.
    pub speaker_span: Option<Span>,
    /// True when the speaker is not identified by name.
    pub anonymous: bool,
    /// The outlet that carried the statement (never the article's own publisher).
    pub relay: Option<String>,
    /// Claim, denial or neutral.
    pub stance: Stance,
    /// When it was said.
    pub said_on: SaidDate,
    /// Index of the sentence (in article order) holding the cue.
    pub sentence: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_are_chrono_s_iso_days() {
        let years = [-10_000, -1, 0, 1, 9, 99, 999, 1000, 1999, 2024, 9999, 10_000, 262_000];
        for y in years {
            for (m, d) in [(1, 1), (2, 29), (9, 30), (12, 31)] {
                let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else { continue };
                let said = SaidDate { date: Some(date), precision: DatePrecision::Day };
                assert_eq!(said.sort_key(), Some(date.format("%Y-%m-%d").to_string()), "{date:?}");
            }
        }
        assert_eq!(SaidDate { date: None, precision: DatePrecision::Day }.sort_key(), None);
    }
}

//! What a claim group amounts to: outlets, speakers, dates, the share of anonymous sources,
//! and its independent origins once relays and wire copies are collapsed to first-hand
//! sources. Also the word-level diff of a statement against the group's wording.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::render::{Tabular, ellipsize};
use crate::store::StatementRow;

/// One claim group, summarised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupSummary {
    /// Group id.
    pub group_id: i64,
    /// The wording shown for the group.
    pub representative: String,
    /// Statements in the group.
    pub statements: usize,
    /// Of which claims.
    pub claims: usize,
    /// Of which denials.
    pub denials: usize,
    /// Articles they come from.
    pub articles: usize,
    /// Publishers of those articles.
    pub outlets: Vec<String>,
    /// Speakers (canonical names).
    pub speakers: Vec<String>,
    /// Earliest date said (or article date).
    pub first_said: Option<String>,
    /// Latest date said (or article date).
    pub last_said: Option<String>,
    /// Share of statements by anonymous speakers.
    pub anonymous_share: f64,
    /// First-hand sources, relays collapsed: "TASS citing Peskov", "an anonymous US official".
    pub origins: Vec<String>,
}

/// The day a statement is dated by: the stated day, else its article's date.
pub fn dated(s: &StatementRow) -> Option<String> {
    s.said_on.clone().or_else(|| s.published.as_deref().map(|p| p[..p.len().min(10)].to_string()))
}

/// First-hand sources of a set of statements: one per speaker (anonymous descriptions by
/// their description), however many outlets relayed or copied them.
pub fn independent_origins(statements: &[StatementRow]) -> Vec<String> {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut order = Vec::new();
    for s in statements {
        let name = s.speaker.clone().unwrap_or_else(|| "unknown source".to_string());
        let key = format!("{}:{}", s.anonymous, name.to_lowercase());
        if seen.contains_key(&key) {
            continue;
        }
        let who = if s.anonymous { format!("an anonymous {name}") } else { name };
        let label = match &s.relay {
            Some(r) => format!("{r} citing {who}"),
            None => who,
        };
        seen.insert(key.clone(), label);
        order.push(key);
    }
    order.into_iter().map(|k| seen.remove(&k).expect("every key was inserted")).collect()
}

/// Summarise a group from its statements.
pub fn summarize(group_id: i64, representative_id: Option<i64>, statements: &[StatementRow]) -> GroupSummary {
    let representative = statements
        .iter()
        .find(|s| s.statement_id == representative_id)
        .or_else(|| statements.first())
        .map(|s| s.content.clone())
        .unwrap_or_default();
    // By stored id where there is one: two articles may share a file name.
    let articles: BTreeSet<(Option<i64>, &str)> =
        statements.iter().map(|s| (s.article_id, s.article.as_str())).collect();
    let outlets: BTreeSet<String> = statements.iter().filter_map(|s| s.outlet.clone()).collect();
    let mut speakers: Vec<String> = Vec::new();
    for s in statements {
        if let Some(n) = &s.speaker
            && !speakers.contains(n)
        {
            speakers.push(n.clone());
        }
    }
    let dates: Vec<String> = statements.iter().filter_map(dated).collect();
    let anonymous = statements.iter().filter(|s| s.anonymous).count();
    GroupSummary {
        group_id,
        representative,
        statements: statements.len(),
        claims: statements.iter().filter(|s| s.stance == "claim").count(),
        denials: statements.iter().filter(|s| s.stance == "denial").count(),
        articles: articles.len(),
        outlets: outlets.into_iter().collect(),
        speakers,
        first_said: dates.iter().min().cloned(),
        last_said: dates.iter().max().cloned(),
        anonymous_share: if statements.is_empty() { 0.0 } else { anonymous as f64 / statements.len() as f64 },
        origins: independent_origins(statements),
    }
}

impl GroupSummary {
    /// "6 statements in 4 articles, 3 outlets, 2 independent origins: TASS citing Peskov; an
    /// anonymous US official".
    pub fn origins_line(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{} in {}, {}, {}: {}",
            plural(self.statements, "statement", "statements"),
            plural(self.articles, "article", "articles"),
            plural(self.outlets.len(), "outlet", "outlets"),
            plural(self.origins.len(), "independent origin", "independent origins"),
            self.origins.join("; ")
        )
    }
}

impl Tabular for GroupSummary {
    fn headers() -> Vec<&'static str> {
        vec!["group", "claim", "statements", "outlets", "origins", "anon", "first", "last"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.group_id.to_string(),
            ellipsize(&self.representative, 160),
            format!("{} ({} denials)", self.statements, self.denials),
            self.outlets.join(", "),
            self.origins.join("; "),
            format!("{:.0}%", self.anonymous_share * 100.0),
            self.first_said.clone().unwrap_or_default(),
            self.last_said.clone().unwrap_or_default(),
        ]
    }
}

/// What kind of change a diff part is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// In both.
    Same,
    /// Only in the statement.
    Added,
    /// Only in the representative wording.
    Removed,
}

/// One run of words of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffPart {
    /// Same, added or removed.
    pub change: Change,
    /// The words.
    pub text: String,
    /// Why a change matters, when it does: "number", "negation" or "hedge".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notable: Option<&'static str>,
}

const NEGATIONS: &[&str] = &["never", "no", "none", "nor", "not", "n't", "nothing", "without"];
const HEDGES: &[&str] = &[
    "allegedly",
    "apparently",
    "could",
    "likely",
    "may",
    "might",
    "perhaps",
    "possibly",
    "probably",
    "reportedly",
    "should",
    "would",
];

fn notable(word: &str) -> Option<&'static str> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase();
    if w.chars().any(|c| c.is_ascii_digit()) {
        Some("number")
    } else if NEGATIONS.contains(&w.as_str()) || w.ends_with("n't") {
        Some("negation")
    } else if HEDGES.contains(&w.as_str()) {
        Some("hedge")
    } else {
        None
    }
}

/// Word-level diff of `text` against `base` (longest common subsequence of words, compared
/// case-insensitively), with changed numbers, negations and hedges flagged.
pub fn word_diff(base: &str, text: &str) -> Vec<DiffPart> {
    let a: Vec<&str> = base.split_whitespace().collect();
    let b: Vec<&str> = text.split_whitespace().collect();
    let norm = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let (an, bn): (Vec<String>, Vec<String>) =
        (a.iter().map(|w| norm(w)).collect(), b.iter().map(|w| norm(w)).collect());
    // Long texts are compared in full only up to a size the quadratic table can afford.
    if a.len() * b.len() > 4_000_000 {
        return vec![DiffPart { change: Change::Added, text: text.to_string(), notable: None }];
    }
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if an[i] == bn[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut words: Vec<(Change, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && an[i] == bn[j] {
            words.push((Change::Same, b[j]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            words.push((Change::Removed, a[i]));
            i += 1;
        } else {
            words.push((Change::Added, b[j]));
            j += 1;
        }
    }
    let mut parts: Vec<DiffPart> = Vec::new();
    for (change, w) in words {
        let flag = if change == Change::Same { None } else { notable(w) };
        match parts.last_mut() {
            Some(p) if p.change == change => {
                p.text.push(' ');
                p.text.push_str(w);
                p.notable = p.notable.or(flag);
            }
            _ => parts.push(DiffPart { change, text: w.to_string(), notable: flag }),
        }
    }
    parts
}

/// A diff as plain text: `[-removed-]` and `{+added+}`, notable changes marked with `!`.
pub fn diff_text(parts: &[DiffPart]) -> String {
    parts
        .iter()
        .map(|p| {
            let bang = if p.notable.is_some() { "!" } else { "" };
            match p.change {
                Change::Same => p.text.clone(),
                Change::Added => format!("{{+{bang}{}+}}", p.text),
                Change::Removed => format!("[-{bang}{}-]", p.text),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(speaker: &str, relay: Option<&str>, anonymous: bool, outlet: &str) -> StatementRow {
        StatementRow {
            statement_id: None,
            article: format!("{outlet}-1"),
            speaker: Some(speaker.into()),
            content: "x".into(),
            content_start: 0,
            content_end: 1,
            cue: "said".into(),
            relay: relay.map(str::to_string),
            anonymous,
            stance: "claim".into(),
            said_on: None,
            kind: "indirect".into(),
            speaker_surface: None,
            speaker_role: None,
            speaker_kind: None,
            said_precision: "unknown".into(),
            published: Some("2022-01-15".into()),
            title: None,
            outlet: Some(outlet.into()),
            article_id: None,
            group_id: None,
        }
    }

    #[test]
    fn relays_and_copies_collapse_to_first_hand_sources() {
        let rows = vec![
            row("Peskov", Some("TASS"), false, "Reuters"),
            row("Peskov", Some("TASS"), false, "AP"),
            row("Peskov", None, false, "BBC"),
            row("US official", Some("US news agencies"), true, "Reuters"),
            row("US official", None, true, "CNN"),
            row("US official", None, true, "Fox"),
        ];
        assert_eq!(
            independent_origins(&rows),
            ["TASS citing Peskov", "US news agencies citing an anonymous US official"]
        );
        let s = summarize(7, None, &rows);
        assert_eq!(s.outlets.len(), 5);
        assert_eq!(
            s.origins_line(),
            "6 statements in 5 articles, 5 outlets, 2 independent origins: TASS citing Peskov; US news agencies citing an anonymous US official"
        );
        assert!((s.anonymous_share - 0.5).abs() < 1e-9);
    }

    #[test]
    fn diff_flags_numbers_negations_and_hedges() {
        let d = word_diff("Apple will sell 19 million watches", "Apple may not sell 24 million watches");
        let text = diff_text(&d);
        assert_eq!(text, "Apple [-will-] {+!may not+} sell [-!19-] {+!24+} million watches");
        assert_eq!(d.iter().filter(|p| p.notable == Some("number")).count(), 2);
    }
}

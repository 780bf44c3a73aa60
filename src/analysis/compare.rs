//! Claim/denial pairing: each denial is matched with the claim it most likely answers.
//!
//! A denial answers a claim by someone else. Within one article the nearest claim before it
//! weighs most (news prose states a claim, then the response), and shared wording adds to
//! that; across articles only the wording counts, above a floor.

use serde::Serialize;

use crate::store::StatementRow;

/// Least wording similarity for a denial to answer a claim of another article.
pub const CROSS_ARTICLE_FLOOR: f64 = 0.35;

/// One line of the side-by-side table: a claim and the denials that answer it. A denial
/// that answers no listed claim has no claim.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    /// The claim, if any.
    pub claim: Option<StatementRow>,
    /// Denials answering it, in text order.
    pub denials: Vec<StatementRow>,
}

/// Lowercase word stems of a text: content words only, crude suffixes removed, so
/// "accusations" and "accused" meet.
fn stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3)
        .map(|w| {
            let w = w.to_lowercase();
            let mut s = w.as_str();
            for suf in ["ations", "ation", "ings", "ing", "ions", "ion", "ers", "ed", "es", "s"] {
                if s.len() > suf.len() + 3
                    && let Some(x) = s.strip_suffix(suf)
                {
                    s = x;
                    break;
                }
            }
            s.chars().take(6).collect()
        })
        .collect()
}

/// Wording similarity in 0..=1: stem-set overlap blended with Sørensen–Dice on the text.
pub fn wording_similarity(a: &str, b: &str) -> f64 {
    let sa: std::collections::BTreeSet<String> = stems(a).into_iter().collect();
    let sb: std::collections::BTreeSet<String> = stems(b).into_iter().collect();
    let overlap = if sa.is_empty() || sb.is_empty() {
        0.0
    } else {
        sa.intersection(&sb).count() as f64 / sa.len().min(sb.len()) as f64
    };
    let dice = strsim::sorensen_dice(&a.to_lowercase(), &b.to_lowercase());
    0.6 * overlap + 0.4 * dice
}

/// How strongly `denial` answers `claim` (0 = not at all).
pub fn answer_score(claim: &StatementRow, denial: &StatementRow) -> f64 {
    if claim.speaker.is_some() && claim.speaker == denial.speaker {
        return 0.0;
    }
    let sim = wording_similarity(&claim.content, &denial.content);
    if claim.article_id.is_some() && claim.article_id == denial.article_id {
        // Characters between them, in rough sentences.
        let before = claim.content_start <= denial.content_start;
        let dist = claim.content_start.abs_diff(denial.content_start) as f64 / 150.0;
        let proximity = if before { 1.0 / (1.0 + dist) } else { 0.2 / (1.0 + dist) };
        0.5 + proximity + sim
    } else if sim >= CROSS_ARTICLE_FLOOR {
        sim
    } else {
        0.0
    }
}

/// Pair each denial with the claim it answers best. Claims keep their order; denials that
/// answer none come last, each on its own row.
pub fn pair_denials(claims: Vec<StatementRow>, denials: Vec<StatementRow>) -> Vec<ComparisonRow> {
    // A claim reported inside another claim of the same article ("the official said the
    // administration believes ...") is answered through the claim around it.
    let nested: Vec<bool> = claims
        .iter()
        .map(|c| {
            claims.iter().any(|o| {
                o.article_id == c.article_id
                    && o.statement_id != c.statement_id
                    && o.content_start <= c.content_start
                    && c.content_end <= o.content_end
            })
        })
        .collect();
    let mut rows: Vec<ComparisonRow> =
        claims.into_iter().map(|c| ComparisonRow { claim: Some(c), denials: Vec::new() }).collect();
    let mut unanswered = Vec::new();
    for d in denials {
        let best = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let score = answer_score(r.claim.as_ref().expect("claim rows"), &d);
                (i, if nested[i] { score * 0.5 } else { score })
            })
            .filter(|(_, s)| *s > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((i, _)) => rows[i].denials.push(d),
            None => unanswered.push(ComparisonRow { claim: None, denials: vec![d] }),
        }
    }
    rows.extend(unanswered);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(article: i64, start: usize, speaker: &str, content: &str, stance: &str) -> StatementRow {
        StatementRow {
            statement_id: Some(start as i64),
            article: format!("a{article}"),
            speaker: Some(speaker.into()),
            content: content.into(),
            content_start: start,
            content_end: start + content.len(),
            cue: "said".into(),
            relay: None,
            anonymous: false,
            stance: stance.into(),
            said_on: None,
            kind: "indirect".into(),
            speaker_surface: None,
            speaker_role: None,
            speaker_kind: None,
            said_precision: "unknown".into(),
            published: None,
            title: None,
            outlet: None,
            article_id: Some(article),
        }
    }

    #[test]
    fn a_denial_answers_the_nearest_earlier_claim_of_another_speaker() {
        let claims = vec![
            row(1, 0, "official", "Moscow is planning a false flag operation", "claim"),
            row(1, 900, "Western governments", "Russia is planning an invasion", "claim"),
        ];
        let denials = vec![
            row(1, 400, "Peskov", "the accusations were unfounded", "denial"),
            row(1, 1000, "Moscow", "the allegation", "denial"),
        ];
        let rows = pair_denials(claims, denials);
        assert_eq!(rows[0].denials[0].speaker.as_deref(), Some("Peskov"));
        assert_eq!(rows[1].denials[0].speaker.as_deref(), Some("Moscow"));
    }

    #[test]
    fn across_articles_only_similar_wording_pairs() {
        let claims = vec![row(1, 0, "A", "the ministry will raise fuel taxes next year", "claim")];
        let denials = vec![
            row(2, 0, "B", "the ministry denied it will raise fuel taxes", "denial"),
            row(3, 0, "C", "the match was postponed by rain", "denial"),
        ];
        let rows = pair_denials(claims, denials);
        assert_eq!(rows[0].denials.len(), 1);
        assert_eq!(rows[0].denials[0].speaker.as_deref(), Some("B"));
        assert!(rows[1].claim.is_none());
    }

    #[test]
    fn nobody_answers_their_own_claim() {
        let claims = vec![row(1, 0, "A", "x will happen", "claim")];
        let denials = vec![row(1, 100, "A", "x will not happen", "denial")];
        let rows = pair_denials(claims, denials);
        assert!(rows[0].denials.is_empty());
    }
}

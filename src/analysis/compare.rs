//! The claim/denial comparison for a topic: one row per claim group that the topic matches,
//! its claims beside the denials that answer them (denials in the group, and denials linked
//! to one of its claims even when they never repeat the topic's words).

use std::collections::BTreeSet;

use anyhow::Result;
use serde::Serialize;

use crate::analysis::origins::{GroupSummary, summarize};
use crate::store::{StatementFilter, StatementRow, Store};

/// How many topic matches are considered when building the rows.
const MATCHES: usize = 2_000;

/// One line of the side-by-side table.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    /// The claim group, when the claims belong to one.
    pub group: Option<GroupSummary>,
    /// Claims, in date order.
    pub claims: Vec<StatementRow>,
    /// Denials answering them, in date order.
    pub denials: Vec<StatementRow>,
}

fn push_unique(out: &mut Vec<StatementRow>, seen: &mut BTreeSet<i64>, rows: impl IntoIterator<Item = StatementRow>) {
    for r in rows {
        if let Some(id) = r.statement_id
            && seen.insert(id)
        {
            out.push(r);
        }
    }
}

/// Rows for a topic: claim groups (or single claims) whose statements match it, largest
/// first, then denials matching the topic that answer none of those claims.
pub fn compare(store: &Store, topic: &str, limit: usize) -> Result<Vec<ComparisonRow>> {
    let matched = store.statements(&StatementFilter {
        topic: Some(topic.to_string()),
        limit: Some(MATCHES),
        ..Default::default()
    })?;
    // Only the groups with the most statements and linked denials can make the table: their
    // statements are read, the others' are only counted (a topic can touch thousands).
    let mut weights: Vec<(i64, i64)> = Vec::new();
    let mut weighed: BTreeSet<i64> = BTreeSet::new();
    for g in matched.iter().filter(|m| m.stance == "claim").filter_map(|m| m.group_id) {
        if weighed.insert(g) {
            weights.push((g, store.group_weight(g)?));
        }
    }
    weights.sort_by_key(|&(id, weight)| (std::cmp::Reverse(weight), id));
    let wanted: BTreeSet<i64> = weights.iter().take(limit.saturating_mul(2)).map(|&(id, _)| id).collect();
    let mut rows: Vec<ComparisonRow> = Vec::new();
    let mut shown: BTreeSet<i64> = BTreeSet::new();
    let mut groups_done: BTreeSet<i64> = BTreeSet::new();
    for m in matched.iter().filter(|m| m.stance == "claim") {
        let (group, members) = match m.group_id {
            Some(g) if !wanted.contains(&g) => continue,
            Some(g) if groups_done.insert(g) => {
                let members = store.group_statements(g)?;
                (Some(summarize(g, store.group_representative(g)?, &members)), members)
            }
            Some(_) => continue,
            None => (None, vec![m.clone()]),
        };
        let mut claims = Vec::new();
        let mut denials = Vec::new();
        let mut seen = BTreeSet::new();
        push_unique(&mut claims, &mut seen, members.iter().filter(|s| s.stance == "claim").cloned());
        push_unique(&mut denials, &mut seen, members.into_iter().filter(|s| s.stance == "denial"));
        match m.group_id {
            Some(g) => push_unique(&mut denials, &mut seen, store.denials_answering(g)?),
            None => push_unique(&mut denials, &mut seen, store.denials_answering_claim(m.statement_id.unwrap_or(-1))?),
        }
        shown.extend(seen);
        rows.push(ComparisonRow { group, claims, denials });
    }
    // Groups with the most statements, then the most denials, first.
    rows.sort_by_key(|r| (std::cmp::Reverse(r.claims.len() + r.denials.len()), std::cmp::Reverse(r.denials.len())));
    rows.truncate(limit);
    for d in matched.into_iter().filter(|m| m.stance == "denial") {
        if d.statement_id.is_some_and(|id| !shown.contains(&id)) && rows.len() < limit {
            shown.extend(d.statement_id);
            rows.push(ComparisonRow { group: None, claims: Vec::new(), denials: vec![d] });
        }
    }
    Ok(rows)
}

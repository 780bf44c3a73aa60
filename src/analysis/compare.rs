//! The claim/denial comparison for a topic: one row per claim group that the topic matches,
//! its claims beside the denials that answer them (denials in the group, and denials linked
//! to one of its claims even when they never repeat the topic's words).

use std::collections::BTreeSet;

use anyhow::Result;
use serde::Serialize;

use crate::analysis::digest::{self, GroupDigest};
use crate::analysis::origins::{GroupSummary, summarize};
use crate::store::{StatementFilter, StatementRow, Store};

/// How many topic matches are considered when building the rows.
const MATCHES: usize = 2_000;

/// One line of the side-by-side table.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    /// The claim group, when the claims belong to one.
    pub group: Option<GroupSummary>,
    /// Claims, in date order (only the first ones from [`compare_first`]).
    pub claims: Vec<StatementRow>,
    /// Denials answering them, in date order (only the first ones from [`compare_first`]).
    pub denials: Vec<StatementRow>,
    /// How many claims the row has in all.
    #[serde(skip)]
    pub claims_total: usize,
    /// How many denials the row has in all.
    #[serde(skip)]
    pub denials_total: usize,
}

impl ComparisonRow {
    fn new(group: Option<GroupSummary>, claims: Vec<StatementRow>, denials: Vec<StatementRow>) -> ComparisonRow {
        let (claims_total, denials_total) = (claims.len(), denials.len());
        ComparisonRow { group, claims, denials, claims_total, denials_total }
    }
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

/// A group read in full: its summary, its claims, and its denials followed by the denials
/// linked to its claims (each statement once).
pub(crate) fn group_rows(store: &Store, g: i64) -> Result<(GroupSummary, Vec<StatementRow>, Vec<StatementRow>)> {
    let members = store.group_statements(g)?;
    let summary = summarize(g, store.group_representative(g)?, &members);
    let mut claims = Vec::new();
    let mut denials = Vec::new();
    let mut seen = BTreeSet::new();
    push_unique(&mut claims, &mut seen, members.iter().filter(|s| s.stance == "claim").cloned());
    push_unique(&mut denials, &mut seen, members.into_iter().filter(|s| s.stance == "denial"));
    push_unique(&mut denials, &mut seen, store.denials_answering(g)?);
    Ok((summary, claims, denials))
}

/// A row in the making: read in full, or a group known by its digest.
enum Candidate {
    Read(ComparisonRow),
    Digest(i64, GroupDigest),
}

impl Candidate {
    /// Claims and denials in all.
    fn totals(&self) -> (usize, usize) {
        match self {
            Candidate::Read(r) => (r.claims_total, r.denials_total),
            Candidate::Digest(_, d) => (d.claims, d.denials),
        }
    }
}

/// Rows for a topic: claim groups (or single claims) whose statements match it, largest
/// first, then denials matching the topic that answer none of those claims.
pub fn compare(store: &Store, topic: &str, limit: usize) -> Result<Vec<ComparisonRow>> {
    rows(store, topic, limit, None)
}

/// The rows of [`compare`] with only the first `first` claims and denials of each (the
/// totals are counted all the same): for a table that shows only the first few. Groups with
/// a digest are not read in full.
pub fn compare_first(store: &Store, topic: &str, limit: usize, first: usize) -> Result<Vec<ComparisonRow>> {
    rows(store, topic, limit, Some(first))
}

fn rows(store: &Store, topic: &str, limit: usize, first: Option<usize>) -> Result<Vec<ComparisonRow>> {
    let matched = store.statements(&StatementFilter {
        topic: Some(topic.to_string()),
        limit: Some(MATCHES),
        ..Default::default()
    })?;
    // Only the groups with the most statements and linked denials can make the table: their
    // rows are made, the others' are only weighed (a topic can touch thousands).
    let mut weights: Vec<(i64, i64)> = Vec::new();
    let mut weighed: BTreeSet<i64> = BTreeSet::new();
    for g in matched.iter().filter(|m| m.stance == "claim").filter_map(|m| m.group_id) {
        if weighed.insert(g) {
            let weight = match store.group_digest_weight(g)? {
                Some(w) => w,
                None => store.group_weight(g)?,
            };
            weights.push((g, weight));
        }
    }
    weights.sort_by_key(|&(id, weight)| (std::cmp::Reverse(weight), id));
    let wanted: BTreeSet<i64> = weights.iter().take(limit.saturating_mul(2)).map(|&(id, _)| id).collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    // Groups and single claims made into rows: a denial listed in one of them gets no row
    // of its own.
    let mut groups_done: BTreeSet<i64> = BTreeSet::new();
    let mut claims_done: BTreeSet<i64> = BTreeSet::new();
    for m in matched.iter().filter(|m| m.stance == "claim") {
        match m.group_id {
            Some(g) if !wanted.contains(&g) => continue,
            Some(g) if groups_done.insert(g) => match digest::stored(store, g)? {
                Some(d) => candidates.push(Candidate::Digest(g, d)),
                None => {
                    let (summary, claims, denials) = group_rows(store, g)?;
                    candidates.push(Candidate::Read(ComparisonRow::new(Some(summary), claims, denials)));
                }
            },
            Some(_) => continue,
            None => {
                claims_done.extend(m.statement_id);
                let mut claims = Vec::new();
                let mut denials = Vec::new();
                let mut seen = BTreeSet::new();
                push_unique(&mut claims, &mut seen, [m.clone()]);
                push_unique(&mut denials, &mut seen, store.denials_answering_claim(m.statement_id.unwrap_or(-1))?);
                candidates.push(Candidate::Read(ComparisonRow::new(None, claims, denials)));
            }
        }
    }
    // Groups with the most statements, then the most denials, first.
    candidates.sort_by_key(|c| {
        let (claims, denials) = c.totals();
        (std::cmp::Reverse(claims + denials), std::cmp::Reverse(denials))
    });
    candidates.truncate(limit);
    let mut rows = Vec::with_capacity(candidates.len());
    for c in candidates {
        rows.push(finish_row(store, c, first)?);
    }
    let mut shown: BTreeSet<i64> = BTreeSet::new();
    for d in matched.into_iter().filter(|m| m.stance == "denial") {
        if rows.len() >= limit {
            break;
        }
        let Some(id) = d.statement_id else { continue };
        // Listed by a group made into a row (its own denial, or one linked to its claims),
        // or linked to a single claim made into a row.
        let listed = d.group_id.is_some_and(|g| groups_done.contains(&g))
            || store.denial_link(id)?.is_some_and(|(claim, group)| {
                claims_done.contains(&claim) || group.is_some_and(|g| groups_done.contains(&g))
            });
        if !listed && shown.insert(id) {
            rows.push(ComparisonRow::new(None, Vec::new(), vec![d]));
        }
    }
    Ok(rows)
}

/// A row as shown: groups known by their digest read now, in full or their first
/// statements only.
fn finish_row(store: &Store, c: Candidate, first: Option<usize>) -> Result<ComparisonRow> {
    let mut row = match c {
        Candidate::Digest(_, d) if first.is_some_and(|n| n <= digest::FIRST) => {
            let n = first.unwrap_or(digest::FIRST);
            let claims = store.statements_by_id(&d.first_claims[..n.min(d.first_claims.len())])?;
            let denials = store.statements_by_id(&d.first_denials[..n.min(d.first_denials.len())])?;
            return Ok(ComparisonRow {
                group: Some(d.summary),
                claims,
                denials,
                claims_total: d.claims,
                denials_total: d.denials,
            });
        }
        Candidate::Digest(g, _) => {
            let (summary, claims, denials) = group_rows(store, g)?;
            ComparisonRow::new(Some(summary), claims, denials)
        }
        Candidate::Read(r) => r,
    };
    if let Some(n) = first {
        row.claims.truncate(n);
        row.denials.truncate(n);
    }
    Ok(row)
}

//! Digests of claim groups: what `whosaid groups` and `compare` show of a group (its
//! summary, how many claims and denials it lists and the first of each), worked out from all
//! its members once, when grouping finishes, and stored beside the group. Those commands then
//! read one row per group instead of every member: the groups of a wire story hold hundreds
//! of copies.
//!
//! A digest is made by the same code that summarises a group read in full
//! ([`summarize`], and the rows of [`crate::analysis::compare`]), so the output is the same
//! either way; a group whose digest is missing or out of date (the store deletes it with every
//! write that changes the group) is read in full.

use std::collections::BTreeSet;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::analysis::origins::{GroupSummary, summarize};
use crate::store::Store;

/// Ids of a group's first claims and first denials kept in its digest (a table cell of
/// `compare` shows four).
pub const FIRST: usize = 8;

/// Groups smaller than this get no digest: reading a few members costs less than keeping
/// one (most groups of a small load hold one statement).
pub const MIN_SIZE: i64 = 4;

/// Groups digested per transaction.
const PER_TRANSACTION: usize = 500;

/// What `groups` and `compare` show of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupDigest {
    /// The group's summary, as [`summarize`] gives it from all the members.
    pub summary: GroupSummary,
    /// Claims in the group.
    pub claims: usize,
    /// The first [`FIRST`] of them, by date said then id.
    pub first_claims: Vec<i64>,
    /// The group's denials and the denials linked to its claims, each once.
    pub denials: usize,
    /// The first [`FIRST`] of them: the group's own by date said then id, then the linked ones.
    pub first_denials: Vec<i64>,
    /// Statements by anonymous speakers: the summary's share is worked out again from it
    /// (a share written as decimal text need not read back to the same bits).
    pub anonymous: usize,
}

/// Make the digest of every group of [`MIN_SIZE`] or more that lacks an up-to-date one;
/// returns how many were made.
pub fn refresh(store: &mut Store) -> Result<usize> {
    let mut after = 0;
    let mut made = 0;
    let mut articles = crate::store::ArticleDates::default();
    loop {
        let wanted = store.groups_without_digest(after, MIN_SIZE, PER_TRANSACTION)?;
        let Some(&(last, _)) = wanted.last() else { break };
        let mut digests = Vec::with_capacity(wanted.len());
        for (group, size) in wanted {
            let (digest, links) = make(store, group, &mut articles)?;
            digests.push((group, size, size + links, serde_json::to_string(&digest)?));
        }
        made += digests.len();
        store.save_group_digests(&digests)?;
        after = last;
    }
    Ok(made)
}

/// A group's up-to-date digest, if it has one.
pub fn stored(store: &Store, group_id: i64) -> Result<Option<GroupDigest>> {
    Ok(match store.group_digest(group_id)? {
        // One that does not parse (written by another build) is as good as none.
        Some((_, text)) => serde_json::from_str::<GroupDigest>(&text).ok().map(|mut d| {
            let s = &mut d.summary;
            s.anonymous_share = share(d.anonymous, s.statements);
            d
        }),
        None => None,
    })
}

/// A group's digest and the number of denials linked to its claims.
fn make(store: &Store, group_id: i64, articles: &mut crate::store::ArticleDates) -> Result<(GroupDigest, i64)> {
    let members = store.group_members_outline_with(group_id, articles)?;
    let representative = store.group_representative(group_id)?;
    let mut summary = summarize(group_id, representative, &members);
    // The outline carries no wording: the one shown is read on its own, chosen as
    // `summarize` chooses it.
    let shown = members
        .iter()
        .find(|s| s.statement_id == representative)
        .or_else(|| members.first())
        .and_then(|s| s.statement_id);
    summary.representative = match shown {
        Some(id) => store.statement_content(id)?.unwrap_or_default(),
        None => String::new(),
    };
    let claims: Vec<i64> = members.iter().filter(|s| s.stance == "claim").filter_map(|s| s.statement_id).collect();
    let mut denials: Vec<i64> =
        members.iter().filter(|s| s.stance == "denial").filter_map(|s| s.statement_id).collect();
    let mut seen: BTreeSet<i64> = claims.iter().chain(&denials).copied().collect();
    let (linked, links) = store.denial_ids_answering(group_id)?;
    denials.extend(linked.into_iter().filter(|id| seen.insert(*id)));
    let anonymous = members.iter().filter(|s| s.anonymous).count();
    debug_assert_eq!(summary.anonymous_share, share(anonymous, members.len()));
    let digest = GroupDigest {
        anonymous,
        summary,
        claims: claims.len(),
        first_claims: claims.into_iter().take(FIRST).collect(),
        denials: denials.len(),
        first_denials: denials.into_iter().take(FIRST).collect(),
    };
    Ok((digest, links))
}

/// The share of anonymous statements as [`summarize`] works it out.
fn share(anonymous: usize, statements: usize) -> f64 {
    if statements == 0 { 0.0 } else { anonymous as f64 / statements as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::compare::{compare, compare_first};
    use crate::store::StatementFilter;

    /// Articles repeating claims and the denials of them across outlets and dates.
    fn store(copies: usize) -> Store {
        let mut store = Store::open_in_memory().unwrap();
        add(&mut store, 0, copies);
        store
    }

    fn add(store: &mut Store, from: usize, to: usize) {
        let outlets = ["Wire One", "Daily Two", "Three News"];
        let mut batch = Vec::new();
        for i in from..to {
            let text = format!(
                "Finance minister Anna Berg said the government will raise fuel taxes next year, TASS reported. \
                 The ministry denied that the government will raise fuel taxes next year. \
                 An anonymous official said the talks with the union had stalled over pensions. \
                 Union leader Tom Hale denied the talks had stalled over pensions, saying they would resume. \
                 Analyst number {} said the budget would miss its deficit target by a wide margin.",
                i % 4
            );
            let mut article = crate::ingest::formats::parse_text(&format!("a{i}.txt"), &text);
            article.published = Some(format!("2024-05-{:02}", 1 + i % 27));
            article.outlet = Some(outlets[i % outlets.len()].to_string());
            let statements = crate::ingest::extract_article(&article);
            batch.push((article, statements));
        }
        store.save_batch(&batch).unwrap();
        crate::analysis::group::group_pending(store).unwrap();
    }

    fn assert_digests_match_the_members(store: &Store) {
        let groups = store.group_ids(None, 1, 1000).unwrap();
        assert!(!groups.is_empty());
        let mut small = 0;
        for g in groups {
            if store.group_spread(g).unwrap().2 < MIN_SIZE as usize {
                assert!(stored(store, g).unwrap().is_none());
                small += 1;
                continue;
            }
            let digest = stored(store, g).unwrap().unwrap_or_else(|| panic!("group {g} has no digest"));
            let members = store.group_statements(g).unwrap();
            assert_eq!(digest.summary, summarize(g, store.group_representative(g).unwrap(), &members));
            let (_, claims, denials) = crate::analysis::compare::group_rows(store, g).unwrap();
            assert_eq!((digest.claims, digest.denials), (claims.len(), denials.len()));
            let ids = |rows: &[crate::store::StatementRow]| -> Vec<i64> {
                rows.iter().take(FIRST).filter_map(|r| r.statement_id).collect()
            };
            assert_eq!(digest.first_claims, ids(&claims));
            assert_eq!(digest.first_denials, ids(&denials));
            assert_eq!(store.group_digest_weight(g).unwrap(), Some(store.group_weight(g).unwrap()));
        }
        assert!(small < store.group_ids(None, 1, 1000).unwrap().len(), "some groups have digests");
    }

    #[test]
    fn digests_are_what_reading_the_members_gives() {
        let mut store = store(12);
        let all = store.statements(&StatementFilter::default()).unwrap();
        assert!(all.iter().any(|s| s.stance == "denial"), "the articles have denials");
        assert_digests_match_the_members(&store);
        // More copies join the groups: their digests are made again.
        add(&mut store, 12, 20);
        assert_digests_match_the_members(&store);
    }

    #[test]
    fn compare_from_digests_lists_the_first_statements_of_the_full_rows() {
        let store = store(20);
        let rows = compare_first(&store, "fuel taxes", 50, 4).unwrap();
        assert!(rows.iter().any(|r| r.claims_total > 4 && r.denials_total > 0), "{rows:#?}");
        for topic in ["fuel taxes", "talks", "pensions", "budget", "Berg", "denied"] {
            for limit in [1, 2, 50] {
                let full = compare(&store, topic, limit).unwrap();
                let first = compare_first(&store, topic, limit, 4).unwrap();
                assert_eq!(full.len(), first.len(), "{topic}");
                for (f, s) in full.iter().zip(&first) {
                    assert_eq!(f.group, s.group, "{topic}");
                    assert_eq!((f.claims.len(), f.denials.len()), (s.claims_total, s.denials_total), "{topic}");
                    let head = |rows: &[crate::store::StatementRow]| rows.iter().take(4).cloned().collect::<Vec<_>>();
                    assert_eq!(head(&f.claims), s.claims, "{topic}");
                    assert_eq!(head(&f.denials), s.denials, "{topic}");
                }
            }
        }
    }
}

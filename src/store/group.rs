//! Storage for claim grouping: statements waiting to be grouped, the candidate postings, the
//! groups, related groups, denial links and the matcher's term statistics.

use anyhow::Result;
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::Store;

/// The matcher's term statistics as stored: document count and (term, document frequency).
pub type TermStats = (u64, Vec<(u64, u32)>);

/// A stored statement as grouping sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMember {
    /// Statement id.
    pub statement_id: i64,
    /// Article id.
    pub article_id: i64,
    /// Speaker id, if any.
    pub speaker_id: Option<i64>,
    /// The wording.
    pub content: String,
    /// Where the content starts in its article (code points).
    pub content_start: usize,
    /// Day said, ISO, if known (approximate dates included).
    pub said_on: Option<String>,
    /// claim / denial / neutral.
    pub stance: String,
    /// Its group, once grouped.
    pub group_id: Option<i64>,
}

/// Where grouping put one statement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Placement {
    /// Founds a new group (its id is the statement's id).
    Founds,
    /// Joins this existing group.
    Joins(i64),
    /// Too short to group.
    Alone,
}

impl Placement {
    /// The group a statement placed so ends up in.
    pub fn group_of(self, statement_id: i64) -> Option<i64> {
        match self {
            Placement::Founds => Some(statement_id),
            Placement::Joins(id) => Some(id),
            Placement::Alone => None,
        }
    }
}

/// The outcome of grouping one statement, written by [`Store::save_grouping`].
#[derive(Debug, Clone, PartialEq)]
pub struct Grouping {
    /// The statement.
    pub statement_id: i64,
    /// Its placement.
    pub placement: Placement,
    /// Index terms (hashed rarest stems) for later candidates.
    pub terms: Vec<i64>,
    /// Groups related to its group, with the best score seen.
    pub related: Vec<(i64, f64)>,
    /// For a denial: the claim it answers, the score, and on what basis.
    pub answers: Option<(i64, f64, &'static str)>,
}

const MEMBER_COLUMNS: &str = "statement_id, article_id, speaker_id, content, content_start, said_on, stance, group_id";

fn member(r: &rusqlite::Row) -> rusqlite::Result<GroupMember> {
    Ok(GroupMember {
        statement_id: r.get(0)?,
        article_id: r.get(1)?,
        speaker_id: r.get(2)?,
        content: r.get(3)?,
        content_start: r.get::<_, i64>(4)? as usize,
        said_on: r.get(5)?,
        stance: r.get(6)?,
        group_id: r.get(7)?,
    })
}

impl Store {
    /// Statements not yet grouped, oldest first.
    pub fn pending_grouping(&self, limit: usize) -> Result<Vec<GroupMember>> {
        let sql = format!("SELECT {MEMBER_COLUMNS} FROM statements WHERE grouped = 0 ORDER BY statement_id LIMIT ?1");
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map([limit as i64], member)?.collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Statements by id (for scoring candidates).
    pub fn group_members(&self, ids: &[i64]) -> Result<Vec<GroupMember>> {
        let sql = format!("SELECT {MEMBER_COLUMNS} FROM statements WHERE statement_id = ?1");
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(m) = st.query_row([id], member).optional()? {
                out.push(m);
            }
        }
        Ok(out)
    }

    /// The claims of one article (for linking a denial to the claim it answers there).
    pub fn article_claims(&self, article_id: i64) -> Result<Vec<GroupMember>> {
        let sql =
            format!("SELECT {MEMBER_COLUMNS} FROM statements WHERE article_id = ?1 AND stance = 'claim' ORDER BY seq");
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map([article_id], member)?.collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The earliest claim of a group, by date said (undated last) then id: its id and date.
    pub fn first_claim_of_group(&self, group_id: i64) -> Result<Option<(i64, Option<String>)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT statement_id, said_on FROM statements WHERE group_id = ?1 AND stance = 'claim'
                 ORDER BY said_on IS NULL, said_on, statement_id LIMIT 1",
            )?
            .query_row([group_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// The newest statement already grouped (0 when none): grouping indexes the statements
    /// of its own run in memory and asks the stored postings only for those up to this one.
    pub fn last_grouped_statement(&self) -> Result<i64> {
        Ok(self
            .conn
            // Read backwards from the newest statement: those waiting are the newest, if any.
            .prepare_cached(
                "SELECT coalesce((SELECT statement_id FROM statements WHERE grouped = 1
                                  ORDER BY statement_id DESC LIMIT 1), 0)",
            )?
            .query_row([], |r| r.get(0))?)
    }

    /// Move the index postings staged by earlier batches to where
    /// [`Store::posting_candidates`] reads them; returns how many moved.
    pub fn merge_staged_postings(&self) -> Result<usize> {
        merge_staged_postings(&self.conn)
    }

    /// Statements up to `upto` sharing index terms with a query, ranked by the summed
    /// weights of the terms they share; at most `per_term` postings (the newest) are read
    /// per term.
    pub fn posting_candidates(
        &self,
        terms: &[(i64, f64)],
        upto: i64,
        per_term: usize,
        limit: usize,
    ) -> Result<Vec<i64>> {
        let mut st = self.conn.prepare_cached(
            "SELECT statement_id FROM group_postings WHERE term = ?1 AND statement_id <= ?2
             ORDER BY statement_id DESC LIMIT ?3",
        )?;
        // Sorting (id, weight) pairs and summing runs is cheaper than a hash map here: a
        // few thousand postings per query, most of them distinct.
        let mut hits: Vec<(i64, f64)> = Vec::new();
        for &(term, w) in terms {
            let ids = st.query_map(params![term, upto, per_term as i64], |r| r.get::<_, i64>(0))?;
            for id in ids {
                hits.push((id?, w));
            }
        }
        hits.sort_unstable_by_key(|h| h.0);
        let mut ranked: Vec<(i64, f64)> = Vec::with_capacity(hits.len());
        for (id, w) in hits {
            match ranked.last_mut() {
                Some(last) if last.0 == id => last.1 += w,
                _ => ranked.push((id, w)),
            }
        }
        let order = |a: &(i64, f64), b: &(i64, f64)| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0));
        if ranked.len() > limit && limit > 0 {
            ranked.select_nth_unstable_by(limit - 1, order);
        }
        ranked.truncate(limit);
        ranked.sort_by(order);
        Ok(ranked.into_iter().map(|(id, _)| id).collect())
    }

    /// Write a batch of grouping outcomes for stored statements in one transaction.
    pub fn save_grouping(&mut self, batch: &[Grouping]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        write_groupings(&tx, batch, true)?;
        tx.commit()?;
        Ok(())
    }

    /// The matcher's term statistics: (documents, [(term, document frequency)]).
    pub fn load_term_stats(&self) -> Result<Option<TermStats>> {
        let blob: Option<Vec<u8>> =
            self.conn.query_row("SELECT value FROM meta WHERE key = 'term_stats'", [], |r| r.get(0)).optional()?;
        let Some(blob) = blob else { return Ok(None) };
        if blob.len() < 8 || (blob.len() - 8) % 12 != 0 {
            anyhow::bail!("term statistics in the database are damaged ({} bytes)", blob.len());
        }
        let docs = u64::from_le_bytes(blob[..8].try_into().expect("8 bytes"));
        let counts = blob[8..]
            .chunks_exact(12)
            .map(|c| {
                (
                    u64::from_le_bytes(c[..8].try_into().expect("8 bytes")),
                    u32::from_le_bytes(c[8..].try_into().expect("4 bytes")),
                )
            })
            .collect();
        Ok(Some((docs, counts)))
    }

    /// Store the matcher's term statistics (terms seen once are left out: they carry the
    /// top weight anyway, and keeping them would make the blob grow with every statement).
    pub fn save_term_stats(&mut self, docs: u64, counts: impl Iterator<Item = (u64, u32)>) -> Result<()> {
        let mut blob = Vec::with_capacity(1 << 16);
        blob.extend_from_slice(&docs.to_le_bytes());
        for (k, v) in counts.filter(|&(_, v)| v >= 2) {
            blob.extend_from_slice(&k.to_le_bytes());
            blob.extend_from_slice(&v.to_le_bytes());
        }
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('term_stats', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [blob],
        )?;
        Ok(())
    }
}

/// Write grouping outcomes inside the caller's transaction: new groups, group sizes,
/// related groups, denial links and index postings; and, for statements already stored
/// (`update_statements`), their group.
pub(super) fn write_groupings(tx: &rusqlite::Transaction, batch: &[Grouping], update_statements: bool) -> Result<()> {
    // Group sizes and index postings are written once per batch, in key order: B-tree
    // inserts in order touch each page once instead of once per row.
    let mut grown: Vec<i64> = Vec::with_capacity(batch.len());
    let mut founded: Vec<i64> = Vec::new();
    let mut postings: Vec<(i64, i64)> = Vec::with_capacity(batch.len() * 12);
    let mut update = if update_statements {
        Some(tx.prepare_cached("UPDATE statements SET group_id = ?2, grouped = 1 WHERE statement_id = ?1")?)
    } else {
        None
    };
    for g in batch {
        let group = match g.placement {
            Placement::Founds => {
                founded.push(g.statement_id);
                Some(g.statement_id)
            }
            Placement::Joins(id) => Some(id),
            Placement::Alone => None,
        };
        if let Some(update) = update.as_mut() {
            update.execute(params![g.statement_id, group])?;
        }
        if let Some(id) = group {
            grown.push(id);
            for &(other, score) in &g.related {
                if other == id {
                    continue;
                }
                let (a, b) = (id.min(other), id.max(other));
                tx.prepare_cached(
                    "INSERT INTO related_groups (group_a, group_b, score) VALUES (?1, ?2, ?3)
                     ON CONFLICT (group_a, group_b) DO UPDATE SET score = max(score, excluded.score)",
                )?
                .execute(params![a, b, score])?;
            }
        }
        postings.extend(g.terms.iter().map(|&t| (t, g.statement_id)));
        if let Some((claim, score, basis)) = g.answers {
            // The groups that list the denial beside their claims: the claim's (when its row
            // is written already; else writing it drops the digest) and, should the denial
            // have been linked before, the one of the claim it leaves.
            tx.prepare_cached(
                "DELETE FROM group_digests WHERE group_id IN (
                    SELECT group_id FROM statements WHERE statement_id = ?2
                    UNION ALL
                    SELECT c.group_id FROM denial_links l JOIN statements c ON c.statement_id = l.claim_id
                    WHERE l.denial_id = ?1)",
            )?
            .execute(params![g.statement_id, claim])?;
            tx.prepare_cached(
                "INSERT INTO denial_links (denial_id, claim_id, score, basis) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (denial_id) DO UPDATE SET claim_id = excluded.claim_id, score = excluded.score, basis = excluded.basis",
            )?
            .execute(params![g.statement_id, claim, score, basis])?;
        }
    }
    drop(update);
    // New groups start empty (a group already there is left as it is), then every group
    // grows by the statements placed in it; the digests of the groups that changed go.
    // Many groups to a statement: each execution costs more than the row it writes.
    if !founded.is_empty() {
        let mut st = tx.prepare_cached(&padded_sql(
            "INSERT OR IGNORE INTO claim_groups (group_id, representative_id, size)
             SELECT column1, column1, 0 FROM (VALUES ",
            "(?{})",
            1,
            ") WHERE column1 IS NOT NULL",
        ))?;
        for chunk in founded.chunks(GROUPS_PER_STATEMENT) {
            for i in 0..GROUPS_PER_STATEMENT {
                st.raw_bind_parameter(i + 1, chunk.get(i))?;
            }
            st.raw_execute()?;
        }
    }
    grown.sort_unstable();
    let runs: Vec<(i64, i64)> = grown.chunk_by(|a, b| a == b).map(|run| (run[0], run.len() as i64)).collect();
    if !runs.is_empty() {
        let mut grow = tx.prepare_cached(&padded_sql(
            "UPDATE claim_groups SET size = size + v.column2 FROM (VALUES ",
            "(?{}, ?{})",
            2,
            ") AS v WHERE claim_groups.group_id = v.column1",
        ))?;
        let mut forget =
            tx.prepare_cached(&padded_sql("DELETE FROM group_digests WHERE group_id IN (", "?{}", 1, ")"))?;
        for chunk in runs.chunks(GROUPS_PER_STATEMENT) {
            for i in 0..GROUPS_PER_STATEMENT {
                let run = chunk.get(i);
                grow.raw_bind_parameter(2 * i + 1, run.map(|r| r.0))?;
                grow.raw_bind_parameter(2 * i + 2, run.map_or(0, |r| r.1))?;
                forget.raw_bind_parameter(i + 1, run.map(|r| r.0))?;
            }
            grow.raw_execute()?;
            forget.raw_execute()?;
        }
    }
    if !postings.is_empty() {
        postings.sort_unstable();
        let mut blob = Vec::with_capacity(postings.len() * POSTING_BYTES);
        for (term, statement) in postings {
            blob.extend_from_slice(&term.to_le_bytes());
            blob.extend_from_slice(&statement.to_le_bytes());
        }
        tx.prepare_cached("INSERT INTO group_postings_staged (postings) VALUES (?1)")?.execute([blob])?;
    }
    Ok(())
}

/// Groups written per statement by [`write_groupings`]; a last, partial chunk is padded with
/// NULLs, which match nothing.
const GROUPS_PER_STATEMENT: usize = 64;

/// `head`, then [`GROUPS_PER_STATEMENT`] copies of `row` (whose `{}` are numbered parameters,
/// `per_row` of them), comma-separated, then `tail`.
fn padded_sql(head: &str, row: &str, per_row: usize, tail: &str) -> String {
    let mut n = 0;
    let rows: Vec<String> = (0..GROUPS_PER_STATEMENT)
        .map(|_| {
            let mut r = String::new();
            let mut parts = row.split("{}");
            r.push_str(parts.next().unwrap_or_default());
            for part in parts {
                n += 1;
                r.push_str(&n.to_string());
                r.push_str(part);
            }
            r
        })
        .collect();
    debug_assert_eq!(n, GROUPS_PER_STATEMENT * per_row);
    format!("{head}{}{tail}", rows.join(", "))
}

/// Bytes per staged posting: term and statement id, 8 bytes each, little-endian.
const POSTING_BYTES: usize = 16;
/// Postings moved per INSERT.
const POSTINGS_PER_INSERT: usize = 250;

/// Move the staged postings into `group_postings`, sorted, in one pass (inside the caller's
/// transaction if one is open, else in one of its own).
///
/// Grouping writes each batch's index postings as one staged row: the rarest stems of a
/// batch's statements are spread over the whole of `group_postings`, so inserting them a
/// batch at a time would write most of its pages again for every batch. Postings are read
/// only for statements older than what grouping holds in memory, so they need to be in
/// `group_postings` only by the time grouping lets go of those statements
/// ([`crate::analysis::group::Grouper`] moves them then, and when it starts and finishes).
pub(super) fn merge_staged_postings(conn: &rusqlite::Connection) -> Result<usize> {
    if !conn.is_autocommit() {
        // Inside the caller's transaction, which rolls back whole if this fails: a
        // savepoint here would copy every page the merge touches into its journal first.
        return move_staged_postings(conn);
    }
    conn.execute_batch("SAVEPOINT merge_postings")?;
    match move_staged_postings(conn) {
        Ok(n) => {
            conn.execute_batch("RELEASE merge_postings")?;
            Ok(n)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK TO merge_postings; RELEASE merge_postings");
            Err(e)
        }
    }
}

/// Postings held in memory at once while they move: the staged ones are moved in passes,
/// each over a slice of the terms, so that moving the million postings of a generation
/// holds a quarter of a million (4 MB) rather than all of them (19 MB, the peak of a load).
const POSTINGS_PER_PASS: usize = 250_000;

/// Which of `passes` equal slices of the terms, in term order, holds `term`.
fn term_slice(term: i64, passes: usize) -> usize {
    // Flipping the sign bit maps the order of i64 onto that of u64.
    (((term as u64 ^ (1 << 63)) as u128 * passes as u128) >> 64) as usize
}

/// The work of [`merge_staged_postings`], in whatever transaction is open.
fn move_staged_postings(conn: &rusqlite::Connection) -> Result<usize> {
    move_staged_postings_by(conn, POSTINGS_PER_PASS)
}

/// [`move_staged_postings`], holding about `per_pass` postings at once.
fn move_staged_postings_by(conn: &rusqlite::Connection, per_pass: usize) -> Result<usize> {
    let bytes: i64 = conn
        .prepare_cached("SELECT coalesce(sum(length(postings)), 0) FROM group_postings_staged")?
        .query_row([], |r| r.get(0))?;
    if bytes == 0 {
        return Ok(0);
    }
    let staged = usize::try_from(bytes).unwrap_or(0) / POSTING_BYTES;
    let passes = staged.div_ceil(per_pass.max(1)).max(1);
    let mut moved = 0;
    // Sized once, with some room for slices larger than the average: a Vec grown by
    // doubling would hold up to three times the postings while it moves them.
    let mut postings: Vec<(i64, i64)> = Vec::with_capacity(staged / passes + staged / passes / 8 + 16);
    for pass in 0..passes {
        postings.clear();
        let mut st = conn.prepare_cached("SELECT postings FROM group_postings_staged ORDER BY staged_id")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let blob = r.get_ref(0)?.as_blob()?;
            if blob.len() % POSTING_BYTES != 0 {
                anyhow::bail!("staged index postings in the database are damaged ({} bytes)", blob.len());
            }
            postings.extend(
                blob.chunks_exact(POSTING_BYTES)
                    .map(|c| {
                        (
                            i64::from_le_bytes(c[..8].try_into().expect("8 bytes")),
                            i64::from_le_bytes(c[8..].try_into().expect("8 bytes")),
                        )
                    })
                    .filter(|&(term, _)| passes == 1 || term_slice(term, passes) == pass),
            );
        }
        drop(rows);
        moved += postings.len();
        insert_postings(conn, &mut postings)?;
    }
    conn.prepare_cached("DELETE FROM group_postings_staged")?.execute([])?;
    Ok(moved)
}

/// Sort postings and insert them into `group_postings` (duplicates ignored).
fn insert_postings(conn: &rusqlite::Connection, postings: &mut [(i64, i64)]) -> Result<()> {
    // Each staged row is sorted already: the stable sort finds those runs and merges them
    // (a quarter of the instructions of sorting them as if in no order).
    postings.sort();
    // Many rows to an INSERT: the binding and stepping around each row cost as much as
    // putting it in the B-tree.
    let mut chunks = postings.chunks_exact(POSTINGS_PER_INSERT);
    if chunks.len() > 0 {
        let values: Vec<String> =
            (0..POSTINGS_PER_INSERT).map(|i| format!("(?{}, ?{})", 2 * i + 1, 2 * i + 2)).collect();
        let sql = format!("INSERT OR IGNORE INTO group_postings (term, statement_id) VALUES {}", values.join(", "));
        let mut insert = conn.prepare_cached(&sql)?;
        for chunk in &mut chunks {
            for (i, (term, statement)) in chunk.iter().enumerate() {
                insert.raw_bind_parameter(2 * i + 1, term)?;
                insert.raw_bind_parameter(2 * i + 2, statement)?;
            }
            insert.raw_execute()?;
        }
    }
    let mut insert =
        conn.prepare_cached("INSERT OR IGNORE INTO group_postings (term, statement_id) VALUES (?1, ?2)")?;
    for &(term, statement) in chunks.remainder() {
        insert.execute(params![term, statement])?;
    }
    Ok(())
}

impl Store {
    /// Groups whose statements match a topic (or, without one, groups of at least
    /// `min_size` statements), largest first.
    pub fn group_ids(&self, topic: Option<&str>, min_size: usize, limit: usize) -> Result<Vec<i64>> {
        let ids = match topic {
            Some(t) => {
                let Some(q) = super::search::fts_query(t) else { return Ok(Vec::new()) };
                // The plan below reads the group of every statement the topic matches (about
                // 0.5 µs each); walking the groups reads at most every grouped statement's
                // index entry (about a tenth of that), once the topic's ids are in a bitmap.
                let bound = self.statement_id_bound()?;
                if self.topic_matches_up_to(&q, bound / 8 + 1)? > bound / 8 {
                    return self.frequent_topic_group_ids(&q, min_size, limit);
                }
                self.fts_group_ids(&q, min_size, limit)?
            }
            None => {
                let mut st = self.conn.prepare_cached(
                    "SELECT group_id FROM claim_groups WHERE size >= ?1 ORDER BY size DESC, group_id LIMIT ?2",
                )?;
                st.query_map(params![min_size as i64, limit as i64], |r| r.get(0))?.collect::<Result<Vec<i64>, _>>()?
            }
        };
        Ok(ids)
    }

    /// [`Store::group_ids`] for a topic, driven by the full-text index.
    fn fts_group_ids(&self, fts: &str, min_size: usize, limit: usize) -> Result<Vec<i64>> {
        let mut st = self.conn.prepare_cached(
            "SELECT g.group_id FROM claim_groups g
             WHERE g.size >= ?2 AND g.group_id IN (
                SELECT s.group_id FROM statements s
                WHERE s.statement_id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1))
             ORDER BY g.size DESC, g.group_id LIMIT ?3",
        )?;
        let ids = st
            .query_map(params![fts, min_size as i64, limit as i64], |r| r.get(0))?
            .collect::<Result<Vec<i64>, _>>()?;
        Ok(ids)
    }

    /// [`Store::group_ids`] for a topic that matches many statements (an eighth or more):
    /// groups are walked largest first and each kept when one of its members is among the
    /// topic's ids (read into a bitmap), until the limit. The plan for rarer topics reads the
    /// group of every statement the topic matches: at 1.67M statements "Trump" matches
    /// 570,000 (286 → 58 ms).
    fn frequent_topic_group_ids(&self, fts: &str, min_size: usize, limit: usize) -> Result<Vec<i64>> {
        let matches = self.topic_ids(fts)?;
        let mut groups = self
            .conn
            .prepare_cached("SELECT group_id FROM claim_groups WHERE size >= ?1 ORDER BY size DESC, group_id")?;
        let mut members = self.conn.prepare_cached("SELECT statement_id FROM statements WHERE group_id = ?1")?;
        let mut out = Vec::new();
        let mut rows = groups.query([min_size as i64])?;
        while out.len() < limit
            && let Some(r) = rows.next()?
        {
            let group: i64 = r.get(0)?;
            let mut ids = members.query([group])?;
            while let Some(m) = ids.next()? {
                if matches.contains(m.get(0)?) {
                    out.push(group);
                    break;
                }
            }
        }
        Ok(out)
    }

    /// A group's spread, counted as `whosaid groups` ranks groups: distinct outlets,
    /// articles and statements.
    pub fn group_spread(&self, group_id: i64) -> Result<(usize, usize, usize)> {
        let (outlets, articles, statements): (i64, i64, i64) = self
            .conn
            .prepare_cached(
                "SELECT count(DISTINCT a.outlet), count(DISTINCT s.article_id), count(*)
                 FROM statements s JOIN articles a ON a.article_id = s.article_id
                 WHERE s.group_id = ?1",
            )?
            .query_row([group_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok((outlets as usize, articles as usize, statements as usize))
    }

    /// How much a group holds for a claim/denial table: its statements plus the denials
    /// linked to its claims (counted, not read).
    pub fn group_weight(&self, group_id: i64) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT coalesce((SELECT size FROM claim_groups WHERE group_id = ?1), 0)
                      + (SELECT count(*) FROM statements c JOIN denial_links l ON l.claim_id = c.statement_id
                         WHERE c.group_id = ?1)",
            )?
            .query_row([group_id], |r| r.get(0))?)
    }

    /// A group's representative statement id, if the group exists.
    pub fn group_representative(&self, group_id: i64) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT representative_id FROM claim_groups WHERE group_id = ?1")?
            .query_row([group_id], |r| r.get(0))
            .optional()?)
    }

    /// Every statement of a group, by date said then id.
    pub fn group_statements(&self, group_id: i64) -> Result<Vec<super::StatementRow>> {
        self.statements_where("s.group_id = ?1", group_id)
    }

    /// Denials linked to a claim of this group (from any group or none).
    pub fn denials_answering(&self, group_id: i64) -> Result<Vec<super::StatementRow>> {
        self.statements_where(
            "s.statement_id IN (SELECT l.denial_id FROM denial_links l JOIN statements c ON c.statement_id = l.claim_id
                                WHERE c.group_id = ?1)",
            group_id,
        )
    }

    /// Groups related to this one, closest first.
    pub fn related_groups(&self, group_id: i64) -> Result<Vec<(i64, f64)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT CASE WHEN group_a = ?1 THEN group_b ELSE group_a END, score FROM related_groups
             WHERE group_a = ?1 OR group_b = ?1 ORDER BY score DESC, 1",
        )?;
        let rows = st.query_map([group_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Statements matching one fixed condition on `?1` (a constant SQL fragment, never user text).
    fn statements_where(&self, condition: &'static str, value: i64) -> Result<Vec<super::StatementRow>> {
        let sql = format!(
            "SELECT {} FROM statements s
             JOIN articles a ON a.article_id = s.article_id
             LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
             LEFT JOIN relays r ON r.relay_id = s.relay_id
             WHERE {condition}
             ORDER BY s.said_on IS NULL, s.said_on, s.statement_id",
            super::read::STATEMENT_COLUMNS
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map([value], super::StatementRow::from_row)?.collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

/// Articles' dates and outlets as read for [`Store::group_members_outline_with`], by
/// article id (at most [`ArticleDates::MAX`]: past it the map starts again).
#[derive(Default)]
pub struct ArticleDates {
    known: std::collections::HashMap<i64, (Option<String>, Option<String>)>,
}

impl ArticleDates {
    /// Articles remembered at most (some 100 bytes each).
    const MAX: usize = 50_000;
}

/// A group wanting a digest, and its size.
pub type DigestWanted = (i64, i64);

impl Store {
    /// Groups of at least `min_size` statements after `after` (in id order, at most `limit`)
    /// with no up-to-date digest, with their size.
    pub fn groups_without_digest(&self, after: i64, min_size: i64, limit: usize) -> Result<Vec<DigestWanted>> {
        let mut st = self.conn.prepare_cached(
            "SELECT g.group_id, g.size FROM claim_groups g
             WHERE g.group_id > ?1 AND g.size >= ?3
               AND NOT EXISTS (SELECT 1 FROM group_digests d WHERE d.group_id = g.group_id AND d.size = g.size)
             ORDER BY g.group_id LIMIT ?2",
        )?;
        let rows = st
            .query_map(params![after, limit as i64, min_size], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Store digests: (group, its size, its weight, the digest), in one transaction.
    pub fn save_group_digests(&mut self, digests: &[(i64, i64, i64, String)]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO group_digests (group_id, size, weight, digest) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (group_id) DO UPDATE SET size = excluded.size, weight = excluded.weight, digest = excluded.digest",
            )?;
            for (group, size, weight, digest) in digests {
                st.execute(params![group, size, weight, digest])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// A group's digest, if it has an up-to-date one: its weight (see
    /// [`Store::group_weight`]) and the digest.
    pub fn group_digest(&self, group_id: i64) -> Result<Option<(i64, String)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT d.weight, d.digest FROM group_digests d JOIN claim_groups g ON g.group_id = d.group_id
                 WHERE d.group_id = ?1 AND d.size = g.size",
            )?
            .query_row([group_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// A group's weight from its digest, if it has an up-to-date one.
    pub fn group_digest_weight(&self, group_id: i64) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT d.weight FROM group_digests d JOIN claim_groups g ON g.group_id = d.group_id
                 WHERE d.group_id = ?1 AND d.size = g.size",
            )?
            .query_row([group_id], |r| r.get(0))
            .optional()?)
    }

    /// Every statement of a group, by date said then id, as a group's summary needs them:
    /// ids, article, speaker, relay, anonymity, stance, dates and outlet; the wording, cue,
    /// spans, titles and the other fields are left empty (see [`Store::group_statements`]
    /// for whole rows).
    pub fn group_members_outline(&self, group_id: i64) -> Result<Vec<super::StatementRow>> {
        self.group_members_outline_with(group_id, &mut ArticleDates::default())
    }

    /// [`Store::group_members_outline`], with the articles' dates and outlets read once
    /// for many groups (`articles`): the members of a group are in as many articles, each
    /// found on a page of its own (an article row holds its text), so reading them with
    /// every group read most of the articles table again for every group.
    pub fn group_members_outline_with(
        &self,
        group_id: i64,
        articles: &mut ArticleDates,
    ) -> Result<Vec<super::StatementRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT s.statement_id, s.article_id, sp.name, s.anonymous, s.stance, s.said_on, s.said_precision,
                    r.name
             FROM statements s
             LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
             LEFT JOIN relays r ON r.relay_id = s.relay_id
             WHERE s.group_id = ?1
             ORDER BY s.said_on IS NULL, s.said_on, s.statement_id",
        )?;
        let mut article = self.conn.prepare_cached("SELECT published, outlet FROM articles WHERE article_id = ?1")?;
        let mut out = Vec::new();
        let mut rows = st.query([group_id])?;
        while let Some(r) = rows.next()? {
            let article_id: i64 = r.get(1)?;
            if articles.known.len() >= ArticleDates::MAX && !articles.known.contains_key(&article_id) {
                articles.known.clear();
            }
            let (published, outlet) = match articles.known.entry(article_id) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let found: Option<(Option<String>, Option<String>)> =
                        article.query_row([article_id], |a| Ok((a.get(0)?, a.get(1)?))).optional()?;
                    // A statement whose article is missing is left out, as a join would.
                    let Some(found) = found else { continue };
                    e.insert(found)
                }
            };
            let said_on: Option<String> = r.get(5)?;
            let precision: String = r.get(6)?;
            out.push(super::StatementRow {
                statement_id: Some(r.get(0)?),
                article: String::new(),
                speaker: r.get(2)?,
                content: String::new(),
                content_start: 0,
                content_end: 0,
                cue: String::new(),
                relay: r.get(7)?,
                anonymous: r.get(3)?,
                stance: r.get(4)?,
                said_on: super::read::stated_date(said_on.as_deref(), &precision),
                kind: String::new(),
                speaker_surface: None,
                speaker_role: None,
                speaker_kind: None,
                said_precision: precision,
                published: published.clone(),
                title: None,
                outlet: outlet.clone(),
                article_id: Some(article_id),
                group_id: Some(group_id),
            });
        }
        Ok(out)
    }

    /// The denials linked to a group's claims, as [`Store::denials_answering`] lists them
    /// (by date said, then id), and how many links there are (as [`Store::group_weight`]
    /// counts them).
    pub fn denial_ids_answering(&self, group_id: i64) -> Result<(Vec<i64>, i64)> {
        let mut st = self.conn.prepare_cached(
            "SELECT l.denial_id, d.statement_id IS NOT NULL, d.said_on
             FROM statements c JOIN denial_links l ON l.claim_id = c.statement_id
             LEFT JOIN statements d ON d.statement_id = l.denial_id
             WHERE c.group_id = ?1",
        )?;
        let mut links = 0;
        let mut found: Vec<(bool, Option<String>, i64)> = Vec::new();
        let mut rows = st.query([group_id])?;
        while let Some(r) = rows.next()? {
            links += 1;
            if r.get::<_, bool>(1)? {
                let said: Option<String> = r.get(2)?;
                found.push((said.is_none(), said, r.get(0)?));
            }
        }
        // SQLite's order: text byte by byte (NULL dates last by the first key).
        found.sort();
        found.dedup_by_key(|f| f.2);
        Ok((found.into_iter().map(|f| f.2).collect(), links))
    }

    /// The claim a denial is linked to, with that claim's group.
    pub fn denial_link(&self, denial_id: i64) -> Result<Option<(i64, Option<i64>)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT l.claim_id, c.group_id FROM denial_links l LEFT JOIN statements c ON c.statement_id = l.claim_id
                 WHERE l.denial_id = ?1",
            )?
            .query_row([denial_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// One statement's wording.
    pub fn statement_content(&self, statement_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT content FROM statements WHERE statement_id = ?1")?
            .query_row([statement_id], |r| r.get(0))
            .optional()?)
    }
}

impl Store {
    /// Denials linked to one claim.
    pub fn denials_answering_claim(&self, claim_id: i64) -> Result<Vec<super::StatementRow>> {
        self.statements_where("s.statement_id IN (SELECT denial_id FROM denial_links WHERE claim_id = ?1)", claim_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grouping(statement_id: i64, terms: Vec<i64>) -> Grouping {
        Grouping { statement_id, placement: Placement::Alone, terms, related: Vec::new(), answers: None }
    }

    #[test]
    fn postings_are_staged_until_merged_then_found() {
        let mut s = Store::open_in_memory().unwrap();
        s.save_grouping(&[grouping(5, vec![7, -3]), grouping(6, vec![7])]).unwrap();
        s.save_grouping(&[grouping(9, vec![-3])]).unwrap();
        assert_eq!(s.posting_candidates(&[(7, 1.0)], 100, 10, 10).unwrap(), Vec::<i64>::new());
        assert_eq!(s.merge_staged_postings().unwrap(), 4);
        assert_eq!(s.merge_staged_postings().unwrap(), 0);
        assert_eq!(s.posting_candidates(&[(7, 1.0)], 100, 10, 10).unwrap(), vec![6, 5]);
        // Ranked by the summed weight of the terms shared, newest first on ties.
        assert_eq!(s.posting_candidates(&[(7, 1.0), (-3, 2.0)], 100, 10, 10).unwrap(), vec![5, 9, 6]);
        assert_eq!(s.posting_candidates(&[(-3, 1.0)], 8, 10, 10).unwrap(), vec![5]);
        let staged: i64 = s.conn.query_row("SELECT count(*) FROM group_postings_staged", [], |r| r.get(0)).unwrap();
        assert_eq!(staged, 0);
    }

    #[test]
    fn many_postings_are_merged_in_chunks_without_duplicates() {
        let mut s = Store::open_in_memory().unwrap();
        let batch: Vec<Grouping> = (1..=300).map(|id| grouping(id, vec![id % 7, 1000 + id])).collect();
        s.save_grouping(&batch).unwrap();
        // Staged twice (a statement grouped again after re-extraction keeps one posting).
        s.save_grouping(&batch[..10]).unwrap();
        assert_eq!(s.merge_staged_postings().unwrap(), 620);
        let rows: i64 = s.conn.query_row("SELECT count(*) FROM group_postings", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 600);
        let sevens: Vec<i64> = (1..=300).filter(|id| id % 7 == 3).rev().take(5).collect();
        assert_eq!(s.posting_candidates(&[(3, 1.0)], 1000, 5, 10).unwrap(), sevens);
        assert_eq!(s.posting_candidates(&[(1250, 1.0)], 1000, 5, 10).unwrap(), vec![250]);
    }

    #[test]
    fn both_plans_for_the_groups_of_a_topic_agree() {
        let mut s = Store::open_in_memory().unwrap();
        let mut batch = Vec::new();
        for i in 0..30 {
            let text = format!(
                "The minister said the talks on fuel taxes had stalled. An envoy said talks number {} would resume soon. \
                 A spokesman denied that the fuel taxes would rise. Analysts said the budget was at risk of a shortfall.",
                i % 5
            );
            let mut article = crate::ingest::formats::parse_text(&format!("a{i}.txt"), &text);
            article.published = Some(format!("2024-05-{:02}", 1 + i % 20));
            let statements = crate::ingest::extract_article(&article);
            batch.push((article, statements));
        }
        s.save_batch(&batch).unwrap();
        crate::analysis::group::group_pending(&mut s).unwrap();
        for topic in ["talks", "fuel taxes", "budget", "minister", "resume", "nothing"] {
            let q = crate::store::search::fts_query(topic).unwrap();
            for (min_size, limit) in [(1, 100), (2, 100), (1, 2), (5, 1)] {
                let by_fts = s.fts_group_ids(&q, min_size, limit).unwrap();
                assert_eq!(s.frequent_topic_group_ids(&q, min_size, limit).unwrap(), by_fts, "{topic}");
                assert_eq!(s.group_ids(Some(topic), min_size, limit).unwrap(), by_fts, "{topic}");
                if topic != "nothing" && min_size == 1 {
                    assert!(!by_fts.is_empty(), "{topic}");
                }
            }
        }
    }

    #[test]
    fn postings_moved_in_passes_are_those_moved_at_once() {
        let batch: Vec<Grouping> = (1..=400)
            .map(|id| {
                grouping(
                    id,
                    vec![id.wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as i64), i64::MIN + id % 3, i64::MAX - id % 5],
                )
            })
            .collect();
        let mut tables = Vec::new();
        for per_pass in [usize::MAX, 1_000, 97, 1] {
            let mut s = Store::open_in_memory().unwrap();
            s.save_grouping(&batch[..250]).unwrap();
            s.save_grouping(&batch[200..]).unwrap();
            assert_eq!(move_staged_postings_by(&s.conn, per_pass).unwrap(), 1_350);
            let staged: i64 = s.conn.query_row("SELECT count(*) FROM group_postings_staged", [], |r| r.get(0)).unwrap();
            assert_eq!(staged, 0);
            let mut st =
                s.conn.prepare("SELECT term, statement_id FROM group_postings ORDER BY term, statement_id").unwrap();
            let rows: Vec<(i64, i64)> =
                st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
            assert_eq!(rows.len(), 1_200);
            tables.push(rows);
        }
        assert!(tables.windows(2).all(|w| w[0] == w[1]));
        assert!((1..=8).all(|n| term_slice(i64::MIN, n) == 0 && term_slice(i64::MAX, n) == n - 1));
        assert!((-5..5).all(|t| term_slice(t, 2) == usize::from(t >= 0)));
    }

    #[test]
    fn damaged_staged_postings_are_reported_and_left_in_place() {
        let s = Store::open_in_memory().unwrap();
        s.conn.execute("INSERT INTO group_postings_staged (postings) VALUES (x'0102')", []).unwrap();
        let err = s.merge_staged_postings().unwrap_err();
        assert!(err.to_string().contains("damaged"), "{err}");
        let staged: i64 = s.conn.query_row("SELECT count(*) FROM group_postings_staged", [], |r| r.get(0)).unwrap();
        assert_eq!(staged, 1);
        assert!(s.conn.is_autocommit());
    }
}

//! Writing articles and their statements: one transaction per batch, idempotent by content
//! hash and external id, speakers and relays get-or-create.

use anyhow::Result;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

use super::group::{GroupMember, Grouping, write_groupings};
use super::{EXTRACTOR_VERSION, Store};
use crate::model::{Article, Statement};

/// What happened to one article handed to [`Store::save_batch`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Stored now, with this id.
    New(i64),
    /// Already stored (same content hash or external id), with this id.
    AlreadyPresent(i64),
}

impl Store {
    /// The stored article with this content hash or external id, if any.
    pub fn find_article(&self, article: &Article) -> Result<Option<i64>> {
        find(&self.conn, &article.content_hash(), article.external_id.as_deref())
    }

    /// [`Store::find_article`] for an article whose [`Article::content_hash`] is `hash`.
    pub fn find_article_hashed(&self, hash: &str, external_id: Option<&str>) -> Result<Option<i64>> {
        find(&self.conn, hash, external_id)
    }

    /// Store articles with their statements in one transaction. Articles already present are
    /// left as they are. Either the whole batch is stored or none of it. The statements wait
    /// for grouping ([`crate::analysis::group::group_pending`]).
    pub fn save_batch(&mut self, batch: &[(Article, Vec<Statement>)]) -> Result<Vec<SaveOutcome>> {
        let w = self.begin_batch(batch)?;
        let outcomes = w.outcomes().to_vec();
        w.commit()?;
        Ok(outcomes)
    }

    /// Start storing a batch of articles with their statements in one transaction: the
    /// articles, speakers and relays are written now, and the statements get their ids, so
    /// that grouping can place them before their rows are written
    /// ([`BatchWriter::write_statements`]); [`BatchWriter::commit`] ends it. Articles
    /// already present are left as they are. Dropped without a commit, nothing is stored.
    pub fn begin_batch<'a>(&'a mut self, batch: &'a [(Article, Vec<Statement>)]) -> Result<BatchWriter<'a>> {
        self.begin_batch_hashed(batch, None)
    }

    /// [`Store::begin_batch`], given the [`Article::content_hash`] of each article of the
    /// batch when the caller has them already (a load works them out to skip stored
    /// articles, on another thread).
    pub fn begin_batch_hashed<'a>(
        &'a mut self,
        batch: &'a [(Article, Vec<Statement>)],
        hashes: Option<&[String]>,
    ) -> Result<BatchWriter<'a>> {
        if let Some(h) = hashes {
            anyhow::ensure!(h.len() == batch.len(), "a content hash for each article of the batch");
        }
        let store: &'a Store = self;
        let tx = Transaction::new_unchecked(&store.conn, TransactionBehavior::Immediate)?;
        // Statement ids as SQLite would give them (one above the largest), given here so
        // that grouping knows them before the rows are written.
        let mut next_id: i64 = tx
            .prepare_cached("SELECT coalesce(max(statement_id), 0) + 1 FROM statements")?
            .query_row([], |r| r.get(0))?;
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut rows = Vec::new();
        // Speakers and relays known (most recur): the ids stored by this transaction are
        // kept for the next one only once it commits.
        let mut known = store.known_ids.take();
        for (index, (article, statements)) in batch.iter().enumerate() {
            let hash = match hashes {
                Some(h) => std::borrow::Cow::Borrowed(h[index].as_str()),
                None => std::borrow::Cow::Owned(article.content_hash()),
            };
            if let Some(id) = find(&tx, &hash, article.external_id.as_deref())? {
                outcomes.push(SaveOutcome::AlreadyPresent(id));
                continue;
            }
            tx.prepare_cached(
                "INSERT INTO articles (content_hash, external_id, source, title, published, outlet, story_code, url, body, extractor_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                hash,
                article.external_id,
                article.source,
                article.title,
                article.published,
                article.outlet,
                article.story_code,
                article.url,
                article.text,
                EXTRACTOR_VERSION
            ])?;
            let article_id = tx.last_insert_rowid();
            for (seq, s) in statements.iter().enumerate() {
                let (speaker_id, relay_id) = known.speaker_and_relay(&tx, s)?;
                rows.push(NewRow { statement_id: next_id, article_id, index, seq, speaker_id, relay_id });
                next_id += 1;
            }
            outcomes.push(SaveOutcome::New(article_id));
        }
        Ok(BatchWriter { store, tx, batch, outcomes, rows, written: 0, known })
    }

    /// Replace the statements of stored articles with a new extraction, one transaction for
    /// the batch.
    pub fn replace_statements(&mut self, batch: &[(i64, Vec<Statement>)]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Postings are deleted with their statements below: none may wait in the staging.
        super::group::merge_staged_postings(&tx)?;
        for (id, statements) in batch {
            forget_grouping(&tx, *id)?;
            tx.prepare_cached("DELETE FROM statements WHERE article_id = ?1")?.execute([id])?;
            insert_statements(&tx, *id, statements)?;
            tx.prepare_cached("UPDATE articles SET extractor_version = ?2 WHERE article_id = ?1")?
                .execute(params![id, EXTRACTOR_VERSION])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Index the statements of articles `first..=last` for full-text search, for rows written
    /// outside the store (the benchmark's copies); a load indexes its own batches.
    pub fn index_articles(&mut self, first: i64, last: i64) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        index_statements(&tx, first, last)?;
        tx.commit()?;
        Ok(())
    }

    /// Ids of stored articles, in order, after `after` (for paging through re-extraction).
    pub fn article_ids_after(&self, after: i64, limit: usize) -> Result<Vec<i64>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT article_id FROM articles WHERE article_id > ?1 ORDER BY article_id LIMIT ?2")?;
        let ids = st.query_map(params![after, limit as i64], |r| r.get(0))?.collect::<Result<Vec<i64>, _>>()?;
        Ok(ids)
    }

    /// A stored article as an [`Article`] (for re-extraction and export).
    pub fn load_article(&self, id: i64) -> Result<Option<Article>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT external_id, source, title, published, outlet, story_code, url, body FROM articles WHERE article_id = ?1",
            )?
            .query_row([id], |r| {
                Ok(Article {
                    external_id: r.get(0)?,
                    source: r.get(1)?,
                    title: r.get(2)?,
                    published: r.get(3)?,
                    outlet: r.get(4)?,
                    story_code: r.get(5)?,
                    url: r.get(6)?,
                    text: r.get(7)?,
                })
            })
            .optional()?)
    }
}

/// A statement of a batch whose row is still to be written.
struct NewRow {
    statement_id: i64,
    article_id: i64,
    /// Its article's place in the batch, and its own place in the article.
    index: usize,
    seq: usize,
    speaker_id: Option<i64>,
    relay_id: Option<i64>,
}

/// A batch being stored, in its transaction (see [`Store::begin_batch`]).
pub struct BatchWriter<'a> {
    store: &'a Store,
    tx: Transaction<'a>,
    batch: &'a [(Article, Vec<Statement>)],
    outcomes: Vec<SaveOutcome>,
    /// The new statements in id order; the first `written` have their rows.
    rows: Vec<NewRow>,
    written: usize,
    /// Speaker and relay ids as this transaction sees them.
    known: KnownIds,
}

impl<'a> BatchWriter<'a> {
    /// What happened to each article of the batch, in order.
    pub fn outcomes(&self) -> &[SaveOutcome] {
        &self.outcomes
    }

    /// The store as it is inside the transaction (for grouping's reads).
    pub fn store(&self) -> &Store {
        self.store
    }

    /// The batch's new statements as grouping sees them, in id order, not yet grouped.
    pub fn new_statements(&self) -> Vec<GroupMember> {
        self.rows
            .iter()
            .map(|r| {
                let s = &self.batch[r.index].1[r.seq];
                GroupMember {
                    statement_id: r.statement_id,
                    article_id: r.article_id,
                    speaker_id: r.speaker_id,
                    content: s.content.clone(),
                    content_start: s.content_span.start,
                    said_on: s.said_on.sort_key(),
                    stance: s.stance.as_str().to_string(),
                    group_id: None,
                }
            })
            .collect()
    }

    /// Write the rows of the next `groupings.len()` new statements (in id order), placed as
    /// grouping decided, with what grouping found.
    pub fn write_statements(&mut self, groupings: &[Grouping]) -> Result<()> {
        let end = self.written + groupings.len();
        anyhow::ensure!(end <= self.rows.len(), "more groupings than new statements");
        let mut rows = Vec::with_capacity(groupings.len());
        for (r, g) in self.rows[self.written..end].iter().zip(groupings) {
            anyhow::ensure!(r.statement_id == g.statement_id, "groupings out of step with the new statements");
            rows.push((r, &self.batch[r.index].1[r.seq], g.placement.group_of(g.statement_id), true));
        }
        insert_statement_rows_at(&self.tx, &rows)?;
        self.written = end;
        write_groupings(&self.tx, groupings, false)
    }

    /// Write the rows of any statements not grouped yet (they wait for grouping), index the
    /// batch for full-text search and commit.
    pub fn commit(mut self) -> Result<()> {
        let rows: Vec<_> =
            self.rows[self.written..].iter().map(|r| (r, &self.batch[r.index].1[r.seq], None, false)).collect();
        insert_statement_rows_at(&self.tx, &rows)?;
        self.written = self.rows.len();
        // New articles have the ids above every stored one (articles are never deleted
        // here), so the batch's statements are indexed in one go.
        let new_ids = self.outcomes.iter().filter_map(|o| if let SaveOutcome::New(id) = o { Some(*id) } else { None });
        if let (Some(first), Some(last)) = (new_ids.clone().min(), new_ids.max()) {
            index_statements(&self.tx, first, last)?;
        }
        self.tx.commit()?;
        *self.store.known_ids.borrow_mut() = self.known;
        Ok(())
    }
}

/// Take an article's statements out of the claim groups before they are replaced: their
/// index terms and denial links go, groups shrink (and vanish when empty), and a group whose
/// representative leaves gets its next member as representative.
fn forget_grouping(tx: &Transaction, article_id: i64) -> Result<()> {
    for sql in [
        // Digests of the groups losing members, or denials linked to their claims.
        "DELETE FROM group_digests
            WHERE group_id IN (SELECT group_id FROM statements WHERE article_id = ?1 AND group_id IS NOT NULL)
               OR group_id IN (SELECT c.group_id FROM denial_links l JOIN statements c ON c.statement_id = l.claim_id
                               WHERE l.denial_id IN (SELECT statement_id FROM statements WHERE article_id = ?1))",
        "DELETE FROM group_postings WHERE statement_id IN (SELECT statement_id FROM statements WHERE article_id = ?1)",
        "DELETE FROM denial_links WHERE denial_id IN (SELECT statement_id FROM statements WHERE article_id = ?1)
            OR claim_id IN (SELECT statement_id FROM statements WHERE article_id = ?1)",
        "UPDATE claim_groups SET size = size - (SELECT count(*) FROM statements s WHERE s.article_id = ?1 AND s.group_id = claim_groups.group_id)
            WHERE group_id IN (SELECT group_id FROM statements WHERE article_id = ?1 AND group_id IS NOT NULL)",
        "UPDATE claim_groups SET representative_id = (SELECT min(s.statement_id) FROM statements s
                WHERE s.group_id = claim_groups.group_id AND s.article_id <> ?1)
            WHERE representative_id IN (SELECT statement_id FROM statements WHERE article_id = ?1) AND size > 0",
        "DELETE FROM related_groups WHERE group_a IN (SELECT group_id FROM claim_groups WHERE size <= 0)
            OR group_b IN (SELECT group_id FROM claim_groups WHERE size <= 0)",
        "DELETE FROM claim_groups WHERE size <= 0",
    ] {
        let mut st = tx.prepare_cached(sql)?;
        if sql.contains("?1") {
            st.execute([article_id])?;
        } else {
            st.execute([])?;
        }
    }
    Ok(())
}

fn find(conn: &rusqlite::Connection, hash: &str, external_id: Option<&str>) -> Result<Option<i64>> {
    let id = conn
        .prepare_cached(
            "SELECT article_id FROM articles WHERE content_hash = ?1 OR (?2 IS NOT NULL AND external_id = ?2)",
        )?
        .query_row(params![hash, external_id], |r| r.get(0))
        .optional()?;
    Ok(id)
}

/// Insert an article's statements and index them for full-text search.
fn insert_statements(tx: &Transaction, article_id: i64, statements: &[Statement]) -> Result<()> {
    insert_statement_rows(tx, article_id, statements)?;
    index_statements(tx, article_id, article_id)
}

/// Index the statements of articles `first..=last` for full-text search in one SQL
/// statement: FTS5 writes its pending terms to disk at the end of every statement that
/// touches it, so indexing row by row (a trigger) would leave a segment per row to merge.
fn index_statements(tx: &Transaction, first: i64, last: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO statements_fts (rowid, content, speaker, title)
         SELECT s.statement_id, s.content,
                coalesce(s.speaker_surface, '') || ' ' || coalesce(sp.name, '') || ' ' || coalesce(s.speaker_role, ''),
                coalesce(a.title, '')
         FROM statements s
         JOIN articles a ON a.article_id = s.article_id
         LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
         WHERE s.article_id BETWEEN ?1 AND ?2",
    )?
    .execute([first, last])?;
    Ok(())
}

/// The id of the row `select` finds, inserting it with `insert` (same parameters) when
/// missing. Looking up first: most speakers and relays are already known, and an upsert
/// would write their row again every time.
fn id_or_insert<P: rusqlite::Params + Copy>(tx: &Transaction, select: &str, insert: &str, p: P) -> Result<i64> {
    if let Some(id) = tx.prepare_cached(select)?.query_row(p, |r| r.get(0)).optional()? {
        return Ok(id);
    }
    tx.prepare_cached(insert)?.execute(p)?;
    Ok(tx.last_insert_rowid())
}

/// Speaker and relay ids read or stored (valid inside the transaction that stored them, and
/// after it commits).
#[derive(Default)]
pub(super) struct KnownIds {
    /// By kind, then name.
    speakers: std::collections::HashMap<&'static str, std::collections::HashMap<String, i64>>,
    relays: std::collections::HashMap<String, i64>,
}

impl KnownIds {
    /// [`speaker_and_relay`], remembering the ids.
    fn speaker_and_relay(&mut self, tx: &Transaction, s: &Statement) -> Result<(Option<i64>, Option<i64>)> {
        let speaker_id = match &s.speaker {
            Some(sp) => Some(remembered(self.speakers.entry(sp.kind.as_str()).or_default(), &sp.name, || {
                id_or_insert(
                    tx,
                    "SELECT speaker_id FROM speakers WHERE name = ?1 AND kind = ?2",
                    "INSERT INTO speakers (name, kind) VALUES (?1, ?2)",
                    params![sp.name, sp.kind.as_str()],
                )
            })?),
            None => None,
        };
        let relay_id = match &s.relay {
            Some(name) => Some(remembered(&mut self.relays, name, || {
                id_or_insert(
                    tx,
                    "SELECT relay_id FROM relays WHERE name = ?1",
                    "INSERT INTO relays (name) VALUES (?1)",
                    params![name],
                )
            })?),
            None => None,
        };
        Ok((speaker_id, relay_id))
    }
}

/// The id `known` holds for `name`, or the one `look_up` reads or stores, remembered.
fn remembered(
    known: &mut std::collections::HashMap<String, i64>,
    name: &str,
    look_up: impl FnOnce() -> Result<i64>,
) -> Result<i64> {
    if let Some(&id) = known.get(name) {
        return Ok(id);
    }
    let id = look_up()?;
    known.insert(name.to_string(), id);
    Ok(id)
}

/// The ids of a statement's speaker and relay, stored now if new.
fn speaker_and_relay(tx: &Transaction, s: &Statement) -> Result<(Option<i64>, Option<i64>)> {
    let speaker_id: Option<i64> = match &s.speaker {
        Some(sp) => Some(id_or_insert(
            tx,
            "SELECT speaker_id FROM speakers WHERE name = ?1 AND kind = ?2",
            "INSERT INTO speakers (name, kind) VALUES (?1, ?2)",
            params![sp.name, sp.kind.as_str()],
        )?),
        None => None,
    };
    let relay_id: Option<i64> = match &s.relay {
        Some(name) => Some(id_or_insert(
            tx,
            "SELECT relay_id FROM relays WHERE name = ?1",
            "INSERT INTO relays (name) VALUES (?1)",
            params![name],
        )?),
        None => None,
    };
    Ok((speaker_id, relay_id))
}

/// Insert an article's statements (re-extraction: they wait for grouping).
fn insert_statement_rows(tx: &Transaction, article_id: i64, statements: &[Statement]) -> Result<()> {
    for (seq, s) in statements.iter().enumerate() {
        let (speaker_id, relay_id) = speaker_and_relay(tx, s)?;
        tx.prepare_cached(
            "INSERT INTO statements (article_id, seq, speaker_id, speaker_surface, speaker_role, speaker_start, speaker_end,
                anonymous, relay_id, cue, cue_start, cue_end, kind, stance, said_on, said_precision,
                content, content_start, content_end, sentence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        )?
        .execute(params![
            article_id,
            seq as i64,
            speaker_id,
            s.speaker.as_ref().map(|x| &x.surface),
            s.speaker.as_ref().and_then(|x| x.role.as_ref()),
            s.speaker_span.map(|x| x.start as i64),
            s.speaker_span.map(|x| x.end as i64),
            s.anonymous,
            relay_id,
            s.cue,
            s.cue_span.map(|x| x.start as i64),
            s.cue_span.map(|x| x.end as i64),
            s.kind.as_str(),
            s.stance.as_str(),
            s.said_on.sort_key(),
            s.said_on.precision.as_str(),
            s.content,
            s.content_span.start as i64,
            s.content_span.end as i64,
            s.sentence as i64,
        ])?;
    }
    Ok(())
}

/// A statement row to write: its ids, the statement, its group and whether grouping placed it.
type RowToWrite<'r> = (&'r NewRow, &'r Statement, Option<i64>, bool);

/// Columns of a statement row as [`bind_statement_row`] binds them. Not the id: SQLite gives
/// each row the id above the largest, which is the one [`Store::begin_batch`] worked out
/// (the rows are written in id order, and each INSERT checks that they got them). An id
/// given in the INSERT would need a statement journal (see [`INSERT_STATEMENT_ROWS`]).
const STATEMENT_ROW_COLUMNS: &str = "article_id, seq, speaker_id, speaker_surface, speaker_role,
    speaker_start, speaker_end, anonymous, relay_id, cue, cue_start, cue_end, kind, stance, said_on, said_precision,
    content, content_start, content_end, sentence, group_id, grouped";
const STATEMENT_ROW_PARAMS: usize = 22;
/// Rows written per INSERT. Besides the per-statement overhead (binding, opening a cursor
/// on the table and each index), every execution of an INSERT into `statements` built a
/// small temporary table for each `CHECK (x IN (...))` of the table (three of them), which
/// cost more than writing the row itself.
const ROWS_PER_INSERT: usize = 50;

/// How a batch's statement rows are inserted. SQLite keeps a statement journal for an
/// INSERT of many rows that may stop part way (with its default, ABORT, it undoes the
/// rows it wrote before): a copy of every page the INSERT changes, made before changing it,
/// and the statements' indexes take rows all over the file, so most pages it touched. It
/// needs none when no row can stop it half way and leave the rest to undo: `OR FAIL` (a
/// row that breaks a constraint stops the INSERT, keeping the rows before it; the caller
/// rolls the whole transaction back on any error anyway), references checked at commit
/// (schema version 6) and no explicit id (SQLite checks that a given one is an integer).
const INSERT_STATEMENT_ROWS: &str = "INSERT OR FAIL INTO statements";

/// Insert statements of a batch under their given ids, grouped or waiting for grouping,
/// [`ROWS_PER_INSERT`] to an INSERT.
fn insert_statement_rows_at(tx: &Transaction, rows: &[RowToWrite]) -> Result<()> {
    // SQLite gives a row the id above the largest: the ids worked out, if the rows come in
    // order from there; checked after every INSERT.
    let expect_id = |last: &RowToWrite| -> Result<()> {
        anyhow::ensure!(
            tx.last_insert_rowid() == last.0.statement_id,
            "statement rows stored under other ids than grouping gave them"
        );
        Ok(())
    };
    let mut chunks = rows.chunks_exact(ROWS_PER_INSERT);
    if chunks.len() > 0 {
        let values: Vec<String> =
            (0..ROWS_PER_INSERT).map(|i| statement_row_values(i * STATEMENT_ROW_PARAMS)).collect();
        let values = values.join(", ");
        let sql = format!("{INSERT_STATEMENT_ROWS} ({STATEMENT_ROW_COLUMNS}) VALUES {values}");
        let mut st = tx.prepare_cached(&sql)?;
        for chunk in &mut chunks {
            for (i, row) in chunk.iter().enumerate() {
                bind_statement_row(&mut st, i * STATEMENT_ROW_PARAMS, row)?;
            }
            st.raw_execute()?;
            expect_id(&chunk[ROWS_PER_INSERT - 1])?;
        }
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let sql = format!("{INSERT_STATEMENT_ROWS} ({STATEMENT_ROW_COLUMNS}) VALUES {}", statement_row_values(0));
        let mut st = tx.prepare_cached(&sql)?;
        for row in rest {
            bind_statement_row(&mut st, 0, row)?;
            st.raw_execute()?;
            expect_id(row)?;
        }
    }
    Ok(())
}

/// `(?N, ..., ?M)`: a statement row's parameters, `at + 1 ..= at + 22`.
fn statement_row_values(at: usize) -> String {
    let params: Vec<String> = (at + 1..=at + STATEMENT_ROW_PARAMS).map(|i| format!("?{i}")).collect();
    format!("({})", params.join(", "))
}

/// Bind one row's values to parameters `at + 1 ..= at + 22`.
fn bind_statement_row(st: &mut rusqlite::Statement, at: usize, row: &RowToWrite) -> Result<()> {
    let &(r, s, group, grouped) = row;
    let mut i = at;
    let mut bind = |v: &dyn rusqlite::ToSql| -> rusqlite::Result<()> {
        i += 1;
        st.raw_bind_parameter(i, v)
    };
    bind(&r.article_id)?;
    bind(&(r.seq as i64))?;
    bind(&r.speaker_id)?;
    bind(&s.speaker.as_ref().map(|x| &x.surface))?;
    bind(&s.speaker.as_ref().and_then(|x| x.role.as_ref()))?;
    bind(&s.speaker_span.map(|x| x.start as i64))?;
    bind(&s.speaker_span.map(|x| x.end as i64))?;
    bind(&s.anonymous)?;
    bind(&r.relay_id)?;
    bind(&s.cue)?;
    bind(&s.cue_span.map(|x| x.start as i64))?;
    bind(&s.cue_span.map(|x| x.end as i64))?;
    bind(&s.kind.as_str())?;
    bind(&s.stance.as_str())?;
    bind(&s.said_on.sort_key())?;
    bind(&s.said_on.precision.as_str())?;
    bind(&s.content)?;
    bind(&(s.content_span.start as i64))?;
    bind(&(s.content_span.end as i64))?;
    bind(&(s.sentence as i64))?;
    bind(&group)?;
    bind(&grouped)?;
    Ok(())
}

impl Store {
    /// The stored statements of an article as [`Statement`]s, in text order (for export).
    pub fn article_statements(&self, article_id: i64) -> Result<Vec<Statement>> {
        use crate::model::{DatePrecision, QuoteKind, SaidDate, Span, Speaker, SpeakerKind, Stance};
        let mut st = self.conn.prepare_cached(
            "SELECT sp.name, sp.kind, s.speaker_surface, s.speaker_role, s.speaker_start, s.speaker_end, s.anonymous,
                    r.name, s.cue, s.cue_start, s.cue_end, s.kind, s.stance, s.said_on, s.said_precision,
                    s.content, s.content_start, s.content_end, s.sentence
             FROM statements s
             LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
             LEFT JOIN relays r ON r.relay_id = s.relay_id
             WHERE s.article_id = ?1 ORDER BY s.seq",
        )?;
        let span = |a: Option<i64>, b: Option<i64>| match (a, b) {
            (Some(a), Some(b)) => Some(Span::new(a as usize, b as usize)),
            _ => None,
        };
        let bad = |what: &str, v: &str| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("bad {what} {v:?}").into(),
            )
        };
        let rows = st
            .query_map([article_id], |r| {
                let name: Option<String> = r.get(0)?;
                let kind: Option<String> = r.get(1)?;
                let speaker = match (name, kind) {
                    (Some(name), Some(kind)) => Some(Speaker {
                        surface: r.get::<_, Option<String>>(2)?.unwrap_or_else(|| name.clone()),
                        name,
                        role: r.get(3)?,
                        kind: SpeakerKind::parse(&kind).ok_or_else(|| bad("speaker kind", &kind))?,
                    }),
                    _ => None,
                };
                let kind: String = r.get(11)?;
                let stance: String = r.get(12)?;
                let said_on: Option<String> = r.get(13)?;
                let precision: String = r.get(14)?;
                Ok(Statement {
                    content: r.get(15)?,
                    content_span: Span::new(r.get::<_, i64>(16)? as usize, r.get::<_, i64>(17)? as usize),
                    kind: QuoteKind::parse(&kind).ok_or_else(|| bad("kind", &kind))?,
                    cue: r.get(8)?,
                    cue_span: span(r.get(9)?, r.get(10)?),
                    speaker,
                    speaker_span: span(r.get(4)?, r.get(5)?),
                    anonymous: r.get(6)?,
                    relay: r.get(7)?,
                    stance: match stance.as_str() {
                        "claim" => Stance::Claim,
                        "denial" => Stance::Denial,
                        "neutral" => Stance::Neutral,
                        other => return Err(bad("stance", other)),
                    },
                    said_on: SaidDate {
                        date: said_on.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                        precision: DatePrecision::parse(&precision).ok_or_else(|| bad("precision", &precision))?,
                    },
                    sentence: r.get::<_, i64>(18)? as usize,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

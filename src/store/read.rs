//! Listing queries → row structs, each with an explicit, stable ORDER BY.

use anyhow::Result;
use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use super::Store;
use super::search::fts_query;
use crate::model::{Article, DatePrecision, SaidDate, Statement};
use crate::render::{Tabular, ellipsize};

/// One statement as listed: the fields of the predictions format (FORMATS.md) plus context.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementRow {
    /// Database id (absent for statements that were extracted but not stored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_id: Option<i64>,
    /// The article's id (its external id, or its source name).
    pub article: String,
    /// Canonical speaker name.
    pub speaker: Option<String>,
    /// The statement.
    pub content: String,
    /// Content start, in code points into the article text.
    pub content_start: usize,
    /// Content end (exclusive).
    pub content_end: usize,
    /// The cue ("said", "reported ... as saying").
    pub cue: String,
    /// Outlet that carried the statement.
    pub relay: Option<String>,
    /// Speaker not identified by name.
    pub anonymous: bool,
    /// claim / denial / neutral.
    pub stance: String,
    /// Date said as the text gives it (day, or month as YYYY-MM); null when it gives none.
    pub said_on: Option<String>,
    /// direct / indirect / mixed.
    pub kind: String,
    /// The speaker as written.
    pub speaker_surface: Option<String>,
    /// The speaker's title or role.
    pub speaker_role: Option<String>,
    /// person / description / organization / group / unknown.
    pub speaker_kind: Option<String>,
    /// day / month / approximate (the article's date stands in) / unknown.
    pub said_precision: String,
    /// The article's publication date.
    pub published: Option<String>,
    /// The article's title.
    pub title: Option<String>,
    /// The article's publisher.
    pub outlet: Option<String>,
    /// Database id of the article.
    #[serde(skip)]
    pub article_id: Option<i64>,
    /// The claim group it belongs to, once grouped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
}

impl StatementRow {
    /// A row for a statement extracted from `article` but not stored.
    pub fn from_extracted(article: &Article, s: &Statement) -> StatementRow {
        StatementRow {
            statement_id: None,
            article: article.display_id().to_string(),
            speaker: s.speaker.as_ref().map(|x| x.name.clone()),
            content: s.content.clone(),
            content_start: s.content_span.start,
            content_end: s.content_span.end,
            cue: s.cue.clone(),
            relay: s.relay.clone(),
            anonymous: s.anonymous,
            stance: s.stance.as_str().to_string(),
            said_on: s.said_on.stated(),
            kind: s.kind.as_str().to_string(),
            speaker_surface: s.speaker.as_ref().map(|x| x.surface.clone()),
            speaker_role: s.speaker.as_ref().and_then(|x| x.role.clone()),
            speaker_kind: s.speaker.as_ref().map(|x| x.kind.as_str().to_string()),
            said_precision: s.said_on.precision.as_str().to_string(),
            published: article.published.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            article_id: None,
            group_id: None,
        }
    }

    /// The date said for display: stated, or the article's date marked "~".
    pub fn said_display(&self) -> String {
        match (&self.said_on, self.said_precision.as_str()) {
            (Some(d), _) => d.clone(),
            (None, "approximate") => {
                self.published.as_deref().map(|p| format!("~{}", &p[..p.len().min(10)])).unwrap_or_default()
            }
            _ => String::new(),
        }
    }

    /// Speaker for display: canonical name, with the surface form when it differs.
    pub fn speaker_display(&self) -> String {
        match (&self.speaker, &self.speaker_surface) {
            (Some(n), Some(s)) if !s.eq_ignore_ascii_case(n) && !s.to_lowercase().ends_with(&n.to_lowercase()) => {
                format!("{n} ({s})")
            }
            (Some(n), _) => n.clone(),
            (None, _) => "(unknown)".to_string(),
        }
    }

    /// A row selected by [`STATEMENT_COLUMNS`] (first, in that order: read by position,
    /// which costs nothing, where a name is looked up among all the columns every time).
    pub(crate) fn from_row(r: &Row) -> rusqlite::Result<StatementRow> {
        let said_on: Option<String> = r.get(12)?;
        let precision: String = r.get(13)?;
        let stated = stated_date(said_on.as_deref(), &precision);
        Ok(StatementRow {
            statement_id: Some(r.get(0)?),
            article: r.get(2)?,
            speaker: r.get(3)?,
            content: r.get(5)?,
            content_start: r.get::<_, i64>(6)? as usize,
            content_end: r.get::<_, i64>(7)? as usize,
            cue: r.get(8)?,
            relay: r.get(9)?,
            anonymous: r.get(10)?,
            stance: r.get(11)?,
            said_on: stated,
            kind: r.get(14)?,
            speaker_surface: r.get(15)?,
            speaker_role: r.get(16)?,
            speaker_kind: r.get(4)?,
            said_precision: precision,
            published: r.get(17)?,
            title: r.get(18)?,
            outlet: r.get(19)?,
            article_id: Some(r.get(1)?),
            group_id: r.get(20)?,
        })
    }
}

/// The date said as a row shows it (day, or month as YYYY-MM), from the stored day and
/// precision.
pub(super) fn stated_date(said_on: Option<&str>, precision: &str) -> Option<String> {
    let date = chrono::NaiveDate::parse_from_str(said_on?, "%Y-%m-%d").ok()?;
    SaidDate { date: Some(date), precision: DatePrecision::parse(precision)? }.stated()
}

impl Tabular for StatementRow {
    fn headers() -> Vec<&'static str> {
        vec!["said", "speaker", "anon", "via", "stance", "statement", "article"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.said_display(),
            self.speaker_display(),
            if self.anonymous { "yes".into() } else { String::new() },
            self.relay.clone().unwrap_or_default(),
            self.stance.clone(),
            format!("{} [{}]", ellipsize(&self.content, 300), self.cue),
            ellipsize(self.title.as_deref().unwrap_or(&self.article), 60),
        ]
    }
}

/// Which statements to list.
#[derive(Debug, Clone, Default)]
pub struct StatementFilter {
    /// Full-text topic (statements, speakers, titles); escaped before it reaches FTS5.
    pub topic: Option<String>,
    /// Speaker name or surface contains this (case-insensitive).
    pub speaker: Option<String>,
    /// Relay name contains this (case-insensitive).
    pub via: Option<String>,
    /// Only anonymous (true) or only named (false) speakers.
    pub anonymous: Option<bool>,
    /// Only this stance ("claim", "denial", "neutral").
    pub stance: Option<String>,
    /// Said on or after this ISO date.
    pub since: Option<String>,
    /// Said on or before this ISO date.
    pub until: Option<String>,
    /// Only statements of this article id.
    pub article_id: Option<i64>,
    /// At most this many rows.
    pub limit: Option<usize>,
}

/// The columns of a [`StatementRow`], over `statements s`, `articles a`, `speakers sp`, `relays r`
/// (read by position: a test checks the names and their order).
pub const STATEMENT_COLUMNS: &str = "s.statement_id, a.article_id, coalesce(a.external_id, replace(a.source, rtrim(a.source, replace(a.source, '/', '')), '')) AS article,
    sp.name AS speaker, sp.kind AS speaker_kind, s.content, s.content_start, s.content_end, s.cue, r.name AS relay,
    s.anonymous, s.stance, s.said_on, s.said_precision, s.kind, s.speaker_surface, s.speaker_role,
    a.published, a.title, a.outlet, s.group_id";

/// How many columns [`STATEMENT_COLUMNS`] has.
const STATEMENT_COLUMN_COUNT: usize = 21;

/// The names of [`STATEMENT_COLUMNS`] in order, as `StatementRow::from_row` reads them.
#[cfg(test)]
const STATEMENT_COLUMN_NAMES: [&str; STATEMENT_COLUMN_COUNT] = [
    "statement_id",
    "article_id",
    "article",
    "speaker",
    "speaker_kind",
    "content",
    "content_start",
    "content_end",
    "cue",
    "relay",
    "anonymous",
    "stance",
    "said_on",
    "said_precision",
    "kind",
    "speaker_surface",
    "speaker_role",
    "published",
    "title",
    "outlet",
    "group_id",
];

// Substring tests with instr, not LIKE: any text is literal, and no length makes SQLite
// refuse the pattern ("LIKE or GLOB pattern too complex" past 50,000 bytes).
const STATEMENT_FILTERS: &str =
    "(?2 IS NULL OR instr(lower(sp.name), lower(?2)) > 0 OR instr(lower(s.speaker_surface), lower(?2)) > 0)
    AND (?3 IS NULL OR instr(lower(r.name), lower(?3)) > 0)
    AND (?4 IS NULL OR s.anonymous = ?4)
    AND (?5 IS NULL OR s.stance = ?5)
    AND (?6 IS NULL OR s.said_on >= ?6)
    AND (?7 IS NULL OR s.said_on <= ?7 || '~')";

/// The SQL of [`Store::statements`] for a filter with or without a topic and an article.
/// One plan per access path, each a constant: an "?1 IS NULL OR ..." condition would keep
/// SQLite from driving the query by the full-text index or the article's rows.
pub fn statements_sql(topic: bool, article: bool) -> String {
    let (from, condition) = match (topic, article) {
        (true, _) => (
            "statements_fts m JOIN statements s ON s.statement_id = m.rowid",
            "statements_fts MATCH ?1 AND (?8 IS NULL OR s.article_id = ?8)",
        ),
        (false, true) => ("statements s", "?1 IS NULL AND s.article_id = ?8"),
        (false, false) => ("statements s", "?1 IS NULL AND ?8 IS NULL"),
    };
    select_statements(from, condition, "s.said_on IS NULL, s.said_on, a.published, s.article_id, s.seq")
}

/// The SQL for a frequent topic, in two parts that together give the order of
/// [`statements_sql`]: dated statements walked in date order through `statements_said_on`
/// (`dated`: the index alone; each id is tested against a bitmap of the topic's ids, see
/// `Store::dated_topic_rows`, and the rows kept are read by [`statement_by_id_sql`]); then the
/// undated ones, driven by the full-text index.
///
/// A topic that matches a third of the database would otherwise be sorted in full.
pub fn frequent_topic_sql(dated: bool) -> String {
    if dated {
        "SELECT statement_id, said_on FROM statements INDEXED BY statements_said_on
         WHERE said_on IS NOT NULL ORDER BY said_on"
            .to_string()
    } else {
        select_statements(
            "statements_fts m JOIN statements s ON s.statement_id = m.rowid",
            "statements_fts MATCH ?1 AND ?8 IS NULL AND s.said_on IS NULL",
            "a.published, s.article_id, s.seq",
        )
    }
}

/// One statement by id: [`STATEMENT_COLUMNS`], then its article's date and its place in the
/// article (what the listings sort by after the date said).
pub fn statement_by_id_sql() -> String {
    format!(
        "SELECT {STATEMENT_COLUMNS}, a.published, s.seq
         FROM statements s
         JOIN articles a ON a.article_id = s.article_id
         LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
         LEFT JOIN relays r ON r.relay_id = s.relay_id
         WHERE s.statement_id = ?1"
    )
}

fn select_statements(from: &str, condition: &str, order: &str) -> String {
    format!(
        "SELECT {STATEMENT_COLUMNS}
         FROM {from}
         JOIN articles a ON a.article_id = s.article_id
         LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
         LEFT JOIN relays r ON r.relay_id = s.relay_id
         WHERE {condition} AND {STATEMENT_FILTERS}
         ORDER BY {order}
         LIMIT ?9"
    )
}

/// Whether listing `limit` of a topic's `matches` statements among `total` is cheaper by
/// walking dates. The full-text plan joins and sorts every match (about 0.3 µs each); the
/// walk collects the matching ids into a set (about 0.1 µs each), then reads statements in
/// date order until the limit, about total / matches × 0.2 µs per row listed. The walk wins
/// when matches² exceeds about limit × total (measured on a 470,000-statement database:
/// "Trump", 160,000 matches, 54 → 15 ms for 50 rows; a rare topic would walk the table).
pub(crate) fn is_frequent_topic(matches: i64, total: i64, limit: usize) -> bool {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    matches > 0 && matches.saturating_mul(matches) >= limit.saturating_mul(total)
}

/// A set of statement ids, one bit each.
#[derive(Default)]
pub(super) struct IdSet {
    words: Vec<u64>,
}

impl IdSet {
    fn insert(&mut self, id: i64) {
        let Ok(i) = usize::try_from(id) else { return };
        if i / 64 >= self.words.len() {
            self.words.resize(i / 64 + 1, 0);
        }
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub(super) fn contains(&self, id: i64) -> bool {
        usize::try_from(id).is_ok_and(|i| self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0))
    }
}

/// One speaker with counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRow {
    /// Canonical name.
    pub name: String,
    /// person / description / organization / group / unknown.
    pub kind: String,
    /// Statements attributed.
    pub statements: i64,
    /// Articles they appear in.
    pub articles: i64,
    /// Of which denials.
    pub denials: i64,
    /// Share of their statements made anonymously.
    pub anonymous_share: f64,
    /// Outlets that relayed them, comma-separated.
    pub relays: String,
}

impl Tabular for SpeakerRow {
    fn headers() -> Vec<&'static str> {
        vec!["speaker", "kind", "statements", "articles", "denials", "anonymous", "via"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.clone(),
            self.statements.to_string(),
            self.articles.to_string(),
            self.denials.to_string(),
            format!("{:.0}%", self.anonymous_share * 100.0),
            self.relays.clone(),
        ]
    }
}

/// One relay with counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelayRow {
    /// Outlet name.
    pub name: String,
    /// Statements it carried.
    pub statements: i64,
    /// Distinct speakers it carried.
    pub speakers: i64,
    /// Articles citing it.
    pub articles: i64,
}

impl Tabular for RelayRow {
    fn headers() -> Vec<&'static str> {
        vec!["relay", "statements", "speakers", "articles"]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.name.clone(), self.statements.to_string(), self.speakers.to_string(), self.articles.to_string()]
    }
}

/// One stored article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRow {
    /// Database id.
    pub article_id: i64,
    /// External id or source name.
    pub article: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Publisher.
    pub outlet: Option<String>,
    /// Statements found.
    pub statements: i64,
}

impl Tabular for ArticleRow {
    fn headers() -> Vec<&'static str> {
        vec!["id", "article", "published", "outlet", "statements", "title"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.article_id.to_string(),
            ellipsize(&self.article, 40),
            self.published.clone().unwrap_or_default(),
            self.outlet.clone().unwrap_or_default(),
            self.statements.to_string(),
            ellipsize(self.title.as_deref().unwrap_or(""), 80),
        ]
    }
}

/// An article with its text and statements.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleDetail {
    /// The article's listing row.
    #[serde(flatten)]
    pub row: ArticleRow,
    /// Story code, where the layout gave one.
    pub story_code: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// Body text.
    pub text: String,
    /// Its statements in text order.
    pub statements: Vec<StatementRow>,
}

/// Totals of a database.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    /// Articles stored.
    pub articles: i64,
    /// Statements stored.
    pub statements: i64,
    /// Distinct speakers.
    pub speakers: i64,
    /// Distinct relays.
    pub relays: i64,
    /// Share of statements by anonymous speakers.
    pub anonymous_share: f64,
}

impl Store {
    /// Statements matching a filter, ordered by date said, then article date, then id.
    pub fn statements(&self, f: &StatementFilter) -> Result<Vec<StatementRow>> {
        let topic = match f.topic.as_deref() {
            Some(t) => match fts_query(t) {
                Some(q) => Some(q),
                None => return Ok(Vec::new()),
            },
            None => None,
        };
        // Only a bare topic with a small limit is walked by date: other filters could make
        // the walk read most of the table before it finds enough rows.
        let bare = f.speaker.is_none()
            && f.via.is_none()
            && f.anonymous.is_none()
            && f.stance.is_none()
            && f.since.is_none()
            && f.until.is_none()
            && f.article_id.is_none();
        if let (Some(q), Some(limit)) = (&topic, f.limit)
            && bare
            && self.topic_is_frequent(q, limit)?
        {
            let mut rows = self.dated_topic_rows(q, limit)?;
            if rows.len() < limit {
                let more = self.statements_with(&frequent_topic_sql(false), &topic, f, limit - rows.len())?;
                rows.extend(more);
            }
            return Ok(rows);
        }
        let sql = statements_sql(topic.is_some(), f.article_id.is_some());
        self.statements_with(&sql, &topic, f, f.limit.unwrap_or(usize::MAX))
    }

    fn statements_with(
        &self,
        sql: &str,
        topic: &Option<String>,
        f: &StatementFilter,
        limit: usize,
    ) -> Result<Vec<StatementRow>> {
        let mut st = self.conn.prepare_cached(sql)?;
        let limit = i64::try_from(limit).unwrap_or(-1);
        let rows = st
            .query_map(
                params![
                    topic,
                    f.speaker.as_deref(),
                    f.via.as_deref(),
                    f.anonymous,
                    f.stance,
                    f.since,
                    f.until,
                    f.article_id,
                    limit,
                ],
                StatementRow::from_row,
            )?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The ids of the statements an FTS query matches, as a bitmap.
    pub(super) fn topic_ids(&self, fts: &str) -> Result<IdSet> {
        let mut set = IdSet::default();
        let mut st = self.conn.prepare_cached("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1")?;
        let mut rows = st.query([fts])?;
        while let Some(r) = rows.next()? {
            set.insert(r.get(0)?);
        }
        Ok(set)
    }

    /// Whether an FTS query matches enough statements to list `limit` of them by walking
    /// dates (see [`is_frequent_topic`]). Counting stops once the answer is known, so it
    /// reads at most √(limit × total) ids: a millisecond or two.
    fn topic_is_frequent(&self, fts: &str, limit: usize) -> Result<bool> {
        let total = self.statement_id_bound()?;
        let needed = ((limit as f64) * (total as f64)).sqrt().ceil() as i64 + 1;
        let matches = self.topic_matches_up_to(fts, needed)?;
        Ok(is_frequent_topic(matches, total, limit))
    }

    /// The highest statement id (0 when none): about how many statements there are.
    pub(super) fn statement_id_bound(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT coalesce(max(statement_id), 0) FROM statements")?
            .query_row([], |r| r.get(0))?)
    }

    /// How many statements an FTS query matches, counted up to `most`.
    pub(super) fn topic_matches_up_to(&self, fts: &str, most: i64) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1 LIMIT ?2)",
            )?
            .query_row(params![fts, most], |r| r.get(0))?)
    }

    /// The first `limit` dated statements matching a frequent topic, in the order of
    /// [`statements_sql`] (date said, article date, article, place in it): the topic's ids
    /// are read from the full-text index into a bitmap, then `statements_said_on` is
    /// walked in date order, keeping the ids set in the bitmap, until the limit and every
    /// statement said the same day as the last one kept; only those rows are read in full
    /// and put in order.
    ///
    /// An SQL `IN (SELECT rowid ... MATCH ...)` builds the same set as a temporary B-tree:
    /// three times the work for a topic that matches a third of the database.
    fn dated_topic_rows(&self, fts: &str, limit: usize) -> Result<Vec<StatementRow>> {
        let matches = self.topic_ids(fts)?;
        let matched = |id: i64| matches.contains(id);
        let mut kept: Vec<(i64, String)> = Vec::new();
        {
            let mut st = self.conn.prepare_cached(&frequent_topic_sql(true))?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                if !matched(id) {
                    continue;
                }
                let said = r.get_ref(1)?.as_str()?;
                if kept.len() >= limit && kept.last().is_some_and(|(_, last)| last.as_str() != said) {
                    break;
                }
                kept.push((id, said.to_string()));
            }
        }
        let mut st = self.conn.prepare_cached(&statement_by_id_sql())?;
        let n = STATEMENT_COLUMN_COUNT;
        let mut rows: Vec<(String, Option<String>, i64, i64, StatementRow)> = Vec::with_capacity(kept.len());
        for (id, said) in kept {
            let row = st.query_row([id], |r| {
                Ok((r.get::<_, Option<String>>(n)?, r.get::<_, i64>(n + 1)?, StatementRow::from_row(r)?))
            })?;
            let (published, seq, row) = row;
            rows.push((said, published, row.article_id.unwrap_or(0), seq, row));
        }
        // The order of SQLite's ORDER BY: text compared byte by byte, NULL first.
        rows.sort_by(|a, b| (&a.0, &a.1, a.2, a.3).cmp(&(&b.0, &b.1, b.2, b.3)));
        rows.truncate(limit);
        Ok(rows.into_iter().map(|r| r.4).collect())
    }

    /// Statements by id, in the order given (ids not stored are skipped).
    pub fn statements_by_id(&self, ids: &[i64]) -> Result<Vec<StatementRow>> {
        let mut st = self.conn.prepare_cached(&statement_by_id_sql())?;
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            if let Some(row) = st.query_row([id], StatementRow::from_row).optional()? {
                out.push(row);
            }
        }
        Ok(out)
    }

    /// Statements of the given articles (for pairing denials with claims).
    pub fn statements_in_articles(&self, article_ids: &[i64]) -> Result<Vec<StatementRow>> {
        let mut out = Vec::new();
        for &id in article_ids {
            out.extend(self.statements(&StatementFilter { article_id: Some(id), ..Default::default() })?);
        }
        Ok(out)
    }

    /// Speakers with their counts, most statements first.
    pub fn speakers(&self, limit: Option<usize>) -> Result<Vec<SpeakerRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT sp.name, sp.kind, count(*), count(DISTINCT s.article_id),
                    sum(s.stance = 'denial'), avg(s.anonymous),
                    coalesce((SELECT group_concat(name, ', ') FROM (SELECT DISTINCT r.name FROM statements s2
                              JOIN relays r ON r.relay_id = s2.relay_id WHERE s2.speaker_id = sp.speaker_id ORDER BY r.name)), '')
             FROM statements s JOIN speakers sp ON sp.speaker_id = s.speaker_id
             GROUP BY sp.speaker_id
             ORDER BY count(*) DESC, sp.name, sp.speaker_id
             LIMIT ?1",
        )?;
        let rows = st
            .query_map([limit.map_or(-1, |l| l as i64)], |r| {
                Ok(SpeakerRow {
                    name: r.get(0)?,
                    kind: r.get(1)?,
                    statements: r.get(2)?,
                    articles: r.get(3)?,
                    denials: r.get(4)?,
                    anonymous_share: r.get(5)?,
                    relays: r.get(6)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Relays with their counts, most statements first.
    pub fn relays(&self) -> Result<Vec<RelayRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.name, count(*), count(DISTINCT s.speaker_id), count(DISTINCT s.article_id)
             FROM statements s JOIN relays r ON r.relay_id = s.relay_id
             GROUP BY r.relay_id
             ORDER BY count(*) DESC, r.name, r.relay_id",
        )?;
        let rows = st
            .query_map([], |r| {
                Ok(RelayRow { name: r.get(0)?, statements: r.get(1)?, speakers: r.get(2)?, articles: r.get(3)? })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Articles, most recent first.
    pub fn articles(&self, limit: Option<usize>) -> Result<Vec<ArticleRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT a.article_id, coalesce(a.external_id, replace(a.source, rtrim(a.source, replace(a.source, '/', '')), '')),
                    a.title, a.published, a.outlet, (SELECT count(*) FROM statements s WHERE s.article_id = a.article_id)
             FROM articles a
             ORDER BY a.published IS NULL, a.published DESC, a.article_id
             LIMIT ?1",
        )?;
        let rows = st.query_map([limit.map_or(-1, |l| l as i64)], article_row)?.collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// One article by database id, external id or source name.
    pub fn article(&self, key: &str) -> Result<Option<ArticleDetail>> {
        let found = self
            .conn
            .prepare_cached(
                "SELECT a.article_id, coalesce(a.external_id, replace(a.source, rtrim(a.source, replace(a.source, '/', '')), '')),
                        a.title, a.published, a.outlet, (SELECT count(*) FROM statements s WHERE s.article_id = a.article_id),
                        a.story_code, a.url, a.body
                 FROM articles a
                 WHERE a.external_id = ?1 OR a.source = ?1 OR CAST(a.article_id AS TEXT) = ?1
                    OR (substr(a.source, -length(?1)) = ?1 AND substr(a.source, -length(?1) - 1, 1) = '/')
                 ORDER BY a.article_id LIMIT 1",
            )?
            .query_row([key], |r| Ok((article_row(r)?, r.get(6)?, r.get(7)?, r.get(8)?)))
            .optional()?;
        let Some((row, story_code, url, text)) = found else { return Ok(None) };
        let statements =
            self.statements(&StatementFilter { article_id: Some(row.article_id), ..Default::default() })?;
        let mut statements = statements;
        statements.sort_by_key(|s| (s.content_start, s.statement_id));
        Ok(Some(ArticleDetail { row, story_code, url, text, statements }))
    }

    /// Totals.
    pub fn summary(&self) -> Result<Summary> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements),
                    (SELECT count(*) FROM speakers), (SELECT count(*) FROM relays),
                    coalesce((SELECT avg(anonymous) FROM statements), 0.0)",
            [],
            |r| {
                Ok(Summary {
                    articles: r.get(0)?,
                    statements: r.get(1)?,
                    speakers: r.get(2)?,
                    relays: r.get(3)?,
                    anonymous_share: r.get(4)?,
                })
            },
        )?)
    }
}

fn article_row(r: &Row) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        article_id: r.get(0)?,
        article: r.get(1)?,
        title: r.get(2)?,
        published: r.get(3)?,
        outlet: r.get(4)?,
        statements: r.get(5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_columns_are_where_from_row_reads_them() {
        let store = Store::open_in_memory().unwrap();
        let sql = format!(
            "SELECT {STATEMENT_COLUMNS} FROM statements s JOIN articles a ON a.article_id = s.article_id
             LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id LEFT JOIN relays r ON r.relay_id = s.relay_id"
        );
        let st = store.conn.prepare(&sql).unwrap();
        assert_eq!(st.column_names().collect::<Vec<_>>(), STATEMENT_COLUMN_NAMES);
    }

    #[test]
    fn frequent_topics_have_many_matches_for_the_rows_asked() {
        assert!(is_frequent_topic(160_000, 470_000, 50));
        assert!(is_frequent_topic(160_000, 470_000, 2_000));
        assert!(is_frequent_topic(8_000, 470_000, 50));
        assert!(
            !is_frequent_topic(8_000, 470_000, 2_000),
            "too sparse for 2,000 rows: the walk would read most of the table"
        );
        assert!(!is_frequent_topic(0, 0, 50));
        assert!(!is_frequent_topic(5, 1_000_000, usize::MAX));
    }

    /// The two-part plan for frequent topics lists the same rows in the same order as the
    /// full-text plan, whatever the limit (some statements carry no date).
    #[test]
    fn walking_dates_gives_the_full_text_plan_order() {
        let mut store = Store::open_in_memory().unwrap();
        let mut batch = Vec::new();
        for (i, day) in ["2022-01-03", "2022-01-01", "", "2022-01-02", "", "2022-01-01"].iter().enumerate() {
            let text = format!(
                "The minister said on Monday that the talks had stalled. The envoy said the talks would resume. \
                 A spokesman said the talks were over number {i}."
            );
            let mut article = crate::ingest::formats::parse_text(&format!("a{i}.txt"), &text);
            article.published = (!day.is_empty()).then(|| day.to_string());
            let statements = crate::ingest::extract_article(&article);
            batch.push((article, statements));
        }
        store.save_batch(&batch).unwrap();
        let topic = Some(fts_query("talks").unwrap());
        let all = StatementFilter { topic: topic.clone(), ..Default::default() };
        let expected = store.statements_with(&statements_sql(true, false), &topic, &all, usize::MAX).unwrap();
        assert!(expected.iter().any(|r| r.said_on.is_none()) && expected.iter().any(|r| r.said_on.is_some()));
        for limit in 1..=expected.len() + 1 {
            let f = StatementFilter { limit: Some(limit), ..all.clone() };
            let mut rows = store.dated_topic_rows(topic.as_deref().unwrap(), limit).unwrap();
            let rest = limit - rows.len();
            rows.extend(store.statements_with(&frequent_topic_sql(false), &topic, &f, rest).unwrap());
            let want: Vec<_> = expected.iter().take(limit).map(|r| r.statement_id).collect();
            assert_eq!(rows.iter().map(|r| r.statement_id).collect::<Vec<_>>(), want, "limit {limit}");
        }
    }
}

//! The SQLite store: opening (pragmas, schema, upgrades), and the only place that builds SQL.
//!
//! The rest of the program asks [`Store`] for what it needs; nothing outside this module
//! sees a connection.

mod group;
mod read;
pub mod search;
mod write;

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

pub use group::{ArticleDates, GroupMember, Grouping, Placement};
pub use read::{ArticleDetail, ArticleRow, RelayRow, SpeakerRow, StatementFilter, StatementRow, Summary};
pub use write::{BatchWriter, SaveOutcome};

/// The SQL behind the listings, for benchmarks that print their query plans
/// (`examples/bench_db.rs`); the program itself only asks [`Store`].
#[doc(hidden)]
pub mod sql {
    pub use super::read::{STATEMENT_COLUMNS, frequent_topic_sql, statement_by_id_sql, statements_sql};
}

/// The schema, applied to fresh databases.
const SCHEMA_SQL: &str = include_str!("../../schema.sql");

/// Version of the schema this build writes. Bump it and append an upgrade step to
/// [`UPGRADES`] for every schema change; never edit an old step.
pub const SCHEMA_VERSION: i32 = 7;

/// The upgrade steps, appended to and never edited: `UPGRADES[i]` takes a database from
/// schema version `i + 1` to `i + 2`. Each step brings a database made by the older
/// schema.sql to exactly what the newer one creates (the same SQL text for every object).
const UPGRADES: &[&str] = &[
    // 1 → 2: index for listing claim groups largest first. No IF NOT EXISTS: a version 1
    // database has no object of that name, and one that does is refused, not trusted.
    // Statements are indexed for full-text search by the store, an article at a time,
    // instead of by a trigger row by row.
    "CREATE INDEX claim_groups_size ON claim_groups (size DESC, group_id);
     DROP TRIGGER statements_fts_insert;",
    // 2 → 3: cheaper writes. Postings are staged a batch to a row and moved into
    // group_postings in bulk; the index of statements waiting for grouping holds only those;
    // the index on (stance, article_id) goes (no query used it).
    "CREATE TABLE group_postings_staged (
    staged_id INTEGER PRIMARY KEY,
    postings  BLOB NOT NULL
);
     DROP INDEX statements_pending;
     CREATE INDEX statements_pending ON statements (statement_id) WHERE grouped = 0;
     DROP INDEX statements_stance;",
    // 3 → 4: digests of claim groups, so that `groups` and `compare` need not read every
    // member. An upgraded database has none until grouping next finishes (a load); until
    // then groups are read in full, as before.
    "CREATE TABLE group_digests (
    group_id INTEGER PRIMARY KEY,
    size     INTEGER NOT NULL,
    weight   INTEGER NOT NULL,
    digest   TEXT NOT NULL
);",
    // 4 → 5: cheaper rows. A CHECK (x IN (a, b, c)) builds a temporary table of its list for
    // every row it checks; the same checks are now comparisons. CHECK constraints are only
    // text in the schema: it is edited in place, SQLite's documented procedure for changing
    // them, safe as the new ones accept exactly the rows the old ones did ("RESET" reloads
    // this connection's schema; the index change below tells other connections to). The
    // relay index keeps only the statements with a relay.
    "PRAGMA writable_schema = ON;
     UPDATE sqlite_schema SET sql = replace(replace(replace(replace(replace(sql,
             'CHECK (kind IN (''person'', ''description'', ''organization'', ''group'', ''unknown''))',
             'CHECK (kind = ''person'' OR kind = ''description'' OR kind = ''organization'' OR kind = ''group'' OR kind = ''unknown'')'),
             'CHECK (kind IN (''direct'', ''indirect'', ''mixed''))',
             'CHECK (kind = ''direct'' OR kind = ''indirect'' OR kind = ''mixed'')'),
             'CHECK (stance IN (''claim'', ''denial'', ''neutral''))',
             'CHECK (stance = ''claim'' OR stance = ''denial'' OR stance = ''neutral'')'),
             'CHECK (said_precision IN (''day'', ''month'', ''approximate'', ''unknown''))',
             'CHECK (said_precision = ''day'' OR said_precision = ''month'' OR said_precision = ''approximate''
                                 OR said_precision = ''unknown'')'),
             'CHECK (basis IN (''group'', ''article'', ''similar''))',
             'CHECK (basis = ''group'' OR basis = ''article'' OR basis = ''similar'')')
       WHERE type = 'table' AND name IN ('speakers', 'statements', 'denial_links');
     PRAGMA writable_schema = RESET;
     DROP INDEX statements_relay;
     CREATE INDEX statements_relay ON statements (relay_id) WHERE relay_id IS NOT NULL;",
    // 5 → 6: the statements' references are checked at commit instead of at each row, so
    // that the INSERTs writing a batch's rows fifty at a time keep no statement journal
    // (see write.rs). Edited in place as in 4 → 5: the same rows are accepted, only when
    // the check runs changes. Making an index again (a small one) tells other connections to
    // reload the schema.
    "PRAGMA writable_schema = ON;
     UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
             'REFERENCES articles (article_id) ON DELETE CASCADE,',
             'REFERENCES articles (article_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,'),
             'REFERENCES speakers (speaker_id),',
             'REFERENCES speakers (speaker_id) DEFERRABLE INITIALLY DEFERRED,'),
             'REFERENCES relays (relay_id),',
             'REFERENCES relays (relay_id) DEFERRABLE INITIALLY DEFERRED,')
       WHERE type = 'table' AND name = 'statements';
     PRAGMA writable_schema = RESET;
     DROP INDEX claim_groups_size;
     CREATE INDEX claim_groups_size ON claim_groups (size DESC, group_id);",
    // 6 → 7: a date may be known to the year only ("last year"). Edited in place as in 4 → 5:
    // the new check accepts every row the old one did, and 'year'.
    "PRAGMA writable_schema = ON;
     UPDATE sqlite_schema SET sql = replace(sql,
             'OR said_precision = ''unknown'')',
             'OR said_precision = ''unknown'' OR said_precision = ''year'')')
       WHERE type = 'table' AND name = 'statements';
     PRAGMA writable_schema = RESET;
     DROP INDEX claim_groups_size;
     CREATE INDEX claim_groups_size ON claim_groups (size DESC, group_id);",
];

// Every version after the first has its step.
const _: () = assert!(UPGRADES.len() == SCHEMA_VERSION as usize - 1);

/// Version of the extraction rules; articles stored by an older one can be re-extracted.
pub const EXTRACTOR_VERSION: i32 = 1;

/// Page size of a new database. With 8 KB pages instead of SQLite's 4 KB a load's writer
/// descends and splits fewer B-tree pages per row (the statements' indexes take rows all over
/// them): 100,000 articles, writer CPU 54.9 → 49.3 s, wall 81.6 → 73.5 s, peak RSS 189 → 181
/// MB. The page cache is sized in bytes, so it holds as much. Existing databases keep theirs.
const PAGE_SIZE: i64 = 8192;

/// Bytes the write-ahead log may hold before a load's writer checkpoints it itself.
const WAL_CHECKPOINT_BYTES: i64 = 128 << 20;

/// FTS5's `automerge` for the statements' full-text index, set when a load starts.
const FTS_AUTOMERGE: i64 = 16;

/// Configure SQLite once, before the process opens its first connection: it keeps no
/// memory statistics (nothing reads them, and counting took a global lock around every
/// allocation: 2% of the writer's instructions). What SQLite stores and answers is the same.
/// Too late (a connection was opened first, as some tests do), SQLite refuses and keeps its
/// default.
fn configure_sqlite() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: sqlite3_config is called before SQLite is initialised (else it returns
        // SQLITE_MISUSE and changes nothing), with the one int argument this option takes.
        unsafe {
            let _ = rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0 as std::ffi::c_int);
        }
    });
}

/// Errors the caller may want to tell apart.
#[derive(Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The database was written by a newer whosaid.
    SchemaTooNew {
        /// Version found in the file.
        found: i32,
        /// Newest version this build knows.
        supported: i32,
    },
    /// The file is a SQLite database of some other program.
    NotWhosaid,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::SchemaTooNew { found, supported } => write!(
                f,
                "database schema version {found} is newer than this whosaid supports ({supported}); upgrade whosaid, the file was left untouched"
            ),
            StoreError::NotWhosaid => {
                write!(f, "not a whosaid database (it has other tables); the file was left untouched")
            }
        }
    }
}

impl std::error::Error for StoreError {}

/// An open whosaid database.
pub struct Store {
    conn: Connection,
    /// Speaker and relay ids of committed batches (rows that are never deleted), so that
    /// each batch need not look up again the speakers the batches before it stored.
    known_ids: std::cell::RefCell<write::KnownIds>,
}

impl Store {
    /// Open (creating if needed) the database at `path`, upgrading an older schema in one
    /// transaction and refusing a newer one or a foreign file untouched.
    pub fn open(path: &Path) -> Result<Store> {
        configure_sqlite();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("could not open database {}", path.display()))?;
        Store::init(conn).with_context(|| format!("could not open database {}", path.display()))
    }

    /// A fresh database in memory (tests, `extract`).
    pub fn open_in_memory() -> Result<Store> {
        configure_sqlite();
        Store::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store> {
        // Wait for other processes (a load writing, another opening) rather than fail with
        // "database is locked"; set before the first statement, which may need a lock too.
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // Reading the header first turns "file is not a database" into a clear error before
        // any pragma could write to the file.
        let found: i32 =
            conn.query_row("PRAGMA user_version", [], |r| r.get(0)).context("file is not a SQLite database")?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew { found, supported: SCHEMA_VERSION }.into());
        }
        if found < 0 {
            // whosaid never writes a negative version: some other program's file.
            return Err(StoreError::NotWhosaid.into());
        }
        if found == 0 {
            let foreign: i64 = conn.query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                [],
                |r| r.get(0),
            )?;
            if foreign > 0 {
                return Err(StoreError::NotWhosaid.into());
            }
        }
        // Pragmas sit outside the schema transaction (journal mode cannot change inside one).
        // Switching to WAL needs an exclusive lock, so it is done only once: a reader opening
        // while a load writes never has to wait for the writer.
        conn.pragma_update(None, "foreign_keys", "ON")?;
        if found == 0 {
            // Before the first write, which fixes it (a database that has one keeps it).
            conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        }
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Plans never depend on bound values (no query needs that): otherwise every query
        // with a `column = ?` term re-prepares whenever the value changes, because the
        // partial index statements_pending might apply to some value.
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        conn.set_prepared_statement_cache_capacity(64);
        if found < SCHEMA_VERSION {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
            // Re-read inside the lock: another process may have initialised it meanwhile.
            let now: i32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if now == 0 {
                tx.execute_batch(SCHEMA_SQL).context("could not create the schema")?;
            } else if now < SCHEMA_VERSION {
                upgrade_from(&tx, now)?;
            }
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        }
        Ok(Store { conn, known_ids: Default::default() })
    }

    /// Settings for a connection that writes many batches (a load): 16 MB of page cache,
    /// since every statement row updates several indexes spread over the file, and WAL
    /// checkpoints every 128 MB instead of every 4 MB, so a hot page is copied back to the
    /// database once per checkpoint rather than after nearly every batch. Temporary files
    /// (statement journals, sorts) are kept in memory: on disk they took some 15 writes
    /// (pwrite calls) per article stored, more than the WAL itself.
    pub fn tune_for_bulk_writes(&self) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -16_384)?;
        let page_size: i64 = self.conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        let pages = WAL_CHECKPOINT_BYTES / page_size.max(512);
        let _: i64 = self.conn.query_row(&format!("PRAGMA wal_autocheckpoint = {pages}"), [], |r| r.get(0))?;
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        // FTS5 merges the segments of a level (a batch flushes one) once `automerge` of them
        // gather: 4 by default, so a load rewrote each indexed term some log4(batches) times;
        // with 16 (the most) about half as often. Kept in the index's own settings; queries
        // read the same rows at the same cost (who/compare/groups CPU time on 40,000
        // articles unchanged).
        let automerge: Option<i64> = self
            .conn
            .query_row("SELECT v FROM statements_fts_config WHERE k = 'automerge'", [], |r| r.get(0))
            .optional()?;
        if automerge != Some(FTS_AUTOMERGE) {
            self.conn.execute(
                "INSERT INTO statements_fts (statements_fts, rank) VALUES ('automerge', ?1)",
                [FTS_AUTOMERGE],
            )?;
        }
        Ok(())
    }

    /// Copy what the write-ahead log holds into the database file, as far as it can without
    /// waiting for anyone (a passive checkpoint); for a connection of its own beside a
    /// writer, so that the writer's own checkpoints find little left to copy.
    pub fn checkpoint_wal(&self) -> Result<()> {
        let _: (i64, i64, i64) =
            self.conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(())
    }

    /// `PRAGMA integrity_check` result ("ok" when healthy).
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// The schema SQL of every object, sorted: for comparing an upgraded database with a
    /// fresh one.
    pub fn schema_fingerprint(&self) -> Result<Vec<String>> {
        let mut st = self.conn.prepare(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name",
        )?;
        let rows = st.query_map([], |r| r.get(0))?.collect::<Result<Vec<String>, _>>()?;
        Ok(rows)
    }
}

/// Upgrade a database from schema version `from` to [`SCHEMA_VERSION`], one step of
/// [`UPGRADES`] at a time, inside the caller's transaction: a failing step leaves the file as
/// it was.
fn upgrade_from(tx: &rusqlite::Transaction, from: i32) -> Result<()> {
    if !(1..SCHEMA_VERSION).contains(&from) {
        anyhow::bail!("no upgrade path from schema version {from} to {SCHEMA_VERSION}");
    }
    for v in from..SCHEMA_VERSION {
        tx.execute_batch(UPGRADES[v as usize - 1]).with_context(|| {
            format!("could not upgrade the database schema from version {v} to {}; the file was left untouched", v + 1)
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_database_has_the_current_version_and_is_healthy() {
        let s = Store::open_in_memory().unwrap();
        let v: i32 = s.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn only_older_known_versions_have_an_upgrade_path() {
        let mut s = Store::open_in_memory().unwrap();
        let tx = s.conn.transaction().unwrap();
        for v in [0, -1, SCHEMA_VERSION, SCHEMA_VERSION + 1] {
            let err = upgrade_from(&tx, v).unwrap_err();
            assert!(err.to_string().contains(&format!("no upgrade path from schema version {v}")), "{err}");
        }
    }

    #[test]
    fn a_version_5_database_is_upgraded_to_references_checked_at_commit() {
        let fresh = Store::open_in_memory().unwrap().schema_fingerprint().unwrap();
        let mut s = Store::open_in_memory().unwrap();
        // The statements table as schema version 5 made it.
        s.conn
            .execute_batch(
                "PRAGMA writable_schema = ON;
                 UPDATE sqlite_schema SET sql = replace(sql, ' DEFERRABLE INITIALLY DEFERRED', '')
                   WHERE name = 'statements';
                 PRAGMA writable_schema = RESET;",
            )
            .unwrap();
        assert_ne!(s.schema_fingerprint().unwrap(), fresh);
        let tx = s.conn.transaction().unwrap();
        upgrade_from(&tx, 5).unwrap();
        tx.commit().unwrap();
        assert_eq!(s.schema_fingerprint().unwrap(), fresh);
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_statement_of_no_article_is_refused_when_its_transaction_commits() {
        let mut s = Store::open_in_memory().unwrap();
        let tx = s.conn.transaction().unwrap();
        tx.execute(
            "INSERT INTO statements (article_id, seq, anonymous, cue, kind, stance, said_precision, content,
                                     content_start, content_end, sentence)
             VALUES (42, 0, 0, 'said', 'direct', 'claim', 'unknown', 'x', 0, 1, 0)",
            [],
        )
        .unwrap();
        let err = tx.commit().unwrap_err();
        assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
        let n: i64 = s.conn.query_row("SELECT count(*) FROM statements", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn listing_groups_by_size_reads_the_index_without_sorting() {
        // The query of `Store::group_ids` without a topic.
        let s = Store::open_in_memory().unwrap();
        let mut st = s
            .conn
            .prepare(
                "EXPLAIN QUERY PLAN
                 SELECT group_id FROM claim_groups WHERE size >= ?1 ORDER BY size DESC, group_id LIMIT ?2",
            )
            .unwrap();
        let plan = st.query_map([1, 20], |r| r.get::<_, String>(3)).unwrap().collect::<Result<Vec<_>, _>>().unwrap();
        let plan = plan.join("\n");
        assert!(plan.contains("USING COVERING INDEX claim_groups_size"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }

    #[test]
    fn newer_schema_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("CREATE TABLE x (a); PRAGMA user_version = 99;").unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().unwrap();
        let e = err.downcast_ref::<StoreError>();
        assert_eq!(e, Some(&StoreError::SchemaTooNew { found: 99, supported: SCHEMA_VERSION }));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn negative_schema_version_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("neg.db");
        Connection::open(&path).unwrap().execute_batch("CREATE TABLE x (a); PRAGMA user_version = -3;").unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.downcast_ref::<StoreError>(), Some(&StoreError::NotWhosaid));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn foreign_database_and_non_database_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (a);").unwrap();
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.downcast_ref::<StoreError>(), Some(&StoreError::NotWhosaid));
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "just some text, not sqlite at all, long enough to have a header...........").unwrap();
        let before = std::fs::read(&text).unwrap();
        let err = Store::open(&text).err().unwrap();
        assert!(format!("{err:#}").contains("not a SQLite database") || format!("{err:#}").contains("not a database"));
        assert_eq!(std::fs::read(&text).unwrap(), before);
    }
}

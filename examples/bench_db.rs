//! Database helpers for `scripts/bench-scale.sh`, run with the SQLite that whosaid bundles
//! (the system `sqlite3` may be too old for the schema's FTS5 options):
//!
//! - `bench_db explain DB`: `EXPLAIN QUERY PLAN` of the main queries behind `who`,
//!   `compare`, `groups` and `load`. The SQL is copied from src/store/read.rs,
//!   src/store/group.rs and src/store/write.rs: keep it in step when those change.
//! - `bench_db grow DB STATEMENTS`: copy the stored articles, statements, claim groups,
//!   related groups and denial links (new ids, same speakers and relays; the copies are
//!   indexed for full-text search as the store indexes its batches) until the database holds
//!   at least STATEMENTS statements, to time queries at a size that `load` would take too long to reach. The
//!   copies are not grouped against each other (no postings are copied): only for timing
//!   reads. The copied groups get their digests (`whosaid::analysis::digest::refresh`).

use rusqlite::{Connection, OpenFlags};

use whosaid::store::sql::{STATEMENT_COLUMNS, frequent_topic_sql, statement_by_id_sql, statements_sql};

const MEMBER_COLUMNS: &str = "statement_id, article_id, speaker_id, content, content_start, said_on, stance, group_id";

fn statements_where(condition: &str) -> String {
    format!(
        "SELECT {STATEMENT_COLUMNS} FROM statements s
         JOIN articles a ON a.article_id = s.article_id
         LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
         LEFT JOIN relays r ON r.relay_id = s.relay_id
         WHERE {condition}
         ORDER BY s.said_on IS NULL, s.said_on, s.statement_id"
    )
}

fn queries() -> Vec<(&'static str, String)> {
    vec![
        (
            "who TOPIC / compare step 1 (Store::statements, read.rs)",
            statements_sql(true, false),
        ),
        ("who FREQUENT-TOPIC, dated part: walk by date (Store::statements, read.rs)", frequent_topic_sql(true)),
        ("who FREQUENT-TOPIC, dated part: the rows kept (Store::statements, read.rs)", statement_by_id_sql()),
        ("who FREQUENT-TOPIC, undated part (Store::statements, read.rs)", frequent_topic_sql(false)),
        ("compare: group_statements (group.rs)", statements_where("s.group_id = ?1")),
        (
            "compare/groups: group_digest (group.rs)",
            "SELECT d.weight, d.digest FROM group_digests d JOIN claim_groups g ON g.group_id = d.group_id
             WHERE d.group_id = ?1 AND d.size = g.size"
                .into(),
        ),
        (
            "compare: denial_link (group.rs)",
            "SELECT l.claim_id, c.group_id FROM denial_links l LEFT JOIN statements c ON c.statement_id = l.claim_id
             WHERE l.denial_id = ?1"
                .into(),
        ),
        (
            "load, digests: group_members_outline (group.rs)",
            "SELECT s.statement_id, s.article_id, sp.name, s.anonymous, s.stance, s.said_on, s.said_precision,
                    r.name, a.published, a.outlet
             FROM statements s
             JOIN articles a ON a.article_id = s.article_id
             LEFT JOIN speakers sp ON sp.speaker_id = s.speaker_id
             LEFT JOIN relays r ON r.relay_id = s.relay_id
             WHERE s.group_id = ?1
             ORDER BY s.said_on IS NULL, s.said_on, s.statement_id"
                .into(),
        ),
        (
            "load, digests: denial_ids_answering (group.rs)",
            "SELECT l.denial_id, d.statement_id IS NOT NULL, d.said_on
             FROM statements c JOIN denial_links l ON l.claim_id = c.statement_id
             LEFT JOIN statements d ON d.statement_id = l.denial_id
             WHERE c.group_id = ?1"
                .into(),
        ),
        (
            "compare: group_representative (group.rs)",
            "SELECT representative_id FROM claim_groups WHERE group_id = ?1".into(),
        ),
        (
            "compare: denials_answering (group.rs)",
            statements_where(
                "s.statement_id IN (SELECT l.denial_id FROM denial_links l JOIN statements c ON c.statement_id = l.claim_id
                                    WHERE c.group_id = ?1)",
            ),
        ),
        (
            "compare: denials_answering_claim (group.rs)",
            statements_where("s.statement_id IN (SELECT denial_id FROM denial_links WHERE claim_id = ?1)"),
        ),
        (
            "groups TOPIC: group_ids (group.rs)",
            "SELECT g.group_id FROM claim_groups g
             WHERE g.size >= ?2 AND g.group_id IN (
                SELECT s.group_id FROM statements s
                WHERE s.statement_id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?1))
             ORDER BY g.size DESC, g.group_id LIMIT ?3"
                .into(),
        ),
        (
            "groups FREQUENT-TOPIC: groups largest first (group.rs)",
            "SELECT group_id FROM claim_groups WHERE size >= ?1 ORDER BY size DESC, group_id".into(),
        ),
        (
            "groups FREQUENT-TOPIC: a group's members (group.rs)",
            "SELECT statement_id FROM statements WHERE group_id = ?1".into(),
        ),
        (
            "groups: group_ids without topic (group.rs)",
            "SELECT group_id FROM claim_groups WHERE size >= ?1 ORDER BY size DESC, group_id LIMIT ?2".into(),
        ),
        (
            "load: find_article (write.rs)",
            "SELECT article_id FROM articles WHERE content_hash = ?1 OR (?2 IS NOT NULL AND external_id = ?2)".into(),
        ),
        (
            "load/grouping: pending_grouping (group.rs)",
            format!("SELECT {MEMBER_COLUMNS} FROM statements WHERE grouped = 0 ORDER BY statement_id LIMIT ?1"),
        ),
        (
            "load/grouping: group_members (group.rs)",
            format!("SELECT {MEMBER_COLUMNS} FROM statements WHERE statement_id = ?1"),
        ),
        (
            "load/grouping: article_claims (group.rs)",
            format!("SELECT {MEMBER_COLUMNS} FROM statements WHERE article_id = ?1 AND stance = 'claim' ORDER BY seq"),
        ),
        (
            "load/grouping: first_claim_of_group (group.rs)",
            "SELECT statement_id, said_on FROM statements WHERE group_id = ?1 AND stance = 'claim'
             ORDER BY said_on IS NULL, said_on, statement_id LIMIT 1"
                .into(),
        ),
        (
            "load/grouping: posting_candidates (group.rs)",
            "SELECT statement_id FROM group_postings WHERE term = ?1 ORDER BY statement_id DESC LIMIT ?2".into(),
        ),
    ]
}

fn main() -> rusqlite::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["explain", db] => explain(db),
        ["grow", db, target] => {
            let Ok(target) = target.parse::<i64>() else { usage() };
            grow(db, target)
        }
        _ => usage(),
    }
}

fn usage() -> ! {
    eprintln!("usage: bench_db explain DB | bench_db grow DB STATEMENTS");
    std::process::exit(2);
}

fn count(conn: &Connection, table: &str) -> rusqlite::Result<i64> {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
}

fn grow(db: &str, target: i64) -> rusqlite::Result<()> {
    let mut conn = Connection::open(db)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    let (articles, statements) = (count(&conn, "articles")?, count(&conn, "statements")?);
    if statements == 0 {
        eprintln!("bench_db grow: {db} holds no statements");
        std::process::exit(1);
    }
    let max_a: i64 = conn.query_row("SELECT max(article_id) FROM articles", [], |r| r.get(0))?;
    let max_s: i64 = conn.query_row("SELECT max(statement_id) FROM statements", [], |r| r.get(0))?;
    let mut copy = 0;
    while count(&conn, "statements")? < target {
        copy += 1;
        let (da, ds) = (max_a * copy, max_s * copy);
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO articles (article_id, content_hash, external_id, source, title, published, outlet,
                                   story_code, url, body, extractor_version)
             SELECT article_id + ?1, content_hash || '~copy' || ?2, external_id || '~copy' || ?2, source, title,
                    published, outlet, story_code, url, body, extractor_version
             FROM articles WHERE article_id <= ?3",
            rusqlite::params![da, copy, max_a],
        )?;
        tx.execute(
            "INSERT INTO statements (statement_id, article_id, seq, speaker_id, speaker_surface, speaker_role,
                                     speaker_start, speaker_end, anonymous, relay_id, cue, cue_start, cue_end, kind,
                                     stance, said_on, said_precision, content, content_start, content_end, sentence,
                                     group_id, grouped)
             SELECT statement_id + ?2, article_id + ?1, seq, speaker_id, speaker_surface, speaker_role,
                    speaker_start, speaker_end, anonymous, relay_id, cue, cue_start, cue_end, kind,
                    stance, said_on, said_precision, content, content_start, content_end, sentence,
                    group_id + ?2, grouped
             FROM statements WHERE statement_id <= ?3",
            rusqlite::params![da, ds, max_s],
        )?;
        tx.execute(
            "INSERT INTO claim_groups (group_id, representative_id, size)
             SELECT group_id + ?1, representative_id + ?1, size FROM claim_groups WHERE group_id <= ?2",
            rusqlite::params![ds, max_s],
        )?;
        tx.execute(
            "INSERT INTO related_groups (group_a, group_b, score)
             SELECT group_a + ?1, group_b + ?1, score FROM related_groups WHERE group_b <= ?2",
            rusqlite::params![ds, max_s],
        )?;
        tx.execute(
            "INSERT INTO denial_links (denial_id, claim_id, score, basis)
             SELECT denial_id + ?1, claim_id + ?1, score, basis FROM denial_links WHERE denial_id <= ?2",
            rusqlite::params![ds, max_s],
        )?;
        tx.commit()?;
    }
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    // The copies are indexed for full-text search (the schema has no insert trigger; the
    // store indexes its batches), and the copied groups get their digests, as a load would.
    let digested = whosaid::store::Store::open(std::path::Path::new(db))
        .and_then(|mut store| {
            store.index_articles(max_a + 1, max_a * (copy + 1))?;
            whosaid::analysis::digest::refresh(&mut store)
        })
        .unwrap_or_else(|e| {
            eprintln!("bench_db grow: {e:#}");
            std::process::exit(1)
        });
    eprintln!("bench_db grow: {digested} group digests made");
    println!(
        "grew {db}: {articles} -> {} articles, {statements} -> {} statements ({copy} copies)",
        count(&conn, "articles")?,
        count(&conn, "statements")?
    );
    Ok(())
}

fn explain(db: &str) -> rusqlite::Result<()> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    for (name, sql) in queries() {
        println!("{name}");
        let mut st = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        // The plan does not depend on the values: bind NULL to every parameter.
        let nulls = vec![rusqlite::types::Null; st.parameter_count()];
        let rows = st.query_map(rusqlite::params_from_iter(nulls), |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(3)?))
        })?;
        // Indent each step under its parent, as the sqlite3 shell does.
        let mut depth: Vec<(i64, usize)> = Vec::new();
        for row in rows {
            let (id, parent, detail) = row?;
            let level = depth.iter().find(|(i, _)| *i == parent).map_or(0, |(_, d)| d + 1);
            depth.push((id, level));
            println!("  {}{detail}", "  ".repeat(level));
        }
    }
    Ok(())
}

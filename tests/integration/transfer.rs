//! Export and import: a database restored from its export holds the same articles and
//! statements, field for field, without re-running extraction.

use std::fs;

use crate::util::{seed, whosaid};

/// Every article and statement field, with speakers and relays by name (ids may differ).
fn dump(db: &std::path::Path) -> Vec<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut out = Vec::new();
    let mut st = c
        .prepare(
            "SELECT content_hash, external_id, source, title, published, outlet, story_code, url, body, extractor_version
             FROM articles ORDER BY content_hash",
        )
        .unwrap();
    let rows = st
        .query_map([], |r| {
            let v: Vec<rusqlite::types::Value> = (0..10).map(|i| r.get(i).unwrap()).collect();
            Ok(format!("{v:?}"))
        })
        .unwrap();
    out.extend(rows.map(Result::unwrap));
    let mut st = c
        .prepare(
            "SELECT a.content_hash, s.seq, sp.name, sp.kind, s.speaker_surface, s.speaker_role, s.speaker_start, s.speaker_end,
                    s.anonymous, r.name, s.cue, s.cue_start, s.cue_end, s.kind, s.stance, s.said_on, s.said_precision,
                    s.content, s.content_start, s.content_end, s.sentence
             FROM statements s JOIN articles a USING (article_id)
             LEFT JOIN speakers sp USING (speaker_id) LEFT JOIN relays r USING (relay_id)
             ORDER BY a.content_hash, s.seq",
        )
        .unwrap();
    let rows = st
        .query_map([], |r| {
            let v: Vec<rusqlite::types::Value> = (0..21).map(|i| r.get(i).unwrap()).collect();
            Ok(format!("{v:?}"))
        })
        .unwrap();
    out.extend(rows.map(Result::unwrap));
    out
}

#[test]
fn import_of_an_export_restores_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::copy(seed(), input.join("seed.txt")).unwrap();
    fs::write(
        input.join("more.jsonl"),
        "{\"id\": \"x1\", \"outlet\": \"Wire\", \"date\": \"2024-05-02\", \"title\": \"T\", \"text\": \"The minister said, \\\"We will, \\\"in time,\\\" raise taxes.\\\"\\nOfficials, who declined to be named, denied the report on Friday.\"}\n",
    )
    .unwrap();
    let a = dir.path().join("a.db");
    whosaid(&a).arg("load").arg(&input).assert().success();
    let export = dir.path().join("backup.jsonl");
    whosaid(&a).args(["export", "--output"]).arg(&export).assert().success();
    let b = dir.path().join("b.db");
    whosaid(&b).arg("import").arg(&export).assert().success();
    let (da, db_) = (dump(&a), dump(&b));
    assert!(da.len() > 10);
    assert_eq!(da, db_);
    // Importing again changes nothing.
    whosaid(&b).arg("import").arg(&export).assert().success();
    assert_eq!(dump(&b), da);
    // A line that is not an export line is named and skipped.
    fs::write(dir.path().join("bad.jsonl"), "{\"text\": \"no\"}\n").unwrap();
    let out = whosaid(&b).arg("import").arg(dir.path().join("bad.jsonl")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.jsonl:1: not a whosaid export line"));
}

//! Schema upgrades: a database made by the first schema (the frozen fixture
//! tests/fixtures/schema_v1.sql) is brought to the current schema in place, in one
//! transaction, with its data; an upgrade that fails leaves the file as it was.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use whosaid::store::{SCHEMA_VERSION, Store};

use crate::util::{json, root, whosaid};

/// A little of everything, as whosaid version 1 stored it: an article, two speakers, a
/// relay, a claim and the denial answering it (indexed for full-text search by the
/// schema's triggers), the claim's group and the denial link.
const V1_DATA: &str = "
INSERT INTO articles (article_id, content_hash, external_id, source, title, published, outlet, body, extractor_version)
VALUES (1, 'v1-hash-1', 'v1-a1', 'fixture.jsonl', 'Fuel taxes to rise', '2024-05-02', 'Wire One',
        'Finance minister Anna Berg said the government will raise fuel taxes next year, TASS reported. The ministry denied the report on Friday.', 1);
INSERT INTO speakers (speaker_id, name, kind) VALUES (1, 'Anna Berg', 'person'), (2, 'the ministry', 'organization');
INSERT INTO relays (relay_id, name) VALUES (1, 'TASS');
INSERT INTO statements (statement_id, article_id, seq, speaker_id, speaker_surface, speaker_role, speaker_start, speaker_end,
                        anonymous, relay_id, cue, cue_start, cue_end, kind, stance, said_on, said_precision,
                        content, content_start, content_end, sentence, group_id, grouped)
VALUES (1, 1, 0, 1, 'Anna Berg', 'Finance minister', 17, 26, 0, 1, 'said', 27, 31, 'indirect', 'claim', '2024-05-02', 'approximate',
        'the government will raise fuel taxes next year', 32, 78, 0, 1, 1),
       (2, 1, 1, 2, 'The ministry', NULL, 95, 107, 0, NULL, 'denied', 108, 114, 'indirect', 'denial', '2024-05-03', 'day',
        'the report', 115, 125, 1, NULL, 1);
INSERT INTO claim_groups (group_id, representative_id, size) VALUES (1, 1, 1);
INSERT INTO denial_links (denial_id, claim_id, score, basis) VALUES (2, 1, 0.5, 'article');
INSERT INTO group_postings (term, statement_id) VALUES (42, 1);
";

/// A database file made by the version 1 schema (in WAL mode, as whosaid leaves it), with
/// `extra` SQL run after the data.
fn v1_database(dir: &Path, name: &str, extra: &str) -> PathBuf {
    let path = dir.join(name);
    let schema = fs::read_to_string(root().join("tests/fixtures/schema_v1.sql")).unwrap();
    let c = Connection::open(&path).unwrap();
    let _: String = c.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).unwrap();
    c.execute_batch(&format!("BEGIN; {schema} {V1_DATA} {extra} PRAGMA user_version = 1; COMMIT;")).unwrap();
    c.close().unwrap();
    path
}

fn user_version(path: &Path) -> i32 {
    Connection::open(path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
}

/// Every row of every table (not the schema), in a stable order.
fn rows(path: &Path) -> Vec<String> {
    let c = Connection::open(path).unwrap();
    let mut out = Vec::new();
    for table in [
        "articles",
        "speakers",
        "relays",
        "statements",
        "claim_groups",
        "related_groups",
        "denial_links",
        "group_postings",
        "meta",
    ] {
        let mut st = c.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = st.column_count();
        let mut these = st
            .query_map([], |r| {
                let v: Vec<rusqlite::types::Value> = (0..n).map(|i| r.get(i).unwrap()).collect();
                Ok(format!("{table}: {v:?}"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect::<Vec<_>>();
        these.sort();
        out.extend(these);
    }
    out
}

/// The upgraded file: current version, the schema of a fresh database, healthy, the data
/// unchanged and reachable by the commands (full-text search included).
fn assert_upgraded(path: &Path, before: &[String]) {
    assert_eq!(user_version(path), SCHEMA_VERSION);
    {
        let store = Store::open(path).unwrap();
        let fresh = Store::open_in_memory().unwrap();
        assert_eq!(store.schema_fingerprint().unwrap(), fresh.schema_fingerprint().unwrap());
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let totals = store.summary().unwrap();
        assert_eq!((totals.articles, totals.statements, totals.speakers, totals.relays), (1, 2, 2, 1));
    }
    assert_eq!(rows(path), before);

    let found = json(whosaid(path).args(["who", "government", "--format", "json"]));
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["speaker"], "Anna Berg");
    assert_eq!(found[0]["content"], "the government will raise fuel taxes next year");
    assert_eq!(found[0]["relay"], "TASS");
    // The speakers and the article's title are indexed too.
    let found = json(whosaid(path).args(["who", "ministry", "--format", "json"]));
    assert_eq!(found.as_array().unwrap().len(), 1, "{found:?}");
    assert_eq!(found[0]["stance"], "denial");
    assert_eq!(json(whosaid(path).args(["who", "Berg", "--format", "json"])).as_array().unwrap().len(), 1);
    assert_eq!(json(whosaid(path).args(["who", "rise", "--format", "json"])).as_array().unwrap().len(), 2);
    let speakers = json(whosaid(path).args(["speakers", "--format", "json"]));
    assert_eq!(speakers[0]["name"], "Anna Berg");
    assert_eq!(speakers[0]["relays"], "TASS");
    let groups = json(whosaid(path).args(["groups", "--min-size", "1", "--format", "json"]));
    assert_eq!(groups.as_array().unwrap().len(), 1);
    assert_eq!(groups[0]["group_id"], 1);
    assert_eq!(groups[0]["statements"], 1);
    // The denial link survived: compare sets the denial beside the claim it answers.
    let compared = json(whosaid(path).args(["compare", "government", "--format", "json"]));
    assert_eq!(compared[0]["group"]["group_id"], 1);
    assert_eq!(compared[0]["denials"][0]["statement_id"], 2);
}

#[test]
fn a_version_1_database_is_upgraded_in_place_by_the_binary_and_the_library() {
    let dir = tempfile::tempdir().unwrap();
    // Upgraded by the first command that opens it.
    let by_binary = v1_database(dir.path(), "binary.db", "");
    let before = rows(&by_binary);
    assert_eq!(before.len(), 9);
    let found = json(whosaid(&by_binary).args(["who", "government", "--format", "json"]));
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_upgraded(&by_binary, &before);
    // The upgraded schema takes a date known to the year only.
    whosaid(&by_binary)
        .args(["load", "-", "--date", "2024-03-08"])
        .write_stdin("Taxes\n\nLast year, the minister said taxes would fall.")
        .assert()
        .success();
    let rows = json(whosaid(&by_binary).args(["statements", "--format", "json"]));
    let year = rows.as_array().unwrap().iter().find(|r| r["said_precision"] == "year").expect("a year date");
    assert_eq!(year["said_on"], "2023");
    // Upgraded by the library.
    let by_library = v1_database(dir.path(), "library.db", "");
    drop(Store::open(&by_library).unwrap());
    assert_upgraded(&by_library, &before);
}

/// Version 4 added digests of claim groups: an upgraded database has none, and `groups` and
/// `compare` read its groups in full until grouping next finishes and makes them; the output
/// is the same either way.
#[test]
fn an_upgraded_database_gets_group_digests_with_the_same_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = v1_database(dir.path(), "digests.db", "");
    drop(Store::open(&path).unwrap());
    // Copies of the seed article (one line apart) make groups large enough for digests.
    let text = fs::read_to_string(root().join("seeds/000_95e29a5b85b68a4f.txt")).unwrap();
    for i in 0..5 {
        fs::write(dir.path().join(format!("copy{i}.txt")), format!("{text}\nCopy {i}.\n")).unwrap();
    }
    let out = whosaid(&path)
        .arg("load")
        .arg("-q")
        .args((0..5).map(|i| dir.path().join(format!("copy{i}.txt"))))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let commands: [&[&str]; 6] = [
        &["groups", "--min-size", "1"],
        &["groups", "--format", "json"],
        &["compare", "government"],
        &["compare", "Ukraine"],
        &["compare", "Ukraine", "--format", "json"],
        &["compare", "Kremlin", "--limit", "3"],
    ];
    let outputs = |path: &Path| -> Vec<Vec<u8>> {
        commands.iter().map(|args| whosaid(path).args(*args).output().unwrap().stdout).collect()
    };
    let digests = |path: &Path| -> i64 {
        Connection::open(path).unwrap().query_row("SELECT count(*) FROM group_digests", [], |r| r.get(0)).unwrap()
    };
    let made = digests(&path);
    assert!(made > 0);
    let with_digests = outputs(&path);
    assert!(String::from_utf8_lossy(&with_digests[3]).contains("[group "));
    // As an upgraded database reads: no digests.
    Connection::open(&path).unwrap().execute("DELETE FROM group_digests", []).unwrap();
    assert_eq!(outputs(&path), with_digests);
    // Grouping finishing makes them again.
    let mut store = Store::open(&path).unwrap();
    assert_eq!(whosaid::analysis::group::group_pending(&mut store).unwrap().statements, 0);
    drop(store);
    assert_eq!(digests(&path), made);
    assert_eq!(outputs(&path), with_digests);
    assert!(String::from_utf8_lossy(&with_digests[2]).contains("the government will raise fuel taxes"));
}

#[test]
fn a_failing_upgrade_leaves_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // An index someone added by hand under the name version 2 needs: the step fails.
    let path =
        v1_database(dir.path(), "clash.db", "CREATE INDEX claim_groups_size ON claim_groups (representative_id);");
    let bytes = fs::read(&path).unwrap();
    let out = whosaid(&path).args(["who", "government"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("could not upgrade the database schema from version 1 to 2")
            && stderr.contains("claim_groups_size already exists")
            && stderr.contains("left untouched"),
        "{stderr}"
    );
    let err = Store::open(&path).err().unwrap();
    assert!(format!("{err:#}").contains("from version 1 to 2"), "{err:#}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert_eq!(user_version(&path), 1);
}

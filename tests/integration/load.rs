//! Loading: idempotence, bad inputs named while good ones load, the database stays sound.

use std::fs;

use crate::util::{json, seed, whosaid};

fn counts(db: &std::path::Path) -> (usize, usize) {
    let articles = json(whosaid(db).args(["articles", "--format", "json"]));
    let statements = json(whosaid(db).args(["statements", "--limit", "100000", "--format", "json"]));
    (articles.as_array().unwrap().len(), statements.as_array().unwrap().len())
}

fn integrity(db: &std::path::Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

#[test]
fn loading_the_same_folder_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::copy(seed(), input.join("seed.txt")).unwrap();
    fs::write(
        input.join("b.txt"),
        "Budget row\n\nThe minister said the budget would be cut. \"We have no choice,\" she added.",
    )
    .unwrap();
    let db = dir.path().join("w.db");
    let first = whosaid(&db).arg("load").arg(&input).output().unwrap();
    assert!(first.status.success());
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(stderr.contains("2 new, 0 already present, 0 failed"), "{stderr}");
    let before = counts(&db);
    let second = whosaid(&db).arg("load").arg(&input).output().unwrap();
    assert!(second.status.success());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("0 new, 2 already present"), "{stderr}");
    assert_eq!(counts(&db), before);
    assert!(before.1 >= 12);
}

#[test]
fn bad_files_are_named_the_good_ones_load_and_the_exit_code_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::copy(seed(), input.join("a_seed.txt")).unwrap();
    fs::write(input.join("b_binary.bin"), b"\x7fELF\x00\x01\x02\x03 binary junk").unwrap();
    fs::write(input.join("c_empty.txt"), b"").unwrap();
    fs::write(input.join("d_latin1.txt"), b"Caf\xe9 row\n\nThe owner said the caf\xe9 would close.").unwrap();
    fs::write(
        input.join("e_lines.jsonl"),
        "{\"id\": \"good-1\", \"text\": \"The mayor said the bridge would reopen.\"}\n{\"id\": \"bad\", \"text\": \n{\"id\": \"good-2\", \"text\": \"Police said nobody was hurt.\"}\n",
    )
    .unwrap();
    let db = dir.path().join("w.db");
    let out = whosaid(&db).arg("load").arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b_binary.bin: binary file"), "{stderr}");
    assert!(stderr.contains("c_empty.txt: empty file"), "{stderr}");
    assert!(stderr.contains("d_latin1.txt: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("e_lines.jsonl:2: invalid JSON"), "{stderr}");
    assert!(stderr.contains("4 new, 0 already present, 3 failed"), "{stderr}");
    let articles = json(whosaid(&db).args(["articles", "--format", "json"]));
    let ids: Vec<&str> = articles.as_array().unwrap().iter().map(|a| a["article"].as_str().unwrap()).collect();
    assert!(ids.contains(&"good-1") && ids.contains(&"good-2"), "{ids:?}");
    let latin =
        articles.as_array().unwrap().iter().find(|a| a["title"] == "Café row").expect("Windows-1252 text decoded");
    assert!(latin["statements"].as_i64().unwrap() >= 1);
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn stdin_and_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    whosaid(&db)
        .args(["load", "-", "--outlet", "Daily Planet", "--date", "2024-03-08"])
        .write_stdin("Storm\n\nOn Thursday the governor said the storm had passed.")
        .assert()
        .success();
    let rows = json(whosaid(&db).args(["statements", "--format", "json"]));
    let s = &rows[0];
    assert_eq!(s["outlet"], "Daily Planet");
    assert_eq!(s["said_on"], "2024-03-07");
    assert_eq!(s["speaker"], "governor");
}

#[test]
fn reextract_rebuilds_statements_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    whosaid(&db).arg("load").arg(seed()).assert().success();
    let before = counts(&db);
    let out = whosaid(&db).args(["load", "--reextract"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(counts(&db), before);
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn a_missing_database_is_a_clear_error_not_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let out = whosaid(&db).args(["who", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database at"));
    assert!(!db.exists());
}

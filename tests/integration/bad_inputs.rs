//! Bad files in a folder: each gives one clear line naming it (and the line, for JSONL), the
//! rest of the load goes on, the exit code is 1, and the database stays sound.

use std::fs;
use std::path::Path;
use std::time::Instant;

use crate::util::{json, whosaid};

fn integrity(db: &Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

/// Lines of `stderr` that mention `name`.
fn lines_naming<'a>(stderr: &'a str, name: &str) -> Vec<&'a str> {
    stderr.lines().filter(|l| l.contains(name)).collect()
}

const GOOD: &str = "Bridge\n\nThe mayor said the bridge would reopen on Monday.";

#[test]
fn every_bad_file_is_one_named_line_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let w = |name: &str, bytes: &[u8]| fs::write(input.join(name), bytes).unwrap();
    w("a_good.txt", GOOD.as_bytes());
    w("b_empty.txt", b"");
    w("c_binary.dat", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00");
    w("d_invalid_utf8.txt", b"Budget\n\nThe minister said the \xff\xfe budget would be cut.");
    w("e_bom_crlf.txt", b"\xEF\xBB\xBFStorm\r\n\r\nThe governor said the storm had passed.\r\n");
    w("f_cp1252.txt", b"Caf\xe9s\n\nThe owner said \x93we will close\x94 on Friday.");
    w(
        "g_types.jsonl",
        b"{\"id\": \"t1\", \"text\": \"The coach said the team was ready.\"}\n{\"id\": \"t2\", \"text\": 42}\n{\"id\": [1], \"text\": \"x\"}\n{\"id\": \"t4\", \"title\": {\"a\": 1}, \"text\": \"y\"}\n",
    );
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    w("h_deep.json", deep.as_bytes());
    w(
        "i_deep.jsonl",
        format!("{{\"id\": \"ok-line\", \"text\": \"Police said nobody was hurt.\"}}\n{deep}\n").as_bytes(),
    );
    let deep_html = format!(
        "<html><head><title>Deep</title></head><body>{}<p>The senator said the bill was dead.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    w("j_deep.html", deep_html.as_bytes());
    w(
        "k_deep_inline.html",
        format!("<html><body><p>{}The aide said so.</p></body></html>", "<b><i>".repeat(50_000)).as_bytes(),
    );
    w("l_no_text.json", b"{\"id\": \"nt\", \"title\": \"Only a title\"}");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&input, input.join("m_loop")).unwrap();
        std::os::unix::fs::symlink(input.join("does-not-exist.txt"), input.join("n_dangling.txt")).unwrap();
    }

    let db = dir.path().join("w.db");
    let out = whosaid(&db).arg("load").arg(&input).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");

    // (file, what its one line says)
    let mut expected = vec![
        ("b_empty.txt", "empty file"),
        ("c_binary.dat", "binary file"),
        ("d_invalid_utf8.txt", "warning: "),
        ("f_cp1252.txt", "decoded as Windows-1252"),
        ("g_types.jsonl:2", "field `text` must be a string, found a number"),
        ("g_types.jsonl:3", "field `id` must be a string, found an array"),
        ("g_types.jsonl:4", "field `title` must be a string, found an object"),
        ("h_deep.json", "recursion limit exceeded"),
        ("i_deep.jsonl:2", "recursion limit exceeded"),
        ("l_no_text.json", "no `text` or `html` field"),
    ];
    if cfg!(unix) {
        expected.push(("m_loop", "symlink loop"));
        expected.push(("n_dangling.txt", "could not read"));
    }
    for (name, says) in &expected {
        let lines = lines_naming(&stderr, name);
        assert_eq!(lines.len(), 1, "{name}: one line expected, got {lines:?}\n{stderr}");
        assert!(lines[0].starts_with("whosaid: ") && lines[0].contains(says), "{name}: {:?}", lines[0]);
    }
    for fine in
        ["a_good.txt", "e_bom_crlf.txt", "j_deep.html", "k_deep_inline.html", "g_types.jsonl:1", "i_deep.jsonl:1"]
    {
        assert!(lines_naming(&stderr, fine).is_empty(), "{fine} should load quietly:\n{stderr}");
    }
    // Failures: empty, binary, 3 JSONL lines, 2 deep JSON, no text, loop, dangling.
    let failed = if cfg!(unix) { 10 } else { 8 };
    assert!(stderr.contains(&format!("8 new, 0 already present, {failed} failed")), "{stderr}");

    let articles = json(whosaid(&db).args(["articles", "--format", "json"]));
    let titles: Vec<&str> = articles.as_array().unwrap().iter().filter_map(|a| a["title"].as_str()).collect();
    for t in ["Bridge", "Budget", "Storm", "Cafés", "Deep"] {
        assert!(titles.contains(&t), "{t} missing from {titles:?}");
    }
    let statements = json(whosaid(&db).args(["statements", "--format", "json", "--limit", "1000"]));
    let contents: Vec<&str> = statements.as_array().unwrap().iter().map(|s| s["content"].as_str().unwrap()).collect();
    assert!(contents.contains(&"the storm had passed"), "BOM and CRLF are handled: {contents:?}");
    assert!(contents.iter().any(|c| c.contains("we will close")), "Windows-1252 quotes decoded: {contents:?}");
    assert!(contents.contains(&"the bill was dead"), "deeply nested HTML still gives its text: {contents:?}");
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn a_50_mb_article_is_refused_quickly_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let para = "The minister said the talks would go on. \"We are not leaving,\" she told Reuters on Thursday.\n\n";
    let mut big = String::from("Huge\n\n");
    while big.len() < 50_000_000 {
        big.push_str(para);
    }
    fs::write(input.join("big.txt"), &big).unwrap();
    fs::write(input.join("small.txt"), GOOD).unwrap();
    let db = dir.path().join("w.db");
    let started = Instant::now();
    let out = whosaid(&db).arg("load").arg(&input).output().unwrap();
    let secs = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let lines = lines_naming(&stderr, "big.txt");
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("article text is 47.7 MiB, more than the 8 MiB"), "{}", lines[0]);
    assert!(stderr.contains("1 new, 0 already present, 1 failed"), "{stderr}");
    // Debug build on a small machine: reading and refusing 50 MB takes a few seconds at most.
    assert!(secs < 60.0, "took {secs:.1}s");
    assert_eq!(integrity(&db), "ok");
}

/// Whether this process can read a file whose permissions forbid it (root can).
#[cfg(unix)]
fn permissions_bind(path: &Path) -> bool {
    fs::read(path).is_err()
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_and_folder_are_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a_good.txt"), GOOD).unwrap();
    let locked = input.join("b_locked.txt");
    fs::write(&locked, GOOD.replace("mayor", "governor")).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let sub = input.join("c_locked_dir");
    fs::create_dir(&sub).unwrap();
    fs::write(sub.join("x.txt"), GOOD.replace("mayor", "chief")).unwrap();
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o000)).unwrap();
    if !permissions_bind(&locked) {
        fs::set_permissions(&sub, fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("notice: running as root, where chmod 000 does not block reads; skipping the unreadable-file test");
        return;
    }
    let db = dir.path().join("w.db");
    let out = whosaid(&db).arg("load").arg(&input).output().unwrap();
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for name in ["b_locked.txt", "c_locked_dir"] {
        let lines = lines_naming(&stderr, name);
        assert_eq!(lines.len(), 1, "{name}: {stderr}");
        assert!(lines[0].contains("could not read") && lines[0].contains("ermission denied"), "{}", lines[0]);
    }
    assert!(stderr.contains("1 new, 0 already present, 2 failed"), "{stderr}");
    assert_eq!(integrity(&db), "ok");
}

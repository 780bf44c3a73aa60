//! Every listing command in every format, on the loaded seed.

use crate::util::{json, seed, whosaid};

fn loaded() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seed.db");
    whosaid(&db).arg("load").arg(seed()).assert().success();
    (dir, db)
}

#[test]
fn who_lists_what_was_said_about_a_topic_with_filters() {
    let (_d, db) = loaded();
    let rows = json(whosaid(&db).args(["who", "Ukraine", "--format", "json"]));
    assert!(rows.as_array().unwrap().len() >= 5);
    let rows = json(whosaid(&db).args(["who", "Ukraine", "--via", "tass", "--format", "json"]));
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["relay"] == "TASS"));
    let rows = json(whosaid(&db).args(["who", "Ukraine", "--anonymous", "--format", "json"]));
    assert!(rows.as_array().unwrap().iter().all(|r| r["anonymous"] == true));
    let rows = json(whosaid(&db).args(["who", "Ukraine", "--speaker", "ryabkov", "--format", "json"]));
    assert_eq!(rows.as_array().unwrap().len(), 1);
    let rows = json(whosaid(&db).args([
        "who",
        "Ukraine",
        "--since",
        "2022-01-14",
        "--until",
        "2022-01-14",
        "--format",
        "json",
    ]));
    assert!(rows.as_array().unwrap().iter().all(|r| r["said_on"] == "2022-01-14"));
    let rows = json(whosaid(&db).args(["who", "Ukraine", "--limit", "2", "--format", "json"]));
    assert_eq!(rows.as_array().unwrap().len(), 2);
    // A speaker's name is searchable too.
    let rows = json(whosaid(&db).args(["who", "Stoltenberg", "--format", "json"]));
    assert_eq!(rows[0]["speaker"], "Jens Stoltenberg");
}

#[test]
fn hostile_topics_give_results_or_nothing_never_an_error() {
    let (_d, db) = loaded();
    let ten_kb = "Ukraine \"NEAR(x y)\" AND -Russia * ".repeat(300);
    let one_word = "x".repeat(10_000);
    let topics = [
        "\"",
        "NEAR(",
        "AND OR NOT",
        "'; DROP TABLE articles; --",
        "x*",
        "-",
        "a\u{1}b",
        "NEAR(Ukraine Russia, 2)",
        "content: Ukraine",
        "{content speaker}: Ukraine",
        "\"Ukraine\" + \"Russia\"",
        "^Ukraine",
        "Ukraine)",
        "((((",
        "''",
        "« Ukraine »",
        "“Ukraine”",
        "%_\\",
        "Robert'); DELETE FROM statements WHERE ('1'='1",
        "Україна",
        "🙂 \u{200b} \u{feff} \u{202e}",
        ten_kb.as_str(),
        one_word.as_str(),
    ];
    for topic in topics {
        for cmd in ["who", "compare", "groups"] {
            let out = whosaid(&db).args([cmd, topic, "--format", "json"]).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{cmd} {topic:.60?}: {stderr}");
            serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("JSON output");
            assert!(stderr.len() < 300, "a message quotes the topic shortened: {stderr:.400}");
        }
    }
    // A name wrapped in quotes and operator characters is still found.
    let rows = json(whosaid(&db).args(["who", "(\"Stoltenberg\")*", "--format", "json"]));
    assert!(!rows.as_array().unwrap().is_empty());
    // Speaker and relay filters take any text literally, however long.
    let long = "%".repeat(60_000);
    for (flag, value) in [("--speaker", "%"), ("--speaker", "_"), ("--via", "\\"), ("--speaker", long.as_str())] {
        let rows = json(whosaid(&db).args(["who", "Ukraine", flag, value, "--format", "json"]));
        assert!(rows.as_array().unwrap().is_empty(), "{flag} {value:.20}: wildcards are plain characters");
        let rows = json(whosaid(&db).args(["statements", flag, value, "--format", "json"]));
        assert!(rows.as_array().unwrap().is_empty());
    }
    let rows = json(whosaid(&db).args(["statements", "--via", "TaSs", "--format", "json"]));
    assert!(!rows.as_array().unwrap().is_empty(), "filters ignore case");
}

#[test]
fn every_format_of_statements() {
    let (_d, db) = loaded();
    // Every format lists the same statements as JSON does.
    let n = json(whosaid(&db).args(["statements", "--format", "json"])).as_array().unwrap().len();
    assert!(n >= 10, "the seed has at least its ten expected statements");
    let jsonl = whosaid(&db).args(["statements", "--format", "jsonl"]).output().unwrap();
    let lines: Vec<serde_json::Value> =
        String::from_utf8(jsonl.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), n);
    for key in [
        "article",
        "speaker",
        "content",
        "content_start",
        "content_end",
        "cue",
        "relay",
        "anonymous",
        "stance",
        "said_on",
        "kind",
    ] {
        assert!(lines[0].get(key).is_some(), "{key} missing");
    }
    let csv_out = whosaid(&db).args(["statements", "--format", "csv"]).output().unwrap();
    let mut rd = csv::Reader::from_reader(&csv_out.stdout[..]);
    assert_eq!(
        rd.headers().unwrap().iter().collect::<Vec<_>>(),
        ["said", "speaker", "anon", "via", "stance", "statement", "article"]
    );
    assert_eq!(rd.records().count(), n);
    let md = whosaid(&db).args(["statements", "--format", "markdown"]).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("| said | speaker |"));
    assert_eq!(md.lines().count(), n + 2);
    let table = whosaid(&db).args(["statements"]).output().unwrap();
    assert!(String::from_utf8(table.stdout).unwrap().contains("Peskov"));
}

#[test]
fn speakers_relays_and_articles_have_counts() {
    let (_d, db) = loaded();
    let speakers = json(whosaid(&db).args(["speakers", "--format", "json"]));
    let peskov = speakers.as_array().unwrap().iter().find(|s| s["name"] == "Peskov").unwrap();
    assert_eq!(peskov["statements"], 2);
    assert_eq!(peskov["denials"], 2);
    assert_eq!(peskov["relays"], "TASS");
    let official = speakers.as_array().unwrap().iter().find(|s| s["anonymous_share"] == 1.0).unwrap();
    assert_eq!(official["statements"], 3);
    let relays = json(whosaid(&db).args(["relays", "--format", "json"]));
    let names: Vec<&str> = relays.as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["TASS", "US news agencies"]);
    let articles = json(whosaid(&db).args(["articles", "--format", "json"]));
    let n = json(whosaid(&db).args(["statements", "--format", "json"])).as_array().unwrap().len();
    assert_eq!(articles[0]["statements"], n);
    let csv_out = whosaid(&db).args(["speakers", "--format", "csv"]).output().unwrap();
    assert!(String::from_utf8(csv_out.stdout).unwrap().starts_with("speaker,kind,statements"));
}

#[test]
fn show_prints_an_article_and_refuses_an_unknown_one() {
    let (_d, db) = loaded();
    let out = whosaid(&db).args(["show", "1"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Kremlin Dismisses") && text.contains("story 973712"), "{text}");
    let out = whosaid(&db).args(["show", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article \"nope\""));
}

#[test]
fn compare_in_csv_and_markdown() {
    let (_d, db) = loaded();
    let out = whosaid(&db).args(["compare", "invasion", "--format", "csv"]).output().unwrap();
    let mut rd = csv::Reader::from_reader(&out.stdout[..]);
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert!(rows.iter().any(|r| r[5].contains("false flag") && r[11].contains("unfounded")));
    let out = whosaid(&db).args(["compare", "invasion", "--format", "markdown"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("| group | claim_speaker |"));
    let out = whosaid(&db).args(["compare", "invasion", "--format", "html"]).output().unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<svg") && page.contains("unfounded"));
    assert!(!page.contains("<script"), "no JavaScript");
}

#[test]
fn extract_reads_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let md = dir.path().join("a.md");
    std::fs::write(&md, "# Vote\n\nThe senator *said* the vote would fail.").unwrap();
    let html = dir.path().join("b.html");
    std::fs::write(
        &html,
        "<html><head><title>Page</title><meta property=\"og:site_name\" content=\"The Site\"></head><body><p>The mayor said the bridge would reopen.</p></body></html>",
    )
    .unwrap();
    let js = dir.path().join("c.json");
    std::fs::write(&js, r#"[{"id": "j1", "text": "Officials said the talks failed."}]"#).unwrap();
    let rows = json(whosaid(&db).args(["extract", "--format", "json"]).arg(&md).arg(&html).arg(&js));
    let rows = rows.as_array().unwrap();
    let speakers: Vec<&str> = rows.iter().map(|r| r["speaker"].as_str().unwrap()).collect();
    assert_eq!(speakers, ["senator", "mayor", "Officials"]);
    assert_eq!(rows[1]["outlet"], "The Site");
    assert_eq!(rows[2]["article"], "j1");
    assert_eq!(rows[2]["anonymous"], true);
    assert!(!db.exists(), "extract stores nothing");
}

#[test]
fn stance_command_reads_items_and_names_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let items = dir.path().join("items.jsonl");
    std::fs::write(
        &items,
        concat!(
            "{\"id\": \"a\", \"claim\": \"The mayor resigned\", \"text\": \"Mayor denies reports he resigned\"}\n",
            "{\"id\": 2, \"claim\": \"The mayor resigned\", \"text\": \"The mayor resigned on Monday\"}\n",
            "{\"id\": \"c\", \"claim\": 5}\n",
        ),
    )
    .unwrap();
    let out = whosaid(&dir.path().join("x.db")).args(["stance", "--items"]).arg(&items).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("items.jsonl:3: field `claim` must be a string"));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["stance"], "denial");
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["stance"], "claim");
}

#[test]
fn parse_prints_articles_as_the_loader_sees_them() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("page.html");
    std::fs::write(
        &html,
        "<html><head><meta property=\"og:title\" content=\"Bridge reopens\"><meta property=\"og:site_name\" content=\"City Paper\">\
         <meta property=\"article:published_time\" content=\"2024-03-08T09:30:00Z\"></head><body><nav>Home | News</nav>\
         <article><p>The mayor said the bridge would reopen on Monday after repairs.</p><p>Engineers said the pier was sound.</p></article>\
         <footer>Copyright City Paper</footer></body></html>",
    )
    .unwrap();
    let out = whosaid(&dir.path().join("x.db")).args(["parse", "--format", "jsonl"]).arg(&html).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], "page.html");
    assert_eq!(v["title"], "Bridge reopens");
    assert_eq!(v["site"], "City Paper");
    assert!(v["date"].as_str().unwrap().starts_with("2024-03-08"));
    let text = v["text"].as_str().unwrap();
    assert!(text.contains("bridge would reopen") && text.contains("pier was sound"), "{text}");
    assert!(!text.contains("Home | News") && !text.contains("Copyright"), "{text}");
}

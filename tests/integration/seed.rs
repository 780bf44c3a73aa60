//! The seed article's expectations (seeds/*.expected.json), checked field by field.

use serde_json::Value;

use crate::util::{json, root, seed, whosaid};

fn expected() -> Value {
    let path = root().join("seeds/000_95e29a5b85b68a4f.expected.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Straight and curly quotation marks compare equal.
fn norm(s: &str) -> String {
    s.replace(['“', '”'], "\"").replace(['‘', '’'], "'")
}

fn eq_ci(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

fn extracted() -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    let v = json(whosaid(&dir.path().join("x.db")).args(["extract", "--format", "json"]).arg(seed()));
    v.as_array().unwrap().clone()
}

fn find<'a>(statements: &'a [Value], contains: &str) -> &'a Value {
    let want = norm(contains);
    statements
        .iter()
        .find(|s| norm(s["content"].as_str().unwrap()).contains(&want))
        .unwrap_or_else(|| panic!("no statement contains {contains:?}"))
}

#[test]
fn every_expected_statement_is_found_with_its_fields() {
    let exp = expected();
    let got = extracted();
    for item in exp["must_find"].as_array().unwrap() {
        let what = item["content_contains"].as_str().unwrap();
        let s = find(&got, what);
        let ctx = format!("statement containing {what:?}: {s}");
        let speaker = item["speaker"].as_str().unwrap();
        let surface = s["speaker_surface"].as_str().unwrap_or("");
        let name = s["speaker"].as_str().unwrap_or("");
        assert!(eq_ci(surface, speaker) || eq_ci(name, speaker), "speaker {speaker:?} — {ctx}");
        if let Some(sf) = item.get("surface").and_then(Value::as_str) {
            assert_eq!(surface, sf, "surface — {ctx}");
        }
        if let Some(role) = item.get("role").and_then(Value::as_str) {
            assert_eq!(s["speaker_role"].as_str(), Some(role), "role — {ctx}");
        }
        assert_eq!(s["anonymous"], item["anonymous"], "anonymous — {ctx}");
        assert_eq!(s["relay"], item["relay"], "relay — {ctx}");
        if let Some(d) = item.get("said_on") {
            assert_eq!(&s["said_on"], d, "said_on — {ctx}");
        }
        assert_eq!(s["cue"].as_str(), item["cue"].as_str(), "cue — {ctx}");
        if let Some(st) = item.get("stance") {
            assert_eq!(&s["stance"], st, "stance — {ctx}");
        }
        if let Some(k) = item.get("kind") {
            assert_eq!(&s["kind"], k, "kind — {ctx}");
        }
        if let Some(other) = item.get("same_speaker_as").and_then(Value::as_str) {
            // The statement whose speaker mention opens that phrase has the same canonical speaker.
            let other_s = got
                .iter()
                .find(|o| {
                    o["speaker_surface"].as_str().is_some_and(|sf| other.to_lowercase().starts_with(&sf.to_lowercase()))
                })
                .unwrap_or_else(|| panic!("no statement by {other:?}"));
            assert_eq!(other_s["speaker"], s["speaker"], "same speaker as {other:?} — {ctx}");
            assert_eq!(other_s["anonymous"], s["anonymous"]);
        }
    }
}

#[test]
fn seed_layout_metadata_is_parsed_and_the_title_kept_once() {
    let exp = &expected()["article"];
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seed.db");
    whosaid(&db).arg("load").arg(seed()).assert().success();
    let a = json(whosaid(&db).args(["show", "--format", "json", exp["file"].as_str().unwrap()]));
    assert_eq!(a["title"], exp["title"]);
    assert_eq!(a["published"], exp["published"]);
    assert_eq!(a["story_code"], exp["story_code"]);
    let text = a["text"].as_str().unwrap();
    assert!(!text.contains(exp["title"].as_str().unwrap()), "the title must not be stored in the body");
    assert!(!text.contains("Story Code"));
}

#[test]
fn compare_puts_each_claim_beside_the_denial_that_answers_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seed.db");
    whosaid(&db).arg("load").arg(seed()).assert().success();
    let rows = json(whosaid(&db).args(["compare", "invasion", "--format", "json"]));
    let rows = rows.as_array().unwrap();
    let row_with = |claim: &str| {
        rows.iter()
            .find(|r| r["claims"].as_array().unwrap().iter().any(|c| c["content"].as_str().unwrap().contains(claim)))
            .unwrap_or_else(|| panic!("no row with claim {claim:?}: {rows:?}"))
    };
    let false_flag = row_with("false flag");
    let official = false_flag["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["speaker_surface"] == "an American official")
        .expect("the official's claim");
    assert_eq!(official["anonymous"], true);
    assert_eq!(official["relay"], "US news agencies");
    assert_eq!(official["said_on"], "2022-01-14");
    let denials = false_flag["denials"].as_array().unwrap();
    assert!(
        denials.iter().any(|d| d["content"].as_str().unwrap().contains("unfounded")
            && d["relay"] == "TASS"
            && d["speaker"] == "Peskov"),
        "Peskov's denial beside the false-flag claim: {false_flag}"
    );
    let western = row_with("planning an invasion of Ukraine");
    assert_eq!(western["claims"][0]["speaker"], "Western governments");
    assert!(
        western["denials"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["speaker"] == "Moscow" && d["content"] == "the allegation"),
        "Moscow's rejection beside the accusation: {western}"
    );
}

#[test]
fn compare_table_shows_both_sides() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seed.db");
    whosaid(&db).arg("load").arg(seed()).assert().success();
    let out = whosaid(&db).args(["compare", "invasion"]).output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    // Single words: the table may wrap a phrase across lines.
    for needle in
        ["claim", "denial", "flag", "unfounded", "TASS", "agencies", "anonymous", "2022-01-14", "Peskov", "allegation"]
    {
        assert!(table.contains(needle), "{needle:?} missing from:\n{table}");
    }
}

//! Claim groups: incremental grouping, cross-outlet groups on the dev corpus, the group
//! commands and the similarity command.

use std::fs;

use crate::util::{json, shared, whosaid};

fn article(id: &str, outlet: &str, date: &str, text: &str) -> String {
    serde_json::json!({"id": id, "outlet": outlet, "date": date, "title": id, "text": text}).to_string() + "\n"
}

fn group_ids(db: &std::path::Path) -> Vec<(i64, i64)> {
    json(whosaid(db).args(["groups", "--min-size", "1", "--limit", "100000", "--format", "json"]))
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["group_id"].as_i64().unwrap(), g["statements"].as_i64().unwrap()))
        .collect()
}

#[test]
fn a_new_article_joins_existing_groups_and_leaves_the_others_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let first = dir.path().join("first.jsonl");
    fs::write(
        &first,
        article(
            "a1",
            "Wire One",
            "2024-05-02",
            "The finance minister said the government will raise fuel taxes by ten percent next year.",
        ) + &article(
            "a2",
            "Paper Two",
            "2024-05-02",
            "The health minister said a new hospital would open in the northern province in June.",
        ) + &article(
            "a3",
            "Paper Three",
            "2024-05-03",
            "Police said the bridge collapse was caused by a barge striking a pier.",
        ),
    )
    .unwrap();
    whosaid(&db).arg("load").arg(&first).assert().success();
    let before = group_ids(&db);
    assert_eq!(before.len(), 3);
    let second = dir.path().join("second.jsonl");
    fs::write(
        &second,
        article(
            "b1",
            "Daily Four",
            "2024-05-03",
            "According to the finance minister, the government will raise fuel taxes by ten percent next year.",
        ),
    )
    .unwrap();
    whosaid(&db).arg("load").arg(&second).assert().success();
    let after = group_ids(&db);
    // The same three groups, with the fuel-tax group now holding both wordings.
    assert_eq!(after.len(), 3, "{after:?}");
    for (id, _) in &before {
        assert!(after.iter().any(|(a, _)| a == id), "group {id} kept its id");
    }
    assert!(after.iter().any(|&(_, n)| n == 2));
    let tax = json(whosaid(&db).args(["groups", "fuel", "--min-size", "2", "--format", "json"]));
    assert_eq!(tax[0]["outlets"], serde_json::json!(["Daily Four", "Wire One"]));
}

#[test]
fn show_group_diffs_each_wording_against_the_group() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let input = dir.path().join("in.jsonl");
    fs::write(
        &input,
        article(
            "a1",
            "Wire One",
            "2024-05-02",
            "The finance minister said the government will raise fuel taxes by 10 percent next year.",
        ) + &article(
            "a2",
            "Paper Two",
            "2024-05-03",
            "The finance minister said the government may raise fuel taxes by 12 percent next year.",
        ),
    )
    .unwrap();
    whosaid(&db).arg("load").arg(&input).assert().success();
    let g = json(whosaid(&db).args(["groups", "fuel", "--format", "json"]));
    let id = g[0]["group_id"].as_i64().unwrap().to_string();
    let detail = json(whosaid(&db).args(["show-group", &id, "--format", "json"]));
    let members = detail["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    let notable: Vec<&str> =
        members[1]["diff"].as_array().unwrap().iter().filter_map(|p| p["notable"].as_str()).collect();
    assert!(notable.contains(&"hedge") && notable.contains(&"number"), "{detail}");
    let table = whosaid(&db).args(["show-group", &id]).output().unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("{+!may+}") && text.contains("[-!10-]"), "{text}");
    whosaid(&db).args(["show-group", "999999"]).assert().code(2);
    let page = whosaid(&db).args(["groups", "--format", "html"]).output().unwrap();
    assert!(String::from_utf8(page.stdout).unwrap().contains("<svg"));
}

#[test]
fn similarity_command_scores_pairs_with_the_grouping_matcher() {
    let dir = tempfile::tempdir().unwrap();
    let pairs = dir.path().join("pairs.jsonl");
    fs::write(
        &pairs,
        "{\"id\": \"p1\", \"a\": \"The minister will raise fuel taxes next year\", \"b\": \"Fuel taxes will be raised next year, the minister says\"}\n\
         {\"id\": \"p2\", \"a\": \"The minister will raise fuel taxes next year\", \"b\": \"A barge struck the bridge pier at night\"}\n\
         {\"id\": 3, \"a\": 1}\n",
    )
    .unwrap();
    let out = whosaid(&dir.path().join("x.db")).args(["similarity", "--pairs"]).arg(&pairs).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "the bad line is reported");
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["score"].as_f64().unwrap() > lines[1]["score"].as_f64().unwrap() + 0.2);
}

#[test]
fn the_dev_corpus_has_a_group_across_outlets() {
    let Some(gold) = shared("corpus/polnear-dev.jsonl") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("dev.db");
    whosaid(&db).arg("load").arg(&gold).assert().success();
    // The State Department's statement that none of Clinton's emails was marked classified
    // when sent is reported by Politico and by the Washington Post in different words.
    let groups = json(whosaid(&db).args(["groups", "marked classified", "--format", "json"]));
    let group = groups
        .as_array()
        .unwrap()
        .iter()
        .find(|g| {
            g["outlets"].as_array().unwrap().len() >= 2
                && g["representative"].as_str().unwrap().contains("marked classified")
        })
        .unwrap_or_else(|| panic!("no cross-outlet group about emails marked classified: {groups}"));
    // ("Clinton and the State Department have asserted ...": a coordinated subject.)
    assert!(
        group["speakers"].as_array().unwrap().iter().any(|s| s.as_str().unwrap().contains("State Department")),
        "{group}"
    );
    // And several groups span outlets.
    let all = json(whosaid(&db).args(["groups", "--limit", "1000", "--format", "json"]));
    let cross = all.as_array().unwrap().iter().filter(|g| g["outlets"].as_array().unwrap().len() >= 2).count();
    assert!(cross >= 5, "{cross} cross-outlet groups");

    // A new article restating the claim (dated with the group, inside the time window) joins
    // that group; every other group keeps its id and size (nothing is re-grouped).
    let id = group["group_id"].as_i64().unwrap();
    let size = group["statements"].as_i64().unwrap();
    let before: Vec<(i64, i64)> = group_ids(&db).into_iter().filter(|&(g, _)| g != id).collect();
    let new = dir.path().join("new.jsonl");
    fs::write(
        &new,
        article(
            "later-1",
            "Morning Wire",
            group["last_said"].as_str().unwrap(),
            "A State Department spokesman said none of the messages was marked classified at the time it was sent.",
        ),
    )
    .unwrap();
    whosaid(&db).arg("load").arg(&new).assert().success();
    let after = group_ids(&db);
    assert!(after.contains(&(id, size + 1)), "the new statement did not join group {id}: {after:?}");
    let untouched: Vec<(i64, i64)> = after.into_iter().filter(|&(g, _)| g != id).collect();
    assert_eq!(untouched, before, "groups other than {id} changed");
}

/// Every row grouping writes, in a stable order (and no postings left staged).
fn grouping_rows(path: &std::path::Path) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = Vec::new();
    for sql in [
        "SELECT statement_id, article_id, speaker_id, group_id, grouped FROM statements ORDER BY statement_id",
        "SELECT group_id, representative_id, size FROM claim_groups ORDER BY group_id",
        "SELECT group_a, group_b, score FROM related_groups ORDER BY group_a, group_b",
        "SELECT denial_id, claim_id, score, basis FROM denial_links ORDER BY denial_id",
        "SELECT term, statement_id FROM group_postings ORDER BY term, statement_id",
        "SELECT count(*) FROM group_postings_staged",
        "SELECT value FROM meta ORDER BY key",
    ] {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let v: Vec<rusqlite::types::Value> = (0..n).map(|i| r.get(i).unwrap()).collect();
                Ok(format!("{v:?}"))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

#[test]
fn grouping_each_batch_as_it_is_stored_matches_grouping_it_once_stored() {
    use whosaid::analysis::group::Grouper;
    use whosaid::ingest::{extract_article, read};
    use whosaid::store::Store;

    let input = shared("corpus/polnear-dev.jsonl").unwrap_or_else(crate::util::seed);
    let (sources, _) = read::expand(&[input]);
    let mut articles = Vec::new();
    read::read_sources(&sources, &read::ReadOptions::default(), &mut std::io::empty(), &mut |item| {
        if let read::Item::Article(a) = item {
            articles.push(*a);
        }
    });
    let mut extracted: Vec<_> = articles.into_iter().map(|a| (a.clone(), extract_article(&a))).collect();
    // Some articles come again, in a later batch and within their own batch.
    let again: Vec<_> = extracted.iter().take(7).cloned().collect();
    extracted.extend(again);
    // (The seed article alone, without ../shared, makes a list of two.)
    let copy = extracted[1.min(extracted.len() - 1)].clone();
    extracted.insert(3.min(extracted.len()), copy);

    let dir = tempfile::tempdir().unwrap();
    let (after, during) = (dir.path().join("after.db"), dir.path().join("during.db"));
    // Stored a batch at a time, then grouped (as `import` and re-extraction do).
    let mut store = Store::open(&after).unwrap();
    let mut grouper = Grouper::new(&store).unwrap();
    for batch in extracted.chunks(40) {
        store.save_batch(batch).unwrap();
        grouper.run(&mut store).unwrap();
    }
    grouper.finish(&mut store).unwrap();
    drop(store);
    // Grouped inside each batch's transaction (as `load` does).
    let mut store = Store::open(&during).unwrap();
    let mut grouper = Grouper::new(&store).unwrap();
    for batch in extracted.chunks(40) {
        let mut w = store.begin_batch(batch).unwrap();
        let prepared = batch.iter().map(|(_, s)| whosaid::analysis::group::prepare(s)).collect();
        grouper.group_batch(&mut w, prepared).unwrap();
        w.commit().unwrap();
    }
    grouper.finish(&mut store).unwrap();
    drop(store);

    let (a, b) = (grouping_rows(&after), grouping_rows(&during));
    assert!(a.iter().any(|r| r.contains("Text(\"article\")")), "some denial was linked to a claim of its article");
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y);
    }
}

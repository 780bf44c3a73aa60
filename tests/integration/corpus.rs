//! The dev corpus (../shared, read at run time): extraction runs over every article.
//! Quality figures are checked by .ci/run with the official scorer.

use crate::util::{shared, whosaid};

#[test]
fn extraction_runs_over_the_whole_dev_corpus() {
    let Some(gold) = shared("corpus/polnear-dev.jsonl") else { return };
    let dir = tempfile::tempdir().unwrap();
    let out = whosaid(&dir.path().join("x.db")).args(["extract", "--format", "jsonl"]).arg(&gold).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let articles: std::collections::BTreeSet<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["article"].as_str().unwrap().to_string())
        .collect();
    assert!(articles.len() > 400, "statements from {} articles", articles.len());
    // Every span indexes the article text on code points.
    let gold_text: std::collections::HashMap<String, String> = std::fs::read_to_string(&gold)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap().to_string(), v["text"].as_str().unwrap().to_string())
        })
        .collect();
    for l in text.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let t = &gold_text[v["article"].as_str().unwrap()];
        let (s, e) = (v["content_start"].as_u64().unwrap() as usize, v["content_end"].as_u64().unwrap() as usize);
        let slice: String = t.chars().skip(s).take(e - s).collect();
        assert_eq!(slice, v["content"].as_str().unwrap());
    }
}

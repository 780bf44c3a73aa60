//! Guards the lexical matcher's quality: ROC AUC on the shared labelled dev pairs must not drop.
//!
//! Reads `../shared/corpus/pairs-dev.jsonl` at run time (corpus data never enters the repo).
//! Without it the test prints a notice and passes, except under CI=true, where it fails.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use whosaid::analysis::similarity::{Features, Idf, similarity};

/// AUC reached on dev when the blend was tuned (0.878), minus the 0.01 allowed slack.
const MIN_AUC: f64 = 0.868;

#[derive(Deserialize)]
struct Pair {
    a: String,
    b: String,
    same: bool,
    source: String,
}

/// ROC AUC by the rank statistic, ties sharing their average rank (as score_pairs.py does).
fn auc(scored: &[(f64, bool)]) -> f64 {
    let mut v = scored.to_vec();
    v.sort_by(|x, y| x.0.total_cmp(&y.0));
    let pos = v.iter().filter(|x| x.1).count() as f64;
    let neg = v.len() as f64 - pos;
    let (mut rank_sum, mut i) = (0.0, 0);
    while i < v.len() {
        let mut j = i;
        while j < v.len() && v[j].0 == v[i].0 {
            j += 1;
        }
        let avg_rank = (i + 1 + j) as f64 / 2.0;
        rank_sum += avg_rank * v[i..j].iter().filter(|x| x.1).count() as f64;
        i = j;
    }
    (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
}

#[test]
fn dev_pairs_auc_does_not_regress() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pairs-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{} is missing (required under CI=true)", path.display());
        }
        eprintln!("notice: {} not found; similarity quality test skipped", path.display());
        return;
    };
    let pairs: Vec<Pair> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("pair line parses"))
        .collect();
    assert!(pairs.len() > 1000, "suspiciously few pairs: {}", pairs.len());

    // Same protocol as examples/pairs_eval.rs: each distinct text is one IDF document.
    let mut feats: HashMap<&str, Features> = HashMap::new();
    let mut idf = Idf::new();
    for p in &pairs {
        for t in [p.a.as_str(), p.b.as_str()] {
            feats.entry(t).or_insert_with(|| {
                let f = Features::new(t);
                idf.add_document(&f);
                f
            });
        }
    }

    let mut all = Vec::with_capacity(pairs.len());
    let mut by_source: HashMap<&str, Vec<(f64, bool)>> = HashMap::new();
    for p in &pairs {
        let s = similarity(&feats[p.a.as_str()], &feats[p.b.as_str()], &idf);
        assert!((0.0..=1.0).contains(&s), "score out of range: {s}");
        all.push((s, p.same));
        by_source.entry(&p.source).or_default().push((s, p.same));
    }
    let overall = auc(&all);
    let mut sources: Vec<_> = by_source.into_iter().collect();
    sources.sort_by_key(|(k, _)| *k);
    for (src, v) in &sources {
        eprintln!("{src:24} n={:5} AUC {:.3}", v.len(), auc(v));
    }
    eprintln!("ALL                      n={:5} AUC {overall:.3}", all.len());
    assert!(overall >= MIN_AUC, "ROC AUC {overall:.4} fell below {MIN_AUC}");
}

//! Ranks CheckThat verified claims for each tweet with the lexical matcher and prints MAP@5.
//!
//! Usage: `cargo run --release --example vclaims_map -- [PAIRS.jsonl] [VCLAIMS.jsonl]`
//! (defaults: the shared dev corpus next to the repository).
//!
//! Queries are the distinct `a` texts (tweets) of pairs whose source starts with "CheckThat";
//! a query's relevant claims are the `b` texts of its pairs with `same = true` (each is a
//! verified claim of the vclaims file). Every verified claim is a document. The Idf counts
//! each verified claim and each query tweet once (unsupervised; no labels used). Two rankings
//! are reported: candidates from [`CandidateIndex`] re-scored by [`similarity`] (what the
//! grouping does), and an exhaustive scoring of every claim (the matcher's own ceiling).

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::Deserialize;
use whosaid::analysis::similarity::{CandidateIndex, Features, Idf, similarity};

#[derive(Deserialize)]
struct Pair {
    a: String,
    b: String,
    same: bool,
    source: String,
}

#[derive(Deserialize)]
struct VClaim {
    text: String,
}

/// How many candidates the index proposes per tweet before re-scoring.
const CANDIDATES: usize = 200;

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>> {
    let file = std::fs::File::open(path).with_context(|| format!("open {}", path.display()))?;
    let mut out = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(serde_json::from_str(&line)?);
        }
    }
    Ok(out)
}

/// Average precision over the top 5 of `ranked`, normalized by min(|relevant|, 5).
fn ap_at_5(ranked: &[usize], relevant: &HashSet<usize>) -> f64 {
    let (mut hits, mut sum) = (0usize, 0.0);
    for (k, doc) in ranked.iter().take(5).enumerate() {
        if relevant.contains(doc) {
            hits += 1;
            sum += hits as f64 / (k + 1) as f64;
        }
    }
    sum / relevant.len().clamp(1, 5) as f64
}

/// Sorts (doc, score) best first; ties by doc index so runs are deterministic.
fn rank(mut scored: Vec<(usize, f64)>) -> Vec<usize> {
    scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    scored.into_iter().map(|(d, _)| d).collect()
}

fn main() -> Result<()> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let pairs_path = args.first().cloned().unwrap_or(shared.join("pairs-dev.jsonl"));
    let vclaims_path = args.get(1).cloned().unwrap_or(shared.join("checkthat20-vclaims-dev.jsonl"));

    let pairs: Vec<Pair> = read_jsonl(&pairs_path)?;
    let vclaims: Vec<VClaim> = read_jsonl(&vclaims_path)?;
    let by_text: HashMap<&str, usize> = vclaims.iter().enumerate().map(|(i, v)| (v.text.as_str(), i)).collect();

    // Query tweet -> relevant verified-claim indices, in first-seen order.
    let mut queries: Vec<(&str, HashSet<usize>)> = Vec::new();
    let mut slot: HashMap<&str, usize> = HashMap::new();
    let mut missing = 0;
    for p in pairs.iter().filter(|p| p.source.starts_with("CheckThat") && p.same) {
        let Some(&doc) = by_text.get(p.b.as_str()) else {
            missing += 1;
            continue;
        };
        let i = *slot.entry(p.a.as_str()).or_insert_with(|| {
            queries.push((p.a.as_str(), HashSet::new()));
            queries.len() - 1
        });
        queries[i].1.insert(doc);
    }

    let t0 = Instant::now();
    let docs: Vec<Features> = vclaims.par_iter().map(|v| Features::new(&v.text)).collect();
    let qfeats: Vec<Features> = queries.par_iter().map(|(q, _)| Features::new(q)).collect();
    let mut idf = Idf::new();
    let mut index = CandidateIndex::new();
    for (i, f) in docs.iter().enumerate() {
        idf.add_document(f);
        index.insert(i as i64, f);
    }
    for f in &qfeats {
        idf.add_document(f);
    }
    let prep = t0.elapsed();

    let t1 = Instant::now();
    let (indexed, recall): (Vec<f64>, Vec<f64>) = queries
        .par_iter()
        .zip(&qfeats)
        .map(|((_, rel), qf)| {
            let cands = index.candidates(qf, CANDIDATES);
            let found = cands.iter().filter(|c| rel.contains(&(**c as usize))).count();
            let scored = cands.iter().map(|&c| (c as usize, similarity(qf, &docs[c as usize], &idf))).collect();
            (ap_at_5(&rank(scored), rel), found as f64 / rel.len() as f64)
        })
        .unzip();
    let t_indexed = t1.elapsed();

    let t2 = Instant::now();
    let exhaustive: Vec<f64> = queries
        .par_iter()
        .zip(&qfeats)
        .map(|((_, rel), qf)| {
            let scored = docs.iter().enumerate().map(|(i, d)| (i, similarity(qf, d, &idf))).collect();
            ap_at_5(&rank(scored), rel)
        })
        .collect();
    let t_exhaustive = t2.elapsed();

    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    println!("queries {}  verified claims {}  relevant pairs not in vclaims {}", queries.len(), vclaims.len(), missing);
    println!(
        "MAP@5 index+rescore (top {CANDIDATES} candidates): {:.4}   candidate recall {:.4}   {:.2?}",
        mean(&indexed),
        mean(&recall),
        t_indexed
    );
    println!(
        "MAP@5 exhaustive (all {} claims scored):           {:.4}   {:.2?}",
        vclaims.len(),
        mean(&exhaustive),
        t_exhaustive
    );
    println!("features + idf + index build: {prep:.2?}");
    Ok(())
}

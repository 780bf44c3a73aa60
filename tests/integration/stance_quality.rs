//! Guards the quality of `stance_toward` on the shared stance dev set, when present.
//!
//! Computes macro-F1 and denial F1 per source (as `score_stance.py` does) and fails if
//! they drop more than 0.01 below the figures reached when the rules were written.

use std::collections::HashMap;
use std::path::Path;

use whosaid::analysis::stance::{Stance, stance_toward};

/// Figures reached on the dev set: (source, macro-F1, denial F1). "ALL" is overall.
const REACHED: &[(&str, f64, f64)] = &[("ALL", 0.672, 0.620), ("Emergent", 0.804, 0.835), ("FNC-1", 0.620, 0.548)];

const CLASSES: [Stance; 3] = [Stance::Claim, Stance::Denial, Stance::Neutral];

fn parse_stance(s: &str) -> Option<Stance> {
    match s {
        "claim" => Some(Stance::Claim),
        "denial" => Some(Stance::Denial),
        "neutral" => Some(Stance::Neutral),
        _ => None,
    }
}

/// F1 of one class over (gold, predicted) pairs.
fn f1(pairs: &[(Stance, Stance)], class: Stance) -> f64 {
    let tp = pairs.iter().filter(|(g, p)| *g == class && *p == class).count() as f64;
    let fp = pairs.iter().filter(|(g, p)| *g != class && *p == class).count() as f64;
    let fn_ = pairs.iter().filter(|(g, p)| *g == class && *p != class).count() as f64;
    let prec = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let rec = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    if prec + rec > 0.0 { 2.0 * prec * rec / (prec + rec) } else { 0.0 }
}

#[test]
fn stance_quality_on_dev_set() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/stance-dev.jsonl");
    if !path.exists() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("stance dev set missing under CI: {}", path.display());
        }
        eprintln!("notice: {} not found, stance quality not checked", path.display());
        return;
    }
    let text = std::fs::read_to_string(&path).expect("read stance dev set");
    let mut groups: HashMap<String, Vec<(Stance, Stance)>> = HashMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let get = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("");
        let gold = parse_stance(get("stance")).expect("gold stance label");
        let pred = stance_toward(get("claim"), get("text"));
        groups.entry("ALL".into()).or_default().push((gold, pred));
        groups.entry(get("source").to_string()).or_default().push((gold, pred));
    }
    let mut failures = Vec::new();
    for &(source, macro_min, denial_min) in REACHED {
        let pairs = groups.get(source).unwrap_or_else(|| panic!("no items of source {source}"));
        let macro_f1 = CLASSES.iter().map(|&c| f1(pairs, c)).sum::<f64>() / 3.0;
        let denial_f1 = f1(pairs, Stance::Denial);
        eprintln!(
            "{source:10} n={:5} macro-F1 {macro_f1:.3} (min {:.3}) denial F1 {denial_f1:.3} (min {:.3})",
            pairs.len(),
            macro_min - 0.01,
            denial_min - 0.01
        );
        if macro_f1 < macro_min - 0.01 {
            failures.push(format!("{source}: macro-F1 {macro_f1:.3} < {macro_min:.3} - 0.01"));
        }
        if denial_f1 < denial_min - 0.01 {
            failures.push(format!("{source}: denial F1 {denial_f1:.3} < {denial_min:.3} - 0.01"));
        }
    }
    assert!(failures.is_empty(), "stance quality dropped: {failures:?}");
}

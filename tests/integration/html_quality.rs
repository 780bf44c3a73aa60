//! Guards main-text extraction quality on the shared HTML dev set, scored like score_html.py.
//!
//! The corpus is third-party data kept outside the repository (`../shared/corpus` beside the
//! checkout); without it the test only prints a notice, except under CI=true where it fails.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;

use unicode_normalization::UnicodeNormalization;
use whosaid::ingest::html::parse_html;

/// Floors: the figures reached when this test was written, minus 0.01.
const MIN_MUST_CONTAIN: f64 = 0.944;
const MIN_BOILERPLATE_ABSENT: f64 = 0.971;
const MIN_BODY_F1: f64 = 0.976;
const MIN_TITLE_LENIENT: f64 = 0.945;
const MIN_DATE: f64 = 0.941;

/// score_html.py's `norm`: NFKC, drop soft hyphens and zero-width spaces, collapse whitespace,
/// case-fold.
fn norm(s: &str) -> String {
    let s: String = s.nfkc().filter(|c| *c != '\u{ad}' && *c != '\u{200b}').collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// `\w+` runs of the normalised text, as score_html.py tokenises bodies.
fn tokens(s: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for t in norm(s).split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        if !t.is_empty() {
            *bag.entry(t.to_string()).or_default() += 1;
        }
    }
    bag
}

/// Bag-of-words F1 between gold and predicted text.
fn f1(gold: &str, pred: &str) -> f64 {
    let (g, p) = (tokens(gold), tokens(pred));
    let tp: usize = g.iter().map(|(t, n)| (*n).min(p.get(t).copied().unwrap_or(0))).sum();
    let (ng, np) = (g.values().sum::<usize>(), p.values().sum::<usize>());
    if ng == 0 && np == 0 {
        return 1.0;
    }
    let prec = if np > 0 { tp as f64 / np as f64 } else { 0.0 };
    let rec = if ng > 0 { tp as f64 / ng as f64 } else { 0.0 };
    if prec + rec > 0.0 { 2.0 * prec * rec / (prec + rec) } else { 0.0 }
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

#[test]
fn html_dev_set_quality() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/html-dev.jsonl");
    if !path.exists() {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{} is missing under CI", path.display());
        eprintln!("notice: {} not found, HTML quality test skipped", path.display());
        return;
    }
    let file = std::fs::File::open(&path).expect("open corpus");
    let (mut must, mut must_found, mut neg, mut neg_absent) = (0usize, 0usize, 0usize, 0usize);
    let (mut f1_sum, mut f1_pages, mut dates, mut dates_ok) = (0.0, 0usize, 0usize, 0usize);
    let (mut titles, mut titles_ok) = (0usize, 0usize);
    for line in BufReader::new(file).lines() {
        let line = line.expect("read corpus");
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value = serde_json::from_str(&line).expect("corpus JSON");
        let page = parse_html(rec["html"].as_str().unwrap_or_default(), rec["url"].as_str());
        let text = norm(&page.text);
        for s in strings(&rec["must_contain"]) {
            must += 1;
            must_found += usize::from(text.contains(&norm(&s)));
        }
        for s in strings(&rec["must_not_contain"]) {
            neg += 1;
            neg_absent += usize::from(!text.contains(&norm(&s)));
        }
        if let Some(body) = rec["body"].as_str().filter(|b| !b.is_empty()) {
            f1_sum += f1(body, &page.text);
            f1_pages += 1;
        }
        if let Some(gold) = rec["title"].as_str().filter(|t| !t.is_empty()) {
            // Lenient: either normalised title contains the other.
            let (g, p) = (norm(gold), norm(page.title.as_deref().unwrap_or_default()));
            titles += 1;
            titles_ok += usize::from(!p.is_empty() && (g.contains(&p) || p.contains(&g)));
        }
        if let Some(gold) = rec["date"].as_str().filter(|d| d.len() >= 10) {
            dates += 1;
            dates_ok += usize::from(page.date.as_deref().and_then(|d| d.get(..10)) == gold.get(..10));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let recall = ratio(must_found, must);
    let clean = ratio(neg_absent, neg);
    let body_f1 = if f1_pages == 0 { 1.0 } else { f1_sum / f1_pages as f64 };
    let date = ratio(dates_ok, dates);
    let title = ratio(titles_ok, titles);
    eprintln!(
        "must_contain {recall:.3} (n={must}), boilerplate absent {clean:.3} (n={neg}), \
         body F1 {body_f1:.3} (n={f1_pages}), title lenient {title:.3} (n={titles}), \
         date {date:.3} (n={dates})"
    );
    assert!(recall >= MIN_MUST_CONTAIN, "must_contain recall {recall:.3}");
    assert!(clean >= MIN_BOILERPLATE_ABSENT, "boilerplate absent {clean:.3}");
    assert!(body_f1 >= MIN_BODY_F1, "body F1 {body_f1:.3}");
    assert!(title >= MIN_TITLE_LENIENT, "title lenient {title:.3}");
    assert!(date >= MIN_DATE, "date accuracy {date:.3}");
}

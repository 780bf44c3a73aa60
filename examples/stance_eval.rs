//! Predicts the stance of every item of a stance JSONL file with `stance_toward`.
//!
//! usage: cargo run --release --example stance_eval -- STANCE.jsonl > PRED.jsonl
//! Prints one {"id","stance"} line per item on stdout and the throughput on stderr.
//! With `--explain` as second argument each line also carries the evidence weighed.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

use whosaid::analysis::stance::{stance_evidence, stance_toward};

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: stance_eval STANCE.jsonl"))?;
    let explain = std::env::args().nth(2).is_some_and(|a| a == "--explain");
    let reader = BufReader::new(std::fs::File::open(&path)?);
    let mut items = Vec::new();
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)?;
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        items.push((field("id"), field("claim"), field("text")));
    }
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    let start = Instant::now();
    let mut preds = Vec::with_capacity(items.len());
    for (_, claim, text) in &items {
        preds.push(stance_toward(claim, text));
    }
    let secs = start.elapsed().as_secs_f64();
    for ((id, claim, text), stance) in items.iter().zip(preds) {
        let mut row = serde_json::json!({"id": id, "stance": stance.as_str()});
        if explain {
            let ev = stance_evidence(claim, text);
            row["evidence"] = serde_json::json!({
                "relatedness": ev.relatedness,
                "denial": ev.denial,
                "hedge": ev.hedge,
                "assertion": ev.assertion,
                "weight": ev.weight,
                "claim_negative": ev.claim_negative,
            });
        }
        writeln!(out, "{row}")?;
    }
    out.flush()?;
    eprintln!("{} items in {:.3} s: {:.0} items/s", items.len(), secs, items.len() as f64 / secs.max(1e-9));
    Ok(())
}

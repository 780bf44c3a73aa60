//! Scores labelled claim pairs with the lexical matcher, one `{"id","score"}` line per pair.
//!
//! Usage: `cargo run --release --example pairs_eval -- PAIRS.jsonl [--parts] > pred.jsonl`
//! then `python3 ../shared/eval/score_pairs.py PAIRS.jsonl pred.jsonl`.
//!
//! IDF statistics come from the texts being scored: every distinct `a` and `b` text of the
//! input file counts as one document. That is unsupervised (labels are never read for it)
//! and mirrors production, where the Idf grows from the statements already in the database.
//! `--parts` adds each similarity part to the output line (for inspecting or re-tuning the
//! blend weights); the scorer ignores the extra fields.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Write};

use anyhow::{Context, Result};
use serde::Deserialize;
use whosaid::analysis::similarity::{Features, Idf, similarity, similarity_parts};

#[derive(Deserialize)]
struct Pair {
    id: String,
    a: String,
    b: String,
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.iter().find(|a| !a.starts_with("--")).context("usage: pairs_eval PAIRS.jsonl [--parts]")?;
    let with_parts = args.iter().any(|a| a == "--parts");

    let file = std::fs::File::open(path).with_context(|| format!("open {path}"))?;
    let mut pairs = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        pairs.push(serde_json::from_str::<Pair>(&line)?);
    }

    // Features once per distinct text; each distinct text is one IDF document.
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

    let mut out = BufWriter::new(std::io::stdout().lock());
    for p in &pairs {
        let (fa, fb) = (&feats[p.a.as_str()], &feats[p.b.as_str()]);
        let mut row = serde_json::json!({"id": p.id, "score": similarity(fa, fb, &idf)});
        if with_parts {
            row["parts"] = serde_json::to_value(similarity_parts(fa, fb, &idf))?;
        }
        writeln!(out, "{row}")?;
    }
    eprintln!("scored {} pairs; idf over {} distinct texts", pairs.len(), idf.doc_count());
    Ok(())
}

//! Runs `statement_stance` over the statements of a gold attribution corpus
//! (FORMATS.md layout: one article per line with `statements[].cue/content`).
//!
//! usage: cargo run --release --example stance_statements -- polnear-dev.jsonl > out.tsv
//! Prints `stance<TAB>cue<TAB>content` per statement and the counts per stance on stderr,
//! to eyeball what the rules call a denial on real news statements.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Write};

use whosaid::analysis::stance::statement_stance;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: stance_statements CORPUS.jsonl"))?;
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for line in BufReader::new(std::fs::File::open(&path)?).lines() {
        let article: serde_json::Value = serde_json::from_str(&line?)?;
        let Some(statements) = article["statements"].as_array() else {
            continue;
        };
        for s in statements {
            let cue = s["cue"].as_str().unwrap_or("");
            let content = s["content"].as_str().unwrap_or("");
            let stance = statement_stance(cue, content).as_str();
            *counts.entry(stance).or_default() += 1;
            writeln!(out, "{stance}\t{cue}\t{}", content.replace(['\n', '\t'], " "))?;
        }
    }
    out.flush()?;
    eprintln!("{counts:?}");
    Ok(())
}

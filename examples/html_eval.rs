//! Runs `parse_html` over an HTML gold file (JSONL) and prints prediction lines for score_html.py.
//!
//! Only each record's id, url and html are read; the gold fields are never looked at.
//! Usage: `cargo run --release --example html_eval -- html-dev.jsonl > pred.jsonl`

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

use whosaid::ingest::html::parse_html;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: html_eval GOLD.jsonl"))?;
    let reader = BufReader::new(std::fs::File::open(&path)?);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut pages, mut bytes, mut busy) = (0usize, 0usize, 0f64);
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value = serde_json::from_str(&line)?;
        let id = rec["id"].as_str().unwrap_or_default();
        let html = rec["html"].as_str().unwrap_or_default();
        let url = rec["url"].as_str();
        let t = Instant::now();
        let page = parse_html(html, url);
        busy += t.elapsed().as_secs_f64();
        pages += 1;
        bytes += html.len();
        let pred = serde_json::json!({
            "id": id,
            "text": page.text,
            "title": page.title,
            "date": page.date,
            "site": page.site,
        });
        writeln!(out, "{pred}")?;
    }
    out.flush()?;
    eprintln!(
        "{pages} pages, {:.1} MB in {busy:.2} s: {:.1} pages/s, {:.1} MB/s",
        bytes as f64 / 1e6,
        pages as f64 / busy.max(1e-9),
        bytes as f64 / 1e6 / busy.max(1e-9)
    );
    Ok(())
}

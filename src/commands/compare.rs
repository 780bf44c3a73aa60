//! `whosaid compare TOPIC`: claim groups about a topic beside the denials that answer them.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;
use whosaid::analysis::compare::{ComparisonRow, compare, compare_first};
use whosaid::render::{self, Format, Tabular, ellipsize, html};
use whosaid::store::StatementRow;

use crate::cli::CompareArgs;

/// Statements shown per cell in the terminal table.
const PER_CELL: usize = 4;

/// A statement with who said it, through whom, anonymity and date.
fn statement_cell(s: &StatementRow) -> String {
    let mut meta = vec![s.speaker_display()];
    if s.anonymous {
        meta.push("anonymous".into());
    }
    if let Some(r) = &s.relay {
        meta.push(format!("via {r}"));
    }
    let said = s.said_display();
    if !said.is_empty() {
        meta.push(said);
    }
    format!("{}\n— {}", ellipsize(&s.content, 280), meta.join(" · "))
}

/// The first statements of a cell, of `total`.
fn cell(statements: &[StatementRow], total: usize, what: &str) -> String {
    let mut parts: Vec<String> = statements.iter().take(PER_CELL).map(statement_cell).collect();
    if total > PER_CELL {
        parts.push(format!("(+{} more {what})", total - PER_CELL));
    }
    parts.join("\n\n")
}

/// One claim/denial pair, flattened for CSV and Markdown.
#[derive(Serialize)]
struct PairRow<'a> {
    group: Option<i64>,
    claim_speaker: Option<&'a str>,
    claim_anonymous: Option<bool>,
    claim_relay: Option<&'a str>,
    claim_said: Option<String>,
    claim: Option<&'a str>,
    claim_article: Option<&'a str>,
    denial_speaker: Option<&'a str>,
    denial_anonymous: Option<bool>,
    denial_relay: Option<&'a str>,
    denial_said: Option<String>,
    denial: Option<&'a str>,
    denial_article: Option<&'a str>,
}

impl Tabular for PairRow<'_> {
    fn headers() -> Vec<&'static str> {
        vec![
            "group",
            "claim_speaker",
            "claim_anonymous",
            "claim_relay",
            "claim_said",
            "claim",
            "claim_article",
            "denial_speaker",
            "denial_anonymous",
            "denial_relay",
            "denial_said",
            "denial",
            "denial_article",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |s: Option<&str>| s.unwrap_or("").to_string();
        let b = |v: Option<bool>| v.map(|x| x.to_string()).unwrap_or_default();
        vec![
            self.group.map(|g| g.to_string()).unwrap_or_default(),
            o(self.claim_speaker),
            b(self.claim_anonymous),
            o(self.claim_relay),
            self.claim_said.clone().unwrap_or_default(),
            o(self.claim),
            o(self.claim_article),
            o(self.denial_speaker),
            b(self.denial_anonymous),
            o(self.denial_relay),
            self.denial_said.clone().unwrap_or_default(),
            o(self.denial),
            o(self.denial_article),
        ]
    }
}

/// Every claim paired with every denial of its row (or with nothing).
fn pairs(rows: &[ComparisonRow]) -> Vec<PairRow<'_>> {
    let mut out = Vec::new();
    for r in rows {
        let claims: Vec<Option<&StatementRow>> =
            if r.claims.is_empty() { vec![None] } else { r.claims.iter().map(Some).collect() };
        let denials: Vec<Option<&StatementRow>> =
            if r.denials.is_empty() { vec![None] } else { r.denials.iter().map(Some).collect() };
        for c in &claims {
            for d in &denials {
                out.push(PairRow {
                    group: r.group.as_ref().map(|g| g.group_id),
                    claim_speaker: c.and_then(|c| c.speaker.as_deref()),
                    claim_anonymous: c.map(|c| c.anonymous),
                    claim_relay: c.and_then(|c| c.relay.as_deref()),
                    claim_said: c.map(StatementRow::said_display),
                    claim: c.map(|c| c.content.as_str()),
                    claim_article: c.map(|c| c.article.as_str()),
                    denial_speaker: d.and_then(|d| d.speaker.as_deref()),
                    denial_anonymous: d.map(|d| d.anonymous),
                    denial_relay: d.and_then(|d| d.relay.as_deref()),
                    denial_said: d.map(StatementRow::said_display),
                    denial: d.map(|d| d.content.as_str()),
                    denial_article: d.map(|d| d.article.as_str()),
                });
            }
        }
    }
    out
}

/// Run `compare`.
pub fn run(db: &Path, args: CompareArgs) -> Result<ExitCode> {
    let store = super::open_existing(db)?;
    let topic = super::topic(&args.topic);
    // The table shows the first few statements of each cell: only those are read.
    let rows = match args.output.format {
        Format::Table => compare_first(&store, &topic, args.limit, PER_CELL)?,
        _ => compare(&store, &topic, args.limit)?,
    };
    if rows.is_empty() {
        eprintln!("whosaid: no claims or denials match {}", super::quoted_topic(&topic));
    }
    let opts = super::render_options();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.output.format {
        Format::Table => {
            let cells: Vec<(String, String)> = rows
                .iter()
                .map(|r| {
                    let mut left = cell(&r.claims, r.claims_total, "claims");
                    if let Some(g) = &r.group {
                        left.push_str(&format!("\n\n[group {}] {}", g.group_id, g.origins_line()));
                    }
                    (left, cell(&r.denials, r.denials_total, "denials"))
                })
                .collect();
            render::side_by_side("claim", "denial", &cells, &opts, &mut out)?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for r in &rows {
                serde_json::to_writer(&mut out, r)?;
                writeln!(out)?;
            }
        }
        Format::Html => out.write_all(html::compare_page(&topic, &rows).as_bytes())?,
        f @ (Format::Csv | Format::Markdown) => render::write_rows(&pairs(&rows), f, &opts, &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

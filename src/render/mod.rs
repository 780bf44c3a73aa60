//! Output formats for every listing: terminal tables, JSON, JSONL, CSV and Markdown, written
//! to any writer. The command picks the format; this layer only formats.

pub mod html;
mod plain;
mod table;

use std::io::{self, Write};

use serde::Serialize;

pub use table::side_by_side;

/// How rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table sized to the terminal (plain text when piped).
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// A Markdown table.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// Terminal facts decided once by the command layer.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Width to fit tables to; None = no limit (pipes, tests).
    pub width: Option<u16>,
    /// Whether output goes to a terminal (box drawing, wrapping).
    pub tty: bool,
}

/// A row type that can be shown as table cells.
pub trait Tabular {
    /// Column names.
    fn headers() -> Vec<&'static str>;
    /// This row's cells, in header order.
    fn cells(&self) -> Vec<String>;
}

/// Write `rows` in `format`.
pub fn write_rows<T: Serialize + Tabular>(
    rows: &[T],
    format: Format,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::write_table(rows, opts, out),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows).map_err(io::Error::other)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for r in rows {
                serde_json::to_writer(&mut *out, r).map_err(io::Error::other)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv => plain::write_csv(rows, out),
        Format::Markdown => plain::write_markdown(rows, out),
        Format::Html => plain::write_html(rows, out),
    }
}

/// Shorten text to at most `max` characters, marking the cut with "…".
pub fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

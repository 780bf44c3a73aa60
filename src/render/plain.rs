//! CSV and Markdown writers.

use std::io::{self, Write};

use super::Tabular;

/// CSV with a header row; the csv crate quotes any cell holding commas, quotes or newlines.
pub(super) fn write_csv<T: Tabular>(rows: &[T], out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(T::headers())?;
    for r in rows {
        w.write_record(r.cells())?;
    }
    w.flush()
}

fn md_cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// A Markdown pipe table; pipes and newlines inside cells are escaped.
pub(super) fn write_markdown<T: Tabular>(rows: &[T], out: &mut dyn Write) -> io::Result<()> {
    let headers = T::headers();
    writeln!(out, "| {} |", headers.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(headers.len()))?;
    for r in rows {
        let cells: Vec<String> = r.cells().iter().map(|c| md_cell(c)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// A plain HTML page holding the rows as a table.
pub(super) fn write_html<T: Tabular>(rows: &[T], out: &mut dyn Write) -> io::Result<()> {
    use super::html::escape;
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>whosaid</title></head><body><table>"
    )?;
    let th: Vec<String> = T::headers().iter().map(|h| format!("<th>{}</th>", escape(h))).collect();
    writeln!(out, "<tr>{}</tr>", th.concat())?;
    for r in rows {
        let td: Vec<String> = r.cells().iter().map(|c| format!("<td>{}</td>", escape(c))).collect();
        writeln!(out, "<tr>{}</tr>", td.concat())?;
    }
    writeln!(out, "</table></body></html>")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct R(&'static str);
    impl Tabular for R {
        fn headers() -> Vec<&'static str> {
            vec!["a", "b"]
        }
        fn cells(&self) -> Vec<String> {
            vec![self.0.to_string(), "x".into()]
        }
    }

    #[test]
    fn csv_quotes_awkward_cells() {
        let mut out = Vec::new();
        write_csv(&[R("he said, \"no\"\nthen left")], &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        let mut rd = csv::Reader::from_reader(s.as_bytes());
        let rec = rd.records().next().unwrap().unwrap();
        assert_eq!(&rec[0], "he said, \"no\"\nthen left");
    }

    #[test]
    fn markdown_escapes_pipes_and_newlines() {
        let mut out = Vec::new();
        write_markdown(&[R("a|b\nc")], &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("a\\|b c"));
    }
}

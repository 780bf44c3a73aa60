//! Terminal tables (comfy-table): listings and the claim | denial side-by-side view.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use super::{RenderOptions, Tabular};

fn new_table(opts: &RenderOptions) -> Table {
    let mut t = Table::new();
    if opts.tty {
        t.load_style(presets::UTF8_FULL_CONDENSED);
    } else {
        t.load_style(presets::ASCII_FULL_CONDENSED);
    }
    match opts.width {
        Some(w) => {
            t.set_width(w);
            t.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t
}

/// A listing as a table.
pub(super) fn write_table<T: Tabular>(rows: &[T], opts: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut t = new_table(opts);
    t.set_header(T::headers());
    for r in rows {
        t.add_row(r.cells());
    }
    writeln!(out, "{t}")
}

/// Two columns side by side (claims | denials), one row per pair of cells.
pub fn side_by_side(
    left: &str,
    right: &str,
    rows: &[(String, String)],
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut t = new_table(opts);
    if opts.width.is_none() {
        // Piped: still wrap long cells so the two columns stay readable.
        t.set_width(160);
        t.set_content_arrangement(ContentArrangement::Dynamic);
    }
    t.set_header(vec![left, right]);
    for (l, r) in rows {
        t.add_row(vec![l.clone(), r.clone()]);
    }
    writeln!(out, "{t}")
}

//! Measurement commands over labelled JSONL files: `stance --items` (and, with the claim
//! matcher, `similarity --pairs`). They run exactly the logic the database uses.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::{Value, json};
use whosaid::analysis::stance::stance_toward;

use crate::cli::StanceArgs;

/// Read a JSONL file line by line, handing each object (with its line number) to `f`.
/// Bad lines are reported and counted; the rest goes on.
fn each_line(path: &Path, mut f: impl FnMut(usize, &Value) -> Result<(), String>) -> Result<usize> {
    let file = File::open(path).with_context(|| format!("could not read {}", path.display()))?;
    let mut failed = 0;
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("could not read {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let outcome =
            serde_json::from_str::<Value>(&line).map_err(|e| format!("invalid JSON: {e}")).and_then(|v| f(n + 1, &v));
        if let Err(m) = outcome {
            eprintln!("whosaid: {}:{}: {m}", path.display(), n + 1);
            failed += 1;
        }
    }
    Ok(failed)
}

fn field<'a>(v: &'a Value, key: &str) -> Result<&'a str, String> {
    match v.get(key) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(format!("field `{key}` must be a string")),
        None => Err(format!("missing field `{key}`")),
    }
}

fn id_of(v: &Value) -> Result<Value, String> {
    match v.get("id") {
        Some(id @ (Value::String(_) | Value::Number(_))) => Ok(id.clone()),
        _ => Err("missing field `id`".to_string()),
    }
}

/// `whosaid stance --items FILE`: one {"id", "stance"} line per item.
pub fn stance(args: StanceArgs) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut write_error = None;
    let failed = each_line(&args.items, |_, v| {
        let id = id_of(v)?;
        let stance = stance_toward(field(v, "claim")?, field(v, "text")?);
        if let Err(e) = writeln!(out, "{}", json!({"id": id, "stance": stance.as_str()})) {
            write_error.get_or_insert(e);
        }
        Ok(())
    })?;
    if let Some(e) = write_error {
        return Err(e.into());
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

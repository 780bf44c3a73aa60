//! Measurement commands over labelled JSONL files: `stance --items` (and, with the claim
//! matcher, `similarity --pairs`). They run exactly the logic the database uses.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::{Value, json};
use whosaid::analysis::similarity::{Features, Idf, similarity as score_pair};
use whosaid::analysis::stance::stance_toward;

use crate::cli::{SimilarityArgs, StanceArgs};

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

/// `whosaid similarity --pairs FILE`: one {"id", "score"} line per pair. The matcher's term
/// statistics come from the file's own texts (every a and b, no labels), as grouping takes
/// them from the stored statements.
pub fn similarity(args: SimilarityArgs) -> Result<ExitCode> {
    let mut pairs: Vec<(Value, String, String)> = Vec::new();
    let failed = each_line(&args.pairs, |_, v| {
        pairs.push((id_of(v)?, field(v, "a")?.to_string(), field(v, "b")?.to_string()));
        Ok(())
    })?;
    let prepared: Vec<(Features, Features)> = {
        use rayon::prelude::*;
        pairs.par_iter().map(|(_, a, b)| (Features::new(a), Features::new(b))).collect()
    };
    let mut idf = Idf::new();
    let mut seen = std::collections::HashSet::new();
    for ((_, a, b), (fa, fb)) in pairs.iter().zip(&prepared) {
        if seen.insert(a.as_str()) {
            idf.add_document(fa);
        }
        if seen.insert(b.as_str()) {
            idf.add_document(fb);
        }
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for ((id, _, _), (fa, fb)) in pairs.iter().zip(&prepared) {
        let score = (score_pair(fa, fb, &idf) * 1e6).round() / 1e6;
        writeln!(out, "{}", json!({"id": id, "score": score}))?;
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

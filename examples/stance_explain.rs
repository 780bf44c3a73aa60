//! Explains `stance_toward` on one item of a stance JSONL file, or on a claim and text.
//!
//! usage: cargo run --example stance_explain -- STANCE.jsonl ID
//!        cargo run --example stance_explain -- --claim CLAIM --text TEXT

use std::io::{BufRead, BufReader};

use whosaid::analysis::stance::explain_toward;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() == 4 && args[0] == "--claim" && args[2] == "--text" {
        println!("{}", explain_toward(&args[1], &args[3]));
        return Ok(());
    }
    let [path, id] = args.as_slice() else {
        anyhow::bail!("usage: stance_explain STANCE.jsonl ID | --claim C --text T");
    };
    for line in BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        if v["id"].as_str() == Some(id.as_str()) {
            let get = |k: &str| v[k].as_str().unwrap_or("").to_string();
            println!("claim: {}\ngold:  {}", get("claim"), get("stance"));
            println!("{}", explain_toward(&get("claim"), &get("text")));
            return Ok(());
        }
    }
    anyhow::bail!("no item {id}")
}

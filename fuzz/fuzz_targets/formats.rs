//! Plain text, Markdown, JSON and JSONL records, and format detection.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::ingest::{formats, metadata};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    formats::detect("x", &text);
    formats::parse_text("x.txt", &text);
    formats::parse_markdown("x.md", &text);
    let _ = formats::parse_json("x.json", &text);
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
        let _ = formats::parse_record("x.jsonl:1", &v);
    }
    metadata::normalize_date(&text);
    metadata::dateline(&text);
});

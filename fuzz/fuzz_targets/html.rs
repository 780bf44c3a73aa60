//! HTML decoding and page cleaning.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::ingest::{formats, html};

fuzz_target!(|data: &[u8]| {
    let (text, _) = html::decode_html(data);
    html::looks_like_html(&text);
    html::parse_html(&text, Some("https://example.org/news/1"));
    formats::parse_html_page("x.html", &text, None);
});

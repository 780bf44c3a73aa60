//! Tokens, quotes and sentences stay inside the text, on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::ingest::sentences;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let seg = sentences::segment(&text);
    for t in &seg.tokens {
        assert!(t.start < t.end && t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
    }
    for s in &seg.sentences {
        assert!(s.first <= s.last && s.last <= seg.tokens.len());
    }
});

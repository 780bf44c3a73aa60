//! The whole reader on raw bytes as standard input: decoding, detection, every format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::ingest::read::{self, Item, ReadOptions, Source};

fuzz_target!(|data: &[u8]| {
    let mut stdin = std::io::Cursor::new(data);
    read::read_sources(&[Source::Stdin], &ReadOptions::default(), &mut stdin, &mut |item| {
        if let Item::Failed(p) | Item::Warning(p) = item {
            assert!(!p.location.is_empty());
        }
    });
});

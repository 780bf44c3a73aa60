//! The extractor: no panic, and every span slices the article text on code points.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::ingest::extract_article;
use whosaid::model::Article;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let article = Article { text, published: Some("2022-01-15".into()), ..Default::default() };
    let chars: Vec<char> = article.text.chars().collect();
    for s in extract_article(&article) {
        let c = s.content_span;
        assert!(c.start <= c.end && c.end <= chars.len());
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), s.content);
        for sp in [s.speaker_span, s.cue_span].into_iter().flatten() {
            assert!(sp.start <= sp.end && sp.end <= chars.len());
        }
    }
});

//! No input makes a parser, the sentence splitter or the extractor panic, and every span the
//! extractor gives slices the article text on code points. Property tests over arbitrary
//! Unicode, arbitrary bytes, and "newsy" text built from quote marks, apostrophes,
//! abbreviations, cue words and names so the extractor's paths are exercised, not only noise.
//!
//! Case counts are modest so the suite stays fast in debug builds; `PROPTEST_CASES=N` raises
//! them for a longer run.

use std::io::Cursor;
use std::ops::ControlFlow;

use proptest::prelude::*;
use proptest::sample::select;
use whosaid::ingest::read::{self, Item, ReadOptions, Source};
use whosaid::ingest::{extract_article, formats, html, metadata, sentences};
use whosaid::model::{Article, Span};

/// Pieces of news prose: quote marks of every kind, apostrophes, abbreviations, cues,
/// relays, names, dates and punctuation.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "''",
    "„",
    "'",
    "'s",
    "’s",
    "Mr.",
    "Mrs.",
    "Dr.",
    "U.S.",
    "U.N.",
    "Jan.",
    "St.",
    "said",
    "says",
    "said that",
    "told Reuters",
    "told reporters",
    "according to",
    "according to the",
    "was quoted as saying",
    "quoted",
    "as saying",
    "denied",
    "rejected",
    "insisted",
    "added",
    "adding that",
    "warned",
    "claimed",
    "called",
    "told",
    "TASS reported",
    "Interfax",
    "cited by",
    "a senior official",
    "officials",
    "the Kremlin",
    "Moscow",
    "Peskov",
    "Sergei Ryabkov",
    "Joe Biden",
    "he",
    "she",
    "they",
    "it",
    "the",
    "minister",
    "spokesman",
    "on Thursday",
    "last month",
    "on January 10",
    "2022",
    "not",
    "never",
    "false",
    ",",
    ".",
    ".",
    "?",
    "!",
    ":",
    ";",
    "—",
    "-",
    "(",
    ")",
    "...",
    "…",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "Ünïcödé",
    "café",
    "Zoë",
    "中文",
    "🙂",
    "\u{200b}",
    "\u{feff}",
    "\u{0301}",
    "#",
    "*",
    "[link](http://x)",
    "<p>",
    "</p>",
    "<b>",
    "<script>",
    "&amp;",
    "&#x201c;",
    "{",
    "}",
    "[",
    "]",
];

/// Text built from news-like pieces, random words and random characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(PIECES).prop_map(str::to_string),
        3 => "[A-Z][a-z]{0,8}",
        3 => "[a-z]{1,9}",
        1 => any::<char>().prop_map(String::from),
    ];
    let sep = select(&[" ", " ", " ", "", "\n", "\n\n", ", "][..]);
    prop::collection::vec((piece, sep), 0..120)
        .prop_map(|v| v.into_iter().flat_map(|(p, s)| [p, s.to_string()]).collect())
}

/// Arbitrary Unicode, newsy text, or both glued together.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        5 => newsy(),
        1 => (newsy(), any::<String>(), newsy()).prop_map(|(a, b, c)| format!("{a}{b}{c}")),
    ]
}

const BOMS: &[&[u8]] = &[b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF", b""];

/// Bytes: arbitrary, or text with a few bytes flipped (invalid UTF-8, NULs, BOMs).
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        (text(), prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4)).prop_map(|(t, flips)| {
            let mut b = t.into_bytes();
            for (i, v) in flips {
                if !b.is_empty() {
                    let k = i.index(b.len());
                    b[k] = v;
                }
            }
            b
        }),
        (select(BOMS), text()).prop_map(|(bom, t)| [bom, t.as_bytes()].concat()),
    ]
}

/// JSON-ish documents: records with arbitrary field values, broken syntax, nesting.
fn jsonish() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        text().prop_map(|t| serde_json::Value::String(t).to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        Just("null".to_string()),
        Just("true".to_string()),
        Just("[]".to_string()),
        Just("{}".to_string()),
        (1usize..200).prop_map(|d| format!("{}{}", "[".repeat(d), "]".repeat(d))),
    ];
    let key = select(&["id", "url", "title", "date", "outlet", "text", "html", "body", "headline", "x"][..]);
    let record = prop::collection::vec((key, value), 0..6).prop_map(|fields| {
        let inner: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
        format!("{{{}}}", inner.join(", "))
    });
    prop_oneof![
        record.clone(),
        prop::collection::vec(record.clone(), 0..4).prop_map(|r| format!("[{}]", r.join(","))),
        prop::collection::vec(record.clone(), 0..4).prop_map(|r| r.join("\n")),
        (record, any::<prop::sample::Index>()).prop_map(|(r, i)| {
            // Cut short: broken JSON.
            let mut cut = i.index(r.len() + 1);
            while !r.is_char_boundary(cut) {
                cut -= 1;
            }
            r[..cut].to_string()
        }),
    ]
}

/// HTML-ish documents: random tags around newsy text, sometimes deeply nested.
fn htmlish() -> impl Strategy<Value = String> {
    let tag = || {
        select(
            &[
                "p", "div", "span", "b", "a", "article", "main", "script", "style", "table", "td", "li", "h1", "title",
                "meta", "br",
            ][..],
        )
    };
    let part = prop_oneof![
        newsy(),
        tag().prop_map(|t| format!("<{t}>")),
        tag().prop_map(|t| format!("</{t}>")),
        Just("<meta property=\"og:title\" content=\"T\">".to_string()),
        Just("<meta charset=\"windows-1252\">".to_string()),
        Just(
            "<script type=\"application/ld+json\">{\"headline\": \"x\", \"datePublished\": \"2022-01-15\"}</script>"
                .to_string()
        ),
        (tag(), 1usize..300).prop_map(|(t, d)| format!(
            "{}x{}",
            format!("<{t}>").repeat(d),
            format!("</{t}>").repeat(d)
        )),
        Just("<!--".to_string()),
        Just("<![CDATA[".to_string()),
    ];
    prop::collection::vec(part, 0..30).prop_map(|p| format!("<html><body>{}</body></html>", p.concat()))
}

/// Feed bytes to the reader as standard input; every item must be a sound article or a
/// problem with a location.
fn read_stdin(bytes: &[u8]) -> Vec<Item> {
    let mut items = Vec::new();
    let _ = read::read_sources_until(
        &[Source::Stdin],
        &ReadOptions::default(),
        &mut Cursor::new(bytes.to_vec()),
        &mut |i| {
            items.push(i);
            ControlFlow::Continue(())
        },
    );
    items
}

fn check_items(items: &[Item]) {
    for item in items {
        match item {
            Item::Article(a) => {
                assert!(!a.text.trim().is_empty());
                check_extraction(a);
            }
            Item::Failed(p) | Item::Warning(p) => assert!(!p.location.is_empty() && !p.message.is_empty()),
        }
    }
}

fn check_span(span: &Span, len: usize, what: &str, text: &str) {
    assert!(span.start <= span.end && span.end <= len, "{what} {span:?} outside 0..{len} of {text:?}");
}

/// Extract and check every span against the text (code points).
fn check_extraction(article: &Article) {
    let chars: Vec<char> = article.text.chars().collect();
    let seg = sentences::segment(&article.text);
    for s in extract_article(article) {
        check_span(&s.content_span, chars.len(), "content_span", &article.text);
        let slice: String = chars[s.content_span.start..s.content_span.end].iter().collect();
        assert_eq!(slice, s.content, "content differs from its span in {:?}", article.text);
        if let Some(sp) = &s.speaker_span {
            check_span(sp, chars.len(), "speaker_span", &article.text);
        }
        if let Some(cue) = &s.cue_span {
            check_span(cue, chars.len(), "cue_span", &article.text);
        }
        assert!(s.sentence < seg.sentences.len().max(1), "sentence {} of {}", s.sentence, seg.sentences.len());
    }
}

fn article(text: String) -> Article {
    Article { text, published: Some("2022-01-15".into()), outlet: Some("Reuters".into()), ..Default::default() }
}

/// Cases per property: enough to find shallow crashes, few enough for a debug build.
fn cases(n: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(n);
    ProptestConfig { cases: n, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(cases(300))]

    #[test]
    fn extraction_never_panics_and_spans_slice_the_text(t in text()) {
        check_extraction(&article(t));
    }

    #[test]
    fn segmentation_spans_are_in_bounds(t in text()) {
        let seg = sentences::segment(&t);
        for tok in &seg.tokens {
            prop_assert!(tok.start < tok.end && tok.end <= t.len());
            prop_assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
        }
        for s in &seg.sentences {
            prop_assert!(s.first <= s.last && s.last <= seg.tokens.len());
        }
        for q in &seg.quotes {
            prop_assert!(q.open <= q.close && q.close <= t.len());
        }
    }

    #[test]
    fn text_and_markdown_parsers_never_panic(t in text()) {
        formats::parse_text("x.txt", &t);
        formats::parse_markdown("x.md", &t);
        formats::detect("x", &t);
        metadata::normalize_date(&t);
        metadata::dateline(&t);
    }

    #[test]
    fn json_parsers_never_panic(t in prop_oneof![jsonish(), text()]) {
        if let Ok(items) = formats::parse_json("x.json", &t) {
            for a in items.into_iter().flatten() {
                check_extraction(&a);
            }
        }
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&t) {
            let _ = formats::parse_record("x.jsonl:1", &v);
        }
        check_items(&read_stdin(t.as_bytes()));
    }
}

proptest! {
    #![proptest_config(cases(150))]

    #[test]
    fn html_parser_never_panics(h in prop_oneof![htmlish(), text()], url in proptest::option::of("https?://[a-z.]{0,12}/[a-z0-9/]{0,10}")) {
        html::looks_like_html(&h);
        let page = html::parse_html(&h, url.as_deref());
        check_extraction(&article(page.text));
        formats::parse_html_page("x.html", &h, url.as_deref());
    }

    #[test]
    fn html_decoder_never_panics(b in bytes()) {
        let (text, enc) = html::decode_html(&b);
        prop_assert!(!enc.is_empty());
        html::parse_html(&text, None);
    }

    #[test]
    fn reader_never_panics_on_any_bytes(b in bytes()) {
        check_items(&read_stdin(&b));
    }

    #[test]
    fn jsonl_files_never_panic_and_name_their_lines(lines in prop::collection::vec(prop_oneof![jsonish(), text().prop_map(|t| t.replace('\n', " "))], 0..6), junk in bytes()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.jsonl");
        let mut content = lines.join("\n").into_bytes();
        content.push(b'\n');
        content.extend(junk.iter().filter(|&&b| b != b'\n'));
        std::fs::write(&path, &content).unwrap();
        let mut items = Vec::new();
        read::read_sources(&[Source::File(path)], &ReadOptions::default(), &mut std::io::empty(), &mut |i| items.push(i));
        for item in &items {
            if let Item::Failed(p) | Item::Warning(p) = item {
                prop_assert!(p.location.contains("f.jsonl"), "{p}");
            }
        }
        check_items(&items);
    }
}

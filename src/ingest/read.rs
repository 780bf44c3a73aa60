//! Inputs → articles: files, folders (recursively) and `-` for stdin, decoded and parsed by
//! format, one item at a time so large JSONL files stream.

use std::borrow::Cow;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crate::ingest::{formats, html, metadata};
use crate::model::Article;

/// Largest article text accepted, in bytes (8 MiB, some three hundred times a long news
/// article).
/// Extraction and grouping take time in proportion to an article's length (a dense 5 MB text
/// loads in about 10 s with 120 MB of memory); a longer text is refused with a clear message,
/// so that one runaway input cannot hold up a load.
pub const MAX_ARTICLE_BYTES: usize = 8 << 20;

/// Settings that apply to every input of one run.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Publisher to set on every article (overrides what the input says).
    pub outlet: Option<String>,
    /// Publication date to set on every article, ISO.
    pub date: Option<String>,
}

/// A problem with one input, located by path (and line for JSONL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    /// `path` or `path:line`.
    pub location: String,
    /// What is wrong, in words.
    pub message: String,
}

impl std::fmt::Display for InputProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// What reading produces, in input order.
#[derive(Debug, Clone)]
pub enum Item {
    /// A parsed article.
    Article(Box<Article>),
    /// An input that could not be read or parsed; the run goes on.
    Failed(InputProblem),
    /// An input that was read with a caveat (e.g. decoded as Windows-1252).
    Warning(InputProblem),
}

/// One input: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// Expand the paths given on the command line: folders recursively (sorted, hidden entries
/// skipped), `-` as stdin. Unreadable folders and symlink loops are reported as problems.
pub fn expand(paths: &[PathBuf]) -> (Vec<Source>, Vec<InputProblem>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        if !p.is_dir() {
            sources.push(Source::File(p.clone()));
            continue;
        }
        let walker = walkdir::WalkDir::new(p)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() => sources.push(Source::File(e.into_path())),
                Ok(_) => {}
                Err(err) => {
                    let location = err.path().unwrap_or(p).display().to_string();
                    let message = if err.loop_ancestor().is_some() {
                        "symlink loop, not followed".to_string()
                    } else {
                        format!("could not read: {}", err.io_error().map_or(err.to_string(), |e| e.to_string()))
                    };
                    problems.push(InputProblem { location, message });
                }
            }
        }
    }
    (sources, problems)
}

/// Read every source and hand each article or problem to `sink` as soon as it is parsed.
/// `stdin` is read only if a source is `-`.
pub fn read_sources(sources: &[Source], opts: &ReadOptions, stdin: &mut dyn Read, sink: &mut dyn FnMut(Item)) {
    let _ = read_sources_until(sources, opts, stdin, &mut |item| {
        sink(item);
        ControlFlow::Continue(())
    });
}

/// [`read_sources`] that stops as soon as `sink` says so (e.g. on Ctrl-C): no further input is
/// read or parsed. Returns `Break` when it stopped early.
pub fn read_sources_until(
    sources: &[Source],
    opts: &ReadOptions,
    stdin: &mut dyn Read,
    sink: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    for source in sources {
        match source {
            Source::File(path) => read_file(path, opts, sink)?,
            Source::Stdin => {
                let mut bytes = Vec::new();
                match stdin.read_to_end(&mut bytes) {
                    Ok(_) => read_bytes("-", "-", &bytes, opts, sink)?,
                    Err(e) => sink(Item::Failed(problem("-", format!("could not read: {e}"))))?,
                }
            }
        }
    }
    ControlFlow::Continue(())
}

/// Where each item goes; `Break` stops reading.
type Sink<'a> = &'a mut dyn FnMut(Item) -> ControlFlow<()>;

fn problem(location: &str, message: String) -> InputProblem {
    InputProblem { location: location.to_string(), message }
}

fn read_file(path: &Path, opts: &ReadOptions, sink: Sink) -> ControlFlow<()> {
    let location = path.display().to_string();
    let name = path.file_name().map_or(location.clone(), |n| n.to_string_lossy().into_owned());
    let is_jsonl = matches!(formats::detect(&name, ""), formats::Format::Jsonl);
    if is_jsonl {
        // Stream JSONL line by line: a huge file never sits in memory whole.
        return match fs::File::open(path) {
            Ok(f) => read_jsonl(&location, BufReader::new(f), opts, sink),
            Err(e) => sink(Item::Failed(problem(&location, format!("could not read: {e}")))),
        };
    }
    match fs::read(path) {
        Ok(bytes) => read_bytes(&location, &name, &bytes, opts, sink),
        Err(e) => sink(Item::Failed(problem(&location, format!("could not read: {e}")))),
    }
}

/// Whether the start of a page declares its character set.
fn declares_charset(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(4096)].windows(7).any(|w| w.eq_ignore_ascii_case(b"charset"))
}

/// Decode text bytes: UTF-8 (a BOM removed), UTF-16 with a BOM, else Windows-1252 with a
/// warning (an HTML page's declared charset is honoured). Empty and binary data (NUL bytes)
/// are refused.
fn decode(location: &str, bytes: &[u8], is_html: bool, sink: Sink) -> ControlFlow<(), Option<String>> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode(location, rest, is_html, sink);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        return ControlFlow::Continue(Some(enc.decode_with_bom_removal(bytes).0.into_owned()));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        sink(Item::Failed(problem(location, "empty file".to_string())))?;
        return ControlFlow::Continue(None);
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        sink(Item::Failed(problem(location, "binary file, not text".to_string())))?;
        return ControlFlow::Continue(None);
    }
    let e = match std::str::from_utf8(bytes) {
        Ok(s) => return ControlFlow::Continue(Some(s.to_string())),
        Err(e) => e,
    };
    if is_html && declares_charset(bytes) {
        let (text, enc) = html::decode_html(bytes);
        if enc != "UTF-8" {
            return ControlFlow::Continue(Some(text));
        }
    }
    sink(Item::Warning(problem(location, format!("not valid UTF-8 ({e}); decoded as Windows-1252"))))?;
    ControlFlow::Continue(Some(encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()))
}

fn read_bytes(location: &str, name: &str, bytes: &[u8], opts: &ReadOptions, sink: Sink) -> ControlFlow<()> {
    let ext_html = matches!(formats::detect(name, ""), formats::Format::Html);
    let Some(text) = decode(location, bytes, ext_html, sink)? else { return ControlFlow::Continue(()) };
    let format = formats::detect(name, &text);
    let mut emit = |r: Result<Article, String>, loc: &str| match r {
        Ok(mut a) => {
            if let Err(m) = check_article(&a) {
                let loc = if a.source.is_empty() { loc } else { &a.source };
                return sink(Item::Failed(problem(loc, m)));
            }
            apply(&mut a, opts);
            sink(Item::Article(Box::new(a)))
        }
        Err(m) => sink(Item::Failed(problem(loc, m))),
    };
    match format {
        formats::Format::Jsonl => read_jsonl(location, BufReader::new(text.as_bytes()), opts, sink),
        formats::Format::Json => match formats::parse_json(location, &text) {
            Ok(items) => {
                for r in items {
                    emit(r, location)?;
                }
                ControlFlow::Continue(())
            }
            Err(m) => emit(Err(m), location),
        },
        formats::Format::Html => {
            let text = text.replace("\r\n", "\n");
            emit(Ok(formats::parse_html_page(location, &text, None)), location)
        }
        formats::Format::Markdown => {
            let text = text.replace("\r\n", "\n");
            emit(Ok(formats::parse_markdown(location, &text)), location)
        }
        formats::Format::Text => {
            let text = text.replace("\r\n", "\n").replace('\r', "\n");
            emit(Ok(formats::parse_text(location, &text)), location)
        }
    }
}

fn read_jsonl(location: &str, reader: impl BufRead, opts: &ReadOptions, sink: Sink) -> ControlFlow<()> {
    let mut any = false;
    for (n, line) in reader.split(b'\n').enumerate() {
        let line_no = n + 1;
        let loc = format!("{location}:{line_no}");
        let bytes = match line {
            Ok(b) => b,
            Err(e) => return sink(Item::Failed(problem(&loc, format!("could not read: {e}")))),
        };
        let bytes = if n == 0 { bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes).to_vec() } else { bytes };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if !any && bytes[..bytes.len().min(8192)].contains(&0) {
            return sink(Item::Failed(problem(location, "binary file, not text".to_string())));
        }
        any = true;
        // Same policy as whole files: text that is not UTF-8 is read as Windows-1252, with a
        // warning naming the line.
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => Cow::Borrowed(t),
            Err(e) => {
                sink(Item::Warning(problem(&loc, format!("not valid UTF-8 ({e}); decoded as Windows-1252"))))?;
                encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes).0
            }
        };
        // Only the fields an article is made of are built (not a corpus line's statements).
        let record: formats::Record = match serde_json::from_str(&text) {
            Ok(r) => r,
            Err(e) => {
                sink(Item::Failed(problem(&loc, format!("invalid JSON: {e}"))))?;
                continue;
            }
        };
        match formats::parse_record_fields(&loc, &record) {
            Ok(mut a) => match check_article(&a) {
                Ok(()) => {
                    apply(&mut a, opts);
                    sink(Item::Article(Box::new(a)))?;
                }
                Err(m) => sink(Item::Failed(problem(&loc, m)))?,
            },
            Err(m) => sink(Item::Failed(problem(&loc, m)))?,
        }
    }
    if !any {
        return sink(Item::Failed(problem(location, "empty file".to_string())));
    }
    ControlFlow::Continue(())
}

/// Refuse an article with no text, or with more than [`MAX_ARTICLE_BYTES`] of it.
fn check_article(a: &Article) -> Result<(), String> {
    if a.text.trim().is_empty() {
        return Err("no article text".to_string());
    }
    if a.text.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "article text is {:.1} MiB, more than the {} MiB one article may have (split it into several articles)",
            a.text.len() as f64 / (1u64 << 20) as f64,
            MAX_ARTICLE_BYTES >> 20
        ));
    }
    Ok(())
}

/// Apply the run's overrides (`--outlet`, `--date`).
fn apply(a: &mut Article, opts: &ReadOptions) {
    if let Some(o) = &opts.outlet {
        a.outlet = Some(o.clone());
    }
    if let Some(d) = &opts.date {
        a.published = metadata::normalize_date(d).or(Some(d.clone()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(name: &str, bytes: &[u8]) -> Vec<Item> {
        let mut items = Vec::new();
        let _ = read_bytes(name, name, bytes, &ReadOptions::default(), &mut |i| {
            items.push(i);
            ControlFlow::Continue(())
        });
        items
    }

    #[test]
    fn empty_and_binary_inputs_are_problems() {
        assert!(matches!(&collect("e.txt", b"  \n")[..], [Item::Failed(p)] if p.message == "empty file"));
        assert!(matches!(&collect("b.bin", b"\x00\x01\x02abc")[..], [Item::Failed(p)] if p.message.contains("binary")));
    }

    #[test]
    fn bom_and_crlf_are_handled() {
        let items = collect("a.txt", b"\xEF\xBB\xBFTitle\r\n\r\nHe said it.\r\n");
        let [Item::Article(a)] = &items[..] else { panic!("{items:?}") };
        assert_eq!(a.title.as_deref(), Some("Title"));
        assert_eq!(a.text, "He said it.");
    }

    #[test]
    fn invalid_utf8_is_decoded_as_windows_1252_with_a_warning() {
        let items = collect("w.txt", b"Title\n\nHe said \x93hello\x94 to caf\xe9 owners.");
        assert!(matches!(&items[0], Item::Warning(p) if p.message.contains("Windows-1252")));
        let Item::Article(a) = &items[1] else { panic!() };
        assert!(a.text.contains("“hello”") && a.text.contains("café"));
    }

    #[test]
    fn jsonl_errors_name_the_line_and_the_rest_loads() {
        let items =
            collect("c.jsonl", b"{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        assert_eq!(items.len(), 3);
        assert!(
            matches!(&items[1], Item::Failed(p) if p.location == "c.jsonl:2" && p.message.contains("invalid JSON"))
        );
        assert!(matches!(&items[2], Item::Article(a) if a.external_id.as_deref() == Some("b")));
    }

    #[test]
    fn overrides_apply_to_every_article() {
        let mut items = Vec::new();
        let opts = ReadOptions { outlet: Some("Wire".into()), date: Some("2020-05-01".into()) };
        let _ = read_bytes("a.txt", "a.txt", b"T\n\nBody.", &opts, &mut |i| {
            items.push(i);
            ControlFlow::Continue(())
        });
        let Item::Article(a) = &items[0] else { panic!() };
        assert_eq!(a.outlet.as_deref(), Some("Wire"));
        assert_eq!(a.published.as_deref(), Some("2020-05-01"));
    }

    #[test]
    fn an_article_over_the_size_limit_is_refused_by_name() {
        let mut big = b"Title\n\n".to_vec();
        big.extend(b"He said it was fine. ".repeat(MAX_ARTICLE_BYTES / 20));
        let items = collect("big.txt", &big);
        assert!(
            matches!(&items[..], [Item::Failed(p)] if p.location == "big.txt" && p.message.contains("more than the 8 MiB")),
            "{items:?}"
        );
        let line = format!("{{\"id\":\"x\",\"text\":\"{}\"}}\n", "word ".repeat(MAX_ARTICLE_BYTES / 4));
        let items = collect("big.jsonl", line.as_bytes());
        assert!(matches!(&items[..], [Item::Failed(p)] if p.location == "big.jsonl:1"), "{items:?}");
    }

    #[test]
    fn jsonl_lines_follow_the_windows_1252_policy_and_binary_jsonl_is_one_error() {
        // A .jsonl file is streamed line by line, so the warning names the line.
        let dir = tempfile::tempdir().unwrap();
        let read = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let mut items = Vec::new();
            read_sources(&[Source::File(path)], &ReadOptions::default(), &mut std::io::empty(), &mut |i| items.push(i));
            items
        };
        let items = read("w.jsonl", b"{\"id\":\"a\",\"text\":\"caf\xe9 owners said no.\"}\n");
        assert!(
            matches!(&items[0], Item::Warning(p) if p.location.ends_with("w.jsonl:1") && p.message.contains("Windows-1252"))
        );
        assert!(matches!(&items[1], Item::Article(a) if a.text.contains("café")), "{items:?}");
        let items = read("b.jsonl", b"\x00\x01{\n\x02\n\x03\n");
        assert!(
            matches!(&items[..], [Item::Failed(p)] if p.location.ends_with("b.jsonl") && p.message.contains("binary"))
        );
        // Given as bytes (stdin), the whole input is decoded first.
        let items = collect("-", b"{\"id\":\"a\",\"text\":\"caf\xe9 owners said no.\"}\n");
        assert!(matches!(&items[..], [Item::Warning(_), Item::Article(a)] if a.text.contains("café")), "{items:?}");
    }

    #[test]
    fn html_without_a_charset_that_is_not_utf8_warns_like_any_text() {
        let items = collect("p.html", b"<html><body><p>The caf\xe9 owner said it would close.</p></body></html>");
        assert!(matches!(&items[0], Item::Warning(p) if p.message.contains("Windows-1252")), "{items:?}");
        let declared =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\xe9 owner said so.</p></body></html>";
        let items = collect("p.html", declared);
        assert!(matches!(&items[..], [Item::Article(a)] if a.text.contains("café")), "{items:?}");
    }

    #[test]
    fn reading_stops_when_the_sink_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.jsonl");
        let lines: String = (0..10).map(|i| format!("{{\"id\":\"{i}\",\"text\":\"Text {i}.\"}}\n")).collect();
        std::fs::write(&path, lines).unwrap();
        let sources = vec![Source::File(path.clone()), Source::File(path)];
        let mut seen = 0;
        let flow = read_sources_until(&sources, &ReadOptions::default(), &mut std::io::empty(), &mut |_| {
            seen += 1;
            if seen == 3 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
        });
        assert_eq!((flow, seen), (ControlFlow::Break(()), 3));
    }
}

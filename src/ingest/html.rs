//! Reduces a messy web page to what an article loader needs: main text, title, date, site, author.
//!
//! The page is parsed with `scraper` (html5ever) and flattened into a preorder arena, so every
//! pass below is a linear loop over indices (a subtree is the index range `i..end[i]`) and
//! nothing recurses over the DOM. Main text selection scores every element by the amount of
//! paragraph-like text it holds minus the boilerplate-like text (link lists, short fragments) it
//! holds, after pruning subtrees that are boilerplate by tag, role, visibility or class/id name.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::node::Element;
use scraper::{Html, Node};

/// A web page reduced to what an article loader needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlPage {
    /// Article headline (og:title / JSON-LD headline / `<h1>`, else `<title>` minus site suffix).
    pub title: Option<String>,
    /// Publication date as ISO: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
    pub date: Option<String>,
    /// Publication name (og:site_name, JSON-LD publisher, else the URL host).
    pub site: Option<String>,
    /// Author name(s), comma separated, when the page declares them.
    pub author: Option<String>,
    /// Main article text, paragraphs separated by "\n\n".
    pub text: String,
}

/// Parse a page already decoded to a string. Never panics, whatever the input.
pub fn parse_html(html: &str, url: Option<&str>) -> HtmlPage {
    let html = tame_nesting(html);
    let doc = Html::parse_document(&html);
    let dom = Dom::build(&doc);
    let meta = Meta::collect(&dom);
    let site = meta.site().or_else(|| url.and_then(host_of));
    let title = meta.title(site.as_deref(), url);
    let content = extract_main(&dom);
    let text = render_text(&dom, &content, title.as_deref());
    let date = meta.date(&dom, content.container, url);
    HtmlPage { title, date, site, author: meta.author(), text }
}

/// Decode raw bytes of an HTML page: BOM, then `<meta charset>` / http-equiv content-type, else
/// UTF-8, falling back to Windows-1252 when not valid UTF-8. Returns the text and the encoding
/// name used.
///
/// A page that declares a legacy single-byte charset but is valid UTF-8 with non-ASCII bytes is
/// decoded as UTF-8: such a byte sequence is next to impossible in real legacy text, while
/// mislabelled UTF-8 pages are common.
pub fn decode_html(bytes: &[u8]) -> (String, &'static str) {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name());
    }
    let utf8 = std::str::from_utf8(bytes).ok();
    if let Some(enc) = declared_charset(bytes) {
        // A declared UTF-16 cannot be right for bytes we could scan as ASCII (HTML spec rule).
        let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE { encoding_rs::UTF_8 } else { enc };
        let mislabelled = enc != encoding_rs::UTF_8 && utf8.is_some_and(|s| !s.is_ascii());
        if !mislabelled {
            let (text, _) = enc.decode_without_bom_handling(bytes);
            return (text.into_owned(), enc.name());
        }
    }
    match utf8 {
        Some(s) => (s.to_string(), encoding_rs::UTF_8.name()),
        None => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), encoding_rs::WINDOWS_1252.name())
        }
    }
}

/// Cheap content sniff: does this text look like an HTML document?
pub fn looks_like_html(text: &str) -> bool {
    let head = prefix_chars(text.trim_start_matches('\u{feff}').trim_start(), 4096);
    let lower = head.to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return true;
    }
    if ["<html", "<head>", "<head ", "<body", "<meta "].iter().any(|t| lower.contains(t)) {
        return true;
    }
    // A fragment without document tags still counts when it is made of common block tags.
    let tags = ["<p>", "<p ", "</p>", "<div", "</div>", "<br", "</a>", "<li>"]
        .iter()
        .map(|t| lower.matches(t).count())
        .sum::<usize>();
    lower.starts_with('<') && !lower.starts_with("<?xml") && tags >= 3
}

/// The first `n` characters of `s`, cut on a char boundary.
fn prefix_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The encoding named by a `<meta charset>` or http-equiv content-type in the first 4 KB.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    static CHARSET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)"#).expect("valid regex")
    });
    let head = &bytes[..bytes.len().min(4096)];
    let label = CHARSET.captures(head)?.get(1)?.as_bytes();
    // The "replacement" encoding (ISO-2022-KR and friends) would turn the page into one U+FFFD.
    encoding_rs::Encoding::for_label(label).filter(|e| *e != encoding_rs::REPLACEMENT)
}

// ---------------------------------------------------------------------------------------------
// Nesting guard
// ---------------------------------------------------------------------------------------------

/// Deepest nesting of (estimated) open elements passed to html5ever. Its tree builder walks the
/// stack of open elements on many tags, which is quadratic on pathological nesting (100k nested
/// `<div>`s take about a minute); real pages stay far below this.
const MAX_NESTING: usize = 128;

/// Elements whose end tag is optional or absent: they do not deepen the estimated nesting.
#[rustfmt::skip]
const NO_DEPTH_TAGS: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "caption", "col", "colgroup", "dd", "dt",
    "embed", "frame", "hr", "img", "input", "keygen", "li", "link", "meta", "optgroup",
    "option", "p", "param", "rb", "rp", "rt", "rtc", "source", "tbody", "td", "tfoot", "th",
    "thead", "tr", "track", "wbr",
];

/// Elements whose content is raw text: tags inside them are not tags.
#[rustfmt::skip]
const RAW_TEXT_TAGS: &[&str] = &[
    "iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title",
    "xmp",
];

/// A start or end tag found by the cheap tag scanner.
struct TagSpan {
    start: usize,
    end: usize,
    name: String,
    closing: bool,
}

/// Find the next tag at or after `pos`; comments, doctypes and processing instructions are
/// skipped. Returns None at the end of input.
fn next_tag(s: &str, mut pos: usize) -> Option<TagSpan> {
    let b = s.as_bytes();
    loop {
        let lt = pos + s.get(pos..)?.find('<')?;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            pos = match s[lt + 4..].find("-->") {
                Some(i) => lt + 4 + i + 3,
                None => return None,
            };
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len =
            b[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':').count();
        let gt = match s[lt + 1..].find('>') {
            Some(i) => lt + 1 + i + 1,
            None => return None,
        };
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            pos = if rest.first().is_some_and(|c| matches!(c, b'!' | b'?')) { gt } else { lt + 1 };
            continue;
        }
        return Some(TagSpan {
            start: lt,
            end: gt,
            name: s[name_start..name_start + name_len].to_ascii_lowercase(),
            closing,
        });
    }
}

/// Flatten pathological nesting before html5ever sees it: start tags past `MAX_NESTING` open
/// elements are dropped with their end tags, and so are end tags that match no open element
/// (each of those makes html5ever walk its whole stack). Ordinary pages come back unchanged.
fn tame_nesting(html: &str) -> Cow<'_, str> {
    if !needs_taming(html) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut walk = NestingWalk::default();
    let mut pos = 0;
    while let Some(tag) = next_tag(html, pos) {
        pos = tag.end;
        if !walk.keep(&tag) {
            out.push_str(&html[copied..tag.start]);
            copied = tag.end;
        }
        if !tag.closing && RAW_TEXT_TAGS.contains(&tag.name.as_str()) {
            pos = skip_raw_text(html, pos, &tag.name);
        }
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Cheap first scan: is the estimated nesting or the unmatched-end-tag work too large?
fn needs_taming(html: &str) -> bool {
    // Fast path: a page with few tags cannot be pathological.
    if html.len() < 4 * MAX_NESTING {
        return false;
    }
    let mut walk = NestingWalk::default();
    let mut pos = 0;
    while let Some(tag) = next_tag(html, pos) {
        pos = tag.end;
        walk.keep(&tag);
        if walk.excess > 0 || walk.stray_work > 5_000_000 {
            return true;
        }
        if !tag.closing && RAW_TEXT_TAGS.contains(&tag.name.as_str()) {
            pos = skip_raw_text(html, pos, &tag.name);
        }
    }
    false
}

/// Position after the end tag closing a raw-text element opened just before `pos`.
fn skip_raw_text(html: &str, mut pos: usize, name: &str) -> usize {
    while let Some(i) = html.get(pos..).and_then(|r| r.find("</")) {
        let at = pos + i + 2;
        let cand = html.as_bytes().get(at..at + name.len());
        if cand.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return pos + i;
        }
        pos = at;
    }
    html.len()
}

/// Estimated stack of open elements for the nesting guard.
#[derive(Default)]
struct NestingWalk {
    stack: Vec<String>,
    open: HashMap<String, usize>,
    depth: usize,
    /// Start tags dropped past the depth limit whose end tags are still to come.
    excess: usize,
    /// Sum of stack depths at unmatched end tags: html5ever's work on them.
    stray_work: usize,
}

impl NestingWalk {
    /// Update the estimate with one tag; false when the tag must be dropped.
    fn keep(&mut self, tag: &TagSpan) -> bool {
        if NO_DEPTH_TAGS.contains(&tag.name.as_str()) {
            return true;
        }
        if !tag.closing {
            if self.depth >= MAX_NESTING {
                self.excess += 1;
                return false;
            }
            self.stack.push(tag.name.clone());
            *self.open.entry(tag.name.clone()).or_default() += 1;
            self.depth = self.stack.len();
            return true;
        }
        if self.excess > 0 {
            self.excess -= 1;
            return false;
        }
        if self.open.get(&tag.name).copied().unwrap_or(0) == 0 {
            self.stray_work += self.stack.len();
            return false;
        }
        while let Some(top) = self.stack.pop() {
            if let Some(c) = self.open.get_mut(&top) {
                *c = c.saturating_sub(1);
            }
            if top == tag.name {
                break;
            }
        }
        self.depth = self.stack.len();
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Flat DOM
// ---------------------------------------------------------------------------------------------

const NONE: usize = usize::MAX;

/// One node of the flattened document, in preorder.
struct DNode<'a> {
    parent: usize,
    /// One past the last index of this node's subtree.
    end: usize,
    kind: DKind<'a>,
}

enum DKind<'a> {
    Elem(&'a Element),
    Text(&'a str),
    Other,
}

/// The parsed document as a preorder arena: subtree of `i` is `i..nodes[i].end`.
struct Dom<'a> {
    nodes: Vec<DNode<'a>>,
}

impl<'a> Dom<'a> {
    fn build(doc: &'a Html) -> Self {
        let mut nodes = Vec::new();
        let mut stack: Vec<usize> = Vec::new();
        for edge in doc.tree.root().traverse() {
            match edge {
                ego_tree::iter::Edge::Open(n) => {
                    let idx = nodes.len();
                    let kind = match n.value() {
                        Node::Element(e) => DKind::Elem(e),
                        Node::Text(t) => DKind::Text(&t.text),
                        _ => DKind::Other,
                    };
                    nodes.push(DNode { parent: stack.last().copied().unwrap_or(NONE), end: idx + 1, kind });
                    stack.push(idx);
                }
                ego_tree::iter::Edge::Close(_) => {
                    if let Some(i) = stack.pop() {
                        nodes[i].end = nodes.len();
                    }
                }
            }
        }
        Dom { nodes }
    }

    fn elem(&self, i: usize) -> Option<&'a Element> {
        match self.nodes.get(i)?.kind {
            DKind::Elem(e) => Some(e),
            _ => None,
        }
    }

    fn tag(&self, i: usize) -> &'a str {
        self.elem(i).map_or("", |e| e.name())
    }

    /// Whitespace-collapsed text of the subtree of `i`, skipping scripts and styles.
    fn text_of(&self, i: usize) -> String {
        let mut out = String::new();
        let end = self.nodes.get(i).map_or(i, |n| n.end);
        let mut j = i;
        while j < end {
            match self.nodes[j].kind {
                DKind::Elem(e) if matches!(e.name(), "script" | "style" | "template") => {
                    j = self.nodes[j].end;
                    continue;
                }
                DKind::Text(t) => out.push_str(t),
                DKind::Elem(e) if e.name() == "br" => out.push(' '),
                _ => {}
            }
            j += 1;
        }
        collapse_ws(&out)
    }

    /// Is `i` inside the subtree of `anc`?
    fn contains(&self, anc: usize, i: usize) -> bool {
        anc != NONE && anc <= i && i < self.nodes.get(anc).map_or(0, |n| n.end)
    }
}

/// Collapse runs of whitespace to one space and trim; drop invisible format characters.
fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Characters that render as nothing and only get in the way of matching.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
}

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

/// Meta keys (name/property/itemprop, lowercased) that name the publication date.
#[rustfmt::skip]
const DATE_META_KEYS: &[&str] = &[
    "article.published", "article:published", "article:published_time", "article_date_original",
    "cxenseparse:recs:publishtime", "datepublished", "og:article:published_time",
    "og:published_time", "original-publish-date", "parsely-pub-date", "pubdate",
    "publication_date", "publish-date", "publish_date", "publishdate", "published-date",
    "published_time", "sailthru.date",
];

/// Generic date meta keys: the publication date on most sites that use them.
#[rustfmt::skip]
const GENERIC_DATE_META_KEYS: &[&str] = &[
    "date", "dc.date", "dc.date.created", "dc.date.issued", "dcterms.created", "dcterms.date",
    "dcterms.issued",
];

/// Last-modified meta keys: a last resort for the date.
#[rustfmt::skip]
const MODIFIED_META_KEYS: &[&str] = &[
    "article:modified_time", "datemodified", "lastmod", "og:updated_time",
];

/// JSON-LD `@type`s that describe the article itself.
#[rustfmt::skip]
const LD_ARTICLE_TYPES: &[&str] = &[
    "AnalysisNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "NewsArticle",
    "OpinionNewsArticle", "Recipe", "ReportageNewsArticle", "ReviewNewsArticle",
    "ScholarlyArticle", "TechArticle",
];

/// Metadata gathered from `<head>` meta tags, JSON-LD and a few body elements.
#[derive(Default)]
struct Meta {
    /// First content per lowercased name/property/itemprop.
    tags: HashMap<String, String>,
    title_tag: Option<String>,
    h1s: Vec<String>,
    ld_headline: Option<String>,
    ld_date: Option<String>,
    ld_modified: Option<String>,
    ld_site: Option<String>,
    ld_author: Option<String>,
    /// `<time>`/itemprop date candidates with their node index.
    times: Vec<(usize, String, bool)>,
}

impl Meta {
    fn collect(dom: &Dom) -> Meta {
        let mut m = Meta::default();
        let mut lds: Vec<String> = Vec::new();
        let mut i = 0;
        while i < dom.nodes.len() {
            let Some(e) = dom.elem(i) else {
                i += 1;
                continue;
            };
            match e.name() {
                "meta" => {
                    let content = e.attr("content").or_else(|| e.attr("value"));
                    if let Some(content) = content.map(collapse_ws).filter(|c| !c.is_empty()) {
                        for key in ["property", "name", "itemprop", "http-equiv"] {
                            if let Some(k) = e.attr(key) {
                                for k in k.split_whitespace() {
                                    m.tags.entry(k.to_ascii_lowercase()).or_insert_with(|| content.clone());
                                }
                            }
                        }
                    }
                }
                "title" if m.title_tag.is_none() && !inside(dom, i, "svg") => {
                    m.title_tag = Some(dom.text_of(i)).filter(|t| !t.is_empty());
                }
                "script" => {
                    let ty = e.attr("type").unwrap_or("").to_ascii_lowercase();
                    if ty.contains("ld+json") {
                        lds.push(raw_text(dom, i));
                    }
                    i = dom.nodes[i].end;
                    continue;
                }
                "h1" if m.h1s.len() < 8 => {
                    let t = dom.text_of(i);
                    if !t.is_empty() {
                        m.h1s.push(t);
                    }
                }
                _ => {}
            }
            // Dates marked up in the body: <time datetime>, itemprop=datePublished.
            let itemprop = e.attr("itemprop").unwrap_or("");
            let published = itemprop.eq_ignore_ascii_case("datePublished")
                || e.attr("pubdate").is_some()
                || class_words(e).iter().any(|w| w == "published");
            if (e.name() == "time" || itemprop.eq_ignore_ascii_case("datePublished")) && m.times.len() < 64 {
                let raw = e
                    .attr("datetime")
                    .or_else(|| e.attr("content"))
                    .map(str::to_string)
                    .unwrap_or_else(|| dom.text_of(i));
                m.times.push((i, raw, published));
            }
            i += 1;
        }
        for ld in &lds {
            m.read_json_ld(ld);
        }
        m
    }

    fn tag(&self, key: &str) -> Option<&str> {
        self.tags.get(key).map(String::as_str)
    }

    fn read_json_ld(&mut self, raw: &str) {
        let cleaned = raw
            .trim()
            .trim_start_matches("<!--")
            .trim_start_matches("//<![CDATA[")
            .trim_end_matches("-->")
            .trim_end_matches("//]]>")
            .trim()
            .trim_end_matches(';');
        let value: serde_json::Value = match serde_json::from_str(cleaned) {
            Ok(v) => v,
            // Some sites put raw newlines/tabs inside strings; retry without them.
            Err(_) => match serde_json::from_str(&cleaned.replace(['\n', '\r', '\t'], " ")) {
                Ok(v) => v,
                Err(_) => return,
            },
        };
        // Objects by @id, so `publisher: {"@id": ...}` references resolve.
        let mut objects: Vec<&serde_json::Map<String, serde_json::Value>> = Vec::new();
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            if objects.len() > 2000 {
                break;
            }
            match v {
                serde_json::Value::Array(a) => stack.extend(a.iter().rev()),
                serde_json::Value::Object(o) => {
                    objects.push(o);
                    stack.extend(o.values().rev());
                }
                _ => {}
            }
        }
        // Bare `{"@id": ...}` references must not shadow the object they point to.
        let mut by_id: HashMap<&str, &serde_json::Map<String, serde_json::Value>> = HashMap::new();
        for o in objects.iter().filter(|o| o.len() > 1) {
            if let Some(id) = o.get("@id").and_then(|v| v.as_str()) {
                by_id.entry(id).or_insert(*o);
            }
        }
        let resolve = |v: &'_ serde_json::Value| -> Vec<String> {
            let items: Vec<&serde_json::Value> = match v {
                serde_json::Value::Array(a) => a.iter().collect(),
                other => vec![other],
            };
            items
                .into_iter()
                .filter_map(|it| match it {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Object(o) => {
                        let o = match o.get("name") {
                            Some(_) => o,
                            None => o
                                .get("@id")
                                .and_then(|id| id.as_str())
                                .and_then(|id| by_id.get(id).copied())
                                .unwrap_or(o),
                        };
                        o.get("name").and_then(json_str)
                    }
                    _ => None,
                })
                .map(|s| collapse_ws(&s))
                .filter(|s| !s.is_empty())
                .collect()
        };
        for o in &objects {
            let is_article = ld_types(o).iter().any(|t| LD_ARTICLE_TYPES.contains(t));
            if is_article {
                if self.ld_headline.is_none() {
                    self.ld_headline = o
                        .get("headline")
                        .or_else(|| o.get("name"))
                        .and_then(json_str)
                        .map(|s| collapse_ws(&html_unescape(&s)))
                        .filter(|s| !s.is_empty());
                }
                if self.ld_date.is_none() {
                    self.ld_date = o.get("datePublished").or_else(|| o.get("dateCreated")).and_then(json_str);
                }
                if self.ld_modified.is_none() {
                    self.ld_modified = o.get("dateModified").and_then(json_str);
                }
                if self.ld_author.is_none() {
                    let names = o.get("author").map(resolve).unwrap_or_default();
                    if !names.is_empty() {
                        self.ld_author = Some(names.join(", "));
                    }
                }
                if self.ld_site.is_none() {
                    self.ld_site = o.get("publisher").and_then(|p| resolve(p).into_iter().next());
                }
            }
        }
        if self.ld_site.is_none() {
            self.ld_site = objects
                .iter()
                .find(|o| ld_types(o).contains(&"WebSite"))
                .and_then(|o| o.get("name"))
                .and_then(json_str)
                .map(|s| collapse_ws(&s));
        }
        if self.ld_date.is_none() {
            // A WebPage or other typed object may still carry the publication date.
            self.ld_date = objects.iter().find_map(|o| o.get("datePublished").and_then(json_str));
        }
    }

    fn site(&self) -> Option<String> {
        ["og:site_name", "application-name", "al:ios:app_name"]
            .iter()
            .find_map(|k| self.tag(k).map(str::to_string))
            .or_else(|| self.ld_site.clone())
            .map(|s| html_unescape(&s))
            .filter(|s| !s.is_empty() && s.chars().count() <= 80)
    }

    fn title(&self, site: Option<&str>, url: Option<&str>) -> Option<String> {
        let mut sites: Vec<String> = site.iter().map(|s| norm_key(s)).collect();
        if let Some(h) = url.and_then(host_of) {
            sites.push(norm_key(&h));
            if let Some(first) = h.split('.').next() {
                sites.push(norm_key(first));
            }
        }
        let clean = |c: &str| {
            let c = strip_site_affix(&html_unescape(c), &sites);
            (!c.is_empty() && !sites.contains(&norm_key(&c))).then_some(c)
        };
        let declared: Vec<String> = [
            self.ld_headline.as_deref(),
            self.tag("og:title"),
            self.tag("twitter:title"),
            self.tag("headline"),
            self.tag("title"),
            self.title_tag.as_deref(),
        ]
        .into_iter()
        .flatten()
        .filter_map(clean)
        .collect();
        // The visible headline wins when it agrees with a declared title: social titles
        // (og:title) are often reworded, the <h1> is what readers and quoting sites see. An h1
        // that agrees with nothing is usually the site logo.
        let h1 = self
            .h1s
            .iter()
            .filter_map(|h| clean(h))
            .map(|h| {
                let agree = declared.iter().map(|d| dice(&word_set(&h), &word_set(d))).fold(0.0, f64::max);
                (agree, h)
            })
            .filter(|(agree, _)| *agree >= 0.4)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, h)| h);
        // An h1 that merely adds a kicker or subtitle to a declared title (or drops the site
        // name from it) defers to that declared title.
        let h1 = h1.map(|h| {
            let hk = norm_key(&h);
            declared
                .iter()
                .find(|d| {
                    let dk = norm_key(d);
                    !dk.is_empty() && (hk.contains(&dk) || dk.contains(&hk))
                })
                .cloned()
                .unwrap_or(h)
        });
        let lone_h1 = || (self.h1s.len() == 1).then(|| self.h1s[0].clone()).and_then(|h| clean(&h));
        h1.or_else(|| declared.into_iter().next()).or_else(lone_h1)
    }

    fn date(&self, dom: &Dom, container: usize, url: Option<&str>) -> Option<String> {
        let from_meta = |keys: &[&str]| keys.iter().filter_map(|k| self.tag(k)).find_map(normalize_date);
        // Explicitly published-marked body elements, then <time> in or near the article.
        let marked = || self.times.iter().filter(|t| t.2).find_map(|t| normalize_date(&t.1));
        let scope = article_scope(dom, container);
        let near = || self.times.iter().filter(|t| dom.contains(scope, t.0)).find_map(|t| normalize_date(&t.1));
        self.ld_date
            .as_deref()
            .and_then(normalize_date)
            .or_else(|| from_meta(DATE_META_KEYS))
            .or_else(|| from_meta(GENERIC_DATE_META_KEYS))
            .or_else(marked)
            .or_else(near)
            .or_else(|| date_in_text(dom, scope, true))
            .or_else(|| url.and_then(date_from_url))
            .or_else(|| date_in_text(dom, scope, false))
            .or_else(|| self.ld_modified.as_deref().and_then(normalize_date))
            .or_else(|| from_meta(MODIFIED_META_KEYS))
    }

    fn author(&self) -> Option<String> {
        let meta = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]
            .iter()
            .filter_map(|k| self.tag(k))
            .find(|v| !v.starts_with("http"))
            .map(str::to_string);
        self.ld_author
            .clone()
            .or(meta)
            .map(|a| {
                let a = html_unescape(&a);
                let a = a.trim();
                let a = a.strip_prefix("By ").or_else(|| a.strip_prefix("by ")).unwrap_or(a);
                a.trim().to_string()
            })
            .filter(|a| !a.is_empty() && a.chars().count() <= 200)
    }
}

/// The nearest ancestor of the main container that is an `<article>` or `<main>` (falling back to
/// a few levels up), so dates in the article header count as the article's.
fn article_scope(dom: &Dom, container: usize) -> usize {
    if container == NONE {
        return NONE;
    }
    let mut i = container;
    let mut fallback = container;
    for level in 0..12 {
        if matches!(dom.tag(i), "article" | "main") {
            return i;
        }
        if level == 3 {
            fallback = i;
        }
        match dom.nodes.get(i).map(|n| n.parent) {
            Some(p) if p != NONE && dom.elem(p).is_some_and(|e| e.name() != "body") => i = p,
            _ => break,
        }
    }
    fallback
}

/// Nodes before the article scope searched for a visible date (the header area above it).
const DATE_LOOKBEHIND: usize = 400;

/// A date shown as text in or just above the article: with `named`, only inside elements whose
/// class/id names a date ("post-date", "timestamp", ...); otherwise in any short text line.
fn date_in_text(dom: &Dom, scope: usize, named: bool) -> Option<String> {
    let scope_node = dom.nodes.get(scope)?;
    let start = scope.saturating_sub(DATE_LOOKBEHIND);
    let mut in_named = 0usize; // end index of the date-named element we are inside
    for i in start..scope_node.end {
        match dom.nodes[i].kind {
            DKind::Elem(e)
                if in_named <= i && class_words(e).iter().any(|w| DATE_WORDS.binary_search(&w.as_str()).is_ok()) =>
            {
                in_named = dom.nodes[i].end;
            }
            DKind::Text(t) if (!named || in_named > i) && t.len() <= 120 => {
                if let Some(d) = normalize_date(t) {
                    return Some(d);
                }
            }
            _ => {}
        }
    }
    None
}

/// Class/id words of elements that show the publication date.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "byline", "date", "dateline", "datetime", "meta", "posted", "pubdate", "publish",
    "published", "time", "timestamp",
];

/// The JSON-LD `@type` values of an object.
fn ld_types(o: &serde_json::Map<String, serde_json::Value>) -> Vec<&str> {
    match o.get("@type") {
        Some(serde_json::Value::String(s)) => vec![s.as_str()],
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// A JSON string, or the first string of an array.
fn json_str(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Array(a) => a.iter().find_map(|x| x.as_str().map(str::to_string)),
        _ => None,
    }
}

/// Concatenated raw text children of node `i` (script bodies).
fn raw_text(dom: &Dom, i: usize) -> String {
    let end = dom.nodes.get(i).map_or(i, |n| n.end);
    let mut s = String::new();
    for n in dom.nodes.get(i + 1..end).unwrap_or_default() {
        if let DKind::Text(t) = n.kind {
            s.push_str(t);
        }
    }
    s
}

/// Is node `i` inside an element named `tag`?
fn inside(dom: &Dom, mut i: usize, tag: &str) -> bool {
    while let Some(n) = dom.nodes.get(i) {
        if dom.tag(i) == tag {
            return true;
        }
        i = n.parent;
    }
    false
}

/// Is node `i` or one of its nearest `levels` ancestors an element named `tag`?
fn inside_within(dom: &Dom, mut i: usize, tag: &str, levels: usize) -> bool {
    for _ in 0..=levels {
        if dom.tag(i) == tag {
            return true;
        }
        match dom.nodes.get(i) {
            Some(n) if n.parent != NONE => i = n.parent,
            _ => return false,
        }
    }
    false
}

/// Decode the few entities that leak into meta content and JSON-LD strings.
fn html_unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.trim().to_string();
    }
    let mut out = s
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&#8217;", "\u{2019}")
        .replace("&#8216;", "\u{2018}")
        .replace("&#8220;", "\u{201c}")
        .replace("&#8221;", "\u{201d}")
        .replace("&#8211;", "\u{2013}")
        .replace("&#8212;", "\u{2014}");
    out = out.replace("&amp;", "&");
    out.trim().to_string()
}

/// Lowercased alphanumeric words of `s`, for fuzzy comparisons.
fn word_set(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Dice coefficient of two word lists (as sets).
fn dice(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.iter().filter(|w| b.contains(w)).count() as f64;
    2.0 * common / (a.len() + b.len()) as f64
}

/// Comparison key: lowercase alphanumerics only.
fn norm_key(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Separators between a headline and a site name in `<title>` and og:title.
#[rustfmt::skip]
const TITLE_SEPARATORS: &[&str] = &[
    " - ", " : ", " :: ", " | ", " · ", " » ", " – ", " — ", " • ",
];

/// Strip a leading or trailing " | Site" part: always when it names the site, and for
/// `<title>`-style strings when it is short and the rest is clearly the headline.
fn strip_site_affix(title: &str, sites: &[String]) -> String {
    let mut t = collapse_ws(title);
    // A dangling separator ("Site Name -") is left by templates with an empty headline.
    while let Some(rest) = TITLE_SEPARATORS.iter().find_map(|sep| t.strip_suffix(sep.trim_end())) {
        t = rest.trim_end().to_string();
    }
    for _ in 0..3 {
        let mut changed = false;
        for sep in TITLE_SEPARATORS {
            if let Some(pos) = t.rfind(sep) {
                let (head, tail) = (&t[..pos], &t[pos + sep.len()..]);
                if is_site_part(tail, head, sites) {
                    t = head.trim().to_string();
                    changed = true;
                    break;
                }
            }
            if let Some(pos) = t.find(sep) {
                let (head, tail) = (&t[..pos], &t[pos + sep.len()..]);
                let (hw, tw) = (head.split_whitespace().count(), tail.split_whitespace().count());
                // A leading site name, or a short section label ("Local News | ...").
                let label = hw <= 3 && tw >= 4 && tw >= 2 * hw;
                if (label || sites.iter().any(|s| !s.is_empty() && *s == norm_key(head))) && !tail.is_empty() {
                    t = tail.trim().to_string();
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            break;
        }
    }
    t
}

/// Does `part` (cut off `rest` by a separator) look like a site name rather than headline text?
fn is_site_part(part: &str, rest: &str, sites: &[String]) -> bool {
    let key = norm_key(part);
    if key.is_empty() || rest.trim().is_empty() {
        return false;
    }
    if sites.iter().any(|s| !s.is_empty() && (key == *s || key.contains(s.as_str()) || s.contains(&key))) {
        return true;
    }
    // An unknown short trailer after a much longer headline is almost always the site.
    let words = part.split_whitespace().count();
    let rest_words = rest.split_whitespace().count();
    words <= 4 && rest_words >= 4 && rest_words >= 2 * words
}

/// The URL's host without "www.", used as a site name of last resort.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim().to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (host.contains('.') && host.len() <= 253).then(|| host.to_string())
}

/// A date written into the URL path (/2023/11/08/ or /2023-11-08-...).
fn date_from_url(url: &str) -> Option<String> {
    static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html|$)").expect("valid regex")
    });
    let c = URL_DATE.captures(url)?;
    ymd(&c[1], &c[2], &c[3])
}

/// Validate a year/month/day triple and format it as ISO.
fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1900..=2100).contains(&y) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|d| d.format("%Y-%m-%d").to_string())
}

/// Month number of an English month name or abbreviation.
fn month_of(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let n = name.to_ascii_lowercase();
    let n = n.get(..3)?;
    MONTHS.iter().position(|m| *m == n).map(|p| p as u32 + 1)
}

/// Parse the date formats pages use into ISO `YYYY-MM-DD[THH:MM[:SS]]`.
fn normalize_date(raw: &str) -> Option<String> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
            .expect("valid regex")
    });
    static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\b").expect("valid regex")
    });
    static DMY_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b")
            .expect("valid regex")
    });
    static MDY_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b").expect("valid regex")
    });
    static NUMERIC: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(\d{1,2})([/.])(\d{1,2})[/.]((?:19|20)\d{2})\b").expect("valid regex"));
    let s = raw.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    if let Some(c) = ISO.captures(s)
        && let Some(date) = ymd(&c[1], &c[2], &c[3])
    {
        return Some(with_time(date, c.get(4), c.get(5), c.get(6)));
    }
    if let Some(c) = COMPACT.captures(s)
        && let Some(date) = ymd(&c[1], &c[2], &c[3])
    {
        return Some(with_time(date, c.get(4), c.get(5), c.get(6)));
    }
    if let Some(c) = DMY_NAME.captures(s)
        && let Some(m) = month_of(&c[2])
        && let Some(d) = ymd(&c[3], &m.to_string(), &c[1])
    {
        return Some(d);
    }
    if let Some(c) = MDY_NAME.captures(s)
        && let Some(m) = month_of(&c[1])
        && let Some(d) = ymd(&c[3], &m.to_string(), &c[2])
    {
        return Some(d);
    }
    if let Some(c) = NUMERIC.captures(s) {
        // Slashes are month-first (US) unless that cannot be; dots are day-first.
        let (a, b) = (&c[1], &c[3]);
        let (m, d) = if &c[2] == "." || a.parse::<u32>().ok()? > 12 { (b, a) } else { (a, b) };
        if let Some(d) = ymd(&c[4], m, d) {
            return Some(d);
        }
    }
    // Unix timestamps (seconds or milliseconds).
    if s.len() >= 9 && s.len() <= 13 && s.bytes().all(|b| b.is_ascii_digit()) {
        let mut secs: i64 = s.parse().ok()?;
        if s.len() == 13 {
            secs /= 1000;
        }
        let dt = chrono::DateTime::from_timestamp(secs, 0)?;
        return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    None
}

/// Append a validated time of day to an ISO date.
fn with_time(date: String, h: Option<regex::Match>, m: Option<regex::Match>, s: Option<regex::Match>) -> String {
    let (Some(h), Some(m)) = (h, m) else {
        return date;
    };
    let (hh, mm): (u32, u32) = match (h.as_str().parse(), m.as_str().parse()) {
        (Ok(a), Ok(b)) => (a, b),
        _ => return date,
    };
    if hh > 23 || mm > 59 {
        return date;
    }
    match s.and_then(|s| s.as_str().parse::<u32>().ok()) {
        Some(ss) if ss <= 60 => format!("{date}T{hh:02}:{mm:02}:{ss:02}"),
        _ => format!("{date}T{hh:02}:{mm:02}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Main content
// ---------------------------------------------------------------------------------------------

/// Elements never rendered as text.
#[rustfmt::skip]
const INVISIBLE_TAGS: &[&str] = &[
    "applet", "audio", "button", "canvas", "datalist", "dialog", "embed", "head", "iframe",
    "input", "label", "map", "math", "meter", "noscript", "object", "option", "picture",
    "progress", "script", "select", "style", "svg", "template", "textarea", "title", "video",
];

/// Elements that are page chrome rather than article, unless they hold most of the text.
#[rustfmt::skip]
const CHROME_TAGS: &[&str] = &[
    "aside", "figcaption", "figure", "footer", "header", "menu", "nav",
];

/// Elements that flow inline with text: everything else (including custom elements) is
/// treated as a block boundary.
#[rustfmt::skip]
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code", "data", "del",
    "dfn", "em", "font", "i", "img", "ins", "kbd", "mark", "nobr", "q", "rb", "rp", "rt",
    "rtc", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr",
];

/// Words in class/id/role names that mark page chrome, promos, comments and the like.
#[rustfmt::skip]
const JUNK_WORDS: &[&str] = &[
    "ad", "adblock", "ads", "adsense", "adslot", "adunit", "advert", "advertisement",
    "advertising", "affiliate", "alert", "aside", "author", "authors", "banner", "bio",
    "breadcrumb", "breadcrumbs", "byline", "caption", "captions", "comment", "commentlist",
    "comments", "complementary", "consent", "contentinfo", "cookie", "cookies", "copyright",
    "credit", "credits", "cta", "disclaimer", "disclosure", "discussion", "disqus", "donate",
    "dropdown", "figcaption", "footer", "gdpr", "hidden", "hovercard", "interstitial", "login",
    "masthead", "menu", "modal", "nav", "navbar", "navigation", "newsletter", "outbrain",
    "pager", "pagination", "paywall", "popover", "popular", "popup", "promo", "promos",
    "promotion", "rail", "recirc", "recirculation", "recommend", "recommendations",
    "recommended", "related", "replies", "reply", "respond", "rollover", "search", "share",
    "sharebar", "sharing", "sidebar", "signup", "skip", "social", "sponsor", "sponsored",
    "subscribe", "subscription", "taboola", "tags", "toolbar", "tools", "tooltip", "trending",
    "upsell", "widget", "widgets",
];

/// Words in class/id names that mark reader comments.
#[rustfmt::skip]
const COMMENT_WORDS: &[&str] = &[
    "comment", "commentlist", "comments", "discussion", "disqus", "replies", "reply", "respond",
];

/// ARIA roles of page chrome.
#[rustfmt::skip]
const JUNK_ROLES: &[&str] = &[
    "alertdialog", "banner", "complementary", "contentinfo", "dialog", "menu", "menubar",
    "navigation",
];

/// Exact class tokens that hide an element from sighted readers.
#[rustfmt::skip]
const HIDDEN_CLASSES: &[&str] = &[
    "d-none", "hidden", "hide", "screen-reader-text", "sr-only", "visually-hidden",
    "visuallyhidden",
];

/// Words in class/id names that mark the article body itself.
#[rustfmt::skip]
const BODY_WORDS: &[&str] = &[
    "article-body", "article-content", "article-text", "articlebody", "articlecontent",
    "articletext", "body-text", "entry-content", "main-content", "post-body", "post-content",
    "postbody", "story-body", "story-content", "storybody", "text-body",
];

/// Lowercased class and id words of an element, camelCase and punctuation split apart.
fn class_words(e: &Element) -> Vec<String> {
    let mut words = Vec::new();
    for v in [e.attr("class"), e.attr("id")].into_iter().flatten() {
        for token in v.split(|c: char| !c.is_alphanumeric()) {
            let mut cur = String::new();
            let mut prev_lower = false;
            for c in token.chars() {
                if c.is_uppercase() && prev_lower && !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                }
                prev_lower = c.is_lowercase() || c.is_ascii_digit();
                cur.extend(c.to_lowercase());
            }
            if !cur.is_empty() {
                words.push(cur);
            }
        }
    }
    words
}

/// How strongly an element's class/id/role marks it as boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Junk {
    No,
    /// Chrome-like name (sidebar, share, related...): pruned unless it holds the article.
    Weak,
    /// Comments or invisible: pruned unless it wraps a named article body.
    Strong,
}

/// Does the element's class/id/role mark it as boilerplate, and how strongly?
fn junk_level(e: &Element) -> Junk {
    if e.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("comment")) {
        return Junk::Strong;
    }
    if e.attr("class").is_some_and(|c| {
        c.split_whitespace().any(|t| HIDDEN_CLASSES.binary_search(&t.to_ascii_lowercase().as_str()).is_ok())
    }) {
        return Junk::Strong;
    }
    let words = class_words(e);
    if words.iter().any(|w| COMMENT_WORDS.binary_search(&w.as_str()).is_ok()) {
        return Junk::Strong;
    }
    if let Some(role) = e.attr("role") {
        let role = role.to_ascii_lowercase();
        if JUNK_ROLES.binary_search(&role.as_str()).is_ok() {
            return Junk::Weak;
        }
    }
    if words.iter().any(|w| JUNK_WORDS.binary_search(&w.as_str()).is_ok()) {
        return Junk::Weak;
    }
    Junk::No
}

fn has_junk_name(e: &Element) -> bool {
    junk_level(e) != Junk::No
}

/// Is the element hidden by attribute or inline style?
fn is_hidden(e: &Element) -> bool {
    if e.attr("hidden").is_some() || e.attr("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return true;
    }
    e.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Does the element's name mark the article body (itemprop=articleBody, "entry-content", ...)?
fn has_body_name(e: &Element) -> bool {
    if e.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articleBody")) {
        return true;
    }
    [e.attr("class"), e.attr("id")].into_iter().flatten().flat_map(str::split_whitespace).any(|t| {
        let t = t.to_ascii_lowercase();
        BODY_WORDS.iter().any(|w| t.contains(w))
    })
}

/// A run of text between block boundaries.
#[derive(Debug, Clone)]
struct Block {
    /// Innermost block element holding the text.
    owner: usize,
    text: String,
    /// Visible non-space characters.
    chars: usize,
    /// Of which inside links.
    link_chars: usize,
}

impl Block {
    fn link_density(&self) -> f64 {
        if self.chars == 0 { 0.0 } else { self.link_chars as f64 / self.chars as f64 }
    }
}

/// Split the document into text blocks, skipping subtrees marked in `skip`.
fn blocks(dom: &Dom, skip: &[bool]) -> Vec<Block> {
    struct Open {
        end: usize,
        block: bool,
        link: bool,
    }
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut owners: Vec<usize> = vec![0];
    let mut cur = Block { owner: 0, text: String::new(), chars: 0, link_chars: 0 };
    let mut links = 0usize;
    let mut space = false;
    let mut brs = 0u8;
    let flush = |cur: &mut Block, out: &mut Vec<Block>, owner: usize| {
        let text = cur.text.trim_end().trim_end_matches('\n').trim_end();
        if cur.chars > 0 {
            out.push(Block { owner, text: text.to_string(), chars: cur.chars, link_chars: cur.link_chars });
        }
        cur.text.clear();
        cur.chars = 0;
        cur.link_chars = 0;
    };
    let n = dom.nodes.len();
    let mut i = 0;
    while i < n {
        while let Some(top) = stack.last() {
            if top.end > i {
                break;
            }
            let top = stack.pop().expect("non-empty");
            if top.link {
                links -= 1;
            }
            if top.block {
                let owner = owners.pop().unwrap_or(0);
                flush(&mut cur, &mut out, owner);
                space = false;
                brs = 0;
            }
        }
        if skip.get(i).copied().unwrap_or(false) {
            i = dom.nodes[i].end;
            continue;
        }
        match dom.nodes[i].kind {
            DKind::Elem(e) => {
                let name = e.name();
                if name == "br" {
                    brs = brs.saturating_add(1);
                    if brs >= 2 {
                        // A blank line made of <br><br> is a paragraph break.
                        flush(&mut cur, &mut out, owners.last().copied().unwrap_or(0));
                        space = false;
                    } else if cur.chars > 0 {
                        cur.text.push('\n');
                        space = false;
                    }
                } else if name == "img" || name == "wbr" {
                } else {
                    let block = INLINE_TAGS.binary_search(&name).is_err();
                    let link = name == "a";
                    if block {
                        flush(&mut cur, &mut out, owners.last().copied().unwrap_or(0));
                        owners.push(i);
                        space = false;
                        brs = 0;
                    }
                    if link {
                        links += 1;
                    }
                    stack.push(Open { end: dom.nodes[i].end, block, link });
                }
            }
            DKind::Text(t) => {
                for c in t.chars() {
                    if is_invisible(c) {
                        continue;
                    }
                    if c.is_whitespace() {
                        space = true;
                        continue;
                    }
                    if space && !cur.text.is_empty() && !cur.text.ends_with('\n') {
                        cur.text.push(' ');
                    }
                    space = false;
                    brs = 0;
                    cur.text.push(c);
                    cur.chars += 1;
                    if links > 0 {
                        cur.link_chars += 1;
                    }
                }
            }
            DKind::Other => {}
        }
        i += 1;
    }
    flush(&mut cur, &mut out, owners.last().copied().unwrap_or(0));
    out
}

/// Is this block paragraph-like article text?
fn is_good(b: &Block, dom: &Dom) -> bool {
    b.link_density() <= 0.35
        && !matches!(dom.tag(b.owner), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        && is_sentence_like(b)
}

/// Long enough, or sentence-shaped enough, to be running text rather than a label.
fn is_sentence_like(b: &Block) -> bool {
    let words = b.text.split_whitespace().count();
    words >= 15 || (words >= 6 && b.chars >= 40 && ends_sentence(&b.text))
}

/// Does the text end like a sentence?
fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201d}' | ')' | ':' | '\u{2026}'))
}

/// The chosen main content: container element and the kept blocks.
struct Content {
    container: usize,
    blocks: Vec<Block>,
    /// Paragraph text characters in the container.
    good: f64,
}

/// Sum a per-node value over each subtree (children come after parents in preorder).
fn subtree_sums(dom: &Dom, own: Vec<f64>) -> Vec<f64> {
    let mut acc = own;
    for i in (1..dom.nodes.len()).rev() {
        let p = dom.nodes[i].parent;
        if p != NONE && p < i {
            acc[p] += acc[i];
        }
    }
    acc
}

/// Below this much paragraph text, a page whose article sits in a hidden wrapper (revealed by
/// script) is retried with hidden elements kept.
const MIN_VISIBLE_TEXT: f64 = 300.0;

fn extract_main(dom: &Dom) -> Content {
    let visible = extract_with(dom, true);
    if visible.good < MIN_VISIBLE_TEXT {
        let all = extract_with(dom, false);
        if all.good > 3.0 * visible.good.max(100.0) {
            return all;
        }
    }
    visible
}

/// Choose the main content; `hide` skips elements hidden by attribute or inline style.
fn extract_with(dom: &Dom, hide: bool) -> Content {
    let n = dom.nodes.len();
    // Pass 1: only invisible elements skipped, to learn where the text mass is.
    let mut skip = vec![false; n];
    for (i, node) in dom.nodes.iter().enumerate() {
        if let DKind::Elem(e) = node.kind
            && (INVISIBLE_TAGS.binary_search(&e.name()).is_ok() || (hide && is_hidden(e)))
        {
            skip[i] = true;
        }
    }
    let raw = blocks(dom, &skip);
    let mut good0 = vec![0.0; n];
    for b in &raw {
        if is_good(b, dom) {
            good0[b.owner] += b.chars as f64;
        }
    }
    let good0 = subtree_sums(dom, good0);
    let total = good0.first().copied().unwrap_or(0.0);
    // Article signals: elements named as the body; their text mass protects ancestors from
    // being pruned for a chrome-like name (e.g. <body class="comments-open">).
    let mut signal = vec![0.0; n];
    for (i, node) in dom.nodes.iter().enumerate() {
        if let DKind::Elem(e) = node.kind {
            let named = has_body_name(e) || (matches!(e.name(), "article" | "main") && !has_junk_name(e));
            if named {
                signal[i] = good0[i];
            }
        }
    }
    // Max signal mass in each subtree.
    let mut max_signal = signal;
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if p != NONE && p < i && max_signal[i] > max_signal[p] {
            max_signal[p] = max_signal[i];
        }
    }
    // Pass 2: prune chrome by tag and by name, unless the subtree is where the article is.
    for (i, node) in dom.nodes.iter().enumerate() {
        if skip[i] {
            continue;
        }
        if let DKind::Elem(e) = node.kind {
            if matches!(e.name(), "html" | "body") {
                continue;
            }
            let mut junk = junk_level(e);
            if junk == Junk::No && CHROME_TAGS.binary_search(&e.name()).is_ok() {
                junk = Junk::Weak;
            }
            let share = |x: f64| if total > 0.0 { x / total } else { 0.0 };
            let protected = match junk {
                Junk::No => continue,
                Junk::Weak => has_body_name(e) || share(good0[i]) >= 0.5 || share(max_signal[i]) >= 0.3,
                Junk::Strong => share(good0[i]) >= 0.9 || share(max_signal[i]) >= 0.3,
            };
            if !protected {
                skip[i] = true;
            }
        }
    }
    let blks = blocks(dom, &skip);
    // Score: paragraph text minus boilerplate-like text, per subtree.
    let mut good = vec![0.0; n];
    let mut bad = vec![0.0; n];
    for b in &blks {
        let heading = matches!(dom.tag(b.owner), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        if is_sentence_like(b) && b.link_density() < 0.65 {
            // In-text links are normal in article paragraphs; only their own text counts
            // against the paragraph.
            good[b.owner] += (b.chars - b.link_chars) as f64;
            bad[b.owner] += b.link_chars as f64;
        } else if !heading {
            // Short unlinked lines (list items, labels) are weak evidence either way; linked
            // ones are navigation.
            bad[b.owner] += b.link_chars as f64 + SHORT_WEIGHT * (b.chars - b.link_chars) as f64;
        }
    }
    let good = subtree_sums(dom, good);
    let bad = subtree_sums(dom, bad);
    let mut best = NONE;
    let mut best_score = 0.0;
    for i in 0..n {
        let Some(e) = dom.elem(i) else { continue };
        // A paragraph is content, never the container of an article: a short story's other
        // short paragraphs must not be cut off by choosing its one long paragraph.
        if skip[i] || good[i] <= 0.0 || e.name() == "p" {
            continue;
        }
        let mut score = good[i] - BAD_WEIGHT * bad[i];
        if has_body_name(e) {
            score *= 1.15;
        }
        if score > best_score {
            best_score = score;
            best = i;
        }
    }
    if best == NONE {
        // No paragraph-like text at all: keep every non-link block of the page.
        let blocks = blks.into_iter().filter(|b| b.link_density() < 0.5).collect();
        return Content { container: NONE, blocks, good: 0.0 };
    }
    let best = narrow_to_article(dom, best, &good, &bad, &skip);
    let end = dom.nodes[best].end;
    let blocks = blks.into_iter().filter(|b| b.owner >= best && b.owner < end).collect();
    Content { container: best, blocks, good: good[best] }
}

/// Share of the container's paragraph text that an `<article>` inside it must hold to be
/// preferred: the rest is then usually teaser excerpts of other stories.
const ARTICLE_SHARE: f64 = 0.5;

/// Prefer a single `<article>` / itemprop=articleBody inside the chosen container when it
/// holds most of the paragraph text.
fn narrow_to_article(dom: &Dom, best: usize, good: &[f64], bad: &[f64], skip: &[bool]) -> usize {
    let end = dom.nodes[best].end;
    let mut pick = best;
    let mut i = best + 1;
    while i < end {
        if skip[i] {
            i = dom.nodes[i].end;
            continue;
        }
        if let Some(e) = dom.elem(i) {
            let named = (e.name() == "article" && junk_level(e) == Junk::No)
                || e.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articleBody"));
            if named && good[i] >= ARTICLE_SHARE * good[best] && good[i] - bad[i] > 0.0 {
                pick = i;
                break;
            }
        }
        i += 1;
    }
    pick
}

/// How much a character of short unlinked text costs against a character of paragraph text.
const SHORT_WEIGHT: f64 = 0.3;

/// How much a character of boilerplate-like text costs against a character of paragraph text.
const BAD_WEIGHT: f64 = 1.0;

/// Short lines that are page furniture wherever they appear (matched on the whole block,
/// lowercased, without trailing punctuation).
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            advertisement|advertisment|ad|ads|sponsored(?:\ content)?|story\ continues(?:\ below)?(?:\ advertisement)?
          | (?:continue|keep)\ reading.*|read\ (?:more|next|also|the\ full\ story).*|see\ also.*|related(?:\ (?:articles?|stories|content|coverage|posts?|links?|news))?
          | more\ (?:from|on|about|stories|news|in)\b.*|recommended(?:\ for\ you)?|you\ (?:may|might)\ also\ like.*|most\ (?:popular|read|viewed)
          | share(?:\ (?:this|on|via)\b.*)?|tweet|email|print|copy\ link|facebook|twitter|linkedin|whatsapp|pinterest|reddit
          | comments?\b.{0,12}|\d+\ comments?|leave\ a\ (?:comment|reply)|post\ a\ comment|join\ the\ (?:conversation|discussion)
          | (?:sign\ up|subscribe)\b.*|follow\ us\b.*|click\ here\b.*|loading(?:\.\.\.|…)?|skip\ to\b.*|back\ to\ top|top\ of\ page
          | (?:photo|image|video|credit|source)s?\s*:.*|(?:\w+\ ){0,2}(?:photo|image|picture)\ credits?\b.*|\(?(?:getty\ images|ap\ photo|reuters|afp|shutterstock)\b.*
          | all\ rights\ reserved.*|tags?\s*:.*|filed\ under.*|topics?\s*:.*|categories\s*:.*
        )$",
    )
    .expect("valid regex")
});

/// Headings (or heading-like lines) that open a box of links to other pages, not article text.
static PROMO_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            related\b.*|more\ (?:from|on|about|in|stories|news|articles|to\ (?:read|explore))\b.*|trending\b.*|most\ (?:popular|read|viewed|shared)\b.*
          | popular\b.*|recommended\b.*|read\ (?:more|next|also)\b.*|you\ (?:may|might)\ also\b.*|also\ read\b.*|see\ also\b.*|further\ reading\b.*
          | (?:from|around)\ (?:our\ partners|the\ web)\b.*|sponsored\b.*|top\ stories\b.*|latest\ (?:news|stories|posts|articles)\b.*|recent\ posts\b.*
          | (?:\d+\ )?comments?\b.*|(?:\d+\ )?responses?\ to\b.*|leave\ a\ (?:reply|comment)\b.*|about\ the\ author\b.*|share\ this\b.*|tags?\b.*
        )$",
    )
    .expect("valid regex")
});

/// Openings of calls to action ("Sign up for our newsletter ...", "Follow us on ...").
static CALL_TO_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:sign\ up|subscribe|get\ (?:the|our)|join|don't\ miss|do\ not\ miss|click\ here|follow|download|want\ more|like\ this|for\ more|email|watch|listen|never\ miss|to\ (?:get|receive)|there's\ plenty\ more|start\ your\ day)\b",
    )
    .expect("valid regex")
});

/// What a call to action is about.
static CTA_TOPIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"newsletter|inbox|subscription|follow\ (?:us|him|her|them)|our\ app|podcast|@").expect("valid regex")
});

/// Bylines and dateline furniture: "By Jane Doe | Updated 3 hours ago", "Published: ...".
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            by\s+\p{Lu}.*|(?:written|reported|posted|words)\s+by\b.*|(?:published|updated|posted|last\ updated|first\ published)\b.*
          | (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s.*\d{4}.*|\d{1,2}:\d{2}\s*(?:am|pm).*|[a-z]+\ \d{1,2},\ \d{4}.*|\d{1,2}\ [a-z]+\ \d{4}.*
        )$",
    )
    .expect("valid regex")
});

/// Turn the kept blocks into the article text: drop link-heavy and furniture blocks, bylines,
/// the repeated title, and headings that no text follows.
fn render_text(dom: &Dom, content: &Content, title: Option<&str>) -> String {
    let title_key = title.map(norm_key).unwrap_or_default();
    // Characters per subtree of the kept region, to size the box around a promo heading.
    let mut box_chars: HashMap<usize, usize> = HashMap::new();
    let total: usize = content.blocks.iter().map(|b| b.chars).sum();
    for b in &content.blocks {
        let mut a = b.owner;
        for _ in 0..3 {
            a = match dom.nodes.get(a) {
                Some(n) if n.parent != NONE => n.parent,
                _ => break,
            };
            *box_chars.entry(a).or_default() += b.chars;
        }
    }
    // End of a "Related stories"-style box: blocks before it are dropped.
    let mut cut_until = 0usize;
    let mut kept: Vec<(&Block, bool)> = Vec::new();
    for b in &content.blocks {
        if b.owner < cut_until {
            continue;
        }
        let ld = b.link_density();
        // Short linked lines are navigation unless they read as a sentence; quotes (embedded
        // posts) carry their attribution as a link.
        let quote = inside_within(dom, b.owner, "blockquote", 4);
        if ld >= 0.5 || (ld > 0.3 && b.chars < 120 && !quote && !ends_sentence(&b.text)) {
            continue;
        }
        let words = b.text.split_whitespace().count();
        let lower = b.text.to_lowercase();
        let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
        let bare = bare.trim();
        let heading = matches!(dom.tag(b.owner), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        if words <= 8 && PROMO_HEADING.is_match(bare) {
            // A promo heading takes its small enclosing box (the list under it) along.
            if let Some(&p) = dom.nodes.get(b.owner).map(|n| &n.parent)
                && p != NONE
                && box_chars.get(&p).copied().unwrap_or(0) * 10 < total * 3
            {
                cut_until = dom.nodes[p].end;
            }
            continue;
        }
        if words <= 12 && FURNITURE.is_match(bare) {
            continue;
        }
        let copyright = bare.starts_with('©')
            || bare.starts_with("copyright")
            || bare.starts_with("(c) ")
            || bare.contains("all rights reserved");
        if words <= 40 && copyright {
            continue;
        }
        if words <= 45 && CALL_TO_ACTION.is_match(bare) && CTA_TOPIC.is_match(bare) {
            continue;
        }
        // "By Tuesday, the vote was done." is a sentence; bylines do not end like one.
        let byline = words <= 16 && b.chars < 120 && BYLINE.is_match(b.text.trim());
        if byline && (words <= 6 || !ends_sentence(&b.text)) {
            continue;
        }
        if !title_key.is_empty() && norm_key(&b.text) == title_key {
            continue;
        }
        kept.push((b, heading));
    }
    // Headings count only when text follows them before the next heading.
    let mut out: Vec<&str> = Vec::new();
    for (k, (b, heading)) in kept.iter().enumerate() {
        if *heading {
            let followed = kept[k + 1..].iter().take_while(|(_, h)| !h).any(|(nb, _)| nb.chars >= 20);
            if !followed {
                continue;
            }
        }
        out.push(&b.text);
    }
    let mut text = String::new();
    for (k, t) in out.iter().enumerate() {
        if k > 0 {
            text.push_str("\n\n");
        }
        // Single <br> line breaks stay as "\n" without stray spaces around them.
        for (j, line) in t.split('\n').enumerate() {
            if j > 0 {
                text.push('\n');
            }
            text.push_str(line.trim());
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph long enough to count as article text.
    fn para(n: usize) -> String {
        format!(
            "<p>Paragraph {n} of the story says that the council met on Tuesday and voted \
             to approve the new budget after a long debate about schools and roads.</p>"
        )
    }

    fn article(extra_inside: &str, extra_outside: &str) -> String {
        let body: String = (1..=4).map(para).collect();
        format!(
            "<html><head><title>Council passes budget - Daily Bugle</title></head><body>\
             <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
             <article><h1>Council passes budget</h1>{body}{extra_inside}</article>\
             {extra_outside}<footer>Copyright Daily Bugle</footer></body></html>"
        )
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            NO_DEPTH_TAGS,
            RAW_TEXT_TAGS,
            DATE_META_KEYS,
            GENERIC_DATE_META_KEYS,
            MODIFIED_META_KEYS,
            LD_ARTICLE_TYPES,
            INVISIBLE_TAGS,
            CHROME_TAGS,
            INLINE_TAGS,
            JUNK_WORDS,
            COMMENT_WORDS,
            JUNK_ROLES,
            HIDDEN_CLASSES,
            BODY_WORDS,
            DATE_WORDS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "unsorted: {list:?}");
        }
    }

    #[test]
    fn main_text_keeps_paragraphs_and_drops_chrome() {
        let page = parse_html(&article("", ""), Some("https://www.bugle.example/x"));
        assert!(page.text.starts_with("Paragraph 1 of the story"), "{}", page.text);
        assert!(page.text.contains("Paragraph 4 of the story"));
        assert_eq!(page.text.matches("\n\n").count(), 3, "{}", page.text);
        assert!(!page.text.contains("Home"));
        assert!(!page.text.contains("Copyright"));
        // The headline is the title, not the first line of the text.
        assert!(!page.text.contains("Council passes budget"));
        assert_eq!(page.title.as_deref(), Some("Council passes budget"));
        assert_eq!(page.site.as_deref(), Some("bugle.example"));
    }

    #[test]
    fn title_from_og_title() {
        // The <h1> is the site logo and <title> only names the site: og:title is the headline.
        let html = format!(
            "<html><head><title>The Daily Bugle</title>\
             <meta property='og:title' content='Budget approved after long debate'>\
             <meta property='og:site_name' content='The Daily Bugle'></head><body>\
             <h1><a href='/'>The Daily Bugle</a></h1>{}{}</body></html>",
            para(1),
            para(2)
        );
        let page = parse_html(&html, None);
        assert_eq!(page.title.as_deref(), Some("Budget approved after long debate"));
        assert_eq!(page.site.as_deref(), Some("The Daily Bugle"));
    }

    #[test]
    fn title_tag_loses_site_suffix() {
        let html = "<html><head><title>Mayor resigns over scandal | The Gazette</title></head>\
                    <body><p>Text.</p></body></html>";
        let page = parse_html(html, Some("https://gazette.example/a"));
        assert_eq!(page.title.as_deref(), Some("Mayor resigns over scandal"));
    }

    #[test]
    fn date_and_author_from_json_ld() {
        let ld = r##"<script type="application/ld+json">{"@context":"https://schema.org",
            "@graph":[{"@type":"Organization","@id":"#org","name":"Bugle Media"},
            {"@type":"NewsArticle","headline":"Budget passes","datePublished":"2023-11-08T14:30:00-05:00",
             "author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@id":"#org"}}]}</script>"##;
        let html = article("", "").replace("</head>", &format!("{ld}</head>"));
        let page = parse_html(&html, None);
        assert_eq!(page.date.as_deref(), Some("2023-11-08T14:30:00"));
        assert_eq!(page.author.as_deref(), Some("Jane Doe"));
        assert_eq!(page.site.as_deref(), Some("Bugle Media"));
    }

    #[test]
    fn date_from_meta_time_and_url() {
        let html =
            article("", "").replace("<head>", "<head><meta property='article:published_time' content='2021-03-04'>");
        assert_eq!(parse_html(&html, None).date.as_deref(), Some("2021-03-04"));
        let html = article("<time datetime='2020-02-18T09:00'>Feb 18</time>", "");
        assert_eq!(parse_html(&html, None).date.as_deref(), Some("2020-02-18T09:00"));
        let page = parse_html(&article("", ""), Some("https://x.example/2019/11/18/story/"));
        assert_eq!(page.date.as_deref(), Some("2019-11-18"));
    }

    #[test]
    fn date_formats_normalise() {
        for (raw, want) in [
            ("2023-11-08T14:30:00Z", "2023-11-08T14:30:00"),
            ("November 8, 2023", "2023-11-08"),
            ("8th November 2023, 3:51 pm", "2023-11-08"),
            ("Wed, 08 Nov 2023 14:30:00 GMT", "2023-11-08"),
            ("11/08/2023", "2023-11-08"),
            ("20231108", "2023-11-08"),
        ] {
            assert_eq!(normalize_date(raw).as_deref(), Some(want), "{raw}");
        }
        assert_eq!(normalize_date("2023-13-45"), None);
        assert_eq!(normalize_date("no date here"), None);
    }

    #[test]
    fn comments_are_dropped() {
        let comments = "<div id='comments' class='comments-area'><h2>3 Comments</h2>\
            <ol class='comment-list'><li class='comment'><p>I completely disagree with this \
            article and think the council should have voted against the budget instead.</p></li>\
            <li class='comment'><p>Great reporting, thank you for covering the local council \
            meeting in such detail, it really helps us residents.</p></li></ol></div>";
        let page = parse_html(&article("", comments), None);
        assert!(page.text.contains("Paragraph 2"));
        assert!(!page.text.contains("disagree"), "{}", page.text);
        assert!(!page.text.contains("Great reporting"));
        let page = parse_html(&article(comments, ""), None);
        assert!(!page.text.contains("disagree"), "{}", page.text);
    }

    #[test]
    fn captions_bylines_and_promos_are_dropped() {
        let inside = "<figure><img src='a.jpg'><figcaption>The council chamber on Tuesday \
            evening, photographed from the public gallery. (Photo: Jane Doe)</figcaption></figure>\
            <div class='wp-caption'><img src='b.jpg'><p class='wp-caption-text'>Councillors \
            listen to residents during the long debate about the budget.</p></div>\
            <p>By Jane Doe | Updated 3 hours ago</p>\
            <div class='related-stories'><h3>Related stories</h3><ul><li><a href='/a'>Council \
            meets again next week</a></li></ul></div>\
            <p>Advertisement</p><p>READ MORE: <a href='/b'>Why the budget debate ran so long \
            into the night</a></p>";
        let page = parse_html(&article(inside, ""), None);
        assert!(page.text.contains("Paragraph 3"));
        for gone in ["chamber", "Councillors", "Jane Doe", "Related", "Advertisement", "READ MORE"] {
            assert!(!page.text.contains(gone), "{gone} kept in {}", page.text);
        }
    }

    #[test]
    fn promos_and_footers_inside_the_article_are_dropped() {
        let inside = format!(
            "<p>Sign up for our free daily newsletter to get stories like this in your inbox.</p>\
             <div class='box'><h3>More from the Bugle</h3><p>Another long story teaser that goes \
             on for a while about something else entirely, with no links in it at all.</p></div>\
             {}<p>© 2023 The Associated Press. All rights reserved. This material may not be \
             published, broadcast, rewritten or redistributed.</p>",
            para(5)
        );
        let page = parse_html(&article(&inside, ""), None);
        assert!(page.text.contains("Paragraph 5"), "{}", page.text);
        for gone in ["newsletter", "More from", "teaser", "Associated Press"] {
            assert!(!page.text.contains(gone), "{gone} kept in {}", page.text);
        }
    }

    #[test]
    fn hidden_article_wrapper_is_used_when_nothing_else_is_there() {
        let body: String = (1..=3).map(para).collect();
        let html = format!("<body><div style='display:none'>{body}</div><div hidden>secret</div></body>");
        let page = parse_html(&html, None);
        assert!(page.text.contains("Paragraph 3"), "{}", page.text);
        // With visible article text, hidden text stays out.
        let html = article(
            "<div style='display: none'>Hidden popup text that is long enough \
            to look like a real paragraph of the article body.</div>",
            "",
        );
        assert!(!parse_html(&html, None).text.contains("Hidden popup"));
    }

    #[test]
    fn short_sentences_starting_like_bylines_are_kept() {
        let inside = "<p>By Tuesday, the council had voted on every remaining item.</p>\
                      <p>Published by the council, the report runs to forty pages.</p>";
        let page = parse_html(&article(inside, ""), None);
        assert!(page.text.contains("By Tuesday"), "{}", page.text);
    }

    #[test]
    fn headings_inside_body_are_kept() {
        let inside = format!("<h2>What happens next</h2>{}", para(9));
        let page = parse_html(&article(&inside, ""), None);
        assert!(page.text.contains("What happens next\n\nParagraph 9"), "{}", page.text);
    }

    #[test]
    fn charset_meta_decodes_windows_1252() {
        let mut bytes = b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf".to_vec();
        bytes.extend_from_slice(&[0xe9, b' ', 0x93, b'q', 0x94]);
        bytes.extend_from_slice(b"</p></body></html>");
        let (text, enc) = decode_html(&bytes);
        assert_eq!(enc, "windows-1252");
        assert!(text.contains("café \u{201c}q\u{201d}"), "{text}");
        let with_equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\xe9</p>";
        assert_eq!(
            decode_html(with_equiv),
            (
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>é</p>".to_string(),
                "windows-1252"
            )
        );
    }

    #[test]
    fn decode_bom_utf8_and_fallback() {
        assert_eq!(decode_html(b"\xef\xbb\xbf<p>x</p>"), ("<p>x</p>".into(), "UTF-8"));
        assert_eq!(decode_html("<p>é</p>".as_bytes()), ("<p>é</p>".into(), "UTF-8"));
        // Undeclared and not UTF-8: Windows-1252.
        assert_eq!(decode_html(b"<p>\xe9</p>"), ("<p>é</p>".into(), "windows-1252"));
        // Declared Latin-1 but really UTF-8: the bytes win.
        let mislabelled = "<meta charset='iso-8859-1'><p>é</p>";
        assert_eq!(decode_html(mislabelled.as_bytes()).1, "UTF-8");
        assert_eq!(decode_html(b"\xff\xfe<\x00p\x00>\x00").0, "<p>");
        assert_eq!(decode_html(b"<meta charset=iso-2022-kr><p>x").1, "UTF-8");
    }

    #[test]
    fn deeply_nested_document_does_not_panic() {
        let n = 100_000;
        let started = std::time::Instant::now();
        for (open, close) in [("<div>", "</div>"), ("<span>", "</div>"), ("<ul><li>", "</ul>")] {
            let html = format!("{}{}{}", open.repeat(n), para(1), close.repeat(n));
            let page = parse_html(&html, None);
            assert!(page.text.contains("Paragraph 1"), "{open}");
        }
        // html5ever alone needs about a minute for the first of these.
        assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for input in [
            "",
            " ",
            "plain text, no markup at all",
            "<",
            "</",
            "<!--",
            "<script>",
            "<html><body><p>unclosed",
            "<div style='display:none'>hidden</div>",
            "\u{0}\u{feff}<p>\u{200b}</p>",
            "<table><td><table><td>x",
            "<svg><title>t</title></svg><title>real</title>",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":[1,{}]}</script>",
            "<meta property='og:title' content=''><h1></h1>",
        ] {
            let _ = parse_html(input, Some("not a url"));
            let _ = looks_like_html(input);
        }
        assert_eq!(parse_html("", None), HtmlPage::default());
    }

    #[test]
    fn non_html_input_gives_its_text() {
        assert!(!looks_like_html("Just some plain text.\nWith two lines."));
        assert!(!looks_like_html("{\"json\": true}"));
        assert!(!looks_like_html("<?xml version='1.0'?><rss><channel></channel></rss>"));
        assert!(looks_like_html("<!DOCTYPE html><html><body></body></html>"));
        assert!(looks_like_html("\u{feff}  <html lang=en>"));
        assert!(looks_like_html("<div><p>One</p><p>Two</p></div>"));
        let page = parse_html("The minister said the plan would go ahead as agreed by all parties.", None);
        assert!(page.text.contains("the plan would go ahead"), "{page:?}");
    }
}

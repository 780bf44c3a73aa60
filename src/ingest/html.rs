//! HTML pages → main text, title, date and site (interim version; the page cleaner replaces it).

/// A web page reduced to what an article loader needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlPage {
    /// Headline.
    pub title: Option<String>,
    /// Publication date, ISO.
    pub date: Option<String>,
    /// Site name.
    pub site: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Main text, paragraphs separated by blank lines.
    pub text: String,
}

/// Cheap content sniff: does this text look like an HTML document?
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body") || head.contains("<head")
}

fn meta(html: &str, key: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find("<meta") {
        let start = from + p;
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        let tag = &html[start..end];
        let tl = &lower[start..end];
        if (tl.contains(&format!("\"{key}\"")) || tl.contains(&format!("'{key}'")))
            && let Some(c) = tl.find("content=")
        {
            let rest = &tag[c + 8..];
            let q = rest.chars().next()?;
            let val = rest[1..].split(q).next()?;
            return Some(decode_entities(val));
        }
        from = end;
    }
    None
}

fn decode_entities(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
}

/// Parse a page already decoded to a string. Never panics.
pub fn parse_html(html: &str, _url: Option<&str>) -> HtmlPage {
    let lower = html.to_ascii_lowercase();
    let title = meta(html, "og:title").or_else(|| {
        let a = lower.find("<title")?;
        let b = lower[a..].find('>')? + a + 1;
        let c = lower[b..].find("</title")? + b;
        Some(decode_entities(html[b..c].trim()))
    });
    let mut text = String::new();
    let mut from = 0;
    while let Some(p) = lower[from..].find("<p") {
        let start = from + p;
        let Some(gt) = lower[start..].find('>') else { break };
        let body_start = start + gt + 1;
        let Some(close) = lower[body_start..].find("</p") else { break };
        let inner = &html[body_start..body_start + close];
        let mut plain = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        let plain = decode_entities(plain.split_whitespace().collect::<Vec<_>>().join(" ").as_str());
        if !plain.is_empty() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&plain);
        }
        from = body_start + close;
    }
    HtmlPage { title, date: meta(html, "article:published_time"), site: meta(html, "og:site_name"), author: None, text }
}

/// Decode raw bytes of an HTML page (UTF-8, else Windows-1252).
pub fn decode_html(bytes: &[u8]) -> (String, &'static str) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), "UTF-8"),
        Err(_) => (encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(), "windows-1252"),
    }
}

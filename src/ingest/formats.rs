//! Input formats → articles: the seed's plain-text layout, other plain text, Markdown, HTML
//! pages, and JSON / JSONL records.

use serde_json::Value;

use crate::ingest::{html, metadata};
use crate::model::Article;

/// The formats whosaid reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (the seed layout is recognised inside).
    Text,
    /// Markdown.
    Markdown,
    /// An HTML page.
    Html,
    /// One JSON object or an array of them.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// Pick the format from the file name's extension, then from the content.
pub fn detect(name: &str, text: &str) -> Format {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" => return Format::Jsonl,
        "json" => return Format::Json,
        "html" | "htm" | "xhtml" => return Format::Html,
        "md" | "markdown" => return Format::Markdown,
        _ => {}
    }
    let head = text.trim_start();
    if head.starts_with('[') {
        return Format::Json;
    }
    if head.starts_with('{') {
        // Several lines each holding an object: JSONL; otherwise one (pretty-printed) object.
        let first_line = head.lines().next().unwrap_or("");
        return if serde_json::from_str::<Value>(first_line).is_ok() { Format::Jsonl } else { Format::Json };
    }
    if html::looks_like_html(text) {
        return Format::Html;
    }
    Format::Text
}

/// A plain-text article. The seed layout — a dateline ("Saturday 15 January 2022 - 10:25"),
/// the title, "Story Code : N", the title again, then the body — gives date, title and story
/// code, and the title is kept once. Other text: the first non-empty line is the title.
pub fn parse_text(name: &str, text: &str) -> Article {
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).peekable();
    let mut article = Article { source: name.to_string(), ..Default::default() };
    let Some(&(first_no, first)) = lines.peek() else {
        return article;
    };
    let published = metadata::dateline(first.trim());
    let body_from;
    if published.is_some() {
        article.published = published;
        lines.next();
        let title = lines.next();
        article.title = title.map(|(_, t)| t.trim().to_string());
        let mut last = title.map_or(first_no, |(n, _)| n);
        if let Some(&(n, l)) = lines.peek()
            && let Some(code) = story_code(l)
        {
            article.story_code = Some(code);
            last = n;
            lines.next();
            // The title repeated right after the story code is not body text.
            if let Some(&(n2, l2)) = lines.peek()
                && Some(l2.trim()) == article.title.as_deref()
            {
                last = n2;
            }
        }
        body_from = last + 1;
    } else {
        let title = first.trim();
        let more = lines.clone().nth(1).is_some();
        if more && title.chars().count() <= 300 {
            article.title = Some(title.to_string());
            body_from = first_no + 1;
        } else {
            body_from = first_no;
        }
    }
    article.text = text.lines().skip(body_from).collect::<Vec<_>>().join("\n").trim().to_string();
    article
}

/// "Story Code : 973712" → "973712".
fn story_code(line: &str) -> Option<String> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_lowercase();
    let value = value.trim();
    (matches!(key.as_str(), "story code" | "story id" | "story no")
        && !value.is_empty()
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then(|| value.to_string())
}

/// A Markdown article: the first heading (or line) is the title; markup is removed so the
/// text reads as prose.
pub fn parse_markdown(name: &str, text: &str) -> Article {
    let mut title = None;
    let mut body = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code || t.starts_with("<!--") || t == "---" || t == "***" {
            continue;
        }
        let stripped = t.trim_start_matches('#').trim();
        if title.is_none() && !stripped.is_empty() {
            title = Some(strip_inline_markdown(stripped));
            continue;
        }
        let t = t.trim_start_matches('#').trim_start_matches('>').trim();
        let t = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")).unwrap_or(t);
        body.push(strip_inline_markdown(t));
    }
    let text = body.join("\n").trim().to_string();
    Article { source: name.to_string(), title, text, ..Default::default() }
}

/// Remove emphasis markers, links (keeping their text) and images.
fn strip_inline_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '!' && chars.get(i + 1) == Some(&'[') {
            // Image: drop it entirely.
            if let Some(close) = find_link_end(&chars, i + 1) {
                i = close;
                continue;
            }
        }
        if c == '['
            && let Some(end) = chars[i + 1..].iter().position(|&x| x == ']').map(|p| p + i + 1)
            && chars.get(end + 1) == Some(&'(')
            && let Some(close) = chars[end + 1..].iter().position(|&x| x == ')').map(|p| p + end + 1)
        {
            out.extend(&chars[i + 1..end]);
            i = close + 1;
            continue;
        }
        if (c == '*' || c == '_' || c == '`') && !(c == '_' && i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn find_link_end(chars: &[char], open: usize) -> Option<usize> {
    let end = chars[open..].iter().position(|&x| x == ']')? + open;
    if chars.get(end + 1) != Some(&'(') {
        return None;
    }
    Some(chars[end + 1..].iter().position(|&x| x == ')')? + end + 2)
}

/// An HTML page: main text, title, date and site.
pub fn parse_html_page(name: &str, text: &str, url: Option<&str>) -> Article {
    let page = html::parse_html(text, url);
    Article {
        source: name.to_string(),
        title: page.title,
        published: page.date.as_deref().and_then(metadata::normalize_date),
        outlet: page.site,
        url: url.map(str::to_string),
        text: page.text,
        ..Default::default()
    }
}

/// One JSON record → an article. Fields: id/url, title, date (or published), outlet (or
/// site/publisher), text (or body/content), or html instead of text. Extra fields such as
/// `statements` are ignored. `name` is what the article is called in messages.
pub fn parse_record(name: &str, value: &Value) -> Result<Article, String> {
    let obj = value.as_object().ok_or_else(|| format!("expected a JSON object, found {}", type_name(value)))?;
    record_article(name, obj)
}

/// The fields [`parse_record`] reads.
const RECORD_FIELDS: &[&str] = &[
    "body",
    "content",
    "date",
    "datePublished",
    "headline",
    "html",
    "id",
    "outlet",
    "published",
    "published_at",
    "publisher",
    "site",
    "text",
    "title",
    "url",
];

/// A JSON record read straight from its text, as [`parse_record`] would read its `Value`:
/// the fields it reads are kept, and the others (a corpus line's gold statements) are
/// checked as `Value` would check them but never built. Not an object: its type's name.
pub struct Record(Result<serde_json::Map<String, Value>, &'static str>);

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Record, D::Error> {
        d.deserialize_any(RecordVisitor)
    }
}

/// One JSON record → an article, as [`parse_record`].
pub fn parse_record_fields(name: &str, record: &Record) -> Result<Article, String> {
    match &record.0 {
        Ok(obj) => record_article(name, obj),
        Err(type_name) => Err(format!("expected a JSON object, found {type_name}")),
    }
}

struct RecordVisitor;

impl<'de> serde::de::Visitor<'de> for RecordVisitor {
    type Value = Record;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let mut obj = serde_json::Map::new();
        while let Some(Field(field)) = map.next_key()? {
            match field {
                Some(key) => {
                    obj.insert(key.to_string(), map.next_value()?);
                }
                None => {
                    map.next_value::<Unkept>()?;
                }
            }
        }
        Ok(Record(Ok(obj)))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Record, A::Error> {
        UnkeptVisitor.visit_seq(seq)?;
        Ok(Record(Err("an array")))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Record, E> {
        Ok(Record(Err("a boolean")))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Record, E> {
        Ok(Record(Err("a number")))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Record, E> {
        Ok(Record(Err("a number")))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Record, E> {
        Ok(Record(Err("a number")))
    }

    fn visit_str<E>(self, _: &str) -> Result<Record, E> {
        Ok(Record(Err("a string")))
    }

    fn visit_unit<E>(self) -> Result<Record, E> {
        Ok(Record(Err("null")))
    }
}

/// A record's key: the field of [`RECORD_FIELDS`] it names, if any.
struct Field(Option<&'static str>);

impl<'de> serde::Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Field, D::Error> {
        d.deserialize_str(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> serde::de::Visitor<'de> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E>(self, key: &str) -> Result<Field, E> {
        Ok(Field(RECORD_FIELDS.iter().find(|f| **f == key).copied()))
    }
}

/// A JSON value parsed as `Value` parses it (numbers, escapes, nesting depth), then dropped.
struct Unkept;

impl<'de> serde::Deserialize<'de> for Unkept {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Unkept, D::Error> {
        d.deserialize_any(UnkeptVisitor)
    }
}

struct UnkeptVisitor;

impl<'de> serde::de::Visitor<'de> for UnkeptVisitor {
    type Value = Unkept;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Unkept, A::Error> {
        while map.next_entry::<Unkept, Unkept>()?.is_some() {}
        Ok(Unkept)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Unkept, A::Error> {
        while seq.next_element::<Unkept>()?.is_some() {}
        Ok(Unkept)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Unkept, E> {
        Ok(Unkept)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Unkept, E> {
        Ok(Unkept)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Unkept, E> {
        Ok(Unkept)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Unkept, E> {
        Ok(Unkept)
    }

    fn visit_str<E>(self, _: &str) -> Result<Unkept, E> {
        Ok(Unkept)
    }

    fn visit_unit<E>(self) -> Result<Unkept, E> {
        Ok(Unkept)
    }
}

fn record_article(name: &str, obj: &serde_json::Map<String, Value>) -> Result<Article, String> {
    let string_field = |keys: &[&str]| -> Result<Option<String>, String> {
        for k in keys {
            match obj.get(*k) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => return Ok(Some(s.clone())),
                Some(Value::Number(n)) if *k == "id" => return Ok(Some(n.to_string())),
                Some(other) => return Err(format!("field `{k}` must be a string, found {}", type_name(other))),
            }
        }
        Ok(None)
    };
    let id = string_field(&["id"])?;
    let url = string_field(&["url"])?;
    let title = string_field(&["title", "headline"])?;
    let date = string_field(&["date", "published", "datePublished", "published_at"])?;
    let outlet = string_field(&["outlet", "site", "publisher"])?;
    let text = string_field(&["text", "body", "content"])?;
    let html_src = string_field(&["html"])?;
    let published = match date.as_deref() {
        Some(d) => Some(metadata::normalize_date(d).ok_or_else(|| format!("field `date` is not a date: {d:?}"))?),
        None => None,
    };
    let mut article = match (text, html_src) {
        // The text as given, and the page's title, date and site where the record gives none.
        (Some(text), Some(h)) => Article { text, ..parse_html_page(name, &h, url.as_deref()) },
        (Some(text), None) => Article { text, ..Default::default() },
        (None, Some(h)) => parse_html_page(name, &h, url.as_deref()),
        (None, None) => return Err("no `text` or `html` field".to_string()),
    };
    article.source = name.to_string();
    article.external_id = id.or_else(|| url.clone());
    article.url = url.or(article.url);
    article.title = title.or(article.title);
    article.published = published.or(article.published);
    article.outlet = outlet.or(article.outlet);
    Ok(article)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parse a JSON document: one record or an array of records. Each element is parsed on its
/// own, so one bad record does not lose the others.
pub fn parse_json(name: &str, text: &str) -> Result<Vec<Result<Article, String>>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    Ok(match &value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| parse_record(&format!("{name}[{i}]"), v).map_err(|e| format!("record {i}: {e}")))
            .collect(),
        _ => vec![parse_record(name, &value)],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_LAYOUT: &str = "Saturday 15 January 2022 - 10:25\n\nKremlin Dismisses Reports\n\nStory Code : 973712\nKremlin Dismisses Reports\nFirst paragraph.\n\nSecond.";

    #[test]
    fn seed_layout_gives_date_title_and_story_code_once() {
        let a = parse_text("x.txt", SEED_LAYOUT);
        assert_eq!(a.published.as_deref(), Some("2022-01-15T10:25"));
        assert_eq!(a.title.as_deref(), Some("Kremlin Dismisses Reports"));
        assert_eq!(a.story_code.as_deref(), Some("973712"));
        assert_eq!(a.text, "First paragraph.\n\nSecond.");
    }

    #[test]
    fn plain_text_title_is_the_first_line() {
        let a = parse_text("x.txt", "\n\nA Title\n\nBody here. More.");
        assert_eq!(a.title.as_deref(), Some("A Title"));
        assert_eq!(a.text, "Body here. More.");
        assert_eq!(a.published, None);
    }

    #[test]
    fn markdown_loses_its_markup() {
        let a = parse_markdown("x.md", "# The *Title*\n\nHe said [the plan](http://x) was **dead**.\n\n![img](a.png)");
        assert_eq!(a.title.as_deref(), Some("The Title"));
        assert_eq!(a.text, "He said the plan was dead.");
    }

    #[test]
    fn json_records_take_known_fields_and_ignore_statements() {
        let v: Value = serde_json::from_str(
            r#"{"id": 7, "title": "T", "date": "2016-10-03", "outlet": "Reuters", "text": "Body.", "statements": []}"#,
        )
        .unwrap();
        let a = parse_record("f.jsonl:1", &v).unwrap();
        assert_eq!(a.external_id.as_deref(), Some("7"));
        assert_eq!(a.outlet.as_deref(), Some("Reuters"));
        assert_eq!(a.published.as_deref(), Some("2016-10-03"));
    }

    #[test]
    fn a_record_with_text_and_html_keeps_its_text_and_takes_the_page_metadata() {
        let html = "<html><head><meta property='og:site_name' content='The Daily Bugle'>\
                    <meta property='article:published_time' content='2019-11-13'></head>\
                    <body><p>Page text that is not used.</p></body></html>";
        let v = serde_json::json!({"id": "a", "body": "The text given.", "html": html, "site": null});
        let a = parse_record("f.jsonl:1", &v).unwrap();
        assert_eq!(a.text, "The text given.");
        assert_eq!((a.published.as_deref(), a.outlet.as_deref()), (Some("2019-11-13"), Some("The Daily Bugle")));
        // The record's own fields come first.
        let v = serde_json::json!({"body": "T", "html": html, "date": "2020-01-02", "outlet": "Own"});
        let a = parse_record("f.jsonl:1", &v).unwrap();
        assert_eq!((a.published.as_deref(), a.outlet.as_deref()), (Some("2020-01-02"), Some("Own")));
    }

    #[test]
    fn a_record_read_from_text_is_read_as_its_value_is() {
        let deep = format!(r#"{{"text": "x", "statements": {}1{}}}"#, "[".repeat(200), "]".repeat(200));
        let lines = [
            r#"{"id": 7, "title": "T", "date": "2016-10-03", "text": "Body.", "statements": [{"a": [1, 2.5, null]}]}"#,
            r#"{"text": "first", "text": "second", "url": "u", "id": null}"#,
            r#"{"body": "B", "headline": "H\u00e9", "published": "2016-10-03", "site": "S"}"#,
            r#"{"text": 5}"#,
            r#"{"title": "x"}"#,
            r#"{"date": "soon", "text": "x"}"#,
            r#"{"text": "x", "statements": [1e400]}"#,
            r#"{"text": "x", "statements": ["\ud800"]}"#,
            "{\"text\": \"x\", \"statements\": \"tab\tinside\"}",
            r#"{"text": "x", "statem\u0065nts": {"k": [true, false]}} "#,
            r#"{"text": "x"} trailing"#,
            r#"{"text": "x", "n": 18446744073709551616, "m": -1}"#,
            &deep,
            r#"[1, {"text": "x"}]"#,
            r#""text""#,
            "12",
            "true",
            "null",
            "{",
            "",
        ];
        for line in lines {
            let via_value =
                serde_json::from_str::<Value>(line).map_err(|e| e.to_string()).map(|v| parse_record("f.jsonl:1", &v));
            let via_record = serde_json::from_str::<Record>(line)
                .map_err(|e| e.to_string())
                .map(|r| parse_record_fields("f.jsonl:1", &r));
            assert_eq!(via_record, via_value, "{line}");
        }
    }

    #[test]
    fn json_records_with_wrong_types_are_errors_that_name_the_field() {
        let v: Value = serde_json::from_str(r#"{"text": 5}"#).unwrap();
        assert!(parse_record("f", &v).unwrap_err().contains("`text` must be a string"));
        let v: Value = serde_json::from_str(r#"{"title": "x"}"#).unwrap();
        assert!(parse_record("f", &v).unwrap_err().contains("no `text`"));
        let v: Value = serde_json::from_str(r#"[1]"#).unwrap();
        assert!(parse_record("f", &v).unwrap_err().contains("expected a JSON object"));
    }

    #[test]
    fn detection_by_extension_then_content() {
        assert_eq!(detect("a.jsonl", ""), Format::Jsonl);
        assert_eq!(detect("a.txt", "{\"text\": \"x\"}\n{\"text\": \"y\"}"), Format::Jsonl);
        assert_eq!(detect("a", "[{\"text\": \"x\"}]"), Format::Json);
        assert_eq!(detect("a", "<!DOCTYPE html><html><body><p>x</p></body></html>"), Format::Html);
        assert_eq!(detect("a.md", "# x"), Format::Markdown);
        assert_eq!(detect("a.txt", "Just words."), Format::Text);
    }
}

//! Self-contained HTML pages (no network, no JavaScript): the claim/denial table and claim
//! groups, each with an SVG timeline of claims and denials per day per speaker.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::analysis::compare::ComparisonRow;
use crate::analysis::origins::{GroupSummary, dated};
use crate::store::StatementRow;

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => {}
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}\
h1{font-size:1.4em}table{border-collapse:collapse;width:100%;margin:1em 0}\
td,th{border:1px solid #ccc;padding:.5em;vertical-align:top;text-align:left}th{background:#f3f3f3}\
.st{margin:.2em 0 .7em}.meta{color:#555;font-size:.88em}.anon{color:#a15c00;font-weight:600}\
.origins{color:#333;font-size:.88em;background:#f7f7f7;padding:.3em}.claim{color:#1f5fa8}.denial{color:#b3261e}\
svg text{font:11px sans-serif}";

fn statement_html(s: &StatementRow) -> String {
    let mut meta = vec![escape(&s.speaker_display())];
    if s.anonymous {
        meta.push("<span class=\"anon\">anonymous</span>".to_string());
    }
    if let Some(r) = &s.relay {
        meta.push(format!("via {}", escape(r)));
    }
    let said = s.said_display();
    if !said.is_empty() {
        meta.push(escape(&said));
    }
    if let Some(o) = &s.outlet {
        meta.push(escape(o));
    }
    format!(
        "<div class=\"st\"><div>{}</div><div class=\"meta\">— {} · <i>{}</i></div></div>",
        escape(&s.content),
        meta.join(" · "),
        escape(&s.cue)
    )
}

/// An SVG timeline: one lane per speaker (most active first), a dot per day with claims
/// (blue) and denials (red) that day, sized by count.
pub fn timeline_svg(statements: &[&StatementRow]) -> String {
    let mut events: BTreeMap<(String, NaiveDate, bool), usize> = BTreeMap::new();
    for s in statements {
        let Some(d) = dated(s).and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()) else { continue };
        let who = s.speaker.clone().unwrap_or_else(|| "(unknown)".into());
        *events.entry((who, d, s.stance == "denial")).or_default() += 1;
    }
    if events.is_empty() {
        return String::from("<p class=\"meta\">No dated statements to draw.</p>");
    }
    let mut activity: BTreeMap<&str, usize> = BTreeMap::new();
    for ((who, _, _), n) in &events {
        *activity.entry(who).or_default() += n;
    }
    let mut lanes: Vec<(&str, usize)> = activity.into_iter().collect();
    lanes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    lanes.truncate(20);
    let first = events.keys().map(|k| k.1).min().expect("events is not empty");
    let last = events.keys().map(|k| k.1).max().expect("events is not empty");
    let days = (last - first).num_days().max(1) as f64;
    let (left, width, lane_h) = (180.0, 900.0, 26.0);
    let height = 40.0 + lane_h * lanes.len() as f64;
    let x = |d: NaiveDate| left + 10.0 + (d - first).num_days() as f64 / days * (width - 20.0);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"timeline\">",
        left + width + 10.0
    );
    for (i, (who, _)) in lanes.iter().enumerate() {
        let y = 20.0 + lane_h * (i as f64 + 0.5);
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><line x1=\"{left}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#ddd\"/>",
            left - 6.0,
            y + 4.0,
            escape(&crate::render::ellipsize(who, 28)),
            left + width
        );
        for ((w, d, denial), n) in &events {
            if w != who {
                continue;
            }
            let r = 3.0 + (*n as f64).sqrt() * 2.5;
            let (color, dy) = if *denial { ("#b3261e", 5.0) } else { ("#1f5fa8", -5.0) };
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r:.1}\" fill=\"{color}\" fill-opacity=\"0.75\"><title>{} {} {} on {d}</title></circle>",
                x(*d),
                y + dy,
                escape(w),
                n,
                if *denial { "denial(s)" } else { "claim(s)" }
            );
        }
    }
    let _ = write!(
        svg,
        "<text x=\"{left}\" y=\"{}\">{first}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{last}</text></svg>",
        height - 4.0,
        left + width,
        height - 4.0
    );
    svg
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title><style>{STYLE}</style></head>\
         <body><h1>{t}</h1>{body}<p class=\"meta\">Made by whosaid. <span class=\"claim\">●</span> claim \
         <span class=\"denial\">●</span> denial.</p></body></html>\n",
        t = escape(title)
    )
}

/// The claim/denial comparison for a topic as one page.
pub fn compare_page(topic: &str, rows: &[ComparisonRow]) -> String {
    let mut body = String::new();
    let all: Vec<&StatementRow> = rows.iter().flat_map(|r| r.claims.iter().chain(&r.denials)).collect();
    body.push_str("<h2>Timeline</h2>");
    body.push_str(&timeline_svg(&all));
    body.push_str("<h2>Claims and the denials that answer them</h2><table><tr><th>claim</th><th>denial</th></tr>");
    for r in rows {
        body.push_str("<tr><td>");
        for c in &r.claims {
            body.push_str(&statement_html(c));
        }
        if let Some(g) = &r.group {
            let _ = write!(body, "<div class=\"origins\">group {}: {}</div>", g.group_id, escape(&g.origins_line()));
        }
        body.push_str("</td><td>");
        for d in &r.denials {
            body.push_str(&statement_html(d));
        }
        body.push_str("</td></tr>");
    }
    body.push_str("</table>");
    page(&format!("whosaid compare: {topic}"), &body)
}

/// Claim groups, each with its statements, as one page.
pub fn groups_page(title: &str, groups: &[(GroupSummary, Vec<StatementRow>)]) -> String {
    let mut body = String::new();
    let all: Vec<&StatementRow> = groups.iter().flat_map(|(_, s)| s.iter()).collect();
    body.push_str("<h2>Timeline</h2>");
    body.push_str(&timeline_svg(&all));
    for (g, statements) in groups {
        let _ = write!(
            body,
            "<h2>Group {}</h2><p>“{}”</p><p class=\"origins\">{} · {:.0}% anonymous · {} to {}</p><table><tr><th>statement</th></tr>",
            g.group_id,
            escape(&g.representative),
            escape(&g.origins_line()),
            g.anonymous_share * 100.0,
            escape(g.first_said.as_deref().unwrap_or("?")),
            escape(g.last_said.as_deref().unwrap_or("?"))
        );
        for s in statements {
            let _ = write!(body, "<tr><td class=\"{}\">{}</td></tr>", escape(&s.stance), statement_html(s));
        }
        body.push_str("</table>");
    }
    page(title, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(escape("<a href=\"x\">'&'</a>\0"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}

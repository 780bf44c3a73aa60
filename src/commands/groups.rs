//! `whosaid groups [TOPIC]` and `whosaid show-group ID`: claim groups across articles.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use serde::Serialize;
use whosaid::analysis::digest;
use whosaid::analysis::origins::{DiffPart, diff_text, summarize, word_diff};
use whosaid::render::{self, Format, Tabular, ellipsize, html};
use whosaid::store::StatementRow;

use crate::cli::{GroupsArgs, ShowGroupArgs};

/// Run `groups`.
pub fn list(db: &Path, args: GroupsArgs) -> Result<ExitCode> {
    let store = super::open_existing(db)?;
    let topic = (!args.topic.is_empty()).then(|| super::topic(&args.topic));
    // The largest groups, then those spanning the most outlets and articles first: the same
    // claim across outlets is what the listing is for.
    let ids = store.group_ids(topic.as_deref(), args.min_size, args.limit.saturating_mul(5))?;
    // Ranked by counts first, so that only the groups listed are summarised; a group with a
    // digest (see whosaid::analysis::digest) is not read at all, unless the page shows its
    // statements.
    let mut ranked = Vec::with_capacity(ids.len());
    for id in ids {
        let digest = digest::stored(&store, id)?;
        let (outlets, articles, statements) = match &digest {
            Some(d) => (d.summary.outlets.len(), d.summary.articles, d.summary.statements),
            None => store.group_spread(id)?,
        };
        ranked.push((
            (std::cmp::Reverse(outlets), std::cmp::Reverse(articles), std::cmp::Reverse(statements), id),
            digest,
        ));
    }
    ranked.sort_by_key(|(key, _)| *key);
    ranked.truncate(args.limit);
    let with_statements = matches!(args.output.format, Format::Html);
    let mut groups = Vec::with_capacity(ranked.len());
    for ((_, _, _, id), digest) in ranked {
        match digest {
            Some(d) if !with_statements => groups.push((d.summary, Vec::new())),
            _ => {
                let statements = store.group_statements(id)?;
                groups.push((summarize(id, store.group_representative(id)?, &statements), statements));
            }
        }
    }
    groups.sort_by_key(|(g, _)| {
        (std::cmp::Reverse(g.outlets.len()), std::cmp::Reverse(g.articles), std::cmp::Reverse(g.statements), g.group_id)
    });
    groups.truncate(args.limit);
    if groups.is_empty() {
        eprintln!(
            "whosaid: no claim groups{}",
            topic.as_deref().map(|t| format!(" match {}", super::quoted_topic(t))).unwrap_or_default()
        );
    }
    match args.output.format {
        Format::Html => {
            let title = match &topic {
                Some(t) => format!("whosaid groups: {t}"),
                None => "whosaid groups".to_string(),
            };
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            out.write_all(html::groups_page(&title, &groups).as_bytes())?;
            out.flush()?;
        }
        f => {
            let summaries: Vec<_> = groups.into_iter().map(|(g, _)| g).collect();
            super::print_rows(&summaries, f)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One member of a group, with its wording diffed against the group's.
#[derive(Serialize)]
struct MemberRow {
    #[serde(flatten)]
    statement: StatementRow,
    diff: Vec<DiffPart>,
}

impl Tabular for MemberRow {
    fn headers() -> Vec<&'static str> {
        vec!["said", "outlet", "speaker", "anon", "via", "stance", "wording (vs the group's)", "article"]
    }
    fn cells(&self) -> Vec<String> {
        let s = &self.statement;
        vec![
            s.said_display(),
            s.outlet.clone().unwrap_or_default(),
            s.speaker_display(),
            if s.anonymous { "yes".into() } else { String::new() },
            s.relay.clone().unwrap_or_default(),
            s.stance.clone(),
            ellipsize(&diff_text(&self.diff), 400),
            ellipsize(s.title.as_deref().unwrap_or(&s.article), 50),
        ]
    }
}

/// Run `show-group`.
pub fn show(db: &Path, args: ShowGroupArgs) -> Result<ExitCode> {
    let store = super::open_existing(db)?;
    let Some(rep) = store.group_representative(args.group)? else {
        bail!("no claim group {} (see `whosaid groups`)", args.group);
    };
    let statements = store.group_statements(args.group)?;
    let summary = summarize(args.group, Some(rep), &statements);
    let related = store.related_groups(args.group)?;
    let members: Vec<MemberRow> = statements
        .iter()
        .map(|s| MemberRow { diff: word_diff(&summary.representative, &s.content), statement: s.clone() })
        .collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.output.format {
        Format::Json => {
            #[derive(Serialize)]
            struct Detail<'a, T: Serialize> {
                #[serde(flatten)]
                group: &'a T,
                related: Vec<serde_json::Value>,
                members: &'a [MemberRow],
            }
            let related = related.iter().map(|(g, s)| serde_json::json!({"group_id": g, "score": s})).collect();
            serde_json::to_writer_pretty(&mut out, &Detail { group: &summary, related, members: &members })?;
            writeln!(out)?;
        }
        Format::Html => {
            out.write_all(
                html::groups_page(&format!("whosaid group {}", args.group), &[(summary, statements)]).as_bytes(),
            )?;
        }
        Format::Table => {
            writeln!(out, "group {}: “{}”", args.group, summary.representative)?;
            writeln!(out, "{}", summary.origins_line())?;
            writeln!(
                out,
                "{:.0}% anonymous; said {} to {}",
                summary.anonymous_share * 100.0,
                summary.first_said.as_deref().unwrap_or("?"),
                summary.last_said.as_deref().unwrap_or("?")
            )?;
            if !related.is_empty() {
                let list: Vec<String> = related.iter().take(8).map(|(g, s)| format!("{g} ({s:.2})")).collect();
                writeln!(out, "related groups: {}", list.join(", "))?;
            }
            writeln!(
                out,
                "changes against the group's wording: [-removed-] {{+added+}}, ! = number, negation or hedge\n"
            )?;
            render::write_rows(&members, Format::Table, &super::render_options(), &mut out)?;
        }
        f => render::write_rows(&members, f, &super::render_options(), &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

//! Every clap type of the `whosaid` command line; no logic.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use whosaid::render::Format;

/// whosaid: who said what, through whom, and who denied it, across news articles.
///
/// Load articles into one SQLite file, then ask who said what about a topic and see claims
/// beside the denials that answer them.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Database file (created on first load).
    #[arg(long, global = true, env = "WHOSAID_DB", default_value = "whosaid.db")]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load articles (files, folders, `-` for stdin) and store their statements.
    Load(LoadArgs),
    /// Extract statements and print them without storing anything.
    Extract(ExtractArgs),
    /// Print each input article as the loader sees it (after format detection and HTML
    /// cleaning), before extraction: id, title, date, site, text.
    Parse(ParseArgs),
    /// Who said what about a topic.
    Who(WhoArgs),
    /// Claims about a topic beside the denials that answer them.
    Compare(CompareArgs),
    /// List stored statements.
    Statements(StatementsArgs),
    /// List speakers with counts.
    Speakers(SpeakersArgs),
    /// List relays (outlets that carried statements) with counts.
    Relays(OutputArgs),
    /// List stored articles.
    Articles(ArticlesArgs),
    /// Show one article with its statements.
    Show(ShowArgs),
    /// Write every stored article with its statements as JSONL (a backup that `import` restores).
    Export(ExportArgs),
    /// Restore articles and statements from an `export` file, without re-running extraction.
    Import(ImportArgs),
    /// Claim groups: the same claim across articles, with outlets and independent origins.
    Groups(GroupsArgs),
    /// Every statement of one claim group, with its wording diffed against the group's.
    ShowGroup(ShowGroupArgs),
    /// Similarity of text pairs, for measuring: reads JSONL {id, a, b}, writes {id, score}
    /// lines with the matcher that claim grouping uses.
    Similarity(SimilarityArgs),
    /// Stance of texts towards claims, for measuring: reads JSONL {id, claim, text},
    /// writes {id, stance} lines (claim / denial / neutral).
    Stance(StanceArgs),
}

/// Output format flags shared by every listing.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Where articles come from and what to assume about them.
#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Files, folders (read recursively) or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Publisher to record for every article given (overrides the input's own).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Publication date for every article given (YYYY-MM-DD), used to resolve "on Friday".
    #[arg(long)]
    pub date: Option<String>,
}

/// `whosaid load`.
#[derive(Debug, Args)]
pub struct LoadArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Re-run extraction on the stored articles after an upgrade (no paths needed).
    #[arg(long, conflicts_with = "paths")]
    pub reextract: bool,
    /// Articles per transaction.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_size: u32,
    /// No progress bar and no summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `whosaid extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format (jsonl for one object per article).
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid who`.
#[derive(Debug, Args)]
pub struct WhoArgs {
    /// Topic words (all must match a statement, its speaker or its article's title).
    #[arg(required = true)]
    pub topic: Vec<String>,
    /// Only speakers whose name contains this.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only statements relayed by an outlet whose name contains this.
    #[arg(long)]
    pub via: Option<String>,
    /// Only anonymous speakers.
    #[arg(long)]
    pub anonymous: bool,
    /// Said on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Said on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// At most this many statements.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Topic words.
    #[arg(required = true)]
    pub topic: Vec<String>,
    /// At most this many claims.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid statements`.
#[derive(Debug, Args)]
pub struct StatementsArgs {
    /// Only speakers whose name contains this.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only statements relayed by an outlet whose name contains this.
    #[arg(long)]
    pub via: Option<String>,
    /// Only anonymous speakers.
    #[arg(long)]
    pub anonymous: bool,
    /// Only this stance: claim, denial or neutral.
    #[arg(long)]
    pub stance: Option<String>,
    /// At most this many statements.
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid speakers`.
#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// At most this many speakers.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid articles`.
#[derive(Debug, Args)]
pub struct ArticlesArgs {
    /// At most this many articles.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Article id, external id or source name (as `articles` lists them).
    pub article: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid groups`.
#[derive(Debug, Args)]
pub struct GroupsArgs {
    /// Topic words (optional): groups with a statement matching them.
    pub topic: Vec<String>,
    /// Only groups of at least this many statements.
    #[arg(long, default_value_t = 2)]
    pub min_size: usize,
    /// At most this many groups.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid show-group`.
#[derive(Debug, Args)]
pub struct ShowGroupArgs {
    /// Group id (as `groups` lists them).
    pub group: i64,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `whosaid similarity`.
#[derive(Debug, Args)]
pub struct SimilarityArgs {
    /// JSONL file of pairs with `id`, `a` and `b` (other fields ignored).
    #[arg(long)]
    pub pairs: PathBuf,
}

/// `whosaid export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// File to write (default: standard output).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// `whosaid import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A file written by `whosaid export`.
    pub file: PathBuf,
}

/// `whosaid stance`.
#[derive(Debug, Args)]
pub struct StanceArgs {
    /// JSONL file of items with `id`, `claim` and `text` (other fields ignored).
    #[arg(long)]
    pub items: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

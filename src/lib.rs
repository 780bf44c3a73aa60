//! whosaid: a source-claim cross-referencing database for news articles.
pub mod analysis;
pub mod ingest;

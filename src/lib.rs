//! whosaid: a source-claim cross-referencing database for news articles.
//!
//! Load articles, extract who said what (speaker, relay, anonymity, date, stance), store them
//! in one SQLite file, and ask who said what about a topic and who denied it.
#![warn(missing_docs)]

pub mod analysis;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod render;
pub mod store;

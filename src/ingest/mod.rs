//! Article ingestion: reading, format detection, cleaning and extraction.
//!
//! The path runs read → formats → sentences → extract → resolve; [`extract_article`] is pure
//! and shared by `load` and `extract`.

pub(crate) mod extract;
pub mod formats;
pub mod html;
pub mod metadata;
pub mod read;
pub(crate) mod resolve;
pub mod sentences;

use crate::model::{Article, Statement};

/// Every reported statement of an article, in text order.
pub fn extract_article(article: &Article) -> Vec<Statement> {
    let seg = sentences::segment(&article.text);
    let ctx = extract::Ctx::new(&article.text, &seg);
    let cands = extract::find_candidates(&ctx);
    resolve::resolve(&ctx, article, cands)
}

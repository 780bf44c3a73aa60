//! Cross-article analysis: claim matching, stance and comparisons.

pub mod compare;
pub mod similarity;
pub mod stance;

//! Cross-article analysis: claim matching, stance and comparisons.

pub mod similarity;

//! Cross-article analysis: claim matching, stance and comparisons.

pub mod compare;
pub mod digest;
pub mod group;
pub mod origins;
pub mod similarity;
pub mod stance;

//! Cross-article analysis: claim matching, stance and comparisons.

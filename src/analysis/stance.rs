//! Stance of a statement: claim, denial or neutral (placeholder rules; replaced by the stance work).

use serde::{Deserialize, Serialize};

/// Whether a statement asserts something, denies something, or takes no side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Asserts something.
    Claim,
    /// Denies or rejects something.
    Denial,
    /// Reports without taking a side.
    Neutral,
}

impl Stance {
    /// The lowercase name used in storage and output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Stance::Claim => "claim",
            Stance::Denial => "denial",
            Stance::Neutral => "neutral",
        }
    }
}

const DENIAL_CUES: &[&str] = &["deni", "deny", "dismiss", "refut", "reject", "rebut"];
const DENIAL_WORDS: &[&str] = &["baseless", "groundless", "unfounded", "untrue"];

/// Stance of one reported statement from its cue and content.
pub fn statement_stance(cue: &str, content: &str) -> Stance {
    let cue = cue.to_lowercase();
    if cue.split_whitespace().any(|w| DENIAL_CUES.iter().any(|c| w.starts_with(c))) {
        return Stance::Denial;
    }
    let content = content.to_lowercase();
    if content.split(|c: char| !c.is_alphanumeric()).any(|w| DENIAL_WORDS.contains(&w)) {
        return Stance::Denial;
    }
    Stance::Claim
}

/// Stance of a text towards a claim.
pub fn stance_toward(_claim: &str, text: &str) -> Stance {
    statement_stance("", text)
}

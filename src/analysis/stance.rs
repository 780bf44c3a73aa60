//! Rule-based stance detection: is a statement or text a claim, a denial, or neutral?
//!
//! Two entry points share one lexicon and one sentence-level signal detector:
//! [`statement_stance`] judges a single reported statement (cue verb + content),
//! [`stance_toward`] judges a whole text (headline or article body) towards a claim,
//! looking only at the sentences that talk about the claim's key terms.
//!
//! How it works, in order:
//! 1. Words are lower-cased and stemmed by a light suffix stripper (plus a table of
//!    irregular forms), then tagged once with their lexicon classes (denial verb,
//!    debunk word, negator, hedge, attribution, assertion, truth word, ...).
//! 2. Each sentence yields signals: denial verbs (with scope rules: "did not deny" takes
//!    no side, "denies hoax claims" defends the story, "rejected the offer" is no
//!    denial), debunk words (not attributive ones: "fake ID", "false flag"; negated
//!    ones assert: "not a hoax"), negated truth words ("not true"), refutation and
//!    withdrawal phrases, negation over a claim term, hedges, questions, attribution,
//!    source tags of headlines ("Analyst: ..."), assertion words.
//! 3. `stance_toward` weights sentences by the claim's key terms they contain (rarer
//!    terms within the text weigh more), counts neighbours and the rest of the text
//!    less, sums the signals, and decides denial / neutral (hedged) / claim with a few
//!    hand-set thresholds (`tune`). A text sharing too few key terms is unrelated:
//!    neutral. The claim's own polarity is composed in: debunking a debunk agrees.
//! 4. [`stance_evidence`] and [`explain_toward`] expose what was weighed.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

// ======================================================================
// LEXICON — word lists used by the rules.
// Every list is sorted and deduplicated (checked by `lexicon_lists_are_sorted`).
// Single-word entries are matched through `stem`, so listing a base form
// ("deny") also matches its inflections ("denies", "denied", "denying").
// ======================================================================

/// Verbs (and their nominalisations) whose use as a cue means the speaker denies something.
pub const DENIAL_VERBS: &[&str] = &[
    "debunk",
    "denial",
    "deny",
    "disavow",
    "discredit",
    "dismiss",
    "dismissal",
    "disown",
    "disprove",
    "downplay",
    "quash",
    "rebut",
    "rebuttal",
    "refute",
    "reject",
    "rejection",
    "repudiate",
    "retract",
    "retraction",
    "scoff",
];

/// Denial verbs with a plain sense besides denying ("rejected the offer", "dismissed
/// the staff"): they deny only with a story as object ("rejects the allegation"), a
/// "that" clause, or a verdict ("dismissed it as a hoax").
pub const AMBIGUOUS_DENIAL_VERBS: &[&str] = &["contest", "dismiss", "dispute", "reject"];

/// Denial verbs that are also common nouns ("a billing dispute"): they count only
/// in an unambiguous verb form (-ed / -ing).
pub const DENIAL_VERBS_INFLECTED_ONLY: &[&str] = &["contest", "contradict", "dispute"];

/// Adjectives that reject the truth of what they describe.
pub const REFUTATION_ADJECTIVES: &[&str] = &[
    "absurd",
    "baseless",
    "bogus",
    "dubious",
    "erroneous",
    "fabricated",
    "false",
    "falsely",
    "fictitious",
    "groundless",
    "implausible",
    "inaccurate",
    "incorrect",
    "ludicrous",
    "misleading",
    "phoney",
    "phony",
    "preposterous",
    "questionable",
    "sceptical",
    "skeptical",
    "spurious",
    "suspicious",
    "unfounded",
    "unsubstantiated",
    "untrue",
];

/// Nouns (and a few adjectives) that label a story as invented.
pub const DEBUNK_WORDS: &[&str] = &[
    "disinformation",
    "doubt",
    "fabrication",
    "fake",
    "fakery",
    "falsehood",
    "falsify",
    "hoax",
    "hoaxer",
    "hoaxster",
    "liar",
    "misinformation",
    "myth",
    "nonsense",
    "prank",
    "rubbish",
    "satire",
    "satirical",
    "scam",
    "spoof",
];

/// Word forms matched exactly (not via `stem`), because other forms of the same stem
/// are common unrelated words ("doctored" / "doctor", "staged" / "stage",
/// "sham" / "shaming", "lie" / "the problem lies in").
pub const DEBUNK_EXACT_FORMS: &[&str] = &["doctored", "lie", "lied", "lying", "photoshopped", "sham", "staged"];

/// Adjectives that may be attributive ("fake ID", "false flag"): they only count when
/// predicative, or when modifying a story noun or one of the claim's key terms.
pub const ATTRIBUTIVE_SENSITIVE: &[&str] = &["bogus", "fake", "false", "phoney", "phony"];

/// Nouns naming a report, a piece of media or an accusation: "fake news", "false
/// report", "rejects the allegation", "denied any wrongdoing".
pub const STORY_NOUNS: &[&str] = &[
    "account",
    "accusation",
    "allegation",
    "article",
    "assertion",
    "charge",
    "claim",
    "critic",
    "criticism",
    "finding",
    "footage",
    "headline",
    "idea",
    "image",
    "information",
    "involvement",
    "knowledge",
    "news",
    "notion",
    "photo",
    "photograph",
    "picture",
    "post",
    "report",
    "reporting",
    "responsibility",
    "rumor",
    "rumour",
    "speculation",
    "statement",
    "story",
    "suggestion",
    "theory",
    "tweet",
    "video",
    "view",
    "wrongdoing",
];

/// Words that negate what follows them in the clause.
pub const NEGATORS: &[&str] = &[
    "ain't",
    "aren't",
    "arent",
    "can't",
    "cannot",
    "cant",
    "couldn't",
    "couldnt",
    "didn't",
    "didnt",
    "doesn't",
    "doesnt",
    "don't",
    "dont",
    "hadn't",
    "hadnt",
    "hasn't",
    "hasnt",
    "haven't",
    "havent",
    "isn't",
    "isnt",
    "neither",
    "never",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "shouldn't",
    "wasn't",
    "wasnt",
    "weren't",
    "werent",
    "won't",
    "wouldn't",
    "wouldnt",
];

/// Words that report something without vouching for it.
pub const HEDGES: &[&str] = &[
    "allegation",
    "allege",
    "allegedly",
    "apparent",
    "apparently",
    "could",
    "likely",
    "may",
    "maybe",
    "might",
    "perhaps",
    "possible",
    "possibly",
    "potentially",
    "probably",
    "purported",
    "purportedly",
    "reportedly",
    "reputedly",
    "rumor",
    "rumored",
    "rumour",
    "rumoured",
    "seemingly",
    "speculate",
    "speculation",
    "supposedly",
    "suspect",
    "unclear",
    "unconfirmed",
    "unlikely",
    "unverified",
];

/// Attribution words: the text passes on what someone else says. A weaker hedge.
pub const ATTRIBUTION_WORDS: &[&str] = &["according", "claim", "report", "say", "source", "suggest"];

/// Words with which a text vouches for what it reports.
pub const ASSERTION_WORDS: &[&str] =
    &["announce", "authentic", "confirm", "confirmation", "genuine", "indeed", "officially", "prove", "verify"];

/// Adjectives of truth; negated ("not true", "isn't real") they refute.
pub const TRUTH_WORDS: &[&str] =
    &["accurate", "authentic", "correct", "genuine", "legit", "legitimate", "real", "true"];

/// Verbs of opinion and wish: negated ("I don't think", "we don't want") they give a
/// view, not a denial that something happened.
pub const OPINION_VERBS: &[&str] = &[
    "believe",
    "care",
    "expect",
    "feel",
    "get",
    "hope",
    "know",
    "like",
    "look",
    "love",
    "mean",
    "mind",
    "need",
    "remember",
    "seem",
    "think",
    "understand",
    "want",
    "wish",
    "worry",
];

/// Irregular forms mapped to one key, so "died" / "dead" / "death" meet "die".
pub const IRREGULAR_LEMMAS: &[(&str, &str)] = &[
    ("ate", "eat"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bought", "buy"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("came", "come"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("dead", "die"),
    ("death", "die"),
    ("died", "die"),
    ("dies", "die"),
    ("drawn", "draw"),
    ("drew", "draw"),
    ("dying", "die"),
    ("eaten", "eat"),
    ("fallen", "fall"),
    ("fell", "fall"),
    ("felt", "feel"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("fought", "fight"),
    ("found", "find"),
    ("gave", "give"),
    ("given", "give"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("held", "hold"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("kept", "keep"),
    ("killed", "kill"),
    ("knew", "know"),
    ("known", "know"),
    ("led", "lead"),
    ("lost", "lose"),
    ("made", "make"),
    ("met", "meet"),
    ("paid", "pay"),
    ("ran", "run"),
    ("seen", "see"),
    ("sent", "send"),
    ("shot", "shoot"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stood", "stand"),
    ("struck", "strike"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("taken", "take"),
    ("taught", "teach"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("took", "take"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("won", "win"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("written", "write"),
    ("wrote", "write"),
];

/// Verbs and particles by which a reported plan or role is called off
/// ("drops out", "pulls out", "quits", "scraps"). They deny a claim that the
/// event will happen, unless the claim itself is about the withdrawal.
pub const WITHDRAWAL_WORDS: &[&str] = &[
    "abandon",
    "back out",
    "bail",
    "call off",
    "cancel",
    "drop out",
    "exit",
    "no longer",
    "pull out",
    "quit",
    "scrap",
    "shelve",
    "walk away",
];

/// Nouns naming a source in a headline tag ("Analyst: ...", "...: sources").
pub const SOURCE_NOUNS: &[&str] = &[
    "aide",
    "analyst",
    "customer",
    "diplomat",
    "envoy",
    "expert",
    "family",
    "insider",
    "intel",
    "lawyer",
    "minister",
    "official",
    "parent",
    "police",
    "report",
    "researcher",
    "scientist",
    "source",
    "spokesman",
    "spokeswoman",
    "study",
    "survey",
    "witness",
];

/// Multi-word hedges of headline style: the text attributes or forecasts.
pub const HEDGE_PHRASES: &[&str] =
    &["believed to", "expected to", "in talks", "is this", "reported to", "said to", "thought to", "tipped to"];

/// Forecast and appearance verbs: the text predicts or describes an impression.
pub const FORECAST_WORDS: &[&str] =
    &["appear", "consider", "estimate", "expect", "forecast", "mull", "predict", "seem", "tip"];

/// Multi-word expressions that reject a story.
pub const REFUTATION_PHRASES: &[&str] = &[
    "cast doubt",
    "casts doubt",
    "false alarm",
    "made up",
    "never happened",
    "no basis",
    "no evidence",
    "no indication",
    "no plans",
    "no proof",
    "no such",
    "no truth",
    "nothing to do with",
    "set the record straight",
    "urban legend",
];

/// Multi-word expressions in which a debunk word does not reject anything.
pub const NON_DENIAL_PHRASES: &[&str] =
    &["fake id", "false flag", "false positive", "false teeth", "no stranger", "not only"];

/// Expressions by which a speaker takes no side. They are masked before other rules.
pub const NEUTRAL_PHRASES: &[&str] = &[
    "could not be independently verified",
    "could not be reached",
    "could not confirm",
    "declined to comment",
    "declined to confirm",
    "declined to discuss",
    "declined to elaborate",
    "declined to say",
    "did not immediately respond",
    "did not respond",
    "neither confirm nor deny",
    "no comment",
    "no immediate comment",
    "not immediately clear",
    "refused to comment",
    "refused to confirm",
    "refused to discuss",
    "refused to say",
    "would not comment",
    "would not confirm",
    "would not say",
];

/// Function words and generic news words that never make a claim's key terms.
pub const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "claim",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "get",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "new",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "report",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
];

// ======================================================================
// END OF LEXICON
// ======================================================================

/// Stance of a statement or text: asserts, denies, or takes no side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Asserts the claim / makes a claim.
    Claim,
    /// Denies, debunks or refutes the claim.
    Denial,
    /// Takes no side, only reports, asks, or is unrelated.
    Neutral,
}

impl Stance {
    /// Lower-case label: "claim", "denial" or "neutral".
    pub fn as_str(&self) -> &'static str {
        match self {
            Stance::Claim => "claim",
            Stance::Denial => "denial",
            Stance::Neutral => "neutral",
        }
    }
}

// ----------------------------------------------------------------------
// Stemming and tokenisation
// ----------------------------------------------------------------------

/// `IRREGULAR_LEMMAS` as a map: one hash instead of a binary search of string compares
/// for every new word form.
static IRREGULAR: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| IRREGULAR_LEMMAS.iter().copied().collect());

/// A light suffix stripper: it only has to map inflections of one word to one key,
/// consistently on both sides of a comparison, not to produce real lemmas.
fn stem(word: &str) -> String {
    // Borrow until the one String returned: this runs for every word of every statement.
    let lowered: std::borrow::Cow<str> = if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase().replace('’', "'"))
    };
    let mut w: &str = &lowered;
    if let Some(s) = w.strip_suffix("'s") {
        w = s;
    }
    w = w.trim_matches('\'');
    // Irregular forms go to their base form, which is then stemmed like any other.
    if let Some(base) = IRREGULAR.get(w) {
        w = base;
    }
    if w.len() <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    let undouble = |s: &str| -> usize {
        let b = s.as_bytes();
        let l = b.len();
        if l >= 2 && b[l - 1] == b[l - 2] && !matches!(b[l - 1], b'l' | b's' | b'z' | b'e' | b'o') { l - 1 } else { l }
    };
    // (kept prefix of w, letters appended)
    let (keep, tail): (&str, &str) = if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() >= 2) {
        (s, "y")
    } else if let Some(s) = w.strip_suffix("ied").filter(|s| s.len() >= 2) {
        (s, "y")
    } else if let Some(s) = w.strip_suffix("sses") {
        (s, "ss")
    } else if let Some(s) = w.strip_suffix("ing").filter(|s| s.len() >= 3) {
        (&s[..undouble(s)], "")
    } else if let Some(s) = w.strip_suffix("ed").filter(|s| s.len() >= 3) {
        (&s[..undouble(s)], "")
    } else if let Some(s) =
        w.strip_suffix("es").filter(|s| s.ends_with(['s', 'x', 'z']) || s.ends_with("ch") || s.ends_with("sh"))
    {
        (s, "")
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        (&w[..w.len() - 1], "")
    } else {
        (w, "")
    };
    // A final "e" goes when at least three letters stay.
    let (keep, tail) = match (tail.strip_suffix('e'), keep.strip_suffix('e')) {
        (Some(t), _) if keep.len() + t.len() >= 3 => (keep, t),
        (None, Some(k)) if tail.is_empty() && k.len() >= 3 => (k, ""),
        _ => (keep, tail),
    };
    let mut out = String::with_capacity(keep.len() + tail.len());
    out.push_str(keep);
    out.push_str(tail);
    out
}

/// What a word or punctuation form is, wherever it occurs. Tokens of one form share
/// one `Word` (see `tokens`), so a repeated form is lower-cased, stemmed and classified
/// once, and a token costs no allocation.
#[derive(Debug)]
struct Word {
    /// Lower-cased surface form, apostrophes normalised; punctuation tokens hold the char.
    lower: String,
    stem: String,
    /// Starts with an upper-case letter.
    cap: bool,
    /// An acronym: two or more letters, all upper case ("CNBC", "AP").
    acronym: bool,
    /// Lexicon classes of the word (`class::*` bits), set once by `classify`.
    class: u16,
}

#[derive(Debug, Clone)]
struct Tok {
    word: Rc<Word>,
    /// Punctuation kept for clause scope: , ; : ( ) quotes dashes . ! ?
    punct: bool,
    /// Inside quotation marks: a slogan or a quoted voice, not the writer's own words.
    quoted: bool,
}

/// A token reads as its form: `t.lower`, `t.stem`, `t.class`, ... are the `Word`'s.
impl std::ops::Deref for Tok {
    type Target = Word;
    fn deref(&self) -> &Word {
        &self.word
    }
}

/// Bits of `Word::class`: looked up once per token instead of once per rule.
mod class {
    pub const NEGATOR: u16 = 1;
    pub const DENIAL_VERB: u16 = 1 << 1;
    pub const DEBUNK: u16 = 1 << 2;
    pub const ATTRIBUTIVE: u16 = 1 << 3;
    pub const STORY: u16 = 1 << 4;
    pub const HEDGE: u16 = 1 << 5;
    pub const ATTRIBUTION: u16 = 1 << 6;
    pub const ASSERTION: u16 = 1 << 7;
    pub const TRUTH: u16 = 1 << 8;
    pub const STOP: u16 = 1 << 9;
    pub const SOURCE: u16 = 1 << 10;
    /// First word of some multi-word lexicon phrase.
    pub const PHRASE_START: u16 = 1 << 11;
    /// Stem of a denial verb that counts only in its -ed / -ing forms.
    pub const DENIAL_INFLECTED: u16 = 1 << 12;
    pub const OPINION: u16 = 1 << 13;
    /// Denial verb that also has a plain sense ("reject an offer", "dismiss staff").
    pub const AMBIGUOUS_DENIAL: u16 = 1 << 14;
}

fn is_word_char(c: char) -> bool {
    c == '\'' || c == '’' || is_alnum(c)
}

/// `c.is_alphanumeric()`, sparing the Unicode tables for ASCII and for the General
/// Punctuation block (curly quotes, dashes, ellipsis: frequent in news text), which
/// holds no letter or digit (see the test `general_punctuation_is_not_alphanumeric`).
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// The form of a token of `surface` (a word, or one punctuation character), without
/// its lexicon classes; `None` for a word of apostrophes only.
fn describe(surface: &str, punct: bool) -> Option<Word> {
    if punct {
        let form = surface.to_string();
        return Some(Word { lower: form.clone(), stem: form, cap: false, acronym: false, class: 0 });
    }
    let (mut letters, mut uppers) = (0usize, 0usize);
    let mut lower;
    if surface.is_ascii() {
        lower = surface.to_ascii_lowercase();
        for b in surface.bytes().filter(u8::is_ascii_alphabetic) {
            letters += 1;
            uppers += usize::from(b.is_ascii_uppercase());
        }
    } else {
        lower = String::with_capacity(surface.len());
        for ch in surface.chars() {
            if ch.is_alphabetic() {
                letters += 1;
                uppers += usize::from(ch.is_uppercase());
            }
            if ch == '’' {
                lower.push('\'');
            } else {
                lower.extend(ch.to_lowercase());
            }
        }
    }
    let trimmed = lower.trim_matches('\'');
    if trimmed.len() != lower.len() {
        lower = trimmed.to_string();
    }
    if lower.is_empty() {
        return None;
    }
    let stem = stem(&lower);
    let cap = surface.chars().next().is_some_and(char::is_uppercase);
    let acronym = letters >= 2 && uppers == letters;
    Some(Word { lower, stem, cap, acronym, class: 0 })
}

/// Splits `s` into word and punctuation tokens; `form(surface, punct)` gives the
/// `Word` of each (`None`: no token).
fn tokenize_with(s: &str, form: impl Fn(&str, bool) -> Option<Rc<Word>>) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_into(s, form, &mut out);
    out
}

/// [`tokenize_with`], appending the tokens to `out`.
fn tokenize_into(s: &str, form: impl Fn(&str, bool) -> Option<Rc<Word>>, out: &mut Vec<Tok>) {
    // About one token per five bytes of text: most texts then need no regrowth.
    out.reserve(s.len() / 5 + 2);
    // The current word is the byte range `cur` of `s`: word characters are taken one
    // after another, and any other character ends the word.
    let mut cur = 0..0;
    let mut cur_quoted = false;
    let (mut in_double, mut in_single) = (false, false);
    let flush = |cur: &mut Range<usize>, quoted: bool, out: &mut Vec<Tok>| {
        if cur.start < cur.end {
            if let Some(word) = form(&s[cur.clone()], false) {
                out.push(Tok { word, punct: false, quoted });
            }
            *cur = cur.end..cur.end;
        }
    };
    let bytes = s.as_bytes();
    // The character before the one at `i`.
    let mut last: Option<char> = None;
    let mut i = 0;
    while i < s.len() {
        // Fast path: a run of ASCII letters and digits extends the current word, up to a
        // letter after a digit (handled below). Most of any text is such runs.
        if bytes[i].is_ascii_alphanumeric() {
            if bytes[i].is_ascii_alphabetic() && last.is_some_and(|p| p.is_ascii_digit()) && !cur.is_empty() {
                flush(&mut cur, cur_quoted, out);
            }
            if cur.is_empty() {
                cur_quoted = in_double || in_single;
                cur = i..i;
            }
            let mut j = i + 1;
            while j < s.len()
                && bytes[j].is_ascii_alphanumeric()
                && !(bytes[j].is_ascii_alphabetic() && bytes[j - 1].is_ascii_digit())
            {
                j += 1;
            }
            cur.end = j;
            last = Some(char::from(bytes[j - 1]));
            i = j;
            continue;
        }
        if bytes[i] == b' ' {
            // Fast path: a space only ends the current word.
            flush(&mut cur, cur_quoted, out);
            last = Some(' ');
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        let pos = i;
        i += c.len_utf8();
        let next = s[i..].chars().next();
        let before = last.replace(c);
        let prev_alnum = before.is_some_and(is_alnum);
        let next_alnum = next.is_some_and(is_alnum);
        if c == '’' && in_single && !next_alnum {
            // Closing single quote, not an apostrophe.
            flush(&mut cur, cur_quoted, out);
            in_single = false;
            continue;
        }
        // "50ft", "24M": a number glued to its unit is two words, so "50" meets "50".
        if before.is_some_and(|p| p.is_ascii_digit()) && !cur.is_empty() && c.is_alphabetic() {
            flush(&mut cur, cur_quoted, out);
        }
        if is_word_char(c) && !(c == '\'' && !prev_alnum && next_alnum && cur.is_empty()) {
            if cur.is_empty() {
                cur_quoted = in_double || in_single;
                cur = pos..pos;
            }
            cur.end = i;
            continue;
        }
        flush(&mut cur, cur_quoted, out);
        match c {
            '“' => in_double = true,
            '”' => in_double = false,
            '"' => in_double = !in_double,
            '‘' | '\'' => in_single = true,
            _ => {}
        }
        // A hyphen with a space on either side is a dash ("site -CNBC"), not a compound.
        let spaced_hyphen =
            c == '-' && (before.is_none_or(char::is_whitespace) || next.is_none_or(char::is_whitespace));
        if (spaced_hyphen || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–' | '.' | '!' | '?'))
            && let Some(word) = form(&s[pos..i], true)
        {
            out.push(Tok { word, punct: true, quoted: false });
        }
        if matches!(c, '.' | '!' | '?' | '\n') && !in_double {
            in_single = false;
        }
    }
    flush(&mut cur, cur_quoted, out);
}

/// Splits text into sentences: at line breaks, and after . ! ? when the next
/// non-space character starts a new sentence (upper case, digit or quote).
fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c == '\n' {
            push_sentence(&mut out, &text[start..pos]);
            start = pos + 1;
        } else if matches!(c, '.' | '!' | '?') {
            // Include closing quotes/brackets in this sentence.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | '.' | '!' | '?') {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1 == ' ' {
                k += 1;
            }
            let boundary = k == chars.len()
                || (k > j
                    && (chars[k].1.is_uppercase()
                        || chars[k].1.is_ascii_digit()
                        || matches!(chars[k].1, '"' | '“' | '\'' | '‘')));
            // "U.S. officials": a single capital letter before the dot is an initial.
            let initial =
                c == '.' && i >= 1 && chars[i - 1].1.is_uppercase() && (i < 2 || !chars[i - 2].1.is_alphanumeric());
            if boundary && !initial {
                let end = if j < chars.len() { chars[j].0 } else { text.len() };
                push_sentence(&mut out, &text[start..end]);
                start = end;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < text.len() {
        push_sentence(&mut out, &text[start..]);
    }
    out
}

fn push_sentence<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim();
    if s.chars().any(char::is_alphanumeric) {
        out.push(s);
    }
}

// ----------------------------------------------------------------------
// Compiled lexicon
// ----------------------------------------------------------------------

use crate::lexicon::{FastMap, FastSet};

struct Lexicon {
    /// Class bits of words keyed by stem (lists matched through `stem`).
    by_stem: FastMap<String, u16>,
    /// Class bits of words keyed by exact lower-case form.
    by_form: FastMap<String, u16>,
    refutation_phrases: Vec<Phrase>,
    non_denial_phrases: Vec<Phrase>,
    neutral_phrases: Vec<Phrase>,
    hedge_phrases: Vec<Phrase>,
    withdrawal: Vec<Phrase>,
}

/// One word of a lexicon phrase: matched by stem, except irregular forms, which must
/// match exactly ("made up" is not "make up").
struct PhraseWord {
    stem: String,
    exact: Option<String>,
}

type Phrase = Vec<PhraseWord>;

fn phrases(list: &[&str]) -> Vec<Phrase> {
    list.iter()
        .map(|p| {
            tokenize_with(p, |surface, punct| describe(surface, punct).map(Rc::new))
                .into_iter()
                .map(|t| {
                    let irregular = IRREGULAR_LEMMAS.iter().any(|(form, _)| *form == t.lower);
                    PhraseWord { exact: irregular.then(|| t.lower.clone()), stem: t.stem.clone() }
                })
                .collect()
        })
        .collect()
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut by_stem: FastMap<String, u16> = FastMap::default();
    let mut by_form: FastMap<String, u16> = FastMap::default();
    let mut add_stems = |list: &[&str], bit: u16| {
        for w in list {
            *by_stem.entry(stem(w)).or_default() |= bit;
        }
    };
    add_stems(DENIAL_VERBS, class::DENIAL_VERB);
    add_stems(DENIAL_VERBS_INFLECTED_ONLY, class::DENIAL_INFLECTED);
    add_stems(REFUTATION_ADJECTIVES, class::DEBUNK);
    add_stems(DEBUNK_WORDS, class::DEBUNK);
    add_stems(ATTRIBUTIVE_SENSITIVE, class::ATTRIBUTIVE);
    add_stems(STORY_NOUNS, class::STORY);
    add_stems(SOURCE_NOUNS, class::SOURCE);
    add_stems(HEDGES, class::HEDGE);
    add_stems(FORECAST_WORDS, class::HEDGE);
    add_stems(ATTRIBUTION_WORDS, class::ATTRIBUTION);
    add_stems(ASSERTION_WORDS, class::ASSERTION);
    add_stems(TRUTH_WORDS, class::TRUTH);
    add_stems(STOPWORDS, class::STOP);
    add_stems(OPINION_VERBS, class::OPINION);
    add_stems(AMBIGUOUS_DENIAL_VERBS, class::AMBIGUOUS_DENIAL);
    let mut add_forms = |list: &[&str], bit: u16| {
        for w in list {
            *by_form.entry(w.to_string()).or_default() |= bit;
        }
    };
    add_forms(DEBUNK_EXACT_FORMS, class::DEBUNK);
    add_forms(NEGATORS, class::NEGATOR);
    add_forms(STOPWORDS, class::STOP);
    let lex = Lexicon {
        by_stem,
        by_form,
        refutation_phrases: phrases(REFUTATION_PHRASES),
        non_denial_phrases: phrases(NON_DENIAL_PHRASES),
        neutral_phrases: phrases(NEUTRAL_PHRASES),
        hedge_phrases: phrases(HEDGE_PHRASES),
        withdrawal: phrases(WITHDRAWAL_WORDS),
    };
    let starts: Vec<String> =
        [&lex.refutation_phrases, &lex.non_denial_phrases, &lex.neutral_phrases, &lex.hedge_phrases, &lex.withdrawal]
            .iter()
            .flat_map(|list| list.iter().filter_map(|p| p.first().map(|w| w.stem.clone())))
            .collect();
    let mut lex = lex;
    for st in starts {
        *lex.by_stem.entry(st).or_default() |= class::PHRASE_START;
    }
    lex
});

impl Lexicon {
    /// The lexicon classes of a word (not punctuation).
    fn classify(&self, t: &Word) -> u16 {
        let mut c = self.by_stem.get(&t.stem).copied().unwrap_or(0) | self.by_form.get(&t.lower).copied().unwrap_or(0);
        if t.lower.ends_with("n't") {
            c |= class::NEGATOR;
        }
        // "disputed", "contesting": only unambiguous verb forms of noun-like verbs.
        if c & class::DENIAL_INFLECTED != 0 && (t.lower.ends_with("ed") || t.lower.ends_with("ing")) {
            c |= class::DENIAL_VERB;
        }
        c
    }
    fn is_negator(&self, t: &Tok) -> bool {
        t.class & class::NEGATOR != 0
    }
    fn is_denial_verb(&self, t: &Tok) -> bool {
        t.class & class::DENIAL_VERB != 0
    }
    fn is_debunk(&self, t: &Tok) -> bool {
        t.class & class::DEBUNK != 0
    }
    fn is_hedge(&self, t: &Tok) -> bool {
        t.class & class::HEDGE != 0
    }
    /// Words that carry stance rather than topic; never key terms of a claim.
    fn is_signal_word(&self, t: &Tok) -> bool {
        t.class
            & (class::DEBUNK
                | class::DENIAL_VERB
                | class::NEGATOR
                | class::HEDGE
                | class::ASSERTION
                | class::ATTRIBUTION
                | class::TRUTH)
            != 0
    }
}

/// Tokens of `s` with their lexicon classes.
///
/// Forms come from a per-thread memo of the surface forms seen lately: news text
/// repeats its words, and describing a form (lower-casing, stemming, two lexicon
/// look-ups, two strings) was most of the cost of judging a statement.
fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    tokens_into(s, &mut out);
    out
}

/// [`tokens`], appending to `out`.
fn tokens_into(s: &str, out: &mut Vec<Tok>) {
    thread_local! {
        static FORMS: RefCell<FastMap<String, Rc<Word>>> = RefCell::new(FastMap::default());
    }
    /// Forms remembered per thread before the memo starts again.
    const MAX_FORMS: usize = 20_000;
    let lex = &*LEX;
    FORMS.with(|memo| {
        let form = |surface: &str, punct: bool| {
            let mut memo = memo.borrow_mut();
            if let Some(word) = memo.get(surface) {
                return Some(Rc::clone(word));
            }
            let mut word = describe(surface, punct)?;
            if !punct {
                word.class = lex.classify(&word);
            }
            if memo.len() >= MAX_FORMS {
                memo.clear();
            }
            let word = Rc::new(word);
            memo.insert(surface.to_string(), Rc::clone(&word));
            Some(word)
        };
        tokenize_into(s, form, out);
    });
}

fn has(t: &Tok, bit: u16) -> bool {
    t.class & bit != 0
}

// ----------------------------------------------------------------------
// Sentence signals
// ----------------------------------------------------------------------

/// Evidence found in one sentence.
#[derive(Debug, Default, Clone, Copy)]
struct Signals {
    /// Denial verbs, refutations, debunk words, negated truth words, "No, ...".
    denial: f32,
    /// Withdrawal from the claimed plan or role ("drops out", "scraps").
    withdrawal: f32,
    /// Negation scoping over one of the claim's key terms ("won't play", "not among").
    neg_event: f32,
    /// Other main-clause negation ("Al-Baghdadi not dead" when "dead" is no key term).
    neg_main: f32,
    /// Hedges, forecasts, questions.
    hedge: f32,
    /// Attribution ("says", "according to", "sources").
    attribution: f32,
    /// Strong vouching: negated debunk ("not a hoax"), "denies hoax claims", "it's real".
    assert_strong: f32,
    /// Weak vouching: "confirmed", "announces", "officially".
    assert_weak: f32,
    /// "declined to comment", "neither confirm nor deny", "did not deny".
    no_side: bool,
}

/// Tokens that end a clause for negation scope.
fn clause_breaker(t: &Tok) -> bool {
    (t.punct && t.lower != "\"" && t.lower != "“" && t.lower != "”")
        || matches!(t.lower.as_str(), "but" | "however" | "although" | "though" | "yet" | "and" | "because")
}

/// Subordinators: a negation after one of these sits in a subordinate clause.
fn subordinator(t: &Tok) -> bool {
    matches!(
        t.lower.as_str(),
        "that"
            | "who"
            | "which"
            | "when"
            | "after"
            | "because"
            | "if"
            | "while"
            | "so"
            | "before"
            | "until"
            | "since"
            | "whose"
            | "where"
            | "to"
            | "whether"
    )
}

/// Is token `i` within the scope of a negator (up to `window` tokens back, same clause)?
fn negated(toks: &[Tok], i: usize, window: usize) -> bool {
    let lex = &*LEX;
    let lo = i.saturating_sub(window);
    for j in (lo..i).rev() {
        if clause_breaker(&toks[j]) {
            return false;
        }
        if lex.is_negator(&toks[j]) {
            return true;
        }
    }
    false
}

fn match_phrase_at(toks: &[Tok], i: usize, phrase: &[PhraseWord]) -> bool {
    i + phrase.len() <= toks.len()
        && phrase.iter().enumerate().all(|(k, p)| {
            let t = &toks[i + k];
            t.stem == p.stem && p.exact.as_ref().is_none_or(|e| *e == t.lower)
        })
}

/// Key terms of a claim.
struct KeyTerms {
    /// Stems of the claim's content words.
    terms: FastSet<String>,
    /// Stems of every word of the claim: a signal word the claim itself uses
    /// ("quits", "cancelled") is part of what is claimed, not a reaction to it.
    claim_stems: FastSet<String>,
    /// Stem of the word before a "?" in the claim: a text that repeats the claim's
    /// quoted question ("asked: How's it going?") is not asking one itself.
    question_tail: Option<String>,
    /// The claim itself contains a negation ("a panel that didn't include women"):
    /// a negation in the text may just restate it, so it is no evidence.
    claim_has_negation: bool,
}

impl KeyTerms {
    /// The key term that `stem` realises: the same stem, or a compound that starts
    /// with a key term of four letters or more ("crabzilla" for "crab").
    fn key_of(&self, stem: &str) -> Option<&str> {
        if let Some(k) = self.terms.get(stem) {
            return Some(k.as_str());
        }
        if stem.len() >= 6 {
            // The longest matching key, ties broken alphabetically: the answer must
            // not depend on the set's iteration order.
            return self
                .terms
                .iter()
                .filter(|k| k.len() >= 4 && stem.starts_with(k.as_str()))
                .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))
                .map(String::as_str);
        }
        None
    }
    fn contains(&self, stem: &str) -> bool {
        self.key_of(stem).is_some()
    }
}

fn mask(masked: &mut [bool], from: usize, len: usize) {
    let to = masked.len().min(from + len);
    masked[from..to].iter_mut().for_each(|m| *m = true);
}

fn sentence_signals(toks: &[Tok], keys: Option<&KeyTerms>) -> Signals {
    signals(toks, keys, false)
}

/// Signals of reported content, where words of deceit often accuse rather than deny
/// ("conducting a disinformation campaign", "fabricate provocations"): every debunk word
/// counts only when predicative or aimed at a story ("unfounded information").
fn content_signals(toks: &[Tok]) -> Signals {
    signals(toks, None, true)
}

fn signals(toks: &[Tok], keys: Option<&KeyTerms>, strict_debunk: bool) -> Signals {
    let lex = &*LEX;
    let mut sig = Signals::default();
    let mut masked = vec![false; toks.len()];
    let is_key = |t: &Tok| keys.is_some_and(|k| k.contains(&t.stem));
    let in_claim = |t: &Tok| keys.is_some_and(|k| k.claim_stems.contains(&t.stem));
    // Withdrawal words are common ("cancel", "exit"); they count only in a sentence
    // that names something of the claim.
    let has_key = toks.iter().any(is_key);

    // Phrases first, so that their words are not read again by the word rules.
    for i in 0..toks.len() {
        if !has(&toks[i], class::PHRASE_START) {
            continue;
        }
        for p in &lex.neutral_phrases {
            if match_phrase_at(toks, i, p) {
                sig.no_side = true;
                mask(&mut masked, i, p.len());
            }
        }
        for p in &lex.non_denial_phrases {
            if match_phrase_at(toks, i, p) {
                mask(&mut masked, i, p.len());
            }
        }
    }
    for i in 0..toks.len() {
        if masked[i] || !has(&toks[i], class::PHRASE_START) {
            continue;
        }
        if let Some(p) = lex.refutation_phrases.iter().find(|p| match_phrase_at(toks, i, p)) {
            sig.denial += 1.0;
            mask(&mut masked, i, p.len());
            continue;
        }
        if let Some(p) = lex.hedge_phrases.iter().find(|p| match_phrase_at(toks, i, p)) {
            sig.hedge += 1.0;
            mask(&mut masked, i, p.len());
            continue;
        }
        if has_key
            && !in_claim(&toks[i])
            && let Some(p) = lex.withdrawal.iter().find(|p| match_phrase_at(toks, i, p))
        {
            sig.withdrawal += 1.0;
            mask(&mut masked, i, p.len());
        }
    }

    // "No, ..." opening a sentence (or a clause) rejects what follows.
    for i in 0..toks.len().saturating_sub(1) {
        if toks[i].lower == "no" && toks[i + 1].lower == "," && (i == 0 || toks[i - 1].punct) && !masked[i] {
            sig.denial += 1.0;
            masked[i] = true;
        }
    }

    let mut subordinate = false;
    for i in 0..toks.len() {
        let t = &toks[i];
        if subordinator(t) {
            subordinate = true;
        }
        if masked[i] {
            continue;
        }
        if t.punct {
            let repeats_claim_question =
                i >= 1 && keys.and_then(|k| k.question_tail.as_deref()).is_some_and(|q| toks[i - 1].stem == q);
            if t.lower == "?" && !repeats_claim_question {
                sig.hedge += 1.0;
            }
            continue;
        }
        if lex.is_denial_verb(t)
            && i >= 1
            && matches!(
                toks[i - 1].lower.as_str(),
                "was" | "were" | "been" | "be" | "is" | "are" | "being" | "get" | "got"
            )
        {
            // Passive "their request was denied": a refusal done to someone, not a
            // speaker denying a story.
            continue;
        }
        if lex.is_denial_verb(t) && has(t, class::AMBIGUOUS_DENIAL) && !denial_object(&toks[i + 1..]) {
            // "rejected the offer", "dismissed two employees"
            continue;
        }
        if lex.is_denial_verb(t) {
            // "denies hoax claims": denying a debunk asserts the story.
            let end = toks.len().min(i + 6);
            let object: Vec<&Tok> = toks[i + 1..end].iter().take_while(|x| !clause_breaker(x)).collect();
            // "dismissed the reports as baseless": the debunk word is the verdict.
            let verdict = object.iter().any(|x| x.lower == "as");
            // Only a claim *of* a hoax can be denied into an assertion: "denies hoax
            // claims", "rejected reports that it was fake", "denies being a hoaxer";
            // "debunks the hoax" denies the story itself.
            let claim_of_debunk =
                object.iter().any(|x| has(x, class::STORY) || x.lower == "that" || x.lower.ends_with("ing"));
            let debunk_obj = !verdict && claim_of_debunk && object.iter().any(|x| lex.is_debunk(x));
            if verdict {
                sig.denial += 1.0;
                mask(&mut masked, i + 1, 5);
            } else if debunk_obj {
                sig.assert_strong += 1.0;
                mask(&mut masked, i + 1, 5);
            } else if negated(toks, i, 3) {
                // "did not deny": no side taken.
                sig.no_side = true;
            } else {
                sig.denial += 1.0;
            }
            continue;
        }
        if lex.is_debunk(t) {
            if (strict_debunk || has(t, class::ATTRIBUTIVE)) && attributive_non_story(toks, i, keys) {
                continue;
            }
            if negated(toks, i, 3) {
                // "not a hoax", "isn't fake"
                sig.assert_strong += 1.0;
            } else {
                sig.denial += 1.0;
            }
            continue;
        }
        if has(t, class::TRUTH) {
            let copula = i >= 1
                && (matches!(toks[i - 1].lower.as_str(), "is" | "are" | "was" | "were" | "be")
                    || toks[i - 1].lower.ends_with("'s")
                    || toks[i - 1].lower.ends_with("'re"));
            // "not her real name", "not a true story" qualify a noun; only a
            // predicative "not true" / "isn't real" rejects a story.
            if attributive(toks, i) {
                continue;
            }
            if negated(toks, i, 3) {
                sig.denial += 1.0;
            } else if copula {
                sig.assert_strong += 1.0;
            }
            continue;
        }
        if has(t, class::ASSERTION) {
            if negated(toks, i, 3) || t.lower.starts_with("un") {
                sig.hedge += 1.0;
            } else {
                sig.assert_weak += 1.0;
            }
            continue;
        }
        if lex.is_hedge(t) {
            sig.hedge += 1.0;
            continue;
        }
        if has(t, class::ATTRIBUTION) {
            sig.attribution += 1.0;
            continue;
        }
        if lex.is_negator(t) && keys.is_some_and(|k| !k.claim_has_negation) {
            // Negation scoping over a key term of the claim: "won't play Steve Jobs".
            let end = toks.len().min(i + 5);
            let over_key = toks[i + 1..end].iter().take_while(|x| !clause_breaker(x)).any(&is_key);
            if over_key {
                sig.neg_event += 1.0;
            } else if !subordinate {
                sig.neg_main += 1.0;
            }
        }
    }
    sig
}

/// A headline that names its source in a short tag: "Analyst: X will ...",
/// "X will ...: sources", "X to do Y -CNBC". The tag holds none of the claim's terms.
fn headline_source_tag(toks: &[Tok], keys: &KeyTerms) -> bool {
    const MAX_TAG: usize = 3;
    let is_sep = |t: &Tok| matches!(t.lower.as_str(), ":" | "-" | "—" | "–");
    // A source is a role ("Analyst", "Unhappy customer", "US intel"), an agency's
    // acronym ("CNBC") or a person's name ("Tim Cook"); a lone capitalised word is
    // more often a place or topic label ("China: ...").
    let tag_ok = |tag: &[Tok]| {
        !tag.is_empty()
            && tag.len() <= MAX_TAG
            && tag.iter().all(|t| !t.punct && !keys.contains(&t.stem))
            && (tag.iter().any(|t| has(t, class::SOURCE))
                || (tag.len() == 1 && tag[0].acronym)
                || (tag.len() >= 2 && tag.iter().all(|t| t.cap && !t.acronym)))
    };
    let words_end = toks.iter().rposition(|t| !t.punct || is_sep(t)).map_or(0, |p| p + 1);
    let toks = &toks[..words_end];
    if let Some(p) = toks.iter().position(is_sep)
        && tag_ok(&toks[..p])
    {
        return true;
    }
    if let Some(p) = toks.iter().rposition(is_sep)
        && p + 1 < toks.len()
        && tag_ok(&toks[p + 1..])
    {
        return true;
    }
    false
}

/// Is the adjective at `i` followed by a content word it modifies ("real name")?
fn attributive(toks: &[Tok], i: usize) -> bool {
    let lex = &*LEX;
    toks.get(i + 1).is_some_and(|next| !next.punct && !has(next, class::STOP) && !lex.is_signal_word(next))
}

/// Attributive use of "fake"/"false" on something that is neither a story nor the
/// claim's subject: "fake ID", "false teeth". Such a use rejects nothing.
fn attributive_non_story(toks: &[Tok], i: usize, keys: Option<&KeyTerms>) -> bool {
    let lex = &*LEX;
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    if next.punct || has(next, class::STOP) || lex.is_signal_word(next) {
        return false; // predicative: "is fake.", "a fake who ..."
    }
    if has(next, class::STORY) {
        return false;
    }
    if keys.is_some_and(|k| k.contains(&next.stem)) {
        return false;
    }
    true
}

// ----------------------------------------------------------------------
// statement_stance
// ----------------------------------------------------------------------

/// Stance of one reported statement from its cue verb/phrase ("said", "denied",
/// "dismissed", "rejects", "insisted", "was quoted ... as saying") and its content.
///
/// * Denial — the cue is a denial verb (deny, refute, rebut, disown, debunk, ...) not
///   itself negated; for verbs with a plain sense too (reject, dismiss, dispute,
///   contest) only with a story as object ("rejects the allegation", "dismissed the
///   reports as baseless", "disputed that ..."), not "rejected the offer". Or the
///   content rejects something ("unfounded", "baseless", "not true", "no evidence",
///   "is false", "a hoax" — but not "false flag operation" or attributive "fake ID").
///   Or the head of the content says that something did not happen: "(that) he did
///   not ...", "we never ...", "X was not ...", "there was no ...". Negations that
///   deny no fact are left out: conditions ("if we don't ..."), imperatives ("don't
///   forget"), opinions ("I don't think"), futures and refusals ("will not",
///   "is not going to").
/// * Neutral — the statement takes no side: a question or a cue of asking, "declined
///   to comment" / "declined to say" (also when split between cue and content),
///   "would neither confirm nor deny", "did not deny".
/// * Claim — everything else, hedged statements included: a speaker who says
///   something "may" be so still advances it. Only the cue's verb counts for the cue:
///   "falsely suggested" is the writer's verdict on a claim, not a denial.
pub fn statement_stance(cue: &str, content: &str) -> Stance {
    let lex = &*LEX;
    // "declined" + "to comment": no-side phrases may straddle cue and content. A cue is a
    // few plain words, so its tokens followed by the content's are the joined text's tokens.
    let mut joined = Vec::with_capacity((cue.len() + content.len()) / 5 + 4);
    tokens_into(cue, &mut joined);
    let n_cue = joined.len();
    tokens_into(content, &mut joined);
    let (cue_toks, content_toks) = joined.split_at(n_cue);
    if takes_no_side(&joined) {
        return Stance::Neutral;
    }
    // "would not say whether ...", "isn't saying what ...": a question left open.
    let open_question =
        content_toks.first().is_some_and(|t| crate::lexicon::contains(crate::lexicon::OPEN_QUESTION_WORDS, &t.lower));
    // "did not mention X": what was left unsaid takes no side either.
    let unmentioned = cue_toks.last().is_some_and(|t| t.stem.starts_with("mention"));
    if (open_question || unmentioned) && negated(cue_toks, cue_toks.len(), 4) {
        return Stance::Neutral;
    }
    // A negated denial cue ("did not deny") takes no side; "rejected the offer" is no
    // denial of a story (see `AMBIGUOUS_DENIAL_VERBS`).
    let cue_denies = cue_toks.iter().enumerate().any(|(i, t)| {
        lex.is_denial_verb(t)
            && !negated(cue_toks, i, 3)
            && (!has(t, class::AMBIGUOUS_DENIAL) || denial_object(&cue_toks[i + 1..]) || denial_object(content_toks))
    });
    // Only the cue's verb counts: "falsely suggested" is the writer's verdict on a claim.
    if cue_denies {
        return Stance::Denial;
    }
    // Most contents hold no word that could deny or vouch: their signals cannot matter.
    let sig = if content_toks.iter().any(|t| has(t, CONTENT_SIDE_CLASSES)) {
        content_signals(content_toks)
    } else {
        Signals::default()
    };
    if sig.no_side {
        return Stance::Neutral;
    }
    if sig.denial > sig.assert_strong {
        return Stance::Denial;
    }
    if denies_event(content_toks) {
        return Stance::Denial;
    }
    let asks = cue_toks.iter().any(|t| matches!(t.stem.as_str(), "ask" | "wonder" | "question"))
        || content.trim_end().ends_with('?');
    if asks {
        return Stance::Neutral;
    }
    Stance::Claim
}

/// Classes of the words through which `signals` sets the figures `statement_stance`
/// reads (`no_side`, `denial`, `assert_strong`): phrase starts, denial verbs, debunk
/// and truth words, and negators (the "no" of "No, ..."). Without one of them those
/// figures stay at their defaults.
const CONTENT_SIDE_CLASSES: u16 =
    class::PHRASE_START | class::DENIAL_VERB | class::DEBUNK | class::TRUTH | class::NEGATOR;

/// `sentence_signals(toks, None).no_side`, without the full pass when it cannot hold:
/// only a no-side phrase ("declined to comment") or a negated denial verb ("did not
/// deny") sets it, and a denial verb is rare.
fn takes_no_side(toks: &[Tok]) -> bool {
    let lex = &*LEX;
    let phrase = (0..toks.len())
        .any(|i| has(&toks[i], class::PHRASE_START) && lex.neutral_phrases.iter().any(|p| match_phrase_at(toks, i, p)));
    phrase || (toks.iter().any(|t| lex.is_denial_verb(t)) && sentence_signals(toks, None).no_side)
}

/// Does the object of an ambiguous denial verb make it a denial: a story noun
/// ("the allegation"), a "that" clause, a verdict ("as baseless"), a debunk word?
fn denial_object(toks: &[Tok]) -> bool {
    const OBJECT: usize = 6;
    toks.iter().take(OBJECT).take_while(|t| !matches!(t.lower.as_str(), "." | ";" | "!" | "?")).any(|t| {
        has(t, class::STORY | class::DEBUNK)
            || t.lower.ends_with("ing")
            || matches!(t.lower.as_str(), "that" | "as" | "it" | "this" | "them" | "any" | "what" | "everything")
    })
}

/// A main-clause negation of a past or present event at the head of the content:
/// "(that) we did not ...", "he never ...", "there was no ...". Future and modal
/// negations ("will not surrender") are intentions or refusals, a negation inside an
/// "if"/"when" clause is a condition, and "I don't think/want/know" is an opinion:
/// none of them denies a reported fact.
fn denies_event(toks: &[Tok]) -> bool {
    const HEAD: usize = 12;
    let lex = &*LEX;
    let start = toks.iter().position(|t| !t.punct && t.lower != "that").unwrap_or(toks.len());
    // "If we don't ...", "which was not ...": a condition or a relative clause.
    if toks.get(start).is_some_and(subordinator) {
        return false;
    }
    for i in start..toks.len().min(start + HEAD) {
        let t = &toks[i];
        if matches!(t.lower.as_str(), "." | "!" | "?" | ";") || (i > start && subordinator(t)) {
            break;
        }
        if !lex.is_negator(t) {
            continue;
        }
        let l = t.lower.as_str();
        let prev = i.checked_sub(1).map_or("", |j| toks[j].lower.as_str());
        let aux = matches!(prev, "did" | "does" | "do" | "was" | "were" | "is" | "are" | "has" | "have" | "had");
        let aux_negation = l == "never"
            || (l.ends_with("n't")
                || matches!(
                    l,
                    "didnt" | "doesnt" | "dont" | "wasnt" | "werent" | "isnt" | "arent" | "hasnt" | "havent" | "hadnt"
                ))
                && !matches!(l, "won't" | "wouldn't" | "can't" | "couldn't" | "shouldn't" | "mustn't")
            || (l == "not" && aux);
        // "there was no ...", "there were no ..."
        let no_existence = l == "no" && matches!(prev, "is" | "are" | "was" | "were" | "been");
        if !(aux_negation || no_existence) {
            continue;
        }
        // "is not going to ...": a future, like "will not".
        let future = toks.get(i + 1).is_some_and(|n| n.lower == "going" || n.lower == "gonna");
        if future {
            continue;
        }
        // "Don't forget ...", "Do not moan ...": an imperative has no subject.
        let imperative = i == start || (i == start + 1 && matches!(prev, "do" | "did"));
        if imperative {
            continue;
        }
        let verb = toks[i + 1..].iter().find(|x| {
            !matches!(
                x.lower.as_str(),
                "really" | "even" | "actually" | "ever" | "yet" | "necessarily" | "always" | "just"
            )
        });
        if verb.is_some_and(|v| has(v, class::OPINION)) {
            continue;
        }
        return true;
    }
    false
}

// ----------------------------------------------------------------------
// stance_toward
// ----------------------------------------------------------------------

/// Claim analysis: its key terms and its own polarity.
struct ClaimInfo {
    keys: KeyTerms,
    /// The claim itself is a denial or debunk ("X a fake", "No, X did not ...").
    negative: bool,
}

fn analyze_claim(claim: &str) -> ClaimInfo {
    let lex = &*LEX;
    let toks = tokens(claim);
    let mut terms = FastSet::default();
    for t in &toks {
        if t.punct || has(t, class::STOP) {
            continue;
        }
        if lex.is_signal_word(t) {
            continue;
        }
        if t.lower.chars().count() < 2 && !t.lower.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        terms.insert(t.stem.clone());
    }
    let sig = sentence_signals(&toks, None);
    // Negation in a subordinate clause ("a panel that didn't include women") is part of
    // the claimed event, not a denial of it: only main-clause negation flips polarity.
    // A question with alternatives ("Real or hoax?", "Fake or freak?") takes no side;
    // a plain "Is X a hoax?" leans towards the hoax, as headlines do.
    let question = toks.iter().any(|t| t.lower == "?");
    let alternatives = toks.iter().enumerate().any(|(i, t)| {
        t.lower == "or"
            && toks[i.saturating_sub(2)..toks.len().min(i + 3)].iter().any(|x| lex.is_debunk(x) || has(x, class::TRUTH))
    });
    let negative = !(question && alternatives) && (sig.denial > sig.assert_strong || main_clause_negation(&toks));
    let claim_stems = toks.iter().filter(|t| !t.punct).map(|t| t.stem.clone()).collect();
    let claim_has_negation = !negative && toks.iter().any(|t| lex.is_negator(t));
    let question_tail = toks.windows(2).find(|w| w[1].lower == "?" && !w[0].punct).map(|w| w[0].stem.clone());
    ClaimInfo { keys: KeyTerms { terms, claim_stems, question_tail, claim_has_negation }, negative }
}

fn main_clause_negation(toks: &[Tok]) -> bool {
    let lex = &*LEX;
    for (i, t) in toks.iter().enumerate() {
        if subordinator(t) {
            return false;
        }
        // "No, ..." is counted as a denial by `sentence_signals`; "no" elsewhere
        // quantifies ("no women") rather than negating the claim. A quoted negation is
        // a slogan ("Hands up, don't shoot"); one after a comma or "but" is a contrast
        // ("in Nevada, not Texas").
        let contrast = i > 0 && (toks[i - 1].punct || toks[i - 1].lower == "but");
        if lex.is_negator(t) && !t.quoted && !contrast && !matches!(t.lower.as_str(), "no" | "nor" | "neither" | "none")
        {
            // A negated debunk word ("not fake") asserts; it is handled as such.
            let next_debunk =
                toks[i + 1..toks.len().min(i + 4)].iter().any(|x| lex.is_debunk(x) || has(x, class::TRUTH));
            return !next_debunk;
        }
    }
    false
}

/// Hand-set weights of `stance_toward`, kept together so they stay few and visible.
mod tune {
    /// Minimum share of the claim's key terms found in the text to call it related.
    pub const RELATED_MIN: f32 = 0.1;
    /// The same for texts longer than `SHORT_SENTENCES`.
    pub const RELATED_MIN_LONG: f32 = 0.2;
    /// A sentence is "about the claim" when its relevance is at least this share
    /// of the best sentence's relevance.
    pub const SENT_REL_SHARE: f32 = 0.5;
    /// Weight of signals in sentences next to a relevant one.
    pub const NEIGHBOUR: f32 = 0.5;
    /// Weight of signals elsewhere in the text (the whole article is usually on topic).
    pub const BACKGROUND: f32 = 0.15;
    /// Texts of at most this many sentences (headlines, teasers) are one unit.
    pub const SHORT_SENTENCES: usize = 2;
    /// Denial evidence that makes the text a denial.
    pub const DENIAL_MIN: f32 = 0.5;
    /// Hedge evidence that makes the text neutral.
    pub const HEDGE_MIN: f32 = 0.6;
    /// Weight of a negation over a key term, and of another main-clause negation.
    pub const NEG_EVENT: f32 = 0.6;
    pub const NEG_MAIN: f32 = 0.3;
    /// Weight of weak assertion words ("confirmed") against denial and hedges.
    pub const ASSERT_WEAK: f32 = 0.5;
    /// Weight of attribution words ("says") as hedges.
    pub const ATTRIBUTION: f32 = 0.75;
}

/// The evidence behind a [`stance_toward`] decision, for explanations and debugging.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StanceEvidence {
    /// Share of the claim's key terms that occur in the text.
    pub relatedness: f32,
    /// Weighted denial evidence of the text (its own polarity, before composition).
    pub denial: f32,
    /// Weighted hedge / attribution evidence.
    pub hedge: f32,
    /// Weighted assertion evidence.
    pub assertion: f32,
    /// Total weight of the text's sentences (1 per sentence about the claim, less for
    /// the others); the evidence above is divided by its square root.
    pub weight: f32,
    /// The claim is itself a denial, so the text's polarity is flipped.
    pub claim_negative: bool,
    /// The resulting stance.
    pub stance: Stance,
}

/// Stance of a text towards a claim: does `text` assert the claim ([`Stance::Claim`]),
/// deny or debunk it ([`Stance::Denial`]), or report it without taking a side or talk
/// about something else ([`Stance::Neutral`])?
///
/// The claim's content words are its key terms. Each sentence of the text gets a
/// relevance from the key terms it contains, weighted by their rarity across the
/// text's sentences; denial, hedge and assertion signals are summed over the relevant
/// sentences (their neighbours and the rest of the text count less). The text's own
/// polarity is then composed with the claim's: a text that debunks a claim which is
/// itself a debunk ("X is a hoax") agrees with it.
pub fn stance_toward(claim: &str, text: &str) -> Stance {
    stance_evidence(claim, text).stance
}

/// [`stance_toward`] with the evidence it weighed.
pub fn stance_evidence(claim: &str, text: &str) -> StanceEvidence {
    evidence_traced(claim, text, None)
}

/// A readable account of a [`stance_toward`] decision: the claim's key terms and, for
/// every sentence that carries a signal, its weight and signals. For debugging rules.
pub fn explain_toward(claim: &str, text: &str) -> String {
    let mut lines = Vec::new();
    let ev = evidence_traced(claim, text, Some(&mut lines));
    lines.push(format!("=> {ev:?}"));
    lines.join("\n")
}

fn evidence_traced(claim: &str, text: &str, mut trace: Option<&mut Vec<String>>) -> StanceEvidence {
    let info = analyze_claim(claim);
    let mut ev = StanceEvidence {
        relatedness: 0.0,
        denial: 0.0,
        hedge: 0.0,
        assertion: 0.0,
        weight: 0.0,
        claim_negative: info.negative,
        stance: Stance::Neutral,
    };
    if info.keys.terms.is_empty() || text.trim().is_empty() {
        return ev;
    }
    let raw_sents = split_sentences(text);
    let sents: Vec<Vec<Tok>> = raw_sents.iter().map(|s| tokens(s)).collect();
    if sents.is_empty() {
        return ev;
    }
    if let Some(tr) = trace.as_deref_mut() {
        let mut keys: Vec<&String> = info.keys.terms.iter().collect();
        keys.sort();
        tr.push(format!("keys {keys:?} claim_negative={}", info.negative));
    }
    // Key terms present in each sentence, and their sentence frequency.
    let present: Vec<FastSet<&str>> =
        sents.iter().map(|s| s.iter().filter_map(|t| info.keys.key_of(&t.stem)).collect()).collect();
    let mut df: FastMap<&str, usize> = FastMap::default();
    for p in &present {
        for k in p {
            *df.entry(k).or_default() += 1;
        }
    }
    ev.relatedness = df.len() as f32 / info.keys.terms.len() as f32;
    // A long text shares a few words with almost any claim by chance; a headline
    // that shares two is about it.
    let related = if sents.len() <= tune::SHORT_SENTENCES {
        ev.relatedness >= tune::RELATED_MIN || df.len() >= 2
    } else {
        ev.relatedness >= tune::RELATED_MIN_LONG
    };
    if !related {
        return ev;
    }
    // Rarity within the text: a key term found in few sentences points at the
    // sentences that really discuss the claim.
    let n = sents.len() as f32;
    let idf = |t: &str| -> f32 {
        let d = *df.get(t).unwrap_or(&0) as f32;
        ((n + 1.0) / (d + 1.0)).ln() + 1.0
    };
    let rel: Vec<f32> = present.iter().map(|p| p.iter().map(|t| idf(t)).sum::<f32>()).collect();
    let best = rel.iter().copied().fold(0.0f32, f32::max);
    let is_rel = |i: usize| rel[i] > 0.0 && rel[i] >= best * tune::SENT_REL_SHARE;
    let short = sents.len() <= tune::SHORT_SENTENCES;
    let weight: Vec<f32> = (0..sents.len())
        .map(|i| {
            if short {
                1.0
            } else if is_rel(i) {
                rel[i] / best
            } else if (i > 0 && is_rel(i - 1)) || (i + 1 < sents.len() && is_rel(i + 1)) {
                tune::NEIGHBOUR
            } else {
                tune::BACKGROUND
            }
        })
        .collect();
    let (mut den, mut hed, mut ast, mut wsum) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    for (i, (s, w)) in sents.iter().zip(&weight).enumerate() {
        let mut sig = sentence_signals(s, Some(&info.keys));
        if short && headline_source_tag(s, &info.keys) {
            sig.attribution += 1.0;
        }
        if let Some(tr) = trace.as_deref_mut() {
            let quiet = sig.denial
                + sig.withdrawal
                + sig.neg_event
                + sig.neg_main
                + sig.hedge
                + sig.attribution
                + sig.assert_strong
                + sig.assert_weak
                == 0.0
                && !sig.no_side;
            if !quiet || is_rel(i) {
                tr.push(format!("[{i} w={w:.2} rel={:.2}] {sig:?}\n    {}", rel[i], raw_sents[i]));
            }
        }
        let d = sig.denial + sig.withdrawal + tune::NEG_EVENT * sig.neg_event + tune::NEG_MAIN * sig.neg_main;
        let h = sig.hedge + tune::ATTRIBUTION * sig.attribution + if sig.no_side { 1.0 } else { 0.0 };
        let a = sig.assert_strong + tune::ASSERT_WEAK * sig.assert_weak;
        den += w * d.min(2.0);
        hed += w * h.min(2.0);
        ast += w * a.min(2.0);
        wsum += w;
    }
    // Short texts are judged on raw evidence; long ones are damped by their length so
    // that one stray word in a long article weighs less than in a headline.
    ev.weight = wsum;
    let norm = wsum.max(1.0).sqrt();
    ev.denial = den / norm;
    ev.hedge = hed / norm;
    ev.assertion = ast / norm;
    let text_side = if ev.denial >= tune::DENIAL_MIN && ev.denial > ev.assertion {
        Stance::Denial
    } else if ev.hedge >= tune::HEDGE_MIN && ev.assertion < ev.hedge {
        Stance::Neutral
    } else {
        Stance::Claim
    };
    ev.stance = if info.negative {
        match text_side {
            Stance::Denial => Stance::Claim,
            Stance::Claim => Stance::Denial,
            Stance::Neutral => Stance::Neutral,
        }
    } else {
        text_side
    };
    ev
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_unique(name: &str, list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{name}: {:?} before {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn lexicon_lists_are_sorted() {
        let lists: &[(&str, &[&str])] = &[
            ("ASSERTION_WORDS", ASSERTION_WORDS),
            ("ATTRIBUTION_WORDS", ATTRIBUTION_WORDS),
            ("ATTRIBUTIVE_SENSITIVE", ATTRIBUTIVE_SENSITIVE),
            ("DEBUNK_EXACT_FORMS", DEBUNK_EXACT_FORMS),
            ("DEBUNK_WORDS", DEBUNK_WORDS),
            ("DENIAL_VERBS", DENIAL_VERBS),
            ("DENIAL_VERBS_INFLECTED_ONLY", DENIAL_VERBS_INFLECTED_ONLY),
            ("FORECAST_WORDS", FORECAST_WORDS),
            ("HEDGES", HEDGES),
            ("SOURCE_NOUNS", SOURCE_NOUNS),
            ("HEDGE_PHRASES", HEDGE_PHRASES),
            ("NEGATORS", NEGATORS),
            ("OPINION_VERBS", OPINION_VERBS),
            ("AMBIGUOUS_DENIAL_VERBS", AMBIGUOUS_DENIAL_VERBS),
            ("NEUTRAL_PHRASES", NEUTRAL_PHRASES),
            ("NON_DENIAL_PHRASES", NON_DENIAL_PHRASES),
            ("REFUTATION_ADJECTIVES", REFUTATION_ADJECTIVES),
            ("REFUTATION_PHRASES", REFUTATION_PHRASES),
            ("STOPWORDS", STOPWORDS),
            ("STORY_NOUNS", STORY_NOUNS),
            ("TRUTH_WORDS", TRUTH_WORDS),
            ("WITHDRAWAL_WORDS", WITHDRAWAL_WORDS),
        ];
        for (name, list) in lists {
            sorted_unique(name, list);
        }
        let forms: Vec<&str> = IRREGULAR_LEMMAS.iter().map(|(f, _)| *f).collect();
        sorted_unique("IRREGULAR_LEMMAS", &forms);
    }

    #[test]
    fn stems_join_inflections() {
        for (a, b) in [
            ("deny", "denied"),
            ("deny", "denies"),
            ("deny", "denying"),
            ("dismiss", "dismissed"),
            ("refute", "refuted"),
            ("reject", "rejects"),
            ("hoax", "hoaxes"),
            ("fake", "faked"),
            ("die", "dead"),
            ("arrest", "arrested"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
    }

    #[test]
    fn denial_cues_and_contents() {
        assert_eq!(statement_stance("denied", "that the talks had taken place"), Stance::Denial);
        assert_eq!(statement_stance("said", "he denied that the talks had taken place"), Stance::Denial);
        assert_eq!(statement_stance("dismissed", "the reports as baseless"), Stance::Denial);
        assert_eq!(statement_stance("said", "the ministry dismissed the reports as baseless"), Stance::Denial);
        assert_eq!(statement_stance("said", "the accusations were based on \"unfounded\" information"), Stance::Denial);
        assert_eq!(statement_stance("rejects", "the allegation"), Stance::Denial);
        assert_eq!(statement_stance("refuted", "the claims"), Stance::Denial);
        assert_eq!(statement_stance("said", "the story is not true"), Stance::Denial);
        assert_eq!(statement_stance("told reporters", "there was no evidence of any leak"), Stance::Denial);
        assert_eq!(statement_stance("said", "our troops never crossed the border"), Stance::Denial);
    }

    #[test]
    fn accusing_someone_of_deceit_is_a_claim_not_a_denial() {
        assert_eq!(
            statement_stance("claimed", "Moscow had started conducting a social media disinformation campaign"),
            Stance::Claim
        );
        assert_eq!(
            statement_stance("claimed", "actors are starting to fabricate provocations in state media"),
            Stance::Claim
        );
        assert_eq!(statement_stance("said", "the accusations were based on \"unfounded\" information"), Stance::Denial);
        assert_eq!(statement_stance("said", "the report was a hoax"), Stance::Denial);
    }

    #[test]
    fn claims_are_not_denials() {
        assert_eq!(statement_stance("claimed", "Moscow is planning a \"false flag\" operation"), Stance::Claim);
        assert_eq!(statement_stance("insists", "its deployments are defensive"), Stance::Claim);
        assert_eq!(statement_stance("said", "the suspect used a fake ID to board the plane"), Stance::Claim);
        assert_eq!(statement_stance("was quoted by the agency as saying", "the army will withdraw"), Stance::Claim);
        // A refusal of intent is not a denial of a reported fact.
        assert_eq!(statement_stance("said", "we will not surrender"), Stance::Claim);
    }

    #[test]
    fn no_side_statements_are_neutral() {
        assert_eq!(statement_stance("declined to comment", "on the reports"), Stance::Neutral);
        assert_eq!(statement_stance("said", "it would neither confirm nor deny the reports"), Stance::Neutral);
        assert_eq!(statement_stance("asked", "whether the troops would stay"), Stance::Neutral);
        assert_eq!(statement_stance("did not deny", "the report"), Stance::Neutral);
        assert_eq!(statement_stance("would not say", "whether he was interviewed"), Stance::Neutral);
        assert_eq!(statement_stance("isn’t saying", "what techniques he would support"), Stance::Neutral);
        assert_eq!(statement_stance("said", "what he wants is a deal"), Stance::Claim);
        assert_eq!(statement_stance("did not mention", "his opponents by name"), Stance::Neutral);
        assert_eq!(statement_stance("never mentioned", "the man who beat him"), Stance::Neutral);
        assert_eq!(statement_stance("mentioned", "the man who beat him"), Stance::Claim);
    }

    #[test]
    fn stance_toward_headlines() {
        let claim = "Banksy was arrested in London";
        assert_eq!(stance_toward(claim, "Graffiti artist Banksy arrested in London"), Stance::Claim);
        assert_eq!(stance_toward(claim, "No, Banksy hasn't been arrested"), Stance::Denial);
        assert_eq!(stance_toward(claim, "Banksy arrest story is a hoax"), Stance::Denial);
        assert_eq!(stance_toward(claim, "Police deny reports that Banksy was arrested"), Stance::Denial);
        assert_eq!(stance_toward(claim, "Banksy reportedly arrested in London, sources say"), Stance::Neutral);
        assert_eq!(stance_toward(claim, "Was Banksy arrested in London?"), Stance::Neutral);
        assert_eq!(stance_toward(claim, "Stock markets fell sharply on Monday"), Stance::Neutral);
    }

    #[test]
    fn negative_claims_flip() {
        let claim = "The three-breasted woman is a hoax";
        assert_eq!(stance_toward(claim, "The three-breasted woman was a hoax, police records show"), Stance::Claim);
        assert_eq!(
            stance_toward(
                claim,
                "A woman had surgery to get a third breast. The three-breasted woman wants a TV show."
            ),
            Stance::Denial
        );
        // Negation inside a relative clause is part of the claimed event.
        let claim = "ESPN planned a panel that didn't include any women";
        assert_eq!(stance_toward(claim, "ESPN panel on domestic violence includes no women"), Stance::Claim);
    }

    #[test]
    fn long_text_scopes_to_claim_sentences() {
        let claim = "Christian Bale will play Steve Jobs";
        let text = "The weather was fine in Los Angeles. Studio executives met on Monday. \
                    Christian Bale will not play Steve Jobs after all, the studio said. \
                    A spokesman for Bale denied reports that the actor had signed to play Jobs. \
                    The film is still planned for next year. Nobody knows who the director is.";
        assert_eq!(stance_toward(claim, text), Stance::Denial);
    }

    #[test]
    fn empty_inputs_do_not_panic() {
        assert_eq!(statement_stance("", ""), Stance::Claim);
        assert_eq!(stance_toward("", ""), Stance::Neutral);
        assert_eq!(stance_toward("claim", ""), Stance::Neutral);
        assert_eq!(stance_toward("", "text"), Stance::Neutral);
        assert_eq!(stance_toward("?!", "... ?!"), Stance::Neutral);
        let _ = stance_toward("é’ü", "’’ é. Ü! ?");
    }

    #[test]
    fn rule_details() {
        // A passive "was denied" is a refusal, not a denial of the story.
        assert_eq!(statement_stance("said", "their request to adopt was denied in 1993"), Stance::Claim);
        // "denies hoax claims" defends the story; "dismissed ... as a hoax" attacks it.
        assert_eq!(statement_stance("said", "she denies hoax claims"), Stance::Claim);
        assert_eq!(statement_stance("said", "police dismissed the photo as a hoax"), Stance::Denial);
        // Debunking the hoax itself is a denial.
        assert_eq!(
            stance_toward("A turkey farm was contaminated with Ebola", "USDA debunks the turkey Ebola hoax"),
            Stance::Denial
        );
        // Negated debunk words assert.
        assert_eq!(
            stance_toward("Woman has a third breast", "Woman insists her third breast is not fake"),
            Stance::Claim
        );
        // Withdrawal from the claimed role.
        assert_eq!(
            stance_toward("Christian Bale to play Steve Jobs", "Christian Bale drops out of Steve Jobs biopic"),
            Stance::Denial
        );
        // A headline that names its source in a tag only reports.
        assert_eq!(
            stance_toward("Apple Watch will cost 950 dollars", "Analyst: Apple Watch to cost 950 dollars"),
            Stance::Neutral
        );
        assert_eq!(
            stance_toward("Tesla will build its factory in Nevada", "Tesla settles on Nevada for factory site -CNBC"),
            Stance::Neutral
        );
        // A quoted slogan's negation does not make the claim a denial.
        assert_eq!(
            stance_toward(
                "Protesters in Hong Kong adopted \"hands up, don't shoot\"",
                "Hong Kong protesters use \"hands up, don't shoot\" gesture"
            ),
            Stance::Claim
        );
        // Compound words match their claim term: "Crabzilla" / "crab".
        assert_eq!(stance_toward("A giant crab was photographed in Kent", "Crabzilla photo is a hoax"), Stance::Denial);
    }

    #[test]
    fn statement_negation_scope() {
        // Conditions, imperatives, opinions and futures deny no reported fact.
        for (cue, content) in [
            ("said", "if we don't expand our reach, we will lose"),
            ("said", "Don't forget the voters in Ohio"),
            ("said", "\"I don't think it's going anywhere\""),
            ("said", "we are not going to speak to the content of these documents"),
            ("said", "the plan, which was not popular, passed"),
            ("rejected", "the offer of a second debate"),
            ("falsely suggested", "that the senator was born abroad"),
        ] {
            assert_eq!(statement_stance(cue, content), Stance::Claim, "{cue} / {content}");
        }
        // A negated event at the head of the content is a denial.
        for (cue, content) in [
            ("said", "Gates was not working for the party"),
            ("said", "he has not held fundraising dinners"),
            ("insisted", "she never sent the questions to the campaign"),
            ("said", "there was no deal with the company"),
        ] {
            assert_eq!(statement_stance(cue, content), Stance::Denial, "{cue} / {content}");
        }
        assert_eq!(statement_stance("declined", "to comment"), Stance::Neutral);
        assert_eq!(statement_stance("declined", "to say whether the talks had failed"), Stance::Neutral);
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in ('\u{2000}'..='\u{206f}').chain(['a', 'Z', '5', 'é', 'ß', '٣', ' ', '-']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn arbitrary_text_does_not_panic() {
        // Deterministic pseudo-random strings over tricky characters: quotes,
        // apostrophes, dashes, multi-byte letters, sentence ends, digits.
        const ALPHABET: &[&str] = &[
            "a", "B", "é", "Ü", "ß", "’", "'", "‘", "\"", "“", "”", "-", " - ", "—", ".", "?", "!", ",", ":", " ",
            "\n", "1", "n't", "not ", "no, ", "hoax", "fake ", "denied ", "U.S.", "?!", "…", "中", "🙂", "said ",
            "that ",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..500 {
            let len = (next() % 60) as usize;
            let s: String = (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect();
            let half = s.char_indices().nth(len / 2).map_or(0, |(i, _)| i);
            let (a, b) = s.split_at(half);
            let _ = statement_stance(a, b);
            let _ = stance_toward(a, b);
            let _ = stance_toward(b, &s);
            let _ = explain_toward(&s, a);
        }
    }

    #[test]
    fn serde_and_labels() {
        assert_eq!(Stance::Denial.as_str(), "denial");
        assert_eq!(serde_json::to_string(&Stance::Claim).unwrap(), "\"claim\"");
        let s: Stance = serde_json::from_str("\"neutral\"").unwrap();
        assert_eq!(s, Stance::Neutral);
    }
}

//! Lexical claim similarity: text features, corpus IDF statistics, one blended score, and a candidate index.
//!
//! The pipeline is: [`Features::new`] normalizes a text once (Unicode compatibility folding,
//! accent stripping, case folding, URL/hashtag/mention handling, number canonicalization,
//! stopwords, negation cues, Snowball stemming, character shingles); [`Idf`] holds document
//! frequencies of stems and shingles; [`similarity`] blends several lexical views of a pair
//! into one 0..=1 score; [`CandidateIndex`] proposes a bounded number of ids worth scoring so
//! that grouping never compares all pairs.
//!
//! The blend: char 3-4-gram TF-IDF cosine 0.40, soft IDF-weighted coverage of the better-
//! and the less-covered side 0.30 + 0.20 (stems match exactly or, with reduced credit, by
//! strsim Jaro-Winkler), IDF-weighted stem cosine 0.05, strsim Levenshtein over the stem
//! sequences 0.05; then mild multiplicative penalties for a one-sided negation and for
//! disagreeing numbers. On the shared dev pairs (`examples/pairs_eval.rs`, IDF from the
//! scored texts) this gives ROC AUC 0.878 and best-threshold F1 0.802 overall (CheckThat
//! 0.926, Emergent 0.889); `examples/vclaims_map.rs` gives MAP@5 0.796 on CheckThat tweets.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Statements scoring at or above this join one claim group.
///
/// On the dev pairs the best-F1 threshold is 0.18 (F1 0.801 overall); 0.20 gives up 0.004 F1
/// for precision: on the claim-matching sources (Emergent, CheckThat) precision 0.94 and
/// recall 0.83 at 0.20, against 0.92 / 0.86 at 0.18. Grouping chains merges, so a false
/// merge costs more than a missed one, which stays visible as "related".
pub const MERGE_THRESHOLD: f64 = 0.20;

/// Statements scoring at or above this (and below [`MERGE_THRESHOLD`]) are "related":
/// same topic or a partial paraphrase, shown together but not merged.
///
/// On dev, 99% of random unrelated pairs score below 0.12 and 96% of same-claim pairs
/// score above it, so the related band catches most paraphrases that miss the merge line
/// while keeping chance overlaps out.
pub const RELATED_THRESHOLD: f64 = 0.12;

/// Fewest distinct content words (stems that are not stopwords or negations) a text needs
/// to be grouped at all: below this, overlap is mostly chance ("He said no.").
pub const MIN_CONTENT_WORDS: usize = 3;

// Blend weights of the parts. They sum to 1, so identical texts score exactly 1.0 and the
// score stays in 0..=1. Chosen by a coarse grid search (steps of 0.05-0.1) maximizing
// best-threshold F1 on the dev pairs; neighbouring grid points score within 0.002 F1, so
// these are a plateau, not a knife edge. `examples/pairs_eval.rs --parts` dumps the parts.
const W_WORD_COSINE: f64 = 0.05;
const W_CHAR_COSINE: f64 = 0.40;
const W_COVER_MAX: f64 = 0.30;
const W_COVER_MIN: f64 = 0.20;
const W_TOKEN_EDIT: f64 = 0.05;

/// Score multiplier loss when exactly one side carries a negation cue ("will" vs "will
/// not"). Kept mild on purpose: a headline denying a claim still belongs to that claim's
/// group (the stance module tells them apart), and on dev any larger value only cost F1;
/// it keeps a bare negation from scoring as a twin.
const NEGATION_PENALTY: f64 = 0.10;
/// Score multiplier loss, scaled by the share of unmatched numbers (years excluded), when
/// both sides give numbers and they disagree ("19 million" vs "24 million", "kills 3" vs
/// "kills 7"). Multiplicative so it only moves pairs that are otherwise alike; on dev it
/// separates "same event, different figures" headline pairs (best F1 from 0.798 to 0.802).
const NUMBER_PENALTY: f64 = 0.40;

/// Soft token matching: distinct stems that are not identical still count as matched when
/// their Jaro-Winkler similarity reaches this (spelling variants, transliterations, typos).
const SOFT_MATCH_MIN: f64 = 0.90;
/// Credit a soft match earns relative to an exact one, so near-misses never beat identity.
const SOFT_MATCH_CREDIT: f64 = 0.8;
/// Both stems must be at least this long to soft-match: short stems collide too easily.
const SOFT_MATCH_MIN_LEN: usize = 5;

/// Character shingle lengths (inclusive) for the char TF-IDF cosine. 3-4 beat 3-5, 2-4,
/// 4-6 on dev, and fewer lengths mean fewer keys.
const SHINGLE_MIN: usize = 3;
const SHINGLE_MAX: usize = 4;

/// English function words carrying no claim content. Sorted and deduplicated (a test checks)
/// so lookups can binary-search. Negation words are deliberately absent: see [`NEGATIONS`].
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "all", "also", "am", "amp", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "d", "did", "do", "does", "doing", "down", "during", "each",
    "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "itself", "just", "ll", "m", "may", "me", "might", "more", "most", "must", "my",
    "myself", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "re", "rt", "s", "same", "shall", "she", "should", "so",
    "some", "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "ve", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself",
    "yourselves",
];

/// Grammatical negation cues (after contraction splitting, so "didn't" yields "not").
/// Sorted and deduplicated. They are not content words; they only feed the negation penalty.
#[rustfmt::skip]
const NEGATIONS: &[&str] = &[
    "cannot", "neither", "never", "no", "nobody", "none", "nor", "not", "nothing", "nowhere",
    "without",
];

/// Spelled-out numbers mapped to digits so "six days" matches "6 days". Sorted by word.
/// "one" is left out on purpose: it is far more often a pronoun than a count.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("eight", 8),
    ("eighteen", 18),
    ("eighty", 80),
    ("eleven", 11),
    ("fifteen", 15),
    ("fifty", 50),
    ("five", 5),
    ("forty", 40),
    ("four", 4),
    ("fourteen", 14),
    ("nine", 9),
    ("nineteen", 19),
    ("ninety", 90),
    ("seven", 7),
    ("seventeen", 17),
    ("seventy", 70),
    ("six", 6),
    ("sixteen", 16),
    ("sixty", 60),
    ("ten", 10),
    ("thirteen", 13),
    ("thirty", 30),
    ("three", 3),
    ("twelve", 12),
    ("twenty", 20),
    ("two", 2),
    ("zero", 0),
];

/// Scale words after a number ("19 million", "$2bn", "500k"). Sorted by word.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("b", 1e9),
    ("billion", 1e9),
    ("bln", 1e9),
    ("bn", 1e9),
    ("hundred", 1e2),
    ("k", 1e3),
    ("m", 1e6),
    ("million", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("thousand", 1e3),
    ("trillion", 1e12),
];

/// Suffixes glued to a number that do not change its value ("1990s", "21st").
const NUMBER_SUFFIXES: &[&str] = &["nd", "rd", "s", "st", "th"];

// Hash namespaces keep stems and shingles apart inside one frequency table.
const NS_STEM: u64 = 0x5354_454d_0000_0001;
const NS_SHINGLE: u64 = 0x5348_494e_0000_0002;
const NS_NORM: u64 = 0x4e4f_524d_0000_0003;

/// A fast hasher for keys that are already well-mixed 64-bit hashes or small integers.
/// SipHash would dominate the cost of every lookup in the hot loops here.
#[derive(Default, Clone, Copy)]
pub(crate) struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix64(self.0 ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = mix64(self.0 ^ n);
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = mix64(self.0 ^ u64::from(n));
    }
}

type MixState = BuildHasherDefault<MixHasher>;

/// Hash maps keyed by ids or hashes, with [`MixHasher`] (grouping's maps of statement ids).
pub(crate) type FastMap<K, V> = HashMap<K, V, MixState>;
/// Sets of ids or hashes, with [`MixHasher`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, MixState>;

/// SplitMix64 finalizer: spreads every input bit over the whole word.
fn mix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Stable 64-bit hash of a string (FNV-1a then mixed). Stable across runs and Rust versions,
/// which matters because [`Idf`] counts are serialized and restored by these keys.
fn hash_str(ns: u64, s: &str) -> u64 {
    mix64(fnv_bytes(0xcbf2_9ce4_8422_2325 ^ ns, s.as_bytes()))
}

/// FNV-1a over `bytes`, from the state `h`.
fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// FNV-1a as a `Hasher`, for tables keyed by short words (SipHash costs more than the
/// lookup itself there).
#[derive(Clone, Copy)]
struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv_bytes(self.0, bytes);
    }
}

type FnvState = BuildHasherDefault<FnvHasher>;

/// A stem as [`Features`] keep it (shared with the memo that made it) and its hash
/// (`hash_str(NS_STEM, ..)`).
type Stem = (Arc<str>, u64);

/// The Snowball stem of a word and its hash, from a per-thread memo of the words seen lately
/// (stemming is a tenth of preparing a text; a news vocabulary repeats).
#[inline(always)]
fn stem(stemmer: &Stemmer, word: &str) -> Stem {
    thread_local! {
        static STEMS: RefCell<HashMap<String, Stem, FnvState>> = RefCell::new(HashMap::default());
    }
    /// Words remembered per thread before the memo starts again.
    const MAX_STEMS: usize = 10_000;
    STEMS.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some((s, h)) = memo.get(word) {
            return (Arc::clone(s), *h);
        }
        if memo.len() >= MAX_STEMS {
            memo.clear();
        }
        let s: Arc<str> = Arc::from(stemmer.stem(word).as_ref());
        let h = hash_str(NS_STEM, &s);
        memo.insert(word.to_string(), (Arc::clone(&s), h));
        (s, h)
    })
}

/// What a lowercase word is to the matcher, from one table lookup instead of a binary
/// search in each of the word lists.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct WordClass {
    stopword: bool,
    negation: bool,
    number: Option<u32>,
    multiplier: Option<f64>,
}

fn word_class(w: &str) -> WordClass {
    static TABLE: std::sync::OnceLock<HashMap<&'static str, WordClass, FnvState>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: HashMap<&'static str, WordClass, FnvState> = HashMap::default();
        for w in STOPWORDS {
            t.entry(w).or_default().stopword = true;
        }
        for w in NEGATIONS {
            t.entry(w).or_default().negation = true;
        }
        for (w, n) in NUMBER_WORDS {
            t.entry(w).or_default().number = Some(*n);
        }
        for (w, m) in MULTIPLIERS {
            t.entry(w).or_default().multiplier = Some(*m);
        }
        t
    });
    table.get(w).copied().unwrap_or_default()
}

#[cfg(test)]
fn is_stopword(w: &str) -> bool {
    STOPWORDS.binary_search(&w).is_ok()
}

/// A lone ASCII letter ("s" left by a stray apostrophe, an initial) carries no content.
fn is_stray_letter(w: &str) -> bool {
    w.len() == 1 && w.is_ascii()
}

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.binary_search_by(|(k, _)| k.cmp(&w)).ok().map(|i| table[i].1)
}

/// One normalized token; words are byte ranges of [`Tokens::buf`].
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// A word with its [`word_class`], looked up once for the three passes that ask.
    Word(usize, usize, WordClass),
    /// A word that must stay content even if it spells a stopword (acronyms like "U.S.").
    Acronym(usize, usize),
    Num(f64),
}

/// The tokens of a text, their words written one after the other into one string (a
/// `String` per word was most of the allocations of preparing a text).
#[derive(Default)]
struct Tokens {
    buf: String,
    toks: Vec<Tok>,
}

impl Tokens {
    fn text(&self, start: usize, end: usize) -> &str {
        &self.buf[start..end]
    }

    fn push_word(&mut self, w: &str) {
        let start = self.buf.len();
        self.buf.push_str(w);
        self.toks.push(Tok::Word(start, self.buf.len(), word_class(w)));
    }
}

/// Canonical text of a number: integers without decimals, others with at most 3 decimals,
/// so "2.50" and "2.5" agree and "19 million" equals "19,000,000".
fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Unicode folding: compatibility decomposition (full-width forms, ligatures), accents
/// stripped, typographic apostrophes unified. Case is kept for hashtag camel-case splitting.
fn fold(text: &str) -> Vec<char> {
    let unify = |c: char| match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{00b4}' | '`' => '\'',
        _ => c,
    };
    // Decomposition works a character at a time and reordering only within runs of
    // combining characters, which an ASCII character (its own decomposition, never
    // combining) ends: so ASCII passes through as is, and only the runs between ASCII
    // characters go through the (costly) normalizer, with the same result as the whole text.
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        out.extend(rest[..ascii].chars().map(unify));
        rest = &rest[ascii..];
        let other = rest.bytes().position(|b| b.is_ascii()).unwrap_or(rest.len());
        out.extend(rest[..other].nfkd().filter(|c| !is_combining_mark(*c)).map(unify));
        rest = &rest[other..];
    }
    out
}

fn starts_with_at(chars: &[char], i: usize, pat: &str) -> bool {
    let mut k = i;
    for p in pat.chars() {
        match chars.get(k) {
            Some(c) if c.to_ascii_lowercase() == p => k += 1,
            _ => return false,
        }
    }
    true
}

/// Splits a hashtag or handle body at underscores and case/digit boundaries:
/// "AustralianFires" -> ["Australian", "Fires"], "COVID19" -> ["COVID", "19"].
fn split_camel(body: &[char]) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    for (k, &c) in body.iter().enumerate() {
        if c == '_' {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(&p) = k.checked_sub(1).and_then(|j| body.get(j)) {
            let next_lower = body.get(k + 1).is_some_and(|n| n.is_lowercase());
            let boundary = (p.is_lowercase() && c.is_uppercase())
                || (p.is_alphabetic() != c.is_alphabetic() && p != '_')
                || (p.is_uppercase() && c.is_uppercase() && next_lower);
            if boundary && !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// Turns a word (possibly with an inner apostrophe) into lowercase tokens: contractions
/// split ("didn't" -> did + not), possessives dropped, number words mapped to digits.
fn push_word(raw: &str, out: &mut Tokens) {
    // The lowercased word is written where its token will be; what is cut from it is taken
    // back below.
    let start = out.buf.len();
    if raw.is_ascii() {
        out.buf.push_str(raw);
        out.buf[start..].make_ascii_lowercase();
    } else {
        out.buf.push_str(&raw.to_lowercase());
    }
    let lower = &out.buf[start..];
    let mut w = lower;
    let mut negated = false;
    if let Some(base) = w.strip_suffix("n't") {
        negated = true;
        w = match base {
            "ca" => "can",
            "wo" => "will",
            "sha" => "shall",
            _ => base,
        };
    } else if let Some(pos) = w.find('\'') {
        let suffix = &w[pos + 1..];
        if matches!(suffix, "s" | "re" | "ve" | "ll" | "d" | "m") {
            w = &w[..pos];
        }
    }
    // The lowercased word itself when nothing was cut or dropped (most words): kept in place.
    let whole = std::ptr::eq(w, lower) && !w.contains('\'');
    if !whole {
        let cut: String = w.chars().filter(|&c| c != '\'').collect();
        out.buf.truncate(start);
        out.buf.push_str(&cut);
    }
    let w = &out.buf[start..];
    if w == "cannot" {
        out.buf.truncate(start);
        out.push_word("can");
        out.push_word("not");
        return;
    }
    if !w.is_empty() {
        let class = word_class(w);
        match class.number {
            Some(n) => {
                out.buf.truncate(start);
                out.toks.push(Tok::Num(f64::from(n)));
            }
            None => out.toks.push(Tok::Word(start, out.buf.len(), class)),
        }
    }
    if negated {
        out.push_word("not");
    }
}

/// Parses a digit run like "1,000", "2.5", "19" starting at `i`; returns value and end.
fn scan_number(chars: &[char], mut i: usize) -> (f64, usize) {
    let mut digits = String::new();
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            digits.push(c);
            i += 1;
        } else if c == ','
            && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())
            && (1..=3).all(|k| chars.get(i + k).is_some_and(|d| d.is_ascii_digit()))
            && !chars.get(i + 4).is_some_and(|d| d.is_ascii_digit())
        {
            // Thousands separator: exactly three digits follow.
            i += 1;
        } else if c == '.' && !digits.contains('.') && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()) {
            digits.push('.');
            i += 1;
        } else {
            break;
        }
    }
    (digits.parse().unwrap_or(0.0), i)
}

/// Tokenizes folded text. Keeps letters/digits of any script; everything else separates.
fn tokenize(text: &str) -> Tokens {
    let chars = fold(text);
    // In all-caps text "US" is as likely the pronoun as the country (counted only for a text
    // that has one: most have none, and these are two passes over every character).
    let shouting = || {
        let letters = chars.iter().filter(|c| c.is_alphabetic()).count();
        let upper = chars.iter().filter(|c| c.is_uppercase()).count();
        letters > 0 && upper * 2 > letters
    };
    let mut out = Tokens { buf: String::with_capacity(text.len()), toks: Vec::with_capacity(text.len() / 4) };
    // The word being read (reused from word to word).
    let mut word = String::new();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let at_word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        // URLs and media links say nothing comparable about the claim.
        if at_word_start
            && ["http://", "https://", "www.", "pic.twitter.com", "t.co/"].iter().any(|p| starts_with_at(&chars, i, p))
        {
            while i < n && !chars[i].is_whitespace() {
                i += 1;
            }
            continue;
        }
        if (c == '#' || c == '@') && chars.get(i + 1).is_some_and(|d| d.is_alphanumeric()) {
            let start = i + 1;
            i = start;
            while i < n && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            for part in split_camel(&chars[start..i]) {
                if part.chars().all(|d| d.is_ascii_digit()) {
                    out.toks.push(Tok::Num(part.parse().unwrap_or(0.0)));
                } else {
                    push_word(&part, &mut out);
                }
            }
            continue;
        }
        if c == '%' {
            out.push_word("percent");
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let (mut v, mut j) = scan_number(&chars, i);
            // A glued suffix: scale ("500m"), ordinal/plural ("21st", "1990s") or a code ("5g").
            let suf_start = j;
            while j < n && chars[j].is_alphanumeric() {
                j += 1;
            }
            if suf_start == j {
                out.toks.push(Tok::Num(v));
                i = j;
                continue;
            }
            let suffix: String = chars[suf_start..j].iter().collect::<String>().to_lowercase();
            if NUMBER_SUFFIXES.contains(&suffix.as_str()) {
                out.toks.push(Tok::Num(v));
            } else if let Some(m) = lookup(MULTIPLIERS, &suffix) {
                v *= m;
                out.toks.push(Tok::Num(v));
            } else {
                let word: String = chars[i..j].iter().collect();
                out.push_word(&word.to_lowercase());
            }
            i = j;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            // Dotted acronym: "U.S.", "U.K.", "D.C." -> one content token.
            let mut k = i;
            let mut letters_only = String::new();
            while k + 1 < n && chars[k].is_alphabetic() && chars[k + 1] == '.' {
                letters_only.push(chars[k]);
                k += 2;
                if !(k < n && chars[k].is_alphabetic()) {
                    break;
                }
                if k + 1 < n && chars[k + 1].is_alphanumeric() {
                    break;
                }
            }
            if letters_only.chars().count() >= 2 {
                let a = canonical_acronym(&letters_only.to_lowercase());
                let start = out.buf.len();
                out.buf.push_str(&a);
                out.toks.push(Tok::Acronym(start, out.buf.len()));
                i = k;
                continue;
            }
            while i < n
                && (chars[i].is_alphanumeric()
                    || (chars[i] == '\'' && chars.get(i + 1).is_some_and(|d| d.is_alphabetic()) && i > start))
            {
                i += 1;
            }
            word.clear();
            word.extend(&chars[start..i]);
            if word == "US" && !shouting() {
                let start = out.buf.len();
                out.buf.push_str("usa");
                out.toks.push(Tok::Acronym(start, out.buf.len()));
            } else {
                push_word(&word, &mut out);
            }
            continue;
        }
        i += 1;
    }
    merge_multipliers(&mut out);
    out
}

/// "us" spelled with dots is the country, never the pronoun.
fn canonical_acronym(s: &str) -> String {
    match s {
        "us" => "usa".into(),
        _ => s.into(),
    }
}

/// Folds "19 million" into one number token and drops currency-free scale words.
fn merge_multipliers(tokens: &mut Tokens) {
    let toks = &mut tokens.toks;
    // Compacted in place: `kept` tokens are kept so far, the last of them at `kept - 1`.
    let mut kept: usize = 0;
    for i in 0..toks.len() {
        let t = toks[i].clone();
        if let Tok::Word(_, _, class) = t
            && let Some(Tok::Num(v)) = kept.checked_sub(1).map(|k| &mut toks[k])
            && let Some(m) = class.multiplier
        {
            *v *= m;
            continue;
        }
        toks[kept] = t;
        kept += 1;
    }
    toks.truncate(kept);
}

/// A distinct content stem with its count in the text.
#[derive(Clone, Debug)]
struct Term {
    hash: u64,
    tf: f32,
    /// The stem's first character when it may soft-match another ([`soft_key`]).
    soft: Option<char>,
    text: Arc<str>,
}

/// What a stem must share with another to soft-match it: its first character, for a stem
/// long enough and not a number; None for any other.
fn soft_key(stem: &str) -> Option<char> {
    let first = stem.chars().next()?;
    (stem.len() >= SOFT_MATCH_MIN_LEN && !first.is_ascii_digit()).then_some(first)
}

/// A text prepared once for matching: normalized, tokenized, stemmed, shingled.
///
/// Independent of any corpus: the same `Features` can be scored under different [`Idf`]s.
/// It caches its IDF weights for the last `Idf` version it was scored under, so scoring
/// many pairs under a settled `Idf` costs no table lookups after the first call; scoring
/// while the `Idf` keeps growing stays correct but recomputes the weights each time.
#[derive(Debug)]
pub struct Features {
    /// Every token (stopwords and negations included), space-joined: the identity key.
    norm: String,
    /// Content stems in text order, each as its index in `terms` (for order-aware edit
    /// similarity: the same stem, the same index).
    stem_terms: Vec<u32>,
    /// Content words (unstemmed), space-joined (for string similarity and shingles).
    content_text: String,
    /// Distinct content stems sorted by hash.
    terms: Vec<Term>,
    /// Character shingles of the content text: hashes sorted, and their counts (kept as two
    /// compact arrays: at a million statements these are most of the memory).
    shingle_keys: Vec<u64>,
    shingle_tf: Vec<u16>,
    /// Canonical numbers mentioned, sorted and deduplicated.
    numbers: Vec<String>,
    /// Count of negation cues.
    negations: u32,
    /// IDF weights for the `Idf` version last used (see [`Weights`]).
    cache: Mutex<Option<Arc<Weights>>>,
}

impl Clone for Features {
    fn clone(&self) -> Self {
        Features {
            norm: self.norm.clone(),
            stem_terms: self.stem_terms.clone(),
            content_text: self.content_text.clone(),
            terms: self.terms.clone(),
            shingle_keys: self.shingle_keys.clone(),
            shingle_tf: self.shingle_tf.clone(),
            numbers: self.numbers.clone(),
            negations: self.negations,
            cache: Mutex::new(None),
        }
    }
}

/// The `Idf`-dependent half of a text's vectors, aligned with its terms and shingles.
/// Computing it means a hash-table lookup per shingle; caching it makes a similarity call a
/// pair of merge joins.
#[derive(Debug)]
struct Weights {
    /// `Idf::stamp` these weights were computed under.
    stamp: u64,
    term_idf: Vec<f64>,
    /// The sum of `term_idf`: the denominator of this side's coverage in every pair.
    term_idf_sum: f64,
    term_w: Vec<f64>,
    term_norm: f64,
    shingle_w: Vec<f32>,
    shingle_norm: f64,
}

impl Features {
    /// Prepares `text` for matching. Never panics; empty or symbol-only input yields
    /// empty features that score 0.0 against everything.
    pub fn new(text: &str) -> Features {
        thread_local! {
            static STEMMER: Stemmer = Stemmer::create(Algorithm::English);
        }
        let toks = tokenize(text);
        // Every token space-joined, and the content words space-joined, written as they come
        // (not collected and joined: a third fewer allocations here).
        let mut norm = (String::with_capacity(text.len()), 0usize);
        let mut content_text = (String::with_capacity(text.len()), 0usize);
        // As `join(" ")`: a space before every part but the first (even after an empty one).
        let push = |out: &mut (String, usize), w: &str| {
            if out.1 > 0 {
                out.0.push(' ');
            }
            out.0.push_str(w);
            out.1 += 1;
        };
        // Stems with their hashes, in text order.
        let mut stems: Vec<Stem> = Vec::with_capacity(toks.toks.len());
        let mut numbers = Vec::new();
        let mut negations = 0u32;
        STEMMER.with(|stemmer| {
            for t in &toks.toks {
                match *t {
                    Tok::Num(v) => {
                        let s = number_text(v);
                        push(&mut norm, &s);
                        push(&mut content_text, &s);
                        let h = hash_str(NS_STEM, &s);
                        stems.push((Arc::from(s.as_str()), h));
                        numbers.push(s);
                    }
                    Tok::Acronym(a, b) => {
                        let w = toks.text(a, b);
                        push(&mut norm, w);
                        push(&mut content_text, w);
                        stems.push((Arc::from(w), hash_str(NS_STEM, w)));
                    }
                    Tok::Word(a, b, class) => {
                        let w = toks.text(a, b);
                        push(&mut norm, w);
                        if class.negation {
                            negations += 1;
                        } else if !class.stopword && !is_stray_letter(w) {
                            push(&mut content_text, w);
                            stems.push(stem(stemmer, w));
                        }
                    }
                }
            }
        });
        numbers.sort();
        numbers.dedup();

        // Distinct stems sorted by hash, with their counts; each stem's place among them.
        let mut order: Vec<(&Stem, u32)> = stems.iter().zip(0..).collect();
        order.sort_unstable_by(|(x, _), (y, _)| x.1.cmp(&y.1).then_with(|| x.0.cmp(&y.0)));
        let mut terms: Vec<Term> = Vec::with_capacity(order.len());
        let mut stem_terms: Vec<u32> = vec![0; stems.len()];
        for ((text, hash), at) in order {
            match terms.last_mut() {
                Some(t) if t.hash == *hash && t.text == *text => t.tf += 1.0,
                _ => terms.push(Term { hash: *hash, tf: 1.0, soft: soft_key(text), text: Arc::clone(text) }),
            }
            stem_terms[at as usize] = (terms.len() - 1) as u32;
        }
        terms.shrink_to_fit();
        drop(stems);

        // Kept for as long as the statement is a candidate: no spare capacity.
        let (mut norm, mut content_text) = (norm.0, content_text.0);
        norm.shrink_to_fit();
        content_text.shrink_to_fit();
        let (shingle_keys, shingle_tf) = shingle(&content_text);
        Features {
            norm,
            stem_terms,
            content_text,
            terms,
            shingle_keys,
            shingle_tf,
            numbers,
            negations,
            cache: Mutex::new(None),
        }
    }

    /// Drop the IDF weights kept from the last scoring: once the statistics have changed
    /// they would be worked out again anyway, and a candidate kept in memory for thousands
    /// of statements would otherwise hold them all the while (a kilobyte or two each).
    pub fn forget_weights(&self) {
        *self.cache.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// IDF weights under `idf`, from the cache when `idf` has not changed since.
    fn weights(&self, idf: &Idf) -> Arc<Weights> {
        // A poisoned lock only means another thread panicked mid-update of a cache slot
        // that is always replaced whole; the value inside is still consistent.
        let mut slot = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(w) = slot.as_ref().filter(|w| w.stamp == idf.stamp) {
            return Arc::clone(w);
        }
        let term_idf: Vec<f64> = self.terms.iter().map(|t| idf.idf(t.hash)).collect();
        let term_w: Vec<f64> = self.terms.iter().zip(&term_idf).map(|(t, w)| tf_weight(t.tf) * w).collect();
        let by_count = tf_weights();
        let shingle_w: Vec<f32> = self
            .shingle_keys
            .iter()
            .zip(&self.shingle_tf)
            .map(|(h, &tf)| {
                let tf_w = by_count.get(usize::from(tf)).copied().unwrap_or_else(|| tf_weight(f32::from(tf)));
                (tf_w * idf.idf(*h)) as f32
            })
            .collect();
        let w = Arc::new(Weights {
            stamp: idf.stamp,
            term_norm: norm(&term_w),
            shingle_norm: norm(&shingle_w),
            term_idf_sum: term_idf.iter().sum(),
            term_idf,
            term_w,
            shingle_w,
        });
        *slot = Some(Arc::clone(&w));
        w
    }

    /// The normalized token string (folded, lowercased, numbers canonical).
    pub fn normalized(&self) -> &str {
        &self.norm
    }

    /// A stable 64-bit hash of [`Features::normalized`]: texts with the same hash are, but
    /// for a 2^-64 accident, the same wording (wire copies, repeated quotes).
    pub fn identity(&self) -> u64 {
        hash_str(NS_NORM, &self.norm)
    }

    /// Number of distinct content stems.
    pub fn content_words(&self) -> usize {
        self.terms.len()
    }

    /// True when no content survives normalization.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Hashes of the distinct content stems (keys of the [`Idf`] and [`CandidateIndex`]).
    pub fn stem_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.terms.iter().map(|t| t.hash)
    }
}

/// Character n-grams over " word word ", crossing word boundaries so that short phrases
/// ("mass grave") share shingles beyond their single words.
fn shingle(content: &str) -> (Vec<u64>, Vec<u16>) {
    if content.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let padded = format!(" {content} ");
    // Where each character starts (and the end): byte offsets, which in ASCII text are the
    // character positions themselves.
    let bounds: Vec<usize> = if padded.is_ascii() {
        Vec::new()
    } else {
        padded.char_indices().map(|(b, _)| b).chain(std::iter::once(padded.len())).collect()
    };
    let bound = |i: usize| if bounds.is_empty() { i } else { bounds[i] };
    let nchars = if bounds.is_empty() { padded.len() } else { bounds.len() - 1 };
    let mut hs: Vec<u64> = Vec::with_capacity(nchars * (SHINGLE_MAX - SHINGLE_MIN + 1));
    // The shingles starting at one character, shortest first: each longer one continues the
    // hash of the one before it (hash_str of each, without hashing the shared prefix again;
    // the order does not matter, they are sorted below).
    for s in 0..nchars.saturating_sub(SHINGLE_MIN - 1) {
        let mut h = fnv_bytes(0xcbf2_9ce4_8422_2325 ^ NS_SHINGLE, &padded.as_bytes()[bound(s)..bound(s + SHINGLE_MIN)]);
        hs.push(mix64(h));
        for n in SHINGLE_MIN + 1..=SHINGLE_MAX.min(nchars - s) {
            h = fnv_bytes(h, &padded.as_bytes()[bound(s + n - 1)..bound(s + n)]);
            hs.push(mix64(h));
        }
    }
    if hs.is_empty() {
        // Very short content (one or two characters): one shingle of the whole thing.
        hs.push(hash_str(NS_SHINGLE, &padded));
    }
    hs.sort_unstable();
    let mut keys: Vec<u64> = Vec::with_capacity(hs.len());
    let mut tf: Vec<u16> = Vec::with_capacity(hs.len());
    for h in hs {
        if keys.last() == Some(&h) {
            let n = tf.last_mut().expect("tf is aligned with keys");
            *n = n.saturating_add(1);
        } else {
            keys.push(h);
            tf.push(1);
        }
    }
    (keys, tf)
}

/// Corpus statistics the matcher needs (document frequencies of word stems and char
/// shingles); can grow incrementally as statements are added, and be serialized/restored
/// (serde) or rebuilt from stored counts.
///
/// An empty `Idf` is valid: every term then weighs the same (plain TF cosine).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Idf {
    docs: u64,
    df: HashMap<u64, u32, MixState>,
    /// Version tag, new on every change, so [`Features`] know when cached weights are stale.
    #[serde(skip, default = "next_stamp")]
    stamp: u64,
    /// [`Idf::idf`] of the smaller document frequencies under version `by_df_stamp`
    /// ([`Idf::settle`]): scoring weighs every shingle of a text, and the logarithm was most
    /// of that.
    #[serde(skip)]
    by_df: Vec<f64>,
    #[serde(skip)]
    by_df_stamp: u64,
}

/// A process-wide fresh version number for [`Idf::stamp`].
fn next_stamp() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Default for Idf {
    fn default() -> Self {
        Idf { docs: 0, df: HashMap::default(), stamp: next_stamp(), by_df: Vec::new(), by_df_stamp: 0 }
    }
}

impl Idf {
    /// An empty table.
    pub fn new() -> Idf {
        Idf::default()
    }

    /// Rebuilds a table from stored counts (as produced by [`Idf::counts`]).
    pub fn from_counts(doc_count: u64, counts: impl IntoIterator<Item = (u64, u32)>) -> Idf {
        Idf {
            docs: doc_count,
            df: counts.into_iter().collect(),
            stamp: next_stamp(),
            by_df: Vec::new(),
            by_df_stamp: 0,
        }
    }

    /// Counts one document: each distinct stem and shingle once.
    pub fn add_document(&mut self, f: &Features) {
        self.stamp = next_stamp();
        self.docs += 1;
        for t in &f.terms {
            *self.df.entry(t.hash).or_default() += 1;
        }
        for h in &f.shingle_keys {
            *self.df.entry(*h).or_default() += 1;
        }
    }

    /// Counts documents counted ahead ([`DocumentCounts::of`]): the same table as
    /// [`Idf::add_document`] for each of them in turn, one update per distinct key.
    pub fn add_counts(&mut self, counts: &DocumentCounts) {
        if counts.docs == 0 {
            return;
        }
        self.stamp = next_stamp();
        self.docs += counts.docs;
        for &(key, n) in &counts.keys {
            *self.df.entry(key).or_default() += n;
        }
    }

    /// Number of documents counted.
    pub fn doc_count(&self) -> u64 {
        self.docs
    }

    /// Number of distinct keys (stems and shingles) with a count.
    pub fn len(&self) -> usize {
        self.df.len()
    }

    /// True when nothing was counted.
    pub fn is_empty(&self) -> bool {
        self.df.is_empty()
    }

    /// Document frequency of a key (stem or shingle hash).
    pub fn df(&self, key: u64) -> u32 {
        self.df.get(&key).copied().unwrap_or(0)
    }

    /// All (key, document frequency) pairs, for storage.
    pub fn counts(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.df.iter().map(|(k, v)| (*k, *v))
    }

    /// Term weight from document frequency: the smoothed IDF ln((1+N)/(1+df)) + 1, squared.
    /// Never zero, so a term seen in every document still counts a little; unseen terms get
    /// the top weight. Squaring sharpens the contrast between rare names and common words,
    /// which on the dev pairs helped every lexical view (claims hinge on their rare words).
    pub fn idf(&self, key: u64) -> f64 {
        self.idf_of_count(self.df(key))
    }

    /// [`Idf::idf`] of a key whose document frequency ([`Idf::df`]) is `df`.
    pub fn idf_of_count(&self, df: u32) -> f64 {
        if self.by_df_stamp == self.stamp
            && let Some(&w) = self.by_df.get(df as usize)
        {
            return w;
        }
        self.idf_of_df(df)
    }

    fn idf_of_df(&self, df: u32) -> f64 {
        let n = self.docs as f64;
        let df = f64::from(df).min(n);
        let smooth = ((1.0 + n) / (1.0 + df)).ln() + 1.0;
        smooth * smooth
    }

    /// Work out the weights of the smaller document frequencies once, for many
    /// [`Idf::idf`] calls before the next change (the same values).
    pub fn settle(&mut self) {
        /// Document frequencies kept: most keys a text has are rarer than this.
        const KEPT: u32 = 8192;
        if self.by_df_stamp == self.stamp {
            return;
        }
        let by_df: Vec<f64> = (0..KEPT).map(|df| self.idf_of_df(df)).collect();
        self.by_df = by_df;
        self.by_df_stamp = self.stamp;
    }
}

/// What [`Idf::add_document`] would count for a run of documents, worked out ahead (a load
/// does it on the reader's thread, beside extraction): each key with how many of the
/// documents hold it, in the order the keys first occur. [`Idf::add_counts`] then updates
/// the table once per distinct key instead of once per key of every document (a large
/// table, so mostly cache misses: 4-5% of the writer thread's time); inserting the new keys
/// in the order they first occur leaves the table exactly as counting the documents one
/// by one does, down to the order it lists its keys in.
#[derive(Debug, Default)]
pub struct DocumentCounts {
    docs: u64,
    keys: Vec<(u64, u32)>,
}

impl DocumentCounts {
    /// The counts of `docs`, in order.
    pub fn of<'a>(docs: impl IntoIterator<Item = &'a Features>) -> DocumentCounts {
        thread_local! {
            /// Where each key is in `keys`, kept from one call to the next with the number
            /// of keys the last call found: a load counts every batch on the reader's
            /// thread, and a table grown afresh each time (hundreds of thousands of keys)
            /// was rehashed at every doubling, on memory the system had to zero first.
            static SCRATCH: RefCell<(FastMap<u64, usize>, usize)> = RefCell::default();
        }
        SCRATCH.with_borrow_mut(|(at, last)| {
            at.clear();
            let out = DocumentCounts::count(at, *last, docs);
            *last = out.keys.len();
            out
        })
    }

    fn count<'a>(
        at: &mut FastMap<u64, usize>,
        expected: usize,
        docs: impl IntoIterator<Item = &'a Features>,
    ) -> DocumentCounts {
        let mut out = DocumentCounts { docs: 0, keys: Vec::with_capacity(expected + expected / 8) };
        let mut count = |key: u64| match at.entry(key) {
            std::collections::hash_map::Entry::Occupied(e) => out.keys[*e.get()].1 += 1,
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(out.keys.len());
                out.keys.push((key, 1));
            }
        };
        let mut n = 0;
        for f in docs {
            n += 1;
            // As add_document: each distinct stem, then each distinct shingle.
            for t in &f.terms {
                count(t.hash);
            }
            for &h in &f.shingle_keys {
                count(h);
            }
        }
        out.docs = n;
        out
    }

    /// Number of documents counted.
    pub fn docs(&self) -> u64 {
        self.docs
    }
}

/// The lexical views of a pair that [`similarity`] blends, each in 0..=1 and symmetric.
/// Public so callers can explain a match and the eval example can dump them for tuning.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct SimilarityParts {
    /// IDF-weighted cosine of content-stem counts.
    pub word_cosine: f64,
    /// TF-IDF cosine of character 3-4-gram shingles of the content words (robust to
    /// inflection, compounds, hashtags and typos that stemming misses).
    pub char_cosine: f64,
    /// Soft IDF-weighted coverage of the better-covered side: how much of the shorter claim
    /// the other text contains. Stems match exactly, or by strsim Jaro-Winkler with reduced
    /// credit.
    pub cover_max: f64,
    /// The same coverage for the less-covered side.
    pub cover_min: f64,
    /// 1 - strsim normalized Levenshtein distance over the content-stem sequences (word
    /// order aware).
    pub token_edit: f64,
    /// 1.0 when exactly one side carries a negation cue.
    pub negation_mismatch: f64,
    /// Share of numbers without a match, when both sides give numbers; else 0.
    pub number_mismatch: f64,
}

impl SimilarityParts {
    /// The fixed blend: weighted sum of the views, scaled down by the mild penalties.
    pub fn score(&self) -> f64 {
        let s = W_WORD_COSINE * self.word_cosine
            + W_CHAR_COSINE * self.char_cosine
            + W_COVER_MAX * self.cover_max
            + W_COVER_MIN * self.cover_min
            + W_TOKEN_EDIT * self.token_edit;
        let s = s * (1.0 - NEGATION_PENALTY * self.negation_mismatch) * (1.0 - NUMBER_PENALTY * self.number_mismatch);
        s.clamp(0.0, 1.0)
    }
}

/// The one similarity used everywhere: 0.0..=1.0, symmetric, higher = more alike.
pub fn similarity(a: &Features, b: &Features, idf: &Idf) -> f64 {
    if !a.norm.is_empty() && a.norm == b.norm {
        return 1.0;
    }
    similarity_parts(a, b, idf).score()
}

/// The parts behind [`similarity`]; all zero when either side has no content.
pub fn similarity_parts(a: &Features, b: &Features, idf: &Idf) -> SimilarityParts {
    if a.is_empty() || b.is_empty() {
        return SimilarityParts::default();
    }
    // Fixed argument order makes every floating-point sum identical for (a,b) and (b,a).
    let (a, b) = if (&a.norm, &a.content_text) <= (&b.norm, &b.content_text) { (a, b) } else { (b, a) };
    let (wa, wb) = (a.weights(idf), b.weights(idf));

    let word_cosine = cosine(&a.terms, &wa.term_w, wa.term_norm, &b.terms, &wb.term_w, wb.term_norm, |t| t.hash);
    let char_cosine = cosine(
        &a.shingle_keys,
        &wa.shingle_w,
        wa.shingle_norm,
        &b.shingle_keys,
        &wb.shingle_w,
        wb.shingle_norm,
        |&k| k,
    );
    let ca = coverage(&a.terms, &wa, &b.terms);
    let cb = coverage(&b.terms, &wb, &a.terms);

    let longest = a.stem_terms.len().max(b.stem_terms.len()).max(1);
    let token_edit = 1.0 - stem_edit_distance(a, b) as f64 / longest as f64;

    let negation_mismatch = if (a.negations > 0) != (b.negations > 0) { 1.0 } else { 0.0 };
    SimilarityParts {
        word_cosine,
        char_cosine,
        cover_max: ca.max(cb),
        cover_min: ca.min(cb),
        token_edit,
        negation_mismatch,
        number_mismatch: number_mismatch(&a.numbers, &b.numbers),
    }
}

/// The Levenshtein distance between the stem sequences of `a` and `b` (as
/// `strsim::generic_levenshtein` of the stems), with `a`'s stems written as the indexes of the
/// same stems among `b`'s terms, so that it compares integers.
fn stem_edit_distance(a: &Features, b: &Features) -> usize {
    let at = terms_in(&a.terms, &b.terms);
    if b.stem_terms.len() > 64 {
        let sa: Vec<u32> = a.stem_terms.iter().map(|&t| at[t as usize]).collect();
        return strsim::generic_levenshtein(&sa, &b.stem_terms);
    }
    // b has at most as many distinct stems as stems: each stem's positions in b, as bits.
    let mut positions = [0u64; 64];
    for (j, &t) in b.stem_terms.iter().enumerate() {
        positions[t as usize] |= 1 << j;
    }
    let matches = a.stem_terms.iter().map(|&t| positions.get(at[t as usize] as usize).copied().unwrap_or(0));
    levenshtein_bits(matches, b.stem_terms.len())
}

/// Levenshtein distance between a sequence and a pattern of `m` <= 64 items, the sequence
/// given as the positions in the pattern of each of its items, as bits (Myers' bit-parallel
/// algorithm, as Hyyrö words it for a whole-sequence distance): one column of the dynamic
/// programming table in a few word operations instead of `m` cells (the edit distance was a
/// seventh of scoring a pair).
fn levenshtein_bits(matches: impl Iterator<Item = u64>, m: usize) -> usize {
    debug_assert!(m <= 64);
    if m == 0 {
        return matches.count();
    }
    let last = 1u64 << (m - 1);
    // The vertical differences of the column, +1 and -1 (bits above `m` are never read:
    // carries and shifts only move upwards).
    let (mut pv, mut mv) = (u64::MAX, 0u64);
    let mut distance = m;
    for eq in matches {
        let xv = eq | mv;
        let xh = (((eq & pv).wrapping_add(pv)) ^ pv) | eq;
        let ph = mv | !(xh | pv);
        let mh = pv & xh;
        if ph & last != 0 {
            distance += 1;
        } else if mh & last != 0 {
            distance -= 1;
        }
        // The first row grows by one per item of the sequence.
        let ph = (ph << 1) | 1;
        let mh = mh << 1;
        pv = mh | !(xv | ph);
        mv = ph & xv;
    }
    distance
}

/// For each term of `xs`, the index of the same term (hash and text) in `ys`, or `u32::MAX`;
/// both are sorted by hash, then text.
fn terms_in(xs: &[Term], ys: &[Term]) -> Vec<u32> {
    let mut out = Vec::with_capacity(xs.len());
    let mut j = 0;
    for x in xs {
        while j < ys.len() && (ys[j].hash, &*ys[j].text) < (x.hash, &*x.text) {
            j += 1;
        }
        out.push(if j < ys.len() && ys[j].hash == x.hash && ys[j].text == x.text { j as u32 } else { u32::MAX });
    }
    out
}

/// Share of the shorter number list without a match in the other; 0 unless both sides give
/// numbers. Years date a report more than they state its claim ("In May 2018, ..."), so
/// they are left out: a dated fact-check still matches the undated tweet.
fn number_mismatch(a: &[String], b: &[String]) -> f64 {
    let is_year = |n: &&String| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
    let an: Vec<&String> = a.iter().filter(|n| !is_year(n)).collect();
    let bn: Vec<&String> = b.iter().filter(|n| !is_year(n)).collect();
    if an.is_empty() || bn.is_empty() {
        return 0.0;
    }
    let shared = an.iter().filter(|n| bn.contains(n)).count();
    let fewest = an.len().min(bn.len());
    1.0 - shared.min(fewest) as f64 / fewest as f64
}

/// Sublinear term frequency: a word said three times is not three times the claim.
fn tf_weight(tf: f32) -> f64 {
    if tf >= 0.0 && tf < TF_KEPT as f32 && tf.fract() == 0.0 {
        return tf_weights()[tf as usize];
    }
    1.0 + f64::from(tf).ln()
}

/// Counts whose [`tf_weight`] is worked out once (a text's shingles are weighed whenever
/// the statistics change, and nearly all of them occur once).
const TF_KEPT: usize = 64;

/// [`tf_weight`] of each count below [`TF_KEPT`], by count.
fn tf_weights() -> &'static [f64; TF_KEPT] {
    static BY_COUNT: std::sync::OnceLock<[f64; TF_KEPT]> = std::sync::OnceLock::new();
    BY_COUNT.get_or_init(|| std::array::from_fn(|n| 1.0 + f64::from(n as f32).ln()))
}

/// Euclidean norm, accumulated in f64.
fn norm<W: Copy + Into<f64>>(v: &[W]) -> f64 {
    v.iter().map(|&x| x.into() * x.into()).sum::<f64>().sqrt()
}

/// Cosine of two sparse vectors given as hash-sorted keys (`key` of each item) with aligned
/// weights (merge join).
fn cosine<K, W: Copy + Into<f64>>(
    ka: &[K],
    wa: &[W],
    na: f64,
    kb: &[K],
    wb: &[W],
    nb: f64,
    key: impl Fn(&K) -> u64,
) -> f64 {
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j) = (0, 0);
    let mut dot = 0.0;
    while i < ka.len() && j < kb.len() {
        let (ha, hb) = (key(&ka[i]), key(&kb[j]));
        if ha < hb {
            i += 1;
        } else if ha > hb {
            j += 1;
        } else {
            dot += wa[i].into() * wb[j].into();
            i += 1;
            j += 1;
        }
    }
    (dot / (na * nb)).clamp(0.0, 1.0)
}

/// IDF-weighted share of the distinct stems `xs` (weights `w`) found in `ys`.
fn coverage(xs: &[Term], w: &Weights, ys: &[Term]) -> f64 {
    let (term_idf, den) = (&w.term_idf, w.term_idf_sum);
    if den == 0.0 {
        return 0.0;
    }
    // Both sides are sorted by hash: the exact matches are found in one walk.
    let mut j = 0;
    let num: f64 = xs
        .iter()
        .zip(term_idf)
        .map(|(x, w)| {
            while j < ys.len() && ys[j].hash < x.hash {
                j += 1;
            }
            let exact = j < ys.len() && ys[j].hash == x.hash;
            w * if exact { 1.0 } else { soft_credit(x, ys) }
        })
        .sum();
    (num / den).clamp(0.0, 1.0)
}

/// The credit of a stem without an exact match in `ys`: a reduced strsim Jaro-Winkler
/// credit for its best spelling variant there ("Mexico"/"Mexican", "Millan"/"Miilan"), else 0.
fn soft_credit(x: &Term, ys: &[Term]) -> f64 {
    if x.soft.is_none() {
        return 0.0;
    }
    // Worked out for the first stem that passes the cheaper tests.
    let mut letters = None;
    let mut best = 0.0f64;
    for y in ys {
        // Cheap necessary conditions before the quadratic Jaro-Winkler: variants share their
        // first letter, and Jaro >= 0.8 needs a length ratio >= 0.5.
        let (lx, ly) = (x.text.len(), y.text.len());
        if y.soft != x.soft
            || 2 * lx.min(ly) < lx.max(ly)
            || !letters
                .get_or_insert_with(|| LetterCounts::of(&x.text))
                .as_ref()
                .is_none_or(|l| l.may_soft_match(&y.text))
        {
            continue;
        }
        best = best.max(strsim::jaro_winkler(&x.text, &y.text));
    }
    if best >= SOFT_MATCH_MIN { SOFT_MATCH_CREDIT * best } else { 0.0 }
}

/// The letters of an ASCII stem, counted: an upper bound on the matches Jaro can find
/// between it and another, to rule out a soft match without working it out.
struct LetterCounts {
    counts: [u8; 128],
    len: usize,
}

impl LetterCounts {
    /// None for a stem that is not ASCII (or too long to count in bytes).
    fn of(text: &str) -> Option<LetterCounts> {
        if !text.is_ascii() || text.len() > usize::from(u8::MAX) {
            return None;
        }
        let mut counts = [0u8; 128];
        for b in text.bytes() {
            counts[usize::from(b)] += 1;
        }
        Some(LetterCounts { counts, len: text.len() })
    }

    /// False when Jaro-Winkler of the two stems is sure to fall below [`SOFT_MATCH_MIN`]:
    /// Jaro matches at most the `m` characters the two hold in common, so it is at most
    /// (m/|x| + m/|y| + 1)/3, and Winkler's prefix bonus adds at most 0.4 of what is left.
    fn may_soft_match(&self, other: &str) -> bool {
        if !other.is_ascii() {
            return true;
        }
        let mut left = self.counts;
        let mut m = 0usize;
        for b in other.bytes() {
            let n = &mut left[usize::from(b)];
            if *n > 0 {
                *n -= 1;
                m += 1;
            }
        }
        let m = m as f64;
        let jaro = (m / self.len as f64 + m / other.len() as f64 + 1.0) / 3.0;
        // A hair of slack, so that rounding cannot rule out a pair at the line.
        jaro + 0.4 * (1.0 - jaro) >= SOFT_MATCH_MIN - 1e-9
    }
}

/// True when the text has enough content words to be grouped at all.
pub fn is_groupable(f: &Features) -> bool {
    f.content_words() >= MIN_CONTENT_WORDS
}

/// One stem's posting list, or a marker that the stem became too common to index.
#[derive(Clone, Debug)]
enum Posting {
    Open(Vec<u32>),
    Saturated,
}

/// Candidate index: never compare every pair. An inverted index on content stems that
/// returns candidate ids for a query with bounded work, so grouping 1M statements stays
/// near-linear.
///
/// Bounds: a stem whose posting list outgrows `max_postings` is dropped (it has become a
/// stopword of this corpus and would cost every query); a query reads its stems rarest
/// first and stops after `budget` postings; a document indexes at most `max_keys` stems
/// (its rarest ones). Candidates are ranked by the summed rarity of the stems they share.
///
/// Costs (see `examples/similarity_bench.rs`): about 4 bytes per indexed stem; queries use
/// a per-thread scratch array of 4 bytes per document, so `candidates` can run from many
/// threads at once (`&self`). The caller scores the candidates with [`similarity`] and
/// filters its own id out.
#[derive(Clone, Debug)]
pub struct CandidateIndex {
    ids: Vec<i64>,
    postings: HashMap<u64, Posting, MixState>,
    max_postings: usize,
    budget: usize,
    max_keys: usize,
}

impl Default for CandidateIndex {
    fn default() -> Self {
        Self::new()
    }
}

impl CandidateIndex {
    /// Default bounds, sized so a query costs well under a millisecond at 1M statements.
    pub const DEFAULT_MAX_POSTINGS: usize = 10_000;
    /// Default posting budget per query.
    pub const DEFAULT_BUDGET: usize = 20_000;
    /// Default number of stems indexed per document.
    pub const DEFAULT_MAX_KEYS: usize = 48;

    /// An empty index with default bounds.
    pub fn new() -> CandidateIndex {
        Self::with_limits(Self::DEFAULT_MAX_POSTINGS, Self::DEFAULT_BUDGET, Self::DEFAULT_MAX_KEYS)
    }

    /// An empty index with explicit bounds (see the type docs).
    pub fn with_limits(max_postings: usize, budget: usize, max_keys: usize) -> CandidateIndex {
        CandidateIndex {
            ids: Vec::new(),
            postings: HashMap::default(),
            max_postings: max_postings.max(1),
            budget: budget.max(1),
            max_keys: max_keys.max(1),
        }
    }

    /// Number of inserted documents.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when nothing was inserted.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    fn posting_len(&self, key: u64) -> usize {
        match self.postings.get(&key) {
            Some(Posting::Open(v)) => v.len(),
            Some(Posting::Saturated) => usize::MAX,
            None => 0,
        }
    }

    /// Adds a document under `id`. Texts without content are not indexed (never returned).
    pub fn insert(&mut self, id: i64, f: &Features) {
        if f.is_empty() {
            return;
        }
        let doc = u32::try_from(self.ids.len()).expect("CandidateIndex holds at most 2^32 documents");
        self.ids.push(id);
        let mut keys: Vec<u64> = f.stem_hashes().collect();
        if keys.len() > self.max_keys {
            keys.sort_by_cached_key(|k| (self.posting_len(*k), *k));
            keys.truncate(self.max_keys);
        }
        for key in keys {
            let entry = self.postings.entry(key).or_insert_with(|| Posting::Open(Vec::new()));
            if let Posting::Open(list) = entry {
                list.push(doc);
                if list.len() > self.max_postings {
                    *entry = Posting::Saturated;
                }
            }
        }
    }

    /// Up to `limit` ids sharing content stems with `f`, best first (most shared rarity).
    pub fn candidates(&self, f: &Features, limit: usize) -> Vec<i64> {
        if limit == 0 || self.ids.is_empty() {
            return Vec::new();
        }
        let mut lists: Vec<&[u32]> = f
            .stem_hashes()
            .filter_map(|k| match self.postings.get(&k) {
                Some(Posting::Open(v)) if !v.is_empty() => Some(v.as_slice()),
                _ => None,
            })
            .collect();
        lists.sort_by_key(|l| l.len());
        let n = self.ids.len() as f64;
        thread_local! {
            // Dense per-thread accumulator indexed by document, plus the documents touched:
            // a plain array add per posting is several times cheaper than a hash map, and
            // only touched slots are reset, so a query costs O(postings read), not O(n).
            static SCRATCH: RefCell<(Vec<f32>, Vec<u32>)> = const { RefCell::new((Vec::new(), Vec::new())) };
        }
        // Best first: more shared rarity, then the newer document.
        let order = |x: &(u32, f32), y: &(u32, f32)| y.1.total_cmp(&x.1).then(y.0.cmp(&x.0));
        let scored: Vec<(u32, f32)> = SCRATCH.with(|cell| {
            let (acc, touched) = &mut *cell.borrow_mut();
            if acc.len() < self.ids.len() {
                acc.resize(self.ids.len(), 0.0);
            }
            let mut left = self.budget;
            for list in lists {
                if left == 0 {
                    break;
                }
                let w = (1.0 + n / list.len() as f64).ln() as f32;
                // Newest documents first when a list must be cut: recent statements are the
                // likeliest to be about the same ongoing story.
                for &doc in list.iter().rev().take(left) {
                    let slot = &mut acc[doc as usize];
                    if *slot == 0.0 {
                        touched.push(doc);
                    }
                    *slot += w;
                }
                left = left.saturating_sub(list.len());
            }
            // The best `limit` kept in order as the slots are reset: most documents touched
            // rank below the last kept, one comparison each (selecting among all of them
            // afterwards cost as much as reading the postings).
            let mut best: Vec<(u32, f32)> = Vec::with_capacity(limit + 1);
            for &d in touched.iter() {
                let hit = (d, acc[d as usize]);
                acc[d as usize] = 0.0;
                if best.len() == limit && best.last().is_some_and(|last| order(&hit, last).is_ge()) {
                    continue;
                }
                let at = best.partition_point(|b| order(b, &hit).is_lt());
                best.insert(at, hit);
                best.truncate(limit);
            }
            touched.clear();
            best
        });
        let mut out: Vec<i64> = Vec::with_capacity(scored.len());
        for (doc, _) in scored {
            let id = self.ids[doc as usize];
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_counts_never_rule_out_a_soft_match() {
        let words = [
            "mexico",
            "mexican",
            "millan",
            "miilan",
            "govern",
            "general",
            "presid",
            "presidenti",
            "abcde",
            "edcba",
            "aaaaa",
            "aaaab",
            "martha",
            "marhta",
            "dwayne",
            "duane",
            "dixon",
            "dicksonx",
            "jellyfish",
            "smellyfish",
            "washington",
            "washingtn",
            "russia",
            "russian",
            "ukrain",
            "ukrainian",
        ];
        for x in words {
            let counts = LetterCounts::of(x).expect("ASCII");
            for y in words {
                if strsim::jaro_winkler(x, y) >= SOFT_MATCH_MIN {
                    assert!(counts.may_soft_match(y), "{x} {y}");
                }
            }
        }
        assert!(!LetterCounts::of("abcde").expect("ASCII").may_soft_match("vwxyz"));
    }

    fn sim(a: &str, b: &str) -> f64 {
        similarity(&Features::new(a), &Features::new(b), &Idf::new())
    }

    #[test]
    fn documents_counted_ahead_leave_the_table_as_counting_them_one_by_one() {
        let texts = [
            "The minister said fuel taxes would rise next year",
            "The minister said fuel taxes would rise next year",
            "Officials denied that the talks on fuel taxes had stalled",
            "",
            "A spokesman said 3,000 troops would leave by May",
        ];
        // Enough documents that the table grows several times along the way.
        let docs: Vec<Features> = (0..400)
            .map(|i| Features::new(&format!("{} number {i} item{}", texts[i % texts.len()], i * 7919)))
            .collect();
        let mut one_by_one = Idf::from_counts(3, [(hash_str(NS_STEM, "minist"), 2)]);
        let mut ahead = one_by_one.clone();
        for (start, end) in [(0, 0), (0, 150), (150, 151), (151, 400)] {
            for f in &docs[start..end] {
                one_by_one.add_document(f);
            }
            let counts = DocumentCounts::of(&docs[start..end]);
            assert_eq!(counts.docs(), (end - start) as u64);
            ahead.add_counts(&counts);
        }
        assert_eq!(ahead.doc_count(), one_by_one.doc_count());
        // The same keys and counts, listed in the same order (the order they are stored in).
        assert_eq!(ahead.counts().collect::<Vec<_>>(), one_by_one.counts().collect::<Vec<_>>());
    }

    #[test]
    fn shingles_are_the_hashes_of_every_three_and_four_characters() {
        for content in ["", "a", "ab", "abc", "tax rise", "Größe der Ölsteuer", "étéé", "x y z w"] {
            let padded = format!(" {content} ");
            let chars: Vec<(usize, char)> = padded.char_indices().collect();
            let mut want: Vec<u64> = Vec::new();
            for n in SHINGLE_MIN..=SHINGLE_MAX {
                for s in 0..chars.len().saturating_sub(n - 1) {
                    let end = chars.get(s + n).map_or(padded.len(), |c| c.0);
                    want.push(hash_str(NS_SHINGLE, &padded[chars[s].0..end]));
                }
            }
            if want.is_empty() && !content.is_empty() {
                want.push(hash_str(NS_SHINGLE, &padded));
            }
            want.sort_unstable();
            let (keys, tf) = shingle(content);
            let mut got: Vec<u64> = Vec::new();
            for (k, n) in keys.iter().zip(&tf) {
                got.extend(std::iter::repeat_n(*k, usize::from(*n)));
            }
            assert_eq!(got, want, "{content:?}");
        }
    }

    #[test]
    fn folding_ascii_apart_is_folding_the_whole_text() {
        let whole = |t: &str| -> Vec<char> {
            t.nfkd()
                .filter(|c| !is_combining_mark(*c))
                .map(|c| match c {
                    '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{00b4}' | '`' => '\'',
                    _ => c,
                })
                .collect()
        };
        for t in [
            "",
            "plain ASCII, with `ticks' and 'quotes'",
            "He said it\u{2019}s \u{201c}fine\u{201d} \u{2014} caf\u{e9} na\u{ef}ve r\u{e9}sum\u{e9}",
            "e\u{301}\u{323}x a\u{323}\u{301}y \u{1e0b}\u{323} q\u{307}\u{323}",
            "\u{fb01}nance \u{ff26}\u{ff55}\u{ff4c}\u{ff4c} \u{2460} \u{bd} \u{2126} \u{212b}",
            "\u{d55c}\u{ad6d}\u{c5b4} \u{1100}\u{1161}\u{11a8} \u{3099}\u{304b}\u{3099} \u{627}\u{650}\u{64b}",
            "\u{301}leading mark, trailing mark\u{301}",
            "\u{2019}\u{2018}\u{2bc}\u{b4}`",
        ] {
            assert_eq!(fold(t), whole(t), "{t:?}");
        }
    }

    #[test]
    fn remembered_stems_are_the_stemmer_s() {
        let stemmer = Stemmer::create(Algorithm::English);
        for w in ["running", "runs", "running", "generously", "claims", "claims", "said"] {
            let (s, h) = stem(&stemmer, w);
            assert_eq!(*s, *stemmer.stem(w));
            assert_eq!(h, hash_str(NS_STEM, &s));
        }
    }

    #[test]
    fn word_lists_are_sorted_and_deduplicated() {
        fn check(name: &str, words: &[&str]) {
            for w in words.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} must come before {:?}", w[0], w[1]);
            }
        }
        check("STOPWORDS", STOPWORDS);
        check("NEGATIONS", NEGATIONS);
        check("NUMBER_SUFFIXES", NUMBER_SUFFIXES);
        let nw: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
        check("NUMBER_WORDS", &nw);
        let mw: Vec<&str> = MULTIPLIERS.iter().map(|(w, _)| *w).collect();
        check("MULTIPLIERS", &mw);
        for n in NEGATIONS {
            assert!(!is_stopword(n), "negation {n} must not be a stopword");
        }
    }

    #[test]
    fn identical_texts_score_one() {
        let t = "Apple will sell 19 million Apple Watches in 2015, analysts say.";
        assert_eq!(sim(t, t), 1.0);
    }

    #[test]
    fn reordered_paraphrase_is_related() {
        let s = sim(
            "Napolitano elected for second term as Italy president",
            "Italian President Napolitano elected for second term",
        );
        assert!(s > RELATED_THRESHOLD, "{s}");
    }

    #[test]
    fn unrelated_texts_score_low() {
        let s = sim(
            "The central bank raised interest rates by a quarter point on Tuesday.",
            "A tropical spider burrowed under a man's skin through an appendix scar.",
        );
        assert!(s < RELATED_THRESHOLD, "{s}");
    }

    #[test]
    fn symmetric() {
        let pairs = [
            ("Banksy has not been arrested", "Anonymous street artist Banksy was arrested"),
            ("IBM to cut 110,000 jobs", "IBM denies plans to cut 26% of workforce"),
            ("", "something"),
        ];
        let idf = Idf::new();
        for (a, b) in pairs {
            let (fa, fb) = (Features::new(a), Features::new(b));
            assert_eq!(similarity(&fa, &fb, &idf), similarity(&fb, &fa, &idf));
        }
    }

    #[test]
    fn stem_edit_distance_by_index_is_by_text() {
        let texts = [
            "the talks failed and the talks will fail again, officials said",
            "officials said the talks failed",
            "talks talks talks",
            "Mexico will pay for the wall, the Mexican president said",
            "",
            "19 million jobs were lost in 2020 and 19 million more will be",
            "Zürich’s Bürgermeisterin sagte, die Straße werde gesperrt; São Paulo’s mayor agreed",
            // 64 stems and more: the bit-parallel distance's widest pattern, and past it.
            &"talks failed again and again in Geneva ".repeat(16),
            &"talks failed again and again in Geneva ".repeat(13),
            &"talks failed again and again in Geneva ".repeat(12),
            &"minister taxes rise Geneva ".repeat(16),
        ];
        let stems = |f: &Features| -> Vec<String> {
            f.stem_terms.iter().map(|&t| f.terms[t as usize].text.to_string()).collect()
        };
        for a in texts {
            for b in texts {
                let (fa, fb) = (Features::new(a), Features::new(b));
                assert_eq!(
                    stem_edit_distance(&fa, &fb),
                    strsim::generic_levenshtein(&stems(&fa), &stems(&fb)),
                    "{a:?} / {b:?}"
                );
            }
        }
    }

    #[test]
    fn bit_parallel_levenshtein_is_levenshtein() {
        let mut state = 7u64;
        for round in 0..3000 {
            let len = |state: &mut u64, most: u64| (lcg(state) % (most + 1)) as usize;
            let alphabet = 1 + lcg(&mut state) % if round % 2 == 0 { 3 } else { 20 };
            let pattern: Vec<u64> = (0..len(&mut state, 64)).map(|_| lcg(&mut state) % alphabet).collect();
            let text: Vec<u64> = (0..len(&mut state, 80)).map(|_| lcg(&mut state) % (alphabet + 1)).collect();
            let matches = text.iter().map(|&c| {
                pattern.iter().enumerate().filter(|&(_, &p)| p == c).fold(0u64, |bits, (j, _)| bits | 1 << j)
            });
            assert_eq!(
                levenshtein_bits(matches, pattern.len()),
                strsim::generic_levenshtein(&text, &pattern),
                "{text:?} / {pattern:?}"
            );
        }
    }

    #[test]
    fn coverage_in_one_walk_is_coverage_term_by_term() {
        // The plain form: each term's exact match by binary search, else its best soft match.
        fn plain(xs: &[Term], term_idf: &[f64], ys: &[Term]) -> f64 {
            let usable =
                |t: &Term| t.text.len() >= SOFT_MATCH_MIN_LEN && !t.text.starts_with(|c: char| c.is_ascii_digit());
            let credit: Vec<f64> = xs
                .iter()
                .map(|x| {
                    if ys.binary_search_by_key(&x.hash, |y| y.hash).is_ok() {
                        return 1.0;
                    }
                    if !usable(x) {
                        return 0.0;
                    }
                    let first = x.text.chars().next();
                    let best = ys
                        .iter()
                        .filter(|y| usable(y) && y.text.chars().next() == first)
                        .map(|y| strsim::jaro_winkler(&x.text, &y.text))
                        .fold(0.0, f64::max);
                    if best >= SOFT_MATCH_MIN { SOFT_MATCH_CREDIT * best } else { 0.0 }
                })
                .collect();
            let den: f64 = term_idf.iter().sum();
            if den == 0.0 {
                return 0.0;
            }
            let num: f64 = term_idf.iter().zip(&credit).map(|(w, c)| w * c).sum();
            (num / den).clamp(0.0, 1.0)
        }
        let texts = [
            "Mexico will pay for the wall, the Mexican president said",
            "The Mexicans will never pay for Trump's wall",
            "Millan and Miilan met Washington officials in Washingtn",
            "Zürich’s Bürgermeisterin sagte, die Straße werde gesperrt",
            "Zurich's Burgermeisterin says the Strasse will be closed",
            "Ελλάδα και Ελληνικός στρατός, ελληνική κυβέρνηση",
            "19 million jobs were lost in 2020 and 19,000,000 more in 20201",
            "",
            "a b c",
        ];
        let mut idf = Idf::new();
        let features: Vec<Features> = texts.iter().map(|t| Features::new(t)).collect();
        for f in &features[..4] {
            idf.add_document(f);
        }
        for a in &features {
            for b in &features {
                let wa = a.weights(&idf);
                assert_eq!(
                    coverage(&a.terms, &wa, &b.terms).to_bits(),
                    plain(&a.terms, &wa.term_idf, &b.terms).to_bits(),
                    "{:?} / {:?}",
                    a.norm,
                    b.norm
                );
            }
        }
    }

    #[test]
    fn us_is_the_country_unless_the_text_shouts() {
        assert!(Features::new("US troops will stay, the minister said").normalized().starts_with("usa "));
        assert!(Features::new("LET US PRAY FOR THEM").normalized().contains(" us "));
        assert!(Features::new("Tell us about US troops").normalized().contains(" us about usa "));
    }

    #[test]
    fn negation_lowers_score() {
        let pos = "The minister said taxes will rise next year";
        let neg = "The minister said taxes will not rise next year";
        assert!(sim(pos, neg) < sim(pos, pos));
        let neg2 = "The minister said taxes won't rise next year";
        assert!(sim(pos, neg2) < 1.0);
    }

    #[test]
    fn number_mismatch_lowers_score() {
        let a = "Apple will sell 19 million Apple Watches this year";
        let b = "Apple will sell 24 million Apple Watches this year";
        let c = "Apple will sell 19,000,000 Apple Watches this year";
        assert!(sim(a, b) < sim(a, c));
    }

    #[test]
    fn normalization_folds_variants() {
        let f = Features::new("Café owner’s #AustralianFires post didn't cost $2.5m; U.S. says 26%");
        let n = f.normalized();
        assert!(n.contains("cafe"), "{n}");
        assert!(n.contains("australian fires"), "{n}");
        assert!(n.contains("did not"), "{n}");
        assert!(n.contains("2500000"), "{n}");
        assert!(n.contains("usa"), "{n}");
        assert!(n.contains("26 percent"), "{n}");
        assert_eq!(f.negations, 1);
        let g = Features::new("six days of darkness");
        assert!(g.normalized().starts_with("6 days"), "{}", g.normalized());
    }

    #[test]
    fn odd_input_does_not_panic() {
        let idf = Idf::new();
        for t in ["", "   \n\t ", "😀😀🔥", "#", "@", "1,", "3.", "'''", "U.", "n't", "%", "ﬁ", "https://x.y/z"]
        {
            let f = Features::new(t);
            let _ = similarity(&f, &f, &idf);
            let _ = similarity(&f, &Features::new("real words here"), &idf);
            let _ = is_groupable(&f);
            let mut idx = CandidateIndex::new();
            idx.insert(1, &f);
            let _ = idx.candidates(&f, 5);
        }
        assert_eq!(sim("", ""), 0.0);
        assert_eq!(sim("😀", "😀 🔥"), 0.0);
    }

    #[test]
    fn groupable_needs_content() {
        assert!(!is_groupable(&Features::new("He said no.")));
        assert!(!is_groupable(&Features::new("   ")));
        assert!(is_groupable(&Features::new("Macaulay Culkin is dead")));
    }

    #[test]
    fn idf_roundtrips_through_serde_and_counts() {
        let mut idf = Idf::new();
        for t in ["the cat sat", "the dog ran", "a cat ran"] {
            idf.add_document(&Features::new(t));
        }
        assert_eq!(idf.doc_count(), 3);
        let json = serde_json::to_string(&idf).unwrap();
        let back: Idf = serde_json::from_str(&json).unwrap();
        let rebuilt = Idf::from_counts(idf.doc_count(), idf.counts());
        let f = Features::new("cat");
        for h in f.stem_hashes() {
            assert_eq!(back.df(h), 2);
            assert_eq!(rebuilt.idf(h), idf.idf(h));
        }
    }

    #[test]
    fn cached_weights_follow_idf_changes() {
        let a = Features::new("Apple will sell 50 million watches in 2015");
        let b = Features::new("Apple hopes to sell over 50 million watches in 2015");
        let mut idf = Idf::new();
        let before = similarity(&a, &b, &idf);
        for t in ["Apple watches", "Apple news", "Apple stock rises", "apple pie"] {
            idf.add_document(&Features::new(t));
        }
        let after = similarity(&a, &b, &idf);
        // Fresh features (empty caches) must agree with the cached ones.
        let fresh = similarity(&a.clone(), &b.clone(), &idf);
        assert_eq!(after, fresh);
        assert_ne!(before, after, "a changed Idf must change the weights");
        // Symmetric under a non-trivial Idf too.
        assert_eq!(similarity(&b, &a, &idf), after);
    }

    /// Deterministic pseudo-random generator for synthetic texts.
    fn lcg(state: &mut u64) -> u64 {
        *state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        *state >> 33
    }

    fn synthetic_text(state: &mut u64, vocab: &[String]) -> String {
        let n = 8 + (lcg(state) % 10) as usize;
        (0..n).map(|_| vocab[(lcg(state) as usize) % vocab.len()].as_str()).collect::<Vec<_>>().join(" ")
    }

    fn synthetic_vocab(n: usize) -> Vec<String> {
        let syll = ["ka", "lo", "mi", "ru", "te", "zan", "por", "vel", "qui", "dor", "sen", "bax"];
        (0..n)
            .map(|i| {
                let mut w = String::new();
                let mut k = i + 7;
                for _ in 0..3 {
                    w.push_str(syll[k % syll.len()]);
                    k /= syll.len();
                }
                format!("{w}{}", ["", "x", "ny", "rt"][i % 4])
            })
            .collect()
    }

    #[test]
    fn candidate_index_finds_paraphrase_among_noise() {
        let vocab = synthetic_vocab(3000);
        let mut state = 42;
        let mut idx = CandidateIndex::new();
        for id in 0..10_000 {
            idx.insert(id, &Features::new(&synthetic_text(&mut state, &vocab)));
        }
        let target = "Mass grave found in Mexico holds bodies of 43 missing students";
        idx.insert(777_777, &Features::new(target));
        for id in 10_000..10_500 {
            idx.insert(id, &Features::new(&synthetic_text(&mut state, &vocab)));
        }
        let query = Features::new("Missing Mexican students' bodies found in a mass grave, officials say");
        let got = idx.candidates(&query, 10);
        assert!(got.len() <= 10);
        assert!(got.contains(&777_777), "{got:?}");
        let few = idx.candidates(&Features::new(&synthetic_text(&mut state, &vocab)), 3);
        assert!(few.len() <= 3);
    }
}

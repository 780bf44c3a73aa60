//! Person mentions of an article, for resolving pronouns: every full name, surname and
//! honorific + name, with whether it is a clause subject and what gender the text gives it.

use crate::ingest::extract::Ctx;
use crate::ingest::resolve::speaker::{NamedPerson, principal};
use crate::lexicon;
use std::sync::LazyLock;

/// Grammatical gender as the text marks it (honorifics, first names, gendered titles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// he / him.
    Male,
    /// she / her.
    Female,
}

/// One mention of a person.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PersonMention {
    /// First token.
    pub tok: usize,
    /// Its first byte in the text.
    pub byte: usize,
    /// The person's fullest name in the article.
    pub name: String,
    /// Sentence index.
    pub sentence: usize,
    /// Paragraph index.
    pub paragraph: usize,
    /// True when the mention opens a clause and a verb follows: a likely subject.
    pub subject: bool,
    /// Gender given by the mention itself, if any.
    pub gender: Option<Gender>,
    /// True when the mention sits inside a quotation.
    pub quoted: bool,
}

/// Honorifics, titles and kin words that mark a man. Sorted.
const MALE_WORDS: &[&str] = &[
    "assemblyman",
    "brother",
    "businessman",
    "congressman",
    "councilman",
    "father",
    "grandfather",
    "husband",
    "king",
    "mr",
    "prince",
    "sir",
    "son",
    "spokesman",
    "widower",
];

/// Honorifics, titles and kin words that mark a woman. Sorted.
const FEMALE_WORDS: &[&str] = &[
    "actress",
    "assemblywoman",
    "businesswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "daughter",
    "grandmother",
    "lady",
    "madam",
    "miss",
    "mother",
    "mrs",
    "ms",
    "princess",
    "queen",
    "sister",
    "spokeswoman",
    "widow",
    "wife",
];

/// `MALE_WORDS` and `FEMALE_WORDS` as sets: `gender_of` asks them of every word of a name.
static MALE_WORD_SET: LazyLock<lexicon::WordSet> = LazyLock::new(|| lexicon::WordSet::new(MALE_WORDS));
static FEMALE_WORD_SET: LazyLock<lexicon::WordSet> = LazyLock::new(|| lexicon::WordSet::new(FEMALE_WORDS));

/// Gender marked by an honorific, a gendered title or a first name.
pub(crate) fn gender_of(words: &[&str]) -> Option<Gender> {
    for w in words {
        let l = w.trim_end_matches('.');
        if MALE_WORD_SET.contains_any_case(l) {
            return Some(Gender::Male);
        }
        if FEMALE_WORD_SET.contains_any_case(l) {
            return Some(Gender::Female);
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if cap {
            if lexicon::MALE_NAME_SET.contains(w) {
                return Some(Gender::Male);
            }
            if lexicon::FEMALE_NAME_SET.contains(w) {
                return Some(Gender::Female);
            }
        }
    }
    // A first name in the census lists, where a surname follows it ("Dottie Deans"); alone a
    // capitalized word is as likely a surname ("Warren").
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let first = words.windows(2).find(|p| capitalized(&p[0]) && capitalized(&p[1]))?[0];
    census_gender(first)
}

/// The census first-name lists, parsed once.
static CENSUS_NAMES: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let parse = |text: &'static str| -> Vec<&'static str> {
        text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect()
    };
    (parse(include_str!("names/male.txt")), parse(include_str!("names/female.txt")))
});

/// The census lists as sets: `gender_of` asks them of most names.
static CENSUS_SETS: LazyLock<(lexicon::WordSet, lexicon::WordSet)> =
    LazyLock::new(|| (lexicon::WordSet::new(&CENSUS_NAMES.0), lexicon::WordSet::new(&CENSUS_NAMES.1)));

/// The sex a US census first name (in any case) is given to, when it is mostly one.
fn census_gender(first: &str) -> Option<Gender> {
    let (male, female) = &*CENSUS_SETS;
    if male.contains_any_case(first) {
        Some(Gender::Male)
    } else if female.contains_any_case(first) {
        Some(Gender::Female)
    } else {
        None
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// Token indices inside quotations.
fn quoted_tokens(ctx: &Ctx) -> Vec<bool> {
    let mut q = vec![false; ctx.seg.tokens.len()];
    for quote in &ctx.seg.quotes {
        for f in &mut q[quote.open_token..quote.close_token.min(ctx.seg.tokens.len())] {
            *f = true;
        }
    }
    q
}

/// Whether the mention spanning [a, b) is a clause subject: it opens the sentence or follows
/// punctuation or a conjunction, is not possessive, and a lowercase word (a verb) or an
/// appositive comma follows.
fn is_subject(ctx: &Ctx, first: usize, a: usize, b: usize) -> bool {
    // The object of a preposition is no subject ("with Donald Trump").
    let after_preposition = a > first
        && matches!(
            ctx.low(a - 1),
            "about" | "against" | "at" | "by" | "for" | "from" | "in" | "into" | "of" | "on" | "over" | "to" | "with"
        );
    let possessive = ctx.word(b - 1).ends_with("'s") || ctx.word(b - 1).ends_with("’s");
    let verb_follows = b < ctx.seg.tokens.len()
        && ctx.is_word(b)
        && !ctx.is_capitalized(b)
        && !matches!(ctx.low(b), "of" | "and" | "or" | "in" | "on" | "at" | "for" | "to" | "with" | "from" | "by");
    // A comma after the name opens an appositive only when the name opens its clause
    // ("Christyn Gionfriddo, a native of ..."), not in a list ("Dirty Dancing, 98 Degrees").
    let opens = a == first
        || matches!(ctx.seg.tokens[a - 1].kind, crate::ingest::sentences::TokenKind::Punct)
        || matches!(
            ctx.low(a - 1),
            "and" | "but" | "that" | "while" | "when" | "as" | "because" | "after" | "before" | "if"
        );
    let appositive_follows = b < ctx.seg.tokens.len() && ctx.is_punct(b, ",") && opens;
    !after_preposition && !possessive && (verb_follows || appositive_follows)
}

/// The people of one surname in text order, and the principal found among the first k of
/// them for a mention's gender (see `principal`).
#[derive(Default)]
struct Surname<'p> {
    people: Vec<&'p NamedPerson>,
    principals: Vec<(usize, Option<Gender>, Option<&'p NamedPerson>)>,
}

/// Every person mention of the article in text order: the multi-word names found earlier,
/// then single surnames and honorific + name forms of those people.
pub(crate) fn person_mentions(ctx: &Ctx, people: &[NamedPerson]) -> Vec<PersonMention> {
    let quoted = quoted_tokens(ctx);
    let mut sentence_of = vec![0; ctx.seg.tokens.len()];
    for (si, s) in ctx.seg.sentences.iter().enumerate() {
        for x in &mut sentence_of[s.first..s.last] {
            *x = si;
        }
    }
    let first_of = |tok: usize| ctx.seg.sentences.get(sentence_of[tok]).map_or(0, |s| s.first);
    let paragraph_of = |sentence: usize| ctx.seg.sentences.get(sentence).map_or(0, |s| s.paragraph);
    let mut out: Vec<PersonMention> = Vec::new();
    let mut covered = vec![false; ctx.seg.tokens.len()];
    for p in people {
        let words: Vec<&str> = (p.tok..p.end).filter(|&k| ctx.is_word(k)).map(|k| ctx.word(k)).collect();
        for c in &mut covered[p.tok..p.end] {
            *c = true;
        }
        out.push(PersonMention {
            tok: p.tok,
            byte: ctx.seg.tokens[p.tok].start,
            name: p.name.clone(),
            sentence: sentence_of[p.tok],
            paragraph: paragraph_of(sentence_of[p.tok]),
            subject: is_subject(ctx, first_of(p.tok), p.tok, p.end),
            gender: gender_of(&words).or(p.gender),
            quoted: quoted[p.tok],
        });
    }
    // Surnames (and honorific + surname) of people named somewhere in the article, each
    // surname with its people in text order.
    let mut by_surname: lexicon::FastMap<String, Surname> = lexicon::FastMap::default();
    for p in people {
        if let Some(last) = p.name.split_whitespace().last() {
            by_surname.entry(last.to_lowercase()).or_default().people.push(p);
        }
    }
    // The lowercased surname looked up, in one buffer: this runs for every capitalized word.
    let mut surname = String::new();
    for i in 0..ctx.seg.tokens.len() {
        if covered[i] || !ctx.is_capitalized(i) {
            continue;
        }
        let w = strip_possessive(ctx.word(i));
        let honorific = lexicon::HONORIFIC_SET.contains_any_case(w.trim_end_matches('.'));
        let (name_tok, start) =
            if honorific && i + 1 < ctx.seg.tokens.len() && ctx.is_capitalized(i + 1) { (i + 1, i) } else { (i, i) };
        if covered[name_tok] {
            continue;
        }
        let written = strip_possessive(ctx.word(name_tok));
        if written.is_ascii() {
            surname.clear();
            surname.push_str(written);
            surname.make_ascii_lowercase();
        } else {
            surname = written.to_lowercase();
        }
        let mut named = by_surname.get_mut(&surname);
        if named.is_none() && !honorific {
            continue;
        }
        let words: Vec<&str> = (start..=name_tok).map(|k| ctx.word(k)).collect();
        let marked = gender_of(&words);
        let person = named.as_mut().and_then(|named| {
            let k = named.people.partition_point(|p| p.tok < name_tok);
            if k == 0 {
                return named.people.first().copied();
            }
            // A surname is mentioned many times between its full names: the principal is
            // worked out once for each count of full names before it.
            if let Some(&(_, _, found)) = named.principals.iter().find(|&&(n, g, _)| (n, g) == (k, marked)) {
                return found;
            }
            let found = principal(&named.people[..k], marked);
            named.principals.push((k, marked, found));
            found
        });
        let name = match person {
            Some(p) => p.name.clone(),
            None if honorific => strip_possessive(ctx.word(name_tok)).to_string(),
            None => continue,
        };
        let gender = marked.or_else(|| person.and_then(|p| p.gender));
        out.push(PersonMention {
            tok: start,
            byte: ctx.seg.tokens[start].start,
            name,
            sentence: sentence_of[start],
            paragraph: paragraph_of(sentence_of[start]),
            subject: is_subject(ctx, first_of(start), start, name_tok + 1),
            gender,
            quoted: quoted[start],
        });
    }
    out.sort_by_key(|m| m.tok);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn census_name_lists_are_sorted_lowercase_and_disjoint() {
        let (male, female) = &*CENSUS_NAMES;
        for list in [male, female] {
            assert!(list.len() > 500);
            assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted and unique for binary search");
            assert!(list.iter().all(|n| n.chars().all(|c| c.is_ascii_lowercase())));
        }
        assert!(male.iter().all(|n| female.binary_search(n).is_err()));
        assert_eq!(census_gender("troy"), Some(Gender::Male));
        assert_eq!(census_gender("dottie"), Some(Gender::Female));
        for list in [MALE_WORDS, FEMALE_WORDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted and unique for binary search");
        }
    }
}

//! Speakers: what a mention is (a named person, a description, an institution, a pronoun),
//! and who it refers to within the article (surname → full name, "the official" → the
//! official met earlier, "he" → the last person speaking), with anonymity carried along.

use crate::ingest::extract::{Ctx, Range};
use crate::ingest::resolve::mention::{self, Gender, PersonMention};
use crate::lexicon;
use crate::model::{Speaker, SpeakerKind};
use std::sync::LazyLock;

/// What a speaker mention says about itself.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MentionInfo {
    /// The mention as written.
    pub surface: String,
    /// The proper name in it, honorifics removed ("Sergei Ryabkov", "Peskov").
    pub name: Option<String>,
    /// Title or role words ("Russian Deputy Foreign Minister").
    pub role: Option<String>,
    /// What it is.
    pub kind: SpeakerKind,
    /// Lowercase head noun of a description ("official").
    pub head: Option<String>,
    /// The pronoun, when the mention is one.
    pub pronoun: Option<String>,
    /// True for "the ..." descriptions, which refer back to someone met earlier.
    pub definite: bool,
    /// The description without its determiner ("US official"), used as a name when nothing
    /// better exists.
    pub core: String,
}

/// Words that end an organisation's name ("Justice Department", "Clinton Foundation"). Sorted.
const ORG_HEADS: &[&str] = &[
    "academy",
    "administration",
    "affairs",
    "agency",
    "airlines",
    "airport",
    "alliance",
    "arena",
    "army",
    "associates",
    "association",
    "avenue",
    "bank",
    "beach",
    "board",
    "bridge",
    "brothers",
    "bureau",
    "campaign",
    "caucus",
    "center",
    "centre",
    "channel",
    "church",
    "city",
    "club",
    "coalition",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "corps",
    "council",
    "county",
    "court",
    "debates",
    "department",
    "district",
    "empire",
    "enforcement",
    "exchange",
    "fed",
    "federation",
    "forces",
    "foundation",
    "fund",
    "gazette",
    "government",
    "group",
    "guard",
    "hall",
    "herald",
    "holdings",
    "hospital",
    "house",
    "inc",
    "industries",
    "institute",
    "island",
    "jail",
    "journal",
    "kingdom",
    "laboratories",
    "labs",
    "league",
    "lodge",
    "magazine",
    "media",
    "ministry",
    "museum",
    "nations",
    "navy",
    "network",
    "news",
    "office",
    "organization",
    "park",
    "parliament",
    "partners",
    "party",
    "police",
    "post",
    "press",
    "prison",
    "protection",
    "province",
    "radio",
    "region",
    "relations",
    "republic",
    "reserve",
    "review",
    "rights",
    "river",
    "road",
    "school",
    "security",
    "senate",
    "service",
    "services",
    "society",
    "square",
    "stadium",
    "state",
    "states",
    "station",
    "street",
    "studies",
    "systems",
    "team",
    "technologies",
    "television",
    "times",
    "tribune",
    "union",
    "unions",
    "university",
    "valley",
    "watch",
];

/// `ORG_HEADS` and the extractor's leading adverbs as sets: descriptions and names ask them of
/// most of their words.
static ORG_HEAD_SET: LazyLock<lexicon::WordSet> = LazyLock::new(|| lexicon::WordSet::new(ORG_HEADS));
static LEADING_ADVERB_SET: LazyLock<lexicon::WordSet> =
    LazyLock::new(|| lexicon::WordSet::new(crate::ingest::extract::LEADING_ADVERBS));

fn is_title_word(w: &str) -> bool {
    lexicon::TITLE_SET.contains_any_case(w.trim_end_matches('.'))
}

/// "Mr. R.", "Ms. K": a person the article names by initials alone withholds the name.
fn initials_only(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().filter(|w| !is_title_word(w)).collect();
    !words.is_empty()
        && words.iter().all(|w| {
            let letters: Vec<char> = w.chars().filter(|c| *c != '.').collect();
            letters.len() == 1 && letters[0].is_uppercase()
        })
}

fn is_nationality(w: &str) -> bool {
    lexicon::NATIONALITY_SET.contains(w) || lexicon::NATIONALITY_SET.contains(strip_possessive(w))
}

/// "W." in "George W. Bush".
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    w.chars().filter(|c| c.is_alphabetic()).all(|c| {
        letters += 1;
        c.is_uppercase()
    }) && letters >= 2
}

/// Describe a speaker mention made of `words` (as written).
/// A lowercase past participle ("posted", "obtained", "written"): regular, or one of the
/// irregular ones news uses of documents.
fn is_participle(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && (w.len() > 4 && w.ends_with("ed")
            || matches!(
                w,
                "written"
                    | "given"
                    | "taken"
                    | "shown"
                    | "seen"
                    | "made"
                    | "held"
                    | "done"
                    | "sent"
                    | "drawn"
                    | "brought"
                    | "put"
                    | "paid"
                    | "read"
            ))
}

pub(crate) fn describe(words: &[&str]) -> MentionInfo {
    let surface = words.join(" ");
    // A month, a weekday or a year.
    let names_a_date = |w: &str| {
        lexicon::month_number(&w.trim_end_matches('.').to_lowercase()).is_some()
            || lexicon::is_weekday(w)
            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    };
    // "A Bloomberg poll in June": a trailing date is not part of the name.
    let mut words = words;
    while let [rest @ .., prep, when] = words
        && !rest.is_empty()
        && matches!(
            prep.to_lowercase().as_str(),
            "in" | "on" | "from" | "since" | "during" | "last" | "this" | "early" | "late"
        )
        && names_a_date(when)
    {
        words = rest;
    }
    // "in 2013 the singer": a leading date neither.
    while let [prep, when, rest @ ..] = words
        && !rest.is_empty()
        && matches!(prep.to_lowercase().as_str(), "in" | "on" | "during" | "since")
        && names_a_date(when)
    {
        words = rest;
    }
    // "a fact sheet lawmakers released Monday": a weekday after a lowercase word neither.
    if let [rest @ .., before, when] = words
        && !rest.is_empty()
        && before.starts_with(char::is_lowercase)
        && lexicon::is_weekday(when)
    {
        // ... and the participle dated by it: "a CBS poll released Monday", with its subject:
        // "a fact sheet lawmakers released Monday".
        let mut n = 1;
        if before.ends_with("ed") && rest.len() >= 2 {
            n = 2;
            if let [.., noun, subject] = rest
                && subject.ends_with('s')
                && noun.starts_with(char::is_lowercase)
                && !lexicon::DETERMINER_SET.contains_any_case(noun)
                && rest.len() >= 3
            {
                n = 3;
            }
        }
        words = &words[..words.len() - n];
    }
    // "Cameron Easley for Morning Consult", "Jane Roe at the clinic": a person named before a
    // preposition is the speaker, and what follows says where they work.
    if let Some(k) = words.iter().position(|w| matches!(*w, "for" | "at" | "with" | "from"))
        && k >= 2
        && k + 1 < words.len()
        && words[..k].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        let mut info = describe(&words[..k]);
        if info.kind == SpeakerKind::Person {
            if info.role.is_none() {
                info.role = Some(words[k + 1..].join(" "));
            }
            info.surface = surface;
            return info;
        }
    }
    let mut info = MentionInfo {
        surface: surface.clone(),
        name: None,
        role: None,
        kind: SpeakerKind::Unknown,
        head: None,
        pronoun: None,
        definite: false,
        core: surface,
    };
    if words.is_empty() {
        return info;
    }
    if let [word] = words {
        let lower = word.to_lowercase();
        if lexicon::contains(lexicon::PRONOUNS, &lower) {
            info.pronoun = Some(lower);
            return info;
        }
        // An owner's possessive ("his claim that ...") refers like its subject pronoun.
        let subject_form = match lower.as_str() {
            "his" => Some("he"),
            "her" => Some("she"),
            "their" => Some("they"),
            "its" => Some("it"),
            _ => None,
        };
        if let Some(p) = subject_form {
            info.pronoun = Some(p.to_string());
            return info;
        }
    }
    // "Another said", "One wrote": one more of the people just quoted, unnamed.
    if let [word] = words
        && matches!(word.to_lowercase().as_str(), "another" | "one")
    {
        info.kind = SpeakerKind::Description;
        info.head = Some(word.to_lowercase());
        return info;
    }
    // Up to four leading determiners.
    let mut start = 0;
    while start < words.len() - 1 && start < 4 && lexicon::DETERMINER_SET.contains_any_case(words[start]) {
        info.definite |= matches!(words[start].to_lowercase().as_str(), "the" | "this" | "that");
        start += 1;
    }
    // "Obama's former campaign strategist": a possessive name makes a description definite.
    info.definite |= start == 0
        && words.len() > 1
        && words[0].starts_with(char::is_uppercase)
        && strip_possessive(words[0]).len() < words[0].len();
    let core = &words[start..];
    if start > 0 {
        info.core = core.join(" ");
    }
    let last = *core.last().expect("core is never empty");
    let last_low = strip_possessive(last).to_lowercase();
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);

    if lexicon::is_place_or_outlet(&info.core) {
        info.kind = SpeakerKind::Organization;
        info.name = Some(info.core.clone());
        return info;
    }
    // "the Centers for Disease Control and Prevention", "the Department of Justice",
    // "California's 4th District Court of Appeal (in Santa Ana)": an organisation's head
    // before its "of"/"for"/"on" names it whole, with any place after it left out.
    if let Some(h) = (0..core.len().saturating_sub(2)).find(|&h| {
        // (a name throughout: not "spokesman for the Department of Justice")
        core[..=h].iter().all(|w| capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit()))
            && matches!(core[h + 1], "of" | "for" | "on")
            && {
                let head = core[h].to_lowercase();
                ORG_HEAD_SET.contains(&head) || head.strip_suffix('s').is_some_and(|s| ORG_HEAD_SET.contains(s))
            }
    }) {
        let run = h
            + 2
            + core[h + 2..]
                .iter()
                .take_while(|w| capitalized(w) || matches!(**w, "and" | "of" | "for" | "on" | "the" | "&"))
                .count();
        if capitalized(core[run - 1]) && (run == core.len() || matches!(core[run], "in" | "at")) {
            info.kind = SpeakerKind::Organization;
            info.name = Some(core[..run].join(" "));
            info.core = info.name.clone().unwrap_or_default();
            return info;
        }
    }
    // "a spokesman for Hillary Clinton", "an aide to Senator Cruz", "a student group at Liberty
    // University": a common noun before a preposition heads the phrase, and the name after
    // it is whom the speaker works for or where, not the speaker ("secretary of state Hillary
    // Clinton" is the person: a title before "of").
    // "emails posted by WikiLeaks", "documents obtained by a reporter": the agent of a
    // participle after a common noun published them; the noun heads the phrase.
    let head_and_rest = core
        .iter()
        .position(|w| matches!(*w, "for" | "to" | "at" | "with" | "in" | "from" | "of" | "by" | "on"))
        .and_then(|p| {
            if core[p] != "by" {
                Some((p, p + 1))
            } else if p >= 2 && is_participle(core[p - 1]) {
                Some((p - 1, p + 1))
            } else {
                None
            }
        });
    // "assistant manager for marketing Abdul Rahman Al Fahd": a department after the
    // preposition, then the person's name closing the phrase (not "a lawyer for singer Chris
    // Brown", "an aide to former President Bill Clinton": whose aide).
    let name_closes = |rest: usize| {
        let tail = &core[rest.min(core.len())..];
        let Some(c) = tail.iter().position(|w| capitalized(w)) else { return false };
        c >= 1
            && tail.len() - c >= 2
            && tail[..c].iter().all(|w| {
                w.chars().all(|ch| ch.is_lowercase() || ch == '-')
                    && !lexicon::DETERMINER_SET.contains_any_case(w)
                    && !lexicon::contains(lexicon::PERSON_NOUNS, w)
                    && !matches!(*w, "former" | "late" | "then" | "current" | "incoming" | "outgoing" | "new" | "and")
            })
            && tail[c..]
                .iter()
                .all(|w| capitalized(w) && !is_title_word(w) && !ORG_HEAD_SET.contains(&w.to_lowercase()))
    };
    if let Some((p, rest)) = head_and_rest
        && p >= 1
        && rest < core.len()
        && !name_closes(rest)
        // "Friends of Mr. Clinton" opening a sentence is capitalized too ("Friends of the
        // Earth" is a name).
        && (!capitalized(core[p - 1])
            || p == 1
                && core[rest] != "the"
                && lexicon::contains(lexicon::PERSON_NOUNS, &strip_possessive(core[0]).to_lowercase()))
        && !(core[p] == "of" && is_title_word(core[p - 1]))
        // "a reader of this blog": a person noun heads the phrase whatever follows.
        && (core[rest..].iter().any(|w| capitalized(w))
            || !capitalized(core[p - 1])
                && lexicon::contains(lexicon::PERSON_NOUNS, &strip_possessive(core[p - 1]).to_lowercase()))
    {
        let head = strip_possessive(core[p - 1]).to_lowercase();
        info.kind = if lexicon::contains(lexicon::INSTITUTION_NOUNS, &head) || ORG_HEAD_SET.contains(&head) {
            if head.ends_with('s') { SpeakerKind::Group } else { SpeakerKind::Organization }
        } else {
            SpeakerKind::Description
        };
        info.head = Some(head);
        info.role = Some(core[rest..].join(" "));
        return info;
    }
    // A capitalised common noun opening a sentence ("Officials said") is not a name.
    let common_noun = core.len() == 1
        && (lexicon::contains(lexicon::PERSON_NOUNS, &last_low)
            || lexicon::contains(lexicon::INSTITUTION_NOUNS, &last_low));
    if capitalized(last) && !is_title_word(last) && !common_noun {
        // A proper name ends the phrase: titles and nationalities before it are the role.
        let mut name_start = core.len();
        while name_start > 0 {
            let w = core[name_start - 1];
            let connector = matches!(w, "de" | "van" | "von" | "bin" | "al" | "da" | "del" | "la" | "le");
            if (capitalized(w) && !is_title_word(w) && !is_nationality(w) || connector)
                && !w.ends_with("'s")
                && !w.ends_with("’s")
            {
                name_start -= 1;
            } else {
                break;
            }
        }
        // "Billionaire Donald Trump", "Comedian George Lopez": a noun for a person, capitalized
        // at a sentence's start, before a full name is the role ("Jonathan Singer" keeps his
        // surname: only the first word of three or more goes).
        if name_start == 0 && core.len() >= 3 && {
            let w = strip_possessive(core[0]).to_lowercase();
            lexicon::contains(lexicon::EPITHET_NOUNS, &w) || lexicon::contains(lexicon::PERSON_NOUNS, &w)
        } {
            name_start = 1;
        }
        // "Chief of Staff Katie Walsh", "Secretary of Homeland Security Jeh Johnson": after a
        // title's "of", the capitalised run is the office and then the name, so the name is
        // its last given name and surname (with initials and connectors); so too a run of
        // three or more after any "of" ("U.S. Attorney for the District of Massachusetts
        // Joshua Levy").
        if name_start >= 2
            && core[name_start - 1] == "of"
            && (is_title_word(core[name_start - 2]) || core.len() - name_start >= 3)
        {
            let mut k = core.len() - 1;
            while k > name_start
                && matches!(core[k - 1], "de" | "van" | "von" | "bin" | "al" | "da" | "del" | "la" | "le")
            {
                k -= 1;
            }
            // The given name, and any initials after it ("George W. Bush").
            while k > name_start && is_initial(core[k - 1]) {
                k -= 1;
            }
            if k > name_start {
                k -= 1;
            }
            name_start = k;
        }
        let name_words: Vec<&str> = core[name_start..]
            .iter()
            .copied()
            .filter(|w| !lexicon::HONORIFIC_SET.contains_any_case(w.trim_end_matches('.')))
            .collect();
        let role_words = &core[..name_start];
        if !role_words.is_empty() {
            info.role = Some(role_words.join(" "));
        }
        let name = name_words.join(" ");
        // A web address names a site: "Factcheck.org".
        let website = last_low.rsplit_once('.').is_some_and(|(_, d)| lexicon::contains(lexicon::WEB_DOMAINS, d));
        if ORG_HEAD_SET.contains(&last_low)
            || lexicon::is_place_or_outlet(&name)
            || (name_words.len() == 1 && is_acronym(last))
            // "California ISO": a name that ends in an acronym (no roman numeral: "John Smith III").
            // An all-capitals headline's "JEB BUSH" is a person.
            || is_acronym(last)
                && !last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                && name_words.iter().any(|w| !is_acronym(w))
            || website
        {
            info.kind = SpeakerKind::Organization;
            info.name = Some(info.core.clone());
            return info;
        }
        if name.is_empty() {
            info.kind = SpeakerKind::Description;
            info.head = Some(last_low);
            return info;
        }
        info.kind = SpeakerKind::Person;
        info.name = Some(name);
        return info;
    }
    // A description headed by a common noun (or a title alone: "the president").
    info.head = Some(last_low.clone());
    info.kind = if lexicon::contains(lexicon::INSTITUTION_NOUNS, &last_low) || ORG_HEAD_SET.contains(&last_low) {
        if last_low.ends_with('s') && last_low != "campaign" { SpeakerKind::Group } else { SpeakerKind::Organization }
    } else if lexicon::contains(lexicon::PERSON_NOUNS, &last_low) || is_title_word(last) {
        SpeakerKind::Description
    } else if core.iter().any(|w| capitalized(w)) && core.len() <= 2 {
        // "Republicans", "Democrats": a named collective.
        SpeakerKind::Group
    } else {
        SpeakerKind::Description
    };
    if info.kind == SpeakerKind::Group && core.len() == 1 && capitalized(last) {
        info.name = Some(info.core.clone());
    }
    info
}

/// Whether a description's head names a person who is not identified (anonymous unless a
/// name is attached).
/// A definite title ("the finance minister", "the governor") names an office holder and is
/// not anonymous; "an official", "the US official", "a spokesman", "officials" are.
pub(crate) fn is_person_description(info: &MentionInfo) -> bool {
    info.kind == SpeakerKind::Description
        && info.head.as_deref().is_some_and(|h| {
            (lexicon::contains(lexicon::PERSON_NOUNS, h) || is_title_word(h)) && !(info.definite && is_title_word(h))
        })
}

/// Whether a description's head noun is plural ("officials", not "the actress").
fn plural_head(h: &str) -> bool {
    h.ends_with('s') && !h.ends_with("ss") && h != "spokesperson"
}

/// A speaker entity of one article: every mention that refers to it shares it.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub name: String,
    pub role: Option<String>,
    pub kind: SpeakerKind,
    pub anonymous: bool,
    /// Lowercase head noun and role words, for matching later descriptions.
    pub keys: Vec<String>,
    /// Nationality words of the description, canonicalised ("US").
    pub nationalities: Vec<String>,
    /// Plural descriptions ("officials") are groups of people.
    pub plural: bool,
    /// Gender learned from the mentions or pronouns that refer to it.
    pub gender: Option<Gender>,
    /// The text says the name is withheld ("who spoke on condition of anonymity").
    pub withheld: bool,
}

/// A person named somewhere in the article (whether or not they speak), for resolving
/// surnames and pronouns.
#[derive(Debug, Clone)]
pub(crate) struct NamedPerson {
    pub name: String,
    pub role: Option<String>,
    /// Byte where the mention starts.
    pub position: usize,
    /// Token range of the mention (with its role words).
    pub tok: usize,
    pub end: usize,
    /// Gender the mention marks (honorific, title, first name).
    pub gender: Option<Gender>,
}

/// Whether "he" or "she" can stand for an entity: a named person, or a description headed by
/// a singular person noun ("the official", "a reporter") — not "the video", "New Yorkers" or
/// "everybody".
fn can_be_one_person(ent: &Entity) -> bool {
    let head = ent.name.rsplit(' ').next().unwrap_or_default().to_lowercase();
    if ent.plural || INDEFINITE.contains(&head.as_str()) {
        return false;
    }
    match ent.kind {
        SpeakerKind::Person => true,
        SpeakerKind::Description => {
            let singular = !head.ends_with('s') || head.ends_with("ss");
            singular && (lexicon::contains(lexicon::PERSON_NOUNS, &head) || lexicon::contains(lexicon::TITLES, &head))
        }
        _ => false,
    }
}

/// Indefinite and possessive pronouns, which a capital at the sentence start can make look
/// like names.
const INDEFINITE: &[&str] = &[
    "anybody",
    "anyone",
    "everybody",
    "everyone",
    "hers",
    "his",
    "mine",
    "nobody",
    "none",
    "ours",
    "somebody",
    "someone",
    "theirs",
    "yours",
];

/// Collect every person name of two or more words in the article, with its role
/// ("Russian Deputy Foreign Minister Sergei Ryabkov").
pub(crate) fn named_people(ctx: &Ctx) -> Vec<NamedPerson> {
    let mut out = Vec::new();
    let n = ctx.seg.tokens.len();
    // Whether the sentence last looked at is a headline in title case.
    let mut headline_memo: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < n {
        if !ctx.is_capitalized(i) {
            i += 1;
            continue;
        }
        let start = i;
        // A name never runs over a line break ("Headline\n\nGingrich: ...").
        let same_line = |i: usize| i == start || !ctx.text[ctx.tok(i - 1).end..ctx.tok(i).start].contains('\n');
        while i < n
            && same_line(i)
            && (ctx.is_capitalized(i) || ctx.is_punct(i, "-") && i + 1 < n && ctx.is_capitalized(i + 1))
        {
            i += 1;
            // A possessive ends the name: "Joe Biden's administration".
            if ctx.word(i - 1).ends_with("'s") || ctx.word(i - 1).ends_with("’s") {
                break;
            }
        }
        // A name has two words or more (most capitalized runs are one word).
        if (start..i).filter(|&k| ctx.is_word(k)).nth(1).is_none() {
            continue;
        }
        let mut words: Vec<&str> =
            (start..i).filter(|&k| ctx.is_word(k)).map(|k| strip_possessive(ctx.word(k))).collect();
        let si = crate::ingest::extract::sentence_of(ctx, start);
        let sentence = &ctx.seg.sentences[si];
        let opens_sentence = start == sentence.first
            || start == sentence.first + 1
                && ctx.kind(sentence.first) == crate::ingest::sentences::TokenKind::QuoteOpen;
        // Skip a sentence-initial function word ("The", "But") or cue ("Said Comey, ...").
        let skipped = words
            .iter()
            .take_while(|w| {
                lexicon::contains(lexicon::SENTENCE_STARTERS, w)
                    || lexicon::DETERMINER_SET.contains_any_case(w)
                    || LEADING_ADVERB_SET.contains_any_case(w)
                    || opens_sentence
                        && lexicon::cue_lemma(&w.to_lowercase()).is_some_and(|l| !l.eq_ignore_ascii_case(w))
            })
            .count();
        words.drain(..skipped);
        // Where capitals say nothing (a sentence's first word, a headline in title case), a
        // word the article also writes in lowercase is no part of a name ("Understated Perez",
        // "Did Donald Trump", "More Hillary Clinton") unless it is a known first name.
        let mut lead = 0;
        if words.len() >= 2 {
            let headline = match headline_memo {
                Some((k, h)) if k == si => h,
                _ => {
                    let h = crate::ingest::extract::title_case(ctx, sentence);
                    headline_memo = Some((si, h));
                    h
                }
            };
            while words.len() - lead >= 2 && (headline || opens_sentence && lead == 0) {
                let w = words[lead];
                let first_name = lexicon::MALE_NAME_SET.contains(w) || lexicon::FEMALE_NAME_SET.contains(w);
                if first_name || is_title_word(w) || !ctx.written_lowercase(w) {
                    break;
                }
                lead += 1;
            }
        }
        words.drain(..lead);
        // "the Governor of New York Andrew Cuomo", "the District of Massachusetts Joshua Levy":
        // a place before a known first name says where the person serves.
        let first_name = |w: &str| lexicon::MALE_NAME_SET.contains(w) || lexicon::FEMALE_NAME_SET.contains(w);
        if words.len() >= 3
            && !first_name(words[0])
            && let Some(k) = (1..=words.len() - 2)
                .take(3)
                .find(|&k| first_name(words[k]) && lexicon::is_place_or_outlet(&words[..k].join(" ")))
        {
            words.drain(..k);
        }
        // "Suddenly I", "QUARTER This": a pronoun or determiner is no part of a name.
        let function_word =
            |w: &&str| lexicon::PRONOUN_SET.contains_any_case(w) || lexicon::DETERMINER_SET.contains_any_case(w);
        // "a New Hampshire Elks lodge", "the New York Yankees": a name that opens with a
        // place of two words or more is an organization's (a person's never does).
        // "New York Mayor Bill de Blasio" names a person after the place.
        let after_place = || {
            (2..words.len()).any(|k| {
                lexicon::is_place_or_outlet(&words[..k].join(" "))
                    && !words[k..].iter().any(|w| {
                        is_title_word(w) || lexicon::MALE_NAME_SET.contains(w) || lexicon::FEMALE_NAME_SET.contains(w)
                    })
            })
        };
        // "Election Day", "New Year", "Super Tuesday": a day's name, not a person's.
        let names_a_day = words.last().is_some_and(|w| {
            ["day", "eve", "year", "week", "weekend", "night"]
                .iter()
                .chain(lexicon::WEEKDAYS)
                .any(|d| w.eq_ignore_ascii_case(d))
                || lexicon::month_number(&w.to_ascii_lowercase()).is_some()
        });
        // "St Louis", "Fort Worth", "Mount Vernon": a place by the word that opens it.
        let names_a_place = words
            .first()
            .is_some_and(|w| matches!(*w, "St" | "St." | "Ste" | "Ste." | "Mt" | "Mt." | "Mount" | "Fort" | "Port"));
        if words.len() >= 2 && !words.iter().any(function_word) && !names_a_day && !names_a_place && !after_place() {
            let info = describe(&words);
            if info.kind == SpeakerKind::Person
                && let Some(name) = info.name
                && name.split_whitespace().count() >= 2
            {
                // The role may sit beside the name: "actress Salma Hayek", "Dottie Deans, the
                // chairwoman of the party,".
                let before = (start.saturating_sub(2)..start).filter(|&k| ctx.is_word(k) && !ctx.is_capitalized(k));
                let after = (i < n && ctx.is_punct(i, ","))
                    .then(|| (i + 1..(i + 4).min(n)).take_while(|&k| ctx.is_word(k)))
                    .into_iter()
                    .flatten();
                let beside: Vec<&str> = before.chain(after).map(|k| ctx.word(k)).collect();
                let gender = mention::gender_of(&words).or_else(|| mention::gender_of(&beside));
                // "and the first lady, Michelle Obama,": a role in apposition before the name,
                // which a comma closes ("In the 2016 race, Hillary Clinton has" is no role).
                let role_before = || {
                    let comma = start.checked_sub(1).filter(|&c| ctx.is_punct(c, ","))?;
                    let closed = i >= n || ctx.is_punct(i, ",") || ctx.is_punct(i, ".");
                    let det = (comma.saturating_sub(6)..comma)
                        .rev()
                        .take_while(|&k| ctx.is_word(k) && !ctx.is_capitalized(k))
                        .find(|&k| matches!(ctx.low(k), "the" | "a" | "an"))?;
                    let opens = det == 0 || !ctx.is_word(det - 1) || matches!(ctx.low(det - 1), "and" | "but" | "or");
                    (closed && opens && det + 1 < comma)
                        .then(|| (det + 1..comma).map(|k| ctx.word(k)).collect::<Vec<_>>().join(" "))
                };
                // "Oscar-winning actress Susan Sarandon": a noun for a person right before
                // the name is the role ("The actress said" is her).
                // The words before the noun qualify it ("Libertarian presidential candidate Gary
                // Johnson" is no Democratic candidate).
                let noun_before = || {
                    let k = start.checked_sub(1).filter(|&k| ctx.is_word(k) && !ctx.is_capitalized(k))?;
                    if !lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(k)) {
                        return None;
                    }
                    let modifier = |j: usize| {
                        let w = ctx.low(j);
                        ctx.is_word(j)
                            && !lexicon::contains(lexicon::DETERMINERS, w)
                            && !lexicon::contains(lexicon::PRONOUNS, w)
                            && lexicon::cue_lemma(w).is_none()
                            && !matches!(
                                w,
                                "and" | "or" | "but" | "of" | "for" | "to" | "by" | "with" | "as" | "in" | "on" | "at"
                            )
                    };
                    let mut j = k;
                    while j > 0 && k - j < 3 && modifier(j - 1) {
                        j -= 1;
                    }
                    Some((j..=k).map(|t| ctx.word(t)).collect::<Vec<_>>().join(" "))
                };
                out.push(NamedPerson {
                    name,
                    role: info.role.or_else(role_before).or_else(noun_before),
                    position: ctx.seg.tokens[start].start,
                    tok: start,
                    end: i,
                    gender,
                });
            }
        }
        if i == start {
            i += 1;
        }
    }
    out
}

/// Of the people named earlier who share a surname, the one the bare surname stands for:
/// the one named in full most often (an article's principal; relatives and namesakes are
/// named in full when they come up), the first named on a tie. `gender`, when the mention
/// gives one ("Mrs. Clinton"), rules out the others.
/// "Loretta E. Lynch" and "Loretta Lynch" count as one person, named by the fullest form.
pub(crate) fn principal<'p>(earlier: &[&'p NamedPerson], gender: Option<Gender>) -> Option<&'p NamedPerson> {
    // (first name, mentions, fullest mention, first mention's order); few per surname.
    let mut groups: Vec<(&str, usize, &'p NamedPerson, usize)> = Vec::new();
    for (order, p) in earlier.iter().enumerate() {
        if gender.is_some_and(|g| p.gender.is_some_and(|h| h != g)) {
            continue;
        }
        let first = p.name.split_whitespace().next().unwrap_or("");
        match groups.iter_mut().find(|g| g.0.eq_ignore_ascii_case(first)) {
            Some(g) => {
                g.1 += 1;
                if p.name.split_whitespace().count() > g.2.name.split_whitespace().count() {
                    g.2 = p;
                }
            }
            None => groups.push((first, 1, p, order)),
        }
    }
    groups.iter().max_by_key(|g| (g.1, std::cmp::Reverse(g.3))).map(|g| g.2)
}

fn name_tokens(name: &str) -> Vec<String> {
    name.split_whitespace().map(|w| w.trim_end_matches('.').to_lowercase()).collect()
}

/// Resolves speaker mentions to entities in article order.
pub(crate) struct Resolver {
    pub entities: Vec<Entity>,
    /// `name_tokens` of each entity's name and of each person's, made once: every lookup
    /// compares against all of them.
    entity_names: Vec<Vec<String>>,
    /// Entities by their lowercased name, in the order they were met: organisations and
    /// groups are looked up by name for every mention, and a long text may hold thousands.
    by_name: lexicon::FastMap<String, Vec<usize>>,
    people_names: Vec<Vec<String>>,
    people: Vec<NamedPerson>,
    mentions: Vec<PersonMention>,
    /// Byte spans of the contents of statements resolved so far, with their speakers: people
    /// mentioned inside reported speech are not who a later "he said" refers to, when the
    /// speaker could be.
    reported: Vec<(usize, usize, usize)>,
    /// Each resolved speaker mention, most recent last.
    history: Vec<(usize, At)>,
}

/// Where a speaker mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct At {
    /// Byte offset.
    pub byte: usize,
    /// Token index.
    pub tok: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Paragraph index.
    pub paragraph: usize,
    /// Inside a quotation.
    pub quoted: bool,
    /// The cue carries on a statement ("continued", "added"): a description nothing else
    /// fits is the named person who spoke just before ("Jane Ogden told the show ... The
    /// University of Surrey expert continued").
    pub continuing: bool,
}

/// How many earlier mentions, statements and speakers a lookup considers: antecedents are
/// near, and a text with no paragraph or sentence breaks must not make each lookup scan all.
const LOOKBACK: usize = 200;

/// An antecedent being weighed for a pronoun.
enum Candidate {
    Named(String),
    Entity(usize),
}

/// The outcome of resolving one mention.
pub(crate) struct Resolved {
    pub speaker: Speaker,
    pub entity: usize,
    pub anonymous: bool,
}

impl Resolver {
    pub fn new(people: Vec<NamedPerson>, mentions: Vec<PersonMention>) -> Resolver {
        let people_names = people.iter().map(|p| name_tokens(&p.name)).collect();
        Resolver {
            entities: Vec::new(),
            entity_names: Vec::new(),
            by_name: lexicon::FastMap::default(),
            people_names,
            people,
            mentions,
            reported: Vec::new(),
            history: Vec::new(),
        }
    }

    fn person_by_surname(
        &self,
        name: &str,
        title: Option<&str>,
        position: usize,
        gender: Option<Gender>,
    ) -> Option<&NamedPerson> {
        let toks = name_tokens(name);
        let matches = |&(_, pt): &(&NamedPerson, &Vec<String>)| {
            pt.len() > toks.len() && toks.iter().all(|t| pt.contains(t)) && pt.last() == toks.last()
                || toks.len() == 1 && pt.last() == toks.last()
        };
        let people = || self.people.iter().zip(&self.people_names);
        let before: Vec<&NamedPerson> =
            people().filter(|(p, _)| p.position < position).filter(matches).map(|(p, _)| p).collect();
        // Named in full only later: "President Obama" is not "the first lady, Michelle Obama",
        // whose role shares no word with the title ("Mexico leader" and "Mexican President"
        // share one, and so do "Gov" and "Governor": words compare by up to four first letters).
        let stems = |t: &str| -> Vec<String> {
            t.split_whitespace()
                .map(|w| w.trim_end_matches('.').to_lowercase().chars().take(4).collect::<String>())
                .filter(|w| w.chars().count() >= 3 && !matches!(w.as_str(), "the" | "and" | "for"))
                .collect()
        };
        let title = title.map(stems);
        let same_role = |p: &NamedPerson| match (&title, p.role.as_deref()) {
            (Some(t), Some(r)) => {
                let r = stems(r);
                t.iter().any(|w| r.iter().any(|v| v.starts_with(w.as_str()) || w.starts_with(v.as_str())))
            }
            _ => true,
        };
        principal(&before, gender).or_else(|| {
            people().filter(|(p, _)| p.position >= position).filter(matches).find(|(p, _)| same_role(p)).map(|(p, _)| p)
        })
    }

    fn entity_by_name(&self, name: &str, gender: Option<Gender>) -> Option<usize> {
        let toks = name_tokens(name);
        self.entities.iter().zip(&self.entity_names).position(|(e, et)| {
            e.kind == SpeakerKind::Person
                && gender.is_none_or(|g| e.gender.is_none_or(|h| h == g))
                && (*et == toks || (toks.len() == 1 && et.last() == toks.last()))
        })
    }

    fn recent(&self, paragraph: usize, accept: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .take(LOOKBACK)
            .take_while(|(_, at)| paragraph <= at.paragraph + 3)
            .map(|(e, _)| *e)
            .find(|&e| accept(&self.entities[e]))
    }

    /// The person a "he" or "she" at `at` most likely refers to: the nearest earlier person
    /// mention of a compatible gender, preferring clause subjects and the last speaker.
    fn resolve_personal_pronoun(&mut self, pronoun: &str, at: &At) -> Option<usize> {
        let want = if pronoun == "she" { Gender::Female } else { Gender::Male };
        let last_speaker = self.history.last().map(|(e, _)| *e);
        let mut best: Option<(f64, Candidate)> = None;
        let before = self.mentions.partition_point(|m| m.tok < at.tok);
        for m in self.mentions[..before].iter().rev().take(LOOKBACK) {
            if m.sentence + 6 < at.sentence {
                break;
            }
            if m.quoted && !at.quoted {
                continue;
            }
            // "As the paper noted, ... Trump has not always ... Although he says": a paper is
            // not a "he", so the people its words mention stay antecedents.
            if self.reported.iter().rev().take(LOOKBACK).any(|&(a, b, e)| {
                a <= m.byte && m.byte < b && {
                    let ent = &self.entities[e];
                    can_be_one_person(ent) && ent.gender.is_none_or(|g| g == want)
                }
            }) {
                continue;
            }
            let gender = m.gender.or_else(|| self.entity_by_name(&m.name, None).and_then(|e| self.entities[e].gender));
            if gender.is_some_and(|g| g != want) {
                continue;
            }
            let is_last = last_speaker.is_some_and(|e| self.entities[e].name == m.name);
            // A subject in the pronoun's own paragraph is the likeliest antecedent: "Guessford
            // was shocked ... "I'm honored!" she said."
            let same_paragraph = m.paragraph == at.paragraph;
            let score = 2.0 * f64::from(u8::from(m.subject))
                + f64::from(u8::from(gender == Some(want)))
                + 1.5 * f64::from(u8::from(is_last))
                + f64::from(u8::from(same_paragraph && m.subject))
                - 0.6 * (at.sentence - m.sentence) as f64
                - (at.tok - m.tok) as f64 / 2000.0;
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, Candidate::Named(m.name.clone())));
            }
        }
        // Described speakers ("a senior official") are antecedents too.
        for (e, h) in self.history.iter().rev().take(LOOKBACK) {
            if h.sentence + 6 < at.sentence {
                break;
            }
            let ent = &self.entities[*e];
            if !can_be_one_person(ent) || ent.gender.is_some_and(|g| g != want) {
                continue;
            }
            let score = 2.0 + 1.5 * f64::from(u8::from(last_speaker == Some(*e)))
                - 0.6 * (at.sentence - h.sentence) as f64
                - (at.tok.saturating_sub(h.tok)) as f64 / 2000.0;
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, Candidate::Entity(*e)));
            }
        }
        let e = match best?.1 {
            Candidate::Entity(e) => e,
            Candidate::Named(name) => match self.entity_by_name(&name, None) {
                Some(e) => e,
                None => {
                    let role = self.people.iter().find(|p| p.name == name).and_then(|p| p.role.clone());
                    self.add_entity(Entity {
                        keys: role.iter().flat_map(|r| r.split_whitespace().map(|w| w.to_lowercase())).collect(),
                        name,
                        role,
                        kind: SpeakerKind::Person,
                        anonymous: false,
                        nationalities: vec![],
                        plural: false,
                        gender: None,
                        withheld: false,
                    })
                }
            },
        };
        self.entities[e].gender.get_or_insert(want);
        Some(e)
    }

    fn add_entity(&mut self, e: Entity) -> usize {
        self.entity_names.push(name_tokens(&e.name));
        self.by_name.entry(e.name.to_lowercase()).or_default().push(self.entities.len());
        self.entities.push(e);
        self.entities.len() - 1
    }

    /// Record a statement's content span (bytes) once its speaker is resolved.
    pub fn reported(&mut self, content: (usize, usize), speaker: usize) {
        self.reported.push((content.0, content.1, speaker));
    }

    /// Resolve a mention found at byte `position` in paragraph `paragraph`.
    /// `appositive` is the text of an attached appositive or relative clause, if any.
    pub fn resolve(&mut self, info: &MentionInfo, appositive: Option<&str>, at: At) -> Resolved {
        let (position, paragraph) = (at.byte, at.paragraph);
        let app_lower = appositive.map(str::to_lowercase).unwrap_or_default();
        let surface_lower = info.surface.to_lowercase();
        let marked_anonymous = lexicon::ANONYMITY_PHRASES.iter().any(|p| app_lower.contains(p))
            || lexicon::ANONYMITY_MARKERS.iter().any(|m| {
                app_lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == *m)
                    || surface_lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == *m)
            })
            || lexicon::ANONYMITY_PHRASES.iter().any(|p| surface_lower.contains(p));
        let app_role = appositive.map(|a| {
            let a = a.trim_matches(|c: char| matches!(c, ',' | '—' | '–' | '-') || c.is_whitespace());
            let words: Vec<&str> = a.split_whitespace().collect();
            let skip = usize::from(words.first().is_some_and(|w| lexicon::DETERMINER_SET.contains_any_case(w)));
            words[skip..words.len().min(skip + 8)].join(" ")
        });
        let app_role = app_role.filter(|r| !r.is_empty() && !r.starts_with("who") && !r.starts_with("which"));

        let entity = if let Some(p) = &info.pronoun {
            let singular = matches!(p.as_str(), "he" | "she");
            let found = if singular {
                self.resolve_personal_pronoun(p, &at)
            } else if p == "they" {
                self.recent(paragraph, |e| matches!(e.kind, SpeakerKind::Group | SpeakerKind::Organization) || e.plural)
            } else if p == "it" {
                self.recent(paragraph, |e| e.kind == SpeakerKind::Organization)
            } else {
                None
            };
            match found {
                Some(e) => e,
                None => self.add_entity(Entity {
                    name: info.surface.clone(),
                    role: None,
                    kind: SpeakerKind::Unknown,
                    anonymous: false,
                    keys: vec![],
                    nationalities: vec![],
                    gender: None,
                    plural: p == "they" || p == "we",
                    withheld: false,
                }),
            }
        } else if info.kind == SpeakerKind::Person {
            let name = info.name.clone().unwrap_or_else(|| info.core.clone());
            // "Mrs. Clinton" is not Bill Clinton.
            let gender = mention::gender_of(&info.surface.split_whitespace().collect::<Vec<_>>());
            if let Some(e) = self.entity_by_name(&name, gender) {
                e
            } else {
                let (full, role) = match self.person_by_surname(&name, info.role.as_deref(), position, gender) {
                    Some(p) if name_tokens(&p.name).len() >= name_tokens(&name).len() => {
                        (p.name.clone(), p.role.clone())
                    }
                    _ => (name.clone(), None),
                };
                match self.entity_by_name(&full, gender) {
                    Some(e) => e,
                    None => {
                        let role = info.role.clone().or(role).or(app_role.clone());
                        let keys = role.iter().flat_map(|r| r.split_whitespace().map(|w| w.to_lowercase())).collect();
                        self.add_entity(Entity {
                            anonymous: initials_only(&full),
                            name: full,
                            role,
                            kind: SpeakerKind::Person,
                            keys,
                            nationalities: vec![],
                            gender,
                            plural: false,
                            withheld: false,
                        })
                    }
                }
            }
        } else if info.kind == SpeakerKind::Description && info.definite {
            // "the official", "the US official", "the spokesman": someone met earlier.
            let head = info.head.clone().unwrap_or_default();
            let nats = nationalities(&info.core);
            let ranks = rank_words(info.core.split_whitespace());
            let fits = |e: usize| {
                let ent = &self.entities[e];
                same_head(&ent.keys, &head)
                    && rank_words(ent.keys.iter().map(String::as_str)) == ranks
                    && parties_agree(&info.core, ent.keys.iter().map(String::as_str))
                    && (nats.is_empty()
                        || ent.nationalities.is_empty()
                        || nats.iter().all(|n| ent.nationalities.contains(n)))
            };
            // Of the speakers that fit, the one mentioned last, as a speaker or by name: "The
            // chairman said" after "Priebus has pushed back" is Priebus, though the other
            // chairman spoke more recently.
            let before = self.mentions.partition_point(|m| m.byte < position);
            let last_named = |name: &str| {
                self.mentions[..before].iter().rev().take(LOOKBACK).find(|m| m.name == name).map(|m| m.byte)
            };
            // (entity, when last mentioned) of each entity that fits, once per entity, the
            // latest speaker first (it wins a tie).
            let mut fitting: Vec<(usize, usize)> = Vec::new();
            for &(e, at) in self.history.iter().rev().take(LOOKBACK) {
                if !fitting.iter().any(|f| f.0 == e) && fits(e) {
                    fitting.push((e, at.byte.max(last_named(&self.entities[e].name).unwrap_or(0))));
                }
            }
            let found = fitting.into_iter().reduce(|a, b| if b.1 > a.1 { b } else { a }).map(|f| f.0);
            let found = found.or_else(|| {
                // A named person whose role has this head: "the president" → "President Joe Biden".
                self.people
                    .iter()
                    .filter(|p| p.position < position)
                    .rfind(|p| {
                        p.role.as_deref().is_some_and(|r| {
                            let r = r.to_lowercase();
                            r.split_whitespace().any(|w| w == head)
                                && rank_words(r.split_whitespace()) == ranks
                                && qualifiers_agree(&info.core, r.split_whitespace())
                        })
                    })
                    .map(|p| (p.name.clone(), p.role.clone()))
                    .map(|(name, role)| match self.entity_by_name(&name, None) {
                        Some(e) => e,
                        None => self.add_entity(Entity {
                            name,
                            role,
                            kind: SpeakerKind::Person,
                            anonymous: false,
                            keys: vec![head.clone()],
                            nationalities: vec![],
                            gender: None,
                            plural: false,
                            withheld: false,
                        }),
                    })
            });
            let found = found.or_else(|| {
                let head = info.head.as_deref().unwrap_or_default();
                if !info.definite || plural_head(head) {
                    return None;
                }
                // "Jane Ogden told the show ... The University of Surrey expert continued": a
                // description carrying on is the named person who spoke just before.
                if at.continuing {
                    let &(e, last) = self.history.last()?;
                    let ent = &self.entities[e];
                    return (at.paragraph <= last.paragraph + 1 && ent.kind == SpeakerKind::Person && !ent.anonymous)
                        .then_some(e);
                }
                // "Trump ... Asked if he was ever bullied, the Republican presidential candidate
                // said no", "the 43-year-old": an epithet for the person who spoke last (past an
                // organisation: "His campaign confirmed ... The real estate mogul declined").
                // It must fit what is known of them: "the New York businessman" is no Hillary
                // Clinton, "the Republican nominee" no Democrat, "the senator" or "the host"
                // someone the article gave that role.
                if !(lexicon::contains(lexicon::EPITHET_NOUNS, head) || head.ends_with("-year-old")) {
                    return None;
                }
                let &(e, _) = self
                    .history
                    .iter()
                    .rev()
                    .take_while(|(_, h)| at.paragraph <= h.paragraph + 2)
                    .find(|(e, _)| self.entities[*e].kind == SpeakerKind::Person)?;
                let ent = &self.entities[e];
                let words: Vec<&str> = info.core.split_whitespace().collect();
                let office =
                    matches!(head, "senator" | "governor" | "congressman" | "congresswoman" | "host" | "anchor");
                let gender =
                    ent.gender.or_else(|| mention::gender_of(&ent.name.split_whitespace().collect::<Vec<_>>()));
                let fits = mention::gender_of(&words).is_none_or(|g| gender.is_none_or(|h| h == g))
                    && parties_agree(&info.core, ent.keys.iter().map(String::as_str))
                    && (!office
                        || ent.role.as_deref().is_some_and(|r| r.to_lowercase().split_whitespace().any(|w| w == head)));
                (fits && !ent.anonymous).then_some(e)
            });
            match found {
                Some(e) => e,
                None => self.new_description(info, marked_anonymous, app_role.clone()),
            }
        } else {
            // Organizations and groups are the same entity when their names match.
            let name = info.name.clone().unwrap_or_else(|| info.core.clone());
            let key = name.to_lowercase();
            // (A description is never one met before by name: no scan, which grows with them.)
            let earlier = (info.kind != SpeakerKind::Description)
                .then(|| {
                    self.by_name
                        .get(&key)
                        .and_then(|es| es.iter().copied().find(|&e| self.entities[e].kind == info.kind))
                })
                .flatten();
            match earlier {
                Some(e) => e,
                None => self.new_description(info, marked_anonymous, app_role.clone()),
            }
        };
        if marked_anonymous && self.entities[entity].kind != SpeakerKind::Person {
            self.entities[entity].anonymous = true;
        }
        self.history.push((entity, at));
        let e = &self.entities[entity];
        let kind = if info.pronoun.is_some() && e.kind == SpeakerKind::Unknown { SpeakerKind::Unknown } else { e.kind };
        Resolved {
            speaker: Speaker {
                surface: info.surface.clone(),
                name: e.name.clone(),
                role: e.role.clone().or(info.role.clone()),
                kind,
            },
            entity,
            anonymous: e.anonymous,
        }
    }

    fn new_description(&mut self, info: &MentionInfo, marked_anonymous: bool, app_role: Option<String>) -> usize {
        // "Critics said", "the researchers found": a generic group, not a source unnamed.
        // "Some people said", "many people believe": people at large, unlike "people familiar
        // with the talks" or "two people".
        let generic = info.head.as_deref().is_some_and(|h| lexicon::contains(lexicon::GENERIC_GROUP_NOUNS, h))
            || info.head.as_deref() == Some("people")
                && info
                    .surface
                    .split_whitespace()
                    .all(|w| matches!(w.to_lowercase().as_str(), "people" | "some" | "many" | "most" | "other"));
        // "Ms. Henry and other labor leaders": a named person leads the group.
        let led_by_a_name = info.surface.split_once(" and ").is_some_and(|(first, _)| {
            let d = describe(&first.split_whitespace().collect::<Vec<_>>());
            d.kind == SpeakerKind::Person && d.name.is_some()
        });
        // "The family of slain journalist James Foley", "Foley's mother": kin are known by
        // whose kin they are.
        let kin_of_a_name = info.head.as_deref().is_some_and(|h| lexicon::contains(lexicon::KIN_NOUNS, h)) && {
            let first = info.surface.split_whitespace().next().unwrap_or_default();
            let possessive_name = first.starts_with(char::is_uppercase)
                && strip_possessive(first).len() < first.len()
                && !lexicon::DETERMINER_SET.contains_any_case(first);
            possessive_name
                || info.role.as_deref().is_some_and(|r| r.split_whitespace().any(|w| w.starts_with(char::is_uppercase)))
                    && info.surface.contains(" of ")
        };
        let one_more = matches!(info.head.as_deref(), Some("another" | "one"));
        let anonymous =
            marked_anonymous || one_more || is_person_description(info) && !generic && !led_by_a_name && !kin_of_a_name;
        let mut keys: Vec<String> = info.head.iter().cloned().collect();
        if let Some(r) = &info.role {
            keys.extend(r.split_whitespace().map(|w| w.to_lowercase()));
        }
        let plural = info.head.as_deref().is_some_and(plural_head);
        self.add_entity(Entity {
            name: info.name.clone().unwrap_or_else(|| info.core.clone()),
            role: info.role.clone().or(app_role),
            kind: info.kind,
            anonymous,
            keys,
            nationalities: nationalities(&info.core),
            plural,
            gender: mention::gender_of(&info.surface.split_whitespace().collect::<Vec<_>>()),
            withheld: marked_anonymous,
        })
    }
}

/// The words of a role that make it a different office with the same head noun: "the
/// former president" is not "Vice President Joe Biden", nor "the president" either.
fn rank_words<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = words
        .map(str::to_lowercase)
        .filter(|w| matches!(w.as_str(), "former" | "vice" | "deputy" | "assistant" | "acting" | "lieutenant"))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn same_head(keys: &[String], head: &str) -> bool {
    let family = |w: &str| {
        match w {
            "spokesman" | "spokeswoman" | "spokesperson" => "spokes",
            "official" | "officials" => "official",
            other => other,
        }
        .to_string()
    };
    let h = family(head);
    keys.iter().any(|k| family(k) == h)
}

/// Whether the capitalized qualifiers of a description (nationalities aside, which are
/// compared on their own) are all among the earlier mention's words (lowercase): "the CNN
/// host" is not "radio host Larry O'Connor", nor "the Democratic candidate" "Libertarian
/// presidential candidate Gary Johnson".
fn qualifiers_agree<'w>(core: &str, words: impl Iterator<Item = &'w str> + Clone) -> bool {
    core.split_whitespace().all(|w| {
        !w.starts_with(char::is_uppercase)
            || is_nationality(w)
            || words.clone().any(|x| x.eq_ignore_ascii_case(strip_possessive(w)))
    })
}

/// Whether a description's party, if it names one, is the earlier mention's, if that names
/// one: "the Democratic presidential candidate" is not "Libertarian presidential candidate
/// Gary Johnson" (a state or office it adds is no conflict).
fn parties_agree<'w>(core: &str, words: impl Iterator<Item = &'w str>) -> bool {
    const PARTIES: &[(&str, &str)] = &[
        ("democratic", "d"),
        ("democrat", "d"),
        ("democrats", "d"),
        ("republican", "r"),
        ("republicans", "r"),
        ("gop", "r"),
        ("libertarian", "l"),
        ("green", "g"),
    ];
    let party = |w: &str| {
        let w = strip_possessive(w);
        PARTIES.iter().find(|(name, _)| w.eq_ignore_ascii_case(name)).map(|p| p.1)
    };
    let mine: Vec<&str> = core.split_whitespace().filter_map(party).collect();
    let theirs: Vec<&str> = words.filter_map(party).collect();
    mine.is_empty() || theirs.is_empty() || mine.iter().any(|p| theirs.contains(p))
}

fn nationalities(core: &str) -> Vec<String> {
    core.split_whitespace()
        .filter(|w| is_nationality(w))
        .map(|w| lexicon::nationality_canonical(strip_possessive(w)).to_string())
        .collect()
}

/// The words of a token range, as written, leaving out parentheticals ("(R-Ky.)").
pub(crate) fn range_words<'a>(ctx: &Ctx<'a>, r: Range) -> Vec<&'a str> {
    let mut depth = 0usize;
    let mut out = Vec::new();
    let mut joined = false;
    for i in r.0..r.1 {
        if std::mem::take(&mut joined) {
            continue;
        }
        if depth == 0 && i > r.0 && i + 1 < r.1 && !out.is_empty() && ctx.joins_web_address(i) {
            // "Factcheck.org" is one word of the name.
            let last = out.len() - 1;
            out[last] = ctx.slice((i - 1, i + 2));
            joined = true;
        } else if ctx.is_punct(i, "(") {
            depth += 1;
        } else if ctx.is_punct(i, ")") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && (ctx.is_word(i) || ctx.is_punct(i, "&")) {
            out.push(ctx.word(i));
        } else if depth == 0 && ctx.is_punct(i, "%") && i > r.0 && ctx.is_word(i - 1) && !out.is_empty() {
            // "85%" is one word of the name.
            let last = out.len() - 1;
            out[last] = ctx.slice((i - 1, i + 1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(byte: usize, sentence: usize) -> At {
        At { byte, tok: byte, sentence, paragraph: sentence, quoted: false, continuing: false }
    }

    #[test]
    fn org_heads_are_sorted_for_binary_search() {
        assert!(ORG_HEADS.windows(2).all(|w| w[0] < w[1]));
    }

    fn d(s: &str) -> MentionInfo {
        describe(&s.split_whitespace().collect::<Vec<_>>())
    }

    #[test]
    fn titles_and_nationalities_are_the_role() {
        let m = d("Russian Deputy Foreign Minister Sergei Ryabkov");
        assert_eq!(m.kind, SpeakerKind::Person);
        assert_eq!(m.name.as_deref(), Some("Sergei Ryabkov"));
        assert_eq!(m.role.as_deref(), Some("Russian Deputy Foreign Minister"));
        let m = d("NATO Secretary-General Jens Stoltenberg");
        assert_eq!(m.name.as_deref(), Some("Jens Stoltenberg"));
        assert_eq!(m.role.as_deref(), Some("NATO Secretary-General"));
        let m = d("Mr. Trump");
        assert_eq!(m.name.as_deref(), Some("Trump"));
        // After a title's "of", the office runs on until the name.
        let m = d("RNC Chief of Staff Katie Walsh");
        assert_eq!(m.name.as_deref(), Some("Katie Walsh"));
        assert_eq!(m.role.as_deref(), Some("RNC Chief of Staff"));
        assert_eq!(d("Secretary of Homeland Security Jeh Johnson").name.as_deref(), Some("Jeh Johnson"));
        assert_eq!(d("Mayor of New York Bill de Blasio").name.as_deref(), Some("Bill de Blasio"));
        assert_eq!(d("Director of Communications Jennifer J. Palmieri").name.as_deref(), Some("Jennifer J. Palmieri"));
        assert_eq!(d("Secretary of State Kerry").name.as_deref(), Some("Kerry"));
        // Trailing and leading dates are no part of a name, on every day of the week.
        for day in ["Monday", "Thursday", "Sunday"] {
            let m = d(&format!("a Washington Post-ABC News poll released {day}"));
            assert!(m.name.as_deref().is_none_or(|n| !n.contains(day)), "{m:?}");
        }
        let m = d("in 2013 the singer");
        assert_eq!((m.head.as_deref(), m.definite), (Some("singer"), true));
        // An organisation's head before "of" names it, past an owner and a place after it.
        let m = d("California's 4th District Court of Appeal in Santa Ana");
        assert_eq!(
            (m.name.as_deref(), m.kind),
            (Some("California's 4th District Court of Appeal"), SpeakerKind::Organization)
        );
        assert_eq!(d("a spokesman for the Department of Justice").head.as_deref(), Some("spokesman"));
        // ... and after any "of", a run of three or more: a place, then the name.
        let m = d("Acting U.S. Attorney for the District of Massachusetts Joshua Levy");
        assert_eq!(m.name.as_deref(), Some("Joshua Levy"));
        assert_eq!(d("The Governor of New York Andrew Cuomo").name.as_deref(), Some("Andrew Cuomo"));
        assert_eq!(d("a friend of George W. Bush").head.as_deref(), Some("friend"));
        // An organisation named by its head and "of"/"for".
        let m = d("the Centers for Disease Control and Prevention");
        assert_eq!(
            (m.name.as_deref(), m.kind),
            (Some("Centers for Disease Control and Prevention"), SpeakerKind::Organization)
        );
        let m = d("the Council on Foreign Relations in Washington");
        assert_eq!((m.name.as_deref(), m.kind), (Some("Council on Foreign Relations"), SpeakerKind::Organization));
        // A person before a preposition: the rest is where they work.
        let m = d("Cameron Easley for Morning Consult");
        assert_eq!((m.name.as_deref(), m.kind), (Some("Cameron Easley"), SpeakerKind::Person));
        assert_ne!(d("Americans for Prosperity").name.as_deref(), Some("Americans"));
    }

    #[test]
    fn a_trailing_date_is_no_part_of_a_name() {
        let m = d("A Bloomberg poll in June");
        assert_eq!(m.surface, "A Bloomberg poll in June");
        assert_ne!(m.name.as_deref(), Some("June"));
        assert_eq!(d("Senator Kelly Ayotte").name.as_deref(), Some("Kelly Ayotte"));
        assert_eq!(d("the governor on Monday").kind, SpeakerKind::Description);
        let m = d("a fact sheet lawmakers released Monday");
        assert_eq!(m.head.as_deref(), Some("sheet"));
        assert_eq!(d("a CBS poll released Monday").head.as_deref(), Some("poll"));
    }

    #[test]
    fn kinds_of_mentions() {
        assert_eq!(d("an American official").kind, SpeakerKind::Description);
        assert!(is_person_description(&d("an American official")));
        assert_eq!(d("Moscow").kind, SpeakerKind::Organization);
        assert_eq!(d("the Kremlin").kind, SpeakerKind::Organization);
        assert_eq!(d("Western governments").kind, SpeakerKind::Group);
        assert_eq!(d("the Justice Department").kind, SpeakerKind::Organization);
        assert_eq!(d("he").pronoun.as_deref(), Some("he"));
        assert_eq!(d("officials").kind, SpeakerKind::Description);
        assert!(d("The US official").definite);
        // Whom a spokesman works for is not the speaker; a title before "of" is the person's.
        let m = d("a spokesman for Hillary Clinton");
        assert_eq!((m.kind, m.head.as_deref(), m.name.as_deref()), (SpeakerKind::Description, Some("spokesman"), None));
        assert!(is_person_description(&m));
        assert_eq!(d("an aide to Senator Ted Cruz").head.as_deref(), Some("aide"));
        assert_eq!(d("a student group at Liberty University").head.as_deref(), Some("group"));
        assert_eq!(d("former secretary of state Hillary Clinton").name.as_deref(), Some("Hillary Clinton"));
        let m = d("hacked emails posted by WikiLeaks");
        assert_eq!((m.kind, m.head.as_deref(), m.name.as_deref()), (SpeakerKind::Description, Some("emails"), None));
    }

    #[test]
    fn definite_description_refers_to_the_earlier_official_across_nationality_synonyms() {
        let mut r = Resolver::new(vec![], vec![]);
        let a = r.resolve(&d("an American official"), None, at(0, 0));
        let b = r.resolve(&d("The US official"), Some(", who spoke on condition of anonymity,"), at(100, 0));
        let c = r.resolve(&d("the official"), None, at(200, 1));
        assert_eq!(a.entity, b.entity);
        assert_eq!(b.entity, c.entity);
        assert!(a.anonymous && b.anonymous && c.anonymous);
        assert_eq!(c.speaker.name, "American official");
    }

    #[test]
    fn surname_resolves_to_the_full_name_met_earlier() {
        let people = vec![NamedPerson {
            name: "Sergei Ryabkov".into(),
            role: Some("Russian Deputy Foreign Minister".into()),
            position: 10,
            tok: 10,
            end: 16,
            gender: None,
        }];
        let mut r = Resolver::new(people, vec![]);
        let x = r.resolve(&d("Ryabkov"), None, at(500, 3));
        assert_eq!(x.speaker.name, "Sergei Ryabkov");
        assert_eq!(x.speaker.surface, "Ryabkov");
        assert_eq!(x.speaker.role.as_deref(), Some("Russian Deputy Foreign Minister"));
        assert!(!x.anonymous);
    }

    #[test]
    fn pronoun_resolves_to_the_last_person_speaking() {
        let mut r = Resolver::new(vec![], vec![]);
        let a = r.resolve(&d("Jens Stoltenberg"), None, at(0, 0));
        let b = r.resolve(&d("he"), None, at(50, 1));
        assert_eq!(a.entity, b.entity);
        assert_eq!(b.speaker.name, "Jens Stoltenberg");
        assert_eq!(b.speaker.surface, "he");
    }

    #[test]
    fn unresolved_pronoun_is_unknown_not_anonymous() {
        let mut r = Resolver::new(vec![], vec![]);
        let a = r.resolve(&d("she"), None, at(0, 0));
        assert_eq!(a.speaker.kind, SpeakerKind::Unknown);
        assert!(!a.anonymous);
    }

    #[test]
    fn anonymity_phrase_in_an_appositive_marks_a_speaker() {
        let mut r = Resolver::new(vec![], vec![]);
        let a = r.resolve(&d("a diplomat"), Some(", who declined to be named,"), at(0, 0));
        assert!(a.anonymous);
        let b = r.resolve(&d("Western governments"), None, at(10, 0));
        assert!(!b.anonymous);
    }
}

//! Every word list the extractor uses, as sorted constants (a test keeps them sorted and unique).
//!
//! Lists hold lowercase words unless they say otherwise. Extraction code asks these lists
//! questions; it never spells out a phrase of its own.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// FNV-1a: lexicon keys are short words, for which SipHash costs more than the lookup.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by short words.
pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
/// A set of short words.
pub type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// How a speech or attitude verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueFrame {
    /// Takes a clause or quote: "said (that) ...", "warned ...". May also follow its content
    /// ("..., she said").
    Clause,
    /// Takes an addressee before the clause: "told reporters (that) ...", "assured him ...".
    Addressee,
    /// Takes an object, sometimes with a predicate: "denied the report", "called it a sham",
    /// "accused Russia of ...". Never follows its content.
    Object,
}

/// Speech and attitude verbs by lemma, with the frame they take. Sorted by lemma.
pub const CUE_VERBS: &[(&str, CueFrame)] = &[
    ("accuse", CueFrame::Object),
    ("acknowledge", CueFrame::Clause),
    ("add", CueFrame::Clause),
    ("admit", CueFrame::Clause),
    ("advise", CueFrame::Addressee),
    ("advocate", CueFrame::Object),
    ("affirm", CueFrame::Clause),
    ("agree", CueFrame::Clause),
    ("allege", CueFrame::Clause),
    ("announce", CueFrame::Clause),
    ("answer", CueFrame::Clause),
    ("applaud", CueFrame::Object),
    ("argue", CueFrame::Clause),
    ("ask", CueFrame::Addressee),
    ("assert", CueFrame::Clause),
    ("assure", CueFrame::Addressee),
    ("attack", CueFrame::Object),
    ("bark", CueFrame::Clause),
    ("beg", CueFrame::Clause),
    ("believe", CueFrame::Clause),
    ("bellow", CueFrame::Clause),
    ("blame", CueFrame::Object),
    ("blast", CueFrame::Object),
    ("boast", CueFrame::Clause),
    ("brag", CueFrame::Clause),
    ("call", CueFrame::Object),
    ("caution", CueFrame::Clause),
    ("challenge", CueFrame::Object),
    ("chant", CueFrame::Clause),
    ("characterize", CueFrame::Object),
    ("charge", CueFrame::Clause),
    ("chime", CueFrame::Clause),
    ("chuckle", CueFrame::Clause),
    ("cite", CueFrame::Object),
    ("claim", CueFrame::Clause),
    ("comment", CueFrame::Clause),
    ("complain", CueFrame::Clause),
    ("concede", CueFrame::Clause),
    ("conclude", CueFrame::Clause),
    ("concur", CueFrame::Clause),
    ("condemn", CueFrame::Object),
    ("confess", CueFrame::Clause),
    ("confirm", CueFrame::Clause),
    ("congratulate", CueFrame::Object),
    ("contend", CueFrame::Clause),
    ("continue", CueFrame::Clause),
    ("counter", CueFrame::Clause),
    ("criticize", CueFrame::Object),
    ("deadpan", CueFrame::Clause),
    ("declare", CueFrame::Clause),
    ("decline", CueFrame::Clause),
    ("decry", CueFrame::Object),
    ("defend", CueFrame::Object),
    ("demand", CueFrame::Clause),
    ("denounce", CueFrame::Object),
    ("deny", CueFrame::Clause),
    ("depict", CueFrame::Object),
    ("deride", CueFrame::Object),
    ("describe", CueFrame::Object),
    ("disclose", CueFrame::Clause),
    ("discuss", CueFrame::Object),
    ("dismiss", CueFrame::Object),
    ("dispute", CueFrame::Clause),
    ("doubt", CueFrame::Clause),
    ("dub", CueFrame::Object),
    ("echo", CueFrame::Clause),
    ("elaborate", CueFrame::Clause),
    ("email", CueFrame::Clause),
    ("emphasize", CueFrame::Clause),
    ("encourage", CueFrame::Object),
    ("endorse", CueFrame::Object),
    ("estimate", CueFrame::Clause),
    ("exclaim", CueFrame::Clause),
    ("exhort", CueFrame::Object),
    ("explain", CueFrame::Clause),
    ("express", CueFrame::Object),
    ("fear", CueFrame::Clause),
    ("find", CueFrame::Clause),
    ("forecast", CueFrame::Clause),
    ("fume", CueFrame::Clause),
    ("gasp", CueFrame::Clause),
    // Only as "...," he went on (found through IDIOM_CUES).
    ("go on", CueFrame::Clause),
    ("grin", CueFrame::Clause),
    ("gripe", CueFrame::Clause),
    ("groan", CueFrame::Clause),
    ("grouse", CueFrame::Clause),
    ("gush", CueFrame::Clause),
    ("hail", CueFrame::Object),
    ("heckle", CueFrame::Clause),
    ("herald", CueFrame::Object),
    ("highlight", CueFrame::Object),
    ("hint", CueFrame::Object),
    ("holler", CueFrame::Clause),
    ("hope", CueFrame::Clause),
    ("huff", CueFrame::Clause),
    ("implore", CueFrame::Clause),
    ("imply", CueFrame::Clause),
    ("indicate", CueFrame::Clause),
    ("inform", CueFrame::Addressee),
    ("insinuate", CueFrame::Clause),
    ("insist", CueFrame::Clause),
    ("interject", CueFrame::Clause),
    ("interrupt", CueFrame::Clause),
    ("jeer", CueFrame::Clause),
    ("joke", CueFrame::Clause),
    ("label", CueFrame::Object),
    ("lament", CueFrame::Clause),
    ("lash", CueFrame::Object),
    ("laugh", CueFrame::Clause),
    ("lay", CueFrame::Object),
    ("learn", CueFrame::Clause),
    ("maintain", CueFrame::Clause),
    ("marvel", CueFrame::Clause),
    ("mention", CueFrame::Clause),
    ("moan", CueFrame::Clause),
    ("mock", CueFrame::Object),
    ("murmur", CueFrame::Clause),
    ("muse", CueFrame::Clause),
    ("mutter", CueFrame::Clause),
    ("note", CueFrame::Clause),
    ("observe", CueFrame::Clause),
    ("offer", CueFrame::Object),
    ("opine", CueFrame::Clause),
    ("oppose", CueFrame::Object),
    ("plead", CueFrame::Clause),
    ("pledge", CueFrame::Clause),
    ("point", CueFrame::Object),
    ("portray", CueFrame::Object),
    ("post", CueFrame::Clause),
    ("praise", CueFrame::Object),
    ("predict", CueFrame::Clause),
    ("press", CueFrame::Clause),
    ("proclaim", CueFrame::Clause),
    ("promise", CueFrame::Clause),
    ("propose", CueFrame::Clause),
    ("push", CueFrame::Object),
    // Only as the idiom "as X put it," (found through IDIOM_CUES, never by its forms).
    ("put it", CueFrame::Clause),
    ("question", CueFrame::Object),
    ("quip", CueFrame::Clause),
    ("quote", CueFrame::Object),
    ("rail", CueFrame::Clause),
    ("rant", CueFrame::Clause),
    ("read", CueFrame::Clause),
    ("rebut", CueFrame::Object),
    ("recall", CueFrame::Clause),
    ("recommend", CueFrame::Clause),
    ("recount", CueFrame::Clause),
    ("refer", CueFrame::Object),
    ("reference", CueFrame::Object),
    ("refuse", CueFrame::Clause),
    ("refute", CueFrame::Object),
    ("regard", CueFrame::Object),
    ("reiterate", CueFrame::Clause),
    ("reject", CueFrame::Object),
    ("remark", CueFrame::Clause),
    ("remind", CueFrame::Addressee),
    ("repeat", CueFrame::Clause),
    ("reply", CueFrame::Clause),
    ("report", CueFrame::Clause),
    ("respond", CueFrame::Clause),
    ("retort", CueFrame::Clause),
    ("reveal", CueFrame::Clause),
    ("roar", CueFrame::Clause),
    ("say", CueFrame::Clause),
    ("scoff", CueFrame::Clause),
    ("scream", CueFrame::Clause),
    ("see", CueFrame::Object),
    ("shout", CueFrame::Clause),
    ("show", CueFrame::Clause),
    ("shrug", CueFrame::Clause),
    ("sigh", CueFrame::Clause),
    ("signal", CueFrame::Clause),
    ("slam", CueFrame::Object),
    ("smile", CueFrame::Clause),
    ("snap", CueFrame::Clause),
    ("sneer", CueFrame::Clause),
    ("snort", CueFrame::Clause),
    ("speak", CueFrame::Object),
    ("speculate", CueFrame::Clause),
    ("state", CueFrame::Clause),
    ("stress", CueFrame::Clause),
    ("suggest", CueFrame::Clause),
    ("support", CueFrame::Object),
    ("swear", CueFrame::Clause),
    ("talk", CueFrame::Object),
    ("taunt", CueFrame::Clause),
    ("tease", CueFrame::Clause),
    ("tell", CueFrame::Addressee),
    ("testify", CueFrame::Clause),
    ("thank", CueFrame::Object),
    ("think", CueFrame::Clause),
    ("threaten", CueFrame::Clause),
    ("tweet", CueFrame::Clause),
    ("urge", CueFrame::Object),
    ("view", CueFrame::Object),
    ("vow", CueFrame::Clause),
    ("want", CueFrame::Object),
    ("warn", CueFrame::Clause),
    ("weigh", CueFrame::Object),
    ("welcome", CueFrame::Object),
    ("whisper", CueFrame::Clause),
    ("wonder", CueFrame::Clause),
    ("worry", CueFrame::Clause),
    ("write", CueFrame::Clause),
    ("yell", CueFrame::Clause),
];

/// Forms of cue verbs that in news prose are mostly nouns or other senses ("member states",
/// "support among voters", "his remarks"); measured on real news, they cost more than they find.
/// Sorted.
pub const EXCLUDED_CUE_FORMS: &[&str] = &[
    "advocate",
    "advocates",
    "ask",
    "attacks",
    "call",
    "challenging",
    "charged",
    "charges",
    "comment",
    "comments",
    "dubed",
    "dubing",
    "dubs",
    "echos",
    "email",
    "emails",
    "offers",
    "press",
    "presses",
    "questions",
    "remark",
    "remarks",
    "repeat",
    "reporting",
    "respond",
    "state",
    "states",
    "support",
    "supporting",
    "supports",
    "tell",
    "thinking",
];

/// Verb forms that the regular rules below cannot build: (form, lemma). Sorted by form.
pub const IRREGULAR_FORMS: &[(&str, &str)] = &[
    ("admits", "admit"),
    ("admitted", "admit"),
    ("admitting", "admit"),
    ("deadpanned", "deadpan"),
    ("deadpanning", "deadpan"),
    ("dubbed", "dub"),
    ("dubbing", "dub"),
    ("echoes", "echo"),
    ("found", "find"),
    ("grinned", "grin"),
    ("grinning", "grin"),
    ("implied", "imply"),
    ("implies", "imply"),
    ("labelled", "label"),
    ("labelling", "label"),
    ("laid", "lay"),
    ("laying", "lay"),
    ("lays", "lay"),
    ("learnt", "learn"),
    ("quipped", "quip"),
    ("quipping", "quip"),
    ("rebuts", "rebut"),
    ("rebutted", "rebut"),
    ("rebutting", "rebut"),
    ("referred", "refer"),
    ("referring", "refer"),
    ("said", "say"),
    ("says", "say"),
    ("shown", "show"),
    ("shrugged", "shrug"),
    ("shrugging", "shrug"),
    ("slammed", "slam"),
    ("slamming", "slam"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("thought", "think"),
    ("told", "tell"),
    ("written", "write"),
    ("wrote", "write"),
];

/// Cue lemmas that may come after their content ("..., she said", "..., said Peskov").
/// Object-frame verbs never do.
pub fn cue_can_follow_content(lemma: &str) -> bool {
    matches!(cue_frame(lemma), Some(CueFrame::Clause) | Some(CueFrame::Addressee))
        && !NON_INVERTING_CUES.contains(&lemma)
}

/// Cues that only attribute a quotation next to them (`"...," he continued`, `he barked, "..."`);
/// elsewhere they are ordinary verbs ("continued to portray", "snapped a photo"). Sorted.
pub const QUOTE_ONLY_CUES: &[&str] = &[
    "bark",
    "bellow",
    "chant",
    "chime",
    "chuckle",
    "continue",
    "deadpan",
    "elaborate",
    "fume",
    "gasp",
    "go on",
    "grin",
    "gripe",
    "groan",
    "grouse",
    "gush",
    "heckle",
    "holler",
    "huff",
    "implore",
    "interrupt",
    "jeer",
    "laugh",
    "marvel",
    "moan",
    "murmur",
    "muse",
    "press",
    "rant",
    "read",
    "roar",
    "scoff",
    "shrug",
    "sigh",
    "smile",
    "snap",
    "sneer",
    "snort",
    "taunt",
    "tease",
];

/// Two-word idioms that attribute only when punctuation or a quotation follows them: "as
/// Trevidic put it, "..."", ""...," Trump went on" ("put it on the table", "went on to win" are no
/// cues). (form, second word, cue lemma).
pub const IDIOM_CUES: &[(&str, &str, &str)] = &[
    ("go", "on", "go on"),
    ("goes", "on", "go on"),
    ("put", "it", "put it"),
    ("puts", "it", "put it"),
    ("went", "on", "go on"),
];

/// Cues that report a stance or an act rather than words ("wants", "believes", "rejected",
/// "endorsed"). Inside another statement's content they are part of what that speaker says
/// ("Cardin said Republicans rejected his plan" is Cardin's account, not a statement by
/// Republicans), so they start no nested statement there. Sorted.
pub const ATTITUDE_CUES: &[&str] = &[
    "agree",
    "believe",
    "congratulate",
    "decline",
    "doubt",
    "endorse",
    "fear",
    "find",
    "hope",
    "learn",
    "offer",
    "oppose",
    "refuse",
    "reject",
    "show",
    "support",
    "thank",
    "think",
    "want",
    "welcome",
    "worry",
];

/// Clause-frame cues that are not used after their content in news prose.
pub const NON_INVERTING_CUES: &[&str] = &[
    "agree",
    "ask",
    "decline",
    "doubt",
    "fear",
    "hope",
    "learn",
    "promise",
    "propose",
    "recommend",
    "refuse",
    "threaten",
    "urge",
    "want",
    "worry",
];

/// The frame of a cue lemma.
pub fn cue_frame(lemma: &str) -> Option<CueFrame> {
    CUE_VERBS.binary_search_by(|(l, _)| l.cmp(&lemma)).ok().map(|i| CUE_VERBS[i].1)
}

/// Every cue verb form with its lemma.
struct CueForms {
    lemma: FastMap<String, &'static str>,
    /// Lengths of the forms (bit n: n bytes) by first and last letter ('a'..='z'): most words
    /// of a text have a shape no form has, and this rules them out without hashing them.
    shapes: [[u32; 26]; 26],
}

static CUE_FORMS: LazyLock<CueForms> = LazyLock::new(|| {
    let mut m = FastMap::default();
    for (lemma, _) in CUE_VERBS {
        for f in regular_forms(lemma) {
            if !contains(EXCLUDED_CUE_FORMS, &f) {
                m.insert(f, *lemma);
            }
        }
    }
    for (form, lemma) in IRREGULAR_FORMS {
        if let Ok(i) = CUE_VERBS.binary_search_by(|(l, _)| l.cmp(lemma)) {
            m.insert(form.to_string(), CUE_VERBS[i].0);
        }
    }
    let mut shapes = [[0u32; 26]; 26];
    for form in m.keys() {
        if let Some((first, last, len)) = word_shape(form) {
            shapes[first][last] |= 1 << len;
        }
    }
    CueForms { lemma: m, shapes }
});

/// First and last letter ('a'..='z' as 0..26) and length (under 32 bytes) of a word, when
/// it has such a shape.
#[inline]
fn word_shape(word: &str) -> Option<(usize, usize, usize)> {
    let b = word.as_bytes();
    if b.len() >= 32 {
        return None;
    }
    let letter = |b: u8| b.is_ascii_lowercase().then(|| usize::from(b - b'a'));
    Some((letter(*b.first()?)?, letter(*b.last()?)?, b.len()))
}

/// The lemma of a cue verb form ("insisted" → "insist"), if the word is one.
///
/// Inlined: it is asked of nearly every word, and most are ruled out by their shape.
#[inline]
pub fn cue_lemma(word: &str) -> Option<&'static str> {
    let forms = &*CUE_FORMS;
    if let Some((first, last, len)) = word_shape(word)
        && forms.shapes[first][last] & 1 << len == 0
    {
        return None;
    }
    cue_form_lemma(forms, word)
}

#[inline(never)]
fn cue_form_lemma(forms: &CueForms, word: &str) -> Option<&'static str> {
    forms.lemma.get(word).copied()
}

/// Regular English inflections of a verb lemma: base, -s, -ed, -ing.
fn regular_forms(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let (stem, last) = lemma.split_at(lemma.len() - 1);
    let third = if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('z')
    {
        format!("{lemma}es")
    } else if last == "y" && !stem.ends_with(['a', 'e', 'o', 'u']) {
        format!("{stem}ies")
    } else {
        format!("{lemma}s")
    };
    out.push(third);
    let past = if last == "e" {
        format!("{lemma}d")
    } else if last == "y" && !stem.ends_with(['a', 'e', 'o', 'u']) {
        format!("{stem}ied")
    } else {
        format!("{lemma}ed")
    };
    out.push(past);
    let ing = if last == "e" && !lemma.ends_with("ee") { format!("{stem}ing") } else { format!("{lemma}ing") };
    out.push(ing);
    out
}

/// Multi-word cues made of a verb and a particle or noun: (lemma, following words).
/// "point out", "call for", "weigh in". Sorted.
pub const PHRASAL_CUES: &[(&str, &str)] = &[
    ("ask", "about"),
    ("ask", "for"),
    ("call", "for"),
    ("call", "on"),
    ("chime", "in"),
    ("comment", "on"),
    ("complain", "about"),
    ("hint", "at"),
    ("joke", "about"),
    ("lash", "out"),
    ("lay", "out"),
    ("point", "out"),
    ("point", "to"),
    ("push", "for"),
    ("refer", "to"),
    ("speak", "about"),
    ("speak", "of"),
    ("speak", "out"),
    ("talk", "about"),
    ("warn", "about"),
    ("warn", "of"),
    ("weigh", "in"),
    ("write", "about"),
];

/// Cue forms that are also plural nouns ("911 calls", "Google's big promises"): after a number,
/// or an adjective after a possessive or determiner, they are the noun. Sorted.
pub const PLURAL_NOUN_CUE_FORMS: &[&str] = &[
    "answers",
    "boasts",
    "calls",
    "claims",
    "comments",
    "demands",
    "estimates",
    "notes",
    "pledges",
    "posts",
    "promises",
    "questions",
    "remarks",
    "replies",
    "reports",
    "requests",
    "signals",
    "tweets",
    "vows",
];

/// Adjectives that make the next word a noun ("the central claims", "big promises"). Sorted.
pub const NOUN_ADJECTIVES: &[&str] = &[
    "big", "bold", "central", "current", "earlier", "early", "empty", "false", "frequent", "key", "latest", "main",
    "many", "new", "numerous", "own", "previous", "recent", "repeated", "several", "similar", "various",
];

/// A cue's participle with the noun it forms a compound with: "pledged delegates" are a kind
/// of delegate, not something pledged.
pub const PARTICIPLE_COMPOUNDS: &[(&str, &str)] =
    &[("pledged", "delegate"), ("pledged", "delegates"), ("think", "tank"), ("think", "tanks")];

/// Cue lemmas that count only with one of their particles ("talked about", "pointed to",
/// "voted for"): alone they are not reports of speech. Sorted.
pub const PARTICLE_ONLY_CUES: &[&str] =
    &["chime", "hint", "lash", "lay", "point", "push", "refer", "speak", "talk", "weigh"];

/// Last words of news outlets' names ("the Boston Globe", "the Post", "Central European
/// News", "Mail Online", "Pink News"), lowercase. Sorted.
pub const NEWSPAPER_NAME_WORDS: &[&str] = &[
    "bulletin",
    "chronicle",
    "courier",
    "daily",
    "digest",
    "dispatch",
    "enquirer",
    "examiner",
    "gazette",
    "globe",
    "guardian",
    "herald",
    "inquirer",
    "journal",
    "ledger",
    "magazine",
    "mail",
    "mirror",
    "monitor",
    "news",
    "observer",
    "online",
    "post",
    "post-dispatch",
    "register",
    "sentinel",
    "star-ledger",
    "telegraph",
    "times",
    "tribune",
    "weekly",
];

/// Whether a name (its words, without a leading "The") has the shape of a news outlet's:
/// capitalized words (or numbers: "10 News", "FOX 2 News") ending in a word outlets are named
/// with, or a US broadcaster's call sign ("WCVB", "KMOV-TV").
pub fn outlet_shaped(words: &[&str]) -> bool {
    match words {
        [] => false,
        // "the Post", "the Mail"; not a lone "News", "Online" or "Weekly", which say too little.
        [one] => {
            let one = without_possessive(one);
            call_sign(one)
                || one.starts_with(char::is_uppercase)
                    && !matches!(one, "News" | "Online" | "Daily" | "Digest" | "Weekly")
                    && NEWSPAPER_NAME_SET.contains_any_case(one)
        }
        [.., last] => {
            words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                && words.iter().any(|w| w.starts_with(char::is_uppercase))
                && NEWSPAPER_NAME_SET.contains_any_case(without_possessive(last))
        }
    }
}

/// Whether `rest` (the text after a full stop inside a word) opens with a web address's
/// top-level domain ending the word: "Kmov.com", "UPI.com", "bbc.co.uk" are one token.
pub fn top_level_domain_at(rest: &str) -> bool {
    ["com", "org", "net", "gov", "edu", "co", "uk", "tv", "io"]
        .iter()
        .any(|tld| rest.strip_prefix(tld).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric())))
}

/// Whether a word is a website's address ("Kmov.com", "TMZ.com"): letters, a full stop and a
/// top-level domain. Told such a site, one speaks to the press.
pub fn is_website(w: &str) -> bool {
    w.split_once('.').is_some_and(|(name, rest)| {
        name.chars().any(char::is_alphabetic)
            && name.chars().all(|c| c.is_alphanumeric() || c == '-')
            && top_level_domain_at(rest)
    })
}

/// `NEWSPAPER_NAME_WORDS` as a set, asked of capitalized words.
static NEWSPAPER_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NEWSPAPER_NAME_WORDS));

/// A US radio or television station's call sign: four capitals opening with K or W, with a
/// band after a hyphen or none ("WCVB", "KMOV-TV", "WTOP-FM"). Not "WWII".
fn call_sign(w: &str) -> bool {
    let (letters, band) = w.split_once('-').unwrap_or((w, ""));
    letters.len() == 4
        && letters.starts_with(['K', 'W'])
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && letters != "WWII"
        && matches!(band, "" | "TV" | "FM" | "AM" | "DT")
}

/// Plural heads of generic groups: people holding a view or a part in the story, not sources
/// withholding their names ("critics say", "researchers found", "Democrats argue"). Such a
/// group is not an anonymous source the way "officials" or "people familiar with" are. Sorted.
pub const GENERIC_GROUP_NOUNS: &[&str] = &[
    "activists",
    "advocates",
    "analysts",
    "candidates",
    "conservatives",
    "critics",
    "democrats",
    "detractors",
    "doctors",
    "economists",
    "experts",
    "fans",
    "historians",
    "lawmakers",
    "legislators",
    "liberals",
    "observers",
    "opponents",
    "parents",
    "physicians",
    "progressives",
    "protesters",
    "republicans",
    "researchers",
    "scholars",
    "scientists",
    "skeptics",
    "students",
    "supporters",
    "teachers",
    "voters",
    "witnesses",
];

/// Occasions of speaking: "in another interview", "at a separate event". Sorted.
pub const OCCASION_NOUNS: &[&str] = &[
    "account",
    "appearance",
    "article",
    "broadcast",
    "conversation",
    "debate",
    "event",
    "hearing",
    "interview",
    "post",
    "rally",
    "report",
    "speech",
    "statement",
    "story",
    "tweet",
];

/// Nouns that report what their owner said or holds, when a that-clause follows ("his claim
/// that ...", "Trump's insistence that ..."). Sorted.
pub const CLAIM_NOUNS: &[&str] = &[
    "accusation",
    "accusations",
    "admission",
    "allegation",
    "allegations",
    "argument",
    "assertion",
    "assertions",
    "belief",
    "claim",
    "claims",
    "complaint",
    "complaints",
    "concern",
    "concerns",
    "contention",
    "denial",
    "fear",
    "fears",
    "hope",
    "insistence",
    "pledge",
    "position",
    "prediction",
    "promise",
    "remark",
    "remarks",
    "statement",
    "suggestion",
    "threat",
    "view",
    "vow",
    "warning",
];

/// Noun phrases that introduce content like a cue: "in a statement", "in an interview".
pub const STATEMENT_NOUNS: &[&str] = &[
    "announcement",
    "interview",
    "letter",
    "memo",
    "post",
    "press conference",
    "press release",
    "remarks",
    "speech",
    "statement",
    "testimony",
    "tweet",
];

/// Heads naming someone by kinship ("the family of slain journalist James Foley", "Foley's
/// mother"): known by whose kin they are, not anonymous. Sorted.
pub const KIN_NOUNS: &[&str] = &[
    "brother", "daughter", "families", "family", "father", "husband", "mother", "parents", "sister", "son", "widow",
    "wife",
];

/// Heads of the epithets news gives a person it has just named ("Donald Trump ... the
/// Republican presidential candidate said", "Cuban ... the billionaire added"): a role or a
/// public part, not the heads anonymous sources go by ("official", "source", "aide"). Sorted.
pub const EPITHET_NOUNS: &[&str] = &[
    "actor",
    "actress",
    "anchor",
    "athlete",
    "author",
    "billionaire",
    "businessman",
    "businesswoman",
    "candidate",
    "celebrity",
    "comedian",
    "congressman",
    "congresswoman",
    "entrepreneur",
    "financier",
    "founder",
    "front-runner",
    "frontrunner",
    "governor",
    "host",
    "lawmaker",
    "mogul",
    "nominee",
    "novelist",
    "politician",
    "rapper",
    "senator",
    "singer",
    "star",
    "strategist",
    "teen",
    "teenager",
    "tycoon",
];

/// Speaker head nouns for people who are described rather than named. A speaker whose head
/// is one of these and who carries no name is anonymous.
pub const PERSON_NOUNS: &[&str] = &[
    "acquaintance",
    "activist",
    "activists",
    "actor",
    "actress",
    "administrator",
    "administrators",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "advocate",
    "advocates",
    "agent",
    "agents",
    "aide",
    "aides",
    "allies",
    "ally",
    "ambassador",
    "americans",
    "analyst",
    "analysts",
    "anchor",
    "anchors",
    "attendee",
    "attendees",
    "attorney",
    "attorneys",
    "aunt",
    "backer",
    "backers",
    "banker",
    "bankers",
    "bishop",
    "bishops",
    "bloggers",
    "brother",
    "bystander",
    "bystanders",
    "callers",
    "candidate",
    "candidates",
    "caucusgoers",
    "ceo",
    "ceos",
    "chair",
    "chairman",
    "chairwoman",
    "children",
    "citizen",
    "citizens",
    "classmate",
    "classmates",
    "clergy",
    "coach",
    "coaches",
    "colleague",
    "colleagues",
    "colonel",
    "columnist",
    "columnists",
    "commander",
    "commanders",
    "commentator",
    "commentators",
    "commenter",
    "commenters",
    "commissioner",
    "commissioners",
    "congressman",
    "congresswoman",
    "conservatives",
    "consultant",
    "consultants",
    "correspondent",
    "correspondents",
    "counsel",
    "cousin",
    "critic",
    "critics",
    "customer",
    "customers",
    "daughter",
    "defendant",
    "defendants",
    "defenders",
    "delegate",
    "delegates",
    "democrats",
    "demonstrators",
    "detective",
    "detectives",
    "detractor",
    "detractors",
    "diplomat",
    "diplomats",
    "director",
    "directors",
    "doctor",
    "doctors",
    "donor",
    "donors",
    "driver",
    "drivers",
    "economist",
    "economists",
    "editor",
    "editors",
    "employee",
    "employees",
    "enemies",
    "enemy",
    "engineer",
    "engineers",
    "entrepreneur",
    "entrepreneurs",
    "envoy",
    "envoys",
    "evangelicals",
    "executive",
    "executives",
    "expert",
    "experts",
    "eyewitness",
    "eyewitnesses",
    "families",
    "family",
    "fan",
    "fans",
    "farmer",
    "farmers",
    "father",
    "fighter",
    "fighters",
    "fisherman",
    "fishermen",
    "foe",
    "foes",
    "follower",
    "followers",
    "founder",
    "founders",
    "friend",
    "friends",
    "governor",
    "governors",
    "guard",
    "guards",
    "historian",
    "historians",
    "host",
    "hosts",
    "hunter",
    "hunters",
    "husband",
    "immigrant",
    "immigrants",
    "independents",
    "individual",
    "individuals",
    "insider",
    "insiders",
    "inspector",
    "inspectors",
    "insurgents",
    "interviewer",
    "investigator",
    "investigators",
    "investor",
    "investors",
    "jihadist",
    "jihadists",
    "journalist",
    "journalists",
    "judge",
    "judges",
    "justice",
    "justices",
    "kids",
    "lawmaker",
    "lawmakers",
    "lawyer",
    "lawyers",
    "leader",
    "leaders",
    "legislator",
    "legislators",
    "liberals",
    "listeners",
    "logger",
    "loggers",
    "manager",
    "managers",
    "mayor",
    "mayors",
    "member",
    "members",
    "men",
    "militant",
    "militants",
    "millennials",
    "miners",
    "minister",
    "ministers",
    "moderates",
    "mother",
    "mp",
    "mps",
    "negotiator",
    "negotiators",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "nominee",
    "nominees",
    "nurse",
    "nurses",
    "observer",
    "observers",
    "officer",
    "officers",
    "official",
    "officials",
    "opponent",
    "opponents",
    "organizer",
    "organizers",
    "owner",
    "owners",
    "parent",
    "parents",
    "passenger",
    "passengers",
    "pastor",
    "pastors",
    "patient",
    "patients",
    "people",
    "person",
    "physician",
    "physicians",
    "player",
    "players",
    "pollster",
    "pollsters",
    "presenter",
    "president",
    "presidents",
    "priest",
    "priests",
    "professor",
    "professors",
    "progressives",
    "prosecutor",
    "prosecutors",
    "protester",
    "protesters",
    "rabbi",
    "reader",
    "readers",
    "rebel",
    "rebels",
    "regulator",
    "regulators",
    "relative",
    "relatives",
    "reporter",
    "reporters",
    "representative",
    "representatives",
    "republicans",
    "researcher",
    "researchers",
    "resident",
    "residents",
    "retirees",
    "rival",
    "rivals",
    "scholar",
    "scholars",
    "scientist",
    "scientists",
    "secretary",
    "senator",
    "senators",
    "sergeant",
    "sheriff",
    "shopper",
    "shoppers",
    "singer",
    "sister",
    "skeptic",
    "skeptics",
    "soldier",
    "soldiers",
    "son",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staff",
    "staffer",
    "staffers",
    "strategist",
    "strategists",
    "student",
    "students",
    "superdelegates",
    "supporter",
    "supporters",
    "surgeon",
    "surgeons",
    "survivor",
    "survivors",
    "teacher",
    "teachers",
    "teammate",
    "teammates",
    "tourist",
    "tourists",
    "trader",
    "traders",
    "travelers",
    "troll",
    "trolls",
    "troops",
    "trustee",
    "trustees",
    "uncle",
    "user",
    "users",
    "veteran",
    "veterans",
    "victim",
    "victims",
    "viewers",
    "villager",
    "villagers",
    "visitor",
    "visitors",
    "volunteer",
    "volunteers",
    "voter",
    "voters",
    "wife",
    "witness",
    "witnesses",
    "women",
    "worker",
    "workers",
];

/// Adjectives of attitude that report a view when said of someone ("Democrats are worried
/// about turnout", "Graham has been critical of Trump", "is convinced that"). Sorted.
pub const ATTITUDE_ADJECTIVES: &[&str] = &[
    "afraid",
    "angry",
    "aware",
    "certain",
    "concerned",
    "confident",
    "convinced",
    "critical",
    "determined",
    "divided",
    "doubtful",
    "eager",
    "frustrated",
    "furious",
    "hopeful",
    "nervous",
    "opposed",
    "optimistic",
    "outraged",
    "pessimistic",
    "skeptical",
    "supportive",
    "sure",
    "unsure",
    "upset",
    "wary",
    "worried",
];

/// Verbs in -ers, which a subject's head in -ers ("forecasters", "insiders") is not. Sorted.
pub const ERS_VERBS: &[&str] = &[
    "answers",
    "bothers",
    "considers",
    "covers",
    "delivers",
    "discovers",
    "empowers",
    "enters",
    "gathers",
    "hinders",
    "lingers",
    "lowers",
    "matters",
    "numbers",
    "offers",
    "orders",
    "powers",
    "prefers",
    "recovers",
    "refers",
    "registers",
    "remembers",
    "renders",
    "shatters",
    "suffers",
    "towers",
    "triggers",
    "wonders",
];

/// Words that open an indirect question: after a negated cue ("would not say whether ...")
/// the statement reports a question left open. Sorted.
pub const OPEN_QUESTION_WORDS: &[&str] = &["how", "if", "what", "when", "where", "whether", "who", "why"];

/// Top-level domains that end a web address named as a source ("Factcheck.org"). Sorted.
pub const WEB_DOMAINS: &[&str] = &["com", "edu", "gov", "net", "org"];

/// Things that show or find rather than speak: "polls show", "a study found". Sorted.
pub const EVIDENCE_NOUNS: &[&str] = &[
    "analysis",
    "audit",
    "census",
    "data",
    "document",
    "documents",
    "email",
    "emails",
    "estimates",
    "evidence",
    "figures",
    "filings",
    "findings",
    "footage",
    "forecast",
    "investigation",
    "memo",
    "numbers",
    "photos",
    "poll",
    "polling",
    "polls",
    "records",
    "report",
    "reports",
    "research",
    "results",
    "review",
    "slide",
    "statistics",
    "studies",
    "study",
    "survey",
    "surveys",
    "tally",
    "video",
    "videos",
];

/// Speaker head nouns for institutions and collectives (not anonymous: they are named by
/// what they are).
pub const INSTITUTION_NOUNS: &[&str] = &[
    "administration",
    "agency",
    "army",
    "authorities",
    "board",
    "cabinet",
    "campaign",
    "commission",
    "committee",
    "company",
    "council",
    "country",
    "court",
    "department",
    "firm",
    "government",
    "governments",
    "group",
    "groups",
    "military",
    "ministry",
    "office",
    "organization",
    "parliament",
    "party",
    "police",
    "poll",
    "polls",
    "prosecutors",
    "report",
    "senate",
    "study",
    "survey",
    "team",
    "union",
];

/// Words that explicitly mark a source as anonymous wherever they occur in the speaker's
/// mention or its appositive.
pub const ANONYMITY_MARKERS: &[&str] = &["anonymous", "unidentified", "unnamed"];

/// Phrases that mark a speaker as anonymous ("who spoke on condition of anonymity").
pub const ANONYMITY_PHRASES: &[&str] = &[
    "asked not to be identified",
    "asked not to be named",
    "condition of anonymity",
    "declined to be identified",
    "declined to be named",
    "familiar with",
    "not authorized to speak",
    "requested anonymity",
    "without being named",
];

/// Titles, ranks and role words that may precede a name ("Deputy Foreign Minister Sergei
/// Ryabkov"); compared case-insensitively, a trailing period ignored.
pub const TITLES: &[&str] = &[
    "adm",
    "admiral",
    "ambassador",
    "anchor",
    "assemblyman",
    "assemblywoman",
    "attorney",
    "author",
    "bishop",
    "brig",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "co-founder",
    "col",
    "colonel",
    "columnist",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "contributor",
    "correspondent",
    "councilman",
    "councilwoman",
    "cpl",
    "defense",
    "delegate",
    "democrat",
    "deputy",
    "director",
    "dr",
    "economist",
    "editor",
    "emperor",
    "envoy",
    "executive",
    "finance",
    "first",
    "foreign",
    "former",
    "founder",
    "gen",
    "general",
    "gov",
    "governor",
    "head",
    "health",
    "host",
    "interior",
    "judge",
    "justice",
    "king",
    "lady",
    "leader",
    "lieutenant",
    "lt",
    "maj",
    "major",
    "manager",
    "mayor",
    "minister",
    "mr",
    "mrs",
    "ms",
    "nominee",
    "pastor",
    "pope",
    "premier",
    "president",
    "president-elect",
    "press",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "republican",
    "rev",
    "reverend",
    "secretary",
    "secretary-general",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "state",
    "strategist",
    "superintendent",
    "treasurer",
    "vice",
];

/// Honorifics dropped when comparing names ("Mr. Trump" is "Trump").
pub const HONORIFICS: &[&str] = &["dr", "miss", "mr", "mrs", "ms", "prof", "sir"];

/// Subject pronouns that can be speakers.
pub const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];

/// Words that may sit between a subject and its cue verb ("has also said").
pub const AUXILIARIES: &[&str] = &[
    "'d",
    "'ll",
    "'m",
    "'re",
    "'s",
    "'ve",
    "again",
    "already",
    "also",
    "am",
    "are",
    "be",
    "been",
    "can",
    "could",
    "did",
    "do",
    "does",
    "earlier",
    "even",
    "first",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "once",
    "reportedly",
    "shall",
    "should",
    "still",
    "then",
    "was",
    "were",
    "will",
    "would",
];

/// Words that end a subject when scanning back from a cue: clause and phrase boundaries.
pub const SUBJECT_STOPS: &[&str] = &[
    "after", "although", "as", "because", "before", "but", "if", "since", "so", "than", "that", "though", "unless",
    "until", "what", "when", "whether", "which", "while", "who", "whom", "why", "yet",
];

/// Determiners and quantifiers that may open a speaker description.
pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "both", "each", "her", "his", "its", "many", "most", "my", "one", "other", "our",
    "several", "some", "the", "their", "these", "this", "those", "two",
];

/// Prepositions allowed inside a speaker phrase ("a spokesman for the campaign",
/// "Secretary of State John Kerry").
pub const SPEAKER_PREPOSITIONS: &[&str] = &["at", "for", "from", "in", "of", "on", "with"];

/// Known news outlets and agencies, as written (case-sensitive). Sorted.
pub const OUTLETS: &[&str] = &[
    "20/20",
    "60 Minutes",
    "9to5Mac",
    "ABC",
    "ABC News",
    "ABC World News Tonight",
    "ABC13",
    "ABC7",
    "AFP",
    "AFP TV",
    "ANSA",
    "AP",
    "AP Television",
    "Access Hollywood",
    "Ad Age",
    "Agence France Presse",
    "Agence France-Presse",
    "Al Arabiya",
    "Al Jazeera",
    "Al Jazeera America",
    "Al Jazeera English",
    "Al-Monitor",
    "All Things Considered",
    "Anadolu",
    "Anadolu Agency",
    "AnandTech",
    "Anderson Cooper 360",
    "Android Central",
    "Android Police",
    "AppleInsider",
    "Arab News",
    "Arizona Republic",
    "Ars Technica",
    "Asahi Shimbun",
    "Associated Press",
    "Associated Press Television",
    "Atlanta Journal-Constitution",
    "Axios",
    "Axios on HBO",
    "BBC",
    "BBC Breakfast",
    "BBC News",
    "BBC Radio 1",
    "BBC Radio 4",
    "BBC Sport",
    "BBC World Service",
    "Baltimore Sun",
    "Benzinga",
    "Bild",
    "Billboard",
    "Bleacher Report",
    "Bleeping Computer",
    "BleepingComputer",
    "Bloomberg",
    "Bloomberg Businessweek",
    "Bloomberg News",
    "Bloomberg TV",
    "Bloomberg Television",
    "Boston Globe",
    "Breitbart",
    "Breitbart News",
    "Business Insider",
    "Bustle",
    "BuzzFeed",
    "BuzzFeed News",
    "C-SPAN",
    "CBC",
    "CBC News",
    "CBS",
    "CBS Evening News",
    "CBS News",
    "CBS Sports",
    "CBS Sunday Morning",
    "CBS This Morning",
    "CCTV",
    "CNBC",
    "CNBC International",
    "CNET",
    "CNN",
    "CNN Business",
    "CNN International",
    "CTV",
    "Caixin",
    "Channel 4 News",
    "Chicago Sun-Times",
    "Chicago Tribune",
    "China Daily",
    "Chosun Ilbo",
    "Corriere della Sera",
    "Cosmopolitan",
    "DPA",
    "Daily Beast",
    "Daily Caller",
    "Daily Express",
    "Daily Mail",
    "Daily Mirror",
    "Daily Record",
    "Daily Sabah",
    "Daily Star",
    "Daily Telegraph",
    "Dallas Morning News",
    "Denver Post",
    "Der Spiegel",
    "Des Moines Register",
    "Detroit Free Press",
    "Detroit News",
    "Deutsche Welle",
    "Dezeen",
    "Die Welt",
    "Die Zeit",
    "Digital Trends",
    "Drudge Report",
    "E! News",
    "E! Online",
    "ESPN",
    "El Mundo",
    "El País",
    "Emirates 247",
    "Engadget",
    "Entertainment Tonight",
    "Entertainment Weekly",
    "Esquire",
    "Eurogamer",
    "Euronews",
    "Evening Standard",
    "Face the Nation",
    "FactCheck.org",
    "Fast Company",
    "Financial Times",
    "Forbes",
    "Fox",
    "Fox & Friends",
    "Fox Business",
    "Fox Business Network",
    "Fox News",
    "Fox News Channel",
    "Fox News Sunday",
    "Fox Sports",
    "Fox and Friends",
    "France 24",
    "Frankfurter Allgemeine Zeitung",
    "GQ",
    "GameSpot",
    "Gizmodo",
    "Glamour",
    "Global Times",
    "Globe and Mail",
    "Good Morning America",
    "Good Morning Britain",
    "Gulf News",
    "Haaretz",
    "Harper's Bazaar",
    "Herald Sun",
    "Hindustan Times",
    "Hollywood Reporter",
    "Houston Chronicle",
    "HuffPost",
    "Huffington Post",
    "Hurriyet",
    "IGN",
    "IRNA",
    "ITV",
    "ITV News",
    "InStyle",
    "IndieWire",
    "InfoWars",
    "Inside Edition",
    "Interfax",
    "Interfax-Ukraine",
    "Irish Independent",
    "Irish Times",
    "Itar-Tass",
    "Izvestia",
    "Jerusalem Post",
    "Jimmy Kimmel Live",
    "JoongAng Daily",
    "Just Jared",
    "KCNA",
    "KXAN",
    "Khaleej Times",
    "Kommersant",
    "Korea Herald",
    "Korea Times",
    "Kotaku",
    "Krebs on Security",
    "Kyiv Independent",
    "Kyiv Post",
    "Kyodo",
    "Kyodo News",
    "LA Times",
    "La Repubblica",
    "Las Vegas Review-Journal",
    "Le Figaro",
    "Le Monde",
    "Live Science",
    "LiveScience",
    "Liverpool Echo",
    "Los Angeles Times",
    "MSNBC",
    "MTV",
    "MacRumors",
    "Mail Online",
    "Mail on Sunday",
    "MailOnline",
    "Manchester Evening News",
    "Marie Claire",
    "MarketWatch",
    "Mashable",
    "Mediaite",
    "Meduza",
    "Meet the Press",
    "Men's Health",
    "Miami Herald",
    "Morning Edition",
    "Morning Joe",
    "Mother Jones",
    "NBC",
    "NBC News",
    "NBC Nightly News",
    "NBC Sports",
    "NDTV",
    "NHK",
    "NME",
    "NPR",
    "NPR News",
    "NZ Herald",
    "National Geographic",
    "National Post",
    "National Review",
    "New Scientist",
    "New York Daily News",
    "New York Magazine",
    "New York Post",
    "New York Times",
    "New Zealand Herald",
    "NewsHour",
    "NewsNation",
    "Newsday",
    "Newsmax",
    "Newsweek",
    "Nightline",
    "Novaya Gazeta",
    "OAN",
    "One America News",
    "Orlando Sentinel",
    "PBS",
    "PBS Frontline",
    "PBS NewsHour",
    "PC Gamer",
    "PCMag",
    "Page Six",
    "People's Daily",
    "Philadelphia Inquirer",
    "Pink News",
    "PinkNews",
    "Pitchfork",
    "PolitiFact",
    "Politico",
    "Politico Europe",
    "Popular Mechanics",
    "Popular Science",
    "Press TV",
    "Press Trust of India",
    "ProPublica",
    "Punchbowl News",
    "Quanta Magazine",
    "Quartz",
    "RFE/RL",
    "RIA",
    "RIA Novosti",
    "RT",
    "RTE",
    "Radar Online",
    "Radio Free Europe",
    "Radio Liberty",
    "Raw Story",
    "Re/code",
    "Real Time with Bill Maher",
    "Recode",
    "Refinery29",
    "Reuters",
    "Reuters TV",
    "Rolling Stone",
    "San Francisco Chronicle",
    "Scientific American",
    "Seattle Times",
    "Semafor",
    "SiriusXM",
    "Sky News",
    "Sky Sports",
    "Snopes",
    "South China Morning Post",
    "Space.com",
    "Sports Illustrated",
    "Sputnik",
    "St. Louis Post-Dispatch",
    "Star Tribune",
    "Straits Times",
    "Sun-Sentinel",
    "Sunday Times",
    "Sydney Morning Herald",
    "Süddeutsche Zeitung",
    "TASS",
    "TMZ",
    "TMZ Sports",
    "TalkSport",
    "Talking Points Memo",
    "Tampa Bay Times",
    "Tasnim",
    "TechCrunch",
    "Telemundo",
    "The Arizona Republic",
    "The Associated Press",
    "The Athletic",
    "The Atlantic",
    "The Baltimore Sun",
    "The Boston Globe",
    "The Daily Beast",
    "The Daily Caller",
    "The Daily Show",
    "The Daily Telegraph",
    "The Daily Wire",
    "The Des Moines Register",
    "The Economist",
    "The Ellen DeGeneres Show",
    "The Graham Norton Show",
    "The Guardian",
    "The Hill",
    "The Hindu",
    "The Hollywood Reporter",
    "The Howard Stern Show",
    "The Independent",
    "The Intercept",
    "The Irish Times",
    "The Kelly File",
    "The Late Late Show",
    "The Late Show",
    "The Mail on Sunday",
    "The Mirror",
    "The New York Times",
    "The New Yorker",
    "The Next Web",
    "The O'Reilly Factor",
    "The Observer",
    "The Oregonian",
    "The Philadelphia Inquirer",
    "The Register",
    "The Ringer",
    "The Scotsman",
    "The Spectator",
    "The Star-Ledger",
    "The Sun",
    "The Sunday Times",
    "The Telegraph",
    "The Times",
    "The Times of London",
    "The Tonight Show",
    "The Verge",
    "The View",
    "The Wall Street Journal",
    "The Washington Post",
    "The Washington Times",
    "TheBlaze",
    "ThinkProgress",
    "Threatpost",
    "Times of India",
    "Times of Israel",
    "Tom's Hardware",
    "Toronto Star",
    "Tucker Carlson Tonight",
    "UNIAN",
    "UPI",
    "USA Today",
    "Ukrainska Pravda",
    "Ukrinform",
    "United Press International",
    "Univision",
    "Us Weekly",
    "VH1",
    "VOA",
    "Vanity Fair",
    "Variety",
    "Vedomosti",
    "VentureBeat",
    "Vice News",
    "Vogue",
    "Voice of America",
    "Vox",
    "WFAA",
    "WSJ",
    "Wall Street Journal",
    "Washington Examiner",
    "Washington Free Beacon",
    "Washington Post",
    "Washington Times",
    "Watch What Happens Live",
    "Women's Health",
    "Xinhua",
    "Xinhua News Agency",
    "Yahoo Finance",
    "Yahoo News",
    "Yahoo Sports",
    "Yomiuri Shimbun",
    "Yonhap",
    "ZDNet",
    "iHeartRadio",
    "news.com.au",
];

/// Nouns that make a phrase an outlet ("TASS news agency", "a local newspaper").
pub const OUTLET_NOUNS: &[&str] = &[
    "agencies",
    "agency",
    "blog",
    "broadcaster",
    "broadsheet",
    "channel",
    "daily",
    "magazine",
    "media",
    "network",
    "newsletter",
    "newspaper",
    "newspapers",
    "outlet",
    "outlets",
    "paper",
    "podcast",
    "publication",
    "publications",
    "radio",
    "station",
    "tabloid",
    "television",
    "tv",
    "website",
    "wire",
];

/// Words describing an outlet that are dropped from its name ("TASS news agency" → "TASS").
pub const OUTLET_DESCRIPTORS: &[&str] = &[
    "agencies",
    "agency",
    "broadcaster",
    "daily",
    "news",
    "newspaper",
    "state",
    "state-owned",
    "state-run",
    "television",
    "the",
    "wire",
];

/// Verbs by which an outlet relays a statement: "R reported X as saying", "R quoted X as
/// saying", "X was cited by R as saying". Lemmas, sorted.
pub const RELAY_VERBS: &[&str] = &["cite", "quote", "report"];

/// Place names that stand for governments in news ("Moscow rejects ..."), and country names.
/// Case-sensitive, sorted.
pub const GOVERNMENT_PLACES: &[&str] = &[
    "Afghanistan",
    "Ankara",
    "Baghdad",
    "Beijing",
    "Belarus",
    "Berlin",
    "Brazil",
    "Britain",
    "Brussels",
    "Cairo",
    "Canada",
    "China",
    "Damascus",
    "Egypt",
    "France",
    "Germany",
    "India",
    "Iran",
    "Iraq",
    "Israel",
    "Japan",
    "Jerusalem",
    "Kabul",
    "Kiev",
    "Kremlin",
    "Kyiv",
    "London",
    "Mexico",
    "Minsk",
    "Moscow",
    "NATO",
    "New Delhi",
    "Ottawa",
    "Pakistan",
    "Paris",
    "Pentagon",
    "Poland",
    "Pyongyang",
    "Riyadh",
    "Russia",
    "Saudi Arabia",
    "Seoul",
    "Syria",
    "Taipei",
    "Taiwan",
    "Tehran",
    "Tokyo",
    "Turkey",
    "Ukraine",
    "Warsaw",
    "Washington",
    "White House",
];

/// Places (states, countries, cities, regions) that are never person names, so "New
/// Hampshire" is not taken for a person. Case-sensitive, sorted.
pub const PLACES: &[&str] = &[
    "Africa",
    "Alabama",
    "Alaska",
    "Algeria",
    "America",
    "Argentina",
    "Arizona",
    "Arkansas",
    "Armenia",
    "Asia",
    "Athens",
    "Atlanta",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahrain",
    "Baltimore",
    "Bangladesh",
    "Belgium",
    "Bogota",
    "Boston",
    "Bronx",
    "Brooklyn",
    "Buenos Aires",
    "Bulgaria",
    "California",
    "Canada",
    "Capitol Hill",
    "Caracas",
    "Chicago",
    "Chile",
    "Cleveland",
    "Colombia",
    "Colorado",
    "Connecticut",
    "Crimea",
    "Croatia",
    "Cuba",
    "Dallas",
    "Delaware",
    "Denmark",
    "Denver",
    "Detroit",
    "Doha",
    "Donbas",
    "Dubai",
    "El Salvador",
    "England",
    "Ethiopia",
    "Europe",
    "Finland",
    "Florida",
    "Gaza",
    "Geneva",
    "Georgia",
    "Ghana",
    "Greece",
    "Guantanamo Bay",
    "Guatemala",
    "Haiti",
    "Havana",
    "Hawaii",
    "Honduras",
    "Hong Kong",
    "Houston",
    "Hungary",
    "Idaho",
    "Illinois",
    "Indiana",
    "Indonesia",
    "Iowa",
    "Ireland",
    "Istanbul",
    "Italy",
    "Johannesburg",
    "Jordan",
    "Kansas",
    "Kazakhstan",
    "Kentucky",
    "Kenya",
    "Kuwait",
    "Lagos",
    "Las Vegas",
    "Latin America",
    "Lebanon",
    "Libya",
    "Lima",
    "Los Angeles",
    "Louisiana",
    "Madrid",
    "Maine",
    "Malaysia",
    "Manhattan",
    "Maryland",
    "Massachusetts",
    "Mexico City",
    "Miami",
    "Michigan",
    "Middle East",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Montreal",
    "Morocco",
    "Mumbai",
    "Myanmar",
    "Nairobi",
    "Nebraska",
    "Nepal",
    "Netherlands",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New Orleans",
    "New York",
    "New Zealand",
    "Nicaragua",
    "Nigeria",
    "North Carolina",
    "North Dakota",
    "North Korea",
    "Norway",
    "Ohio",
    "Oklahoma",
    "Oman",
    "Oregon",
    "Palestine",
    "Panama",
    "Pennsylvania",
    "Peru",
    "Philadelphia",
    "Philippines",
    "Phoenix",
    "Puerto Rico",
    "Qatar",
    "Queens",
    "Rhode Island",
    "Rio de Janeiro",
    "Romania",
    "Rome",
    "San Diego",
    "San Francisco",
    "Sao Paulo",
    "Scotland",
    "Seattle",
    "Serbia",
    "Shanghai",
    "Silicon Valley",
    "Singapore",
    "Somalia",
    "South Africa",
    "South Carolina",
    "South Dakota",
    "South Korea",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Sweden",
    "Switzerland",
    "Sydney",
    "Tel Aviv",
    "Tennessee",
    "Texas",
    "Thailand",
    "Toronto",
    "Tunisia",
    "United Kingdom",
    "United States",
    "Utah",
    "Uzbekistan",
    "Vancouver",
    "Venezuela",
    "Vermont",
    "Vienna",
    "Vietnam",
    "Virginia",
    "Wales",
    "Wall Street",
    "Washington",
    "West Bank",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Yemen",
];

/// Nationality adjectives and country abbreviations that are part of a role, not a name
/// ("Russian Deputy Foreign Minister", "US official"). Case-sensitive, sorted.
pub const NATIONALITIES: &[&str] = &[
    "Afghan",
    "American",
    "Belarusian",
    "British",
    "Canadian",
    "Chinese",
    "EU",
    "Egyptian",
    "European",
    "French",
    "German",
    "Indian",
    "Iranian",
    "Iraqi",
    "Israeli",
    "Italian",
    "Japanese",
    "Mexican",
    "NATO",
    "Pakistani",
    "Palestinian",
    "Polish",
    "Russian",
    "Saudi",
    "Syrian",
    "Turkish",
    "U.K.",
    "U.N.",
    "U.S.",
    "UK",
    "UN",
    "US",
    "Ukrainian",
    "Western",
];

/// Pairs of nationality words that name the same country, so "an American official" and
/// "the US official" can be one speaker. (variant, canonical). Sorted by variant.
pub const NATIONALITY_SYNONYMS: &[(&str, &str)] = &[
    ("America", "US"),
    ("American", "US"),
    ("Britain", "UK"),
    ("British", "UK"),
    ("U.K.", "UK"),
    ("U.N.", "UN"),
    ("U.S.", "US"),
    ("United States", "US"),
];

/// Abbreviations whose period does not end a sentence (compared without the period,
/// case-sensitive). Sorted.
pub const ABBREVIATIONS: &[&str] = &[
    "Adm", "Ala", "Apr", "Ariz", "Ark", "Aug", "Brig", "Calif", "Capt", "Cmdr", "Co", "Col", "Colo", "Conn", "Corp",
    "Cpl", "Dec", "Del", "Dr", "Feb", "Fla", "Fr", "Ft", "Ga", "Gen", "Gov", "Ill", "Inc", "Ind", "Jan", "Jr", "Kan",
    "Ky", "La", "Lt", "Ltd", "Maj", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mr", "Mrs", "Ms", "Mt", "No", "Nov",
    "Oct", "Okla", "Ore", "Pa", "Prof", "Rep", "Rev", "Sen", "Sept", "Sgt", "Sr", "St", "Supt", "Tenn", "Tex", "Va",
    "Vt", "Wash", "Wis", "a.m", "approx", "e.g", "etc", "i.e", "p.m", "vs",
];

/// Words that usually start a sentence; after an ambiguous abbreviation such as "U.S." they
/// mean the sentence did end there. Case-sensitive, sorted.
pub const SENTENCE_STARTERS: &[&str] = &[
    "A", "After", "All", "Also", "An", "And", "As", "At", "But", "For", "He", "Her", "His", "However", "I", "If", "In",
    "It", "Its", "On", "Our", "She", "That", "The", "Their", "There", "These", "They", "This", "Those", "We", "What",
    "When", "While", "Yet",
];

/// Day names, Monday first.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether a word names a day of the week, in any case. (`WEEKDAYS` is in calendar order,
/// not sorted: never binary-searched.)
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Month names and abbreviations with their number.
pub const MONTHS: &[(&str, u32)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

/// Prepositions that make a date phrase describe another event, not the statement
/// ("ahead of the talks on January 10").
pub const FOREIGN_DATE_PREPOSITIONS: &[&str] =
    &["after", "ahead", "before", "by", "following", "prior", "since", "until"];

/// Common first names used for men, marking "he" (case-sensitive, sorted).
pub const MALE_NAMES: &[&str] = &[
    "Aaron",
    "Adam",
    "Alan",
    "Albert",
    "Alex",
    "Alexander",
    "Andrew",
    "Anthony",
    "Antonio",
    "Barack",
    "Ben",
    "Benjamin",
    "Bernie",
    "Bill",
    "Billy",
    "Bob",
    "Bobby",
    "Boris",
    "Brad",
    "Brandon",
    "Brian",
    "Bruce",
    "Carl",
    "Carlos",
    "Charles",
    "Charlie",
    "Chris",
    "Christopher",
    "Chuck",
    "Cory",
    "Craig",
    "Dan",
    "Daniel",
    "Dave",
    "David",
    "Dennis",
    "Dick",
    "Dmitry",
    "Don",
    "Donald",
    "Doug",
    "Douglas",
    "Dwight",
    "Ed",
    "Edward",
    "Emmanuel",
    "Eric",
    "Frank",
    "Gary",
    "George",
    "Gerald",
    "Greg",
    "Gregory",
    "Harold",
    "Harry",
    "Henry",
    "Ian",
    "Jack",
    "Jacob",
    "James",
    "Jason",
    "Jeb",
    "Jeff",
    "Jeffrey",
    "Jens",
    "Jeremy",
    "Jerry",
    "Jim",
    "Jimmy",
    "Joe",
    "John",
    "Johnny",
    "Jon",
    "Jonathan",
    "Jose",
    "Joseph",
    "Josh",
    "Joshua",
    "Juan",
    "Justin",
    "Keith",
    "Ken",
    "Kenneth",
    "Kevin",
    "Larry",
    "Lawrence",
    "Louis",
    "Luis",
    "Marco",
    "Mark",
    "Martin",
    "Matt",
    "Matthew",
    "Michael",
    "Mike",
    "Mitch",
    "Mitt",
    "Narendra",
    "Nathan",
    "Neil",
    "Nicholas",
    "Nick",
    "Olaf",
    "Patrick",
    "Paul",
    "Pete",
    "Peter",
    "Philip",
    "Ralph",
    "Rand",
    "Randy",
    "Raymond",
    "Recep",
    "Reince",
    "Richard",
    "Rick",
    "Rob",
    "Robert",
    "Roger",
    "Ron",
    "Ronald",
    "Roy",
    "Russell",
    "Ryan",
    "Sam",
    "Samuel",
    "Scott",
    "Sean",
    "Sergei",
    "Stephen",
    "Steve",
    "Steven",
    "Ted",
    "Terry",
    "Thomas",
    "Tim",
    "Timothy",
    "Todd",
    "Tom",
    "Tony",
    "Vladimir",
    "Volodymyr",
    "Walter",
    "Wayne",
    "William",
    "Willie",
    "Xi",
];

/// Common first names used for women, marking "she" (case-sensitive, sorted).
pub const FEMALE_NAMES: &[&str] = &[
    "Alice",
    "Amanda",
    "Amy",
    "Andrea",
    "Angela",
    "Ann",
    "Anna",
    "Anne",
    "Barbara",
    "Betsy",
    "Betty",
    "Brenda",
    "Carly",
    "Carol",
    "Caroline",
    "Catherine",
    "Chelsea",
    "Christina",
    "Christine",
    "Cynthia",
    "Debbie",
    "Deborah",
    "Diana",
    "Diane",
    "Donna",
    "Dorothy",
    "Elizabeth",
    "Ellen",
    "Emily",
    "Emma",
    "Gina",
    "Grace",
    "Hannah",
    "Heather",
    "Helen",
    "Hillary",
    "Huma",
    "Ivanka",
    "Jane",
    "Janet",
    "Jennifer",
    "Jessica",
    "Jill",
    "Joan",
    "Joyce",
    "Judith",
    "Judy",
    "Julia",
    "Julie",
    "Kamala",
    "Karen",
    "Kate",
    "Katherine",
    "Kathleen",
    "Kathy",
    "Kellyanne",
    "Kimberly",
    "Laura",
    "Lauren",
    "Linda",
    "Lisa",
    "Loretta",
    "Margaret",
    "Maria",
    "Marie",
    "Marilyn",
    "Marine",
    "Martha",
    "Mary",
    "Maxine",
    "Megan",
    "Melania",
    "Melissa",
    "Michelle",
    "Nancy",
    "Nicole",
    "Nikki",
    "Nina",
    "Olivia",
    "Pamela",
    "Patricia",
    "Rachel",
    "Rebecca",
    "Ruth",
    "Samantha",
    "Sandra",
    "Sara",
    "Sarah",
    "Sharon",
    "Shirley",
    "Sophia",
    "Stephanie",
    "Susan",
    "Teresa",
    "Theresa",
    "Tulsi",
    "Ursula",
    "Victoria",
    "Virginia",
    "Wendy",
];

/// Whether a sorted list contains a word.
pub fn contains(list: &[&str], word: &str) -> bool {
    lookup(list, word).is_some()
}

/// The entry of a sorted list equal to `word` (with the list's lifetime), as [`contains`]
/// searches for it.
pub fn lookup<'l>(list: &[&'l str], word: &str) -> Option<&'l str> {
    let w = word.as_bytes();
    list.binary_search_by(|x| compare_short(x.as_bytes(), w)).ok().map(|i| list[i])
}

/// [`contains`] for a word written in any case: an ASCII word is compared lowercased as the
/// search goes, with no new String (name and title checks run on every capitalized word).
pub fn contains_any_case(list: &[&str], word: &str) -> bool {
    if !word.is_ascii() {
        return contains(list, &word.to_lowercase());
    }
    let w = word.as_bytes();
    list.binary_search_by(|x| {
        let x = x.as_bytes();
        for (a, b) in x.iter().zip(w) {
            let b = b.to_ascii_lowercase();
            if *a != b {
                return a.cmp(&b);
            }
        }
        x.len().cmp(&w.len())
    })
    .is_ok()
}

/// Byte order of two short strings, compared inline: the lists hold words of a few bytes,
/// where a call to `memcmp` per probe cost more than the comparison (a seventh of extraction).
#[inline]
fn compare_short(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// A word list as a hash set, for lists asked of most words of a text: a word is ruled out
/// by its first letter and length, or looked up with one hash, instead of a binary search
/// (of case-folding compares, for [`WordSet::contains_any_case`]).
pub struct WordSet {
    /// The words as bytes: a lowercased copy on the stack needs no UTF-8 check to be looked up.
    words: FastSet<&'static [u8]>,
    /// Lengths of the words (bit n: n bytes) by first letter, either case ('a'..='z').
    shapes: [u32; 26],
}

/// First letter (either case, as 0..26) and length (under 32 bytes) of a word, when it has
/// such a shape.
fn first_letter_shape(word: &[u8]) -> Option<(usize, usize)> {
    let first = word.first()?.to_ascii_lowercase();
    (word.len() < 32 && first.is_ascii_lowercase()).then(|| (usize::from(first - b'a'), word.len()))
}

impl WordSet {
    /// The set of a list's words.
    pub fn new(list: &[&'static str]) -> WordSet {
        let mut shapes = [0u32; 26];
        for w in list {
            if let Some((first, len)) = first_letter_shape(w.as_bytes()) {
                shapes[first] |= 1 << len;
            }
        }
        WordSet { words: list.iter().map(|w| w.as_bytes()).collect(), shapes }
    }

    /// Whether no list word has the shape of `word` (either case): a word without one can
    /// only match a list word without one, so it is looked up.
    fn rules_out(&self, word: &[u8]) -> bool {
        first_letter_shape(word).is_some_and(|(first, len)| self.shapes[first] & 1 << len == 0)
    }

    /// Whether the list holds `word` as written (as [`contains`]).
    pub fn contains(&self, word: &str) -> bool {
        !self.rules_out(word.as_bytes()) && self.words.contains(word.as_bytes())
    }

    /// Whether the list holds `word` lowercased (as [`contains_any_case`]).
    pub fn contains_any_case(&self, word: &str) -> bool {
        if !word.is_ascii() {
            return self.contains(&word.to_lowercase());
        }
        // Lowercasing keeps an ASCII word's shape: most words are ruled out before it.
        if self.rules_out(word.as_bytes()) {
            return false;
        }
        let mut buf = [0u8; 32];
        match buf.get_mut(..word.len()) {
            Some(lower) => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                self.words.contains(&*lower)
            }
            None => self.words.contains(word.to_ascii_lowercase().as_bytes()),
        }
    }
}

/// `TITLES` as a set. This and the sets below serve speaker descriptions and person
/// mentions, which ask them of every capitalized word, in any case.
pub static TITLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLES));
/// `DETERMINERS` as a set.
pub static DETERMINER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(DETERMINERS));
/// `PRONOUNS` as a set.
pub static PRONOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PRONOUNS));
/// `HONORIFICS` as a set.
pub static HONORIFIC_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(HONORIFICS));
/// `NATIONALITIES` as a set (as written): names are told from their roles by it.
pub static NATIONALITY_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NATIONALITIES));
/// `MALE_NAMES` as a set (as written): gender and name checks ask it of capitalized words.
pub static MALE_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(MALE_NAMES));
/// `FEMALE_NAMES` as a set (as written).
pub static FEMALE_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FEMALE_NAMES));

/// `GOVERNMENT_PLACES`, `PLACES` and `OUTLETS` in one set: speaker descriptions ask all three
/// of every capitalized phrase, and one hash costs less than three binary searches.
static PLACES_AND_OUTLETS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| GOVERNMENT_PLACES.iter().chain(PLACES).chain(OUTLETS).copied().collect());

/// Known outlets by name without a leading "The" ("Independent" → "The Independent").
static OUTLET_NAMES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| OUTLETS.iter().map(|o| o.strip_prefix("The ").unwrap_or(o)).collect());

/// The name of a known outlet, as written, with or without its "The" ("New Yorker", "The
/// Independent", "Reuters"), without the "The".
pub fn outlet_name(phrase: &str) -> Option<&'static str> {
    let name = phrase.strip_prefix("The ").unwrap_or(phrase);
    OUTLET_NAMES.get(name).copied().or_else(|| {
        // "Buzzfeed", "Fox news": a known name in other capitals (but for its first letter,
        // so that "people" or "time" is no outlet). ASCII names, lowercased on the stack.
        let mut buf = [0u8; 48];
        let lower = buf
            .get_mut(..name.len())
            .filter(|_| name.len() > 3 && name.starts_with(|c: char| c.is_ascii_uppercase()))?;
        lower.copy_from_slice(name.as_bytes());
        lower.make_ascii_lowercase();
        OUTLET_NAMES_FOLDED.get(std::str::from_utf8(lower).ok()?).copied()
    })
}

/// `OUTLET_NAMES` by their lowercase forms.
static OUTLET_NAMES_FOLDED: LazyLock<FastMap<String, &'static str>> =
    LazyLock::new(|| OUTLET_NAMES.iter().map(|n| (n.to_lowercase(), *n)).collect());

/// First words of the known outlets' names ("Associated", "Des"), to rule out most phrases
/// before normalizing them.
static OUTLET_FIRST_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    OUTLET_NAMES.iter().filter_map(|n| n.split(' ').next()).map(|w| w.trim_end_matches("'s")).collect()
});

/// Whether a capitalized word may open a known outlet's name.
pub fn opens_outlet_name(word: &str) -> bool {
    OUTLET_FIRST_WORDS.contains(without_possessive(word))
}

/// A word or phrase without its possessive ending ("CNN's" → "CNN"), cheaply (no substring
/// searcher, which `trim_end_matches` builds for a string pattern).
pub fn without_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// Whether a phrase (as written) is a government's place, a place or a news outlet.
pub fn is_place_or_outlet(phrase: &str) -> bool {
    PLACES_AND_OUTLETS.contains(phrase)
}

/// The names in `MONTHS`, whose shapes rule out most words before a search.
static MONTH_NAMES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&MONTHS.iter().map(|&(m, _)| m).collect::<Vec<_>>()));

/// Month number of a month name or abbreviation (lowercase, without period).
pub fn month_number(word: &str) -> Option<u32> {
    if MONTH_NAMES.rules_out(word.as_bytes()) {
        return None;
    }
    MONTHS.binary_search_by(|(m, _)| compare_short(m.as_bytes(), word.as_bytes())).ok().map(|i| MONTHS[i].1)
}

/// The canonical country word for a nationality variant ("American" → "US").
pub fn nationality_canonical(word: &str) -> &str {
    NATIONALITY_SYNONYMS.binary_search_by(|(v, _)| v.cmp(&word)).map(|i| NATIONALITY_SYNONYMS[i].1).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted_unique(name: &str, list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{name}: {:?} must sort before {:?} (and be unique)", w[0], w[1]);
        }
    }

    #[test]
    fn any_case_lookup_matches_lowercase_lookup() {
        for w in ["The", "THE", "the", "Senator", "SENATOR", "Sénateur", "Th", "Thee", ""] {
            assert_eq!(contains_any_case(DETERMINERS, w), contains(DETERMINERS, &w.to_lowercase()), "{w}");
            assert_eq!(contains_any_case(TITLES, w), contains(TITLES, &w.to_lowercase()), "{w}");
        }
    }

    #[test]
    fn word_sets_match_the_lists() {
        let sets: [(&[&str], &WordSet); 7] = [
            (TITLES, &TITLE_SET),
            (DETERMINERS, &DETERMINER_SET),
            (PRONOUNS, &PRONOUN_SET),
            (HONORIFICS, &HONORIFIC_SET),
            (NATIONALITIES, &NATIONALITY_SET),
            (MALE_NAMES, &MALE_NAME_SET),
            (FEMALE_NAMES, &FEMALE_NAME_SET),
        ];
        let mut words: Vec<String> = ["", "X", "Sénateur", "the'", "ÉTÉ", "a-very-long-word-of-thirty-two-b"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for (list, _) in sets {
            for w in list {
                words.extend([w.to_string(), w.to_uppercase(), format!("{w}s"), w.chars().skip(1).collect()]);
                let mut c = w.chars();
                words.extend(c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()));
            }
        }
        for (list, set) in sets {
            for w in &words {
                assert_eq!(set.contains(w), contains(list, w), "{w}");
                assert_eq!(set.contains_any_case(w), contains_any_case(list, w), "{w}");
            }
        }
    }

    #[test]
    fn every_list_is_sorted_and_unique() {
        let lists: &[(&str, &[&str])] = &[
            ("NON_INVERTING_CUES", NON_INVERTING_CUES),
            ("OCCASION_NOUNS", OCCASION_NOUNS),
            ("GENERIC_GROUP_NOUNS", GENERIC_GROUP_NOUNS),
            ("NEWSPAPER_NAME_WORDS", NEWSPAPER_NAME_WORDS),
            ("ATTITUDE_CUES", ATTITUDE_CUES),
            ("CLAIM_NOUNS", CLAIM_NOUNS),
            ("PARTICLE_ONLY_CUES", PARTICLE_ONLY_CUES),
            ("QUOTE_ONLY_CUES", QUOTE_ONLY_CUES),
            ("STATEMENT_NOUNS", STATEMENT_NOUNS),
            ("PERSON_NOUNS", PERSON_NOUNS),
            ("PLURAL_NOUN_CUE_FORMS", PLURAL_NOUN_CUE_FORMS),
            ("NOUN_ADJECTIVES", NOUN_ADJECTIVES),
            ("EPITHET_NOUNS", EPITHET_NOUNS),
            ("KIN_NOUNS", KIN_NOUNS),
            ("INSTITUTION_NOUNS", INSTITUTION_NOUNS),
            ("EVIDENCE_NOUNS", EVIDENCE_NOUNS),
            ("ERS_VERBS", ERS_VERBS),
            ("ATTITUDE_ADJECTIVES", ATTITUDE_ADJECTIVES),
            ("WEB_DOMAINS", WEB_DOMAINS),
            ("OPEN_QUESTION_WORDS", OPEN_QUESTION_WORDS),
            ("EXCLUDED_CUE_FORMS", EXCLUDED_CUE_FORMS),
            ("ANONYMITY_MARKERS", ANONYMITY_MARKERS),
            ("ANONYMITY_PHRASES", ANONYMITY_PHRASES),
            ("TITLES", TITLES),
            ("HONORIFICS", HONORIFICS),
            ("PRONOUNS", PRONOUNS),
            ("AUXILIARIES", AUXILIARIES),
            ("SUBJECT_STOPS", SUBJECT_STOPS),
            ("DETERMINERS", DETERMINERS),
            ("SPEAKER_PREPOSITIONS", SPEAKER_PREPOSITIONS),
            ("OUTLETS", OUTLETS),
            ("OUTLET_NOUNS", OUTLET_NOUNS),
            ("OUTLET_DESCRIPTORS", OUTLET_DESCRIPTORS),
            ("RELAY_VERBS", RELAY_VERBS),
            ("GOVERNMENT_PLACES", GOVERNMENT_PLACES),
            ("PLACES", PLACES),
            ("NATIONALITIES", NATIONALITIES),
            ("ABBREVIATIONS", ABBREVIATIONS),
            ("SENTENCE_STARTERS", SENTENCE_STARTERS),
            ("FOREIGN_DATE_PREPOSITIONS", FOREIGN_DATE_PREPOSITIONS),
            ("MALE_NAMES", MALE_NAMES),
            ("FEMALE_NAMES", FEMALE_NAMES),
        ];
        for (name, list) in lists {
            assert_sorted_unique(name, list);
        }
        let keyed: Vec<&str> = CUE_VERBS.iter().map(|(l, _)| *l).collect();
        assert_sorted_unique("CUE_VERBS", &keyed);
        let keyed: Vec<&str> = IRREGULAR_FORMS.iter().map(|(f, _)| *f).collect();
        assert_sorted_unique("IRREGULAR_FORMS", &keyed);
        let keyed: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
        assert_sorted_unique("MONTHS", &keyed);
        let keyed: Vec<&str> = NATIONALITY_SYNONYMS.iter().map(|(v, _)| *v).collect();
        assert_sorted_unique("NATIONALITY_SYNONYMS", &keyed);
        let keyed: Vec<String> = PHRASAL_CUES.iter().map(|(a, b)| format!("{a} {b}")).collect();
        let keyed: Vec<&str> = keyed.iter().map(String::as_str).collect();
        assert_sorted_unique("PHRASAL_CUES", &keyed);
    }

    #[test]
    fn cue_forms_map_to_their_lemma() {
        for (form, lemma) in [
            ("said", "say"),
            ("says", "say"),
            ("saying", "say"),
            ("claimed", "claim"),
            ("insists", "insist"),
            ("denied", "deny"),
            ("denies", "deny"),
            ("accuses", "accuse"),
            ("dismissed", "dismiss"),
            ("adding", "add"),
            ("rejects", "reject"),
            ("warned", "warn"),
            ("told", "tell"),
            ("argues", "argue"),
            ("arguing", "argue"),
            ("tweeted", "tweet"),
            ("admitted", "admit"),
        ] {
            assert_eq!(cue_lemma(form), Some(lemma), "{form}");
        }
        assert_eq!(cue_lemma("sad"), None);
        assert_eq!(cue_lemma("table"), None);
    }

    #[test]
    fn irregular_forms_name_known_lemmas() {
        for (form, lemma) in IRREGULAR_FORMS {
            assert!(cue_frame(lemma).is_some(), "{form} → {lemma} is not a cue verb");
        }
    }
}

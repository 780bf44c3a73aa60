//! Every word list the extractor uses, as sorted constants (a test keeps them sorted and unique).
//!
//! Lists hold lowercase words unless they say otherwise. Extraction code asks these lists
//! questions; it never spells out a phrase of its own.

use std::collections::HashMap;
use std::sync::LazyLock;

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
    ("believe", CueFrame::Clause),
    ("blame", CueFrame::Object),
    ("blast", CueFrame::Object),
    ("boast", CueFrame::Clause),
    ("brag", CueFrame::Clause),
    ("call", CueFrame::Object),
    ("caution", CueFrame::Clause),
    ("challenge", CueFrame::Object),
    ("charge", CueFrame::Clause),
    ("cite", CueFrame::Object),
    ("claim", CueFrame::Clause),
    ("comment", CueFrame::Clause),
    ("complain", CueFrame::Clause),
    ("concede", CueFrame::Clause),
    ("conclude", CueFrame::Clause),
    ("condemn", CueFrame::Object),
    ("confirm", CueFrame::Clause),
    ("congratulate", CueFrame::Object),
    ("contend", CueFrame::Clause),
    ("counter", CueFrame::Clause),
    ("criticize", CueFrame::Object),
    ("declare", CueFrame::Clause),
    ("decline", CueFrame::Clause),
    ("decry", CueFrame::Object),
    ("defend", CueFrame::Object),
    ("demand", CueFrame::Clause),
    ("denounce", CueFrame::Object),
    ("deny", CueFrame::Clause),
    ("deride", CueFrame::Object),
    ("describe", CueFrame::Object),
    ("disclose", CueFrame::Clause),
    ("discuss", CueFrame::Object),
    ("dismiss", CueFrame::Object),
    ("dispute", CueFrame::Clause),
    ("doubt", CueFrame::Clause),
    ("emphasize", CueFrame::Clause),
    ("endorse", CueFrame::Object),
    ("estimate", CueFrame::Clause),
    ("explain", CueFrame::Clause),
    ("express", CueFrame::Object),
    ("fear", CueFrame::Clause),
    ("find", CueFrame::Clause),
    ("forecast", CueFrame::Clause),
    ("hail", CueFrame::Object),
    ("highlight", CueFrame::Object),
    ("hope", CueFrame::Clause),
    ("imply", CueFrame::Clause),
    ("indicate", CueFrame::Clause),
    ("inform", CueFrame::Addressee),
    ("insinuate", CueFrame::Clause),
    ("insist", CueFrame::Clause),
    ("lament", CueFrame::Clause),
    ("learn", CueFrame::Clause),
    ("maintain", CueFrame::Clause),
    ("mention", CueFrame::Clause),
    ("mock", CueFrame::Object),
    ("note", CueFrame::Clause),
    ("observe", CueFrame::Clause),
    ("offer", CueFrame::Object),
    ("oppose", CueFrame::Object),
    ("pledge", CueFrame::Clause),
    ("post", CueFrame::Clause),
    ("praise", CueFrame::Object),
    ("predict", CueFrame::Clause),
    ("promise", CueFrame::Clause),
    ("propose", CueFrame::Clause),
    ("question", CueFrame::Object),
    ("quip", CueFrame::Clause),
    ("quote", CueFrame::Object),
    ("rebut", CueFrame::Object),
    ("recall", CueFrame::Clause),
    ("recommend", CueFrame::Clause),
    ("refuse", CueFrame::Clause),
    ("refute", CueFrame::Object),
    ("reiterate", CueFrame::Clause),
    ("reject", CueFrame::Object),
    ("remark", CueFrame::Clause),
    ("remind", CueFrame::Addressee),
    ("reply", CueFrame::Clause),
    ("report", CueFrame::Clause),
    ("respond", CueFrame::Clause),
    ("reveal", CueFrame::Clause),
    ("say", CueFrame::Clause),
    ("show", CueFrame::Clause),
    ("signal", CueFrame::Clause),
    ("slam", CueFrame::Object),
    ("speculate", CueFrame::Clause),
    ("state", CueFrame::Clause),
    ("stress", CueFrame::Clause),
    ("suggest", CueFrame::Clause),
    ("support", CueFrame::Object),
    ("swear", CueFrame::Clause),
    ("tell", CueFrame::Addressee),
    ("testify", CueFrame::Clause),
    ("thank", CueFrame::Object),
    ("think", CueFrame::Clause),
    ("threaten", CueFrame::Clause),
    ("tweet", CueFrame::Clause),
    ("urge", CueFrame::Object),
    ("vow", CueFrame::Clause),
    ("want", CueFrame::Object),
    ("warn", CueFrame::Clause),
    ("welcome", CueFrame::Object),
    ("worry", CueFrame::Clause),
    ("write", CueFrame::Clause),
];

/// Forms of cue verbs that in news prose are mostly nouns or other senses ("member states",
/// "support among voters", "his remarks"); measured on real news, they cost more than they find.
/// Sorted.
pub const EXCLUDED_CUE_FORMS: &[&str] = &[
    "ask",
    "attacks",
    "call",
    "challenging",
    "charged",
    "charges",
    "comment",
    "comments",
    "offers",
    "questions",
    "remark",
    "remarks",
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
    ("found", "find"),
    ("implied", "imply"),
    ("implies", "imply"),
    ("learnt", "learn"),
    ("quipped", "quip"),
    ("quipping", "quip"),
    ("rebuts", "rebut"),
    ("rebutted", "rebut"),
    ("rebutting", "rebut"),
    ("said", "say"),
    ("says", "say"),
    ("shown", "show"),
    ("slammed", "slam"),
    ("slamming", "slam"),
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

/// Clause-frame cues that are not used after their content in news prose.
pub const NON_INVERTING_CUES: &[&str] = &[
    "agree",
    "ask",
    "decline",
    "doubt",
    "fear",
    "find",
    "hope",
    "learn",
    "promise",
    "propose",
    "recommend",
    "refuse",
    "show",
    "threaten",
    "urge",
    "want",
    "worry",
];

/// The frame of a cue lemma.
pub fn cue_frame(lemma: &str) -> Option<CueFrame> {
    CUE_VERBS.binary_search_by(|(l, _)| l.cmp(&lemma)).ok().map(|i| CUE_VERBS[i].1)
}

/// A verb form's lemma and whether it is the bare/present form, for every cue verb.
static FORM_TO_LEMMA: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
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
    m
});

/// The lemma of a cue verb form ("insisted" → "insist"), if the word is one.
pub fn cue_lemma(word: &str) -> Option<&'static str> {
    FORM_TO_LEMMA.get(word).copied()
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
pub const PHRASAL_CUES: &[(&str, &str)] = &[("call", "for"), ("call", "on"), ("point", "out"), ("weigh", "in")];

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

/// Speaker head nouns for people who are described rather than named. A speaker whose head
/// is one of these and who carries no name is anonymous.
pub const PERSON_NOUNS: &[&str] = &[
    "activist",
    "activists",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "advocate",
    "advocates",
    "aide",
    "aides",
    "allies",
    "ally",
    "ambassador",
    "americans",
    "analyst",
    "analysts",
    "attorney",
    "attorneys",
    "backer",
    "backers",
    "bloggers",
    "candidate",
    "candidates",
    "chair",
    "chairman",
    "chairwoman",
    "children",
    "citizen",
    "citizens",
    "columnist",
    "columnists",
    "commentator",
    "commentators",
    "congressman",
    "congresswoman",
    "conservatives",
    "critic",
    "critics",
    "customers",
    "defenders",
    "delegate",
    "delegates",
    "democrats",
    "demonstrators",
    "diplomat",
    "diplomats",
    "director",
    "directors",
    "doctor",
    "doctors",
    "donor",
    "donors",
    "economist",
    "economists",
    "editor",
    "editors",
    "employee",
    "employees",
    "envoy",
    "executive",
    "executives",
    "expert",
    "experts",
    "families",
    "family",
    "fans",
    "farmers",
    "friend",
    "friends",
    "governor",
    "governors",
    "historian",
    "historians",
    "immigrants",
    "independents",
    "insider",
    "insiders",
    "investigator",
    "investigators",
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
    "liberals",
    "manager",
    "managers",
    "mayor",
    "mayors",
    "member",
    "members",
    "men",
    "militants",
    "miners",
    "minister",
    "ministers",
    "neighbors",
    "nominee",
    "nominees",
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
    "people",
    "person",
    "pollster",
    "pollsters",
    "president",
    "presidents",
    "progressives",
    "prosecutor",
    "protester",
    "protesters",
    "rebels",
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
    "rival",
    "rivals",
    "scholar",
    "scholars",
    "scientist",
    "scientists",
    "secretary",
    "senator",
    "senators",
    "soldier",
    "soldiers",
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
    "survivor",
    "survivors",
    "teacher",
    "teachers",
    "troops",
    "user",
    "users",
    "veteran",
    "veterans",
    "victim",
    "victims",
    "volunteer",
    "volunteers",
    "voter",
    "voters",
    "witness",
    "witnesses",
    "women",
    "worker",
    "workers",
];

/// Things that show or find rather than speak: "polls show", "a study found". Sorted.
pub const EVIDENCE_NOUNS: &[&str] = &[
    "analysis",
    "census",
    "data",
    "documents",
    "emails",
    "estimates",
    "figures",
    "filings",
    "findings",
    "numbers",
    "poll",
    "polls",
    "records",
    "report",
    "reports",
    "research",
    "results",
    "statistics",
    "studies",
    "study",
    "survey",
    "surveys",
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
    "ABC",
    "ABC News",
    "AFP",
    "AP",
    "Agence France-Presse",
    "Al Jazeera",
    "Anadolu",
    "Associated Press",
    "Axios",
    "BBC",
    "Bloomberg",
    "Bloomberg News",
    "Breitbart",
    "Breitbart News",
    "BuzzFeed",
    "BuzzFeed News",
    "CBS",
    "CBS News",
    "CNBC",
    "CNN",
    "Daily Mail",
    "Der Spiegel",
    "Deutsche Welle",
    "Fox",
    "Fox Business",
    "Fox News",
    "France 24",
    "HuffPost",
    "Interfax",
    "Izvestia",
    "KCNA",
    "Kommersant",
    "Kyodo",
    "Le Monde",
    "MSNBC",
    "NBC",
    "NBC News",
    "NPR",
    "New York Times",
    "Newsweek",
    "PBS",
    "Politico",
    "RIA",
    "RIA Novosti",
    "RT",
    "Reuters",
    "Sky News",
    "Sputnik",
    "TASS",
    "The Associated Press",
    "The Guardian",
    "The Hill",
    "The New York Times",
    "The Wall Street Journal",
    "The Washington Post",
    "USA Today",
    "Ukrinform",
    "Wall Street Journal",
    "Washington Post",
    "Xinhua",
    "Yonhap",
];

/// Nouns that make a phrase an outlet ("TASS news agency", "a local newspaper").
pub const OUTLET_NOUNS: &[&str] = &[
    "agencies",
    "agency",
    "broadcaster",
    "channel",
    "daily",
    "magazine",
    "media",
    "network",
    "newspaper",
    "newspapers",
    "outlet",
    "outlets",
    "paper",
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
    list.binary_search(&word).is_ok()
}

/// Month number of a month name or abbreviation (lowercase, without period).
pub fn month_number(word: &str) -> Option<u32> {
    MONTHS.binary_search_by(|(m, _)| m.cmp(&word)).ok().map(|i| MONTHS[i].1)
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
    fn every_list_is_sorted_and_unique() {
        let lists: &[(&str, &[&str])] = &[
            ("NON_INVERTING_CUES", NON_INVERTING_CUES),
            ("STATEMENT_NOUNS", STATEMENT_NOUNS),
            ("PERSON_NOUNS", PERSON_NOUNS),
            ("INSTITUTION_NOUNS", INSTITUTION_NOUNS),
            ("EVIDENCE_NOUNS", EVIDENCE_NOUNS),
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

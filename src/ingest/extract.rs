//! Attribution patterns: find each cue in a sentence and the content and speaker it governs.
//!
//! The output is a list of [`Candidate`]s in token terms; `resolve` turns them into
//! statements (speaker names, relays, dates, anonymity, stance).

use crate::ingest::sentences::{Quote, Segmented, Sentence, Token, TokenKind};
use crate::lexicon::{self, CueFrame};
use crate::model::QuoteKind;

/// Token range, end-exclusive.
pub(crate) type Range = (usize, usize);

/// One attribution found in the text, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    /// Content as a byte span.
    pub content: (usize, usize),
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The cue's parts as token ranges, in text order ("reported" + "as saying").
    pub cue: Vec<Range>,
    /// Lemma of the cue's main verb ("say"), or the phrase for non-verbal cues ("according to").
    pub lemma: &'static str,
    /// The speaker's mention.
    pub speaker: Option<Range>,
    /// An appositive or relative clause attached to the speaker (", who spoke on condition of
    /// anonymity,").
    pub appositive: Option<Range>,
    /// The outlet that carried the statement, when the pattern names one.
    pub relay: Option<Range>,
    /// The sentence holding the cue.
    pub sentence: usize,
    /// True when this cue shares its subject with the previous candidate of the sentence
    /// ("rejects X and insists Y", "said X, adding Y").
    pub continues_previous: bool,
    /// Token ranges of the sentence outside the content, where a date said may be given.
    pub frame: Vec<Range>,
}

impl Candidate {
    /// A statement found by a pattern of its own (a label, a signature, a poll, a question):
    /// one cue range, no appositive or relay, not continuing another.
    fn plain(
        ctx: &Ctx,
        content: Range,
        cue: Range,
        lemma: &'static str,
        speaker: Option<Range>,
        sentence: usize,
        frame: Vec<Range>,
    ) -> Candidate {
        Candidate {
            content: ctx.bytes(content),
            kind: kind_of(ctx, content.0, content.1),
            cue: vec![cue],
            lemma,
            speaker,
            appositive: None,
            relay: None,
            sentence,
            continues_previous: false,
            frame,
        }
    }
}

/// Word-level view of the text used by the patterns.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub seg: &'a Segmented,
    /// Token i as written, and lowercased ("’" as "'"; punctuation has an empty one): the
    /// patterns ask for them millions of times, so each is sliced once.
    words: Vec<&'a str>,
    lows: Vec<&'a str>,
    /// Whether token i is a word starting with an uppercase letter: asked of most tokens
    /// several times over.
    capitalized: Vec<bool>,
    /// Acronyms the article defines in brackets, with their names: made on first use.
    acronyms: std::cell::OnceCell<lexicon::FastMap<String, String>>,
}

impl<'a> Ctx<'a> {
    /// The view of a segmented text. `lower` is the buffer the lowercased words are slices
    /// of: the text with ASCII letters lowercased, then the forms of non-ASCII words, so an
    /// ASCII word's form is where the word is and costs no copy.
    pub fn new(text: &'a str, seg: &'a Segmented, lower: &'a mut String) -> Ctx<'a> {
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        let mut words = Vec::with_capacity(seg.tokens.len());
        let mut spans = Vec::with_capacity(seg.tokens.len());
        let mut capitalized = Vec::with_capacity(seg.tokens.len());
        for t in &seg.tokens {
            let w = &text[t.start..t.end];
            words.push(w);
            let mut cap = false;
            let mut span = (t.start, t.start);
            if t.kind == TokenKind::Word {
                cap = w.chars().next().is_some_and(char::is_uppercase);
                span.1 = t.end;
                if !w.is_ascii() {
                    let from = lower.len();
                    lower.push_str(&w.to_lowercase().replace('’', "'"));
                    span = (from, lower.len());
                }
            }
            spans.push(span);
            capitalized.push(cap);
        }
        let lower: &'a str = lower;
        let lows = spans.into_iter().map(|(a, b)| &lower[a..b]).collect();
        Ctx { text, seg, words, lows, capitalized, acronyms: std::cell::OnceCell::new() }
    }

    /// Acronyms the article defines in brackets after the full name, with that name (the
    /// first definition of each): "Showa Denko K.K. (SDK)", "Central European News (CEN)",
    /// "the California Independent System Operator (California ISO)". The acronym's letters
    /// must be initials of the name, in order.
    pub fn defined_acronyms(&self) -> &lexicon::FastMap<String, String> {
        self.acronyms.get_or_init(|| {
            let mut out = lexicon::FastMap::default();
            for (acronym, name) in bracketed_acronyms(self) {
                out.entry(acronym).or_insert(name);
            }
            out
        })
    }

    /// Whether the article writes `word` in lowercase somewhere, as common words are
    /// ("Refugees:" heading a section about refugees; "Understated" opening a headline).
    pub fn written_lowercase(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        if word.is_empty() {
            return false;
        }
        // Searched for in the text, which costs less than a set of the article's words made
        // for a few questions. Each match is checked to be a token; the search goes on from
        // the next byte, as a match inside a word may overlap one that is a token.
        let finder = memchr::memmem::Finder::new(&word);
        let mut from = 0;
        while let Some(found) = finder.find(&self.text.as_bytes()[from..]) {
            let at = from + found;
            let i = self.seg.tokens.partition_point(|t| t.start < at);
            if i < self.seg.tokens.len()
                && self.seg.tokens[i].start == at
                && self.seg.tokens[i].end == at + word.len()
                && self.is_word(i)
                && !self.is_capitalized(i)
            {
                return true;
            }
            from = at + 1;
        }
        false
    }

    // The token accessors below run for nearly every token in every pattern: `#[inline]`
    // lets them cost a few instructions instead of a call.

    #[inline]
    pub fn tok(&self, i: usize) -> &Token {
        &self.seg.tokens[i]
    }

    /// Whether token `i` is the full stop of a web address, between a word and its domain
    /// with no space ("Factcheck.org").
    pub fn joins_web_address(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.seg.tokens.len()
            && self.is_punct(i, ".")
            && self.is_word(i - 1)
            && self.tok(i - 1).end == self.tok(i).start
            && self.tok(i).end == self.tok(i + 1).start
            && lexicon::contains(lexicon::WEB_DOMAINS, self.low(i + 1))
    }

    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.words[i]
    }

    #[inline]
    pub fn low(&self, i: usize) -> &str {
        self.lows[i]
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.seg.tokens[i].kind == TokenKind::Word
    }

    #[inline]
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.seg.tokens[i].kind == TokenKind::Punct && self.word(i) == c
    }

    #[inline]
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.capitalized[i]
    }

    #[inline]
    pub fn kind(&self, i: usize) -> TokenKind {
        self.seg.tokens[i].kind
    }

    /// Byte span of a token range.
    pub fn bytes(&self, r: Range) -> (usize, usize) {
        (self.seg.tokens[r.0].start, self.seg.tokens[r.1 - 1].end)
    }

    /// Text of a token range.
    pub fn slice(&self, r: Range) -> &'a str {
        let (a, b) = self.bytes(r);
        &self.text[a..b]
    }

    /// The quote whose closing mark is token `i`.
    fn quote_closing_at(&self, i: usize) -> Option<usize> {
        // Quotations never overlap, so they are sorted by closing mark too.
        let qs = &self.seg.quotes;
        let k = qs.partition_point(|q| q.close_token < i + 1);
        (k < qs.len() && qs[k].closed && qs[k].close_token == i + 1).then_some(k)
    }

    /// The quote whose opening mark is token `i`.
    fn quote_opening_at(&self, i: usize) -> Option<usize> {
        let qs = &self.seg.quotes;
        let k = qs.partition_point(|q| q.open_token < i);
        (k < qs.len() && qs[k].open_token == i).then_some(k)
    }

    /// Byte span of the quotation around token `i`, marks included.
    fn enclosing_quote(&self, i: usize) -> Option<(usize, usize)> {
        let qs = &self.seg.quotes;
        let k = qs.partition_point(|q| q.open_token <= i);
        (k > 0 && i < qs[k - 1].close_token).then(|| (qs[k - 1].open, qs[k - 1].close))
    }

    /// Whether token `i` lies inside a quotation (its marks included).
    pub fn in_quote(&self, i: usize) -> bool {
        let qs = &self.seg.quotes;
        let k = qs.partition_point(|q| q.open_token <= i);
        k > 0 && i < qs[k - 1].close_token
    }

    /// First quote of the chain that quote `qi` continues (multi-paragraph quotations).
    fn chain_start(&self, mut qi: usize) -> usize {
        while let Some(prev) = self.seg.quotes[qi].continues {
            qi = prev;
        }
        qi
    }

    /// Last quote of the chain that starts or runs through `qi`.
    fn chain_end(&self, qi: usize) -> usize {
        // A continuation always opens the next paragraph's first quotation, so it is the
        // very next quotation when it exists.
        let mut cur = qi;
        while cur + 1 < self.seg.quotes.len() && self.seg.quotes[cur + 1].continues == Some(cur) {
            cur += 1;
        }
        cur
    }

    fn quote(&self, qi: usize) -> &Quote {
        &self.seg.quotes[qi]
    }
}

/// What kind of cue a token starts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CueHit {
    /// A speech verb with its lemma and frame.
    Verb(&'static str, CueFrame),
    /// "according to".
    According,
    /// "R reported X as saying" / "X was quoted by R as saying": the relay verb's lemma.
    Relay(&'static str),
    /// A statement noun with its owner and a that-clause: "his claim that ...".
    Noun,
}

/// Find all attributions in an article.
pub(crate) fn find_candidates(ctx: &Ctx) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut quoted = vec![false; ctx.seg.tokens.len()];
    for q in &ctx.seg.quotes {
        for f in &mut quoted[q.open_token..q.close_token.min(ctx.seg.tokens.len())] {
            *f = true;
        }
    }
    let is_quoted = |t: usize| quoted[t];
    for (si, s) in ctx.seg.sentences.iter().enumerate() {
        let first_in_sentence = out.len();
        let mut consumed_until = s.first;
        for i in s.first..s.last {
            if i < consumed_until {
                continue;
            }
            if let Some(c) = poll_candidate(ctx, s, si, i) {
                out.push(c);
                continue;
            }
            if let Some(c) = question_candidate(ctx, s, si, i) {
                out.push(c);
                continue;
            }
            let Some(hit) = cue_at(ctx, s, i) else { continue };
            // The statement a subject-less cue continues (", adding ..."): the last one not
            // reported inside another's content.
            // Only the last few are compared, so a sentence with thousands of cues stays linear.
            let sentence_cands = &out[first_in_sentence.max(out.len().saturating_sub(NEARBY))..];
            let prev_in_sentence = sentence_cands
                .iter()
                .rev()
                .find(|c| {
                    let at = ctx.tok(c.cue[0].0).start;
                    !sentence_cands.iter().any(|d| d.content.0 <= at && at < d.content.1)
                })
                .or(sentence_cands.last())
                .cloned()
                // 'Adding, "..."' opening a sentence continues the last statement before it.
                .or_else(|| {
                    (opening_participle(ctx, s, i) == Some(OpeningParticiple::Continuation))
                        .then(|| out.last().filter(|c| c.sentence + 1 == si).cloned())
                        .flatten()
                });
            let cand = match hit {
                CueHit::Verb(lemma, frame) => verb_candidate(ctx, s, si, i, lemma, frame, prev_in_sentence.as_ref()),
                CueHit::According => according_candidate(ctx, s, si, i, &out[first_in_sentence..]),
                CueHit::Relay(lemma) => relay_candidate(ctx, s, si, i, lemma),
                CueHit::Noun => noun_candidate(ctx, s, si, i),
            };
            // Inside a quotation, "I think", "you say", "he might be saying" are the quoted
            // speaker's own words; a named person's words reported inside it are a statement
            // (kept within the quotation).
            let speech = matches!(hit, CueHit::Verb(_, CueFrame::Clause | CueFrame::Addressee));
            let cand = cand.filter(|c| {
                !is_quoted(i)
                    || speech
                        && c.speaker
                            .is_some_and(|r| !lexicon::contains(lexicon::PRONOUNS, ctx.low(r.0)) || r.1 - r.0 > 1)
                        && ctx
                            .enclosing_quote(i)
                            .is_some_and(|(open, close)| open <= c.content.0 && c.content.1 <= close)
            });
            // "If you want to play, ...", "when you think of it": a condition put to the reader.
            let cand = cand.filter(|c| {
                !c.speaker.is_some_and(|(a, b)| {
                    b == a + 1
                        && ctx.low(a) == "you"
                        && a > s.first
                        && matches!(ctx.low(a - 1), "if" | "when" | "whenever" | "unless" | "once")
                })
            });
            if let Some(c) = cand {
                // A relay pattern consumes its "as saying" so it is not found again.
                if matches!(hit, CueHit::Relay(_)) {
                    consumed_until = c.cue.last().map_or(i + 1, |r| r.1);
                }
                out.push(c);
            }
        }
        attach_trailing_relay(ctx, s, &mut out[first_in_sentence..]);
        reported_citing(ctx, &mut out, first_in_sentence);
        drop_nested_attitudes(ctx, &mut out, first_in_sentence);
        unattributed_candidates(ctx, s, si, &mut out, first_in_sentence);
        attitude_adjective_candidates(ctx, s, si, &mut out, first_in_sentence);
        if let Some(c) = colon_candidate(ctx, s, si, &out[first_in_sentence..]) {
            out.push(c);
        }
    }
    bare_cue_candidates(ctx, &mut out, &quoted);
    extend_quote_continuations(ctx, &mut out, &quoted);
    let before = out.len();
    // Words the article writes in lowercase somewhere, built on the first label that needs
    // them (a transcript has a label per paragraph).
    for (pi, &(a, b)) in ctx.seg.paragraphs.iter().enumerate() {
        out.extend(label_candidate(ctx, a, b).or_else(|| signature_candidate(ctx, pi)));
    }
    if out.len() > before {
        // Keep text order for resolution (pronouns look back at earlier speakers).
        out.sort_by_key(|c| c.sentence);
    }
    out
}

/// Whether a content says nothing: no word at all (`without warning."`), or a lone adverb, time
/// or particle left where the object should be ("denounced Thursday", "attacked viciously",
/// "offered up", "rails against"): the cue's real object lies elsewhere or nowhere. A quoted
/// word ("“Really,” she added") is said as it stands.
pub(crate) fn vacuous_content(content: &str) -> bool {
    let mut words = content.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let Some(word) = words.next() else { return true };
    if words.next().is_some() || content.contains(['"', '“', '”', '\'', '‘', '’']) {
        return false;
    }
    let w = word.to_ascii_lowercase();
    let w = w.as_str();
    is_time_word(w)
        || is_preposition(w)
        || lexicon::month_number(w).is_some()
        || w.len() > 4 && w.ends_with("ly")
        || matches!(w, "up" | "out" | "off" | "down" | "back" | "again" | "next" | "how" | "both" | "too" | "little")
}

/// The most tokens an indirect content runs to (news sentences have tens of words).
const MAX_CONTENT_TOKENS: usize = 300;

/// A quotation introduced by a colon after its speaker's clause: "Kasich resisted: "Ohio
/// governors do not have the power ..."", "McConnell delivered a blunt message to Trump:
/// "It's time to quit ..."" (also when the quotation opens the next paragraph). News gives
/// such a quotation to the clause's subject.
fn colon_candidate(ctx: &Ctx, s: &Sentence, si: usize, found: &[Candidate]) -> Option<Candidate> {
    let colon = (s.first + 2..s.last).find(|&k| ctx.is_punct(k, ":"))?;
    let open = colon + 1;
    if open >= ctx.seg.tokens.len() || ctx.kind(open) != TokenKind::QuoteOpen || ctx.in_quote(colon) {
        return None;
    }
    let qi = ctx.quote_opening_at(open)?;
    let (q_open, q) = (ctx.quote(qi).open, ctx.quote(ctx.chain_end(qi)));
    if !q.closed || found.iter().any(|c| c.content.0 < q.close && q_open < c.content.1 || c.cue[0].0 < colon) {
        return None;
    }
    // A quotation in the next paragraph is taken only when nothing follows it there (no
    // attribution of its own).
    if open >= s.last {
        let pi = ctx.seg.paragraphs.partition_point(|&(_, b)| b <= open);
        let end = ctx.seg.paragraphs.get(pi).map_or(open, |&(_, b)| b);
        if (q.close_token..end).any(|k| ctx.is_word(k)) {
            return None;
        }
    }
    // Someone who can speak: a name, a pronoun or a person ("The rules are simple:" is not).
    let speaker = main_subject(ctx, s, colon).filter(|r| {
        let head = ctx.low(r.1 - 1);
        (r.0..r.1).any(|k| ctx.is_capitalized(k) && !lexicon::contains(lexicon::DETERMINERS, ctx.low(k)))
            || lexicon::contains(lexicon::PRONOUNS, head)
            || lexicon::contains(lexicon::PERSON_NOUNS, head)
            || lexicon::contains(lexicon::INSTITUTION_NOUNS, head)
    })?;
    // The predicate between subject (and its appositive: "McConnell, R-Ky., delivered")
    // and colon is short and a verb opens it.
    let verb = match (speaker.1 < colon && ctx.is_punct(speaker.1, ","))
        .then(|| (speaker.1 + 1..colon).find(|&k| ctx.is_punct(k, ",")))
        .flatten()
    {
        Some(close) => close + 1,
        None => speaker.1,
    };
    let cue = (verb, colon);
    if cue.1 <= cue.0 || cue.1 - cue.0 > 12 || !(cue.0..cue.1).all(|k| ctx.is_word(k) || ctx.is_punct(k, ",")) {
        return None;
    }
    let frame = vec![(s.first, colon + 1)];
    Some(Candidate {
        content: (q_open, q.close),
        kind: QuoteKind::Direct,
        cue: vec![cue],
        lemma: "say",
        speaker: Some(speaker),
        appositive: None,
        relay: None,
        sentence: si,
        continues_previous: false,
        frame,
    })
}

/// Assessments the text gives without a source: "The House is expected to pass the bill",
/// "Mr. Trump seemed to overstay his welcome", "Washington appears weak". Nobody is named as
/// saying them, so they are statements without a speaker (news analysis flags exactly these
/// unsourced claims). The subject and its complement are the content; one inside another
/// statement's content or a quotation is part of that statement. Questions that nobody is
/// named as asking ("faced questions about her health") are found here too.
fn unattributed_candidates(ctx: &Ctx, s: &Sentence, si: usize, out: &mut Vec<Candidate>, first: usize) {
    let mut found = Vec::new();
    for i in s.first + 1..s.last {
        if !ctx.is_word(i) || ctx.is_capitalized(i) || i + 1 >= s.last || ctx.in_quote(i) {
            continue;
        }
        let (w, next) = (ctx.low(i), ctx.low(i + 1));
        let (lemma, cue_start) = match w {
            // A passive with no agent: "is expected to", "were widely expected to", "is
            // widely regarded as", "is thought to", "was widely reported that".
            "expected" | "regarded" | "viewed" | "seen" | "considered" | "thought" | "believed" | "perceived"
            | "rumored" | "reported"
                if matches!(next, "to" | "as" | "that") =>
            {
                let a = skip_aux_back(ctx, s.first, i);
                if a == i || !(a..i).any(|k| matches!(ctx.low(k), "is" | "are" | "was" | "were" | "be" | "been")) {
                    continue;
                }
                let lemma = match w {
                    "expected" => "expect",
                    "regarded" => "regard",
                    "viewed" => "view",
                    "seen" => "see",
                    "considered" => "consider",
                    "thought" => "think",
                    "believed" => "believe",
                    "perceived" => "perceive",
                    "rumored" => "rumor",
                    _ => "report",
                };
                (lemma, a)
            }
            // "seems to", "seemed like", "seems unlikely" (not "seems, at first, ...").
            "seems" | "seemed" | "seem"
                if matches!(next, "to" | "like")
                    || ctx.is_word(i + 1)
                        && !ctx.is_capitalized(i + 1)
                        && !is_preposition(next)
                        && !lexicon::contains(lexicon::DETERMINERS, next)
                        && !matches!(next, "and" | "or" | "but") =>
            {
                ("seem", skip_aux_back(ctx, s.first, i))
            }
            // "appeared on television" is an appearance; "appears to", "appears weak" an
            // assessment.
            "appears" | "appeared" | "appear"
                if matches!(
                    next,
                    "to" | "that"
                        | "like"
                        | "likely"
                        | "unlikely"
                        | "poised"
                        | "set"
                        | "ready"
                        | "certain"
                        | "eager"
                        | "reluctant"
                        | "weak"
                        | "strong"
                        | "confident"
                        | "determined"
                        | "open"
                ) =>
            {
                ("appear", skip_aux_back(ctx, s.first, i))
            }
            // "faced questions about her health", "raised questions about his birthplace".
            "questions" if matches!(next, "about" | "over") => {
                if !inside_statement(ctx, &out[first..], i) {
                    found.extend(questions_candidate(ctx, s, si, i));
                }
                continue;
            }
            _ => continue,
        };
        if inside_statement(ctx, &out[first..], i) {
            continue;
        }
        // The subject before the cue ("It seems", "The birth of the newest Clinton is expected").
        let (subj, _, _) = subject_of(ctx, s, i);
        let Some(mut subj) = subj else { continue };
        while subj.0 > s.first + 1
            && ctx.low(subj.0 - 1) == "of"
            && let Some(head) = np_before(ctx, s.first, subj.0 - 1)
        {
            subj = (head.0, subj.1);
        }
        if subj.1 > cue_start {
            continue;
        }
        let end = content_end(ctx, s, i + 1);
        if end < i + 2 {
            continue;
        }
        let content = (subj.0, end);
        found.push(Candidate::plain(ctx, content, (cue_start, i + 1), lemma, None, si, frame_ranges(s, content)));
    }
    out.extend(found);
}

/// Views reported with an adjective of attitude after "be" (or "remain", "seem", "grow"):
/// "Democratic leaders are worried about turnout", "Graham has been critical of Trump",
/// "Ms. Henry remains confident that ...", "Republican voters were divided on the ban". The
/// subject holds the view; the content follows the adjective's complement. An expletive
/// subject ("It is far from certain that") reports no one's view.
fn attitude_adjective_candidates(ctx: &Ctx, s: &Sentence, si: usize, out: &mut Vec<Candidate>, first: usize) {
    let mut found = Vec::new();
    for i in s.first + 2..s.last.saturating_sub(2) {
        // The complement first: it rules out most words without a lexicon search.
        let start = match ctx.low(i + 1) {
            "that" | "about" | "of" | "over" | "on" | "with" | "at" | "between" => i + 2,
            "to" | "whether" | "if" => i + 1,
            _ => continue,
        };
        if !ctx.is_word(i) || ctx.is_capitalized(i) {
            continue;
        }
        let Some(adjective) = lexicon::lookup(lexicon::ATTITUDE_ADJECTIVES, ctx.low(i)) else { continue };
        // "is sure to spur" forecasts; "is eager to help" reports a wish.
        if ctx.low(i + 1) == "to" && matches!(adjective, "sure" | "certain") {
            continue;
        }
        if ctx.in_quote(i) || inside_statement(ctx, &out[first..], i) {
            continue;
        }
        // Back over degree adverbs and negation to the linking verb: "are increasingly worried",
        // "wasn't optimistic", "are so vehemently opposed to".
        let mut k = i;
        while k > s.first
            && ctx.is_word(k - 1)
            && (matches!(ctx.low(k - 1), "so" | "very" | "too" | "more" | "less" | "far" | "not" | "also" | "still")
                || ctx.low(k - 1).ends_with("ly") && !ctx.is_capitalized(k - 1)
                || ctx.low(k - 1).ends_with("n't"))
        {
            k -= 1;
        }
        if k == s.first
            || !matches!(
                ctx.low(k - 1),
                "is" | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "'m"
                    | "'re"
                    | "am"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "seem"
                    | "seems"
                    | "seemed"
                    | "grew"
                    | "grow"
                    | "grows"
                    | "become"
                    | "became"
            )
        {
            continue;
        }
        // "reasons to be skeptical": an infinitive has no subject of its own.
        if k >= s.first + 2 && ctx.low(k - 2) == "to" {
            continue;
        }
        let (subj, _, _) = subject_of(ctx, s, k - 1);
        let Some(subj) = subj.filter(|r| !matches!(ctx.low(r.0), "it" | "this" | "that" | "there" | "what")) else {
            continue;
        };
        let end = content_end(ctx, s, start);
        if end <= start {
            continue;
        }
        let content = (start, end);
        // A participle keeps its verb's lemma ("opposed" → "oppose") for the stance.
        let lemma = lexicon::cue_lemma(adjective).unwrap_or(adjective);
        found.push(Candidate::plain(ctx, content, (k - 1, i + 1), lemma, Some(subj), si, frame_ranges(s, content)));
    }
    out.extend(found);
}

/// Whether token `i` lies in the content or the cue of one of a sentence's statements. Only
/// the statements whose cues are near are compared, so that a "sentence" with thousands of
/// them stays linear.
fn inside_statement(ctx: &Ctx, sentence: &[Candidate], i: usize) -> bool {
    let at = ctx.tok(i).start;
    let near = sentence.partition_point(|c| c.cue[0].0 < i);
    sentence[near.saturating_sub(NEARBY)..(near + NEARBY).min(sentence.len())]
        .iter()
        .any(|c| c.content.0 <= at && at < c.content.1 || c.cue.iter().any(|r| r.0 <= i && i < r.1))
}

/// "questions about X" at token `i`: put by someone unnamed, unless someone is said to raise
/// them ("Trump has raised questions about ...").
fn questions_candidate(ctx: &Ctx, s: &Sentence, si: usize, i: usize) -> Option<Candidate> {
    if i + 2 >= s.last {
        return None;
    }
    let v = if i > s.first + 1
        && !ctx.is_capitalized(i - 1)
        && matches!(ctx.low(i - 1), "new" | "serious" | "fresh" | "more")
    {
        i - 1
    } else {
        i
    };
    let raiser = (v > s.first && matches!(ctx.low(v - 1), "raise" | "raised" | "raises" | "raising"))
        .then(|| subject_of(ctx, s, v - 1).0)
        .flatten();
    let end = content_end(ctx, s, i + 2);
    if end < i + 3 {
        return None;
    }
    let cue_start = if raiser.is_some() { skip_aux_back(ctx, s.first, v - 1) } else { i };
    let content = (i + 2, end);
    Some(Candidate::plain(ctx, content, (cue_start, i + 2), "question", raiser, si, frame_ranges(s, content)))
}

/// How many neighbouring candidates of a sentence the nesting checks look at.
const NEARBY: usize = 16;

/// Drops the sentence's attitude cues ("wants", "rejected") that lie inside another of its
/// statements' contents: they are that speaker's account, not a statement of their own.
fn drop_nested_attitudes(ctx: &Ctx, out: &mut Vec<Candidate>, first: usize) {
    let contents: Vec<(usize, usize)> = out[first..].iter().map(|c| c.content).collect();
    // Contents that hold a cue start near it: a window keeps a sentence with thousands of
    // candidates linear.
    let nested = |j: usize, c: &Candidate| {
        let at = ctx.tok(c.cue[0].0).start;
        let near = j.saturating_sub(NEARBY)..(j + NEARBY).min(contents.len());
        lexicon::contains(lexicon::ATTITUDE_CUES, c.lemma)
            && contents[near.clone()].iter().zip(near).any(|(&(a, b), k)| k != j && a <= at && at < b)
    };
    if !out[first..].iter().enumerate().any(|(j, c)| nested(j, c)) {
        return;
    }
    // Only the sentence's own candidates are looked at: `retain` over all of `out` would make
    // an article's extraction quadratic in its statements.
    let sentence: Vec<Candidate> = out.drain(first..).collect();
    out.extend(sentence.into_iter().enumerate().filter(|(j, c)| !nested(*j, c)).map(|(_, c)| c));
}

/// Words that open a paragraph label which is not a speaker ("Update:", "Photo:"). Sorted.
/// Their first or last word is checked. Sorted.
const NON_SPEAKER_LABELS: &[&str] = &[
    "advertisement",
    "alert",
    "breaking",
    "busted",
    "by",
    "caption",
    "clarification",
    "contact",
    "context",
    "contributing",
    "correction",
    "credit",
    "disclosure",
    "editor",
    "editor's",
    "editors",
    "email",
    "exclusive",
    "filed",
    "follow",
    "gallery",
    "image",
    "issue",
    "latest",
    "listen",
    "more",
    "note",
    "notice",
    "paid",
    "partial",
    "photo",
    "photos",
    "pictures",
    "poll",
    "posted",
    "published",
    "read",
    "readers",
    "related",
    "revealed",
    "see",
    "share",
    "short",
    "slideshow",
    "source",
    "sources",
    "subscribe",
    "tags",
    "topics",
    "transcript",
    "update",
    "updated",
    "video",
    "videos",
    "warning",
    "watch",
    "wonder",
    "wow",
];

/// `end` moved back over trailing punctuation (closing quotation marks stay), not before `from`.
fn trim_punct_back(ctx: &Ctx, from: usize, mut end: usize) -> usize {
    while end > from && ctx.kind(end - 1) == TokenKind::Punct {
        end -= 1;
    }
    end
}

/// The sentence that holds token `t`.
pub(crate) fn sentence_of(ctx: &Ctx, t: usize) -> usize {
    ctx.seg.sentences.partition_point(|s| s.last <= t).min(ctx.seg.sentences.len().saturating_sub(1))
}

/// The kind of a content span: quoted whole, quoted in part, or not at all.
fn kind_of(ctx: &Ctx, a: usize, b: usize) -> QuoteKind {
    let whole = ctx.kind(a) == TokenKind::QuoteOpen && ctx.kind(b - 1) == TokenKind::QuoteClose;
    if whole {
        QuoteKind::Direct
    } else if (a..b).any(|k| matches!(ctx.kind(k), TokenKind::QuoteOpen | TokenKind::QuoteClose)) {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// A paragraph opened by a speaker label: "Gingrich: Trump Must Decide ..." (headlines),
/// "PENCE: And that's why ..." (transcripts). The label is a short name phrase with no verb.
fn label_candidate(ctx: &Ctx, a: usize, b: usize) -> Option<Candidate> {
    let start = if a < b && ctx.kind(a) == TokenKind::QuoteOpen { a + 1 } else { a };
    let colon = (start + 1..(start + 7).min(b)).find(|&k| ctx.is_punct(k, ":"))?;
    let label = (start, colon);
    let words_only = (start..colon).all(|k| ctx.is_word(k) || ctx.is_punct(k, "(") || ctx.is_punct(k, ")"));
    if !words_only || !ctx.is_capitalized(start) || lexicon::contains(NON_SPEAKER_LABELS, ctx.low(start)) {
        return None;
    }
    // A name phrase: capitalized words, with at most a linking lowercase word ("of", "at").
    let lowercase = (start..colon).filter(|&k| ctx.is_word(k) && !ctx.is_capitalized(k)).count();
    // "Says Molitor:" opens an inverted attribution, not a label.
    let cue_word = (start..colon).any(|k| {
        lexicon::cue_lemma(ctx.low(k)).is_some_and(|l| !ctx.is_capitalized(k) || k == start && l != ctx.low(k))
    });
    let numeric = (start..colon).any(|k| ctx.low(k).starts_with(|c: char| c.is_ascii_digit()));
    if lowercase > 1 || cue_word || numeric || !looks_like_speaker(ctx, label) {
        return None;
    }
    // Section heads and rubrics ("Refugees:", "The Latest:", "Q:") are not speakers: a name
    // has a word that the article never writes in lowercase, and more than one letter.
    let head = ctx.low(colon - 1);
    let named = (start..colon).any(|k| {
        ctx.is_capitalized(k)
            && ctx.low(k).chars().count() > 1
            && !lexicon::contains(lexicon::DETERMINERS, ctx.low(k))
            && !ctx.written_lowercase(ctx.word(k))
    });
    if !named || lexicon::contains(NON_SPEAKER_LABELS, head) {
        return None;
    }
    let end = trim_punct_back(ctx, colon + 1, b);
    if (colon + 1..end).filter(|&k| ctx.is_word(k)).count() < 2 {
        return None;
    }
    // "Iowa: Tim Albrecht, Brad Anderson, ...": a list, not a statement.
    if (colon + 1..end.min(colon + 13)).filter(|&k| ctx.is_punct(k, ",")).count() >= 3 {
        return None;
    }
    let mut c = Candidate::plain(
        ctx,
        (colon + 1, end),
        (colon, colon + 1),
        "say",
        Some(label),
        sentence_of(ctx, colon),
        vec![(start, colon + 1)],
    );
    // A transcript's speaker in capitals says the words verbatim.
    if (start..colon).filter(|&k| ctx.is_word(k)).all(|k| ctx.word(k).chars().all(|ch| !ch.is_lowercase())) {
        c.kind = QuoteKind::Direct;
    }
    Some(c)
}

/// A quotation signed by a dash: a paragraph that is one quotation followed by a paragraph
/// "- Sanders." / "—Michelle Marks, Philadelphia.", or a post signed in its own paragraph
/// "... — Paul Ryan (@SpeakerRyan) July 5, 2016".
fn signature_candidate(ctx: &Ctx, pi: usize) -> Option<Candidate> {
    let (a, b) = ctx.seg.paragraphs[pi];
    let is_dash = |k: usize| ctx.is_punct(k, "-") || ctx.is_punct(k, "—") || ctx.is_punct(k, "–");
    // The signature: a dash, then capitalized words up to a comma, "(" or the end.
    let sign = |d: usize| -> Option<Range> {
        let mut k = d + 1;
        while k < b && ctx.is_capitalized(k) && k - d <= 5 {
            k += 1;
        }
        (k > d + 1 && (k == b || ctx.is_punct(k, ",") || ctx.is_punct(k, "(") || ctx.is_punct(k, ".")))
            .then_some((d + 1, k))
            .filter(|r| looks_like_speaker(ctx, *r))
    };
    if a < b && is_dash(a) && pi > 0 {
        let speaker = sign(a)?;
        let (pa, pb) = ctx.seg.paragraphs[pi - 1];
        let pb = trim_punct_back(ctx, pa + 1, pb);
        if pb <= pa + 2 || ctx.kind(pa) != TokenKind::QuoteOpen || ctx.kind(pb - 1) != TokenKind::QuoteClose {
            return None;
        }
        return Some(Candidate::plain(
            ctx,
            (pa, pb),
            (a, a + 1),
            "say",
            Some(speaker),
            sentence_of(ctx, pa),
            vec![(a, b)],
        ));
    }
    // "... — Name (@handle) Month D, YYYY": the dash must be followed by a handle.
    let d = (a + 3..b).rev().take(12).find(|&k| is_dash(k))?;
    let speaker = sign(d)?;
    let handle = speaker.1 + 1 < b && ctx.is_punct(speaker.1, "(") && ctx.is_punct(speaker.1 + 1, "@");
    if !handle || (a..d).filter(|&k| ctx.is_word(k)).count() < 3 {
        return None;
    }
    Some(Candidate::plain(ctx, (a, d), (d, d + 1), "say", Some(speaker), sentence_of(ctx, d), vec![(d, b)]))
}

/// "polls show", "a study found": things speak only through these two verbs, and these two
/// verbs only through things (or with "that"). The evidence noun heads the subject of the
/// cue at `cue`, which may run on: "The poll, released on Wednesday by the institute,
/// showed", "exit polls conducted by Edison show".
fn evidence_subject(ctx: &Ctx, s: &Sentence, cue: usize) -> bool {
    let e = skip_aux_back(ctx, s.first, cue);
    // Another verb cue between ends the subject ("officials said polls show").
    let other_cue = |k: usize| {
        k + 1 < e
            && ctx.is_word(k)
            && !ctx.is_capitalized(k)
            && lexicon::cue_lemma(ctx.low(k)).is_some()
            && !noun_use_of_cue(ctx, k)
            && !reduced_relative(ctx, s, k)
    };
    // Far enough for a postmodifier: "The poll, released on Wednesday night by the Public
    // Policy Institute of California, showed".
    (e.saturating_sub(20).max(s.first)..e)
        .rev()
        .take_while(|&k| !ctx.is_punct(k, ";") && !other_cue(k))
        .any(|k| lexicon::contains(lexicon::EVIDENCE_NOUNS, ctx.low(k)))
}

/// Whether the cue word at `k` is a past participle opening a reduced relative clause after a
/// noun or a comma: "The poll, released on Wednesday by ...", "Figures released by the
/// board", "New numbers released Tuesday by ...".
fn reduced_relative(ctx: &Ctx, s: &Sentence, k: usize) -> bool {
    let w = ctx.low(k);
    k > s.first
        && k + 1 < s.last
        && w.ends_with("ed")
        && (ctx.is_punct(k - 1, ",") || np_word(ctx, k - 1) && !lexicon::contains(lexicon::PRONOUNS, ctx.low(k - 1)))
        && ctx.is_word(k + 1)
        && (is_preposition(ctx.low(k + 1)) || is_time_word(ctx.low(k + 1)))
}

/// A word after a subject's head that opens its postmodifier before a preposition: a
/// participle ("released by") or an adjective taking a complement ("close to").
fn opens_postmodifier(w: &str) -> bool {
    w.ends_with("ed") || matches!(w, "close" | "familiar" | "loyal" | "friendly" | "hostile" | "sympathetic")
}

/// A plural noun, by its ending or one of the common irregular plurals.
fn is_plural_noun(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") || matches!(w, "women" | "men" | "people" | "children" | "police")
}

/// Whether the verb at `i` frames an opinion "X as Y": an object of a few words, then "as"
/// opening the predicate ("as well as", "as if" and "as soon as" do not).
fn sees_as(ctx: &Ctx, s: &Sentence, i: usize) -> bool {
    (i + 2..s.last.min(i + 12))
        .take_while(|&k| ctx.is_word(k) || ctx.is_punct(k, "'") || ctx.is_punct(k, "’"))
        .find(|&k| ctx.low(k) == "as")
        .is_some_and(|k| {
            k + 1 < s.last
                && ctx.is_word(k + 1)
                && !matches!(ctx.low(k + 1), "well" | "if" | "though" | "soon" | "long" | "much" | "far" | "many")
        })
}

/// Is token `i` a cue, and of what kind?
fn cue_at(ctx: &Ctx, s: &Sentence, i: usize) -> Option<CueHit> {
    if !ctx.is_word(i) {
        return None;
    }
    let w = ctx.low(i);
    if w == "according" && i + 1 < s.last && ctx.low(i + 1) == "to" {
        return Some(CueHit::According);
    }
    // Cue verbs are lowercase in running text; headlines capitalize every word
    // ("Clinton Says Russians Hacked DNC").
    // Only inflected forms there: a bare "Joke" or "Call" in a headline is a noun.
    // An inflected cue may open a sentence before its speaker: "Said Comey, "..."".
    let opens_inverted = i == s.first
        && i + 2 < s.last
        && ctx.is_capitalized(i + 1)
        && lexicon::cue_lemma(w).is_some_and(|l| l != w && lexicon::cue_can_follow_content(l))
        && (i + 2..s.last.min(i + 8)).find(|&k| !ctx.is_word(k)).is_some_and(|k| {
            (ctx.is_punct(k, ",") || ctx.is_punct(k, ":")) && k + 1 < s.last && ctx.kind(k + 1) == TokenKind::QuoteOpen
        });
    // 'Adding, "..."': a participle opening a sentence continues the previous speaker.
    let opening = opening_participle(ctx, s, i);
    let opens_participle = opening == Some(OpeningParticiple::Continuation)
        && i + 2 < s.last
        && (ctx.is_punct(i + 1, ",") || ctx.is_punct(i + 1, ":"))
        && ctx.kind(i + 2) == TokenKind::QuoteOpen
        && lexicon::cue_lemma(w).is_some_and(lexicon::cue_can_follow_content);
    // "Claiming the criticism is designed to pressure moderators, Trump told Fox ...": a
    // participle clause opening the sentence is said by the main clause's subject.
    let fronted_participle = opening == Some(OpeningParticiple::Clause)
        && i + 2 < s.last
        && lexicon::cue_lemma(w).is_some_and(|l| lexicon::cue_frame(l) == Some(CueFrame::Clause))
        && (i + 3..s.last).any(|k| ctx.is_punct(k, ",") && !ctx.in_quote(k));
    if ctx.is_capitalized(i)
        && !opens_inverted
        && !opens_participle
        && !fronted_participle
        && (i == s.first || lexicon::cue_lemma(w).is_none_or(|l| l == w) || !title_case(ctx, s))
    {
        return None;
    }
    // "his claim that ...", "Trump's insistence that ...".
    if i > s.first
        && i + 1 < s.last
        && ctx.low(i + 1) == "that"
        && lexicon::contains(lexicon::CLAIM_NOUNS, w)
        && (matches!(ctx.low(i - 1), "his" | "her" | "their" | "its")
            || ctx.word(i - 1).ends_with("'s")
            || ctx.word(i - 1).ends_with("’s"))
    {
        return Some(CueHit::Noun);
    }
    // "as Trevidic put it, "..."", ""...," he went on.": the idioms attribute; "put it on the
    // table" and "went on to win" do not.
    if i + 2 < s.last
        && matches!(ctx.kind(i + 2), TokenKind::Punct | TokenKind::QuoteOpen)
        && let Some(&(_, _, idiom)) =
            lexicon::IDIOM_CUES.iter().find(|(f, second, _)| *f == w && ctx.low(i + 1) == *second)
    {
        return Some(CueHit::Verb(idiom, CueFrame::Clause));
    }
    let lemma = lexicon::cue_lemma(w)?;
    // "In TV interviews and tweets, Trump has argued": a plural noun coordinated with another.
    if w.ends_with('s')
        && w != lemma
        && i >= s.first + 2
        && matches!(ctx.low(i - 1), "and" | "or")
        && i + 1 < s.last
        && ctx.is_punct(i + 1, ",")
        && ctx.is_word(i - 2)
        && !ctx.is_capitalized(i - 2)
        && ctx.low(i - 2).ends_with('s')
        && lexicon::cue_lemma(ctx.low(i - 2)).is_none()
    {
        return None;
    }
    // "384 pledged delegates", "the think tank": a cue form that is part of a compound noun.
    if i + 1 < s.last && lexicon::PARTICIPLE_COMPOUNDS.contains(&(w, ctx.low(i + 1))) {
        return None;
    }
    // "a police report was filed": a bare form after "a" and a noun is a noun (a verb would
    // agree with a singular subject: "reports").
    if w == lemma
        && i >= s.first + 2
        && matches!(ctx.low(i - 2), "a" | "an")
        && ctx.is_word(i - 1)
        && !ctx.low(i - 1).ends_with("ly")
    {
        return None;
    }
    // "who asked not to be identified": the source's condition, not a statement.
    if matches!(w, "asked" | "asking" | "requested")
        && i + 4 < s.last
        && ctx.low(i + 1) == "not"
        && ctx.low(i + 2) == "to"
        && ctx.low(i + 3) == "be"
        && matches!(ctx.low(i + 4), "identified" | "named" | "quoted")
    {
        return None;
    }
    // "Lazar released notes from Blumenthal", "the group issued statements": a plural noun
    // after a verb in the past is what it acted on.
    if w.ends_with('s')
        && w != lemma
        && i > s.first
        && ctx.is_word(i - 1)
        && !ctx.is_capitalized(i - 1)
        && ctx.low(i - 1).ends_with("ed")
        && ctx.low(i - 1).len() > 4
        && lexicon::cue_lemma(ctx.low(i - 1)).is_none()
    {
        return None;
    }
    // A cue form that is also a plural noun, used as one: after a number or an adjective
    // ("began receiving 911 calls", "Google's big promises", "one of the central claims"), or
    // as the subject of the verb after it ("Bolger's strict liability claims depend on ...",
    // "the calls were made").
    if lexicon::contains(lexicon::PLURAL_NOUN_CUE_FORMS, w) && i > s.first && ctx.is_word(i - 1) {
        let p = ctx.low(i - 1);
        let after_modifier = p.bytes().all(|b| b.is_ascii_digit())
            || is_quantity_word(p)
            || lexicon::contains(lexicon::NOUN_ADJECTIVES, p);
        let before_verb = i + 1 < s.last
            && matches!(
                ctx.low(i + 1),
                "are"
                    | "were"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "depend"
                    | "remain"
                    | "seem"
                    | "appear"
                    | "came"
                    | "come"
            );
        if after_modifier || before_verb {
            return None;
        }
    }
    let prev = (i > s.first).then(|| ctx.low(i - 1));
    let next = (i + 1 < s.last).then(|| ctx.low(i + 1));
    // Relay pattern: "<R> reported/quoted/cited <X> as saying".
    if lexicon::contains(lexicon::RELAY_VERBS, lemma) && find_as_saying(ctx, s, i + 1).is_some() {
        return Some(CueHit::Relay(lemma));
    }
    // A determiner or possessive before the word makes it a noun ("the report", "his claim").
    if let Some(p) = prev {
        // ... but a quantity speaks through an inflected verb: "one said", "most say".
        let quantity_subject = (is_quantity_word(p) || p == "another")
            && (is_past_form(w)
                || w == lemma && matches!(p, "most" | "many" | "some" | "all" | "both" | "several" | "few"));
        if (lexicon::contains(lexicon::DETERMINERS, p) || p == "no" || p.ends_with("'s") && p != "'s")
            && !quantity_subject
        {
            return None;
        }
        // Infinitives ("declined to say") are not reports of speech, but for a verb that
        // only carries one ("went on to say").
        if p == "to" && catenative_before(ctx, s.first, i).is_none() {
            return None;
        }
        // Passives are not the speaker's own act ("was accused of", "is expected", "was
        // formally called to", "was even sworn in").
        let participle =
            w.ends_with("ed") || matches!(w, "told" | "said" | "sworn" | "written" | "shown" | "known" | "thought");
        // "they're told", "it's written": a clitic "'s" is "is" after a thing, "has" after a person.
        let passive_aux = |k: usize| {
            matches!(ctx.low(k), "is" | "was" | "were" | "been" | "being" | "be" | "are" | "'re")
                || ctx.low(k) == "'s" && k > s.first && matches!(ctx.low(k - 1), "it" | "that" | "there" | "what")
        };
        if participle && (skip_aux_back(ctx, s.first, i)..i).any(passive_aux) {
            return None;
        }
    }
    // The bare form after a singular determiner is a noun: "a maladroit answer", "the
    // original Sanders demand" (a plural head before it makes it a verb: "the officials claim").
    // ... but for a verb whose past is its bare form closing a sentence or clause: "..., the
    // email read."
    let bare_past = matches!(w, "read" | "forecast") && next.is_none_or(|n| n.is_empty());
    // "a 30% decline": a noun after a percentage.
    if w == lemma && i > s.first && ctx.is_punct(i - 1, "%") {
        return None;
    }
    if w == lemma && !bare_past {
        for k in 1..=3 {
            if i < s.first + k || !ctx.is_word(i - k) {
                break;
            }
            let d = ctx.low(i - k);
            // "attend the games and believe ...": a coordinated verb, not a noun; "a spokesman
            // would say": a verb after its auxiliary.
            if matches!(d, "and" | "or" | "but") || lexicon::contains(lexicon::AUXILIARIES, d) {
                break;
            }
            if matches!(
                d,
                "a" | "an"
                    | "this"
                    | "that"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "my"
                    | "our"
                    | "your"
                    | "another"
                    | "each"
                    | "every"
                    | "the"
            ) {
                // "the Republicans say", "the Khans say": a capitalized plural right after the
                // article is a group or a family ("the original Sanders demand" is not; nor
                // is "The Times report").
                let prev_word = ctx.low(i - 1);
                let plural_head = k > 1
                    && is_plural_noun(prev_word)
                    && (!ctx.is_capitalized(i - 1) || k == 2 && !matches!(prev_word, "times" | "news"));
                // "Activists in the party say": the article opens a prepositional phrase
                // inside a plural subject.
                let in_postmodifier = i - k > s.first
                    && is_preposition(ctx.low(i - k - 1))
                    && postmodified_subject(ctx, s, i).is_some_and(|(h, _)| is_plural_noun(ctx.low(h.1 - 1)));
                if !plural_head && !in_postmodifier {
                    return None;
                }
                break;
            }
        }
    }
    // Right after a preposition the word is a noun ("in charge", "on record"); only a
    // participle follows one ("by saying").
    if let Some(p) = prev
        && is_preposition(p)
        && p != "to"
        && !w.ends_with("ing")
    {
        return None;
    }
    // A negated cue reports that something was not said; but "would not say whether ...",
    // "isn't saying what ..." reports the question left open, and "did not mention X" what
    // a speech left out.
    let aux_start = skip_aux_back(ctx, s.first, i);
    if (aux_start..i).any(|k| is_negation(ctx.low(k)))
        && lemma != "mention"
        && !(matches!(lemma, "say" | "disclose" | "reveal" | "indicate" | "specify" | "explain")
            && next.is_some_and(|n| lexicon::contains(lexicon::OPEN_QUESTION_WORDS, n)))
    {
        return None;
    }
    // A noun before its verb: "One of our biggest challenges is ...", "the boycott calls
    // are" (a verb of saying may have a gap there: "which critics say was"); an adjective
    // after a comparative: "so much more demanding".
    if w.ends_with('s')
        && w != lemma
        && lexicon::cue_frame(lemma) == Some(CueFrame::Object)
        && matches!(next, Some("is" | "are" | "was" | "were"))
        || w.ends_with("ing") && i > s.first && matches!(ctx.low(i - 1), "more" | "most" | "less" | "least")
    {
        return None;
    }
    // A participle followed by "by" is a passive modifier: "guarantees demanded by Moscow".
    // So is an object verb's with no object right after a common noun: "the man accused of
    // buying the guns", "a senator criticized for his vote" (the active verb has one, or a
    // subject before it: "whom one insider described as").
    if w.ends_with("ed")
        && (next == Some("by")
            || matches!(next, Some("of" | "for" | "as"))
                && lexicon::cue_frame(lemma) == Some(CueFrame::Object)
                && i > s.first
                && ctx.is_word(i - 1)
                && !ctx.is_capitalized(i - 1)
                && !lexicon::contains(lexicon::PRONOUNS, ctx.low(i - 1))
                && !(i.saturating_sub(5).max(s.first)..i).any(|k| matches!(ctx.low(k), "whom" | "which" | "that"))
                && !lexicon::PHRASAL_CUES.iter().any(|(l, p)| *l == lemma && next == Some(*p)))
    {
        return None;
    }
    if lexicon::contains(lexicon::PARTICLE_ONLY_CUES, lemma)
        && !lexicon::PHRASAL_CUES.iter().any(|(l, p)| *l == lemma && next == Some(*p))
        && distant_particle(ctx, s, i, lemma).is_none()
    {
        return None;
    }
    match lemma {
        "show" if !evidence_subject(ctx, s, i) => return None,
        "find" if next != Some("that") && !evidence_subject(ctx, s, i) => return None,
        // "Palestinians want East Jerusalem" states a demand; "If He Wants a Running Mate" in
        // a headline does not.
        "want"
            if next != Some("to")
                && (ctx.is_capitalized(i)
                    || (i.saturating_sub(3).max(s.first)..i)
                        .any(|k| matches!(ctx.low(k), "if" | "whether" | "unless"))) =>
        {
            return None;
        }
        // An opinion: "party leaders see him as an asset", "Clinton views the issue as a way
        // to ...". Without its "as" the verb reports no view ("saw the rally").
        "see" | "view" | "regard" if !sees_as(ctx, s, i) => return None,
        "charge" if next == Some("with") => return None,
        // "added to his portfolio", "adding to his victories": to add to something says nothing.
        "add" if next == Some("to") => return None,
        // "added a goal and an assist", "added 12 points": a tally grows; "added a warning"
        // still says something, and in `"...," added a Democrat` the speaker follows.
        "add"
            if !(i > s.first && (ctx.kind(i - 1) == TokenKind::QuoteClose || ctx.is_punct(i - 1, ",")))
                && next.is_some_and(|n| matches!(n, "a" | "an" | "another" | "two" | "three") || is_number(n))
                && !(i + 2 < s.last
                    && matches!(
                        ctx.low(i + 2),
                        "note" | "warning" | "caveat" | "comment" | "line" | "statement" | "remark" | "plea" | "word"
                    )) =>
        {
            return None;
        }
        // "called 911".
        "call" if next.is_some_and(is_number) => return None,
        // "reported from every debate", "reports for the Daily News": a reporter's beat.
        "report" if matches!(next, Some("from" | "for" | "live" | "daily")) => return None,
        "call" if matches!(next, Some("off" | "up" | "in" | "out" | "back")) => return None,
        // "a book called "Women Who Work"", "a group called Citizens for Trump": naming.
        "call" if w == "called" && naming_participle(ctx, s, i) => return None,
        _ => {}
    }
    let frame = lexicon::cue_frame(lemma)?;
    Some(CueHit::Verb(lemma, frame))
}

/// A number written in digits ("12", "911").
fn is_number(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// A poll as the source of a finding: "In a new CBS News poll, she led by 24 points" and
/// "Kasich was at 25 percent in the most recent Fox poll, up eight points".
fn poll_candidate(ctx: &Ctx, s: &Sentence, si: usize, i: usize) -> Option<Candidate> {
    if ctx.low(i) != "in" || ctx.in_quote(i) {
        return None;
    }
    // One named poll ("a new CBS News poll", "Monday's poll"), not standing "in the polls".
    let is_poll = |k: usize| matches!(ctx.low(k), "poll" | "survey");
    let determined = i + 1 < s.last
        && (matches!(ctx.low(i + 1), "a" | "an" | "the" | "this" | "that" | "its" | "their")
            || ctx.low(i + 1).ends_with("'s"));
    if !determined || i + 2 < s.last && ctx.low(i + 1) == "the" && is_poll(i + 2) {
        return None;
    }
    // The source phrase: up to a comma or the sentence end, with a poll noun near its start.
    // (Looked for within 25 tokens: a longer run of words is no source phrase.)
    let stop = (i + 1..s.last.min(i + 25)).find(|&k| ctx.kind(k) != TokenKind::Word).unwrap_or(s.last);
    if stop == s.last && s.last > i + 25 {
        return None;
    }
    let head = (i + 1..stop.min(i + 8)).find(|&k| is_poll(k))?;
    let source = (i + 1, stop);
    // No verb before the poll noun: "in a poll that said ..." is not this pattern; nor one
    // after it ("voters in a Times poll last year said ...", "the row that the Rasmussen poll
    // has shown ..."): the phrase runs into a clause.
    let verb = |k: usize| {
        !ctx.is_capitalized(k)
            && (lexicon::cue_lemma(ctx.low(k)).is_some() || lexicon::contains(lexicon::AUXILIARIES, ctx.low(k)))
    };
    if (i + 1..head).any(verb)
        || (head + 1..stop).any(|k| verb(k) && !matches!(ctx.low(k), "conducted" | "released" | "published"))
    {
        return None;
    }
    let leading = i == s.first || i == s.first + 1 && matches!(ctx.low(s.first), "but" | "and");
    let (a, b) = if leading {
        if stop >= s.last || !ctx.is_punct(stop, ",") {
            return None;
        }
        (stop + 1, content_end(ctx, s, stop + 1))
    } else {
        // Trailing: the clause before, when the source phrase ends the sentence or a comma
        // follows it.
        let a = clause_start(ctx, s, i);
        let ends = stop >= s.last
            || !ctx.is_word(stop) && (stop + 1..s.last).all(|k| !ctx.is_word(k))
            || ctx.is_punct(stop, ",");
        if !ends {
            return None;
        }
        (a, i)
    };
    if b < a + 3 {
        return None;
    }
    Some(Candidate::plain(ctx, (a, b), (i, i + 1), "in", Some(source), si, frame_ranges(s, (a, b))))
}

/// "Asked about X, she said ...", "when asked if it would work": a question put to the
/// speaker by someone the text does not name. The question is the content; its asker is
/// unknown, so the statement has no speaker.
fn question_candidate(ctx: &Ctx, s: &Sentence, si: usize, i: usize) -> Option<Candidate> {
    if ctx.low(i) != "asked" || ctx.in_quote(i) {
        return None;
    }
    let opens = i == s.first
        || ctx.is_punct(i - 1, ",")
        || matches!(ctx.low(i - 1), "when" | "after" | "once" | "if" | "while" | "being")
        // "Clinton was asked about securing the border": a passive names no asker either.
        || matches!(ctx.low(i - 1), "was" | "were" | "been" | "is" | "are");
    let mut start = i + 1;
    // "Asked Tuesday about Sullivan", "asked during a debate why ...".
    while start < s.last && start < i + 6 && !is_question_word(ctx.low(start)) {
        if ctx.is_punct(start, ",") || ctx.kind(start) != TokenKind::Word {
            return None;
        }
        start += 1;
    }
    if !opens || start >= s.last || !is_question_word(ctx.low(start)) {
        return None;
    }
    // "asked about X": the topic is X, and may be one word ("about it").
    let topic = ctx.low(start) == "about";
    if topic {
        start += 1;
    }
    let comma = (start..s.last.min(start + 60)).find(|&k| ctx.is_punct(k, ",") && !ctx.in_quote(k)).unwrap_or(s.last);
    if comma == s.last && s.last > start + 60 {
        return None;
    }
    let mut end = trim_punct_back(ctx, start, comma);
    // "Asked about it after a debate": the topic ends where an object does.
    if topic {
        end = object_end(ctx, s, start, end);
    }
    if end <= start || end == start + 1 && !topic {
        return None;
    }
    // "was asked by host John Dickerson whether ...": the agent asks.
    let asker = (ctx.low(i + 1) == "by").then(|| np_after(ctx, i + 2, start)).flatten();
    Some(Candidate::plain(ctx, (start, end), (i, i + 1), "ask", asker, si, vec![(s.first, start), (end, s.last)]))
}

fn is_question_word(w: &str) -> bool {
    matches!(w, "about" | "if" | "whether" | "what" | "why" | "how" | "who" | "when" | "where" | "which")
}

/// Whether a short sentence is written in title case, as headlines are: at least four
/// words, and all words longer than three letters capitalized.
pub(crate) fn title_case(ctx: &Ctx, s: &Sentence) -> bool {
    if s.last - s.first > 40 {
        return false;
    }
    let (mut words, mut long) = (0, 0);
    for k in (s.first..s.last).filter(|&k| ctx.is_word(k)) {
        words += 1;
        if ctx.low(k).chars().count() > 3 {
            if !ctx.is_capitalized(k) {
                return false;
            }
            long += 1;
        }
    }
    long >= 3 && words >= 4
}

/// Whether "called" at `i` names the thing before it: a lowercase noun that cannot speak
/// right before, and a name or a quotation right after.
fn naming_participle(ctx: &Ctx, s: &Sentence, i: usize) -> bool {
    if i == s.first || i + 1 >= s.last || !ctx.is_word(i - 1) || ctx.is_capitalized(i - 1) {
        return false;
    }
    let p = ctx.low(i - 1);
    // "a move called the boneless": after an indefinite noun phrase the participle names.
    let named_next = ctx.is_capitalized(i + 1)
        || ctx.kind(i + 1) == TokenKind::QuoteOpen
        || i >= s.first + 2 && matches!(ctx.low(i - 2), "a" | "an");
    named_next
        && !lexicon::contains(lexicon::PERSON_NOUNS, p)
        && !lexicon::contains(lexicon::TITLES, p)
        && !lexicon::contains(lexicon::PRONOUNS, p)
        && !lexicon::contains(lexicon::AUXILIARIES, p)
        // "the group called the decision a disgrace" speaks; "a group called X" is named.
        && (!lexicon::contains(lexicon::INSTITUTION_NOUNS, p) || i >= 2 && matches!(ctx.low(i - 2), "a" | "an"))
        && !p.ends_with("ly")
        && !matches!(
            p,
            "who" | "which" | "that" | "and" | "but" | "also" | "then" | "once" | "even" | "publicly" | "first"
        )
}

/// Position of "saying" in "... as saying" within a few tokens after `from`.
fn find_as_saying(ctx: &Ctx, s: &Sentence, from: usize) -> Option<usize> {
    let limit = (from + 14).min(s.last);
    for j in from..limit.saturating_sub(1) {
        if ctx.low(j) == "as" && matches!(ctx.low(j + 1), "saying" | "telling" | "stating" | "describing") {
            return Some(j + 1);
        }
        if !ctx.is_word(j) && !ctx.is_punct(j, ".") && !ctx.is_punct(j, "-") {
            return None;
        }
    }
    None
}

fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "cannot" | "n't") || w.ends_with("n't")
}

/// Skip auxiliaries and -ly adverbs backwards from `i` (exclusive); returns the new end.
fn skip_aux_back(ctx: &Ctx, first: usize, mut end: usize) -> usize {
    while end > first {
        let w = ctx.low(end - 1);
        if ctx.is_word(end - 1)
            && !ctx.is_capitalized(end - 1)
            && (lexicon::contains(lexicon::AUXILIARIES, w)
                || w.ends_with("ly") && w.len() > 4
                || matches!(w, "only" | "also" | "even" | "just" | "still" | "again" | "already" | "never" | "often")
                // "has long said"; a floating quantifier: "have all attacked", "are both quick to".
                || matches!(w, "long" | "all" | "both")
                    && end >= first + 2
                    && lexicon::contains(lexicon::AUXILIARIES, ctx.low(end - 2))
                || is_negation(w))
        {
            end -= 1;
        } else if let Some(k) = catenative_before(ctx, first, end) {
            end = k;
        } else {
            break;
        }
    }
    end
}

/// Where a verb that carries an infinitive cue as its own act starts, when `end` follows its
/// "to": "went on to say", "continued to insist", "was quick to point out", "took to Twitter
/// to say".
fn catenative_before(ctx: &Ctx, first: usize, end: usize) -> Option<usize> {
    if end < first + 2 || ctx.low(end - 1) != "to" {
        return None;
    }
    let v = end - 2;
    let w = ctx.low(v);
    // "continued to say", "appeared to imply", "seemed to suggest".
    let start = if matches!(
        w,
        "continue"
            | "continued"
            | "continues"
            | "continuing"
            | "quick"
            | "appear"
            | "appeared"
            | "appears"
            | "seem"
            | "seemed"
            | "seems"
    ) {
        v
    } else if matches!(w, "likely" | "unlikely") && v > first && matches!(ctx.low(v - 1), "more" | "less") {
        // Poll reports: "voters were (slightly) more likely to say". A bare "is likely to
        // argue" is the writer's forecast, not a report.
        v - 1
    } else if w == "on" && v > first && matches!(ctx.low(v - 1), "went" | "go" | "goes" | "going") {
        v - 1
    } else if ctx.is_capitalized(v)
        && v >= first + 2
        && ctx.low(v - 1) == "to"
        && matches!(ctx.low(v - 2), "took" | "take" | "takes" | "taking")
    {
        v - 2
    } else {
        return None;
    };
    (ctx.is_word(start) && (start == v || !ctx.is_capitalized(start))).then_some(start)
}

/// Whether a word can be part of a speaker phrase.
fn np_word(ctx: &Ctx, i: usize) -> bool {
    if !ctx.is_word(i) {
        return false;
    }
    let w = ctx.low(i);
    // "On Thursday the governor said", "On Jan. 5 the court ruled": dates are not speakers.
    let month_day = lexicon::month_number(w.trim_end_matches('.')).is_some()
        && ctx.is_capitalized(i)
        && i + 1 < ctx.seg.tokens.len()
        && ctx.word(i + 1).starts_with(|c: char| c.is_ascii_digit());
    // ... but "an earlier report", "the last poll": after a determiner it is an adjective.
    let adjective = i > 0 && lexicon::contains(lexicon::DETERMINERS, ctx.low(i - 1));
    if is_time_word(w) && !adjective || month_day {
        return false;
    }
    if lexicon::contains(lexicon::SUBJECT_STOPS, w)
        || lexicon::contains(lexicon::AUXILIARIES, w) && !ctx.is_capitalized(i) && !adjective_use(ctx, i)
        || w == "and"
            && !ctx.is_capitalized(i)
            && !(i > 0 && ctx.is_capitalized(i - 1) && i + 1 < ctx.seg.tokens.len() && ctx.is_capitalized(i + 1))
        || w == "or"
        || w == "not"
        || lexicon::cue_lemma(w).is_some() && !ctx.is_capitalized(i) && !noun_use_of_cue(ctx, i)
    {
        return false;
    }
    // Prepositions other than the few that build titles end the phrase, and those few only
    // follow a title, a person or institution noun, a quantity or a name: "Secretary of
    // State", "a spokesman for", "one of", "University of" — not "an account of".
    if is_preposition(w) {
        if !lexicon::contains(lexicon::SPEAKER_PREPOSITIONS, w) || i == 0 {
            return false;
        }
        // "85% of Democrats".
        if ctx.is_punct(i - 1, "%") {
            return true;
        }
        if !ctx.is_word(i - 1) {
            return false;
        }
        let before = ctx.low(i - 1);
        // "people familiar with the matter", "sources close to the talks".
        if matches!(before, "familiar" | "close" | "knowledgeable" | "briefed") {
            return true;
        }
        return ctx.is_capitalized(i - 1)
            || lexicon::contains(lexicon::TITLES, before)
            || lexicon::contains(lexicon::PERSON_NOUNS, before)
            || lexicon::contains(lexicon::INSTITUTION_NOUNS, before)
            || before.starts_with(|c: char| c.is_ascii_digit())
            || is_quantity_word(before);
    }
    true
}

/// A quantity of people ending right before `end`: "64 percent", "18%", "6 in 10 voters",
/// "most". Whatever comes before it (a preposition, a comma) is not part of it.
fn quantity_before(ctx: &Ctx, first: usize, end: usize) -> Option<Range> {
    let mut a = end;
    while a > first && end - a < 6 && (np_word(ctx, a - 1) || ctx.is_punct(a - 1, "%")) {
        a -= 1;
    }
    let counted = |k: usize| ctx.low(k).starts_with(|c: char| c.is_ascii_digit()) || is_quantity_word(ctx.low(k));
    // The phrase starts at its number (or the approximation before it: "about 9 percent").
    let n = (a..end).find(|&k| counted(k))?;
    let a = if n > a && approximates_number(ctx, n - 1, end) { n - 1 } else { n };
    Some((a, end))
}

/// "about 9 percent", "over half", "around 4 in 10": a preposition at `i` approximating the
/// quantity after it.
fn approximates_number(ctx: &Ctx, i: usize, end: usize) -> bool {
    i + 1 < end
        && matches!(ctx.low(i), "about" | "around" | "over" | "under")
        && (ctx.low(i + 1).starts_with(|c: char| c.is_ascii_digit()) || is_quantity_word(ctx.low(i + 1)))
}

/// Words that count people or parts of a group: "half", "three-quarters", "a third", "most".
fn is_quantity_word(w: &str) -> bool {
    // "two-thirds", "three-quarters".
    if let Some((_, last)) = w.rsplit_once('-') {
        return is_quantity_word(last);
    }
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "some"
            | "many"
            | "most"
            | "all"
            | "none"
            | "several"
            | "few"
            | "half"
            | "majority"
            | "minority"
            | "plurality"
            | "percent"
            | "each"
            | "both"
            | "third"
            | "thirds"
            | "quarter"
            | "quarters"
            | "fifth"
            | "fifths"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "majorities"
    ) || w.ends_with("-thirds")
        || w.ends_with("-quarters")
        || w.ends_with("-fifths")
        || w.ends_with("percent")
}

/// A cue word used as a speaker noun after a determiner or a name: "the Clinton campaign",
/// "his campaign", "the report".
/// "his campaign", "that 2013 report", "an earlier report": a determiner up to three words
/// back, with only plain modifiers between.
fn noun_use_of_cue(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.low(i);
    // "the think tank Quilliam", "pledged delegates": part of a compound noun.
    if i + 1 < ctx.seg.tokens.len() && lexicon::PARTICIPLE_COMPOUNDS.contains(&(w, ctx.low(i + 1))) {
        return true;
    }
    // "a smiling Clinton said": a manner verb's participle after a determiner is an adjective.
    if w.ends_with("ing")
        && i > 0
        && lexicon::contains(lexicon::DETERMINERS, ctx.low(i - 1))
        && lexicon::cue_lemma(w).is_some_and(|l| lexicon::contains(lexicon::QUOTE_ONLY_CUES, l))
    {
        return true;
    }
    if !(lexicon::contains(lexicon::INSTITUTION_NOUNS, w) || lexicon::contains(lexicon::EVIDENCE_NOUNS, w)) {
        return false;
    }
    // "campaign manager Robby Mook", "campaign spokesman": a modifier of a role noun.
    if i + 1 < ctx.seg.tokens.len()
        && (lexicon::contains(lexicon::TITLES, ctx.low(i + 1))
            || lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(i + 1)))
    {
        return true;
    }
    for k in (i.saturating_sub(3)..i).rev() {
        if !ctx.is_word(k) {
            return false;
        }
        let d = ctx.low(k);
        if ctx.is_capitalized(k)
            || lexicon::contains(lexicon::DETERMINERS, d)
            || d == "that"
            || d.ends_with("'s")
            || d.ends_with("’s")
        {
            return true;
        }
        if lexicon::cue_lemma(d).is_some()
            || lexicon::contains(lexicon::AUXILIARIES, d) && !adjective_use(ctx, k)
            || is_preposition(d)
        {
            return false;
        }
    }
    false
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "above"
            | "across"
            | "against"
            | "along"
            | "among"
            | "around"
            | "at"
            | "between"
            | "by"
            | "despite"
            | "during"
            | "for"
            | "from"
            | "in"
            | "into"
            | "near"
            | "of"
            | "off"
            | "on"
            | "onto"
            | "over"
            | "per"
            | "through"
            | "throughout"
            | "to"
            | "toward"
            | "towards"
            | "under"
            | "upon"
            | "with"
            | "within"
            | "without"
            | "amid"
            | "like"
            | "unlike"
            | "following"
    )
}

/// The longest subject with prepositional phrases that `postmodified_subject` reads, in tokens.
const MAX_POSTMODIFIED_SUBJECT: usize = 20;

/// The noun phrase that ends right before `end` (exclusive), scanning back no further than
/// `first`. Prepositional phrases are kept only when a noun phrase precedes them
/// ("a spokesman for the campaign").
fn np_before(ctx: &Ctx, first: usize, end: usize) -> Option<Range> {
    let mut start = end;
    loop {
        // A short parenthetical after a name stays with it: "Sen. Mitch McConnell (R-Ky.) said".
        if start > first + 2
            && ctx.is_punct(start - 1, ")")
            && let Some(open) = (start.saturating_sub(8).max(first)..start - 1).rev().find(|&k| ctx.is_punct(k, "("))
            && open > first
            && ctx.is_capitalized(open - 1)
        {
            start = open;
            continue;
        }
        // "85% of Democrats said": the sign is part of the number.
        if start > first + 1
            && ctx.is_punct(start - 1, "%")
            && ctx.low(start - 2).starts_with(|c: char| c.is_ascii_digit())
        {
            start -= 2;
            continue;
        }
        if start > first && np_word(ctx, start - 1) {
            start -= 1;
            if end - start > 16 {
                return None;
            }
            continue;
        }
        break;
    }
    // Possessive or hyphen connectors are inside tokens; a "&" stays ("Johnson & Johnson").
    // Trim leading prepositions: the phrase must start with a noun-phrase word. An
    // approximation before a number stays: "About 9 percent said".
    while start < end && is_preposition(ctx.low(start)) && !approximates_number(ctx, start, end) {
        start += 1;
    }
    // A clause-opening adverb or conjunction is not part of the speaker ("Then she added").
    while start < end
        && end - start > 1
        && (lexicon::contains(LEADING_ADVERBS, ctx.low(start))
            || ctx.low(start).ends_with("ly") && !ctx.is_capitalized(start))
    {
        start += 1;
    }
    // "Last week Hope Hicks", "This week the senator": a date is not part of the speaker.
    if start + 1 < end
        && start > first
        && is_time_unit(ctx.low(start))
        && matches!(ctx.low(start - 1), "last" | "this" | "next")
    {
        start += 1;
    } else if start + 2 < end && matches!(ctx.low(start), "last" | "this" | "next") && is_time_unit(ctx.low(start + 1))
    {
        start += 2;
    }
    // A pronoun ends any phrase before it: "Then he" → "he".
    if let Some(p) = (start..end).rev().find(|&k| lexicon::contains(lexicon::PRONOUNS, ctx.low(k)))
        && p + 1 == end
    {
        start = p;
    }
    // A phrase right after a preposition is its object, not a subject: "In TV interviews".
    if start > first
        && start < end
        && is_preposition(ctx.low(start - 1))
        && !approximates_number(ctx, start - 1, end)
        && !lexicon::contains(lexicon::PRONOUNS, ctx.low(start))
    {
        return None;
    }
    (start < end).then_some((start, end)).filter(|r| looks_like_speaker(ctx, *r))
}

/// Whether a token range can name a speaker: a pronoun, something capitalized, or a
/// description headed by a noun.
fn looks_like_speaker(ctx: &Ctx, r: Range) -> bool {
    let (a, mut b) = r;
    // "Sen. Mitch McConnell (R-Ky.)": the head is the word before the parenthetical.
    if b > a + 1
        && ctx.is_punct(b - 1, ")")
        && let Some(open) = (a + 1..b - 1).rev().find(|&k| ctx.is_punct(k, "("))
    {
        b = open;
    }
    if lexicon::contains(lexicon::PRONOUNS, ctx.low(a)) {
        // Pronouns take no modifiers: "He kept" is a subject and a verb.
        return b - a == 1;
    }
    // "I'll say", "we're told": a pronoun fused with a verb is a clause, not a speaker.
    if let Some((p, _)) = ctx.low(a).split_once('\'')
        && lexicon::contains(lexicon::PRONOUNS, p)
    {
        return false;
    }
    let head = ctx.low(b - 1);
    // Quantities speak too, even the determiner-like ones: "three in 10 said", "said one",
    // "most said", "58 percent said".
    let quantity = head.starts_with(|c: char| c.is_ascii_digit())
        || ctx.is_punct(b - 1, "%")
        || is_quantity_word(head)
        || matches!(head, "others" | "another");
    if !quantity && (lexicon::contains(lexicon::DETERMINERS, head) || head.is_empty()) || is_preposition(head) {
        return false;
    }
    // Object pronouns and question words are not subjects.
    if matches!(head, "him" | "her" | "them" | "me" | "us" | "there" | "here" | "this" | "what") {
        return false;
    }
    let person_head = lexicon::contains(lexicon::PERSON_NOUNS, head)
        // Plural agent nouns: "environmentalists", "historians", "analysts".
        || head.len() > 6 && (head.ends_with("ists") || head.ends_with("ians") || head.ends_with("ysts"))
        // ... and in -ers ("forecasters", "insiders"), but for verbs that end so.
        || head.len() > 6 && head.ends_with("ers") && !lexicon::contains(lexicon::ERS_VERBS, head);
    // "referencing a super PAC called ...": a phrase opened by a participle is a verb phrase,
    // unless it modifies a noun for people right away: "elected officials", "restructuring
    // experts".
    let first = ctx.low(a);
    if !ctx.is_capitalized(a)
        && (first.ends_with("ing") || first.ends_with("ed"))
        && first.len() > 4
        && b - a > 1
        && !(person_head && b - a == 2)
    {
        return false;
    }
    let known_head = quantity
        || person_head
        || lexicon::contains(lexicon::INSTITUTION_NOUNS, head)
        || lexicon::contains(lexicon::EVIDENCE_NOUNS, head)
        || lexicon::contains(lexicon::OUTLET_NOUNS, head);
    // A lowercase phrase without a determiner needs a head noun we know: "voters", "officials";
    // otherwise it is usually a verb or adverb that the scan ran into ("runs", "then").
    let has_name = (a..b).any(|i| ctx.is_capitalized(i) && !lexicon::contains(LEADING_ADVERBS, ctx.low(i)));
    // A lowercase head in -ing is a participle ("supporters chanting"); a name is not ("Boreing").
    let participle_head = head.ends_with("ing") && !ctx.is_capitalized(b - 1);
    known_head
        || has_name && !participle_head
        || lexicon::contains(lexicon::DETERMINERS, ctx.low(a)) && !head.ends_with("ly") && !head.ends_with("ing")
}

/// Sentence adverbs and conjunctions that may open a clause before its subject ("Then she
/// added", "However, officials said", "After Trump spoke"). Sorted.
pub(crate) const LEADING_ADVERBS: &[&str] = &[
    "after",
    "also",
    "although",
    "and",
    "as",
    "because",
    "before",
    "but",
    "earlier",
    "even",
    "finally",
    "furthermore",
    "hence",
    "how",
    "however",
    "if",
    "indeed",
    "instead",
    "later",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "now",
    "once",
    "or",
    "separately",
    "similarly",
    "since",
    "so",
    "still",
    "then",
    "though",
    "thus",
    "today",
    "unless",
    "until",
    "when",
    "whenever",
    "where",
    "whether",
    "while",
    "why",
    "yesterday",
    "yet",
];

/// The noun phrase starting at `start`, up to a comma, quote, clause word or sentence end.
fn np_after(ctx: &Ctx, start: usize, last: usize) -> Option<Range> {
    let mut end = start;
    while end < last && (np_word(ctx, end) || ctx.is_punct(end, "&")) {
        end += 1;
        if end - start > 14 {
            break;
        }
    }
    // "said Doyle and others".
    if end > start && end + 1 < last && ctx.low(end) == "and" && ctx.low(end + 1) == "others" {
        end += 2;
    }
    // Do not swallow a date or adverbial after a verb-first speaker ("said Peskov on Friday"),
    // but keep title prepositions ("Secretary of State John Kerry").
    if let Some(cut) = (start + 1..end).find(|&i| {
        is_time_word(ctx.low(i))
            || is_preposition(ctx.low(i)) && !(i + 1 < end && ctx.is_capitalized(i + 1) && ctx.is_capitalized(i - 1))
    }) {
        end = cut;
    }
    (end > start).then_some((start, end)).filter(|r| looks_like_speaker(ctx, *r))
}

/// A time word or a unit of time ("week", "morning"), as in "last week", "on Monday".
fn is_time_unit(w: &str) -> bool {
    is_time_word(w)
        || matches!(
            w,
            "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "day"
                | "days"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "weekend"
        )
}

/// Whether the word at `i` is an adverb used as an adjective after a determiner: "an earlier
/// report", "the first poll".
fn adjective_use(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && matches!(ctx.low(i), "earlier" | "later" | "first" | "last")
        && lexicon::contains(lexicon::DETERMINERS, ctx.low(i - 1))
}

/// A participle opening the sentence at `i`, followed by a word ("Claiming X, Trump told ...":
/// a clause of its own, said by the main subject) or not ('Adding, "..."': it continues the
/// speaker before). `None` when `i` opens no sentence with a participle.
fn opening_participle(ctx: &Ctx, s: &Sentence, i: usize) -> Option<OpeningParticiple> {
    (i + 1 < s.last && (i == s.first && ctx.low(i).ends_with("ing") || perfect_participle(ctx, s, i)))
        .then(|| if ctx.is_word(i + 1) { OpeningParticiple::Clause } else { OpeningParticiple::Continuation })
}

/// Whether the cue at `i` is a perfect participle opening the sentence: "Having announced
/// that ..., Judge Berman proceeded" (said by the main clause's subject, as "Announcing ...").
fn perfect_participle(ctx: &Ctx, s: &Sentence, i: usize) -> bool {
    i == s.first + 1 && ctx.low(s.first) == "having" && is_past_form(ctx.low(i))
}

#[derive(Clone, Copy, PartialEq)]
enum OpeningParticiple {
    Clause,
    Continuation,
}

fn is_time_word(w: &str) -> bool {
    lexicon::WEEKDAYS.contains(&w) || matches!(w, "yesterday" | "today" | "tonight" | "earlier" | "later" | "last")
}

/// Where an appositive or parenthetical that ends at the comma `end` starts, with the
/// speaker before it: ", who spoke on condition of anonymity,", ", a doctor at the clinic,",
/// ", 33,", ", of Springfield, Va.,", ", however,". The nearest comma with a proper speaker
/// phrase before it wins; the stretch may hold no cue verb and no quotation mark.
fn appositive_start(ctx: &Ctx, s: &Sentence, end: usize) -> Option<(usize, Range)> {
    let mut j = end;
    // The word right before a quoted title names its kind ("the show "The Apprentice""): a
    // noun, even when it could be a verb.
    let mut title_at = None;
    // "Rawlings, 59, of Ashton, Md., who ...": a state after its town is part of the
    // appositive, not who it describes.
    let state = |np: Range| {
        np.1 == np.0 + 1
            && np.0 >= s.first + 3
            && ctx.is_punct(np.0 - 1, ",")
            && ctx.is_capitalized(np.0 - 2)
            && matches!(ctx.low(np.0 - 3), "of" | "from" | "in")
    };
    while j > s.first {
        j -= 1;
        // A quoted title may sit in the appositive: "Hemsley, the co-author of "Going Viral," said";
        // so may a short quoted word of a relative clause: "Humphrey, who calls Trump a
        // "sociopath," said".
        if ctx.kind(j) == TokenKind::QuoteClose
            && let Some(qi) = ctx.quote_closing_at(j)
            && (quoted_title(ctx, j)
                || ctx.quote(qi).open_token + 6 >= j && in_relative_clause(ctx, s, ctx.quote(qi).open_token))
        {
            j = ctx.quote(qi).open_token;
            title_at = Some(j);
            continue;
        }
        if matches!(ctx.kind(j), TokenKind::QuoteOpen | TokenKind::QuoteClose) || ctx.is_punct(j, ";") || end - j > 30 {
            return None;
        }
        // ", noting the size of his following,": a participle phrase is an appositive too.
        let participle_phrase =
            (ctx.low(j).ends_with("ing") || reduced_relative(ctx, s, j)) && j > s.first && ctx.is_punct(j - 1, ",");
        if ctx.is_word(j)
            && !ctx.is_capitalized(j)
            && lexicon::cue_lemma(ctx.low(j)).is_some_and(|l| !lexicon::contains(lexicon::PARTICLE_ONLY_CUES, l))
            && !in_relative_clause(ctx, s, j)
            && !noun_use_of_cue(ctx, j)
            && !participle_phrase
            && title_at != Some(j + 1)
        {
            return None;
        }
        // "began at 6 p.m., when reserves stood at 12 percent, said Marcus": a clause of time
        // or condition after a comma is no appositive of a phrase that names nobody ("Clinton,
        // after the scandal broke, said" keeps her).
        if ctx.is_punct(j, ",")
            && j + 1 < end
            && matches!(ctx.low(j + 1), "when" | "where" | "while" | "after" | "before" | "because" | "if" | "until")
            && np_before(ctx, s.first, j).is_none_or(|np| !(np.0..np.1).any(|k| ctx.is_capitalized(k)))
        {
            continue;
        }
        if ctx.is_punct(j, ",") && j + 1 < end {
            // "his wife, Gabriela Violeta Lazar, wrote": a description named by its appositive.
            let named_appositive = end - (j + 1) <= 4 && (j + 1..end).all(|k| ctx.is_capitalized(k));
            // "Sen. Ted Cruz, R-Texas, and ...": a party and state is no speaker.
            if let Some(np) = np_before(ctx, s.first, j)
                && starts_clause(ctx, s, np.0)
                && !state(np)
                && !party_tag(ctx, np.0)
                && (named_appositive
                    || (np.0..np.1).any(|k| ctx.is_capitalized(k) && !lexicon::contains(LEADING_ADVERBS, ctx.low(k))))
            {
                // "DeMoro, executive director of National Nurses United, a union that ...,
                // said": a role after a name's comma is the first of two appositives.
                let role_after_name = np.0 > s.first + 1
                    && ctx.is_punct(np.0 - 1, ",")
                    && !ctx.is_capitalized(np.0)
                    && np_before(ctx, s.first, np.0 - 1)
                        .is_some_and(|n| ctx.is_capitalized(n.1 - 1) && starts_clause(ctx, s, n.0));
                if !role_after_name {
                    return Some((j, np));
                }
            }
            // "The US official, who ..., claimed": a description can carry an appositive too.
            let w = ctx.low(j + 1);
            // An age is an appositive too: "Woodrow Benford, 58, who lives ..., says".
            let age = |np: Range| (np.0..np.1).all(|k| ctx.low(k).starts_with(|c: char| c.is_ascii_digit()));
            if matches!(w, "who" | "whose")
                && let Some(np) = np_before(ctx, s.first, j)
                && starts_clause(ctx, s, np.0)
                && !age(np)
                && !state(np)
            {
                return Some((j, np));
            }
            // "veterans at Trump rallies this week, including Mr. Jebens, said": a group with
            // examples.
            if w == "including"
                && let Some(np) = subject_phrase_before(ctx, s, j)
            {
                return Some((j, np));
            }
            // "about two-thirds, 67 percent, say": a share restated as a number.
            if (j + 1..end).any(|k| ctx.low(k).starts_with(|c: char| c.is_ascii_digit()))
                && (j + 1..end).all(|k| ctx.is_word(k) || ctx.is_punct(k, "%"))
                && let Some(q) = quantity_before(ctx, s.first, j)
            {
                return Some((j, q));
            }
        }
    }
    None
}

/// Whether the cue at `j` sits in a subordinate clause opening the sentence: "Though Sanders
/// has said ...", "While some continued to affirm ...".
fn in_fronted_subordinate_clause(ctx: &Ctx, s: &Sentence, j: usize) -> bool {
    let mut k = s.first;
    if k < j && matches!(ctx.low(k), "but" | "and" | "yet" | "even") {
        k += 1;
    }
    let opens = |k: usize| !(k + 1..j).any(|i| ctx.is_punct(i, ",") || ctx.kind(i) == TokenKind::QuoteOpen);
    if k < j
        && matches!(
            ctx.low(k),
            "though" | "although" | "while" | "whereas" | "when" | "if" | "because" | "since" | "once" | "after"
        )
        && opens(k)
    {
        return true;
    }
    // "Clinton, though she said Republicans should give him a hearing, stopped short of ...":
    // a concession set between the subject and its verb.
    // "..., and while he said he'd hold a hearing, it's unlikely ...": a clause opening after
    // a conjunction.
    (s.first + 1..j).rev().find(|&i| ctx.is_punct(i, ",")).is_some_and(|comma| {
        comma + 1 < j && matches!(ctx.low(comma + 1), "though" | "although" | "whereas") && opens(comma + 1)
            || comma + 2 < j
                && matches!(ctx.low(comma + 1), "and" | "but" | "yet")
                && matches!(ctx.low(comma + 2), "though" | "although" | "while" | "whereas" | "if" | "because")
                && opens(comma + 2)
    })
}

/// Whether the word at `k` is a party and state after a politician's name: "R-Texas",
/// "D-N.Y.", "I-Vt.".
fn party_tag(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.word(k).as_bytes();
    w.len() > 2 && matches!(w[0], b'R' | b'D' | b'I') && w[1] == b'-' && w[2].is_ascii_uppercase()
}

/// Whether token `j` lies in a relative clause that opens after the previous comma (or after
/// a coordinated predicate's): "Ms. Arnold, who helped found EDGE, said" (a cue word there is
/// not the sentence's cue).
fn in_relative_clause(ctx: &Ctx, s: &Sentence, j: usize) -> bool {
    // "who supported Cruz, R-Texas, and opposed Trump": a coordinated predicate and a party
    // tag stay inside the clause.
    let inside = |k: usize| {
        !ctx.is_punct(k, ",") || k + 1 < j && (matches!(ctx.low(k + 1), "and" | "or" | "but") || party_tag(ctx, k + 1))
    };
    (s.first..j).rev().take(30).take_while(|&k| inside(k)).any(|k| {
        matches!(ctx.low(k), "who" | "whose" | "which")
                // "a union that has endorsed": "that" after a noun, not after a verb of saying.
                || ctx.low(k) == "that"
                    && k > s.first
                    && ctx.is_word(k - 1)
                    && !ctx.is_capitalized(k - 1)
                    && lexicon::contains(lexicon::INSTITUTION_NOUNS, ctx.low(k - 1))
    })
}

/// Skip back over ", for example," / ", however," ending at `end` (the comma before a verb).
fn skip_parenthetical_adverb(ctx: &Ctx, s: &Sentence, end: usize) -> usize {
    if end < s.first + 3 || !ctx.is_punct(end - 1, ",") {
        return end;
    }
    let Some(c) = (end.saturating_sub(5).max(s.first)..end - 1).rev().find(|&k| ctx.is_punct(k, ",")) else {
        return end;
    };
    let words: Vec<&str> = (c + 1..end - 1).map(|k| ctx.low(k)).collect();
    let adverb = matches!(
        words.as_slice(),
        ["for", "example"]
            | ["for", "instance"]
            | ["however"]
            | ["in", "fact"]
            | ["though"]
            | ["too"]
            | ["also"]
            | ["meanwhile"]
            | ["in", "turn"]
            | ["in", "particular"]
            | ["of", "course"]
            | ["instead"]
            | ["though", "not"]
    );
    if adverb { c + 1 } else { end }
}

/// Skip back over a short time adverbial ending at `end` ("on Tuesday", "last week").
fn skip_time_back(ctx: &Ctx, first: usize, end: usize) -> usize {
    // "Microsoft in 2017 announced", "Clinton in March said", "in March 2016".
    let year = |k: usize| {
        let w = ctx.low(k);
        w.len() == 4 && is_number(w) && (w.starts_with("19") || w.starts_with("20"))
    };
    let month = |k: usize| ctx.is_capitalized(k) && lexicon::month_number(ctx.low(k)).is_some();
    if end >= first + 2 && (year(end - 1) || month(end - 1)) {
        let k = if year(end - 1) && end >= first + 3 && month(end - 2) { end - 2 } else { end - 1 };
        if k > first && ctx.low(k - 1) == "in" {
            return k - 1;
        }
    }
    // "two weeks ago", "a day earlier": a count of units before "ago".
    let number = |w: &str| is_quantity_word(w) || w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "a" | "an");
    let timeish = |w: &str| is_time_unit(w) || matches!(w, "on" | "this" | "ago") || number(w);
    let mut k = end;
    while k > first && end - k < 4 && ctx.is_word(k - 1) && timeish(ctx.low(k - 1)) {
        k -= 1;
    }
    // "less than two weeks ago", "about a month ago".
    if k < end && number(ctx.low(k)) {
        if k >= first + 2 && ctx.low(k - 1) == "than" && matches!(ctx.low(k - 2), "less" | "more") {
            k -= 2;
        } else if k > first && matches!(ctx.low(k - 1), "about" | "nearly" | "almost" | "roughly" | "some") {
            k -= 1;
        }
    }
    // A number alone is no time phrase: "the three said".
    while k < end && number(ctx.low(k)) && !(k + 1 < end && is_time_unit(ctx.low(k + 1))) {
        k += 1;
    }
    let anchored = (k..end)
        .any(|i| is_time_word(ctx.low(i)) || matches!(ctx.low(i), "week" | "month" | "night" | "weekend" | "ago"));
    if anchored { k } else { end }
}

/// Skip forward over a short time adverbial starting at `start` ("on Monday", "last week",
/// "yesterday"); returns where it ends, or `start`.
fn skip_time_forward(ctx: &Ctx, s: &Sentence, start: usize) -> usize {
    if start >= s.last || !ctx.is_word(start) {
        return start;
    }
    let w = ctx.low(start);
    if is_time_word(w) && w != "last" && w != "earlier" && w != "later" {
        return start + 1;
    }
    if matches!(w, "on" | "last" | "this")
        && start + 1 < s.last
        && ctx.is_word(start + 1)
        && is_time_unit(ctx.low(start + 1))
    {
        return start + 2;
    }
    start
}

/// Where a date opening a clause at `k` ends: "On September 27", "In March", "A few minutes
/// later", "Two days earlier", or what `skip_time_forward` skips; `k` when none opens it.
fn leading_date(ctx: &Ctx, s: &Sentence, k: usize) -> usize {
    let month = |j: usize| {
        j < s.last && ctx.is_capitalized(j) && lexicon::month_number(ctx.low(j).trim_end_matches('.')).is_some()
    };
    let digits = |j: usize| j < s.last && ctx.low(j).starts_with(|c: char| c.is_ascii_digit());
    if k + 1 < s.last && matches!(ctx.low(k), "on" | "in") && month(k + 1) {
        return if digits(k + 2) { k + 3 } else { k + 2 };
    }
    let mut q = k;
    while q < s.last
        && q - k < 3
        && (is_quantity_word(ctx.low(q)) || matches!(ctx.low(q), "a" | "an" | "few" | "couple" | "of") || digits(q))
    {
        q += 1;
    }
    if q + 1 < s.last && is_time_unit(ctx.low(q)) && matches!(ctx.low(q + 1), "later" | "earlier" | "ago") {
        return q + 2;
    }
    skip_time_forward(ctx, s, k)
}

/// Skip back over a short prepositional adverbial ("in the past", "on Monday") ending at `end`.
fn skip_pp_back(ctx: &Ctx, first: usize, end: usize) -> usize {
    for k in (end.saturating_sub(4).max(first)..end).rev() {
        if !ctx.is_word(k) {
            break;
        }
        if is_preposition(ctx.low(k)) {
            return k;
        }
    }
    end
}

/// Whether a phrase starting at `i` can be a clause's subject: it opens the sentence or
/// follows punctuation or a clause word.
fn starts_clause(ctx: &Ctx, s: &Sentence, i: usize) -> bool {
    i == s.first
        || matches!(ctx.kind(i - 1), TokenKind::QuoteClose | TokenKind::Punct)
        || lexicon::contains(lexicon::SUBJECT_STOPS, ctx.low(i - 1))
        || matches!(ctx.low(i - 1), "and" | "but")
        // "Even Rendell, a stalwart supporter, said": np_before leaves such an opener out.
        || lexicon::contains(LEADING_ADVERBS, ctx.low(i - 1)) && starts_clause(ctx, s, i - 1)
        // "Last week Hope Hicks, the top spokeswoman, said": after a date opening the sentence.
        || i > s.first + 1 && skip_time_forward(ctx, s, s.first) == i
}

/// The subject of a cue at `cue`: (speaker, appositive, token where the scan stopped).
fn subject_of(ctx: &Ctx, s: &Sentence, cue: usize) -> (Option<Range>, Option<Range>, usize) {
    if let Some(r) = depicted_subject(ctx, s, cue) {
        return (Some(r), None, r.0);
    }
    let verb_start = skip_aux_back(ctx, s.first, cue);
    // ", for example,", ", however,", ", in fact,": a parenthetical adverb before the verb.
    let end = skip_parenthetical_adverb(ctx, s, verb_start);
    let skipped_adverb = end < verb_start;
    // "Clinton on Tuesday said", "Trump last week told": a date between subject and verb.
    let end = skip_aux_back(ctx, s.first, skip_time_back(ctx, s.first, end));
    // "chafed at the criticism and said ...": a coordinated predicate has no subject of its own,
    // nor has a participle after a preposition ("offered an olive branch by telling ...").
    // Nor has a participle after a comma: "Trump went after Bush, calling him ..." has no
    // appositive before "calling".
    if end > s.first
        && !ctx.is_capitalized(end - 1)
        && (matches!(ctx.low(end - 1), "and" | "but" | "or")
            || ctx.low(cue).ends_with("ing") && (is_preposition(ctx.low(end - 1)) || ctx.is_punct(end - 1, ",")))
    {
        return (None, None, end);
    }
    // "Humphrey, who calls Trump a "sociopath," said", "Trump, the star of "The
    // Apprentice," said": the appositive's comma sits inside the quotation closing it.
    if end > s.first + 1
        && ctx.kind(end - 1) == TokenKind::QuoteClose
        && ctx.is_punct(end - 2, ",")
        && let Some((c, np)) = appositive_start(ctx, s, end)
        && (matches!(ctx.low(c + 1), "who" | "whose") || quoted_title(ctx, end - 1))
    {
        return (Some(np), Some((c, end)), np.0);
    }
    if end > s.first && ctx.is_punct(end - 1, ",") {
        // "X, who spoke on condition of anonymity, claimed ..." / "Hugh Hill, a doctor, said"
        if let Some((c, np)) = appositive_start(ctx, s, end - 1) {
            // "The Podesta Group's CEO, Kimberley Fritts, said": the name in the appositive
            // is the speaker, the description its role.
            // "Another pollster, David Woodard of Clemson University, said": a name with its
            // affiliation.
            // "Another former lawmaker, Sen. Joe Lieberman (I-Conn.), stated": with a title
            // and a party tag.
            let inner = (c + 1, end - 1);
            let described = !ctx.is_capitalized(np.1 - 1) || lexicon::contains(lexicon::TITLES, ctx.low(np.1 - 1));
            let name_end = (inner.0..inner.1).find(|&k| !ctx.is_capitalized(k)).unwrap_or(inner.1);
            let affiliation = matches!(ctx.low(name_end), "of" | "from")
                && name_end + 1 < inner.1
                && inner.1 - inner.0 <= 9
                && (name_end + 1..inner.1).all(|k| ctx.is_capitalized(k) || matches!(ctx.low(k), "of" | "the"));
            let name = if affiliation { person_name_in(ctx, (inner.0, name_end)) } else { person_name_in(ctx, inner) };
            if described && let Some(name) = name {
                return (Some(name), Some(np), np.0);
            }
            // "Her sister, who goes by the name Tikal Goldie, said", "a student, known as
            // Icy Ng, said": a description the appositive names.
            if described && let Some(name) = name_given_in(ctx, inner) {
                return (Some(name), Some(np), np.0);
            }
            // "Conner's father, Donnell, said": kin named by a first name alone.
            if described
                && inner.1 == inner.0 + 1
                && ctx.is_capitalized(inner.0)
                && lexicon::contains(lexicon::KIN_NOUNS, ctx.low(np.1 - 1))
                && !lexicon::contains(lexicon::TITLES, ctx.low(inner.0).trim_end_matches('.'))
                && !is_time_word(ctx.low(inner.0))
                && lexicon::month_number(ctx.low(inner.0)).is_none()
            {
                return (Some(inner), Some(np), np.0);
            }
            // "Willie Minor, an actor in Dallas, who runs a theater company, recalled": two
            // appositives; the name before the description speaks.
            if !ctx.is_capitalized(np.0)
                && np.0 >= s.first + 2
                && ctx.is_punct(np.0 - 1, ",")
                && let Some(before) = np_before(ctx, s.first, np.0 - 1)
                && starts_clause(ctx, s, before.0)
                && let Some(name) = person_name_in(ctx, before)
                && name == before
            {
                return (Some(name), Some((np.0 - 1, end)), name.0);
            }
            return (Some(np), Some((c, end)), np.0);
        }
        // "Will Rogers, for example, said": the subject is right before the parenthetical;
        // "Sen. Jack Reed (D-R.I.), said": a stray comma after a name's bracket.
        if let Some(np) = np_before(ctx, s.first, end - 1)
            && starts_clause(ctx, s, np.0)
            && (skipped_adverb || ctx.is_punct(end - 2, ")"))
        {
            return (Some(np), None, np.0);
        }
        // "Figures released by the board, for example, showed": a postmodified subject.
        if skipped_adverb && let Some((head, rest)) = postmodified_subject(ctx, s, end - 1) {
            return (Some(head), Some(rest), head.0);
        }
        return (None, None, end);
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes (or
    // spaced hyphens: "Mr. Bush - in a line aimed at Mr. Trump - declared").
    // A double hyphen ("Kall -- co-editor of ... -- said") is two tokens.
    let dash =
        |k: usize| ctx.is_punct(k, "—") || ctx.is_punct(k, "–") || ctx.is_punct(k, "-") && ctx.is_punct(end - 1, "-");
    let double = |k: usize| k > s.first && ctx.is_punct(k, "-") && ctx.is_punct(k - 1, "-");
    if end > s.first + 2
        && dash(end - 1)
        && let close = if double(end - 1) { end - 2 } else { end - 1 }
        && let Some(open) = (end.saturating_sub(24).max(s.first)..close).rev().find(|&k| dash(k))
        && let open = if double(open) { open - 1 } else { open }
        // "insiders in the next two states — Nevada and South Carolina — said": the phrase
        // before the dash may carry a postmodifier.
        && let Some(np) = subject_phrase_before(ctx, s, open)
    {
        return (Some(np), Some((open, end)), np.0);
    }
    // "Beck, who has in the past described ...": the relative pronoun's antecedent speaks.
    // "who" right before the verb, or before a phrase between: "who have in the past said".
    // "The NRA, which has endorsed Trump": an institution's "which" after its comma too.
    let relative = |k: usize| {
        ctx.low(k) == "who"
            || ctx.low(k) == "which"
                && k > s.first + 1
                && ctx.is_punct(k - 1, ",")
                && np_before(ctx, s.first, k - 1).is_some_and(|np| {
                    let head = ctx.low(np.1 - 1);
                    ctx.is_capitalized(np.1 - 1)
                        || lexicon::contains(lexicon::INSTITUTION_NOUNS, head)
                        || lexicon::contains(lexicon::OUTLET_NOUNS, head)
                })
    };
    let e = if end > s.first && relative(end - 1) {
        end
    } else {
        skip_aux_back(ctx, s.first, skip_pp_back(ctx, s.first, end))
    };
    if e > s.first && relative(e - 1) {
        let before = if e > s.first + 1 && ctx.is_punct(e - 2, ",") { e - 2 } else { e - 1 };
        if let Some(np) = np_before(ctx, s.first, before) {
            // "said Matt Bai, a political columnist for Yahoo, who said": the description is
            // the name's appositive, and the name the antecedent.
            // "Elizabeth Arnold, 32, a former staff member ..., who said": past an age.
            let mut comma = np.0.saturating_sub(1);
            if comma > s.first + 2
                && ctx.is_punct(comma, ",")
                && ctx.low(comma - 1).bytes().all(|b| b.is_ascii_digit())
                && ctx.is_punct(comma - 2, ",")
            {
                comma -= 2;
            }
            if !ctx.is_capitalized(np.0)
                && ctx.low(e - 1) == "who"
                && comma > s.first
                && ctx.is_punct(comma, ",")
                && let Some(name) = np_before(ctx, s.first, comma).and_then(|r| person_name_in(ctx, r))
            {
                return (Some(name), Some((comma, e - 1)), name.0);
            }
            return (Some(np), None, np.0);
        }
        // "compared with 64 percent who say", "including 18% who say": a quantity after a
        // preposition is the antecedent too.
        if let Some(q) = quantity_before(ctx, s.first, before) {
            return (Some(q), None, q.0);
        }
        // The antecedent may be an object: "met Rubio, who said", "tied the bill to Rubio, who".
        let mut a = before;
        while a > s.first && ctx.is_capitalized(a - 1) && before - a < 6 {
            a -= 1;
        }
        if a < before && a > s.first && !ctx.is_capitalized(a - 1) && looks_like_speaker(ctx, (a, before)) {
            return (Some((a, before)), None, a);
        }
        // ... or a preposition's: "enough of the superdelegates who've already said",
        // "among those who say".
        let mut a = before;
        while a > s.first && before - a < 8 && np_word(ctx, a - 1) && !is_preposition(ctx.low(a - 1)) {
            a -= 1;
        }
        if a < before && a > s.first && is_preposition(ctx.low(a - 1)) {
            if before - a == 1 && ctx.low(a) == "those" {
                return (Some((a, before)), None, a);
            }
            // The phrase must end in its head noun ("to re-elect Portman this year, who" has
            // none).
            let head = ctx.low(before - 1);
            if let Some(np) = np_before(ctx, a, before)
                && np.0 == a
                && (lexicon::contains(lexicon::DETERMINERS, ctx.low(a))
                    || lexicon::contains(lexicon::PERSON_NOUNS, head)
                    || lexicon::contains(lexicon::INSTITUTION_NOUNS, head)
                    || (a..before).all(|k| ctx.is_capitalized(k)))
            {
                return (Some(np), None, np.0);
            }
        }
    }
    // "a White House official who spoke anonymously to discuss internal strategy said": the
    // antecedent of a relative clause that runs up to the verb speaks, and the clause is its
    // appositive (it may mark the speaker anonymous).
    // A full stop inside a word ("fivethirtyeight.com") does not end the clause.
    let inner_stop = |k: usize| {
        ctx.is_punct(k, ".")
            && k + 1 < e
            && ctx.tok(k - 1).end == ctx.tok(k).start
            && ctx.tok(k).end == ctx.tok(k + 1).start
    };
    if let Some(who) = (end.saturating_sub(16).max(s.first + 1)..e)
        .rev()
        .take_while(|&k| ctx.is_word(k) || inner_stop(k))
        .find(|&k| matches!(ctx.low(k), "who" | "whose"))
        && let Some(np) = np_before(ctx, s.first, who)
        && starts_clause(ctx, s, np.0)
    {
        // "Nate Silver, the polling guru who founded the site tweeted": the phrase is an
        // appositive of the name before its comma (its closing comma left out).
        if np.0 > s.first + 1
            && ctx.is_punct(np.0 - 1, ",")
            && let Some(name) = np_before(ctx, s.first, np.0 - 1)
            && starts_clause(ctx, s, name.0)
            && (name.0..name.1).all(|k| ctx.is_capitalized(k))
        {
            return (Some(name), Some((np.0 - 1, end)), name.0);
        }
        return (Some(np), Some((who, end)), np.0);
    }
    match np_before(ctx, s.first, end) {
        // "Activists clamoring to block Donald Trump say", "Activists in the party say": a
        // noun phrase ending a postmodifier, after its verb or preposition, is not the
        // subject; the head of the whole phrase is.
        Some(np)
            if !starts_clause(ctx, s, np.0)
                && !ctx.is_capitalized(np.0 - 1)
                && !is_quantity_word(ctx.low(np.0))
                && (ctx.is_capitalized(np.0) || is_preposition(ctx.low(np.0 - 1))) =>
        {
            match postmodified_subject(ctx, s, end) {
                Some((head, rest)) => (Some(head), Some(rest), head.0),
                None => (Some(np), None, np.0),
            }
        }
        Some(np) => {
            let np = coordinated_subject(ctx, s, np);
            (Some(np), None, np.0)
        }
        None if let Some(np) = coordination_before(ctx, s, end) => (Some(np), None, np.0),
        None => {
            // "Gore's friends have in the past said": a short phrase between subject and verb.
            let e = skip_aux_back(ctx, s.first, skip_pp_back(ctx, s.first, end));
            match (e < end).then(|| np_before(ctx, s.first, e)).flatten() {
                // "A 2009 analysis released by the department found": the participle opens a
                // reduced relative clause.
                // So does an adjective taking a complement: "People close to the talks said".
                Some((a, b)) if b > a + 1 && opens_postmodifier(ctx.low(b - 1)) && !ctx.is_capitalized(b - 1) => {
                    (Some((a, b - 1)), Some((b - 1, end)), a)
                }
                Some(np) => (Some(np), None, np.0),
                None => match postmodified_subject(ctx, s, end) {
                    Some((head, rest)) => (Some(head), Some(rest), head.0),
                    None => (None, None, end),
                },
            }
        }
    }
}

/// The whole of a coordinated subject whose last conjunct is `np`: "Clinton and Sanders
/// said", "Friends, lobbyists and former foes say". Each conjunct is a short noun phrase and
/// the first opens the clause; otherwise `np` alone.
fn coordinated_subject(ctx: &Ctx, s: &Sentence, np: Range) -> Range {
    // "..., and they rejected": a pronoun after "and" opens a clause of its own.
    if np.0 < s.first + 2
        || !matches!(ctx.low(np.0 - 1), "and" | "or")
        || ctx.is_capitalized(np.0 - 1)
        || lexicon::contains(lexicon::PRONOUNS, ctx.low(np.0))
    {
        return np;
    }
    let mut sep = np.0 - 1;
    // Before "and" an optional serial comma; before each earlier conjunct a comma.
    if sep > s.first && ctx.is_punct(sep - 1, ",") {
        sep -= 1;
    }
    let mut start = None;
    while let Some(c) = np_before(ctx, s.first, sep) {
        if c.1 - c.0 > 4 {
            break;
        }
        start = Some(c.0);
        if c.0 > s.first + 1 && ctx.is_punct(c.0 - 1, ",") {
            sep = c.0 - 1;
        } else {
            break;
        }
    }
    match start {
        Some(a) if starts_clause(ctx, s, a) => (a, np.1),
        _ => np,
    }
}

/// A subject phrase opening its clause and ending right before `end`, or the head of one that
/// carries a postmodifier ("insiders in the next two states", before an appositive).
fn subject_phrase_before(ctx: &Ctx, s: &Sentence, end: usize) -> Option<Range> {
    np_before(ctx, s.first, end)
        .filter(|np| starts_clause(ctx, s, np.0))
        .or_else(|| postmodified_subject(ctx, s, end).map(|(head, _)| head))
}

/// A coordinated subject ending at `end` whose first conjunct names the speaker and whose
/// last is a plural noun the lexicon does not know: "large tracking polls and panels show".
fn coordination_before(ctx: &Ctx, s: &Sentence, end: usize) -> Option<Range> {
    let and = (end.saturating_sub(4).max(s.first + 1)..end)
        .rev()
        .find(|&k| matches!(ctx.low(k), "and" | "or") && !ctx.is_capitalized(k))?;
    // The last conjunct is a plural noun: "focused and well-financed attack" coordinates
    // adjectives before a noun.
    if and + 1 >= end
        || !(and + 1..end).all(|k| np_word(ctx, k) && !ctx.is_capitalized(k))
        || !is_plural_noun(ctx.low(end - 1))
    {
        return None;
    }
    let first = np_before(ctx, s.first, and)?;
    starts_clause(ctx, s, first.0).then_some((first.0, end))
}

/// A subject whose head noun phrase carries prepositional phrases up to the verb ending at
/// `end`: "Experts on North Korea and nuclear nonproliferation said", "People with direct
/// knowledge of Gates' work said", "Large majorities of Republican primary voters in six
/// states going to the polls said". The head speaks; the rest is its description. The whole
/// phrase must open its clause, so a prepositional opener ("In an interview on Fox") is no
/// subject.
fn postmodified_subject(ctx: &Ctx, s: &Sentence, end: usize) -> Option<(Range, Range)> {
    let mut a = end;
    while a > s.first && end - a < MAX_POSTMODIFIED_SUBJECT {
        let k = a - 1;
        let w = ctx.low(k);
        // "Gates' work": a possessive apostrophe after a plural.
        if ctx.is_punct(k, "'") || ctx.is_punct(k, "’") {
            if k > s.first && ctx.low(k - 1).ends_with('s') {
                a = k;
                continue;
            }
            break;
        }
        // A cue word after a determiner is a noun: "An earlier report".
        let determined =
            || (k.saturating_sub(3).max(s.first)..k).any(|j| lexicon::contains(lexicon::DETERMINERS, ctx.low(j)));
        // "close to her campaign": a possessive after a preposition is a determiner.
        let possessive = matches!(w, "her" | "his" | "their" | "its") && k > s.first && is_preposition(ctx.low(k - 1));
        let ok = ctx.is_word(k)
            && !lexicon::contains(lexicon::SUBJECT_STOPS, w)
            && !lexicon::contains(lexicon::AUXILIARIES, w)
            && (!lexicon::contains(lexicon::PRONOUNS, w) || possessive)
            && (!is_time_word(w)
                || k > s.first
                    && (lexicon::contains(lexicon::DETERMINERS, ctx.low(k - 1)) || reduced_relative(ctx, s, k - 1)))
            && (lexicon::cue_lemma(w).is_none_or(|l| l == w && determined())
                || ctx.is_capitalized(k)
                || noun_use_of_cue(ctx, k)
                || reduced_relative(ctx, s, k));
        if !ok {
            break;
        }
        a = k;
    }
    if a == end || !starts_clause(ctx, s, a) || is_preposition(ctx.low(a)) {
        return None;
    }
    // The head ends at a preposition or at a participle opening a reduced relative clause:
    // "Democrats trying to regain control of the Senate say".
    let prep = (a + 1..end).find(|&k| {
        !ctx.is_capitalized(k)
            && (is_preposition(ctx.low(k))
                || ctx.low(k).ends_with("ing") && ctx.low(k).len() > 5 && lexicon::cue_lemma(ctx.low(k)).is_none())
    })?;
    // "A 2009 analysis released by the department found": a participle before the preposition
    // opens a reduced relative clause.
    // So does an adjective taking a complement: "Sources close to her campaign said".
    // So does one before a date: "New numbers released Tuesday by the state".
    let head_end = if prep > a + 1 && !ctx.is_capitalized(prep - 1) && opens_postmodifier(ctx.low(prep - 1)) {
        prep - 1
    } else if prep > a + 2 && is_time_word(ctx.low(prep - 1)) && reduced_relative(ctx, s, prep - 2) {
        prep - 2
    } else {
        prep
    };
    let head = (a, head_end);
    // "current and former officials in the FBI": adjectives may be coordinated.
    let head_word = |k: usize| {
        np_word(ctx, k)
            || lexicon::cue_lemma(ctx.low(k)).is_some_and(|l| l == ctx.low(k))
            || matches!(ctx.low(k), "and" | "or") && k > a && k + 1 < prep && !ctx.is_capitalized(k + 1)
    };
    (prep + 1 < end && looks_like_speaker(ctx, head) && (a..head_end).all(head_word)).then_some((head, (head_end, end)))
}

/// Who speaks in a recording: "footage of Hillary Clinton asking, "..."", "a video of Trump
/// saying ...": the name right before the participle, after "of".
fn depicted_subject(ctx: &Ctx, s: &Sentence, cue: usize) -> Option<Range> {
    if !ctx.low(cue).ends_with("ing") || cue == s.first || !ctx.is_capitalized(cue - 1) {
        return None;
    }
    let mut a = cue - 1;
    while a > s.first && ctx.is_capitalized(a - 1) && cue - a < 5 {
        a -= 1;
    }
    (a > s.first && ctx.low(a - 1) == "of" && looks_like_speaker(ctx, (a, cue))).then_some((a, cue))
}

/// Who put out a statement: "the Trump campaign issued a statement saying ..." → the subject
/// of the verb before the statement noun phrase that ends before the participle `cue`.
fn issuer_of(ctx: &Ctx, s: &Sentence, cue: usize) -> Option<Range> {
    let mut k = cue;
    if k > s.first && ctx.is_punct(k - 1, ",") {
        k -= 1;
    }
    if k <= s.first || !lexicon::contains(lexicon::STATEMENT_NOUNS, ctx.low(k - 1)) {
        return None;
    }
    let det = (k.saturating_sub(5).max(s.first)..k - 1)
        .rev()
        .find(|&j| lexicon::contains(lexicon::DETERMINERS, ctx.low(j)))?;
    let verb = (det > s.first && ctx.is_word(det - 1) && !ctx.is_capitalized(det - 1)).then_some(det - 1)?;
    np_before(ctx, s.first, skip_aux_back(ctx, s.first, verb))
}

/// The subject of an absolute "with" clause: "..., with Sen. John McCain calling it a
/// 'Chinese menu'".
fn with_subject(ctx: &Ctx, s: &Sentence, cue: usize) -> Option<Range> {
    if !ctx.low(cue).ends_with("ing") {
        return None;
    }
    let e = skip_aux_back(ctx, s.first, cue);
    let with = (e.saturating_sub(8).max(s.first)..e).rev().take_while(|&k| np_word(ctx, k)).last()?;
    (with > s.first && ctx.low(with - 1) == "with").then_some((with, e)).filter(|r| looks_like_speaker(ctx, *r))
}

/// The subject of the clause a participle belongs to: the stretch since the last comma
/// before it (skipping the comma right before the participle), read like a sentence start.
/// "While X push for free trade, Mr. Trump has rallied thousands by promising ..." → Mr. Trump.
fn clause_subject(ctx: &Ctx, s: &Sentence, cue: usize) -> Option<Range> {
    let mut end = cue;
    while end > s.first && (ctx.is_punct(end - 1, ",") || is_preposition(ctx.low(end - 1))) {
        end -= 1;
    }
    let start = (s.first..end).rev().find(|&k| ctx.is_punct(k, ",") || ctx.is_punct(k, ";")).map_or(s.first, |k| k + 1);
    if start == s.first {
        return None;
    }
    let clause = Sentence { first: start, last: s.last, paragraph: s.paragraph };
    main_subject(ctx, &clause, end)
}

/// The subject of the sentence's main clause, for participles with no subject of their own
/// ("Trump went on the attack, saying ..."): after an introductory phrase and adverbs, a
/// name, a pronoun or a short determiner phrase followed by a lowercase word.
fn main_subject(ctx: &Ctx, s: &Sentence, before: usize) -> Option<Range> {
    let mut k = s.first;
    // "On Monday, ..." / "In a statement, ...": skip an introductory phrase.
    if let Some(c) = (s.first..before.min(s.first + 30)).find(|&j| ctx.is_punct(j, ",")) {
        let w = ctx.low(s.first);
        // A conjunction or sentence adverb opens no phrase of its own: "And then Trump went
        // on the attack, saying ..." keeps its subject ("However, ..." is skipped below).
        let conjunction = matches!(w, "and" | "but" | "or" | "so" | "yet" | "then" | "also" | "now" | "still");
        // An adverb or participle by its ending, but not a first name that ends so ("Carly
        // Fiorina", "Ted Cruz", "Sterling K. Brown"): a capitalized word follows those.
        let suffix = (w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing"))
            && !(s.first + 1 < before && ctx.is_word(s.first + 1) && ctx.is_capitalized(s.first + 1));
        let introduces = is_preposition(w)
            || lexicon::contains(lexicon::SUBJECT_STOPS, w)
            || suffix
            || lexicon::contains(LEADING_ADVERBS, w);
        if introduces && !(conjunction && c > s.first + 2) {
            k = c + 1;
        }
    }
    while k < before && lexicon::contains(LEADING_ADVERBS, ctx.low(k)) {
        k += 1;
    }
    // A date before the subject with no comma: "On September 27 they published ...", "A few
    // minutes later they reversed themselves and said ...".
    let t = leading_date(ctx, s, k);
    if t < before {
        k = t;
    }
    if k >= before || !ctx.is_word(k) {
        return None;
    }
    let mut e = k;
    if lexicon::contains(lexicon::PRONOUNS, ctx.low(k)) {
        e = k + 1;
    } else if lexicon::contains(lexicon::DETERMINERS, ctx.low(k))
        && !(ctx.is_capitalized(k) && k + 1 < before && ctx.is_capitalized(k + 1))
    {
        // "Other officers chafed ...", "The actress said ...".
        e = k + 1;
        while e < before
            && e - k < 5
            && np_word(ctx, e)
            && !is_preposition(ctx.low(e))
            && !(e > k + 1 && is_past_predicate(ctx.low(e)))
        {
            e += 1;
        }
    } else if ctx.is_capitalized(k) {
        while e < before
            && (ctx.is_capitalized(e)
                || matches!(ctx.low(e), "of" | "the") && e + 1 < before && ctx.is_capitalized(e + 1))
        {
            e += 1;
        }
        // "A Polish teenager woke up ...": a determiner's noun after the capitalized words.
        if lexicon::contains(lexicon::DETERMINERS, ctx.low(k)) {
            while e < before
                && e - k < 6
                && np_word(ctx, e)
                && !ctx.is_capitalized(e)
                && !is_preposition(ctx.low(e))
                && !is_past_predicate(ctx.low(e))
                && lexicon::cue_lemma(ctx.low(e)).is_none()
                && !lexicon::contains(LEADING_ADVERBS, ctx.low(e))
                && !ctx.low(e).ends_with("ly")
            {
                e += 1;
            }
        }
    }
    // "Rep. Hakeem Jeffries (D-N.Y.) reacted ...": a party and state after the name.
    if e > k
        && e < before
        && ctx.is_punct(e, "(")
        && let Some(close) = (e + 1..before.min(e + 8)).find(|&j| ctx.is_punct(j, ")"))
    {
        e = close + 1;
    }
    // "Gary Emineth, a former state party chairman, became ...": past an appositive.
    let mut v = e;
    if e > k
        && v < before
        && ctx.is_punct(v, ",")
        && let Some(close) = (v + 1..before.min(v + 16)).find(|&j| ctx.is_punct(j, ","))
        && close > v + 1
        // "McConnell, R-Ky., delivered": an abbreviation's full stop may stand in it.
        && (v + 1..close).all(|j| ctx.is_word(j) || ctx.is_punct(j, "."))
    {
        v = close + 1;
    }
    let verb_follows = v < before && ctx.is_word(v) && !ctx.is_capitalized(v);
    (e > k && verb_follows).then_some((k, e)).filter(|r| looks_like_speaker(ctx, *r))
}

/// True when the tokens from `a` to `b` hold only adverbials that may follow a cue
/// ("on Friday", "in a statement", "told reporters", "in an interview with TASS").
fn only_adverbials(ctx: &Ctx, a: usize, b: usize) -> bool {
    (a..b).all(|i| ctx.is_word(i) || ctx.is_punct(i, ",") || ctx.is_punct(i, "-"))
        && (a..b).all(|i| lexicon::cue_lemma(ctx.low(i)).is_none() || ctx.low(i) == "told")
        && b - a <= 14
}

/// End of the content that starts at `from`: the sentence end, or earlier where a trailing
/// attribution (", he said", ", according to X") or a coordinated cue of the same subject
/// (", adding", "and insisted") begins.
fn content_end(ctx: &Ctx, s: &Sentence, from: usize) -> usize {
    // A content is never longer than this: a "sentence" of thousands of words (text with no
    // full stops) must not make every cue in it scan to its end.
    let s = &Sentence { first: s.first, last: s.last.min(from + MAX_CONTENT_TOKENS), paragraph: s.paragraph };
    let mut end = s.last;
    let mut depth_quote = false;
    // "if Trump wins, he would ...": the main clause after an opening subordinate clause
    // belongs to the content.
    let mut subordinate_open = from < s.last
        && matches!(
            ctx.low(from),
            "if" | "when"
                | "while"
                | "because"
                | "although"
                | "though"
                | "once"
                | "unless"
                | "since"
                | "after"
                | "before"
        )
        // "that as long as the field remained divided, Trump would ...", "that by the end of
        // the month, the numbers will ...": a fronted adverbial too.
        || from > s.first
            && from + 1 < s.last
            && ctx.low(from - 1) == "that"
            && matches!(ctx.low(from), "as" | "by" | "at" | "in" | "during" | "until");
    let mut i = from;
    while i < s.last {
        match ctx.kind(i) {
            TokenKind::QuoteOpen => depth_quote = true,
            TokenKind::QuoteClose => depth_quote = false,
            _ => {}
        }
        if depth_quote || !ctx.is_word(i) {
            i += 1;
            continue;
        }
        let w = ctx.low(i);
        // A comma inside a closing quotation mark counts (`"It's over," adding ...`); a cut
        // there keeps the quotation whole.
        let prev_comma = i > from
            && (ctx.is_punct(i - 1, ",")
                || i > from + 1 && ctx.kind(i - 1) == TokenKind::QuoteClose && ctx.is_punct(i - 2, ","));
        let cut = if prev_comma && ctx.kind(i - 1) == TokenKind::QuoteClose { i } else { i - 1 };
        // "... that, having overcome so much, she now faces ...": a subordinate phrase after
        // "that," is followed by the main clause of the content.
        if prev_comma
            && i >= from + 2
            && ctx.low(i - 2) == "that"
            && (w.ends_with("ing") && lexicon::cue_lemma(w).is_none()
                || matches!(
                    w,
                    "if" | "when"
                        | "because"
                        | "although"
                        | "though"
                        | "while"
                        | "after"
                        | "before"
                        | "since"
                        | "unless"
                ))
        {
            subordinate_open = true;
        }
        // A trailing non-restrictive clause (", who ...", ", though ...") comments on the
        // content rather than belonging to it.
        if prev_comma && i > from + 3 && TRAILING_CLAUSE_WORDS.contains(&w) {
            // "the talks, which started a decade ago, remained ...": a relative clause inside
            // the content's subject, closed by a comma and followed by its verb, stays.
            if let Some(close) = (i + 1..s.last.min(i + 20)).find(|&k| ctx.is_punct(k, ","))
                && matches!(w, "which" | "who" | "whose")
                && close + 1 < s.last
                && ctx.is_word(close + 1)
                && !ctx.is_capitalized(close + 1)
                && is_finite_verb(ctx.low(close + 1))
            {
                i = close + 1;
                continue;
            }
            end = cut;
            break;
        }
        // ", compared with 64 percent ...", ", as did Hillary Clinton": the writer's comparison.
        if prev_comma
            && i > from + 3
            && (w == "compared"
                || w == "as"
                    && i + 1 < s.last
                    && matches!(ctx.low(i + 1), "did" | "does" | "do" | "has" | "have" | "had" | "is" | "was" | "were"))
        {
            end = cut;
            break;
        }
        // "... where we stand" as he faces a test": a clause of the writer's about the speaker.
        // `"... damage," while police said ...` too.
        if i > from + 3
            && matches!(w, "as" | "while")
            && i + 2 < s.last
            && (matches!(ctx.low(i + 1), "he" | "she" | "they")
                || w == "while"
                    && prev_comma
                    && ctx.kind(from) == TokenKind::QuoteOpen
                    && !ctx.low(i + 1).ends_with("ing"))
            && ctx.kind(i - 1) == TokenKind::QuoteClose
        {
            end = i;
            break;
        }
        // "claimed self-defense and was acquitted", "denied the charges and counter-accused
        // her": after a content with no verb of its own, "and" and a verb coordinate with the
        // cue's predicate.
        if w == "and"
            && i > from
            && i + 1 < s.last
            && ctx.is_word(i + 1)
            && !ctx.is_capitalized(i + 1)
            && (matches!(ctx.low(i + 1), "was" | "were" | "is" | "has" | "had" | "will" | "would")
                // "and counter-accused her", not "and armed forces".
                || is_past_predicate(ctx.low(i + 1))
                    && i + 2 < s.last
                    && (lexicon::contains(lexicon::DETERMINERS, ctx.low(i + 2))
                        || lexicon::contains(lexicon::PRONOUNS, ctx.low(i + 2))
                        || matches!(ctx.low(i + 2), "him" | "them" | "us" | "me" | "to")
                        || is_preposition(ctx.low(i + 2))
                        || ctx.is_capitalized(i + 2)))
            // "Mrs. Clinton remains popular and would ...": a name and its verb.
            && !(from + 1..i).any(|k| {
                ctx.is_capitalized(k - 1) && !ctx.is_capitalized(k) && is_finite_verb(ctx.low(k))
            })
            && !(from..i).any(|k| {
                ctx.kind(k) != TokenKind::Word
                    || lexicon::contains(lexicon::AUXILIARIES, ctx.low(k))
                    || lexicon::contains(lexicon::PRONOUNS, ctx.low(k))
                    || is_past_predicate(ctx.low(k))
                    || matches!(ctx.low(k), "that" | "to" | "if" | "whether")
            })
        {
            end = i;
            break;
        }
        // ", and made it clear ...": the last predicate of a series, not part of the content.
        if prev_comma
            && i > from + 3
            && w == "and"
            && i + 1 < s.last
            && ctx.is_word(i + 1)
            && !ctx.is_capitalized(i + 1)
            && is_past_predicate(ctx.low(i + 1))
        {
            end = cut;
            break;
        }
        // ", as Cosby is attacked ...": the writer's circumstance after the content.
        if prev_comma && w == "as" && i > from + 3 && new_clause_at(ctx, s, i + 1) {
            end = cut;
            break;
        }
        // ", Saban spurred the campaign ...", ", but he sounded ...", "— the actress also
        // pointed ...": a new main clause with its own subject and verb after a comma or a
        // dash is not part of the content.
        // A dash closing an aside opened by another ("– in his professional life – he is")
        // returns to the content.
        let prev_dash = i > from && is_dash(ctx, i - 1) && (from..i - 1).filter(|&k| is_dash(ctx, k)).count() % 2 == 0;
        if (prev_comma || prev_dash) && i > from + 1 && new_clause_at(ctx, s, i) {
            let cut = if prev_dash { i - 1 } else { cut };
            if subordinate_open {
                subordinate_open = false;
                i += 1;
                continue;
            }
            if i > from + 3 {
                end = cut;
                break;
            }
        }
        let prev_and = i > from && matches!(ctx.low(i - 1), "and" | "but") && !ctx.is_capitalized(i);
        // ", according to X" ends the content.
        if w == "according" && i + 1 < s.last && ctx.low(i + 1) == "to" && prev_comma {
            end = cut;
            break;
        }
        if let Some(lemma) = lexicon::cue_lemma(w) {
            if ctx.is_capitalized(i) {
                // "Clinton Says X, Calls Y ...": a headline's next coordinated cue ends X.
                if prev_comma && title_case(ctx, s) {
                    end = cut;
                    break;
                }
                i += 1;
                continue;
            }
            // ", but officials said ...", "and she accused ...": a new clause with its own
            // speaker ends this content.
            let e = skip_aux_back(ctx, from, i);
            // "..., and more than 4 in 10 said": a comparison before a number belongs to it.
            let np = np_before(ctx, from, e).map(|(mut a, b)| {
                while a > from + 2 && matches!(ctx.low(a - 1), "than" | "more" | "less" | "fewer" | "nearly" | "almost")
                {
                    a -= 1;
                }
                (a, b)
            });
            // "— the actress also said ...": a dash opens it too.
            if let Some(np) = np
                && np.0 > from
                && is_dash(ctx, np.0 - 1)
            {
                end = np.0 - 1;
                break;
            }
            if let Some(np) = np
                && np.0 >= from + 2
                && {
                    let c = ctx.low(np.0 - 1);
                    let comma = ctx.is_punct(np.0 - 2, ",");
                    matches!(c, "but" | "while" | "although" | "whereas" | "though") && comma
                        || c == "and"
                            && (comma
                                || lexicon::contains(lexicon::PRONOUNS, ctx.low(np.0))
                                || ctx.is_capitalized(np.0))
                }
            {
                end = if ctx.is_punct(np.0 - 2, ",") { np.0 - 2 } else { np.0 - 1 };
                break;
            }

            // "but in a later interview said", "and on Tuesday told": the conjunction of a
            // coordinated cue may stand before an adverbial.
            let conj = if prev_and {
                Some(i - 1)
            } else {
                let e = skip_time_back(ctx, from, skip_pp_back(ctx, from, skip_aux_back(ctx, from, i)));
                // "and never called a donor" denies an act within the content.
                (e < i
                    && e > from + 1
                    && matches!(ctx.low(e - 1), "and" | "but")
                    && !ctx.is_capitalized(e)
                    && !(e..i).any(|k| is_negation(ctx.low(k))))
                .then_some(e - 1)
            };
            // ", adding that", ", saying", "— asserting that", "and insists that": same
            // subject, new statement.
            if ((prev_comma || prev_dash) && w.ends_with("ing") && i + 1 < s.last)
                || conj.is_some() && lexicon::cue_frame(lemma).is_some()
            {
                end = conj.unwrap_or(cut);
                // Also drop a comma before "and".
                if conj.is_some() && end > from && ctx.is_punct(end - 1, ",") {
                    end -= 1;
                }
                break;
            }
            // ", mocked the Republicans": the next predicate of a series ends this content.
            if prev_comma && is_past_form(w) && i + 1 < s.last && ctx.is_word(i + 1) && !ctx.is_capitalized(i + 1) {
                end = cut;
                break;
            }
            // ", he said." / ", said Peskov." at the end of the sentence.
            if prev_comma || (i >= 2 && ctx.is_punct(i - 2, ",")) || (i >= 3 && ctx.is_punct(i - 3, ",")) {
                // Find the comma that opens the trailing attribution.
                let mut c = i;
                while c > from && !ctx.is_punct(c - 1, ",") {
                    c -= 1;
                }
                if c > from && cue_can_close(ctx, s, c, i, lemma) {
                    end = c - 1;
                    break;
                }
            }
        }
        i += 1;
    }
    // "claimed victory in a tweet": the medium it was said in is the frame's, not the content's.
    let end = trim_punct_back(ctx, from, end);
    if end >= from + 4 {
        let k = end - 3;
        if ctx.low(k) == "in"
            && matches!(ctx.low(k + 1), "a" | "an")
            && matches!(
                ctx.low(k + 2),
                "tweet" | "statement" | "interview" | "post" | "email" | "letter" | "speech" | "video"
            )
        {
            return k;
        }
    }
    end
}

/// A dash between clauses: an em or en dash, "--", or a hyphen standing alone (" - ").
fn is_dash(ctx: &Ctx, k: usize) -> bool {
    ctx.is_punct(k, "—") || ctx.is_punct(k, "–") || ctx.is_punct(k, "--") || ctx.is_punct(k, "-")
}

/// Whether a new main clause starts at `k` (right after a comma): an optional conjunction,
/// a short subject (a pronoun, a name, a number or a determiner phrase), then a finite verb
/// (an auxiliary, or a lowercase word ending in -ed or -s after a name or pronoun).
fn new_clause_at(ctx: &Ctx, s: &Sentence, mut k: usize) -> bool {
    if k < s.last && matches!(ctx.low(k), "but" | "and" | "yet" | "so") {
        k += 1;
    }
    if k >= s.last || !ctx.is_word(k) {
        return false;
    }
    let start = k;
    let w = ctx.low(k);
    if lexicon::contains(lexicon::PRONOUNS, w) && w != "it" && w != "you"
        // "most don't expect": a quantity is a subject too.
        // So is a bare noun for people: ", and people had to strain to hear him".
        || (matches!(w, "most" | "many" | "few" | "both") || lexicon::contains(lexicon::PERSON_NOUNS, w))
            && k + 1 < s.last
            && lexicon::contains(lexicon::AUXILIARIES, ctx.low(k + 1))
    {
        k += 1;
    } else if ctx.is_capitalized(k) || w.starts_with(|c: char| c.is_ascii_digit()) {
        while k < s.last
            && k - start < 4
            && (ctx.is_capitalized(k) || ctx.low(k).starts_with(|c: char| c.is_ascii_digit()))
        {
            k += 1;
        }
        // "U.S. forces", "Republican leaders": one common noun may close the subject.
        if k < s.last
            && ctx.is_word(k)
            && !ctx.is_capitalized(k)
            && lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(k))
        {
            k += 1;
        }
    } else if lexicon::contains(lexicon::DETERMINERS, w) {
        // "the aide", "another", "some of them": the phrase ends at its verb. A name after a
        // common noun makes it a reduced relative (", an atoll Beijing grabbed"), no subject.
        k += 1;
        // "the American Civil Liberties Union of Ohio": a name runs longer than a description.
        let name = |k: usize| {
            ctx.is_capitalized(k) || matches!(ctx.low(k), "of" | "for") && k + 1 < s.last && ctx.is_capitalized(k + 1)
        };
        while k < s.last
            && (k - start < 4 || k - start < 9 && name(k) && name(k - 1))
            && ctx.is_word(k)
            && !lexicon::contains(lexicon::AUXILIARIES, ctx.low(k))
            && !is_past_predicate(ctx.low(k))
        {
            if ctx.is_capitalized(k) && k > start + 1 && !ctx.is_capitalized(k - 1) && !is_preposition(ctx.low(k - 1)) {
                return false;
            }
            k += 1;
        }
    } else {
        return false;
    }
    // "the actress also pointed out": adverbs before the verb.
    while k + 1 < s.last
        && k > start
        && ctx.is_word(k)
        && (matches!(ctx.low(k), "also" | "still" | "then" | "now" | "just" | "even" | "never" | "later")
            || ctx.low(k).ends_with("ly") && ctx.low(k).len() > 4)
    {
        k += 1;
    }
    if k >= s.last || k == start || !ctx.is_word(k) || ctx.is_capitalized(k) {
        return false;
    }
    let v = ctx.low(k);
    matches!(
        v,
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "could"
            | "can"
            | "did"
            | "does"
            | "must"
            | "should"
            | "may"
            | "might"
    ) || (v.ends_with("ed") && v.len() > 4)
        || (v.ends_with('s')
            && !v.ends_with("ss")
            && v.len() > 3
            && k > start
            && !lexicon::contains(lexicon::DETERMINERS, ctx.low(k - 1)))
}

/// A finite verb form that can follow a subject: an auxiliary, or a past or present form
/// ("remained", "remains") that is no cue participle.
fn is_finite_verb(w: &str) -> bool {
    lexicon::contains(lexicon::AUXILIARIES, w)
        || (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss")) && w.len() > 3 && !w.ends_with("ing")
}

/// Whether the word at `k` is a lowercase plural noun: "officials", "polls" (not "news",
/// "analysis", "census", "series").
fn plural_noun(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.low(k);
    ctx.is_word(k)
        && !ctx.is_capitalized(k)
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ics")
        && !w.ends_with("'s")
        && !matches!(w, "news" | "series" | "species")
        && !lexicon::contains(lexicon::PRONOUNS, w)
}

/// A simple past that can open a predicate after ", and": "-ed" forms and common irregular
/// pasts.
fn is_past_predicate(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 4)
        || matches!(
            w,
            "made"
                | "took"
                | "said"
                | "told"
                | "went"
                | "gave"
                | "kept"
                | "left"
                | "held"
                | "sent"
                | "got"
                | "came"
                | "wrote"
                | "spoke"
                | "began"
                | "became"
                | "brought"
                | "thought"
                | "met"
                | "ran"
                | "won"
                | "lost"
                | "woke"
                | "fell"
                | "saw"
                | "found"
                | "felt"
                | "stood"
                | "sat"
                | "knew"
                | "heard"
                | "paid"
                | "led"
                | "drove"
                | "flew"
                | "grew"
        )
}

/// A past-tense form of a cue verb ("mocked", "said"), which can head a predicate of its own.
fn is_past_form(w: &str) -> bool {
    lexicon::cue_lemma(w).is_some_and(|l| l != w) && !w.ends_with("ing") && !w.ends_with('s')
}

/// Words that open a trailing clause the content does not include (measured on real news:
/// annotators leave them out).
const TRAILING_CLAUSE_WORDS: &[&str] = &["although", "though", "whereas", "which", "who", "whose"];

/// Whether a trailing adjunct opens at `k`, right after a comma: a participle (", taking a
/// step toward ...") or a non-restrictive clause (", although ...", ", which ..."). After a
/// parenthetical attribution it shows the attribution was trailing, not inside its clause.
fn trailing_adjunct_at(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.low(k);
    ctx.is_word(k)
        && !ctx.is_capitalized(k)
        && (TRAILING_CLAUSE_WORDS.contains(&w) || w.len() > 5 && w.ends_with("ing") && !is_finite_verb(w))
}

/// Whether ", SUBJ CUE ..." starting at `c` is a trailing attribution that closes a content
/// (it runs to the sentence end with only adverbials after the cue).
fn cue_can_close(ctx: &Ctx, s: &Sentence, c: usize, cue: usize, lemma: &str) -> bool {
    if !lexicon::cue_can_follow_content(lemma) || matches!(lemma, "show" | "find") && !evidence_subject(ctx, s, cue) {
        return false;
    }
    let subj_ok = c == cue || np_before(ctx, c, skip_aux_back(ctx, c, cue)).is_some();
    subj_ok && only_adverbials(ctx, cue + 1, trim_punct_back(ctx, cue + 1, s.last))
}

/// Content, if any, that a post-positioned cue closes: the quotation chain or clause before
/// the subject. `boundary` is the first token of the subject (or the cue, verb-first).
fn content_before(ctx: &Ctx, s: &Sentence, boundary: usize) -> Option<((usize, usize), QuoteKind, Range)> {
    let mut j = boundary;
    // Skip the comma (and dash) separating content from attribution.
    while j > s.first && (ctx.is_punct(j - 1, ",") || ctx.is_punct(j - 1, "—") || ctx.is_punct(j - 1, "-")) {
        j -= 1;
    }
    if j == s.first {
        // The content may be a quotation that began in an earlier sentence or paragraph.
        return None;
    }
    if ctx.kind(j - 1) == TokenKind::QuoteClose {
        let qi = ctx.quote_closing_at(j - 1)?;
        let start_q = ctx.chain_start(qi);
        let open = ctx.quote(start_q).open;
        let close = ctx.quote(qi).close;
        let q_open_tok = ctx.quote(start_q).open_token;
        // 'On CBS' "Face the Nation," Kerry said ...': a programme's name after a preposition
        // is no content.
        if quoted_title(ctx, j - 1) {
            let lead = clause_start(ctx, s, q_open_tok);
            if lead < q_open_tok && q_open_tok - lead <= 4 && is_preposition(ctx.low(lead)) {
                return None;
            }
        }
        // A quotation starting mid-sentence after other words is part of a larger clause
        // ("he called it "a sham," she said"): then the whole clause is the content.
        // ... but not after a bracket or a dash: "the face of conquest (''This is ...,'' Monica
        // Crowley wrote)", "to Mexico - ''I love Oreos,'' he said".
        let set_off = q_open_tok > s.first && ["(", "[", "—", "–", "-"].iter().any(|p| ctx.is_punct(q_open_tok - 1, p));
        if ctx.quote(start_q).continues.is_none()
            && !set_off
            && q_open_tok > s.first
            && ctx.seg.tokens[q_open_tok].start >= ctx.seg.tokens[s.first].start
        {
            let lead = clause_start(ctx, s, q_open_tok);
            if lead < q_open_tok && q_open_tok - lead >= 2 {
                let (a, _) = ctx.bytes((lead, lead + 1));
                return Some(((a, close), QuoteKind::Mixed, (lead, j)));
            }
        }
        return Some(((open, close), QuoteKind::Direct, (q_open_tok, j)));
    }
    // An indirect clause from the sentence start: "The plan failed, he said."
    let start = clause_start(ctx, s, j);
    if j - start < 3 {
        return None;
    }
    // "After her successful brain surgery recovery, Jasica told the Daily Mail about ...": a
    // fronted adverbial with no verb of its own says when, not what.
    if (is_preposition(ctx.low(start)) || matches!(ctx.low(start), "after" | "before" | "following" | "during"))
        && (start..j).all(|k| {
            ctx.is_word(k)
                && !is_finite_verb(ctx.low(k))
                && !is_past_predicate(ctx.low(k))
                && !lexicon::contains(lexicon::PRONOUNS, ctx.low(k))
        })
    {
        return None;
    }
    let has_quote = (start..j).any(|i| matches!(ctx.kind(i), TokenKind::QuoteOpen | TokenKind::QuoteClose));
    let (a, b) = ctx.bytes((start, j));
    Some(((a, b), if has_quote { QuoteKind::Mixed } else { QuoteKind::Indirect }, (start, j)))
}

/// Where the clause that ends at `j` begins: the sentence start, after a leading conjunction
/// or after a previous attribution's colon.
fn clause_start(ctx: &Ctx, s: &Sentence, j: usize) -> usize {
    // No further back than the longest content (a text without full stops is one "sentence").
    let first = s.first.max(j.saturating_sub(MAX_CONTENT_TOKENS));
    let mut start = first;
    for i in first..j {
        if ctx.is_punct(i, ":") || ctx.is_punct(i, ";") {
            start = i + 1;
        }
    }
    // "A was paid $5; B was paid $6; and C was paid $7, according to records": the last
    // item of a list of clauses takes the list with it.
    if start > first && ctx.is_punct(start - 1, ";") && start < j && ctx.low(start) == "and" {
        start = (first..start).rev().find(|&i| ctx.is_punct(i, ":")).map_or(first, |i| i + 1);
    }
    // "But the plan failed, he said": the conjunction is not content.
    if start < j && matches!(ctx.low(start), "but" | "and" | "so" | "yet") {
        start += 1;
    }
    start
}

/// Build the candidate for a verb cue at token `cue`.
fn verb_candidate(
    ctx: &Ctx,
    s: &Sentence,
    si: usize,
    cue: usize,
    lemma: &'static str,
    frame: CueFrame,
    prev: Option<&Candidate>,
) -> Option<Candidate> {
    let mut cue_end = cue + 1;
    // The cue includes its auxiliaries and adverbs: "has previously dismissed", "had warned".
    let perfect = perfect_participle(ctx, s, cue);
    let cue_start = if perfect { s.first } else { skip_aux_back(ctx, s.first, cue) };
    // Phrasal cues: "called for", "pointed out", "put it", "went on".
    if lemma.contains(' ')
        || cue_end < s.last && lexicon::PHRASAL_CUES.iter().any(|(l, p)| *l == lemma && ctx.low(cue_end) == *p)
    {
        cue_end += 1;
    }
    // ... or with adverbials before the particle: "spoke on Tuesday about".
    let particle_at = (cue_end == cue + 1 && lexicon::contains(lexicon::PARTICLE_ONLY_CUES, lemma))
        .then(|| distant_particle(ctx, s, cue, lemma))
        .flatten();
    let (subj, appositive, stop) = if perfect { (None, None, s.first) } else { subject_of(ctx, s, cue) };
    // "his fleet of three helicopters suggests": a plural noun does not govern a verb in -s,
    // so it is not the subject but the end of a longer one.
    if let Some(r) = subj
        && cue_start == cue
        && plural_noun(ctx, r.1 - 1)
        // "Polling of union voters shows", "6 in 10 voters says": the head is earlier.
        && !(r.0..r.1).any(|k| matches!(ctx.low(k), "of" | "in") || ctx.low(k).starts_with(|c: char| c.is_ascii_digit()))
        && lexicon::cue_lemma(ctx.low(cue)).is_some_and(|l| ctx.low(cue).len() > l.len() && ctx.low(cue).ends_with('s'))
    {
        return None;
    }
    // "what Trump is saying is dangerous": a free relative names something said, it does not
    // attribute a content here.
    if subj.is_some() && stop > s.first && matches!(ctx.low(stop - 1), "what" | "whatever" | "how") && lemma != "call" {
        return None;
    }
    // "..., but in a later interview said": a short adverbial between the conjunction and
    // a cue without a subject.
    let before_subject = if subj.is_some() {
        stop
    } else {
        let e = skip_aux_back(ctx, s.first, cue);
        let p = skip_aux_back(ctx, s.first, skip_pp_back(ctx, s.first, e));
        if p < e && p > s.first && matches!(ctx.low(p - 1), "and" | "but") { p } else { e }
    };
    let quote_close = if before_subject > s.first && ctx.kind(before_subject - 1) == TokenKind::QuoteClose {
        Some(before_subject - 1)
    } else if before_subject > s.first + 1
        && ctx.is_punct(before_subject - 1, ",")
        && ctx.kind(before_subject - 2) == TokenKind::QuoteClose
    {
        Some(before_subject - 2)
    } else {
        None
    };
    // A quoted title ("on Fox's "Sunday Morning Futures," Issa said ...") is not speech, and
    // a participle's object ("Citing "obligations in Tennessee," the spokeswoman told ...")
    // is not the content of the cue after it.
    let title = quote_close.is_some_and(|q| quoted_title(ctx, q) || participle_object(ctx, q));
    // `"... everywhere." Greene added that ...`: a quotation closed by a full stop is a
    // sentence of its own when the cue after it has a content of its own.
    let own_sentence = quote_close.is_some_and(|q| q > s.first && ctx.is_punct(q - 1, "."))
        && subj.is_some_and(|r| ctx.is_capitalized(r.0))
        && attribution_tail(ctx, s, cue_end, false) == Tail::No;
    let after_quote = quote_close.is_some() && !title && !own_sentence;
    let post_positioned = before_subject > s.first
        && !title
        && (ctx.is_punct(before_subject - 1, ",")
            || ctx.kind(before_subject - 1) == TokenKind::QuoteClose
            || ctx.is_punct(before_subject - 1, "—"))
        // Right after a quotation any speech cue closes it: `"What now?" she asked.`
        && (lexicon::cue_can_follow_content(lemma) || after_quote && frame != CueFrame::Object);
    // "..., Sen. Chuck Grassley told POLITICO.": the addressee is part of the attribution.
    let (addr, after_addr) =
        if frame == CueFrame::Addressee && subj.is_some() { addressee(ctx, s, cue_end) } else { (None, cue_end) };
    let addr_relay = addr.filter(|a| relaying_addressee(ctx, s, *a));
    let tail = if after_quote { Tail::Ends } else { attribution_tail(ctx, s, after_addr, subj.is_none()) };
    // "X, a spokesman, said, "...": a quotation right after the cue (and a date or place:
    // "said Wednesday, "..."") is its content.
    let quote_follows = (after_addr..s.last.min(after_addr + 8)).find(|&k| !ctx.is_word(k)).is_some_and(|k| {
        k + 1 < s.last
            && (ctx.is_punct(k, ",") || ctx.is_punct(k, ":"))
            && ctx.kind(k + 1) == TokenKind::QuoteOpen
            && adverbial_span(ctx, after_addr, k)
    });
    // `agreement "down the line" he warned: "..."`: a quoted phrase before the subject is no
    // utterance of its own when the cue hands over to a quotation.
    let fragment_before = quote_close.is_some_and(|q| {
        q > s.first
            && !(ctx.is_punct(q - 1, ",")
                || ctx.is_punct(q - 1, ".")
                || ctx.is_punct(q - 1, "!")
                || ctx.is_punct(q - 1, "?"))
    });
    let post_positioned = post_positioned && tail != Tail::No && (after_quote && !fragment_before || !quote_follows);
    // `a sign that read "College Republicans"`, `protesters chanted "..."`: a quotation right
    // after the cue counts as well.
    let quote_adjacent = cue_end < s.last && ctx.kind(cue_end) == TokenKind::QuoteOpen;
    if lexicon::contains(lexicon::QUOTE_ONLY_CUES, lemma) && !after_quote && !quote_follows && !quote_adjacent {
        return None;
    }

    // 1. Subject-less cues after a comma or "and": they continue the previous statement's
    //    subject ("..., adding that ...", "rejects X and insists that ...").
    let lead_word = (before_subject > s.first).then(|| ctx.low(before_subject - 1));
    let participle = ctx.low(cue).ends_with("ing") || perfect;
    // "issued a statement saying ...": the statement's issuer speaks.
    let after_statement_noun =
        participle && subj.is_some_and(|r| lexicon::contains(lexicon::STATEMENT_NOUNS, ctx.low(r.1 - 1)));
    if subj.is_none() || after_statement_noun {
        // Headlines coordinate with a comma: "Clinton Says X, Calls Y Troubling".
        let headline_comma = ctx.is_capitalized(cue) && lead_word == Some("") && ctx.is_punct(before_subject - 1, ",");
        // A series of predicates: "defended Sanders as a mainstream candidate, mocked the
        // Republicans, and ...": a past-tense cue after a comma continues the statement before.
        let series = lead_word == Some("")
            && ctx.is_punct(before_subject - 1, ",")
            && prev.is_some_and(|p| p.sentence == si)
            && is_past_form(ctx.low(cue))
            && tail != Tail::Ends
            // ", said an American official who was briefed ...": a speech verb before a noun
            // phrase is a verb-first attribution, not the next predicate of a series.
            && !(matches!(lemma, "say" | "add" | "write")
                && cue_end < s.last
                && (lexicon::contains(lexicon::DETERMINERS, ctx.low(cue_end)) || ctx.is_capitalized(cue_end)));
        let coordinated = matches!(lead_word, Some("and" | "but")) || participle || headline_comma || series;
        if coordinated {
            // After "and" or a comma the cue shares the previous statement's subject; after a
            // preposition ("by promising", "while saying") it is the subject of its clause.
            // 'Adding, "..."' opening a sentence continues the sentence before.
            // '"...," Trump said before adding: "..."': after a preposition, the clause's
            // subject, which the statement before it in the sentence names.
            let shares_previous = matches!(lead_word, Some("and" | "but" | ""))
                || lead_word.is_none() && participle && prev.is_some_and(|p| p.sentence < si)
                || participle
                    && matches!(lead_word, Some("before" | "after" | "while" | "when" | "without" | "by"))
                    && prev
                        .is_some_and(|p| p.sentence == si && p.cue.last().is_some_and(|r| r.1 + 1 == before_subject));
            // ", and the ACLU has sued the city, saying ...": a clause with a subject of its
            // own between the previous statement and the participle says it.
            let own_clause = if participle && lead_word == Some("") {
                prev.filter(|p| p.sentence == si)
                    .and_then(|p| p.cue.last().map(|r| r.1))
                    .and_then(|from| {
                        (from..cue).rev().find(|&k| {
                            ctx.is_punct(k, ",")
                                && k + 2 < cue
                                && matches!(ctx.low(k + 1), "and" | "but")
                                && new_clause_at(ctx, s, k + 1)
                        })
                    })
                    .and_then(|k| {
                        main_subject(ctx, &Sentence { first: k + 2, last: s.last, paragraph: s.paragraph }, cue)
                    })
            } else {
                None
            };
            let speaker = match prev {
                _ if own_clause.is_some() => Some((own_clause, None)),
                // A statement without a speaker (a question put by someone unnamed: "Asked
                // ..., Mrs. Clinton shook her head and said") has none to share.
                Some(p) if !after_statement_noun && shares_previous && p.speaker.is_some() => {
                    Some((p.speaker, p.relay))
                }
                // "Claiming X, Trump told Fox ...": the main clause's subject.
                _ if (cue == s.first || perfect) && participle => main_subject(ctx, s, s.last).map(|m| (Some(m), None)),
                _ => issuer_of(ctx, s, cue)
                    .or_else(|| with_subject(ctx, s, cue))
                    .or_else(|| clause_subject(ctx, s, cue))
                    .or_else(|| main_subject(ctx, s, cue))
                    .map(|m| (Some(m), None)),
            };
            if let Some((speaker, relay)) = speaker {
                // "by telling Clinton she had been ...": past the addressee, which relays when
                // it is an outlet ("telling Reuters ...").
                let (addr, start) =
                    if frame == CueFrame::Addressee { addressee(ctx, s, cue_end) } else { (None, cue_end) };
                let relay = relay.or(addr.filter(|a| relaying_addressee(ctx, s, *a)));
                let (content, kind, cstart, cend) = content_after_cue(ctx, s, cue, start, frame)?;
                let frame_r = frame_ranges(s, (cstart, cend));
                return Some(Candidate {
                    content,
                    kind,
                    cue: vec![(cue_start, cue_end)],
                    lemma,
                    speaker,
                    appositive: None,
                    relay,
                    sentence: si,
                    continues_previous: prev.is_some() && !after_statement_noun,
                    frame: frame_r,
                });
            }
            return None;
        }
    }

    // 2. Verb-first or post-positioned cues close a content before them.
    // "The museum, Mr. Obama said, would make ...": the content is the sentence around the
    // attribution.
    if post_positioned
        && let Tail::Parenthetical(comma) = tail
        && before_subject > s.first + 1
        && ctx.is_punct(before_subject - 1, ",")
    {
        let head = clause_start(ctx, s, before_subject - 1);
        let end = content_end(ctx, s, comma + 1);
        let speaker = subj.or_else(|| np_after(ctx, cue_end, s.last));
        if end > comma + 1 && before_subject - 1 > head && speaker.is_some() {
            let has_quote = (head..end).any(|k| matches!(ctx.kind(k), TokenKind::QuoteOpen | TokenKind::QuoteClose));
            return Some(Candidate {
                content: (ctx.tok(head).start, ctx.tok(end - 1).end),
                kind: if has_quote { QuoteKind::Mixed } else { QuoteKind::Indirect },
                cue: vec![(cue_start, cue_end)],
                lemma,
                speaker,
                appositive,
                relay: addr_relay,
                sentence: si,
                continues_previous: false,
                frame: vec![(before_subject - 1, comma + 1)],
            });
        }
    }
    if post_positioned && let Some((content, kind, crange)) = content_before(ctx, s, before_subject) {
        let (speaker, appositive, after_speaker) = match subj {
            Some(sp) => (Some(sp), appositive, cue_end),
            None => match np_after(ctx, cue_end, s.last) {
                Some(sp) => {
                    let (sp, app) = named_in_apposition(ctx, s, sp, appositive_after(ctx, s, sp.1));
                    let after = app.map_or(sp.1, |a| a.1.max(sp.1));
                    (Some(sp), app, after)
                }
                None => (None, None, cue_end),
            },
        };
        speaker?;
        // An interrupted quotation continues after the attribution: `"A," he said, "B."`
        let mut content = content;
        let mut kind = kind;
        let mut hull_end = crange.1;
        // Adverbials may stand between: `"A," Trump said during a rally in Kenansville, N.C., "B."`,
        // and a participle phrase: `"A," Tester said, referring to the excuse, "B."` (but `"A,"
        // he said, adding, "B."` is a statement of its own).
        let k = (after_speaker..s.last.min(after_speaker + 16))
            .take_while(|&j| {
                ctx.is_word(j)
                    && lexicon::cue_lemma(ctx.low(j)).is_none_or(|_| ctx.low(j).ends_with("ing"))
                    && !matches!(ctx.low(j), "and" | "but")
                    || ctx.is_punct(j, ",")
                    || ctx.is_punct(j, "(")
                    || ctx.is_punct(j, ")")
            })
            .last()
            .map_or(after_speaker, |j| j + 1);
        let cue_before_quote = (k.saturating_sub(3).max(after_speaker)..k)
            .any(|j| ctx.is_word(j) && lexicon::cue_lemma(ctx.low(j)).is_some());
        if k < s.last
            && !cue_before_quote
            && ctx.kind(k) == TokenKind::QuoteOpen
            && kind != QuoteKind::Indirect
            && k > 0
            && (ctx.is_punct(k - 1, ",") || ctx.is_punct(k - 1, ":"))
            && let Some(qi) = ctx.quote_opening_at(k)
        {
            let qe = ctx.chain_end(qi);
            content.1 = ctx.quote(qe).close;
            hull_end = ctx.quote(qe).close_token.min(s.last);
            kind = QuoteKind::Direct;
        }
        let mut frame_r = frame_ranges(s, (crange.0, hull_end.max(crange.1)));
        if hull_end > crange.1 {
            frame_r.push((crange.1, hull_end.min(s.last)));
        }
        return Some(Candidate {
            content,
            kind,
            cue: vec![(cue_start, cue_end)],
            lemma,
            speaker,
            appositive,
            relay: addr_relay,
            sentence: si,
            continues_previous: false,
            frame: frame_r,
        });
    }

    // "Said Comey, "...."": a sentence that opens with its cue names the speaker after it.
    if subj.is_none()
        && cue_start == s.first
        && frame != CueFrame::Object
        && lexicon::cue_can_follow_content(lemma)
        && let Some(sp) = np_after(ctx, cue_end, s.last)
    {
        let (sp, app) = named_in_apposition(ctx, s, sp, appositive_after(ctx, s, sp.1));
        let k = app.map_or(sp.1, |a| a.1.max(sp.1));
        if k + 1 < s.last
            && (ctx.is_punct(k, ",") || ctx.is_punct(k, ":"))
            && ctx.kind(k + 1) == TokenKind::QuoteOpen
            && let Some(qi) = ctx.quote_opening_at(k + 1)
        {
            let q = ctx.quote(ctx.chain_end(qi));
            let close = q.close_token.min(s.last);
            return Some(Candidate {
                content: (ctx.tok(k + 1).start, q.close),
                kind: QuoteKind::Direct,
                cue: vec![(cue_start, cue_end)],
                lemma,
                speaker: Some(sp),
                appositive: app,
                relay: None,
                sentence: si,
                continues_previous: false,
                frame: frame_ranges(s, (k + 1, close)),
            });
        }
    }

    // 3. Pre-positioned cue: SUBJ CUE [addressee] [that] CONTENT.
    // A subject too long to read back from the verb ("Friends of Mr. Clinton's who have seen
    // him on the trail recently say", "Kall -- co-editor of ... -- said") is the sentence's
    // main subject, when nothing else that reports stands between.
    let long_subject = || {
        if !matches!(lemma, "say" | "tell") || participle || cue_end >= s.last || ctx.is_punct(cue_end, ",") {
            return None;
        }
        // What follows reads as a clause ("say that ...", "said he ..."), not "said about X".
        let n = ctx.low(cue_end);
        if is_preposition(n) || matches!(n, "and" | "or" | "but" | "so") {
            return None;
        }
        let m = main_subject(ctx, s, cue_start)?;
        // A lone word is a subject only before its appositive ("Kall -- co-editor of ...
        // -- said"), not "Take a look at what ... said".
        if m.1 == m.0 + 1 && ctx.kind(m.1) != TokenKind::Punct {
            return None;
        }
        let blocked = (m.1..cue_start).any(|k| {
            matches!(ctx.kind(k), TokenKind::QuoteOpen | TokenKind::QuoteClose)
                || ctx.is_punct(k, ";")
                || ctx.is_word(k) && !ctx.is_capitalized(k) && lexicon::cue_lemma(ctx.low(k)).is_some()
        });
        (!blocked).then_some(m)
    };
    let speaker = subj.or_else(long_subject)?;
    // "although Lazar confessed, he showed no remorse": the clause after the comma is the
    // sentence's main clause, not what the subordinate clause's subject said.
    if stop > s.first
        && matches!(
            ctx.low(stop - 1),
            "although"
                | "though"
                | "when"
                | "whenever"
                | "while"
                | "after"
                | "before"
                | "because"
                | "since"
                | "once"
                | "until"
                | "if"
                | "unless"
                | "whereas"
        )
        && cue_end + 1 < s.last
        && ctx.is_punct(cue_end, ",")
        && ctx.kind(cue_end + 1) != TokenKind::QuoteOpen
    {
        return None;
    }
    let mut relay = None;
    let mut start = particle_at.map_or(cue_end, |p| p + 1);
    if frame == CueFrame::Addressee {
        let (addr, next) = addressee(ctx, s, start);
        if let Some(a) = addr
            && relaying_addressee(ctx, s, a)
        {
            relay = Some(a);
        }
        start = next;
    }
    // A parenthetical attribution: "The solution, the partner told them, was simple."
    if start + 1 < s.last
        && ctx.is_punct(start, ",")
        && ctx.kind(start + 1) != TokenKind::QuoteOpen
        && !trailing_adjunct_at(ctx, start + 1)
        && speaker.0 >= s.first + 3
        && ctx.is_punct(speaker.0 - 1, ",")
        && ctx.kind(speaker.0 - 2) != TokenKind::QuoteClose
        && lexicon::cue_can_follow_content(lemma)
    {
        let head = clause_start(ctx, s, speaker.0 - 1);
        let end = content_end(ctx, s, start + 1);
        if end > start + 1 && speaker.0 - 1 > head {
            let has_quote = (head..end).any(|k| matches!(ctx.kind(k), TokenKind::QuoteOpen | TokenKind::QuoteClose));
            return Some(Candidate {
                content: (ctx.tok(head).start, ctx.tok(end - 1).end),
                kind: if has_quote { QuoteKind::Mixed } else { QuoteKind::Indirect },
                cue: vec![(cue_start, cue_end)],
                lemma,
                speaker: Some(speaker),
                appositive,
                relay,
                sentence: si,
                continues_previous: false,
                frame: vec![(speaker.0 - 1, start + 1)],
            });
        }
    }
    let (content, kind, cstart, cend) = content_after_cue(ctx, s, cue, start, frame)?;
    let mut cue_ranges = vec![(cue_start, cue_end)];
    cue_ranges.extend(particle_at.map(|p| (p, p + 1)));
    Some(Candidate {
        content,
        kind,
        cue: cue_ranges,
        lemma,
        speaker: Some(speaker),
        appositive,
        relay,
        sentence: si,
        continues_previous: false,
        frame: frame_ranges(s, (cstart, cend)),
    })
}

/// [`content_after`] for the cue at `cue`: in a relative clause ("Clinton, who announced a
/// plan on Monday, plans to focus on jobs") the content closes with the clause, at the comma
/// before the main clause's verb.
fn content_after_cue(
    ctx: &Ctx,
    s: &Sentence,
    cue: usize,
    start: usize,
    frame: CueFrame,
) -> Option<((usize, usize), QuoteKind, usize, usize)> {
    let found = content_after(ctx, s, start, frame)?;
    let (_, _, cstart, cend) = found;
    // "Saying he was tired, the senator left": a participle opening the sentence ends at its
    // comma ("Arguing with reporters, ..." reports no words).
    if opening_participle(ctx, s, cue) == Some(OpeningParticiple::Clause) {
        if is_preposition(ctx.low(cstart)) {
            return None;
        }
        return match (cstart..cend).find(|&k| ctx.is_punct(k, ",") && !ctx.in_quote(k)) {
            Some(comma) => {
                content_after(ctx, &Sentence { first: s.first, last: comma, paragraph: s.paragraph }, start, frame)
            }
            None => Some(found),
        };
    }
    // A cue in a relative clause ("Sanders, who endorsed Clinton, said ...") or in a clause
    // opening the sentence ("Though Sanders has said he'll fight on, Sanders must decide ...")
    // takes no part of the main clause after it.
    let fronted = in_fronted_subordinate_clause(ctx, s, cue);
    if !fronted && !in_relative_clause(ctx, s, cue) {
        return Some(found);
    }
    let verb = |j: usize| {
        j < cend
            && ctx.is_word(j)
            && !ctx.is_capitalized(j)
            && (is_finite_verb(ctx.low(j)) || is_past_predicate(ctx.low(j)))
    };
    match (cstart..cend).find(|&k| {
        ctx.is_punct(k, ",")
            && !ctx.in_quote(k)
            && (verb(k + 1)
                || ctx.low(k + 1).ends_with("ly") && verb(k + 2)
                || fronted
                    && k + 1 < cend
                    && (new_clause_at(ctx, s, k + 1) || matches!(ctx.low(k + 1), "it" | "there")))
    }) {
        Some(close) => {
            content_after(ctx, &Sentence { first: s.first, last: close, paragraph: s.paragraph }, start, frame)
        }
        None => Some(found),
    }
}

/// Whether the quotation closing at token `close` is a title: a few capitalized words after a
/// possessive, a preposition or a kind of work ("channel's "Sunday Morning Futures,"", "on
/// "Meet the Press"", "the show "The Apprentice"").
fn quoted_title(ctx: &Ctx, close: usize) -> bool {
    let Some((open, before)) = word_before_quote(ctx, close) else { return false };
    // 'On NBC's "Meet the Press" and "Fox News Sunday"': a second title after "and".
    let after_title = matches!(before, "and" | "or")
        && open >= 2
        && ctx.kind(open - 2) == TokenKind::QuoteClose
        && ctx.quote_closing_at(open - 2).is_some_and(|qi| ctx.quote(qi).open_token + 1 < open - 2)
        && quoted_title(ctx, open - 2);
    let introduced = after_title
        || before.ends_with("'s")
        || matches!(before, "on" | "in" | "at" | "of" | "to" | "titled" | "called")
        // "the reality show "The Apprentice,"", "his book "Crippled America"".
        || matches!(
            before,
            "show" | "program" | "programme" | "book" | "film" | "movie" | "series" | "documentary" | "album" | "song"
                | "podcast" | "column" | "magazine" | "newspaper" | "memoir" | "novel" | "play"
        );
    introduced && quoted_title_words(ctx, open + 1, close)
}

/// When a quotation that is a title opens at token `k`: the token after it.
fn title_quote_at(ctx: &Ctx, k: usize) -> Option<usize> {
    if ctx.kind(k) != TokenKind::QuoteOpen {
        return None;
    }
    let q = ctx.quote(ctx.quote_opening_at(k)?);
    (q.closed && q.close_token > k + 1 && quoted_title(ctx, q.close_token - 1)).then_some(q.close_token)
}

/// Whether the quotation closing at token `close` is the object of the participle right
/// before it ("Citing "obligations in Tennessee,"", "calling it "a disaster,"" has a word
/// between and is not).
fn participle_object(ctx: &Ctx, close: usize) -> bool {
    word_before_quote(ctx, close).is_some_and(|(_, w)| w.ends_with("ing") && w.len() > 4)
}

/// The opening token of the quotation closing at `close` and the word right before it (none
/// when punctuation or the text's start is there).
fn word_before_quote<'c>(ctx: &'c Ctx, close: usize) -> Option<(usize, &'c str)> {
    let open = ctx.quote(ctx.quote_closing_at(close)?).open_token;
    // "CBS' "Face the Nation"": a plural possessive's apostrophe stands alone.
    if open > 1
        && (ctx.is_punct(open - 1, "'") || ctx.is_punct(open - 1, "’"))
        && ctx.is_word(open - 2)
        && ctx.low(open - 2).ends_with('s')
    {
        return Some((open, "'s"));
    }
    (open > 0 && ctx.is_word(open - 1)).then(|| (open, ctx.low(open - 1)))
}

/// Whether tokens a..b hold one to eight words in title case ("Sunday Morning Futures").
fn quoted_title_words(ctx: &Ctx, a: usize, b: usize) -> bool {
    let words: Vec<usize> = (a..b).filter(|&k| ctx.is_word(k)).collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|&k| {
            ctx.is_capitalized(k)
                || matches!(ctx.low(k), "a" | "an" | "the" | "of" | "and" | "in" | "on" | "to" | "for")
        })
}

/// What follows a cue, for deciding whether the cue closes a content before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// Only adverbials ("on Friday", "told reporters") and maybe a verb-first speaker, then
    /// the sentence end, an interrupted quotation, a participle (", adding ...") or ", according to".
    Ends,
    /// The attribution sits inside the sentence, whose clause resumes after this comma:
    /// "The museum, Mr. Obama said, would make visitors ...".
    Parenthetical(usize),
    /// A clause of its own follows: the content comes after the cue.
    No,
}

/// Classify what follows a cue at `from` (after a verb-first speaker when `verb_first`).
fn attribution_tail(ctx: &Ctx, s: &Sentence, from: usize, verb_first: bool) -> Tail {
    let mut k = from;
    if verb_first {
        match np_after(ctx, from, s.last) {
            Some(sp) => k = appositive_after(ctx, s, sp.1).map_or(sp.1, |a| a.1),
            None => return Tail::No,
        }
    }
    // The first word must open an adverbial; anything else starts a clause of its own
    // ("Sanders said he will ...").
    if k < s.last && ctx.is_word(k) {
        let w = ctx.low(k);
        let adverbial = is_preposition(w)
            || is_time_word(w)
            || w.ends_with("ly")
            || lexicon::month_number(w.trim_end_matches('.')).is_some()
            || matches!(w, "told" | "tells" | "this" | "late" | "early" | "again" | "then" | "repeatedly" | "recently")
            // "..., Obama told his advisers as he labored over the speech."
            || matches!(w, "as" | "while" | "when" | "after" | "before" | "because");
        if !adverbial {
            return Tail::No;
        }
    }
    let start = k;
    while k < s.last {
        if ctx.is_punct(k, ",") {
            let next = k + 1;
            if next >= s.last
                || ctx.kind(next) == TokenKind::QuoteOpen
                // ", adding ...", ", referencing ...": a participle of the speaker's, not the
                // content's clause resuming (as a gerund subject does: ", replacing him would ...").
                || ctx.low(next).ends_with("ing")
                    && !ctx.is_capitalized(next)
                    && !(next + 1..s.last.min(next + 7))
                        .take_while(|&j| ctx.is_word(j))
                        .any(|j| matches!(ctx.low(j), "would" | "will" | "is" | "was" | "could" | "can" | "has" | "may"))
                || ctx.low(next) == "according"
                // ", who also ran as a candidate": a relative clause about the speaker.
                || matches!(ctx.low(next), "who" | "whose")
                // ", although they said ...", ", as they bristled at ...": a clause of the
                // attribution's own.
                || matches!(ctx.low(next), "although" | "though" | "whereas" | "as")
            {
                return Tail::Ends;
            }
            if ctx.is_word(next) && !ctx.is_capitalized(next) && lexicon::cue_lemma(ctx.low(next)).is_none() {
                return Tail::Parenthetical(k);
            }
            // "Despite his "brash on-line personality," Quill wrote, Lazar is a devoted
            // father": the content's own clause resumes with its subject.
            if ctx.is_capitalized(next) && new_clause_at(ctx, s, next) {
                return Tail::Parenthetical(k);
            }
        } else if let Some(after) = title_quote_at(ctx, k) {
            // 'he said on MSNBC's "Morning Joe."': a programme's name, not a quotation.
            k = after;
            continue;
        } else if !ctx.is_word(k) {
            // The sentence's final punctuation.
            return if (k + 1..s.last).all(|j| !ctx.is_word(j)) { Tail::Ends } else { Tail::No };
        } else if lexicon::cue_lemma(ctx.low(k)).is_some() && ctx.low(k) != "told" || ctx.low(k) == "that" {
            return Tail::No;
        }
        if k - start > 14 {
            return Tail::No;
        }
        k += 1;
    }
    Tail::Ends
}

/// The name a relative clause or participle gives in tokens `a..b`: "who goes by the name
/// Tikal Goldie", "known as Star", "named Alisha Hessler", and nothing after the name.
fn name_given_in(ctx: &Ctx, (a, b): Range) -> Option<Range> {
    let mut k = a;
    if k < b && ctx.low(k) == "who" {
        k += 1;
        if k < b && matches!(ctx.low(k), "is" | "was" | "goes" | "went" | "go") {
            k += 1;
        }
    }
    // The longest phrase that introduces a name (a name must follow it).
    const INTRODUCERS: &[&[&str]] =
        &[&["by", "the", "name"], &["also", "known", "as"], &["known", "as"], &["by"], &["named"], &["called"]];
    let opens = |p: &[&str]| k + p.len() < b && p.iter().enumerate().all(|(n, w)| ctx.low(k + n) == *w);
    let intro = INTRODUCERS.iter().find(|p| opens(p))?;
    let k = k + intro.len();
    (k..b).all(|j| ctx.is_capitalized(j)).then_some((k, b))
}

/// Token ranges of the sentence outside `content`.
/// Only the stretch near the content is kept (a sentence with no full stops may run for
/// thousands of words; a date or relay of this statement is never far from it).
fn frame_ranges(s: &Sentence, content: Range) -> Vec<Range> {
    const REACH: usize = 60;
    let mut v = Vec::new();
    if content.0 > s.first {
        v.push((s.first.max(content.0.saturating_sub(REACH)), content.0));
    }
    if content.1 < s.last {
        v.push((content.1, s.last.min(content.1 + REACH)));
    }
    v
}

/// The person's name a short phrase ends with: two to four capitalized words that are no
/// titles, after nothing but titles and "former" ("former Sen. Evan Bayh"), before a party tag
/// in brackets ("Sen. Joe Lieberman (I-Conn.)").
fn person_name_in(ctx: &Ctx, (a, b): Range) -> Option<Range> {
    let title = |k: usize| lexicon::contains(lexicon::TITLES, ctx.low(k).trim_end_matches('.'));
    let mut b = b;
    if b > a + 1 && ctx.is_punct(b - 1, ")") {
        let open = (a..b - 1).rev().take(6).find(|&k| ctx.is_punct(k, "("))?;
        b = open;
    }
    let start = (a..b).rev().take_while(|&k| ctx.is_capitalized(k) && !title(k)).last()?;
    // Before the name, titles and their qualifiers: "former", a place ("Vermont Sen.").
    let modifier = |k: usize| title(k) || matches!(ctx.low(k), "former" | "the" | "then" | "late");
    let words: Vec<usize> = (a..start).filter(|&k| ctx.is_word(k)).collect();
    // "longtime Hillary Clinton aide Huma Abedin": a noun for a person right before the name
    // is the role, whatever qualifies it.
    let role_noun = words.last().is_some_and(|&k| lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(k)))
        && words.len() <= 6
        && words.len() == start - a;
    ((2..=4).contains(&(b - start))
        && (role_noun
            || words.iter().all(|&k| modifier(k) || ctx.is_capitalized(k))
                && words.last().is_none_or(|&k| modifier(k))))
    .then_some((start, b))
}

/// A verb-first description named by its appositive: `said Clinton's communications director,
/// Jennifer Palmieri, adding ...` — the name speaks, the description is its role. Returns the
/// speaker and the appositive (unchanged when the appositive is no name).
fn named_in_apposition(ctx: &Ctx, s: &Sentence, sp: Range, app: Option<Range>) -> (Range, Option<Range>) {
    // "said a former spokesman for the party, Oleg Voloshyn": past whom the role serves.
    let mut role_end = sp.1;
    if role_end < s.last && matches!(ctx.low(role_end), "for" | "of" | "at" | "to" | "with") {
        role_end = (role_end + 1..s.last.min(role_end + 7)).find(|&k| !ctx.is_word(k)).unwrap_or(s.last);
    }
    if role_end + 1 >= s.last || !ctx.is_punct(role_end, ",") {
        return (sp, app);
    }
    let start = role_end + 1;
    let end = (start..s.last).find(|&k| !ctx.is_word(k)).unwrap_or(s.last);
    let closed = end == s.last || ctx.is_punct(end, ",") || ctx.is_punct(end, ".");
    match person_name_in(ctx, (start, end)) {
        Some(name) if closed && !ctx.is_capitalized(sp.1 - 1) => (name, Some((sp.0, role_end))),
        _ => (sp, app),
    }
}

/// Appositive after a verb-first speaker: `said Edward Leamer, an economist at UCLA.`
fn appositive_after(ctx: &Ctx, s: &Sentence, end: usize) -> Option<Range> {
    let mut found = None;
    let mut at = end;
    // Appositives may follow one another: "a former spokesman, Oleg Voloshyn, who also ran".
    while let Some(k) = one_appositive_after(ctx, s, at, found.is_none()) {
        found = Some((end, k));
        at = k;
    }
    found
}

/// One appositive starting with the comma at `end`: a determiner phrase (which may hold a
/// relative clause: "an expert who has written books"), a relative clause, or — after a
/// description, `first` false — a name.
fn one_appositive_after(ctx: &Ctx, s: &Sentence, end: usize, first: bool) -> Option<usize> {
    if end + 1 >= s.last || !ctx.is_punct(end, ",") {
        return None;
    }
    let w = ctx.low(end + 1);
    let name = !first && ctx.is_capitalized(end + 1);
    // A role without an article: "founder of the party", "director of ...".
    let role = !ctx.is_capitalized(end + 1)
        && (lexicon::contains(lexicon::TITLES, w)
            || lexicon::contains(lexicon::PERSON_NOUNS, w)
            || matches!(w, "former" | "senior" | "chief" | "executive" | "deputy" | "longtime"));
    if !(lexicon::contains(lexicon::DETERMINERS, w) || matches!(w, "who" | "which") || name || role) {
        return None;
    }
    let mut relative = matches!(w, "who" | "which");
    let mut k = end + 1;
    while k < s.last && !ctx.is_punct(k, ",") && ctx.kind(k) != TokenKind::QuoteOpen && !ctx.is_punct(k, ".") {
        if name && !ctx.is_capitalized(k) {
            return None;
        }
        relative |= k > end + 1 && matches!(ctx.low(k), "who" | "which" | "whose");
        // A noun-phrase appositive is short and has no verb of its own ("the Boeing
        // has flown ..." after "According to F.A.A. records," is the content).
        if !relative && (k - end > 10 || lexicon::contains(lexicon::AUXILIARIES, ctx.low(k))) {
            return None;
        }
        if k - end > 30 {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// The addressee after "told"/"assured": (its range, where the content starts).
fn addressee(ctx: &Ctx, s: &Sentence, start: usize) -> (Option<Range>, usize) {
    // A programme by its quoted title: "told "Good Morning America" on Monday ...".
    if start < s.last
        && ctx.kind(start) == TokenKind::QuoteOpen
        && let Some(qi) = ctx.quote_opening_at(start)
        && ctx.quote(qi).close_token <= s.last
        && ctx.quote(qi).close_token - start <= 8
        && quoted_title_words(ctx, start + 1, ctx.quote(qi).close_token - 1)
    {
        let end = ctx.quote(qi).close_token;
        return (Some((start, end)), end);
    }
    if start >= s.last || !ctx.is_word(start) {
        return (None, start);
    }
    let w = ctx.low(start);
    // "told Us Weekly", "told People magazine": a name, not a pronoun or "people".
    let named = ctx.is_capitalized(start)
        && start + 1 < s.last
        && (ctx.is_capitalized(start + 1) || lexicon::contains(lexicon::OUTLET_NOUNS, ctx.low(start + 1)));
    if !named
        && (matches!(w, "him" | "her" | "them" | "me" | "us" | "you") || lexicon::contains(lexicon::PERSON_NOUNS, w))
    {
        return (Some((start, start + 1)), start + 1);
    }
    let mut end = start;
    // "told magazine Der Spiegel": an outlet noun before the outlet's name.
    let outlet_noun =
        lexicon::contains(lexicon::OUTLET_NOUNS, w) && start + 1 < s.last && ctx.is_capitalized(start + 1);
    if ctx.is_capitalized(start) || outlet_noun {
        if outlet_noun {
            end += 1;
        }
        // "told German magazine Der Spiegel", "told Russian news agency TASS".
        let outlet_word = |k: usize| ctx.low(k) == "news" || lexicon::contains(lexicon::OUTLET_NOUNS, ctx.low(k));
        while end < s.last
            && (ctx.is_capitalized(end)
                || matches!(ctx.low(end), "of" | "the" | "&") && end + 1 < s.last && ctx.is_capitalized(end + 1)
                // "told FOX 2 News": a channel's number inside the name.
                || end > start
                    && ctx.is_word(end)
                    && ctx.low(end).len() <= 2
                    && ctx.low(end).bytes().all(|b| b.is_ascii_digit())
                    && end + 1 < s.last
                    && ctx.is_capitalized(end + 1)
                || outlet_word(end)
                    && (end + 1 < s.last && ctx.is_capitalized(end + 1)
                        || end + 2 < s.last && outlet_word(end + 1) && ctx.is_capitalized(end + 2)))
        {
            end += 1;
        }
        // "told People magazine", "told Der Spiegel newspaper".
        if end > start && end < s.last && lexicon::contains(lexicon::OUTLET_NOUNS, ctx.low(end)) {
            end += 1;
        }
        // "told VOA Pentagon correspondent Carla Babb": an outlet's journalist, by role and name.
        if end > start
            && let Some(role_end) = (end..s.last.min(end + 4)).find(|&k| {
                lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(k)) && k + 1 < s.last && ctx.is_capitalized(k + 1)
            })
            && (end..role_end).all(|k| ctx.is_word(k) && !ctx.is_capitalized(k))
            && is_outlet(ctx, (start, end))
        {
            let mut e = role_end + 1;
            while e < s.last && ctx.is_capitalized(e) && e - role_end <= 3 {
                e += 1;
            }
            return (Some((start, e)), e);
        }
        // "told NBC's Today show that ...": the programme's noun closes its name.
        if end > start && end < s.last && matches!(ctx.low(end), "show" | "program" | "programme" | "podcast") {
            end += 1;
        }
        // A station's number: "told ABC 7 that ...", "told Channel 4".
        if end + 1 < s.last
            && ctx.is_word(end)
            && ctx.low(end).len() <= 2
            && ctx.low(end).bytes().all(|b| b.is_ascii_digit())
            && (!ctx.is_word(end + 1) || ctx.low(end + 1) == "that" || is_preposition(ctx.low(end + 1)))
        {
            end += 1;
        }
    } else if lexicon::contains(lexicon::DETERMINERS, w) {
        end = start + 1;
        while end < s.last
            && ctx.is_word(end)
            && end - start < 10
            && !matches!(ctx.low(end), "that" | "he" | "she" | "they" | "it" | "the")
            // "told his advisers as he labored": a subordinate clause ends the addressee.
            && !matches!(ctx.low(end), "as" | "while" | "when" | "after" | "before" | "because")
        {
            // "told one of his young protégés ...": a part of a group.
            if ctx.low(end) == "of"
                && end + 1 < s.last
                && (lexicon::contains(lexicon::DETERMINERS, ctx.low(end + 1)) || ctx.is_capitalized(end + 1))
            {
                end += 2;
                continue;
            }
            // "told the BBC on Tuesday": the addressee ends before a preposition or a date.
            // ("told the Post": a name is no verb.)
            // "told the Victoria Derbyshire TV show": the programme's noun closes its name.
            if matches!(ctx.low(end), "show" | "program" | "programme")
                && (ctx.is_capitalized(end - 1) || matches!(ctx.low(end - 1), "tv" | "radio"))
            {
                end += 1;
                break;
            }
            if lexicon::cue_lemma(ctx.low(end)).is_some() && !ctx.is_capitalized(end)
                || lexicon::contains(lexicon::AUXILIARIES, ctx.low(end))
                || is_preposition(ctx.low(end))
                || is_time_word(ctx.low(end))
            {
                // "told the committee the plan was dead": stop before a verb-like word.
                break;
            }
            end += 1;
        }
    } else {
        return (None, start);
    }
    // "told a tale of two parties", "told the truth": what is told, not whom.
    if end == start
        || (start..end).any(|k| matches!(ctx.low(k), "tale" | "story" | "stories" | "truth" | "lie" | "lies" | "joke"))
    {
        return (None, start);
    }
    // "told Bill O'Reilly of Fox News, that ...": a comma before the complementizer.
    let next = if end + 1 < s.last && ctx.is_punct(end, ",") && ctx.low(end + 1) == "that" { end + 1 } else { end };
    (Some((start, end)), next)
}

/// Content after a pre-positioned cue starting at `start`: skips adverbials, "that", a colon.
/// Returns (byte span, kind, first token, end token).
fn content_after(
    ctx: &Ctx,
    s: &Sentence,
    start: usize,
    frame: CueFrame,
) -> Option<((usize, usize), QuoteKind, usize, usize)> {
    let mut i = start;
    // Skip short adverbials before "that" or a colon/quote: "said on Friday that",
    // "said in a statement:", "told reporters at the White House that".
    let mut j = i;
    while j < s.last && j < i + 10 {
        // 'said on "Fox News Sunday" that': a programme's name is part of the adverbial.
        if let Some(after) = title_quote_at(ctx, j) {
            j = after;
            continue;
        }
        if ctx.low(j) == "that" || ctx.is_punct(j, ":") || ctx.kind(j) == TokenKind::QuoteOpen {
            break;
        }
        if !ctx.is_word(j) && !ctx.is_punct(j, ",") {
            break;
        }
        j += 1;
    }
    // "that's good news" opens with a pronoun, not a complementizer.
    // Nor is "that observation," before punctuation: a demonstrative.
    let complementizer = |j: usize| {
        ctx.low(j) == "that"
            && !(j + 1 < s.last && ctx.low(j + 1).starts_with('\''))
            && !(j + 2 < s.last
                && ctx.is_word(j + 1)
                && !ctx.is_capitalized(j + 1)
                && ctx.kind(j + 2) == TokenKind::Punct)
    };
    if j < s.last && j < i + 10 && (complementizer(j) || ctx.is_punct(j, ":")) && adverbial_span(ctx, i, j) {
        i = j + 1;
    } else if j < s.last && ctx.kind(j) == TokenKind::QuoteOpen && adverbial_span(ctx, i, j) {
        // (A title's quotation was stepped over above.)
        i = j;
    } else if i < s.last && (ctx.is_punct(i, ",") || ctx.is_punct(i, ":")) {
        i += 1;
    }
    // 'said on "State of the Union" Obama's plan could work': the programme it was said on is
    // no part of what was said.
    if i + 1 < s.last
        && matches!(ctx.low(i), "on" | "in")
        && let Some(after) = title_quote_at(ctx, i + 1)
        && after < s.last
        && ctx.is_word(after)
    {
        i = after;
    }
    // "told "Good Morning America" on Monday the tone was cordial": a date before the content
    // dates the saying and is no part of what was said.
    if matches!(frame, CueFrame::Clause | CueFrame::Addressee) {
        let k = skip_time_forward(ctx, s, i);
        if k > i && k < s.last && ctx.is_word(k) && !ctx.is_capitalized(k) && !is_preposition(ctx.low(k)) {
            i = k;
        }
    }
    // "told his audience, to rowdy applause: ¶ "..."": an adverbial before a sentence-final
    // colon is skipped.
    if i + 1 < s.last
        && s.last - 1 - i <= 6
        && ctx.is_punct(s.last - 1, ":")
        && (is_preposition(ctx.low(i)) || adverbial_span(ctx, i, s.last - 1))
        && (i..s.last - 1).all(|k| ctx.is_word(k))
    {
        i = s.last;
    }
    // "Kasich resisted: ¶ "Ohio governors do not ..."": a colon that ends the sentence hands
    // over to the quotation opening the next paragraph.
    if i == s.last
        && i > 0
        && ctx.is_punct(i - 1, ":")
        && i < ctx.seg.tokens.len()
        && ctx.kind(i) == TokenKind::QuoteOpen
        && let Some(qi) = ctx.quote_opening_at(i)
        && ctx.quote(qi).closed
    {
        let q = ctx.quote(ctx.chain_end(qi));
        return Some(((ctx.quote(qi).open, q.close), QuoteKind::Direct, i, q.close_token));
    }
    if i >= s.last {
        return None;
    }
    // "as saying" in relay patterns has been consumed by the caller.
    let mut end = content_end(ctx, s, i);
    if frame == CueFrame::Object {
        end = object_end(ctx, s, i, end);
    }
    // "after half said so in the earlier poll": "so" stands for the whole content.
    if ctx.low(i) == "so"
        && end > i + 1
        && (is_preposition(ctx.low(i + 1)) || is_time_word(ctx.low(i + 1)) || !ctx.is_word(i + 1))
    {
        end = i + 1;
    }
    if end <= i {
        return None;
    }
    // Direct when the content is exactly one quotation chain.
    let mut kind = QuoteKind::Indirect;
    let mut content = ctx.bytes((i, end));
    if ctx.kind(i) == TokenKind::QuoteOpen
        && let Some(qi) = ctx.quote_opening_at(i)
    {
        let qe = ctx.chain_end(qi);
        let q = ctx.quote(qe);
        if q.close_token >= end || q.close_token + 1 >= end || qe != qi {
            kind = QuoteKind::Direct;
            content = (ctx.quote(qi).open, q.close.max(content.1));
        }
    }
    if kind == QuoteKind::Indirect
        && (i..end).any(|k| matches!(ctx.kind(k), TokenKind::QuoteOpen | TokenKind::QuoteClose))
    {
        kind = QuoteKind::Mixed;
    }
    Some((content, kind, i, end))
}

/// Where the object of an object-frame cue ends: "endorsed Clinton | on Thursday", "praised
/// Obama | after the meeting", "voted for Obama | in 2012 but ...", "laid out an agenda | at
/// a news conference". Quotations are kept whole.
fn object_end(ctx: &Ctx, s: &Sentence, from: usize, end: usize) -> usize {
    let date_like = |k: usize| {
        k < end
            && (is_time_word(ctx.low(k))
                || ctx.low(k).starts_with(|c: char| c.is_ascii_digit())
                || lexicon::month_number(ctx.low(k).trim_end_matches('.')).is_some() && ctx.is_capitalized(k)
                || matches!(ctx.low(k), "this" | "next" | "early" | "late"))
    };
    let statement_noun = |k: usize| {
        (k..(k + 3).min(end))
            .any(|j| lexicon::contains(lexicon::STATEMENT_NOUNS, ctx.low(j)) || ctx.low(j) == "conference")
    };
    // "proposed X and has gone so far as ...", "praised X and embraced his argument": the
    // subject's next predicate, not a second object ("praised X and armed forces").
    let next_predicate = |k: usize| {
        k + 1 < end
            && ctx.is_word(k)
            && !ctx.is_capitalized(k)
            && (lexicon::contains(lexicon::AUXILIARIES, ctx.low(k))
                || is_past_predicate(ctx.low(k))
                    && (ctx.is_capitalized(k + 1)
                        || lexicon::contains(lexicon::DETERMINERS, ctx.low(k + 1))
                        || matches!(ctx.low(k + 1), "that" | "to" | "him" | "her" | "them" | "it" | "for")))
    };
    let mut k = from + 1;
    while k < end {
        if ctx.in_quote(k) {
            k += 1;
            continue;
        }
        let w = ctx.low(k);
        // "called Mr. Obama's remarks on Saturday "a true wake-up call"": the date sits
        // between the object and its quoted complement.
        let complement_follows = || (k + 1..(k + 4).min(end)).any(|j| ctx.kind(j) == TokenKind::QuoteOpen);
        // A dash opens an aside, and so do a spaced hyphen and a bracket after a quotation or
        // before a participle: "called it ''total political crap'' -- one question ...",
        // "called them "rapists" (although he ...)", "a "thousand flowers" approach - working".
        let after_quote = k > from && ctx.kind(k - 1) == TokenKind::QuoteClose;
        let participle_next = k + 1 < end && !ctx.is_capitalized(k + 1) && ctx.low(k + 1).ends_with("ing");
        let cut = ctx.is_punct(k, "—")
            || ctx.is_punct(k, "–")
            || (ctx.is_punct(k, "-") || ctx.is_punct(k, "--")) && (after_quote || participle_next)
            || ctx.is_punct(k, "(") && after_quote
            || ctx.is_punct(k, ";")
            || w == "but"
            || matches!(w, "after" | "during" | "before" | "while" | "because" | "since" | "when")
            || matches!(w, "on" | "in" | "at" | "last" | "this")
                && (date_like(k + 1) || date_like(k))
                && !complement_follows()
            || matches!(w, "in" | "at" | "during" | "on") && statement_noun(k + 1)
            || w == "and" && next_predicate(k + 1)
            || w == "as" && k + 1 < end && new_clause_at(ctx, s, k + 1);
        if cut {
            let mut e = k;
            while e > from && (ctx.is_punct(e - 1, ",") || ctx.is_punct(e - 1, "-")) {
                e -= 1;
            }
            return e;
        }
        k += 1;
    }
    end
}

/// Where the particle of a particle-only cue stands after adverbials: "spoke at the White
/// House on Tuesday about", "talked openly on social media about", "spoke favorably of".
fn distant_particle(ctx: &Ctx, s: &Sentence, i: usize, lemma: &str) -> Option<usize> {
    let p = (i + 2..s.last.min(i + 12))
        .take_while(|&k| ctx.is_word(k) && !matches!(ctx.low(k), "and" | "or" | "but" | "that"))
        .find(|&k| lexicon::PHRASAL_CUES.iter().any(|(l, p)| *l == lemma && ctx.low(k) == *p))?;
    let words_only = (i + 1..p).all(|k| ctx.is_capitalized(k) || lexicon::cue_lemma(ctx.low(k)).is_none());
    let fits = match ctx.low(p) {
        // "of" binds to a noun before it ("on condition of anonymity"): only adverbs between.
        "of" => (i + 1..p).all(|k| ctx.low(k).ends_with("ly") && !ctx.is_capitalized(k)),
        // "spoke for about five minutes": an approximation, not a topic.
        "about" => {
            p + 1 < s.last
                && !ctx.low(p + 1).starts_with(|c: char| c.is_ascii_digit())
                && !is_quantity_word(ctx.low(p + 1))
                && adverbial_span(ctx, i + 1, p)
        }
        _ => false,
    };
    (words_only && fits).then_some(p)
}

/// Whether tokens a..b are an adverbial that may separate a cue from its content.
fn adverbial_span(ctx: &Ctx, a: usize, b: usize) -> bool {
    if a == b {
        return true;
    }
    let first = ctx.low(a);
    // "warned of serious measures to counteract that": a complement, not an adverbial. "to"
    // followed by a verb marks one too; "to Reuters", "to the press" are adverbials.
    let infinitive = (a..b).any(|k| {
        ctx.low(k) == "to"
            && k + 1 < b
            && !ctx.is_capitalized(k + 1)
            && !lexicon::contains(lexicon::DETERMINERS, ctx.low(k + 1))
    });
    if first == "of" || infinitive {
        return false;
    }
    (b - a <= 9)
        && (is_preposition(first)
            // "said after a lunch on Tuesday that ...".
            || matches!(first, "after" | "before")
            || is_time_word(first)
            || first.ends_with("ly")
            || lexicon::WEEKDAYS.contains(&first)
            || ctx.is_punct(a, ",")
            || lexicon::month_number(first).is_some())
}

/// "according to X, CONTENT" / "CONTENT, according to X".
fn according_candidate(ctx: &Ctx, s: &Sentence, si: usize, i: usize, prev: &[Candidate]) -> Option<Candidate> {
    let np_start = i + 2;
    let np = np_after_according(ctx, s, np_start)?;
    // "X said ..., according to R": R relays an existing statement of this sentence.
    // (Not an aside in brackets: "(the number is closer to 15 percent, according to
    // Factcheck.org)" is the outlet's own statement.)
    let bracket = (s.first..i)
        .rev()
        .take(40)
        .find(|&k| ctx.is_punct(k, "(") || ctx.is_punct(k, ")"))
        .filter(|&k| ctx.is_punct(k, "("));
    let in_brackets = bracket.is_some();
    if let Some(last) = prev.last()
        && is_outlet(ctx, np)
        && last.relay.is_none()
        && i > s.first
        && ctx.is_punct(i - 1, ",")
        && !in_brackets
    {
        // The caller cannot mutate; signal through a relay-only candidate is awkward, so
        // trailing relays are attached in `attach_trailing_relay`.
        return None;
    }
    let cue = vec![(i, i + 2)];
    // Leading: only conjunctions and punctuation before it ("But, according to", "(According
    // to"), or it opens the clause after a colon.
    let leading = (s.first..i).all(|k| !ctx.is_word(k) || matches!(ctx.low(k), "but" | "and" | "so" | "yet" | "still"))
        || i > s.first && ctx.is_punct(i - 1, ":");
    if leading {
        // Leading: content after the comma that ends the source phrase.
        let mut k = np.1;
        // "According to Smith, a doctor, the wards ...": an appositive is closed by a comma
        // before the content; otherwise what follows the comma is the content itself.
        let app = appositive_after(ctx, s, np.1).filter(|a| a.1 < s.last && ctx.is_punct(a.1, ","));
        if let Some(a) = app {
            k = a.1;
        }
        if k < s.last && ctx.is_punct(k, ",") {
            k += 1;
        }
        let end = content_end(ctx, s, k);
        if end <= k {
            return None;
        }
        let mut kind = QuoteKind::Indirect;
        if (k..end).any(|x| matches!(ctx.kind(x), TokenKind::QuoteOpen | TokenKind::QuoteClose)) {
            kind = if ctx.kind(k) == TokenKind::QuoteOpen && ctx.kind(end - 1) == TokenKind::QuoteClose {
                QuoteKind::Direct
            } else {
                QuoteKind::Mixed
            };
        }
        return Some(Candidate {
            content: ctx.bytes((k, end)),
            kind,
            cue,
            lemma: "according to",
            speaker: Some(np),
            appositive: app,
            relay: None,
            sentence: si,
            continues_previous: false,
            frame: frame_ranges(s, (k, end)),
        });
    }
    // Parenthetical: "The implication, according to the aide, is that ...", "Now, according
    // to the poll, some are swinging": the sentence around it is the content.
    // An appositive that runs to the sentence's end ("..., according to a lawsuit filed by
    // Yulia Tymoshenko, a former prime minister.") closes the attribution: it is trailing.
    let after = match appositive_after(ctx, s, np.1) {
        Some(a) if a.1 < s.last && ctx.is_punct(a.1, ",") => a.1,
        Some(_) => s.last,
        None => np.1,
    };
    if i > s.first
        && ctx.is_punct(i - 1, ",")
        && after + 1 < s.last
        && ctx.is_punct(after, ",")
        && (ctx.is_word(after + 1) || ctx.is_punct(after + 1, "$"))
        && !trailing_adjunct_at(ctx, after + 1)
    {
        let head = clause_start(ctx, s, i - 1);
        let end = content_end(ctx, s, after + 1);
        if end > after + 1 && i - 1 > head {
            let has_quote = (head..end).any(|k| matches!(ctx.kind(k), TokenKind::QuoteOpen | TokenKind::QuoteClose));
            return Some(Candidate {
                content: (ctx.tok(head).start, ctx.tok(end - 1).end),
                kind: if has_quote { QuoteKind::Mixed } else { QuoteKind::Indirect },
                cue,
                lemma: "according to",
                speaker: Some(np),
                appositive: None,
                relay: None,
                sentence: si,
                continues_previous: false,
                frame: vec![(i - 1, after + 1)],
            });
        }
    }
    // Trailing: content is the clause before (inside the brackets, when in them).
    let inner = Sentence { first: bracket.map_or(s.first, |b| b + 1), ..*s };
    let (content, kind, crange) = content_before(ctx, &inner, i)?;
    Some(Candidate {
        content,
        kind,
        cue,
        lemma: "according to",
        speaker: Some(np),
        appositive: appositive_after(ctx, s, np.1),
        relay: None,
        sentence: si,
        continues_previous: false,
        frame: frame_ranges(s, crange),
    })
}

fn np_after_according(ctx: &Ctx, s: &Sentence, start: usize) -> Option<Range> {
    let mut end = start;
    loop {
        // A quoted title belongs to the source: "E. J. Fleming's "The Fixers" and other sources".
        if end < s.last
            && end > start
            && ctx.kind(end) == TokenKind::QuoteOpen
            && let Some(qi) = ctx.quote_opening_at(end)
            && ctx.quote(qi).closed
            && ctx.quote(qi).close_token <= s.last
            && ctx.quote(qi).close_token - end <= 15
        {
            end = ctx.quote(qi).close_token;
            continue;
        }
        // A web address is one name: "according to Factcheck.org".
        if end > start && end + 1 < s.last && ctx.joins_web_address(end) {
            end += 2;
            continue;
        }
        // The name's short form belongs to it: "according to the Centers for Disease Control
        // (CDC) in the US, ...".
        if end > start && end < s.last && ctx.is_punct(end, "(") {
            match (end + 1..s.last.min(end + 5)).find(|&k| ctx.is_punct(k, ")")) {
                Some(close) if (end + 1..close).all(|k| ctx.is_word(k)) && close > end + 1 => {
                    end = close + 1;
                    continue;
                }
                _ => break,
            }
        }
        if end >= s.last || !ctx.is_word(end) || lexicon::contains(lexicon::SUBJECT_STOPS, ctx.low(end)) {
            break;
        }
        end += 1;
        // "early results of the exit polls conducted for the Associated Press and television
        // networks by Edison Research": sources can be long.
        if end - start > 24 {
            return None;
        }
    }
    (end > start).then_some((start, end))
}

/// "his claim that C", "Trump's insistence that C": the owner speaks.
fn noun_candidate(ctx: &Ctx, s: &Sentence, si: usize, noun: usize) -> Option<Candidate> {
    let owner = noun - 1;
    let speaker = match ctx.low(owner) {
        // The possessive pronoun stands for its subject form, resolved like any pronoun.
        "his" | "her" | "their" | "its" => (owner, owner + 1),
        _ => {
            let mut a = owner;
            while a > s.first && ctx.is_capitalized(a - 1) && noun - a < 5 {
                a -= 1;
            }
            (a, owner + 1)
        }
    };
    let start = noun + 2;
    let end = content_end(ctx, s, start);
    if end <= start {
        return None;
    }
    let has_quote = (start..end).any(|k| matches!(ctx.kind(k), TokenKind::QuoteOpen | TokenKind::QuoteClose));
    Some(Candidate {
        content: ctx.bytes((start, end)),
        kind: if has_quote { QuoteKind::Mixed } else { QuoteKind::Indirect },
        cue: vec![(noun, noun + 1)],
        lemma: "claim",
        speaker: Some(speaker),
        appositive: None,
        relay: None,
        sentence: si,
        continues_previous: false,
        frame: frame_ranges(s, (start, end)),
    })
}

/// "R reported/quoted/cited X as saying C" and "X was quoted/cited by R as saying C".
fn relay_candidate(ctx: &Ctx, s: &Sentence, si: usize, verb: usize, lemma: &'static str) -> Option<Candidate> {
    let saying = find_as_saying(ctx, s, verb + 1)?;
    let as_tok = saying - 1;
    let passive = verb > s.first && matches!(ctx.low(verb - 1), "was" | "were" | "is" | "are" | "been" | "be");
    let (speaker, relay, appositive, subject_start) = if passive {
        // X was quoted [by R] as saying.
        let aux = verb - 1;
        let (subj, app, _) = subject_of(ctx, s, aux + 1);
        let subj = subj.or_else(|| np_before(ctx, s.first, skip_aux_back(ctx, s.first, aux)))?;
        let relay = if ctx.low(verb + 1) == "by" || ctx.low(verb + 1) == "in" {
            Some((verb + 2, as_tok)).filter(|r| r.1 > r.0)
        } else {
            None
        };
        (subj, relay, app, subj.0)
    } else {
        // R reported X as saying.
        let (subj, _, _) = subject_of(ctx, s, verb);
        let sp = (verb + 1, as_tok);
        if sp.1 <= sp.0 {
            return None;
        }
        (sp, subj, None, subj.map_or(verb, |r| r.0))
    };
    let cue = if passive {
        let by = if relay.is_some() { verb + 2 } else { verb + 1 };
        vec![(skip_aux_back(ctx, s.first, verb), by), (as_tok, saying + 1)]
    } else {
        vec![(verb, verb + 1), (as_tok, saying + 1)]
    };
    // ""We never did that," TASS quoted Peskov as saying.": the content comes first when
    // nothing follows the pattern.
    let ends_here = trim_punct_back(ctx, s.first, s.last) <= skip_time_forward(ctx, s, saying + 1);
    let (content, kind, cstart, cend) = if ends_here {
        let (content, kind, r) = content_before(ctx, s, subject_start)?;
        (content, kind, r.0, r.1)
    } else {
        content_after(ctx, s, saying + 1, CueFrame::Clause)?
    };
    let mut frame = frame_ranges(s, (cstart, cend));
    // The words between "as saying" and the content are part of the frame (dates).
    frame.retain(|r| r.0 != r.1);
    Some(Candidate {
        content,
        kind,
        cue,
        lemma: match lemma {
            "cite" => "cite",
            "quote" => "quote",
            _ => "report",
        },
        speaker: Some(speaker),
        appositive,
        relay,
        sentence: si,
        continues_previous: false,
        frame,
    })
}

/// "..., TASS reported." or "..., according to Reuters." after a statement: a relay for the
/// statements of the sentence that have none.
fn attach_trailing_relay(ctx: &Ctx, s: &Sentence, cands: &mut [Candidate]) {
    // Find a final ", according to R." or ", R reported." where R is an outlet.
    let end = trim_punct_back(ctx, s.first, s.last);
    // "(the actual number is closer to 15 percent, according to Factcheck.org).": an aside in
    // brackets is the writer's, not the carrier of the sentence's statements.
    if (end..s.last).any(|k| ctx.is_punct(k, ")")) {
        return;
    }
    let mut relay = None;
    for c in (s.first..end).rev() {
        if ctx.is_punct(c, ",") {
            let tail = (c + 1, end);
            if tail.1 > tail.0 + 2 && ctx.low(tail.0) == "according" && ctx.low(tail.0 + 1) == "to" {
                let r = (tail.0 + 2, tail.1);
                // "..., according to an Associated Press count": the outlet's figure, not the
                // carrier of what the sentence's speakers said.
                let figure = names_a_figure(ctx, r);
                if is_outlet(ctx, r) && !figure {
                    relay = Some(r);
                }
            } else if tail.1 > tail.0 + 1 && matches!(ctx.low(tail.1 - 1), "reported" | "reports") {
                let r = (tail.0, tail.1 - 1);
                if is_outlet(ctx, r) {
                    relay = Some(r);
                }
            }
            break;
        }
    }
    if let Some(r) = relay {
        for c in cands.iter_mut() {
            if c.relay.is_none() && c.speaker.is_some_and(|sp| sp != r) {
                c.relay = Some(r);
            }
        }
    }
    // "according to industry sources cited by Taiwanese publication DigiTimes": the sources
    // speak, through the outlet.
    for c in cands.iter_mut().filter(|c| c.relay.is_none()) {
        let Some((a, b)) = c.speaker else { continue };
        if let Some(k) = (a + 1..b.saturating_sub(2))
            .find(|&k| matches!(ctx.low(k), "cited" | "quoted" | "reported") && ctx.low(k + 1) == "by")
            && is_outlet(ctx, (k + 2, b))
        {
            c.speaker = Some((a, k));
            c.relay = Some((k + 2, b));
        }
    }
    // "declined to comment on the pricing to Reuters": the outlet asked is the relay.
    for c in cands.iter_mut().filter(|c| c.relay.is_none() && c.lemma == "decline") {
        let end = s.first + ctx.seg.tokens[s.first..s.last].partition_point(|t| t.start < c.content.1);
        let end = trim_punct_back(ctx, s.first, end);
        if let Some(k) = (end.saturating_sub(7)..end).rev().find(|&k| ctx.low(k) == "to")
            // "to the AP on Friday": the name ends before a date.
            && let name_end = (k + 1..end).find(|&e| matches!(ctx.low(e), "on" | "in" | "at") || is_time_word(ctx.low(e))).unwrap_or(end)
            && name_end > k + 1
            && is_outlet(ctx, (k + 1, name_end))
        {
            c.relay = Some((k + 1, name_end));
        }
    }
    // "in an interview with CNN", "in a statement to Reuters", "speaking to the BBC",
    // "according to Interfax" in a statement's own frame.
    for c in cands.iter_mut() {
        if c.relay.is_none() {
            c.relay = c.frame.iter().find_map(|&r| relay_in_frame(ctx, r)).filter(|r| c.speaker != Some(*r));
        }
    }
}

/// "The aide was fired, the Post reported, citing an anonymous source": the cited source
/// speaks, through the outlet; the citing is no statement of its own.
fn reported_citing(ctx: &Ctx, out: &mut Vec<Candidate>, first: usize) {
    // "The network, citing an anonymous government source, reported that ...": the citing
    // was read as the outlet's appositive.
    for c in &mut out[first..] {
        let (Some(outlet), Some(app)) = (c.speaker, c.appositive) else { continue };
        // The appositive runs from its opening comma to its closing one.
        let citing = app.0 + usize::from(ctx.is_punct(app.0, ","));
        if !matches!(c.lemma, "report" | "say")
            || citing + 1 >= app.1
            || ctx.low(citing) != "citing"
            || !outlet_or_its_noun(ctx, outlet)
        {
            continue;
        }
        // "citing people familiar with the matter": the whole phrase, when short.
        let end = if ctx.is_punct(app.1 - 1, ",") { app.1 - 1 } else { app.1 };
        let whole = (citing + 1, end);
        let source = if end - whole.0 <= 10 && (whole.0..end).all(|k| ctx.is_word(k)) {
            // A source: someone ("an anonymous government source", "people familiar with
            // ...") or a name; not "citing concerns about ...".
            Some(whole).filter(|r| {
                (r.0..r.1).any(|k| {
                    ctx.is_capitalized(k)
                        || lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(k))
                        || matches!(ctx.low(k), "source" | "sources" | "people" | "person")
                })
            })
        } else {
            np_after(ctx, citing + 1, end)
        };
        if let Some(source) = source {
            c.relay = Some(outlet);
            c.speaker = Some(source);
            c.appositive = None;
        }
    }
    // "Citing five sources at Apple, TechCrunch reported that ...": the same, fronted. (The
    // candidates from `first` on are one sentence's.)
    let fronted = out.get(first).map(|c| ctx.seg.sentences[c.sentence]).filter(|s| ctx.low(s.first) == "citing");
    if let Some(s) = fronted
        && let Some((i, outlet, source)) = (first..out.len()).find_map(|i| {
            let c = &out[i];
            let outlet = c.speaker?;
            if !matches!(c.lemma, "report" | "say")
                || outlet.0 < s.first + 3
                || !ctx.is_punct(outlet.0 - 1, ",")
                || !outlet_or_its_noun(ctx, outlet)
            {
                return None;
            }
            let source = (s.first + 1, outlet.0 - 1);
            let someone = source.1 - source.0 <= 10
                && (source.0..source.1).all(|k| ctx.is_word(k))
                && (source.0..source.1).any(|k| {
                    lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(k))
                        || matches!(ctx.low(k), "source" | "sources" | "people" | "person")
                });
            someone.then_some((i, outlet, source))
        })
    {
        out[i].relay = Some(outlet);
        out[i].speaker = Some(source);
        out[i].appositive = None;
        // The citing itself is no statement.
        if let Some(j) = (first..out.len()).find(|&j| out[j].cue[0].0 == s.first) {
            out.remove(j);
        }
    }
    let Some(j) = (first..out.len()).find(|&j| out[j].lemma == "cite" && ctx.low(out[j].cue[0].0) == "citing") else {
        return;
    };
    let citing = out[j].cue[0].0;
    let Some(i) = (first..j).rev().find(|&i| {
        matches!(out[i].lemma, "report" | "say")
            && out[i].speaker.is_some_and(|r| is_outlet(ctx, r))
            && out[i].cue.last().is_some_and(|c| c.1 + 1 == citing && ctx.is_punct(c.1, ","))
    }) else {
        return;
    };
    let s = &ctx.seg.sentences[out[i].sentence];
    let Some(source) = np_after(ctx, citing + 1, s.last) else { return };
    let outlet = out[i].speaker;
    out[i].relay = outlet;
    out[i].speaker = Some(source);
    out[i].appositive = None;
    out.remove(j);
}

/// "an Associated Press count", "a Reuters tally": an outlet's figure, not the carrier of
/// what someone said.
fn names_a_figure(ctx: &Ctx, r: Range) -> bool {
    matches!(
        ctx.low(r.1 - 1),
        "count"
            | "tally"
            | "analysis"
            | "estimate"
            | "estimates"
            | "calculation"
            | "calculations"
            | "data"
            | "figures"
            | "review"
            | "survey"
            | "poll"
    )
}

/// An outlet named in a frame by "interview with R", "statement to R", "speaking to R",
/// "reached by R" or "according to R".
fn relay_in_frame(ctx: &Ctx, (a, b): Range) -> Option<Range> {
    for k in a..b.saturating_sub(1) {
        let w = ctx.low(k);
        let p = ctx.low(k + 1);
        // 'said on "Fox News Sunday."': a programme by its quoted title.
        if p == "on"
            && lexicon::cue_lemma(w).is_some()
            && k + 2 < b
            && let Some(qi) = ctx.quote_opening_at(k + 2)
            && ctx.quote(qi).close_token <= b
            && ctx.quote(qi).close_token - (k + 2) <= 8
            && quoted_title_words(ctx, k + 3, ctx.quote(qi).close_token - 1)
        {
            return Some((k + 3, trim_punct_back(ctx, k + 3, ctx.quote(qi).close_token - 1)));
        }
        let introduces = matches!(
            (w, p),
            (
                "interview" | "interviews" | "statement" | "remarks" | "comments" | "conversation" | "email" | "letter",
                "with" | "to"
            ) | ("speaking" | "talking" | "spoke" | "according", "to" | "with")
                | ("reached" | "contacted" | "interviewed" | "cited" | "quoted", "by")
        ) || (w == "reported" && matches!(p, "by" | "in") && k > a && ctx.low(k - 1) == "as")
            // "speaking on WOR710", "appearing on Meet the Press": a station or programme by
            // name (not "speaking on condition of anonymity").
            || matches!(w, "speaking" | "appearing" | "appeared")
                && p == "on"
                && k + 2 < b
                && ctx.is_capitalized(k + 2)
                && ctx.word(k + 2).chars().filter(|c| c.is_ascii_uppercase() || c.is_ascii_digit()).count() >= 3;
        if !introduces {
            continue;
        }
        let start = k + 2;
        let mut end = start;
        while end < b
            && ctx.is_word(end)
            && !matches!(
                ctx.low(end),
                "that" | "on" | "in" | "at" | "last" | "this" | "earlier" | "about" | "for" | "after" | "during"
            )
            && !is_time_word(ctx.low(end))
            && end - start < 6
        {
            end += 1;
        }
        if end > start && (is_outlet(ctx, (start, end)) && !names_a_figure(ctx, (start, end)) || p == "on") {
            return Some((start, end));
        }
    }
    // "when 10 News reporter Charles Bill tracked her down", "after CNN reached him": the
    // outlet that sought the speaker out carried the answer.
    for k in a..b {
        if !matches!(
            ctx.low(k),
            "reached" | "contacted" | "asked" | "interviewed" | "tracked" | "questioned" | "approached"
        ) {
            continue;
        }
        let Some(j) = (k.saturating_sub(8).max(a)..k).rev().find(|&j| matches!(ctx.low(j), "when" | "after" | "once"))
        else {
            continue;
        };
        let first = j + 1 + usize::from(ctx.low(j + 1) == "the");
        let run = (first..k)
            .take_while(|&e| ctx.is_capitalized(e) || ctx.low(e).bytes().all(|b| b.is_ascii_digit()) && ctx.is_word(e))
            .count();
        if let Some(e) = (first + 1..=first + run).rev().find(|&e| is_outlet(ctx, (first, e))) {
            return Some((first, e));
        }
    }
    // "said Sunday on CNN", "during a CNN town hall", "in a Fox News interview": a known
    // outlet on the air, or naming the occasion.
    for k in a..b {
        if !ctx.is_capitalized(k) {
            continue;
        }
        let known = |e: usize| {
            (k..e).all(|j| ctx.is_capitalized(j))
                && lexicon::outlet_name(lexicon::without_possessive(ctx.slice((k, e)))).is_some()
        };
        let Some(e) = (k + 1..b.min(k + 4) + 1).rev().find(|&e| known(e)) else { continue };
        let on_air = k > a && ctx.low(k - 1) == "on" || k > a + 1 && ctx.low(k - 1) == "the" && ctx.low(k - 2) == "on";
        let occasion = e < b
            && (lexicon::contains(lexicon::OCCASION_NOUNS, ctx.low(e))
                || ctx.low(e) == "town" && e + 1 < b && ctx.low(e + 1) == "hall");
        if on_air || occasion {
            return Some((k, e));
        }
    }
    None
}

/// For each of `n` sentences, whether a candidate's cue outside quotations is in it.
fn sentences_with_cue(n: usize, cands: &[Candidate], quoted: &[bool]) -> Vec<bool> {
    let mut with_cue = vec![false; n];
    for c in cands.iter().filter(|c| !quoted[c.cue[0].0]) {
        with_cue[c.sentence] = true;
    }
    with_cue
}

/// A quotation standing alone in the same paragraph right after a quoted statement continues
/// it: `"A," he said. "B."` is one statement (cues inside "B" do not break that).
fn extend_quote_continuations(ctx: &Ctx, cands: &mut [Candidate], quoted: &[bool]) {
    let sentences = &ctx.seg.sentences;
    let with_cue = sentences_with_cue(sentences.len(), cands, quoted);
    // Contents of statements whose cue is outside quotations: a quotation inside one of them is
    // attributed already.
    let attributed: Vec<(usize, usize)> = cands.iter().filter(|c| !quoted[c.cue[0].0]).map(|c| c.content).collect();
    for c in cands.iter_mut() {
        if c.kind == QuoteKind::Indirect {
            continue;
        }
        // `"A," Ebeling said, and her husband cut in. "B."`: when the attribution goes on to
        // someone else or to another act (", then referred to ..."), the next quotation
        // belongs to that.
        let s = &sentences[c.sentence];
        let after_content = s.first + ctx.seg.tokens[s.first..s.last].partition_point(|t| t.start < c.content.1);
        // The attribution after the content is short: a few words are looked at.
        if (after_content + 1..s.last.min(after_content + 24))
            .any(|k| ctx.is_punct(k - 1, ",") && matches!(ctx.low(k), "and" | "but" | "while" | "then"))
        {
            continue;
        }
        let mut si = c.sentence + 1;
        let mut paragraph = sentences[c.sentence].paragraph;
        while si < sentences.len() {
            // The next paragraph continues it when it is nothing but unattributed quotations
            // (`"A," he said. ¶ "B."`): news gives a new speaker their own attribution.
            if sentences[si].paragraph != paragraph {
                let next = sentences[si].paragraph;
                let quotes_only = sentences[si..]
                    .iter()
                    .enumerate()
                    .take_while(|(_, t)| t.paragraph == next)
                    .all(|(k, t)| ctx.kind(t.first) == TokenKind::QuoteOpen && !with_cue[si + k]);
                if next != paragraph + 1 || !quotes_only {
                    break;
                }
                paragraph = next;
            }
            let s = &sentences[si];
            let starts_quote = ctx.kind(s.first) == TokenKind::QuoteOpen;
            if !starts_quote {
                break;
            }
            let Some(qi) = ctx.quote_opening_at(s.first) else { break };
            let q = ctx.quote(ctx.chain_end(qi));
            if q.open < c.content.1 {
                break;
            }
            // `"A," said Greene. "B." Greene added that ...`: a sentence with a cue of its own
            // still continues with the quotation that opens it, when that cue takes something
            // else, and ends the run there.
            if with_cue[si] {
                let q_open = ctx.quote(qi).open;
                let own_cue_after = q.close_token < s.last && ctx.is_punct(q.close_token.saturating_sub(2), ".");
                if own_cue_after && !attributed.iter().any(|&(a, b)| a < q.close && q_open < b) {
                    c.content.1 = q.close;
                }
                break;
            }
            c.content.1 = q.close;
            si += 1;
        }
    }
}

/// "Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are running out of
/// time."": a short sentence that ends with its speech cue hands over to the quotation that
/// opens the next sentence, when nothing else attributes that quotation.
fn bare_cue_candidates(ctx: &Ctx, out: &mut Vec<Candidate>, quoted: &[bool]) {
    let sentences = &ctx.seg.sentences;
    let with_cue = sentences_with_cue(sentences.len(), out, quoted);
    let mut found = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let Some(next) = sentences.get(si + 1) else { break };
        if with_cue[si]
            || with_cue[si + 1]
            || next.paragraph > s.paragraph + 1
            || s.last - s.first > 30
            || ctx.kind(next.first) != TokenKind::QuoteOpen
            || quoted[s.first]
        {
            continue;
        }
        // The sentence ends with the cue and a full stop.
        if s.last < s.first + 3 || !ctx.is_punct(s.last - 1, ".") || !ctx.is_word(s.last - 2) {
            continue;
        }
        // "Lockwood chimed in.": a phrasal cue's particle may end the sentence.
        let last = s.last - 2;
        let phrasal = last > s.first
            && matches!(cue_at(ctx, s, last - 1), Some(CueHit::Verb(l, _))
                if lexicon::PHRASAL_CUES.iter().any(|(pl, p)| *pl == l && ctx.low(last) == *p));
        let cue = if phrasal { last - 1 } else { last };
        let Some(CueHit::Verb(lemma, frame)) = cue_at(ctx, s, cue) else { continue };
        if frame == CueFrame::Object {
            continue;
        }
        let (Some(speaker), appositive, stop) = subject_of(ctx, s, cue) else { continue };
        if (s.first..stop).any(|k| !ctx.is_word(k)) {
            continue;
        }
        let Some(qi) = ctx.quote_opening_at(next.first) else { continue };
        let q = ctx.quote(ctx.chain_end(qi));
        if !q.closed {
            continue;
        }
        found.push(Candidate {
            content: (ctx.quote(qi).open, q.close),
            kind: QuoteKind::Direct,
            cue: vec![(skip_aux_back(ctx, s.first, cue), last + 1)],
            lemma,
            speaker: Some(speaker),
            appositive,
            relay: None,
            sentence: si,
            continues_previous: false,
            frame: vec![(s.first, s.last)],
        });
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|c| c.sentence);
    }
}

/// Whether a phrase names a news outlet: a known outlet, or a phrase with an outlet noun
/// ("Russia's TASS news agency", "US news agencies", "state media").
/// Whether an addressee carries the words: an outlet told something ("told CNN that ..."), not
/// one told to do something ("telling the broadcaster to take its business elsewhere").
fn relaying_addressee(ctx: &Ctx, s: &Sentence, a: Range) -> bool {
    // "told People that ...": told, the capitalized word is the magazine.
    let people = a.0 > s.first
        && ctx.word(a.0) == "People"
        && (a.1 == a.0 + 1 || a.1 == a.0 + 2 && ctx.low(a.0 + 1) == "magazine");
    let outlet = people || is_outlet(ctx, a) || {
        // "VOA Pentagon correspondent Carla Babb": the outlet before the journalist's role.
        let role = (a.0..a.1).find(|&k| lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(k)));
        role.is_some_and(|k| (a.0 + 1..=k).rev().any(|e| is_outlet(ctx, (a.0, e))))
            // "the New Yorker's Jane Mayer": an outlet's journalist by name.
            || (a.0..a.1).find(|&k| ctx.low(k).ends_with("'s") || ctx.low(k).ends_with("’s"))
                .is_some_and(|k| k + 1 < a.1 && is_outlet(ctx, (a.0, k + 1)))
    };
    outlet && !(a.1 < s.last && ctx.low(a.1) == "to")
}

/// The outlet "the newspaper" at token `at` stands for: the nearest known outlet named in
/// the few sentences before ("interviewed Thursday by the Chicago Tribune. ... he told the
/// newspaper"). Its text, as written.
pub(crate) fn outlet_named_before<'t>(ctx: &Ctx<'t>, at: usize) -> Option<&'t str> {
    let mut k = at;
    while k > at.saturating_sub(120) {
        k -= 1;
        if !ctx.is_capitalized(k) || k + 1 < at && ctx.is_capitalized(k + 1) {
            continue;
        }
        if lexicon::is_website(ctx.word(k)) {
            return Some(ctx.word(k));
        }
        // k ends a capitalized run: try the run's last words as a known name.
        let start = (k.saturating_sub(4)..=k).find(|&j| (j..=k).all(|i| ctx.is_capitalized(i)))?;
        if let Some(s) =
            (start..=k).find(|&s| lexicon::outlet_name(lexicon::without_possessive(ctx.slice((s, k + 1)))).is_some())
        {
            return Some(ctx.slice((s, k + 1)));
        }
        // ... or a name shaped like an outlet's anywhere in it ("KMOV St. Louis", "the Wenzhou
        // Daily").
        for s in start..=k {
            for e in (s + 1..=k + 1).rev() {
                let words: Vec<&str> = (s..e).map(|i| lexicon::without_possessive(ctx.word(i))).collect();
                if lexicon::outlet_shaped(&words) {
                    return Some(ctx.slice((s, e)));
                }
            }
        }
    }
    None
}

/// A named outlet ("Reuters", "the Boston Globe", not "the agency"), or the noun an article
/// calls one by once named ("the network", "the news organization").
pub(crate) fn outlet_or_its_noun(ctx: &Ctx, r: Range) -> bool {
    (r.0..r.1).any(|k| ctx.is_capitalized(k) && ctx.low(k) != "the") && is_outlet(ctx, r) || outlet_noun_phrase(ctx, r)
}

/// "the newspaper", "the news organization", "the paper", "the wire service": a definite
/// phrase of nothing but an outlet noun and its modifiers, standing for an outlet named before.
pub(crate) fn outlet_noun_phrase(ctx: &Ctx, r: Range) -> bool {
    // ("the local TV station": "TV" is no name.)
    if r.1 < r.0 + 2
        || r.1 - r.0 > 4
        || ctx.low(r.0) != "the"
        || (r.0 + 1..r.1).any(|k| ctx.is_capitalized(k) && ctx.low(k) != "tv")
    {
        return false;
    }
    let head = ctx.low(r.1 - 1);
    let before = ctx.low(r.1 - 2);
    // "the agency" is as often a government agency, "the media" no one outlet.
    matches!(
        head,
        "newspaper"
            | "paper"
            | "network"
            | "broadcaster"
            | "channel"
            | "station"
            | "magazine"
            | "tabloid"
            | "outlet"
            | "daily"
            | "publication"
            | "website"
            | "blog"
    ) || matches!(head, "agency" | "organization" | "service" | "site") && matches!(before, "news" | "wire")
}

pub(crate) fn is_outlet(ctx: &Ctx, r: Range) -> bool {
    // "Central European News (CEN)": the name before its short form in brackets.
    let r = match (r.1 > r.0 + 2 && ctx.is_punct(r.1 - 1, ")"))
        .then(|| (r.0 + 1..r.1 - 1).rev().find(|&k| ctx.is_punct(k, "(")))
    {
        Some(Some(open)) => (r.0, open),
        _ => r,
    };
    // "the New Yorker's": the outlet, owning what follows.
    if lexicon::outlet_name(lexicon::without_possessive(ctx.slice(r))).is_some() {
        return true;
    }
    // The name after "the": "the Associated Press".
    let Some(name) = (r.0..r.1).find(|&k| ctx.low(k) != "the") else { return false };
    // "told Kmov.com", "according to TMZ.com": a website's address.
    if r.1 == name + 1 && lexicon::is_website(ctx.word(name)) {
        return true;
    }
    // "the Victoria Derbyshire TV show", "NBC's Meet the Press program".
    if r.1 > name + 1
        && matches!(ctx.low(r.1 - 1), "show" | "program" | "programme" | "podcast")
        && (ctx.is_capitalized(r.1 - 2) || matches!(ctx.low(r.1 - 2), "tv" | "radio" | "television" | "talk"))
        && (name..r.1).any(|k| ctx.is_capitalized(k))
    {
        return true;
    }
    if name > r.0 {
        let rest = lexicon::without_possessive(ctx.slice((name, r.1)));
        // "the Independent": a name listed with its article, ambiguous without it.
        if lexicon::outlet_name(rest).is_some() {
            return true;
        }
    }
    // "the New York Times", "the Post", "Central European News", "WCVB": a name shaped like
    // an outlet's.
    if (name..r.1).all(|k| ctx.is_word(k)) && {
        let words: Vec<&str> = (name..r.1).map(|k| ctx.word(k)).collect();
        lexicon::outlet_shaped(&words)
    } {
        return true;
    }
    // "she told CEN" after "Central European News (CEN)": an acronym the article defines
    // by an outlet's name.
    if r.1 == name + 1
        && is_acronym_word(ctx.word(name))
        && let Some(full) = ctx.defined_acronyms().get(ctx.word(name))
    {
        let words: Vec<&str> = full.split_whitespace().collect();
        if lexicon::outlet_shaped(&words) || lexicon::outlet_name(full).is_some() {
            return true;
        }
    }
    // "an Associated Press account": a known name of two to four words inside the phrase.
    let named_inside = |i: usize| {
        (i + 2..=(i + 4).min(r.1))
            .take_while(|&e| ctx.is_capitalized(e - 1))
            .any(|e| lexicon::outlet_name(lexicon::without_possessive(ctx.slice((i, e)))).is_some())
    };
    (r.0..r.1).any(|i| ctx.is_capitalized(i) && lexicon::opens_outlet_name(ctx.word(i)) && named_inside(i))
        || (r.0..r.1).any(|i| {
            lexicon::contains(lexicon::OUTLET_NOUNS, ctx.low(i))
                || lexicon::OUTLETS.binary_search(&lexicon::without_possessive(ctx.word(i))).is_ok()
        }) && !(r.0..r.1).any(|i| lexicon::contains(lexicon::PERSON_NOUNS, ctx.low(i)))
}

/// The bracketed acronym definitions of [`Ctx::defined_acronyms`], in text order.
fn bracketed_acronyms(ctx: &Ctx) -> Vec<(String, String)> {
    let n = ctx.seg.tokens.len();
    let mut out = Vec::new();
    for open in 1..n {
        if !ctx.is_punct(open, "(") || !ctx.is_capitalized(open - 1) {
            continue;
        }
        let Some(close) = (open + 1..n.min(open + 5)).find(|&k| ctx.is_punct(k, ")")) else { continue };
        if close < open + 2 || !(open + 1..close).all(|k| ctx.is_word(k)) || !is_acronym_word(ctx.word(close - 1)) {
            continue;
        }
        // The name: capitalized words back from the bracket, joined by "of", "for", "and".
        let mut start = open - 1;
        while start > 0
            && open - start < 10
            && (ctx.is_capitalized(start - 1)
                || matches!(ctx.low(start - 1), "of" | "for" | "and" | "on" | "&")
                    && ctx.is_capitalized(start.saturating_sub(2)))
            && !ctx.text[ctx.tok(start - 1).end..ctx.tok(start).start].contains('\n')
        {
            start -= 1;
        }
        while start + 1 < open && lexicon::DETERMINER_SET.contains_any_case(ctx.word(start)) {
            start += 1;
        }
        let initials: Vec<u8> =
            (start..open).filter(|&k| ctx.is_capitalized(k)).map(|k| ctx.word(k).as_bytes()[0]).collect();
        let acronym = ctx.word(close - 1).bytes().filter(u8::is_ascii_uppercase);
        let mut it = initials.iter();
        let spelled = acronym.into_iter().all(|c| it.any(|&i| i == c));
        if spelled && initials.len() >= 2 && initials[0] == ctx.word(close - 1).as_bytes()[0] || {
            // "California Independent System Operator (California ISO)": the name's own
            // first word, then the acronym.
            spelled && close - open > 2 && ctx.word(open + 1) == ctx.word(start)
        } {
            let (a, _) = ctx.bytes((start, open));
            let b = ctx.tok(open - 1).end;
            out.push((ctx.slice((open + 1, close)).to_string(), ctx.text[a..b].to_string()));
        }
    }
    out
}

/// "CEN", "WCVB", "ISO": two to six capitals (digits after the first).
pub(crate) fn is_acronym_word(w: &str) -> bool {
    (2..=6).contains(&w.len())
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for (name, list) in [("LEADING_ADVERBS", LEADING_ADVERBS), ("NON_SPEAKER_LABELS", NON_SPEAKER_LABELS)] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{name} is not sorted and unique");
        }
    }
}

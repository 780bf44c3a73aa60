//! From candidates to statements: speakers resolved, relays named, dates resolved, stance set,
//! offsets converted to code points.

pub(crate) mod date;
pub(crate) mod mention;
pub(crate) mod relay;
pub(crate) mod speaker;

use crate::analysis::stance::{Stance, statement_stance};
use crate::ingest::extract::{self, Candidate, Ctx, Range};
use crate::ingest::sentences::CharIndex;
use crate::lexicon;
use crate::model::{Article, DatePrecision, SaidDate, Span, Speaker, SpeakerKind, Statement};

/// How far (in tokens) a date phrase may sit from the cue and still date the statement.
const DATE_REACH: usize = 8;

/// Turn candidates into statements, in text order.
pub(crate) fn resolve(ctx: &Ctx, article: &Article, cands: Vec<Candidate>) -> Vec<Statement> {
    let chars = CharIndex::new(ctx.text);
    let people = speaker::named_people(ctx);
    let mentions = mention::person_mentions(ctx, &people);
    let mut resolver = speaker::Resolver::new(people, mentions);
    let quoted = |tok: usize| ctx.in_quote(tok);
    let article_date = article.date();
    let mut out: Vec<Statement> = Vec::with_capacity(cands.len());
    let mut entities: Vec<Option<usize>> = Vec::with_capacity(cands.len());
    let mut paragraphs: Vec<usize> = Vec::with_capacity(cands.len());
    let mut continues: Vec<bool> = Vec::with_capacity(cands.len());
    let mut occasions: Vec<bool> = Vec::with_capacity(cands.len());
    // The outlet last named as a relay, for "the newspaper" later.
    let mut last_outlet: Option<String> = None;

    for c in &cands {
        let sentence = &ctx.seg.sentences[c.sentence];
        let cue_tok = c.cue[0].0;
        let (speaker, anonymous, entity) = match c.speaker {
            Some(r) => {
                let words = speaker::range_words(ctx, r);
                let info = speaker::describe(&words);
                let app = c.appositive.map(|a| ctx.slice(a));
                let at = speaker::At {
                    byte: ctx.tok(r.0).start,
                    tok: r.0,
                    sentence: c.sentence,
                    paragraph: sentence.paragraph,
                    quoted: quoted(r.0),
                    continuing: matches!(c.lemma, "continue" | "add"),
                };
                let res = resolver.resolve(&info, app, at);
                resolver.reported(c.content, res.entity);
                // "Dornella Conner says she was at a gas station": a person whose name does not
                // tell, reporting on themselves, shows their pronoun.
                let ent = &mut resolver.entities[res.entity];
                if ent.kind == SpeakerKind::Person && ent.gender.is_none() && info.pronoun.is_none() {
                    let first = ctx.text[c.content.0..c.content.1].split_whitespace().next().unwrap_or_default();
                    ent.gender = match first {
                        "she" => Some(mention::Gender::Female),
                        "he" => Some(mention::Gender::Male),
                        _ => None,
                    };
                }
                (Some(res.speaker), res.anonymous, Some(res.entity))
            }
            None => (None, false, None),
        };
        // An outlet reporting on its own ("Reuters reported that ...") carries its words too;
        // "the newspaper" is the outlet last named.
        let relay = match (c.relay, c.speaker) {
            (Some(r), _) | (None, Some(r)) if extract::outlet_noun_phrase(ctx, r) => {
                extract::outlet_named_before(ctx, r.0).map(relay::normalize_relay).or_else(|| last_outlet.clone())
            }
            (Some(r), _) => Some(relay::normalize_relay(ctx.slice(r))).filter(|r| !r.is_empty()),
            // Not "CNN's Dana Bash" nor "a Baton Rouge newspaper": the outlet itself.
            // (A named outlet in the phrase is looked for first: most speakers name none.)
            (None, Some(r))
                if (r.0..r.1).any(|k| ctx.is_capitalized(k) && lexicon::opens_outlet_name(ctx.word(k)))
                    || extract::outlet_or_its_noun(ctx, r) =>
            {
                // "the news website Bikya Masr", "Saudi Arabia's daily Ajel": a name the
                // phrase calls an outlet before giving it ("a Baton Rouge newspaper" names a
                // place).
                let called_one = || {
                    ctx.is_capitalized(r.1 - 1)
                        && (r.0..r.1)
                            .rev()
                            .skip_while(|&k| ctx.is_capitalized(k))
                            .take_while(|&k| !ctx.is_capitalized(k))
                            .any(|k| lexicon::contains(lexicon::OUTLET_NOUNS, ctx.low(k)))
                };
                Some(relay::normalize_relay(ctx.slice(r)))
                    .filter(|n| (relay::names_an_outlet(n) || called_one()) && relay::is_whole(n, ctx.slice(r)))
                    .or_else(|| relay::named_before_its_noun(ctx.slice(r)))
            }
            (None, _) => None,
        };
        if let Some(r) = relay.as_ref().filter(|r| r.starts_with(char::is_uppercase)) {
            last_outlet = Some(r.clone());
        }
        let relay = relay.filter(|r| !relay::is_own_outlet(r, article.outlet.as_deref()));
        let cue = c.cue.iter().map(|&r| ctx.slice(r)).collect::<Vec<_>>().join(" ... ");
        let content = ctx.text[c.content.0..c.content.1].to_string();
        let stance = statement_stance(&cue, &content);
        let said_on = match article_date {
            // "will announce the separation as early as Monday": not said yet.
            Some(d) => date_in_frame(ctx, &c.frame, cue_tok, sentence.first, d)
                .or_else(|| (!cue.starts_with("will ")).then(|| date_closing_object(&content, d)).flatten())
                .unwrap_or(SaidDate { date: Some(d), precision: DatePrecision::Approximate }),
            None => SaidDate::UNKNOWN,
        };
        let speaker_span = c.speaker.map(|r| {
            let (a, b) = ctx.bytes(r);
            Span::new(chars.char_of(a), chars.char_of(b))
        });
        let cue_span = {
            let (a, b) = ctx.bytes(c.cue[0]);
            Some(Span::new(chars.char_of(a), chars.char_of(b)))
        };
        out.push(Statement {
            content,
            content_span: Span::new(chars.char_of(c.content.0), chars.char_of(c.content.1)),
            kind: c.kind,
            cue,
            cue_span,
            speaker,
            speaker_span,
            anonymous,
            relay,
            stance,
            said_on,
            sentence: c.sentence,
        });
        entities.push(entity);
        paragraphs.push(sentence.paragraph);
        continues.push(c.continues_previous);
        occasions.push(new_occasion(ctx, &c.frame));
    }
    first_person_in_a_quotation(&mut out, &mut entities);
    named_later(&mut out, &mut entities, &resolver.entities, &paragraphs);
    carry_over(&mut out, &entities, &paragraphs, &continues, &occasions);
    relayed_inside_a_report(&mut out);
    sources_of_an_outlets_report(&mut out, &paragraphs);
    headline_from_lede(&mut out, &entities, &paragraphs);
    spell_out_acronyms(ctx, &mut out);
    // Dropped only now: a statement with nothing said may still lend its speaker, relay and
    // date to the one continuing it ("Lazar said little, offering only ...").
    out.retain(|s| !extract::vacuous_content(&s.content));
    dedupe(out)
}

/// The name an undefined acronym stands for: a run of capitalized words (joined by "of",
/// "for", "and", "the") whose initials are the acronym's letters exactly, after the words the
/// acronym's name opens with ("California ISO": "California" then I, S, O).
fn written_out(ctx: &Ctx, name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (acronym, prefix) = words.split_last()?;
    let letters = acronym.as_bytes();
    if letters.len() < 2 || letters.iter().any(|b| !b.is_ascii_uppercase()) {
        return None;
    }
    let n = ctx.seg.tokens.len();
    for start in 0..n {
        if !ctx.is_capitalized(start)
            || prefix.iter().enumerate().any(|(i, p)| start + i >= n || ctx.word(start + i) != *p)
        {
            continue;
        }
        let mut k = start + prefix.len();
        let mut matched = 0;
        while k < n && matched < letters.len() {
            if ctx.is_capitalized(k) && ctx.word(k).as_bytes()[0] == letters[matched] && ctx.word(k) != *acronym {
                matched += 1;
                k += 1;
            } else if matched > 0 && matches!(ctx.low(k), "of" | "for" | "and" | "the") {
                k += 1;
            } else {
                break;
            }
        }
        // Exactly the letters: the run ends there.
        if matched == letters.len() && (k >= n || !ctx.is_capitalized(k)) && k > start + prefix.len() + 1 {
            let (a, _) = ctx.bytes((start, k));
            return Some(ctx.text[a..ctx.tok(k - 1).end].to_string());
        }
    }
    None
}

/// A speaker or relay named by an acronym the article defines takes the full name ("SDK
/// announced" → Showa Denko K.K.), so that both mentions are one source.
fn spell_out_acronyms(ctx: &Ctx, out: &mut [Statement]) {
    let by_acronym = |name: &str| name.split_whitespace().last().is_some_and(extract::is_acronym_word);
    if !out.iter().any(|s| {
        s.speaker.as_ref().is_some_and(|sp| by_acronym(&sp.name)) || s.relay.as_deref().is_some_and(by_acronym)
    }) {
        return;
    }
    let mut defined: lexicon::FastMap<String, String> = ctx.defined_acronyms().clone();
    // An acronym the article uses without defining it stands for a name it writes out whose
    // capitalized words have exactly its letters: "California ISO" for "the California
    // Independent System Operator".
    // Each is looked for once, and only the first few: every look reads the whole text, and a
    // long text may name thousands of sources.
    const MOST_LOOKED_FOR: usize = 32;
    let mut looked_for: Vec<String> = Vec::new();
    for s in out.iter() {
        let names = s.speaker.as_ref().map(|sp| sp.name.as_str()).into_iter().chain(s.relay.as_deref());
        for name in names {
            if by_acronym(name)
                && !defined.contains_key(name)
                && !looked_for.iter().any(|a| a == name)
                && looked_for.len() < MOST_LOOKED_FOR
            {
                looked_for.push(name.to_string());
                if let Some(f) = written_out(ctx, name) {
                    defined.insert(name.to_string(), f);
                }
            }
        }
    }
    let full = |name: &str| defined.get(name).cloned();
    for s in out.iter_mut() {
        if let Some(sp) = s.speaker.as_mut()
            && let Some(f) = full(&sp.name)
        {
            sp.name = f;
        }
        if let Some(f) = s.relay.as_deref().and_then(full) {
            s.relay = Some(f);
        }
    }
}

/// ""I asked who had heard it used as an insult," he said": an "I" or "we" speaking inside
/// another's words is that speaker.
fn first_person_in_a_quotation(out: &mut [Statement], entities: &mut [Option<usize>]) {
    for i in 0..out.len() {
        let (Some(sp), Some(at)) = (&out[i].speaker, out[i].speaker_span) else { continue };
        if sp.kind != SpeakerKind::Unknown || !matches!(sp.surface.to_lowercase().as_str(), "i" | "we") {
            continue;
        }
        // The innermost statement whose words hold the mention, by a speaker known (a near
        // one: statements are in text order).
        let outer = (i.saturating_sub(LOOKBACK)..out.len().min(i + LOOKBACK))
            .filter(|&j| {
                j != i
                    && out[j].content_span.start <= at.start
                    && at.end <= out[j].content_span.end
                    && out[j].speaker.as_ref().is_some_and(|o| o.kind != SpeakerKind::Unknown)
            })
            .min_by_key(|&j| out[j].content_span.len());
        if let Some(j) = outer {
            let surface = sp.surface.clone();
            out[i].speaker = out[j].speaker.clone().map(|o| Speaker { surface, ..o });
            out[i].anonymous = out[j].anonymous;
            entities[i] = entities[j];
        }
    }
}

/// A headline ("Clinton Says Russians Hacked DNC") sums up what its speaker says in the first
/// paragraphs: it takes the relay and the date of the first such statement that has them
/// ("Clinton said in an interview with Fox News Sunday, taped Saturday, ...").
fn headline_from_lede(out: &mut [Statement], entities: &[Option<usize>], paragraphs: &[usize]) {
    // The same speaker: one entity, or the same surname and kind ("Clinton" in a headline met
    // before "Hillary Clinton" in the lede).
    let key = |s: &Statement| s.speaker.as_ref().map(|sp| (sp.name.rsplit(' ').next().map(str::to_string), sp.kind));
    // Last first: the lede takes its occasion before the headline copies the lede's.
    for i in (0..out.len()).rev() {
        if paragraphs[i] > 1 || out[i].speaker.is_none() {
            continue;
        }
        // The lede sums up too ("Mark Cuban ... says he's open to running"): the first
        // statement of the speaker that names the occasion, in the paragraphs that follow.
        let same = |j: usize| entities[j].is_some() && entities[j] == entities[i] || key(&out[j]) == key(&out[i]);
        let named = |j: usize| out[j].relay.is_some() || out[j].said_on.stated().is_some();
        let Some(j) = (i + 1..out.len())
            .take(LOOKBACK)
            .take_while(|&j| paragraphs[j] <= 3)
            .filter(|&j| paragraphs[j] > paragraphs[i] && same(j))
            .find(|&j| paragraphs[i] == 0 || named(j))
        else {
            continue;
        };
        if out[i].relay.is_none() {
            out[i].relay = out[j].relay.clone();
        }
        if out[i].said_on.stated().is_none() && out[j].said_on.stated().is_some() {
            out[i].said_on = out[j].said_on;
        }
    }
}

/// "The Chronicle says he was arrested after employees said he tried to steal a van": a
/// statement inside an outlet's own report reaches us through that outlet.
fn relayed_inside_a_report(out: &mut [Statement]) {
    for i in 0..out.len() {
        if out[i].relay.is_some() {
            continue;
        }
        let inner = out[i].content_span;
        // A near statement: they are in text order.
        let near = i.saturating_sub(LOOKBACK)..out.len().min(i + LOOKBACK);
        let outer = out[near.clone()].iter().zip(near).find(|&(o, j)| {
            j != i
                && o.content_span.start <= inner.start
                && inner.end <= o.content_span.end
                && o.content_span.len() > inner.len()
                && o.relay.as_ref().is_some_and(|r| o.speaker.as_ref().is_some_and(|sp| sp.name == *r))
        });
        if let Some((o, _)) = outer {
            out[i].relay = o.relay.clone();
        }
    }
}

/// "The Iraqi ambassador to the United Nations said Tuesday ... "We have bodies," said
/// Ambassador Mohamed Alhakim": a lede's description of one person, not said to be anonymous,
/// is the person named with that role in the next statements (within two paragraphs) who was
/// not met before.
fn named_later(out: &mut [Statement], entities: &mut [Option<usize>], ents: &[speaker::Entity], paragraphs: &[usize]) {
    // Each entity's first statement, found once (a dense text holds thousands of statements).
    let mut first = vec![usize::MAX; ents.len()];
    for (i, e) in entities.iter().enumerate().rev() {
        if let Some(e) = *e {
            first[e] = i;
        }
    }
    let mut renamed: Vec<Option<usize>> = vec![None; ents.len()];
    let mut any = false;
    for i in 0..out.len() {
        let Some(d) = entities[i] else { continue };
        let desc = &ents[d];
        let Some(head) = desc.keys.first() else { continue };
        if desc.kind != SpeakerKind::Description
            || desc.plural
            || desc.withheld
            || first[d] != i
            || matches!(head.as_str(), "one" | "another" | "person" | "man" | "woman" | "source" | "official")
            || !(lexicon::contains(lexicon::PERSON_NOUNS, head) || lexicon::contains(lexicon::TITLES, head))
        {
            continue;
        }
        let named = (i + 1..out.len().min(i + 8)).take_while(|&j| paragraphs[j] <= paragraphs[i] + 2).find_map(|j| {
            let p = entities[j]?;
            let person = &ents[p];
            // The head of the person's role ("the chief of the transit authority", "Ambassador"),
            // not any word of it ("a Trump delegate strategist" is no delegate).
            let role_head = person.role.as_deref().and_then(|r| {
                let words: Vec<String> = r.split_whitespace().map(str::to_lowercase).collect();
                let end = words
                    .iter()
                    .position(|w| lexicon::contains(lexicon::SPEAKER_PREPOSITIONS, w))
                    .unwrap_or(words.len());
                words[..end].last().cloned()
            });
            (person.kind == SpeakerKind::Person
                && !person.anonymous
                && role_head.as_deref() == Some(head.as_str())
                && (desc.nationalities.is_empty()
                    || person.nationalities.is_empty()
                    || desc.nationalities == person.nationalities)
                && first[p] == j)
                .then_some(p)
        });
        if let Some(p) = named {
            renamed[d] = Some(p);
            any = true;
        }
    }
    if !any {
        return;
    }
    for (st, e) in out.iter_mut().zip(entities.iter_mut()) {
        let Some(p) = e.and_then(|d| renamed[d]) else { continue };
        *e = Some(p);
        st.anonymous = false;
        if let Some(sp) = st.speaker.as_mut() {
            sp.name = ents[p].name.clone();
            sp.role = ents[p].role.clone();
            sp.kind = SpeakerKind::Person;
        }
    }
}

/// "Apple has delayed production, reports Bloomberg. ... , said one of the people, who asked
/// not to be identified": unnamed sources right after an outlet's own report (same or next
/// paragraph, no other speaker between) are that outlet's sources; it carried their words.
fn sources_of_an_outlets_report(out: &mut [Statement], paragraphs: &[usize]) {
    for i in 1..out.len() {
        if out[i].relay.is_some() || !out[i].anonymous {
            continue;
        }
        // Sources as such ("one of the people", "a source", "officials"), not a group or
        // someone's advisers named in passing.
        let source_like = out[i].speaker.as_ref().is_some_and(|sp| {
            let surface = sp.surface.to_lowercase();
            let words: Vec<&str> = surface.split_whitespace().collect();
            !words
                .iter()
                .any(|w| matches!(*w, "his" | "her" | "their" | "its") || w.ends_with("'s") || w.ends_with("’s"))
                && words.iter().any(|w| {
                    matches!(
                        *w,
                        "source"
                            | "sources"
                            | "people"
                            | "person"
                            | "one"
                            | "official"
                            | "officials"
                            | "insider"
                            | "insiders"
                    )
                })
        });
        if !source_like {
            continue;
        }
        let prev = &out[i - 1];
        let outlet_reporting =
            prev.relay.as_ref().is_some_and(|r| prev.speaker.as_ref().is_some_and(|sp| sp.name == *r));
        if outlet_reporting && paragraphs[i] <= paragraphs[i - 1] + 1 {
            out[i].relay = prev.relay.clone();
        }
    }
}

/// How many paragraphs a speaker's report runs on without naming them again.
const CARRY_PARAGRAPHS: usize = 2;

/// How many statements back (or on) a lookup between statements goes: a text without
/// paragraph breaks must not make each statement scan all the others.
const LOOKBACK: usize = 100;

/// A statement by the same speaker as their previous one, up to two paragraphs back,
/// continues that report (as does a cue continuing the one just before it): it was carried by
/// the same relay and said on the same day unless it says otherwise; a cue coordinated with a
/// denial ("rejects X and insists Y") is part of the denial.
fn carry_over(
    out: &mut [Statement],
    entities: &[Option<usize>],
    paragraphs: &[usize],
    continues: &[bool],
    new_occasion: &[bool],
) {
    // A statement reported inside another's content ("the official said the administration
    // believes ...") does not interrupt the report around it.
    let nested = nested_spans(&out.iter().map(|s| (s.content_span.start, s.content_span.end)).collect::<Vec<_>>());
    for i in 1..out.len() {
        // The speaker's previous statement, a few paragraphs back at most: another speaker
        // between them ("Kelly responded: ...") does not end an interview.
        let previous_own = || {
            entities[i]?;
            (0..i)
                .rev()
                .take(LOOKBACK)
                .take_while(|&j| paragraphs[i] <= paragraphs[j] + CARRY_PARAGRAPHS)
                .find(|&j| !nested[j] && entities[j] == entities[i])
        };
        let p = if continues[i] { Some(i - 1) } else { previous_own() };
        let Some(p) = p else { continue };
        let same = entities[i].is_some() && entities[i] == entities[p];
        let (prev, cur) = out.split_at_mut(i);
        let (prev, cur) = (&prev[p], &mut cur[0]);
        // "In another interview, she said ...": neither the outlet nor the day carries over.
        if new_occasion[i] {
            continue;
        }
        if cur.relay.is_none() {
            cur.relay = prev.relay.clone();
        }
        if cur.said_on.stated().is_none() && prev.said_on.stated().is_some() {
            cur.said_on = prev.said_on;
        }
        if continues[i] && prev.stance == Stance::Denial {
            cur.stance = Stance::Denial;
        }
        if cur.anonymous != prev.anonymous && same {
            cur.anonymous = prev.anonymous;
        }
    }
}

/// Words that may follow a weekday in a date: "Tuesday night".
const PARTS_OF_DAY: &[&str] = &["night", "morning", "afternoon", "evening"];

/// "endorsed Cruz Wednesday", "announced a $275 billion plan on Monday": a weekday closing a
/// content with no verb of its own dates the act of the cue (after a verb it would date that
/// verb's event: "will deliver an upset on Tuesday").
fn date_closing_object(content: &str, article: chrono::NaiveDate) -> Option<SaidDate> {
    // Most contents end otherwise: look at the last word before splitting the content.
    let last = content.trim_end_matches(|c: char| !c.is_alphanumeric()).rsplit(' ').next()?;
    let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !PARTS_OF_DAY.iter().chain(lexicon::WEEKDAYS).any(|w| last.eq_ignore_ascii_case(w)) {
        return None;
    }
    let words: Vec<String> = content
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 2
        || content.contains(['"', '“', '”'])
        || words.iter().any(|w| {
            lexicon::contains(lexicon::AUXILIARIES, w)
                || matches!(w.as_str(), "that" | "which" | "who" | "when" | "if" | "whether")
                || w.ends_with("'ll")
                || w.ends_with("’ll")
        })
    {
        return None;
    }
    let mut tail = words.len() - 1;
    if PARTS_OF_DAY.contains(&words[tail].as_str()) {
        tail = tail.checked_sub(1)?;
    }
    // "Super Tuesday" is an event's name.
    if !lexicon::WEEKDAYS.contains(&words[tail].as_str()) || tail > 0 && words[tail - 1] == "super" {
        return None;
    }
    let from = if tail > 0 && words[tail - 1] == "on" { tail - 1 } else { tail };
    let refs: Vec<&str> = words[from..=tail].iter().map(String::as_str).collect();
    date::find_date(&refs, article).map(|p| p.said)
}

/// Whether the words around a statement say it was made on another occasion than the one
/// before it: "in another interview", "at a separate event", "in an earlier statement".
fn new_occasion(ctx: &Ctx, frame: &[Range]) -> bool {
    frame.iter().any(|&(a, b)| {
        (a..b).any(|k| {
            // "He later suggested", "had once called": another time (but "later in the
            // interview").
            matches!(ctx.low(k), "later" | "once" | "previously")
                && k > a
                && (k + 1 >= b || !matches!(ctx.low(k + 1), "in" | "during" | "that" | "this"))
                && ctx.is_word(k - 1)
                ||
            matches!(ctx.low(k), "another" | "separate" | "different" | "earlier" | "previous" | "later" | "subsequent")
                && (k + 1..b.min(k + 3)).any(|j| lexicon::contains(lexicon::OCCASION_NOUNS, ctx.low(j)))
                // "A couple of years later, he echoed that comment": time has passed.
                || ctx.low(k) == "later"
                    && k > a
                    && matches!(ctx.low(k - 1), "years" | "months" | "weeks" | "days" | "year" | "month" | "week")
        })
    })
}

/// Drop statements whose content span repeats an earlier one (two cues for one content).
fn dedupe(out: Vec<Statement>) -> Vec<Statement> {
    let mut kept: Vec<Statement> = Vec::with_capacity(out.len());
    let mut by_span: lexicon::FastMap<Span, usize> = lexicon::FastMap::default();
    for s in out {
        if let Some(&k) = by_span.get(&s.content_span) {
            if kept[k].speaker.is_none() && s.speaker.is_some() {
                kept[k] = s;
            }
            continue;
        }
        by_span.insert(s.content_span, kept.len());
        kept.push(s);
    }
    kept
}

/// For each span, whether another, different span contains it. Sorting by start (then by
/// end descending) lets one pass keep the furthest end seen so far.
pub fn nested_spans(spans: &[(usize, usize)]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by(|&a, &b| spans[a].0.cmp(&spans[b].0).then(spans[b].1.cmp(&spans[a].1)));
    let mut nested = vec![false; spans.len()];
    let mut reach: Option<(usize, (usize, usize))> = None; // furthest end so far, and its span
    for &i in &order {
        if let Some((end, span)) = reach
            && spans[i].1 <= end
            && spans[i] != span
        {
            nested[i] = true;
        }
        if reach.is_none_or(|(end, _)| spans[i].1 > end) {
            reach = Some((spans[i].1, spans[i]));
        }
    }
    nested
}

/// The date given in the statement's frame nearest to its cue, if any. A phrase inside a
/// segment about another event ("ahead of the talks on January 10") is ignored.
fn date_in_frame(
    ctx: &Ctx,
    frame: &[Range],
    cue: usize,
    sentence_first: usize,
    article: chrono::NaiveDate,
) -> Option<SaidDate> {
    let mut best: Option<(usize, SaidDate)> = None;
    for &(a, b) in frame {
        // Split into comma-separated segments.
        let mut seg_start = a;
        for k in a..=b {
            if k < b && !ctx.is_punct(k, ",") {
                continue;
            }
            let seg: Vec<usize> = (seg_start..k).filter(|&i| ctx.is_word(i)).collect();
            seg_start = k + 1;
            let Some(&first) = seg.first() else { continue };
            if lexicon::contains(lexicon::FOREIGN_DATE_PREPOSITIONS, ctx.low(first)) {
                continue;
            }
            let words: Vec<std::borrow::Cow<str>> = seg
                .iter()
                .map(|&i| {
                    // "told NBC's Today show": a capitalized "Today" inside a sentence is a name.
                    if i != sentence_first && ctx.low(i) == "today" && ctx.is_capitalized(i) {
                        return std::borrow::Cow::Borrowed("");
                    }
                    // As `trim_end_matches("'s")`, without a substring searcher per word.
                    let mut w = ctx.low(i);
                    while let Some(stem) = w.strip_suffix("'s") {
                        w = stem;
                    }
                    if w.contains('.') { w.replace('.', "").into() } else { w.into() }
                })
                .collect();
            let refs: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
            let Some(p) = date::find_date(&refs, article) else { continue };
            // "the interview, which will be on the Fox network Tuesday night": a day to come
            // dates what will happen then, not the words.
            if refs[..p.at].iter().any(|w| matches!(*w, "will" | "'ll" | "’ll")) {
                continue;
            }
            let tok = seg[p.at];
            let dist = tok.abs_diff(cue);
            // Opening the sentence, maybe after "Back" or "And": "Back in 2009 she told ...".
            let opens = tok == sentence_first
                || first == sentence_first && p.at == 0
                || tok <= sentence_first + 2
                    && (sentence_first..tok).all(|k| matches!(ctx.low(k), "back" | "and" | "but" | "then" | "so"));
            // Right after the cue, or right before it ("Microsoft in 2017 announced").
            let before_cue = tok < cue && seg[p.at + p.len - 1] + 1 == cue;
            if p.near_cue_only && !(opens || tok > cue && dist <= 3 || before_cue) {
                continue;
            }
            // "proposed a debate on April 4 - but the campaign rejected it": a dash between
            // the date and the cue parts two clauses.
            let (lo, hi) = (tok.min(cue), tok.max(cue));
            if !opens && (lo..hi).any(|k| ["-", "—", "–", "--", ";"].iter().any(|d| ctx.is_punct(k, d))) {
                continue;
            }
            if (dist <= DATE_REACH || opens) && best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, p.said));
            }
        }
    }
    best.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::nested_spans;

    #[test]
    fn a_weekday_closing_an_object_dates_the_act() {
        use super::date_closing_object;
        use chrono::NaiveDate;
        let article = NaiveDate::from_ymd_opt(2022, 1, 15).unwrap(); // a Saturday
        let said = |c: &str| date_closing_object(c, article).and_then(|d| d.stated());
        assert_eq!(said("Cruz Wednesday").as_deref(), Some("2022-01-12"));
        assert_eq!(said("a $275 billion plan on Monday").as_deref(), Some("2022-01-10"));
        assert_eq!(said("both candidates Tuesday night").as_deref(), Some("2022-01-11"));
        // After a verb of the content's own, the weekday dates that event.
        assert_eq!(said("his voters will deliver an upset on Tuesday"), None);
        assert_eq!(said("his third win on Super Tuesday"), None);
    }

    #[test]
    fn nested_spans_finds_spans_inside_others() {
        let spans = [(0, 10), (2, 5), (0, 10), (5, 20), (6, 9), (30, 31)];
        assert_eq!(nested_spans(&spans), [false, true, false, false, true, false]);
    }
}

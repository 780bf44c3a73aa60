//! Tokens, paragraphs, quotations and sentences of an article, with byte spans.
//!
//! This is the only module that works in byte offsets: [`CharIndex`] converts them to the
//! Unicode code-point offsets that statements carry.

use crate::lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits and word-internal apostrophes, hyphens and abbreviation periods.
    Word,
    /// A quotation mark that opens a quotation.
    QuoteOpen,
    /// A quotation mark that closes a quotation.
    QuoteClose,
    /// Any other punctuation character.
    Punct,
}

/// A token with its byte span in the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

/// A quotation: the text between its marks (bytes), possibly continued over paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte of the opening mark.
    pub open: usize,
    /// One past the closing mark, or the paragraph end when the quote is not closed there.
    pub close: usize,
    /// True when a closing mark was found.
    pub closed: bool,
    /// Index of the quote this one continues (news convention: a quote running over
    /// paragraphs reopens at each paragraph and closes only at the end).
    pub continues: Option<usize>,
    /// Token index of the opening mark.
    pub open_token: usize,
    /// Token index one past the closing mark.
    pub close_token: usize,
}

/// A sentence: a token range within one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Paragraph index.
    pub paragraph: usize,
}

/// Everything the extractor needs to know about the shape of a text.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// All tokens in order.
    pub tokens: Vec<Token>,
    /// Paragraphs as token ranges.
    pub paragraphs: Vec<(usize, usize)>,
    /// Quotations in order of their opening mark.
    pub quotes: Vec<Quote>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
}

/// Converts byte offsets into code-point offsets without a table the size of the text.
pub struct CharIndex<'a> {
    text: &'a str,
    /// Code points before each checkpoint (every `STEP` bytes, moved back to a char boundary).
    checkpoints: Vec<(usize, usize)>,
}

/// Short enough that counting from a checkpoint costs little: a statement asks for several
/// offsets.
const STEP: usize = 64;

impl<'a> CharIndex<'a> {
    /// Index `text`.
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        // Each checkpoint is the first char boundary STEP bytes or more after the one before;
        // the chars between are counted a block at a time.
        loop {
            let mut next = at + STEP;
            while next < text.len() && !text.is_char_boundary(next) {
                next += 1;
            }
            if next >= text.len() {
                break;
            }
            chars += text[at..next].chars().count();
            checkpoints.push((next, chars));
            at = next;
        }
        // The end closes the last block, so each block's length in chars is known.
        checkpoints.push((text.len(), chars + text[at..].chars().count()));
        CharIndex { text, checkpoints }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text and moved back to a
    /// char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let i = match self.checkpoints.binary_search_by(|(b, _)| b.cmp(&byte)) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let (b0, c0) = self.checkpoints[i];
        // A block with as many chars as bytes is ASCII: an offset in it needs no counting.
        match self.checkpoints.get(i + 1) {
            Some(&(b1, c1)) if b1 - b0 == c1 - c0 => c0 + (byte - b0),
            _ => c0 + self.text[b0..byte].chars().count(),
        }
    }
}

fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '″')
}

/// `c.is_alphanumeric()`, sparing the Unicode tables for the General Punctuation block (curly
/// quotes, dashes, ellipsis: frequent in news text), which holds no letter or digit.
fn is_word_char(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Whether the apostrophe between `stem` and `rest` opens a verb clitic, a token of its own
/// ("he's" → "he" "'s", "they've" → "they" "'ve"), so "he's said" reads as a subject, an
/// auxiliary and a verb. "'s" is one only after pronouns and the like, never a possessive
/// ("Trump's").
fn is_verb_clitic(stem: &str, rest: &str) -> bool {
    let clitic = &rest[..rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())];
    let verb_clitic = ["ve", "re", "ll", "d", "m"].iter().any(|x| clitic.eq_ignore_ascii_case(x));
    let is_s = clitic.eq_ignore_ascii_case("s")
        && ["he", "she", "it", "who", "that", "there", "what", "here", "where"]
            .iter()
            .any(|x| stem.eq_ignore_ascii_case(x));
    (verb_clitic || is_s) && stem.chars().all(char::is_alphabetic)
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        // ASCII spaces and line breaks, most of what separates tokens, are skipped undecoded.
        if matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
            pos += 1;
            continue;
        }
        let Some(c) = text[pos..].chars().next() else { break };
        let i = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut start = i;
            // The word runs to `end`, where the next character `d` starts.
            let mut end = pos;
            loop {
                // Fast path: ASCII letters and digits, most of any text, extend the word.
                while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                    end += 1;
                }
                let j = end;
                // A space, the usual end of a word, is neither a word character nor a connector.
                if bytes.get(j) == Some(&b' ') {
                    break;
                }
                let Some(d) = text[j..].chars().next() else { break };
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    continue;
                }
                // A connector stays inside the word when a word character follows it:
                // "don't", "Russia's", "Secretary-General", "U.S", "3.5".
                if matches!(d, '\'' | '’' | '-' | '.' | '&' | ',' | '/') {
                    let after = text[j + d.len_utf8()..].chars().next();
                    let keep = match d {
                        ',' => {
                            // thousands separators only: "1,000"
                            text[start..end].chars().all(|x| x.is_ascii_digit())
                                && after.is_some_and(|a| a.is_ascii_digit())
                        }
                        '.' => {
                            after.is_some_and(|a| a.is_alphanumeric()) && {
                                let word = &text[start..end];
                                // "U.S", "a.m", "3.5", "e.g", "D-N.C": short pieces, not "end.Next"
                                word.chars().last().is_some_and(|l| l.is_ascii_digit())
                                    || word.rsplit(['.', '-']).next().is_some_and(|p| p.chars().count() <= 2)
                                    // "Kmov.com": a web address.
                                    || lexicon::top_level_domain_at(&text[j + 1..])
                            }
                        }
                        '/' => after.is_some_and(|a| a.is_alphanumeric()) && text[start..end].len() <= 4,
                        _ => after.is_some_and(is_word_char),
                    };
                    if keep {
                        // A verb clitic is a token of its own: "he's" → "he" "'s".
                        if matches!(d, '\'' | '’') && is_verb_clitic(&text[start..end], &text[j + d.len_utf8()..]) {
                            out.push(Token { start, end, kind: TokenKind::Word });
                            start = j;
                        }
                        end = j + d.len_utf8();
                        continue;
                    }
                    // A title or other known abbreviation keeps its period ("Mr.", "Gen.", "Jan."),
                    // so "Mr. Cruz" is one phrase; the sentence splitter knows these words.
                    let initial = end - start == 1 && text[start..end].chars().all(|c| c.is_ascii_uppercase());
                    // "No." abbreviates "number" only before one ("No. 2"); otherwise it is the word.
                    let numeral_next = text[j + d.len_utf8()..].trim_start().starts_with(|c: char| c.is_ascii_digit());
                    let known = lexicon::contains(lexicon::ABBREVIATIONS, &text[start..end])
                        && (&text[start..end] != "No" || numeral_next);
                    if d == '.' && (initial || known) {
                        end = j + 1;
                        break;
                    }
                    // An abbreviation keeps its final period: "U.S.", "a.m.".
                    if d == '.' && text[start..end].contains('.') && !text[start..end].ends_with('.') {
                        let word = &text[start..end];
                        if word.split(['.', '-']).all(|p| p.chars().count() <= 2) {
                            end = j + 1;
                        }
                    }
                }
                break;
            }
            out.push(Token { start, end, kind: TokenKind::Word });
            pos = end;
            continue;
        }
        // Two apostrophes or two backticks are used as a double quotation mark in some texts.
        // Three close a single quotation inside a double one ("the word 'old-school,'''"):
        // after a word the single mark comes first.
        if c == '\''
            && text[i..].starts_with("'''")
            && text[..i].chars().next_back().is_some_and(|p| !p.is_whitespace())
        {
            out.push(Token { start: i, end: i + 1, kind: TokenKind::Punct });
            continue;
        }
        if (c == '\'' || c == '`') && text[i + 1..].starts_with(c) {
            pos += 1;
            out.push(Token { start: i, end: i + 2, kind: TokenKind::Punct });
            continue;
        }
        out.push(Token { start: i, end: pos, kind: TokenKind::Punct });
    }
    out
}

/// The single character of a one-char token, or '\0'.
fn tok_char(text: &str, t: &Token) -> char {
    let s = &text[t.start..t.end];
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => c,
        (Some('\''), Some('\'')) | (Some('`'), Some('`')) => '"',
        _ => '\0',
    }
}

/// Whether a token is a double quotation mark of any style.
pub fn is_quote_mark(text: &str, t: &Token) -> bool {
    t.kind != TokenKind::Word && is_double_quote(tok_char(text, t))
}

/// Segment a text: tokens, paragraphs, quotations (marks resolved) and sentences.
pub fn segment(text: &str) -> Segmented {
    let mut tokens = tokenize(text);
    let paragraphs = split_paragraphs(text, &tokens);
    let quotes = find_quotes(text, &mut tokens, &paragraphs);
    let sentences = split_sentences(text, &tokens, &paragraphs, &quotes);
    Segmented { tokens, paragraphs, quotes, sentences }
}

/// Paragraphs: a blank line always separates them; a single line break does when the line
/// before ends a sentence or the next one opens a quotation (otherwise it is a wrapped line).
fn split_paragraphs(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..tokens.len() {
        let gap = &text.as_bytes()[tokens[i - 1].end..tokens[i].start];
        let newlines = gap.iter().filter(|&&b| b == b'\n').count();
        if newlines == 0 {
            continue;
        }
        let prev = tok_char(text, &tokens[i - 1]);
        let next = tok_char(text, &tokens[i]);
        let line_len = text[..tokens[i - 1].end].rfind('\n').map_or(tokens[i - 1].end, |p| tokens[i - 1].end - p);
        let breaks = newlines >= 2
            || matches!(prev, '.' | '!' | '?' | ':' | '"' | '”' | '’' | ')' | '…')
            || is_double_quote(next)
            || matches!(next, '-' | '•' | '*' | '—')
            || line_len < 60;
        if breaks {
            out.push((start, i));
            start = i;
        }
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// Decide which double quotation marks open and close, pair them per paragraph, and link
/// quotations continued over paragraphs. Retypes the mark tokens.
fn find_quotes(text: &str, tokens: &mut [Token], paragraphs: &[(usize, usize)]) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    // An unclosed quotation at the end of the previous paragraph.
    let mut pending: Option<usize> = None;
    for &(p0, p1) in paragraphs {
        let carried = pending.take();
        // A quotation opened by the paragraph's first token continues the carried one.
        let continues_from = |o: usize| if o == p0 { carried } else { None };
        let mut open: Option<usize> = None;
        for i in p0..p1 {
            if !is_quote_mark(text, &tokens[i]) {
                continue;
            }
            let c = tok_char(text, &tokens[i]);
            let before = text[..tokens[i].start].chars().next_back();
            let after = text[tokens[i].end..].chars().next();
            let space_before = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b));
            let space_after = after.is_none_or(|a| a.is_whitespace() || ",.;:!?)]}—–-".contains(a));
            let opens = match c {
                '“' | '„' | '«' => !(open.is_some() && space_after && !space_before),
                '”' | '»' => open.is_none() && space_before && !space_after,
                _ => {
                    if open.is_some() {
                        space_before && !space_after
                    } else {
                        !space_after || space_before
                    }
                }
            };
            if opens {
                if let Some(o) = open.take() {
                    // A new opening mark while one is open: the first was stray; end it here.
                    quotes.push(Quote {
                        open: tokens[o].start,
                        close: tokens[i].start,
                        closed: false,
                        continues: continues_from(o),
                        open_token: o,
                        close_token: i,
                    });
                }
                tokens[i].kind = TokenKind::QuoteOpen;
                open = Some(i);
            } else if let Some(o) = open.take() {
                tokens[i].kind = TokenKind::QuoteClose;
                quotes.push(Quote {
                    open: tokens[o].start,
                    close: tokens[i].end,
                    closed: true,
                    continues: continues_from(o),
                    open_token: o,
                    close_token: i + 1,
                });
            }
            // A closing mark with nothing open is a stray mark: ignored.
        }
        if let Some(o) = open {
            quotes.push(Quote {
                open: tokens[o].start,
                close: tokens[p1 - 1].end,
                closed: false,
                continues: continues_from(o),
                open_token: o,
                close_token: p1,
            });
            pending = Some(quotes.len() - 1);
        }
    }
    quotes
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    lexicon::contains(lexicon::ABBREVIATIONS, w) || (w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()))
}

/// Sentences within each paragraph. A closed quotation is never split, so `"A. B," he said.`
/// stays one sentence; abbreviations and initials do not end sentences.
fn split_sentences(text: &str, tokens: &[Token], paragraphs: &[(usize, usize)], quotes: &[Quote]) -> Vec<Sentence> {
    // Token ranges inside closed quotations (no split there), when the quote is a sensible
    // length: a runaway pairing must not glue a whole paragraph together.
    let mut protected = vec![false; tokens.len()];
    for q in quotes {
        if q.closed && q.close_token - q.open_token < 250 {
            // The last token inside may end the sentence: `... knew about him.” Of course ...`
            for p in &mut protected[q.open_token..q.close_token.saturating_sub(2)] {
                *p = true;
            }
        }
    }
    let mut out = Vec::new();
    for (pi, &(p0, p1)) in paragraphs.iter().enumerate() {
        let mut start = p0;
        let mut i = p0;
        // "WASHINGTON (AP) — Clinton said ...": the dateline is no part of the first sentence.
        if let Some(dash) = dateline_end(text, tokens, p0, p1) {
            out.push(Sentence { first: p0, last: dash + 1, paragraph: pi });
            start = dash + 1;
            i = dash + 1;
        }
        while i < p1 {
            let t = &tokens[i];
            // Only a mark can end a sentence by its character (a word ends one by its period).
            let c = if t.kind == TokenKind::Word { '\0' } else { tok_char(text, t) };
            let ends_abbrev = t.kind == TokenKind::Word && t.end - t.start > 1 && text.as_bytes()[t.end - 1] == b'.';
            let mut boundary_after = None;
            if t.kind == TokenKind::Punct && is_terminal(c) && !protected[i] {
                // The word before a period must not be an abbreviation or initial.
                let prev_word = (i > p0 && tokens[i - 1].kind == TokenKind::Word)
                    .then(|| &text[tokens[i - 1].start..tokens[i - 1].end]);
                // "No." abbreviates only before a number ("No. 2"); otherwise it is the word.
                let number_follows =
                    i + 1 < p1 && text[tokens[i + 1].start..].starts_with(|c: char| c.is_ascii_digit());
                let abbrev = c == '.'
                    && prev_word.is_some_and(|w| {
                        is_abbreviation(w) && tokens[i - 1].end == t.start && (w != "No" || number_follows)
                    });
                if !abbrev {
                    boundary_after = Some(i);
                }
            } else if ends_abbrev && !protected[i] && i + 1 < p1 {
                // "U.S." ends a sentence only when a typical sentence opener follows.
                let next = &text[tokens[i + 1].start..tokens[i + 1].end];
                if lexicon::SENTENCE_STARTERS.binary_search(&next).is_ok() {
                    boundary_after = Some(i);
                }
            }
            if let Some(mut b) = boundary_after {
                // Take closing quotes and brackets with the sentence.
                while b + 1 < p1 {
                    let n = &tokens[b + 1];
                    let nc = tok_char(text, n);
                    if n.kind == TokenKind::QuoteClose || matches!(nc, ')' | ']' | '’' | '\'') || is_terminal(nc) {
                        b += 1;
                    } else {
                        break;
                    }
                }
                // Only split when something sentence-like follows.
                let split = b + 1 >= p1 || {
                    let n = &tokens[b + 1];
                    let first = text[n.start..].chars().next().unwrap_or(' ');
                    first.is_uppercase()
                        || first.is_ascii_digit()
                        || n.kind == TokenKind::QuoteOpen
                        || matches!(first, '(' | '[' | '‘' | '—' | '-' | '•')
                };
                // `"All the way!" Dawson shouted.`: a quotation ending in its own punctuation
                // is followed by its attribution, not by a new sentence.
                let split = split
                    && !(tokens[b].kind == TokenKind::QuoteClose
                        && attribution_follows(text, tokens, b + 1, p1, c == '.'));
                if split {
                    out.push(Sentence { first: start, last: b + 1, paragraph: pi });
                    start = b + 1;
                }
                i = b + 1;
                continue;
            }
            i += 1;
        }
        if start < p1 {
            out.push(Sentence { first: start, last: p1, paragraph: pi });
        }
    }
    out
}

/// The dash ending a news dateline that opens the paragraph `p0..p1`: "WASHINGTON (AP) —",
/// "RENO, Nev. (AP) —", "Dec 29 (Reuters) -", "Washington (AFP) –", "BOCA RATON, Fla. --":
/// a few capitalized words (a place, perhaps a date), commas, an agency in brackets, then a
/// dash before a capitalized word. Without an agency the place must be in capitals.
fn dateline_end(text: &str, tokens: &[Token], p0: usize, p1: usize) -> Option<usize> {
    let word = |k: usize| &text[tokens[k].start..tokens[k].end];
    let mut agency = false;
    let mut k = p0;
    while k < p1.min(p0 + 10) {
        let t = &tokens[k];
        let w = word(k);
        if t.kind == TokenKind::Word {
            if !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                return None;
            }
        } else if w == "(" {
            // "(AP)", "(Reuters)": one or two capitalized words in brackets.
            let close = (k + 1..p1.min(k + 4)).find(|&j| word(j) == ")")?;
            if close == k + 1
                || !(k + 1..close).all(|j| tokens[j].kind == TokenKind::Word && word(j).starts_with(char::is_uppercase))
            {
                return None;
            }
            agency = true;
            k = close;
        } else if matches!(w, "-" | "–" | "—" | "―" | "--") {
            // "--" may be two tokens.
            if w == "-" && k + 1 < p1 && word(k + 1) == "-" && tokens[k + 1].start == t.end {
                k += 1;
            }
            let capitals = word(p0).chars().filter(|c| c.is_alphabetic()).count() >= 2
                && word(p0).chars().all(|c| !c.is_lowercase());
            let next_capitalized =
                k + 1 < p1 && tokens[k + 1].kind == TokenKind::Word && word(k + 1).starts_with(char::is_uppercase);
            return (k > p0 && (agency || capitals) && next_capitalized).then_some(k);
        } else if w != "," && !(w == "." && k > p0 && tokens[k - 1].end == t.start) {
            // A state's abbreviation keeps its period: "RENO, Nev. (AP)".
            return None;
        }
        k += 1;
    }
    None
}

/// Whether the tokens from `from` start an attribution: up to four name-like words (or a
/// determiner phrase) and then a lowercase speech verb, then the sentence's end or a comma.
/// After a quotation closed by a full stop, a verb handing over to a quotation of its own
/// opens a new sentence: `"... we have found." He added, "..."`.
fn attribution_follows(text: &str, tokens: &[Token], from: usize, end: usize, full_stop: bool) -> bool {
    for (k, t) in tokens[from..end.min(from + 5)].iter().enumerate() {
        if t.kind != TokenKind::Word {
            return false;
        }
        let w = &text[t.start..t.end];
        if w.chars().next().is_some_and(char::is_lowercase) {
            // A speech verb proper ("shouted", "asked"), not one that needs a particle, or an
            // idiom ("went on").
            let low = w.to_lowercase();
            let idiom = || {
                tokens.get(from + k + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && lexicon::IDIOM_CUES
                            .iter()
                            .any(|(f, second, _)| *f == low && text[n.start..n.end] == **second)
                })
            };
            let hands_over = || {
                let v = from + k + 1;
                v + 1 < end
                    && tokens[v].kind == TokenKind::Punct
                    && matches!(tok_char(text, &tokens[v]), ',' | ':')
                    && tokens[v + 1].kind == TokenKind::QuoteOpen
            };
            // `"... politics." He said he did not ...`: a verb opening a clause of its own
            // ("said that", "said he") starts a new sentence after a full stop.
            let clause_follows = || {
                tokens.get(from + k + 1).filter(|_| from + k + 1 < end).is_some_and(|n| {
                    let w = &text[n.start..n.end];
                    n.kind == TokenKind::Word
                        && ["that", "he", "she", "they", "we", "i", "it", "there"]
                            .iter()
                            .any(|p| w.eq_ignore_ascii_case(p))
                })
            };
            return (lexicon::cue_lemma(&low).is_some_and(|l| !lexicon::contains(lexicon::PARTICLE_ONLY_CUES, l))
                || idiom())
                && k <= 4
                && !(full_stop && (hands_over() || clause_follows()));
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_are_the_alphanumerics() {
        for c in ('\0'..='\u{3000}').chain(['’', '“', '”', '—', '…', 'é', 'ß', '١']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn sentences(text: &str) -> Vec<String> {
        let s = segment(text);
        s.sentences.iter().map(|x| text[s.tokens[x.first].start..s.tokens[x.last - 1].end].to_string()).collect()
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(sentences("WASHINGTON (AP) — Clinton said it."), ["WASHINGTON (AP) —", "Clinton said it."]);
        assert_eq!(sentences("RENO, Nev. (AP) — Clinton said it."), ["RENO, Nev. (AP) —", "Clinton said it."]);
        assert_eq!(sentences("Dec 29 (Reuters) - Clinton said it."), ["Dec 29 (Reuters) -", "Clinton said it."]);
        assert_eq!(sentences("BOCA RATON, Fla. -- Trump said it."), ["BOCA RATON, Fla. --", "Trump said it."]);
        assert_eq!(sentences("The Senate - and the House - said it."), ["The Senate - and the House - said it."]);
    }

    #[test]
    fn verb_clitics_are_tokens_of_their_own_but_possessives_are_not() {
        let text = "He's said they’ve won; Trump's aides didn't, and it's over.";
        let toks: Vec<&str> = tokenize(text).iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            toks,
            [
                "He", "'s", "said", "they", "’ve", "won", ";", "Trump's", "aides", "didn't", ",", "and", "it", "'s",
                "over", "."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let got = sentences("Gen. Smith met Mr. John F. Kennedy on Jan. 5 in Washington. He left.");
        assert_eq!(got, ["Gen. Smith met Mr. John F. Kennedy on Jan. 5 in Washington.", "He left."]);
    }

    #[test]
    fn a_party_and_state_in_brackets_does_not_end_a_sentence() {
        let got = sentences("\"Bad day,\" said Rep. Butterfield (D-N.C.), head of the caucus. \"A fraud.\"");
        assert_eq!(got, ["\"Bad day,\" said Rep. Butterfield (D-N.C.), head of the caucus.", "\"A fraud.\""]);
    }

    #[test]
    fn us_ends_a_sentence_only_before_a_sentence_opener() {
        let got = sentences("He flew to the U.S. The trip was long. The U.S. Army agreed.");
        assert_eq!(got, ["He flew to the U.S.", "The trip was long.", "The U.S. Army agreed."]);
    }

    #[test]
    fn quotes_are_not_split_inside() {
        let got = sentences("\"We will win. They will lose,\" he said. Then he left.");
        assert_eq!(got, ["\"We will win. They will lose,\" he said.", "Then he left."]);
    }

    #[test]
    fn a_quote_ending_in_its_own_punctuation_keeps_its_attribution() {
        let got = sentences("\"All the way!\" Dawson shouted. \"Why?\" Mr. Smith asked. \"No.\" The vote failed.");
        assert_eq!(
            got,
            ["\"All the way!\" Dawson shouted.", "\"Why?\" Mr. Smith asked.", "\"No.\"", "The vote failed."]
        );
        // A verb that opens a clause of its own after a full stop starts a new sentence.
        let got = sentences("He called it \"a little politics.\" He said he did not seek it. \"No.\" She said that.");
        assert_eq!(
            got,
            ["He called it \"a little politics.\"", "He said he did not seek it.", "\"No.\"", "She said that."]
        );
    }

    #[test]
    fn curly_quotes_pair_and_retype_marks() {
        let text = "She said “it is over” and left.";
        let s = segment(text);
        assert_eq!(s.quotes.len(), 1);
        let q = s.quotes[0];
        assert!(q.closed);
        assert_eq!(&text[q.open..q.close], "“it is over”");
    }

    #[test]
    fn quotes_continue_over_paragraphs() {
        let text = "\"First part of the quote.\n\n\"Second part,\" he said.";
        let s = segment(text);
        assert_eq!(s.quotes.len(), 2);
        assert!(!s.quotes[0].closed);
        assert_eq!(s.quotes[1].continues, Some(0));
    }

    #[test]
    fn stray_quote_marks_do_not_break_segmentation() {
        let text = "He said \" nothing. Then ” more \" and \"\" here.\n\n\"";
        let s = segment(text);
        assert!(!s.sentences.is_empty());
        for q in &s.quotes {
            assert!(q.open <= q.close && q.close <= text.len());
        }
    }

    #[test]
    fn char_index_counts_code_points() {
        let text = "Ünïcödé “x” ".repeat(200);
        let idx = CharIndex::new(&text);
        for (b, _) in text.char_indices() {
            assert_eq!(idx.char_of(b), text[..b].chars().count());
        }
        assert_eq!(idx.char_of(text.len()), text.chars().count());
    }

    #[test]
    fn tokens_keep_abbreviations_and_possessives_whole() {
        let text = "The U.S. official's 1,000 Secretary-General a.m. end.";
        let toks: Vec<&str> = tokenize(text).iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(toks, ["The", "U.S.", "official's", "1,000", "Secretary-General", "a.m.", "end", "."]);
    }

    #[test]
    fn single_line_breaks_inside_wrapped_text_are_not_paragraphs() {
        let text = "This is a long line of text that goes on and on and on until it wraps\naround here. Next.";
        let s = segment(text);
        assert_eq!(s.paragraphs.len(), 1);
    }
}

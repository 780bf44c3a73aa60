//! Relay names: the outlet that carried a statement, normalised ("Russia's TASS news agency"
//! → "TASS") and never the article's own publisher.

use crate::lexicon;

fn strip_possessive(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

/// The known outlet whose name (with a possessive or not) opens `words`, the longest such
/// name, without its "The"; not one followed by a number ("Fox 35" is a station of its own).
fn known_opening(words: &[&str]) -> Option<&'static str> {
    (1..=words.len().min(5)).rev().find_map(|n| {
        if words.get(n).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
            return None;
        }
        let head = words[..n].join(" ").replace('’', "'");
        lexicon::outlet_name(strip_possessive(&head).unwrap_or(&head))
    })
}

/// Normalise an outlet phrase: drop a possessive owner ("Russia's"), articles and generic
/// descriptors ("news agency"), but keep the phrase whole when nothing named would remain
/// ("US news agencies").
pub(crate) fn normalize_relay(phrase: &str) -> String {
    // "Central European News (CEN)": the short form in brackets is not part of the name.
    let phrase = phrase.split_once(" (").map_or(phrase, |(name, _)| name);
    let phrase = phrase.trim().trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower = phrase.to_lowercase();
    // A poll or survey is evidence, not an outlet carrying words; "its own website" is the
    // speaker's own channel.
    if lower.split_whitespace().any(|w| matches!(w, "poll" | "polls" | "polling" | "survey" | "surveys"))
        || lower
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "its" | "his" | "her" | "their" | "our" | "my" | "your"))
    {
        return String::new();
    }
    // "Bill O'Reilly of Fox News": the outlet is what follows "of".
    if let Some((_, outlet)) = phrase.split_once(" of ")
        && lexicon::OUTLETS.binary_search(&outlet.trim()).is_ok()
    {
        return outlet.trim().to_string();
    }
    if lexicon::OUTLETS.binary_search(&phrase).is_ok() {
        return phrase.strip_prefix("The ").unwrap_or(phrase).to_string();
    }
    // "the media", "this newspaper": no outlet named, or the publisher itself.
    if matches!(lower.as_str(), "media" | "the media" | "the press" | "the news media") || lower.starts_with("this ") {
        return String::new();
    }
    // "the New Yorker's Jane Mayer", "Women’s Health magazine": a known outlet opening the
    // phrase, with or without a possessive, is its name (a possessive is otherwise an owner
    // to drop: "Russia's TASS").
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let skip = usize::from(words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")));
    if let Some(known) = known_opening(&words[skip..]) {
        return known.to_string();
    }
    // "Woman's Weekly", "Reader's Digest": a possessive opening a name whose last word says
    // too little alone.
    if let [owner, name] = words[skip..]
        && strip_possessive(owner).is_some()
        && !lexicon::outlet_shaped(&[name])
        && lexicon::outlet_shaped(&[owner, name])
    {
        return words[skip..].join(" ");
    }
    // Drop everything up to the last possessive that is followed by more words.
    let start = words
        .iter()
        .enumerate()
        .filter(|(i, w)| strip_possessive(w).is_some() && i + 1 < words.len())
        .map(|(i, _)| i + 1)
        .next_back()
        .unwrap_or(0);
    let mut rest = &words[start..];
    // "a recent report from Bloomberg": the name, not the words before it.
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    // "10 News": a number opening a name; "A report from Reuters": not a capitalized article.
    let opens_name = |i: usize| {
        capital(&rest[i]) && !(matches!(rest[i], "The" | "A" | "An") && rest.get(i + 1).is_some_and(|w| !capital(w)))
            || rest[i].starts_with(|c: char| c.is_ascii_digit()) && rest.get(i + 1).is_some_and(capital)
    };
    if let Some(first_name) = (0..rest.len()).find(|&i| opens_name(i)) {
        rest = &rest[first_name..];
    }
    // "CNN about", "AP his firm", "NBC Senior Investigative Correspondent Cynthia": a known
    // outlet opening the phrase is the relay, whatever the span ran on to.
    if let Some(known) = known_opening(rest) {
        return known.to_string();
    }
    // Otherwise the name ends at the first lowercase word after it ("Alyona Minkovski about
    // his"), without a day or month after it ("MSNBC Monday") or a possessive ending ("ABC's").
    if rest.first().is_some_and(capital) {
        let end = (1..rest.len())
            .find(|&j| {
                let w = rest[j].to_lowercase();
                !capital(&rest[j])
                    && !w.starts_with(|c: char| c.is_ascii_digit())
                    && !matches!(w.as_str(), "of" | "and" | "&" | "de" | "der")
                    && !lexicon::contains(lexicon::OUTLET_NOUNS, &w)
                    && !lexicon::contains(lexicon::OUTLET_DESCRIPTORS, &w)
            })
            .unwrap_or(rest.len());
        rest = &rest[..end];
    }
    while rest.len() > 1
        && rest.last().is_some_and(|w| {
            let w = w.to_lowercase();
            lexicon::WEEKDAYS.contains(&w.as_str()) || lexicon::month_number(&w).is_some()
        })
    {
        rest = &rest[..rest.len() - 1];
    }
    let unpossessed: Vec<&str>;
    if let Some(last) = rest.last().and_then(|w| strip_possessive(w)) {
        unpossessed = rest[..rest.len() - 1].iter().copied().chain([last]).collect();
        rest = &unpossessed;
    }
    // "German magazine Der Spiegel": the name after a nationality and an outlet noun
    // ("Taiwanese publication DigiTimes": an -ese or -ian adjective before one too).
    // "the television program Inside Edition": a programme's noun before its name too.
    let programme = |w: &str| matches!(w, "program" | "programme" | "show");
    let adjective_before_noun = |i: usize| {
        (rest[i].ends_with("ese") || rest[i].ends_with("ian") || rest[i].ends_with("an"))
            && rest.get(i + 1).is_some_and(|n| lexicon::contains(lexicon::OUTLET_NOUNS, &n.to_lowercase()))
    };
    let lead = rest
        .iter()
        .enumerate()
        .take_while(|&(i, w)| {
            adjective_before_noun(i)
                || programme(w)
                || lexicon::NATIONALITIES.contains(w)
                || lexicon::contains(lexicon::OUTLET_NOUNS, &w.to_lowercase())
                || lexicon::contains(lexicon::OUTLET_DESCRIPTORS, &w.to_lowercase())
        })
        .count();
    if lead > 0 && rest[lead..].first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        rest = &rest[lead..];
    }
    let rest_str = rest.join(" ");
    if lexicon::OUTLETS.binary_search(&rest_str.as_str()).is_ok() {
        return rest_str;
    }
    // "the Xinhua news agency" → "Xinhua"; a capitalized descriptor is part of the name
    // ("Central European News").
    let core: Vec<&str> = rest
        .iter()
        .copied()
        .filter(|w| capital(w) || !lexicon::contains(lexicon::OUTLET_DESCRIPTORS, &w.to_lowercase()))
        .collect();
    let named =
        core.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase) && !lexicon::NATIONALITIES.contains(w));
    if named {
        core.join(" ")
    } else {
        let kept: Vec<&str> = rest.iter().copied().skip_while(|w| w.eq_ignore_ascii_case("the")).collect();
        kept.join(" ")
    }
}

/// Whether a normalized phrase is an outlet's name: a known outlet ("Reuters", "Independent"
/// for "The Independent") or a newspaper's ("Boston Globe", "Post").
pub(crate) fn names_an_outlet(name: &str) -> bool {
    lexicon::outlet_name(name).is_some() || {
        let words: Vec<&str> = name.split_whitespace().collect();
        lexicon::outlet_shaped(words.strip_prefix(&["The"]).unwrap_or(&words))
    }
}

/// Whether a phrase is nothing but the outlet `name` and lowercase words ("The Boston Globe",
/// "the nationalist Global Times tabloid", "a report in the Des Moines Register"), not a
/// person of it ("CNN's Dana Bash", "MSNBC reporter Alex Seitz-Wald").
pub(crate) fn is_whole(name: &str, phrase: &str) -> bool {
    let phrase = phrase.replace('’', "'");
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // "Tampa Bay's 10 News": an owner before a possessive is no part of the name.
    let owned = words[..words.len().saturating_sub(1)].iter().rposition(|w| w.ends_with("'s")).map_or(0, |i| i + 1);
    let capitalized: Vec<&str> = words[owned..]
        .iter()
        .copied()
        .filter(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && !matches!(*w, "The" | "A" | "An")
        })
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .collect();
    // "Buzzfeed" for BuzzFeed: the known name in other capitals.
    capitalized.join(" ").eq_ignore_ascii_case(name)
}

/// "the Emirates 247 news website", "the Wenzhou Daily newspaper": a name followed by nothing
/// but lowercase words for an outlet, one of them a noun for one. The name.
pub(crate) fn named_before_its_noun(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // "a Baton Rouge newspaper" names a place, "the Emirates 247 news website" an outlet.
    if words.first().is_some_and(|w| matches!(*w, "a" | "A" | "an" | "An")) {
        return None;
    }
    let skip = usize::from(words.first().is_some_and(|w| matches!(*w, "the" | "The")));
    let name_end = words.iter().rposition(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))? + 1;
    let name = &words[skip..name_end];
    let tail = &words[name_end..];
    let outlet_word =
        |w: &str| lexicon::contains(lexicon::OUTLET_NOUNS, w) || lexicon::contains(lexicon::OUTLET_DESCRIPTORS, w);
    (!name.is_empty()
        && name[0].starts_with(char::is_uppercase)
        && name.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !name.iter().any(|w| lexicon::NATIONALITIES.contains(w) || w.ends_with("'s") || w.ends_with("’s"))
        // Not "the Koch network", "the state agency": news, or a noun only outlets go by.
        && tail.iter().any(|w| {
            *w == "news" || lexicon::contains(lexicon::OUTLET_NOUNS, w) && !matches!(*w, "network" | "media" | "agency" | "agencies" | "outlet" | "outlets")
        })
        && tail.iter().all(|w| outlet_word(w)))
    .then(|| name.join(" "))
}

/// Whether `relay` is the article's own publisher (then it is not a relay).
pub(crate) fn is_own_outlet(relay: &str, outlet: Option<&str>) -> bool {
    let Some(outlet) = outlet else { return false };
    // "TheHill" for The Hill: letters and digits only.
    let norm = |s: &str| {
        let squashed: String = s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        squashed.strip_prefix("the").map(str::to_string).unwrap_or(squashed)
    };
    let (r, o) = (norm(relay), norm(outlet));
    // "the Globe" on a page of the California Globe: a name's last word stands for it.
    let last_word = norm(outlet.rsplit(' ').next().unwrap_or_default());
    !r.is_empty()
        && !o.is_empty()
        && (r == o || o.starts_with(&r) || r.starts_with(&o) || outlet.contains(' ') && r == last_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_owner_and_descriptors_are_dropped() {
        assert_eq!(normalize_relay("Russia's TASS news agency"), "TASS");
        assert_eq!(normalize_relay("Russia’s TASS news agency"), "TASS");
        assert_eq!(normalize_relay("TASS news agency"), "TASS");
        assert_eq!(normalize_relay("the state-run RIA Novosti agency"), "RIA Novosti");
        assert_eq!(normalize_relay("German magazine Der Spiegel"), "Der Spiegel");
        assert_eq!(normalize_relay("Russian news agency TASS"), "TASS");
    }

    #[test]
    fn generic_phrases_stay_whole() {
        assert_eq!(normalize_relay("US news agencies"), "US news agencies");
        assert_eq!(normalize_relay("the local newspaper"), "local newspaper");
    }

    #[test]
    fn known_outlets_keep_their_name() {
        assert_eq!(normalize_relay("Fox News"), "Fox News");
        assert_eq!(normalize_relay("The Associated Press"), "Associated Press");
        assert_eq!(normalize_relay("Bill O'Reilly of Fox News"), "Fox News");
    }

    #[test]
    fn words_after_the_name_are_dropped() {
        assert_eq!(normalize_relay("CNN about"), "CNN");
        assert_eq!(normalize_relay("AP his firm worked closely"), "AP");
        assert_eq!(normalize_relay("NBC Senior Investigative Correspondent Cynthia"), "NBC");
        assert_eq!(normalize_relay("ABC’s"), "ABC");
        assert_eq!(normalize_relay("CNBC:"), "CNBC");
        assert_eq!(normalize_relay("MSNBC Monday"), "MSNBC");
        assert_eq!(normalize_relay("Latina magazine"), "Latina magazine");
        assert_eq!(normalize_relay("Alyona Minkovski about his"), "Alyona Minkovski");
        assert_eq!(normalize_relay("Fox 35"), "Fox 35");
        assert_eq!(normalize_relay("a recent report from Bloomberg"), "Bloomberg");
    }

    #[test]
    fn polls_and_own_channels_are_no_relays() {
        assert_eq!(normalize_relay("a New York Times/CBS survey released on Thursday"), "");
        assert_eq!(normalize_relay("its own website.''"), "");
    }

    #[test]
    fn own_outlet_is_not_a_relay() {
        assert!(is_own_outlet("Reuters", Some("Reuters")));
        assert!(is_own_outlet("Washington Post", Some("The Washington Post")));
        assert!(!is_own_outlet("TASS", Some("Reuters")));
        assert!(!is_own_outlet("TASS", None));
    }
}

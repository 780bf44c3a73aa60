//! Topic search input: user text made safe for FTS5 MATCH.

/// Turn free user text into an FTS5 query that matches all its words: each word is quoted
/// (inner quotes doubled), so operators (`AND`, `NEAR(`, `-x`, `*`, `:`) are plain words and
/// no input can be an FTS5 syntax error. NUL and control characters are dropped. Returns None
/// when no word is left.
pub fn fts_query(topic: &str) -> Option<String> {
    let terms: Vec<String> = topic
        .split(|c: char| c.is_whitespace() || c.is_control())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(64)
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{StatementFilter, Store};

    #[test]
    fn operators_become_plain_quoted_words() {
        assert_eq!(fts_query("invasion").as_deref(), Some("\"invasion\""));
        assert_eq!(fts_query("a AND b").as_deref(), Some("\"a\" \"AND\" \"b\""));
        assert_eq!(fts_query("NEAR(x y)").as_deref(), Some("\"NEAR(x\" \"y\""));
        assert_eq!(fts_query("-x *").as_deref(), Some("\"x\""));
        assert_eq!(fts_query("say \"he\"").as_deref(), Some("\"say\" \"he\""));
        assert_eq!(fts_query("it\"s"), Some("\"it\"\"s\"".to_string()));
        assert_eq!(fts_query("  \0 "), None);
    }

    #[test]
    fn hostile_topics_never_fail_a_search() {
        let store = Store::open_in_memory().unwrap();
        for topic in [
            "\"",
            "AND",
            "NEAR(",
            "-x",
            "*",
            "a\0b",
            "'; DROP TABLE statements; --",
            "title:x",
            "\"unbalanced",
            "^start",
            "x OR",
            &"long ".repeat(2000),
        ] {
            let f = StatementFilter { topic: Some(topic.to_string()), ..Default::default() };
            store.statements(&f).unwrap_or_else(|e| panic!("{topic:?}: {e}"));
        }
    }

    /// A store holding the seed article, extracted and grouped.
    fn seeded() -> Store {
        let text = include_str!("../../seeds/000_95e29a5b85b68a4f.txt");
        let article = crate::ingest::formats::parse_text("seed.txt", text);
        let statements = crate::ingest::extract_article(&article);
        let mut store = Store::open_in_memory().unwrap();
        store.save_batch(&[(article, statements)]).unwrap();
        crate::analysis::group::group_pending(&mut store).unwrap();
        store
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 200, failure_persistence: None, ..Default::default() })]

        /// Any text — NUL bytes, FTS5 syntax, quotes, SQL — as topic, speaker or relay gives
        /// rows or none, never an error.
        #[test]
        fn any_text_as_a_query_is_not_an_error(
            topic in "(\\PC|[\"'*^:(){}+\\-\\x00%_]|AND |OR |NOT |NEAR\\(|Ukraine |Russia ){0,40}",
            speaker in proptest::option::of("(\\PC|[\"'%_\\\\\\x00]){0,12}"),
            via in proptest::option::of("(\\PC|[\"'%_\\\\\\x00]){0,12}"),
        ) {
            let store = seeded_store();
            let f = StatementFilter { topic: Some(topic.clone()), speaker, via, ..Default::default() };
            store.statements(&f).unwrap();
            store.group_ids(Some(&topic), 1, 50).unwrap();
            crate::analysis::compare::compare(store, &topic, 20).unwrap();
        }
    }

    /// One seeded store for every case.
    fn seeded_store() -> &'static Store {
        // A connection is not Sync: one store per test thread, kept for the whole run.
        thread_local! {
            static STORE: &'static Store = Box::leak(Box::new(seeded()));
        }
        STORE.with(|s| *s)
    }
}

//! `cargo bench --bench pipeline`: extraction, segmentation and the claim matcher on real text.
//!
//! Articles come from `../shared/corpus/polnear-dev.jsonl` (or the JSONL named by
//! `WHOSAID_BENCH_CORPUS`), read at run time. When that file is absent a notice is printed
//! and the bundled seed article stands in, so the benches still run (with less meaning).
//!
//! Divan prints time per iteration plus throughput: one iteration of the `extract` and
//! `segment` benches is one pass over the whole corpus, so "item/s" is articles/s and
//! "B/s" is bytes of article text per second. The `similarity` benches count statements
//! (Features::new) or pairs (similarity).
//!
//! Filter as usual: `cargo bench --bench pipeline -- extract`.

use std::path::PathBuf;
use std::sync::LazyLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use rayon::prelude::*;
use whosaid::analysis::similarity::{Features, Idf, similarity};
use whosaid::ingest::formats::{parse_record, parse_text};
use whosaid::ingest::{extract_article, sentences};
use whosaid::model::Article;

fn main() {
    let c = &*CORPUS;
    eprintln!(
        "corpus: {} ({} articles, {:.2} MB of text; {} statements, {} matcher pairs); rayon threads: {}",
        c.origin,
        c.articles.len(),
        c.bytes as f64 / 1e6,
        c.statements.len(),
        c.pairs.len(),
        rayon::current_num_threads()
    );
    divan::main();
}

struct Corpus {
    origin: String,
    articles: Vec<Article>,
    bytes: u64,
    /// Contents of every statement extracted from the articles (what grouping matches).
    statements: Vec<String>,
    /// Prepared statements, their IDF table (weights already cached), and pairs to score.
    features: Vec<Features>,
    idf: Idf,
    pairs: Vec<(usize, usize)>,
}

fn corpus_path() -> PathBuf {
    match std::env::var_os("WHOSAID_BENCH_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear-dev.jsonl"),
    }
}

fn load_articles() -> (String, Vec<Article>) {
    let path = corpus_path();
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let articles = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .filter_map(|(i, l)| {
                    let v: serde_json::Value = serde_json::from_str(l).ok()?;
                    parse_record(&format!("{}:{}", path.display(), i + 1), &v).ok()
                })
                .collect();
            (path.display().to_string(), articles)
        }
        Err(e) => {
            eprintln!(
                "notice: {} not readable ({e}); benchmarking the bundled seed article instead \
                 (set WHOSAID_BENCH_CORPUS to a JSONL corpus for meaningful figures)",
                path.display()
            );
            let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
            let mut articles = Vec::new();
            for entry in std::fs::read_dir(&seeds).expect("seeds/ is in the repository").flatten() {
                let p = entry.path();
                if p.extension().is_some_and(|x| x == "txt") {
                    let text = std::fs::read_to_string(&p).expect("seed article is readable");
                    articles.push(parse_text(&p.display().to_string(), &text));
                }
            }
            ("seeds/*.txt".to_string(), articles)
        }
    }
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let (origin, articles) = load_articles();
    let bytes = articles.iter().map(|a| a.text.len() as u64).sum();
    let statements: Vec<String> =
        articles.par_iter().flat_map_iter(|a| extract_article(a).into_iter().map(|s| s.content)).collect();
    let features: Vec<Features> = statements.iter().map(|s| Features::new(s)).collect();
    let mut idf = Idf::new();
    for f in &features {
        idf.add_document(f);
    }
    // Each statement against its neighbour (often the same article or topic) and against a
    // statement far away (unrelated): the mix grouping scores.
    let n = features.len();
    let pairs: Vec<(usize, usize)> = if n < 2 {
        Vec::new()
    } else {
        (0..n.min(5_000)).flat_map(|i| [(i, (i + 1) % n), (i, (i * 7_919 + n / 2) % n)]).collect()
    };
    // Warm the per-Features weight cache, as a settled grouping batch would have it.
    for &(a, b) in &pairs {
        black_box(similarity(&features[a], &features[b], &idf));
    }
    Corpus { origin, articles, bytes, statements, features, idf, pairs }
});

fn corpus_counters<'a, 'b>(b: Bencher<'a, 'b>) -> Bencher<'a, 'b> {
    let c = &*CORPUS;
    b.counter(ItemsCount::new(c.articles.len())).counter(BytesCount::new(c.bytes))
}

mod extract {
    use super::*;

    /// One thread, every article once: per-article extraction cost.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn single_thread(b: Bencher) {
        let c = &*CORPUS;
        corpus_counters(b).bench(|| {
            for a in &c.articles {
                black_box(extract_article(black_box(a)));
            }
        });
    }

    /// One "sentence" with no full stop and a cue every few words, at growing lengths: the
    /// bytes/s figure stays flat when extraction is linear in the text (every scan bounded).
    #[divan::bench(args = [1_000, 4_000, 16_000], sample_count = 3, sample_size = 1)]
    fn run_on_sentence(b: Bencher, clauses: usize) {
        let clause = "\"We will win,\" he said, and Smith told reporters that Jones believes the plan works, \
                      according to Reuters, ";
        let a = Article { text: clause.repeat(clauses), ..Default::default() };
        b.counter(BytesCount::new(a.text.len())).bench(|| black_box(extract_article(black_box(&a))));
    }

    /// One paragraph of many short reports by the same few speakers, described and quoted
    /// ("Officials said", an "I" inside a quotation, an outlet reporting): the lookups between
    /// statements and speakers must stay bounded, so bytes/s stays flat as it grows.
    #[divan::bench(args = [1_000, 4_000, 16_000], sample_count = 3, sample_size = 1)]
    fn dense_paragraph(b: Bencher, reports: usize) {
        let report = "\"We were there,\" she told CNN. \"I said we were fine,\" she said. \
                      Officials said it was over, the Post reported. ";
        let a = Article { text: report.repeat(reports), ..Default::default() };
        b.counter(BytesCount::new(a.text.len())).bench(|| black_box(extract_article(black_box(&a))));
    }

    /// All rayon threads (the cores), as `whosaid extract` and `load` run it.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn all_threads(b: Bencher) {
        let c = &*CORPUS;
        corpus_counters(b).bench(|| {
            c.articles.par_iter().for_each(|a| {
                black_box(extract_article(black_box(a)));
            });
        });
    }
}

/// Sentence and quote segmentation alone (the first step of extraction), one thread.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn segment(b: Bencher) {
    let c = &*CORPUS;
    corpus_counters(b).bench(|| {
        for a in &c.articles {
            black_box(sentences::segment(black_box(&a.text)));
        }
    });
}

mod matcher {
    use super::*;

    /// `Features::new` for every extracted statement (grouping does this once per statement
    /// and once per candidate read back from the database), one thread.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn features_new(b: Bencher) {
        let c = &*CORPUS;
        let bytes: usize = c.statements.iter().map(String::len).sum();
        b.counter(ItemsCount::new(c.statements.len())).counter(BytesCount::new(bytes)).bench(|| {
            for s in &c.statements {
                black_box(Features::new(black_box(s)));
            }
        });
    }

    /// `similarity` per pair with each side's IDF weights cached (a settled batch), one thread.
    #[divan::bench(sample_count = 20, sample_size = 1)]
    fn similarity_warm(b: Bencher) {
        let c = &*CORPUS;
        b.counter(ItemsCount::new(c.pairs.len())).bench(|| {
            for &(x, y) in &c.pairs {
                black_box(similarity(&c.features[x], &c.features[y], &c.idf));
            }
        });
    }

    /// `similarity` per pair on freshly prepared sides (weights computed on first use: the
    /// cost for a candidate read back from the database), one thread; Features::new excluded.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn similarity_cold(b: Bencher) {
        let c = &*CORPUS;
        b.counter(ItemsCount::new(c.pairs.len())).with_inputs(|| c.features.clone()).bench_local_refs(|fresh| {
            for &(x, y) in &c.pairs {
                black_box(similarity(&fresh[x], &fresh[y], &c.idf));
            }
        });
    }
}

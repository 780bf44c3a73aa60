//! Micro-benchmark of the lexical matcher: similarity calls per second, and CandidateIndex
//! insert + query throughput at 100k and 1M synthetic statements. Prints figures only.
//!
//! Usage: `cargo run --release --example similarity_bench -- [SIZES]`, SIZES a comma list
//! (default `100000,1000000`). Single-threaded throughout, so figures are per core.
//!
//! Statements are synthetic: 8-24 words drawn from a Zipf-like distribution over a 60,000
//! word made-up vocabulary plus English function words, so posting lists have the skew of
//! real text. A query is a paraphrase of an inserted statement (about a third of its words
//! dropped, the rest shuffled, two foreign words added); recall@50 is printed as a sanity
//! check that the bounded index still finds it.

use std::time::Instant;

use whosaid::analysis::similarity::{CandidateIndex, Features, Idf, similarity};

const VOCAB: usize = 60_000;
const FUNCTION_WORDS: &[&str] = &["the", "a", "of", "to", "in", "said", "was", "and", "on"];

/// SplitMix64: tiny deterministic generator so runs are comparable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Made-up but pronounceable word number `i` (distinct for distinct `i`).
fn word(i: usize) -> String {
    const SYL: [&str; 20] = [
        "ba", "ke", "lo", "mi", "nu", "pa", "re", "si", "to", "vu", "dra", "gen", "hol", "jin", "kor", "lem", "mar",
        "nor", "pel", "zan",
    ];
    let mut w = String::new();
    let mut k = i;
    loop {
        w.push_str(SYL[k % SYL.len()]);
        k /= SYL.len();
        if k == 0 {
            break;
        }
    }
    w
}

/// Zipf-like rank: inverse-CDF of a continuous 1/x law over 1..=VOCAB.
fn zipf(rng: &mut Rng) -> usize {
    ((VOCAB as f64).powf(rng.unit()) as usize).clamp(1, VOCAB) - 1
}

fn statement(seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    let n = 8 + rng.below(17);
    (0..n)
        .map(|_| {
            if rng.below(3) == 0 {
                FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())].to_string()
            } else {
                word(zipf(&mut rng))
            }
        })
        .collect()
}

fn paraphrase(words: &[String], seed: u64) -> String {
    let mut rng = Rng(seed ^ 0x5eed);
    let mut kept: Vec<String> = words.iter().filter(|_| rng.below(3) != 0).cloned().collect();
    for i in (1..kept.len()).rev() {
        kept.swap(i, rng.below(i + 1));
    }
    kept.push(word(zipf(&mut rng)));
    kept.push(word(zipf(&mut rng)));
    kept.join(" ")
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "100000,1000000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();

    // --- similarity calls per second ---
    let texts: Vec<String> = (0..2_000).map(|i| statement(i).join(" ")).collect();
    let t = Instant::now();
    let feats: Vec<Features> = texts.iter().map(|s| Features::new(s)).collect();
    let per_feature = t.elapsed() / feats.len() as u32;
    let mut idf = Idf::new();
    for f in &feats {
        idf.add_document(f);
    }
    let mut rng = Rng(7);
    let calls = 1_000_000;
    let t = Instant::now();
    let mut sink = 0.0;
    for _ in 0..calls {
        sink += similarity(&feats[rng.below(feats.len())], &feats[rng.below(feats.len())], &idf);
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "Features::new: {per_feature:.2?} per statement; similarity: {:.0} calls/s \
         ({:.2} us/call, warm weight cache, checksum {sink:.1})",
        calls as f64 / secs,
        secs * 1e6 / calls as f64
    );
    // Cold: every call recomputes weights because the Idf changed in between.
    let cold_calls = 20_000;
    let t = Instant::now();
    for i in 0..cold_calls {
        if i % 2 == 0 {
            idf.add_document(&feats[i % feats.len()]);
        }
        sink += similarity(&feats[rng.below(feats.len())], &feats[rng.below(feats.len())], &idf);
    }
    let secs = t.elapsed().as_secs_f64();
    std::hint::black_box(sink);
    println!("similarity under a changing Idf (no cache hits): {:.0} calls/s", cold_calls as f64 / secs);

    // --- candidate index ---
    for &n in &sizes {
        let mut index = CandidateIndex::new();
        let (mut t_feat, mut t_insert) = (0.0, 0.0);
        for id in 0..n {
            let t = Instant::now();
            let f = Features::new(&statement(id as u64).join(" "));
            t_feat += t.elapsed().as_secs_f64();
            let t = Instant::now();
            index.insert(id as i64, &f);
            t_insert += t.elapsed().as_secs_f64();
        }
        let queries = 5_000;
        let mut rng = Rng(n as u64);
        let qs: Vec<(i64, Features)> = (0..queries)
            .map(|_| {
                let id = rng.below(n);
                let q = paraphrase(&statement(id as u64), id as u64);
                (id as i64, Features::new(&q))
            })
            .collect();
        let t = Instant::now();
        let mut found = 0;
        for (id, f) in &qs {
            if index.candidates(f, 50).contains(id) {
                found += 1;
            }
        }
        let t_query = t.elapsed().as_secs_f64();
        println!(
            "CandidateIndex n={n}: insert {:.0}/s ({:.1} s; Features::new another {:.1} s), \
             query(limit 50) {:.0}/s ({:.0} us each), paraphrase recall@50 {:.3}",
            n as f64 / t_insert,
            t_insert,
            t_feat,
            queries as f64 / t_query,
            t_query * 1e6 / queries as f64,
            found as f64 / queries as f64
        );
    }
}

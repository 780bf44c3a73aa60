//! Dev probe (not committed): best-candidate scores between statements of a corpus.
use whosaid::analysis::similarity::*;
use whosaid::ingest::extract_article;
use whosaid::ingest::read::{self, Item, ReadOptions, Source};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let mut arts = Vec::new();
    read::read_sources(&[Source::File(path.into())], &ReadOptions::default(), &mut std::io::empty(), &mut |i| {
        if let Item::Article(a) = i {
            arts.push(*a)
        }
    });
    let mut texts: Vec<(usize, String)> = Vec::new();
    for (ai, a) in arts.iter().enumerate() {
        for s in extract_article(a) {
            texts.push((ai, s.content));
        }
    }
    let feats: Vec<Features> = texts.iter().map(|t| Features::new(&t.1)).collect();
    let mut idf = Idf::new();
    for f in &feats {
        idf.add_document(f);
    }
    let mut index = CandidateIndex::new();
    let mut out = Vec::new();
    for (i, f) in feats.iter().enumerate() {
        if !is_groupable(f) {
            continue;
        }
        let mut best = (0.0, usize::MAX);
        for c in index.candidates(f, 40) {
            let c = c as usize;
            if texts[c].0 == texts[i].0 {
                continue;
            }
            let parts = similarity_parts(f, &feats[c], &idf);
            let s = parts.score();
            let mc: f64 = std::env::args().nth(4).unwrap().parse().unwrap();
            if parts.cover_min < mc {
                continue;
            }
            if s > best.0 {
                best = (s, c);
            }
        }
        if best.1 != usize::MAX {
            out.push((best.0, i, best.1));
        }
        index.insert(i as i64, f);
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0));
    let lo: f64 = std::env::args().nth(2).unwrap().parse().unwrap();
    let hi: f64 = std::env::args().nth(3).unwrap().parse().unwrap();
    let sel: Vec<_> = out.iter().filter(|x| x.0 >= lo && x.0 < hi).collect();
    println!("{} pairs in [{lo},{hi}) of {}", sel.len(), out.len());
    for (k, x) in sel.iter().enumerate() {
        if k % (sel.len() / 12 + 1) == 0 {
            println!(
                "{:.3}\n   A: {}\n   B: {}",
                x.0,
                &texts[x.1].1.chars().take(160).collect::<String>(),
                &texts[x.2].1.chars().take(160).collect::<String>()
            );
        }
    }
}

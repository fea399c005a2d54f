//! Quick throughput benchmark of the committed taggers (single thread).
//!
//! ```text
//! cargo run --release -p ascribe-tagger --features train --example bench_tagger [-- DEV.conllu.gz]
//! ```
//!
//! Tags the silver dev sentences (default: `../shared/data/polnear/silver/
//! dev.conllu.gz` beside the workspace) repeatedly (best of eight quarter-second
//! rounds per measurement) and prints model load time and tokens per second for POS
//! alone and for POS + NER. It prints numbers; it asserts nothing, since
//! timings depend on the machine and its load.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ascribe_tagger::conllu::read_gz;
use ascribe_tagger::{NerTagger, PosTagger, Scratch};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dev = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data/polnear/silver/dev.conllu.gz"));

    // Best of five: the first load also pays for reading the file from disk.
    let mut pos_load = Duration::MAX;
    let mut ner_load = Duration::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        std::hint::black_box(PosTagger::load(&root.join("models/pos.bin"))?);
        pos_load = pos_load.min(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(NerTagger::load(&root.join("models/ner.bin"))?);
        ner_load = ner_load.min(t.elapsed());
    }
    let pos = PosTagger::load(&root.join("models/pos.bin"))?;
    let ner = NerTagger::load(&root.join("models/ner.bin"))?;
    println!(
        "load (best of 5): pos {:.1} ms, ner {:.1} ms",
        pos_load.as_secs_f64() * 1e3,
        ner_load.as_secs_f64() * 1e3
    );

    let sents = read_gz(&dev)?;
    let words: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let ntok: usize = words.iter().map(Vec::len).sum();
    println!("{} sentences, {ntok} tokens", words.len());

    let mut scratch = Scratch::new();
    let (mut tags, mut labels) = (Vec::new(), Vec::new());
    let mut checksum = 0usize;

    let rate = run(ntok, || {
        for w in &words {
            pos.tag_with(w, &mut scratch, &mut tags);
            checksum += tags.len();
        }
    });
    println!("POS (tag_with):       {:>6.2} M tokens/s", rate / 1e6);

    let rate = run(ntok, || {
        for w in &words {
            pos.tag(w, &mut tags);
            checksum += tags.len();
        }
    });
    println!(
        "POS (tag, per-thread scratch): {:>6.2} M tokens/s",
        rate / 1e6
    );

    let rate = run(ntok, || {
        for w in &words {
            pos.tag_with(w, &mut scratch, &mut tags);
            ner.tag_with(w, &tags, &pos, &mut scratch, &mut labels);
            checksum += labels.len();
        }
    });
    println!("POS + NER:            {:>6.2} M tokens/s", rate / 1e6);
    std::hint::black_box(checksum);
    Ok(())
}

/// Runs `f` (one pass over `ntok` tokens) once to warm up, then in eight
/// rounds of at least a quarter second; returns the best round's tokens per
/// second of this thread's CPU time where Linux reports it, else of wall
/// time. Best-of because on a shared machine other processes only ever
/// slow a round down (cache and memory-bandwidth contention).
fn run(ntok: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut best = 0.0f64;
    for _ in 0..8 {
        let start = Instant::now();
        let cpu0 = thread_cpu_ns();
        let mut passes = 0u32;
        while start.elapsed() < Duration::from_millis(250) {
            f();
            passes += 1;
        }
        let wall = start.elapsed().as_secs_f64();
        let secs = match (cpu0, thread_cpu_ns()) {
            (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
            _ => wall,
        };
        best = best.max((ntok as f64 * f64::from(passes)) / secs);
    }
    best
}

/// CPU time of the calling thread in nanoseconds, from
/// `/proc/thread-self/schedstat` (Linux only).
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

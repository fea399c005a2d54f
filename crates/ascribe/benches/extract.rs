//! Criterion benchmark: end-to-end extraction throughput (MB/s) on the
//! example article, for the learned model and for the rules alone.
//! `cargo bench -p ascribe`; the whole-corpus numbers come from
//! `bench/throughput.sh`.

use ascribe::{Document, Extractor};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn article() -> String {
    // The committed example article, repeated to a realistic news length.
    let one = include_str!("../../../examples/council-vote.txt");
    one.repeat(3)
}

fn bench(c: &mut Criterion) {
    let text = article();
    let doc = Document::new(text.clone());
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let learned = Extractor::new().expect("built-in model loads");
    group.bench_function("learned", |b| b.iter(|| learned.extract(&doc).expect("extract")));
    let rules = Extractor::rules_only();
    group.bench_function("rules", |b| b.iter(|| rules.extract(&doc).expect("extract")));
    group.finish();
    c.bench_function("load built-in model", |b| b.iter(|| Extractor::new().expect("load")));
}

criterion_group!(benches, bench);
criterion_main!(benches);

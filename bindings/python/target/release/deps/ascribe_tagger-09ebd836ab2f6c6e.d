/work/main/bindings/python/target/release/deps/ascribe_tagger-09ebd836ab2f6c6e.d: /work/main/crates/tagger/src/lib.rs /work/main/crates/tagger/src/container.rs /work/main/crates/tagger/src/error.rs /work/main/crates/tagger/src/features.rs /work/main/crates/tagger/src/format.rs /work/main/crates/tagger/src/hash.rs /work/main/crates/tagger/src/lexicon.rs /work/main/crates/tagger/src/ner.rs /work/main/crates/tagger/src/perceptron.rs /work/main/crates/tagger/src/pos.rs

/work/main/bindings/python/target/release/deps/libascribe_tagger-09ebd836ab2f6c6e.rmeta: /work/main/crates/tagger/src/lib.rs /work/main/crates/tagger/src/container.rs /work/main/crates/tagger/src/error.rs /work/main/crates/tagger/src/features.rs /work/main/crates/tagger/src/format.rs /work/main/crates/tagger/src/hash.rs /work/main/crates/tagger/src/lexicon.rs /work/main/crates/tagger/src/ner.rs /work/main/crates/tagger/src/perceptron.rs /work/main/crates/tagger/src/pos.rs

/work/main/crates/tagger/src/lib.rs:
/work/main/crates/tagger/src/container.rs:
/work/main/crates/tagger/src/error.rs:
/work/main/crates/tagger/src/features.rs:
/work/main/crates/tagger/src/format.rs:
/work/main/crates/tagger/src/hash.rs:
/work/main/crates/tagger/src/lexicon.rs:
/work/main/crates/tagger/src/ner.rs:
/work/main/crates/tagger/src/perceptron.rs:
/work/main/crates/tagger/src/pos.rs:

/work/main/bindings/python/target/release/deps/ascribe_text-7b5828e5c3d6b425.d: /work/main/crates/text/src/lib.rs /work/main/crates/text/src/abbrev.rs /work/main/crates/text/src/offsets.rs /work/main/crates/text/src/quotes.rs /work/main/crates/text/src/sentence.rs /work/main/crates/text/src/token.rs

/work/main/bindings/python/target/release/deps/libascribe_text-7b5828e5c3d6b425.rmeta: /work/main/crates/text/src/lib.rs /work/main/crates/text/src/abbrev.rs /work/main/crates/text/src/offsets.rs /work/main/crates/text/src/quotes.rs /work/main/crates/text/src/sentence.rs /work/main/crates/text/src/token.rs

/work/main/crates/text/src/lib.rs:
/work/main/crates/text/src/abbrev.rs:
/work/main/crates/text/src/offsets.rs:
/work/main/crates/text/src/quotes.rs:
/work/main/crates/text/src/sentence.rs:
/work/main/crates/text/src/token.rs:

/work/main/bindings/python/target/release/deps/ascribe_parser-c5fce52b9cc866cc.d: /work/main/crates/parser/src/lib.rs /work/main/crates/parser/src/conllu.rs /work/main/crates/parser/src/dense.rs /work/main/crates/parser/src/error.rs /work/main/crates/parser/src/eval.rs /work/main/crates/parser/src/format.rs /work/main/crates/parser/src/state.rs

/work/main/bindings/python/target/release/deps/libascribe_parser-c5fce52b9cc866cc.rmeta: /work/main/crates/parser/src/lib.rs /work/main/crates/parser/src/conllu.rs /work/main/crates/parser/src/dense.rs /work/main/crates/parser/src/error.rs /work/main/crates/parser/src/eval.rs /work/main/crates/parser/src/format.rs /work/main/crates/parser/src/state.rs

/work/main/crates/parser/src/lib.rs:
/work/main/crates/parser/src/conllu.rs:
/work/main/crates/parser/src/dense.rs:
/work/main/crates/parser/src/error.rs:
/work/main/crates/parser/src/eval.rs:
/work/main/crates/parser/src/format.rs:
/work/main/crates/parser/src/state.rs:

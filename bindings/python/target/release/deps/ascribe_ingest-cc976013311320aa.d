/work/main/bindings/python/target/release/deps/ascribe_ingest-cc976013311320aa.d: /work/main/crates/ingest/src/lib.rs /work/main/crates/ingest/src/charset.rs /work/main/crates/ingest/src/doc.rs /work/main/crates/ingest/src/error.rs /work/main/crates/ingest/src/html/mod.rs /work/main/crates/ingest/src/html/embed.rs /work/main/crates/ingest/src/html/render.rs /work/main/crates/ingest/src/http.rs /work/main/crates/ingest/src/score.rs /work/main/crates/ingest/src/warc.rs

/work/main/bindings/python/target/release/deps/libascribe_ingest-cc976013311320aa.rmeta: /work/main/crates/ingest/src/lib.rs /work/main/crates/ingest/src/charset.rs /work/main/crates/ingest/src/doc.rs /work/main/crates/ingest/src/error.rs /work/main/crates/ingest/src/html/mod.rs /work/main/crates/ingest/src/html/embed.rs /work/main/crates/ingest/src/html/render.rs /work/main/crates/ingest/src/http.rs /work/main/crates/ingest/src/score.rs /work/main/crates/ingest/src/warc.rs

/work/main/crates/ingest/src/lib.rs:
/work/main/crates/ingest/src/charset.rs:
/work/main/crates/ingest/src/doc.rs:
/work/main/crates/ingest/src/error.rs:
/work/main/crates/ingest/src/html/mod.rs:
/work/main/crates/ingest/src/html/embed.rs:
/work/main/crates/ingest/src/html/render.rs:
/work/main/crates/ingest/src/http.rs:
/work/main/crates/ingest/src/score.rs:
/work/main/crates/ingest/src/warc.rs:

//! The store when the database cannot grow: batch after batch is written
//! until the size cap (`PRAGMA max_page_count`, SQLite's own "disk full")
//! is hit; the failure is a typed error, every earlier batch is intact, the
//! file passes its integrity checks, and a later run resumes where it stopped.

use ascribe::{Document, Extractor};
use ascribe_store::{Entry, Error, IngestOptions, Store};
use std::path::PathBuf;

fn db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ascribe-store-robust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

/// Batch `b` of `per` invented documents, analysed by the rules.
fn batch(ex: &Extractor, b: usize, per: usize) -> Vec<Entry> {
    (0..per)
        .map(|i| {
            let n = b * per + i;
            let text = format!(
                "“The ferry to island {n} will run every hour from May,” \
                 harbour master Jonas Vik said on Friday. {}",
                "Crews repainted the pier and replaced the ropes. ".repeat(20)
            );
            let doc = Document::new(text).with_id(format!("doc-{n}"));
            let analysis = ex.extract(&doc).expect("extracts");
            Entry::Doc { doc, analysis }
        })
        .collect()
}

fn set_max_pages(store: &Store, pages: i64) {
    store
        .connection()
        .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
        .unwrap();
}

#[test]
fn filling_the_database_is_a_typed_error_and_loses_nothing_committed() {
    let path = db("fill");
    let ex = Extractor::rules_only();
    const PER: usize = 5;
    let store = Store::open(&path).unwrap();
    let pages: i64 = store
        .connection()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    // Room for a handful of batches beyond the empty schema.
    set_max_pages(&store, pages + 40);
    let mut ing = store.ingester(IngestOptions::default()).unwrap();
    let mut committed = 0;
    let err = loop {
        match ing.write_batch(batch(&ex, committed, PER)) {
            Ok(_) => committed += 1,
            Err(e) => break e,
        }
        assert!(committed < 1000, "the cap never bit");
    };
    assert!(matches!(err, Error::DiskFull { .. }), "{err:?}");
    assert!(err.to_string().contains("disk full"), "{err}");
    assert!(committed >= 2, "only {committed} batches fitted");
    drop(ing);

    let check = |expect_batches: usize| {
        let store = Store::open_read_only(&path).unwrap();
        assert_eq!(store.check().unwrap(), Vec::<String>::new());
        let stats = store.stats().unwrap();
        assert_eq!(stats.documents, (expect_batches * PER) as u64);
        assert_eq!(
            stats.attributions, stats.documents,
            "one quote per document"
        );
        let last = format!("doc-{}", expect_batches * PER - 1);
        let next = format!("doc-{}", expect_batches * PER);
        let stored = store.stored_hashes(&[&last, &next]).unwrap();
        assert!(stored.contains_key(&last) && !stored.contains_key(&next));
    };
    check(committed);

    // With room again (a new connection has no cap), the same batch goes in.
    let mut ing = Store::open(&path)
        .unwrap()
        .ingester(IngestOptions::default())
        .unwrap();
    ing.write_batch(batch(&ex, committed, PER)).unwrap();
    ing.finish().unwrap();
    check(committed + 1);
}

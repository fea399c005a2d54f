//! Test corpus setup shared by the server's test binaries.

use ascribe::{Document, Extractor};
use ascribe_store::{Entry, IngestOptions, Store};
use std::path::Path;

/// Extracts `docs` with the rules and stores them in a new store at `path`,
/// in one batch.
pub fn write_corpus(path: &Path, docs: impl IntoIterator<Item = Document>) {
    let ex = Extractor::rules_only();
    let entries = docs
        .into_iter()
        .map(|doc| {
            let analysis = ex.extract(&doc).expect("extract");
            Entry::Doc { doc, analysis }
        })
        .collect();
    let mut ing = Store::open(path)
        .expect("open")
        .ingester(IngestOptions::default())
        .expect("ingester");
    ing.write_batch(entries).expect("write");
    ing.finish().expect("finish");
}

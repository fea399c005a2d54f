//! Writing documents and their attributions, one transaction per batch.
//!
//! A batch is written in a single `BEGIN IMMEDIATE … COMMIT`: if the process
//! dies before the commit, none of the batch is in the file; after it, all
//! of it is. Documents are identified by their id; an id already stored with
//! the same content hash is left alone, one with a different hash has its
//! attributions replaced (and its row updated in place).

use crate::error::{Context, Result};
use crate::resolve::{Resolved, Resolver};
use crate::trace;
use crate::{content_hash, Store};
use ascribe::{Analysis, Attribution, Document, Span};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use std::time::Duration;

/// One unit of input for [`Ingester::write_batch`].
// Almost every entry is a `Doc`, and a batch is a short-lived `Vec`:
// boxing the big variant would cost an allocation per document for nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Entry {
    /// An analysed document. `analysis.errors` holds warnings; they are stored with it.
    Doc {
        /// The document (its `id` must be set).
        doc: Document,
        /// The extractor's result.
        analysis: Analysis,
    },
    /// A document that could not be read or analysed; recorded in `ingest_errors`.
    Failed {
        /// Its id.
        id: String,
        /// What went wrong.
        error: String,
    },
    /// A document the caller found already stored with the same hash (see
    /// [`Store::stored_hashes`]); only counted.
    Unchanged {
        /// Its id.
        id: String,
    },
}

/// What happened to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new document.
    New,
    /// A stored document whose content changed: its attributions were replaced.
    Replaced,
    /// Already stored with the same content: nothing written.
    Unchanged,
    /// Recorded as an error.
    Failed,
}

/// Counts of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct RunSummary {
    /// The run's id in the `runs` table.
    pub run: i64,
    /// New documents.
    pub new: u64,
    /// Replaced documents.
    pub replaced: u64,
    /// Unchanged documents.
    pub unchanged: u64,
    /// Failed documents.
    pub failed: u64,
    /// Attributions written.
    pub attributions: u64,
}

/// Settings of an ingest run.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Re-write documents even when their content hash is unchanged (after a model update).
    pub force: bool,
    /// Test hook for crash tests: sleep this long after each document written
    /// inside the open transaction, so a kill lands mid-batch.
    #[doc(hidden)]
    pub slow_writes: Option<Duration>,
}

/// Writes batches into a store. Holds the speaker index; one per process.
pub struct Ingester {
    store: Store,
    resolver: Resolver,
    options: IngestOptions,
    summary: RunSummary,
}

impl std::fmt::Debug for Ingester {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ingester")
            .field("path", &self.store.path)
            .field("summary", &self.summary)
            .finish()
    }
}

impl Ingester {
    pub(crate) fn new(store: Store, options: IngestOptions) -> Result<Ingester> {
        let path = store.path.clone();
        let resolver = Resolver::load(&store.conn, &path)?;
        store
            .conn
            .execute(
                "INSERT INTO runs (started, version) VALUES (datetime('now'), ?1)",
                [concat!("ascribe-store ", env!("CARGO_PKG_VERSION"))],
            )
            .at(&path)?;
        let run = store.conn.last_insert_rowid();
        Ok(Ingester {
            store,
            resolver,
            options,
            summary: RunSummary {
                run,
                ..RunSummary::default()
            },
        })
    }

    /// The counts so far.
    pub fn summary(&self) -> RunSummary {
        self.summary
    }

    /// Writes a batch in one transaction and returns each entry's outcome.
    /// On error nothing of the batch is kept (and the speaker index is reloaded).
    pub fn write_batch(&mut self, entries: Vec<Entry>) -> Result<Vec<Outcome>> {
        match self.try_write_batch(entries) {
            Ok(out) => Ok(out),
            Err(e) => {
                // New speakers of the rolled-back batch are gone: start over from the file.
                if let Ok(r) = Resolver::load(&self.store.conn, &self.store.path) {
                    self.resolver = r;
                }
                Err(e)
            }
        }
    }

    fn try_write_batch(&mut self, entries: Vec<Entry>) -> Result<Vec<Outcome>> {
        let path = self.store.path.clone();
        let tx = self
            .store
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .at(&path)?;
        let mut outcomes = Vec::with_capacity(entries.len());
        let mut counts = RunSummary::default();
        for entry in entries {
            let outcome = match entry {
                Entry::Unchanged { .. } => Outcome::Unchanged,
                Entry::Failed { id, error } => {
                    tx.execute(
                        "INSERT INTO ingest_errors (run, doc_id, error) VALUES (?1, ?2, ?3)",
                        params![self.summary.run, id, error],
                    )
                    .at(&path)?;
                    Outcome::Failed
                }
                Entry::Doc { doc, analysis } => {
                    let id = doc.id.clone().unwrap_or_else(|| analysis.id.clone());
                    let hash = content_hash(&doc);
                    let existing: Option<(i64, String)> = tx
                        .query_row(
                            "SELECT rowid, content_hash FROM documents WHERE id = ?1",
                            [&id],
                            |r| Ok((r.get(0)?, r.get(1)?)),
                        )
                        .optional()
                        .at(&path)?;
                    let warnings = (!analysis.errors.is_empty())
                        .then(|| serde_json::to_string(&analysis.errors).unwrap_or_default());
                    let n = analysis.attributions.len() as i64;
                    let (rowid, outcome) = match existing {
                        Some((_, old)) if old == hash && !self.options.force => {
                            outcomes.push(Outcome::Unchanged);
                            counts.unchanged += 1;
                            continue;
                        }
                        Some((rowid, _)) => {
                            delete_attributions(&tx, &path, rowid)?;
                            tx.execute(
                                "UPDATE documents SET url = ?2, outlet = ?3, title = ?4, published = ?5, content_hash = ?6,
                                 text = ?7, n_attributions = ?8, warnings = ?9, ingested_at = datetime('now') WHERE rowid = ?1",
                                params![rowid, doc.url, doc.outlet, doc.title, doc.published, hash, doc.text, n, warnings],
                            )
                            .at(&path)?;
                            (rowid, Outcome::Replaced)
                        }
                        None => {
                            tx.execute(
                                "INSERT INTO documents (id, url, outlet, title, published, content_hash, text, n_attributions, warnings, ingested_at)
                                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, datetime('now'))",
                                params![id, doc.url, doc.outlet, doc.title, doc.published, hash, doc.text, n, warnings],
                            )
                            .at(&path)?;
                            (tx.last_insert_rowid(), Outcome::New)
                        }
                    };
                    let speakers =
                        self.resolver
                            .resolve_document(&tx, &path, &analysis.attributions)?;
                    for (ord, (a, sp)) in analysis.attributions.iter().zip(&speakers).enumerate() {
                        insert_attribution(&tx, &path, rowid, ord, a, sp)?;
                    }
                    counts.attributions += n as u64;
                    if let Some(pause) = self.options.slow_writes {
                        std::thread::sleep(pause);
                    }
                    outcome
                }
            };
            match outcome {
                Outcome::New => counts.new += 1,
                Outcome::Replaced => counts.replaced += 1,
                Outcome::Unchanged => counts.unchanged += 1,
                Outcome::Failed => counts.failed += 1,
            }
            outcomes.push(outcome);
        }
        let s = &self.summary;
        tx.execute(
            "UPDATE runs SET new = ?2, replaced = ?3, unchanged = ?4, failed = ?5 WHERE id = ?1",
            params![
                s.run,
                (s.new + counts.new) as i64,
                (s.replaced + counts.replaced) as i64,
                (s.unchanged + counts.unchanged) as i64,
                (s.failed + counts.failed) as i64
            ],
        )
        .at(&path)?;
        tx.commit().at(&path)?;
        let s = &mut self.summary;
        s.new += counts.new;
        s.replaced += counts.replaced;
        s.unchanged += counts.unchanged;
        s.failed += counts.failed;
        s.attributions += counts.attributions;
        Ok(outcomes)
    }

    /// Marks the run finished and gives the store back.
    pub fn finish(self) -> Result<(Store, RunSummary)> {
        let path = self.store.path.clone();
        self.store
            .conn
            .execute(
                "UPDATE runs SET finished = datetime('now') WHERE id = ?1",
                [self.summary.run],
            )
            .at(&path)?;
        // Fold the WAL back into the main file so the database is one file at rest.
        let _ = self
            .store
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok((self.store, self.summary))
    }
}

/// Deletes a document's attributions and their LSH rows (the FTS rows go by trigger).
fn delete_attributions(
    tx: &rusqlite::Connection,
    path: &std::path::Path,
    rowid: i64,
) -> Result<()> {
    let old: Vec<(i64, String)> = {
        let mut stmt = tx
            .prepare_cached("SELECT id, content FROM attributions WHERE doc = ?1")
            .at(path)?;
        let rows = stmt
            .query_map([rowid], |r| Ok((r.get(0)?, r.get(1)?)))
            .at(path)?;
        rows.collect::<rusqlite::Result<_>>().at(path)?
    };
    let mut del = tx
        .prepare_cached("DELETE FROM quote_lsh WHERE bucket = ?1 AND attribution = ?2")
        .at(path)?;
    for (id, content) in &old {
        if let Some(buckets) = trace::buckets(content) {
            for b in buckets {
                del.execute(params![b, id]).at(path)?;
            }
        }
    }
    tx.execute("DELETE FROM attributions WHERE doc = ?1", [rowid])
        .at(path)?;
    Ok(())
}

/// Joins fragment texts with U+001F (the stored form; shown as " … ").
pub(crate) const FRAGMENT_SEP: char = '\u{1f}';

fn join_spans(spans: &[Span]) -> (String, String) {
    let text = spans
        .iter()
        .map(|s| s.text.replace(FRAGMENT_SEP, " "))
        .collect::<Vec<_>>()
        .join("\u{1f}");
    let offsets: Vec<[usize; 2]> = spans.iter().map(|s| [s.start, s.end]).collect();
    (
        text,
        serde_json::to_string(&offsets).unwrap_or_else(|_| "[]".into()),
    )
}

fn insert_attribution(
    tx: &rusqlite::Connection,
    path: &std::path::Path,
    doc: i64,
    ord: usize,
    a: &Attribution,
    sp: &Resolved,
) -> Result<()> {
    let (content, content_spans) = join_spans(&a.content);
    let (cue, cue_spans) = join_spans(&a.cue);
    let (source, source_spans) = join_spans(&a.source);
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO attributions (doc, ord, kind, content, content_spans, cue, cue_spans, source, source_spans,
             speaker_id, speaker_name, speaker_type, speaker_role, venue, date, handle, confidence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )
        .at(path)?;
    stmt.execute(params![
        doc,
        ord as i64,
        a.kind.as_str(),
        content,
        content_spans,
        cue,
        cue_spans,
        source,
        source_spans,
        sp.id,
        a.speaker.name,
        a.speaker.kind.as_str(),
        sp.role,
        a.venue,
        a.date,
        a.handle,
        f64::from(a.confidence),
    ])
    .at(path)?;
    let id = tx.last_insert_rowid();
    if let Some(buckets) = trace::buckets(&content) {
        let mut lsh = tx
            .prepare_cached("INSERT OR IGNORE INTO quote_lsh (bucket, attribution) VALUES (?1, ?2)")
            .at(path)?;
        for b in buckets {
            lsh.execute(params![b, id]).at(path)?;
        }
    }
    Ok(())
}

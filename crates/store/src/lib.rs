//! # ascribe-store
//!
//! A corpus store for ascribe's attributions: one SQLite file holding the
//! documents, every attribution found in them, the speakers merged across
//! documents, a full-text index and a near-duplicate index of quotes.
//!
//! **Should I use this crate?** Use it to keep the output of
//! [`ascribe::Extractor`] over thousands to millions of articles and to ask
//! questions across them: what did X say about Y, who is quoted most by which
//! outlet, where did this quote first appear and was it changed on the way.
//! For a one-off analysis of a few documents, `ascribe extract` alone is enough.
//!
//! ## Themes of the API
//!
//! - **Opening**: [`Store::open`] creates or migrates a database (versioned
//!   migrations in [`schema`], WAL mode); [`Store::open_read_only`] never
//!   writes, for concurrent readers while an ingest runs. A file that is not
//!   SQLite, another program's SQLite file, or a newer schema is refused with
//!   a clear [`Error`].
//! - **Ingest**: [`Store::ingester`] gives an [`Ingester`] that writes batches
//!   of [`Entry`]s in one transaction each: idempotent by content hash,
//!   replace-on-change, crash-safe (a killed process leaves every committed
//!   batch and nothing of the open one). Speakers are merged as they come
//!   (by surname, compatible first and middle names, Mr./Mrs. and roles;
//!   see `src/resolve.rs`), each with a stable id, aliases and roles.
//! - **Questions**: [`Store::search`] (FTS5, BM25, phrase and prefix queries,
//!   highlighted snippets, filters), [`Store::speakers`] (most quoted),
//!   [`Store::profiles`] (aliases, roles over time, outlets, quotes per month,
//!   latest quotes) and [`Store::trace`] (MinHash-LSH clusters of a quote
//!   across documents, earliest appearance, outlets, word diffs of variants).
//! - **Export**: [`Store::export`] writes one flat table as CSV, JSON Lines or
//!   (feature `parquet`) Parquet.
//! - **Checking**: [`Store::check`] runs SQLite's integrity check (FTS5
//!   index included) and compares each document's attribution count with
//!   the one it was stored with. It reads one snapshot and may run on any
//!   handle while another process ingests: it sees whole batches only, and
//!   every problem it reports is in the file, not an artefact of the
//!   concurrent writes. On a read-only handle it never blocks the writer; on
//!   a writable one it also checks the FTS index against the attributions'
//!   text, holding the write lock for the length of the check.
//!
//! ```
//! use ascribe::{Document, Extractor};
//! use ascribe_store::{Entry, SearchQuery, Store};
//! # let dir = std::env::temp_dir().join(format!("ascribe-store-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! # let path = dir.join("corpus.db");
//! # let _ = std::fs::remove_file(&path);
//! let extractor = Extractor::rules_only();
//! let doc = Document::new("“We will rebuild the bridge,” Mayor Ana Ruiz said on Monday.").with_id("a1");
//! let analysis = extractor.extract(&doc).unwrap();
//! let mut ingester = Store::open(&path).unwrap().ingester(Default::default()).unwrap();
//! ingester.write_batch(vec![Entry::Doc { doc, analysis }]).unwrap();
//! let (store, _summary) = ingester.finish().unwrap();
//! let hits = store.search(&SearchQuery { query: Some("rebuil*".into()), ..Default::default() }).unwrap();
//! assert_eq!(hits[0].snippet, "We will [rebuild] the bridge,");
//! ```
//!
//! ## Cargo features
//!
//! - `parquet` (off by default): Parquet export through arrow-rs (`parquet`
//!   and `arrow-*` crates, default features off, Snappy compression). Its
//!   build is slow, so default builds leave it out.
//!
//! ## Database schema (version 1)
//!
//! | table | columns |
//! | --- | --- |
//! | `documents` | `rowid`, `id` (unique, from the input), `url`, `outlet`, `title`, `published`, `content_hash` (128-bit FNV-1a of text and metadata), `text`, `n_attributions`, `warnings` (JSON), `ingested_at` |
//! | `attributions` | `id` (never reused), `doc` → documents, `ord`, `kind`, `content`/`cue`/`source` (fragment texts joined with U+001F), `*_spans` (JSON `[[start,end],…]`, code points), `speaker_id` → speakers, `speaker_name`, `speaker_type`, `speaker_role`, `venue`, `date`, `handle`, `confidence` |
//! | `attributions_fts` | FTS5 over `attributions.content` (external content, `unicode61 remove_diacritics 2`, prefix indexes 2 and 3) |
//! | `speakers` | `id` (stable, never reused), `name`, `type`, `first`, `middle`, `last`, `gender` (only from Mr./Mrs.), `created_at` |
//! | `speaker_aliases`, `speaker_roles` | (`speaker_id`, `alias`) and (`speaker_id`, `role`) as seen |
//! | `quote_lsh` | (`bucket`, `attribution`): MinHash-LSH bands of each quote of ≥ 4 words |
//! | `runs`, `ingest_errors` | one row per ingest run with its counts; per-document errors |
//!
//! ## Export columns
//!
//! One row per attribution, in id order; the same columns in every format
//! (`?` = nullable). In CSV and Parquet the `*_spans` columns are JSON text;
//! in JSON Lines they are arrays of `{"start","end","text"}`. Parquet types:
//! `int64`, `int32`, `float64`, everything else UTF-8 strings.
//!
//! | column | type | meaning |
//! | --- | --- | --- |
//! | `attribution_id` | int64 | stable id of the attribution in this database |
//! | `doc_id` | string | document id (file stem or JSONL `id`) |
//! | `outlet` | string? | publisher |
//! | `published` | string? | publication date as given (ISO 8601) |
//! | `title` | string? | headline |
//! | `url` | string? | source URL |
//! | `ord` | int32 | position of the attribution in its document (0-based) |
//! | `kind` | string | direct, indirect, mixed, social |
//! | `content` | string | what was said; fragments joined with " … " |
//! | `content_start`, `content_end` | int64? | code-point offsets of the first fragment's start and the last one's end |
//! | `content_spans`, `cue_spans`, `source_spans` | JSON | fragments `[{start,end,text}]` as in the output contract |
//! | `cue`, `source` | string | cue and source texts, fragments joined with " … " |
//! | `speaker_id` | int64? | merged speaker id (stable across documents) |
//! | `speaker` | string? | merged speaker's canonical name |
//! | `speaker_name` | string? | the name as this document gives it |
//! | `speaker_type` | string | person, organization, group, unknown |
//! | `speaker_role` | string? | role given with the name (or the title before it) |
//! | `venue`, `date`, `handle` | string? | as in the output contract |
//! | `confidence` | float64 | 0..1 |

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod error;
mod export;
mod hash;
mod ingest;
pub mod names;
mod query;
mod resolve;
pub mod schema;
pub mod trace;

pub use error::{Error, Result};
pub use export::{ExportFormat, ExportSpan, Row as ExportRow, COLUMNS};
pub use hash::content_hash;
pub use ingest::{Entry, IngestOptions, Ingester, Outcome, RunSummary};
pub use query::{Filters, Hit, Profile, SearchQuery, SpeakerCount, Usage};
/// The SQLite binding in use ([`Store::connection`] returns its `Connection`).
pub use rusqlite;
pub use trace::{DiffOp, Occurrence, OutletSeen, Trace, TraceQuery, Variant};

use error::Context;
use rusqlite::Connection;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// SQLite says only "attempt to write a readonly database", also when the
/// file is writable but its directory is not (WAL mode creates `-wal` and
/// `-shm` files beside it). On a read-write open, say which one it is.
fn say_what_is_read_only(err: Error) -> Error {
    let Error::ReadOnly { path, reason } = err else {
        return err;
    };
    if !path.is_file() {
        return Error::ReadOnly { path, reason };
    }
    // Opening for writing neither creates nor truncates: a side-effect-free probe.
    let file_writable = std::fs::OpenOptions::new().write(true).open(&path).is_ok();
    let what = if file_writable {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        format!(
            "its directory {} is not writable, and SQLite keeps its -wal and -shm files there",
            dir.display()
        )
    } else {
        "the file is not writable".to_string()
    };
    Error::ReadOnly {
        path,
        reason: format!("{what}; {reason}"),
    }
}

/// An open corpus database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("read_only", &self.read_only)
            .finish()
    }
}

/// Sizes of a store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Documents.
    pub documents: u64,
    /// Attributions.
    pub attributions: u64,
    /// Speakers.
    pub speakers: u64,
    /// Database file size in bytes (main file plus WAL).
    pub bytes: u64,
}

/// One recorded per-document error.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IngestError {
    /// The run that recorded it.
    pub run: i64,
    /// Document id.
    pub doc_id: String,
    /// The message.
    pub error: String,
}

impl Store {
    /// Opens the database at `path`, creating it if missing and applying any
    /// pending migrations.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let conn = schema::open(&path, schema::Mode::ReadWrite).map_err(say_what_is_read_only)?;
        // SQLite quietly falls back to read-only for a file it cannot write;
        // refuse here, before any work is done, rather than at the first write.
        if conn
            .is_readonly(rusqlite::MAIN_DB)
            .map_err(|e| Error::sqlite(&path, e))?
        {
            return Err(say_what_is_read_only(Error::ReadOnly {
                path,
                reason: "SQLite could open it for reading only".into(),
            }));
        }
        Ok(Store {
            conn,
            path,
            read_only: false,
        })
    }

    /// Opens an existing database without ever writing to it. Safe to use
    /// while another process ingests into the same file.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let conn = schema::open(&path, schema::Mode::ReadOnly)?;
        Ok(Store {
            conn,
            path,
            read_only: true,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts an ingest run (recorded in the `runs` table).
    pub fn ingester(self, options: IngestOptions) -> Result<Ingester> {
        if self.read_only {
            return Err(Error::ReadOnly {
                path: self.path.clone(),
                reason: "opened read-only".into(),
            });
        }
        Ingester::new(self, options)
    }

    /// The stored content hashes of those of `ids` that are in the store.
    pub fn stored_hashes(&self, ids: &[&str]) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT content_hash FROM documents WHERE id = ?1")
            .at(&self.path)?;
        let mut out = HashMap::new();
        for id in ids {
            let mut rows = stmt.query([id]).at(&self.path)?;
            if let Some(row) = rows.next().at(&self.path)? {
                out.insert(id.to_string(), row.get(0).at(&self.path)?);
            }
        }
        Ok(out)
    }

    /// Counts and size.
    pub fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<u64> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .at(&self.path)
                .map(|n| n as u64)
        };
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        Ok(Stats {
            documents: count("SELECT COUNT(*) FROM documents")?,
            attributions: count("SELECT COUNT(*) FROM attributions")?,
            speakers: count("SELECT COUNT(*) FROM speakers")?,
            bytes: size(&self.path) + size(Path::new(&wal)),
        })
    }

    /// Per-document errors recorded by a run (the latest run when `run` is `None`).
    pub fn ingest_errors(&self, run: Option<i64>) -> Result<Vec<IngestError>> {
        let run = match run {
            Some(r) => r,
            None => self
                .conn
                .query_row("SELECT COALESCE(MAX(id), 0) FROM runs", [], |r| r.get(0))
                .at(&self.path)?,
        };
        let mut stmt = self
            .conn
            .prepare("SELECT run, doc_id, error FROM ingest_errors WHERE run = ?1 ORDER BY id")
            .at(&self.path)?;
        let rows = stmt
            .query_map([run], |r| {
                Ok(IngestError {
                    run: r.get(0)?,
                    doc_id: r.get(1)?,
                    error: r.get(2)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().at(&self.path)
    }

    /// Checks the file: SQLite's integrity check, the FTS index, and that
    /// every document has exactly the attributions it was stored with.
    /// Returns the problems found (empty when all is well).
    ///
    /// Safe while another process ingests: every part of the check reads one
    /// snapshot (a single read transaction, or on a writable store a write
    /// lock, waiting for a running batch like any writer), so it sees whole
    /// batches only and reports a problem only if the file really has one.
    pub fn check(&self) -> Result<Vec<String>> {
        // Inside a caller's transaction (opened through `connection()`) the
        // snapshot is already one; the caller ends it.
        if !self.conn.is_autocommit() {
            return self.check_in_transaction();
        }
        // A read-only handle reads one snapshot. A writable one also runs
        // FTS5's 'integrity-check' command, an INSERT: taking the write lock
        // up front avoids failing to upgrade a stale snapshot (SQLITE_BUSY).
        let begin = if self.read_only {
            "BEGIN DEFERRED"
        } else {
            "BEGIN IMMEDIATE"
        };
        self.conn.execute_batch(begin).at(&self.path)?;
        let result = self.check_in_transaction();
        // The check writes nothing: ending the transaction only releases the
        // snapshot. An error may have ended it already.
        if !self.conn.is_autocommit() {
            let ended = self.conn.execute_batch("ROLLBACK").at(&self.path);
            if result.is_ok() {
                ended?;
            }
        }
        result
    }

    fn check_in_transaction(&self) -> Result<Vec<String>> {
        // Reading a table first pins the snapshot for all that follows.
        let mut stmt = self
            .conn
            .prepare(
                "SELECT d.id, d.n_attributions, (SELECT COUNT(*) FROM attributions a WHERE a.doc = d.rowid) AS n
                 FROM documents d WHERE n != d.n_attributions",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .at(&self.path)?;
        let mut counts = Vec::new();
        for r in rows {
            let (id, want, got) = r.at(&self.path)?;
            counts.push(format!(
                "document {id}: {got} attributions stored, {want} expected"
            ));
        }
        // FTS5 keeps each connection's copy of its index structure (the list
        // of segments) across statements and re-reads it only when a cursor
        // is opened on the table; `PRAGMA integrity_check` opens none. After
        // another connection's commits merged segments, it would check a
        // stale segment list against the new pages and report "malformed
        // inverted index" for a sound file. Opening a cursor in this
        // snapshot refreshes the copy first.
        self.conn
            .query_row(
                "SELECT COUNT(*) FROM attributions_fts WHERE rowid = 0",
                [],
                |_| Ok(()),
            )
            .at(&self.path)?;
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").at(&self.path)?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .at(&self.path)?;
        for r in rows {
            let r = r.at(&self.path)?;
            if r != "ok" {
                problems.push(r);
            }
        }
        if !self.read_only {
            if let Err(e) = self.conn.execute("INSERT INTO attributions_fts (attributions_fts, rank) VALUES ('integrity-check', 1)", []) {
                problems.push(format!("full-text index: {e}"));
            }
        }
        problems.extend(counts);
        Ok(problems)
    }

    /// Full-text search (see [`SearchQuery`]).
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<Hit>> {
        query::search(&self.conn, &self.path, q)
    }

    /// The most quoted speakers matching the filters.
    pub fn speakers(&self, filters: &Filters, top: usize) -> Result<Vec<SpeakerCount>> {
        query::speakers(&self.conn, &self.path, filters, top)
    }

    /// Profiles of the speakers matching `name` (most quoted first), each with
    /// its `latest` quotes.
    pub fn profiles(&self, name: &str, latest: usize) -> Result<Vec<Profile>> {
        query::profiles(&self.conn, &self.path, name, latest)
    }

    /// The provenance of a quote.
    pub fn trace(&self, q: &TraceQuery) -> Result<Trace> {
        trace::trace(&self.conn, &self.path, q)
    }

    /// Writes all attributions to `out` as CSV or JSON Lines; returns the row
    /// count. For Parquet use [`Store::export_to_file`].
    pub fn export(&self, format: ExportFormat, out: &mut impl std::io::Write) -> Result<u64> {
        match format {
            ExportFormat::Csv => export::write_csv(&self.conn, &self.path, out),
            ExportFormat::Jsonl => export::write_jsonl(&self.conn, &self.path, out),
            ExportFormat::Parquet => Err(Error::Invalid(
                "Parquet is written to a file: use export_to_file".into(),
            )),
        }
    }

    /// Writes all attributions to a file in any format; returns the row count.
    pub fn export_to_file(&self, format: ExportFormat, file: &Path) -> Result<u64> {
        if format == ExportFormat::Parquet && !cfg!(feature = "parquet") {
            return Err(Error::Invalid(
                "this build has no Parquet support: rebuild with `--features parquet` (or export csv/jsonl)".into(),
            ));
        }
        let f = std::fs::File::create(file)?;
        match format {
            #[cfg(feature = "parquet")]
            ExportFormat::Parquet => export::write_parquet(&self.conn, &self.path, f),
            #[cfg(not(feature = "parquet"))]
            ExportFormat::Parquet => unreachable!("checked above"),
            _ => {
                let mut w = std::io::BufWriter::new(f);
                let n = self.export(format, &mut w)?;
                std::io::Write::flush(&mut w)?;
                Ok(n)
            }
        }
    }

    /// The raw connection, for ad-hoc queries (read the schema above first).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

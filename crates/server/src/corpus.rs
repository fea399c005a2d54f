//! A small pool of read-only connections to the corpus database.
//!
//! `rusqlite::Connection` is `Send` but not `Sync`, so each connection sits
//! behind a mutex; a request takes a free one (or waits on one) inside
//! `spawn_blocking`.

use crate::error::ApiError;
use ascribe_store::Store;
use rusqlite::OptionalExtension;
use serde::Serialize;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Read-only connections to one corpus database.
#[derive(Debug)]
pub struct Corpus {
    conns: Vec<Mutex<Store>>,
    next: AtomicUsize,
}

impl Corpus {
    /// Opens `n` (at least one) read-only connections to `path`.
    pub fn open(path: &Path, n: usize) -> Result<Corpus, ascribe_store::Error> {
        let conns = (0..n.max(1))
            .map(|_| Store::open_read_only(path).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Corpus {
            conns,
            next: AtomicUsize::new(0),
        })
    }

    /// Runs `f` with a connection (blocking: call from `spawn_blocking`).
    pub(crate) fn with<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        for c in &self.conns {
            if let Ok(guard) = c.try_lock() {
                return f(&guard);
            }
        }
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.conns.len();
        let guard: MutexGuard<'_, Store> = self.conns[i].lock().unwrap_or_else(|e| e.into_inner());
        f(&guard)
    }
}

/// A stored span with its text.
#[derive(Debug, Serialize)]
pub struct SpanOut {
    start: usize,
    end: usize,
    text: String,
}

/// The speaker of a stored attribution.
#[derive(Debug, Serialize)]
pub struct SpeakerOut {
    id: Option<i64>,
    name: Option<String>,
    #[serde(rename = "type")]
    kind: String,
    role: Option<String>,
}

/// A stored attribution with its spans.
#[derive(Debug, Serialize)]
pub struct AttributionOut {
    id: i64,
    kind: String,
    content: Vec<SpanOut>,
    cue: Vec<SpanOut>,
    source: Vec<SpanOut>,
    speaker: SpeakerOut,
    venue: Option<String>,
    date: Option<String>,
    handle: Option<String>,
    confidence: f64,
}

/// A stored document with its attributions (contract layout, plus ids).
#[derive(Debug, Serialize)]
pub struct DocumentOut {
    id: String,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: String,
    attributions: Vec<AttributionOut>,
}

fn spans(chars: &[char], json: &str) -> Vec<SpanOut> {
    let offsets: Vec<[usize; 2]> = serde_json::from_str(json).unwrap_or_default();
    offsets
        .into_iter()
        .filter(|[s, e]| s <= e && *e <= chars.len())
        .map(|[start, end]| SpanOut {
            start,
            end,
            text: chars[start..end].iter().collect(),
        })
        .collect()
}

fn db_err(e: rusqlite::Error) -> ApiError {
    ApiError::internal(format!("database: {e}"))
}

/// The document with this id, or `None`.
pub(crate) fn document(store: &Store, id: &str) -> Result<Option<DocumentOut>, ApiError> {
    let conn = store.connection();
    let row = conn
        .query_row(
            "SELECT rowid, id, url, outlet, title, published, text FROM documents WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    DocumentOut {
                        id: r.get(1)?,
                        url: r.get(2)?,
                        outlet: r.get(3)?,
                        title: r.get(4)?,
                        published: r.get(5)?,
                        text: r.get(6)?,
                        attributions: Vec::new(),
                    },
                ))
            },
        )
        .optional()
        .map_err(db_err)?;
    let Some((rowid, mut doc)) = row else {
        return Ok(None);
    };
    let chars: Vec<char> = doc.text.chars().collect();
    let mut stmt = conn
        .prepare(
            "SELECT id, kind, content_spans, cue_spans, source_spans, speaker_id, speaker_name,
                    speaker_type, speaker_role, venue, date, handle, confidence
             FROM attributions WHERE doc = ?1 ORDER BY ord",
        )
        .map_err(db_err)?;
    let rows = stmt
        .query_map([rowid], |r| {
            Ok(AttributionOut {
                id: r.get(0)?,
                kind: r.get(1)?,
                content: spans(&chars, &r.get::<_, String>(2)?),
                cue: spans(&chars, &r.get::<_, String>(3)?),
                source: spans(&chars, &r.get::<_, String>(4)?),
                speaker: SpeakerOut {
                    id: r.get(5)?,
                    name: r.get(6)?,
                    kind: r.get(7)?,
                    role: r.get(8)?,
                },
                venue: r.get(9)?,
                date: r.get(10)?,
                handle: r.get(11)?,
                confidence: r.get(12)?,
            })
        })
        .map_err(db_err)?;
    doc.attributions = rows.collect::<Result<Vec<_>, _>>().map_err(db_err)?;
    Ok(Some(doc))
}

/// The canonical name of speaker `id`, or `None`.
pub(crate) fn speaker_name(store: &Store, id: i64) -> Result<Option<String>, ApiError> {
    store
        .connection()
        .query_row("SELECT name FROM speakers WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()
        .map_err(db_err)
}

//! Writing documents into the corpus through the API (`POST /api/documents`).
//!
//! Off unless the server is given a [`Writer`]; every request must then carry
//! the writer's bearer [`Token`]. One [`ascribe_store::Ingester`] is kept for
//! the life of the server (one `runs` row, one speaker index) behind a mutex:
//! SQLite has a single writer anyway, and extraction happens before the lock
//! is taken.

use crate::error::{ApiError, Error};
use ascribe::{Document, Extractor};
use ascribe_store::{Entry, IngestOptions, Ingester, Outcome, Store};
use serde::Serialize;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Mutex;

/// A bearer token. Its `Debug` output never shows the secret.
#[derive(Clone)]
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(<hidden>)")
    }
}

impl Token {
    /// A token given by the operator: 16 to 512 visible ASCII characters
    /// (anything else could not travel in an `Authorization` header, or is
    /// too easy to guess).
    pub fn new(secret: impl Into<String>) -> Result<Token, Error> {
        let s = secret.into();
        if !(16..=512).contains(&s.len()) {
            return Err(Error::Config(
                "the ingest token must be 16 to 512 characters long".into(),
            ));
        }
        if !s.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(Error::Config(
                "the ingest token may hold visible ASCII characters only".into(),
            ));
        }
        Ok(Token(s))
    }

    /// A fresh random token: 32 bytes from the operating system, in hex.
    pub fn generate() -> Result<Token, Error> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| Error::Random(e.to_string()))?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    /// The secret, to show it to the operator once.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Compares in time that depends only on the token's length, not on
    /// where the first difference is.
    pub(crate) fn matches(&self, presented: &[u8]) -> bool {
        let secret = self.0.as_bytes();
        let mut diff = secret.len() ^ presented.len();
        for (i, s) in secret.iter().enumerate() {
            let p = presented.get(i).copied().unwrap_or(0);
            diff |= usize::from(s ^ p);
        }
        std::hint::black_box(diff) == 0
    }
}

/// The write side of the corpus, for `POST /api/documents`.
pub struct Writer {
    pub(crate) token: Token,
    ingester: Mutex<Option<Ingester>>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer").finish_non_exhaustive()
    }
}

impl Writer {
    /// Opens (creating if missing) the database at `path` for writing.
    pub fn open(path: &Path, token: Token) -> Result<Writer, Error> {
        let ingester = Store::open(path)?.ingester(IngestOptions::default())?;
        Ok(Writer {
            token,
            ingester: Mutex::new(Some(ingester)),
        })
    }

    /// Writes one batch in one transaction (blocking).
    fn write(&self, entries: Vec<Entry>) -> Result<Vec<Outcome>, ApiError> {
        let mut guard = self.ingester.lock().unwrap_or_else(|e| e.into_inner());
        match guard.as_mut() {
            Some(ing) => Ok(ing.write_batch(entries)?),
            None => Err(ApiError::internal("the corpus writer is closed")),
        }
    }
}

impl Drop for Writer {
    /// Marks the run finished and folds the WAL back into the file.
    fn drop(&mut self) {
        let ing = match self.ingester.get_mut() {
            Ok(i) => i.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        };
        if let Some(ing) = ing {
            let _ = ing.finish();
        }
    }
}

/// What happened to one posted document.
#[derive(Debug, Serialize)]
pub(crate) struct Stored {
    id: String,
    /// `new`, `replaced`, `unchanged` or `failed`.
    status: &'static str,
    /// Attributions found (0 when unchanged or failed).
    attributions: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Reply of `POST /api/documents`.
#[derive(Debug, Serialize)]
pub(crate) struct IngestReply {
    documents: Vec<Stored>,
    new: usize,
    replaced: usize,
    unchanged: usize,
    failed: usize,
}

/// A document without an id is keyed by its content, so posting the same
/// text twice stores it once.
pub(crate) fn default_id(doc: &Document) -> String {
    let hash = ascribe_store::content_hash(doc);
    format!("api-{}", hash.get(..16).unwrap_or(&hash))
}

/// Extracts and stores `docs` (blocking: call from `spawn_blocking`).
/// Documents stored with the same content are not analysed again.
pub(crate) fn ingest(
    extractor: &Extractor,
    stored: &HashMap<String, String>,
    writer: &Writer,
    docs: Vec<Document>,
) -> Result<IngestReply, ApiError> {
    let mut facts = Vec::with_capacity(docs.len());
    let entries: Vec<Entry> = docs
        .into_iter()
        .map(|doc| {
            let id = doc.id.clone().unwrap_or_default();
            if stored
                .get(&id)
                .is_some_and(|h| *h == ascribe_store::content_hash(&doc))
            {
                facts.push((id.clone(), 0, None));
                return Entry::Unchanged { id };
            }
            // The library does not panic by contract; if it ever did, one
            // document fails instead of the whole request.
            match catch_unwind(AssertUnwindSafe(|| extractor.extract(&doc))) {
                Ok(Ok(mut analysis)) => {
                    analysis.id = id.clone();
                    facts.push((id, analysis.attributions.len(), None));
                    Entry::Doc { doc, analysis }
                }
                Ok(Err(e)) => {
                    facts.push((id.clone(), 0, Some(e.to_string())));
                    Entry::Failed {
                        id,
                        error: e.to_string(),
                    }
                }
                Err(_) => {
                    let error = "internal error: the extractor panicked".to_string();
                    facts.push((id.clone(), 0, Some(error.clone())));
                    Entry::Failed { id, error }
                }
            }
        })
        .collect();
    let outcomes = writer.write(entries)?;
    let mut reply = IngestReply {
        documents: Vec::with_capacity(facts.len()),
        new: 0,
        replaced: 0,
        unchanged: 0,
        failed: 0,
    };
    for ((id, n, error), outcome) in facts.into_iter().zip(outcomes) {
        let (status, attributions) = match outcome {
            Outcome::New => {
                reply.new += 1;
                ("new", n)
            }
            Outcome::Replaced => {
                reply.replaced += 1;
                ("replaced", n)
            }
            Outcome::Unchanged => {
                reply.unchanged += 1;
                ("unchanged", 0)
            }
            Outcome::Failed => {
                reply.failed += 1;
                ("failed", 0)
            }
        };
        reply.documents.push(Stored {
            id,
            status,
            attributions,
            error,
        });
    }
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::Token;

    #[test]
    fn token_comparison() {
        let t = Token::new("correct-horse-battery-staple").expect("token");
        assert!(t.matches(b"correct-horse-battery-staple"));
        assert!(!t.matches(b"correct-horse-battery-stapl"));
        assert!(!t.matches(b"correct-horse-battery-staple!"));
        assert!(!t.matches(b"Correct-horse-battery-staple"));
        assert!(!t.matches(b""));
    }

    #[test]
    fn tokens_are_checked_and_generated_tokens_differ() {
        assert!(Token::new("short").is_err());
        assert!(Token::new("has a space in the middle").is_err());
        let a = Token::generate().expect("random");
        let b = Token::generate().expect("random");
        assert_eq!(a.as_str().len(), 64);
        assert_ne!(a.as_str(), b.as_str());
        assert!(!format!("{a:?}").contains(a.as_str()));
    }
}

//! The store's error type: one enum, a variant per way things go wrong that
//! a user can act on, plus the raw SQLite error for everything else.

use rusqlite::ErrorCode;
use std::path::{Path, PathBuf};

/// What can go wrong while opening, writing or querying a store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The database file could not be opened or created.
    #[error("cannot open database {path}: {reason}")]
    Open {
        /// The database file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The file exists but is not an SQLite database (or is damaged).
    #[error("{path} is not an ascribe database (not SQLite, or damaged): {reason}")]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// SQLite's message.
        reason: String,
    },
    /// The file is an SQLite database made by another program.
    #[error("{path} is an SQLite database of another program (application id {application_id:#x}, tables {tables}); refusing to touch it")]
    Foreign {
        /// The database file.
        path: PathBuf,
        /// Its `PRAGMA application_id`.
        application_id: i64,
        /// Some of its tables, for the message.
        tables: String,
    },
    /// The database was written by a newer ascribe.
    #[error("{path} has schema version {found}, newer than this ascribe supports ({supported}); upgrade ascribe")]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// The database does not exist (read-only commands do not create one).
    #[error("{path}: no such database (create it with `ascribe ingest … --db {path}`)")]
    Missing {
        /// The database file.
        path: PathBuf,
    },
    /// A write was refused because the file or its directory is read-only.
    #[error("{path} is read-only: cannot write to it ({reason})")]
    ReadOnly {
        /// The database file.
        path: PathBuf,
        /// SQLite's message.
        reason: String,
    },
    /// The disk (or the database's size limit) is full.
    #[error("{path}: disk full while writing; the last batch was rolled back, earlier ones are kept ({reason})")]
    DiskFull {
        /// The database file.
        path: PathBuf,
        /// SQLite's message.
        reason: String,
    },
    /// Another process holds a write lock for too long.
    #[error("{path} is locked by another writer ({reason}); only one ingest can run at a time")]
    Busy {
        /// The database file.
        path: PathBuf,
        /// SQLite's message.
        reason: String,
    },
    /// A search query that FTS5 cannot parse.
    #[error("bad search query {query:?}: {reason}")]
    Query {
        /// The query as given.
        query: String,
        /// FTS5's message.
        reason: String,
    },
    /// A bad argument (unknown attribution id, malformed date…).
    #[error("{0}")]
    Invalid(String),
    /// Writing an export file failed.
    #[error("cannot write export: {0}")]
    Io(#[from] std::io::Error),
    /// Building the Parquet file failed.
    #[cfg(feature = "parquet")]
    #[error("parquet: {0}")]
    Parquet(String),
    /// Any other SQLite error.
    #[error("{path}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: rusqlite::Error,
    },
}

impl Error {
    /// Classifies an SQLite error on the database at `path`.
    pub(crate) fn sqlite(path: &Path, source: rusqlite::Error) -> Error {
        let path = path.to_path_buf();
        let code = source.sqlite_error_code();
        let reason = source.to_string();
        match code {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                Error::Corrupt { path, reason }
            }
            Some(ErrorCode::ReadOnly) => Error::ReadOnly { path, reason },
            Some(ErrorCode::DiskFull) => Error::DiskFull { path, reason },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                Error::Busy { path, reason }
            }
            Some(ErrorCode::CannotOpen) => Error::Open { path, reason },
            _ => Error::Sqlite { path, source },
        }
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attaches the database path to SQLite errors.
pub(crate) trait Context<T> {
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> Context<T> for rusqlite::Result<T> {
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|e| Error::sqlite(path, e))
    }
}

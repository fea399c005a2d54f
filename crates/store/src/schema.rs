//! The database schema, as a list of migrations applied in order.
//!
//! `PRAGMA user_version` holds the number of migrations applied;
//! `PRAGMA application_id` marks the file as ours, so a foreign SQLite
//! database is refused instead of being "migrated". Each migration runs in
//! one `BEGIN IMMEDIATE` transaction together with the version bump, so a
//! crash leaves the file at the old or the new version, never in between.
//! Never edit a released migration: append a new one.

use crate::error::{Context, Error, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

/// `PRAGMA application_id` of ascribe stores ("ASCR").
pub const APPLICATION_ID: i64 = 0x4153_4352;

/// How long a connection waits for a lock held by another one.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The migrations; `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: documents, attributions (+ FTS5), speakers, quote LSH buckets, run log.
    r#"
    CREATE TABLE documents (
        rowid          INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        url            TEXT,
        outlet         TEXT,
        title          TEXT,
        published      TEXT,
        content_hash   TEXT NOT NULL,
        text           TEXT NOT NULL,
        n_attributions INTEGER NOT NULL,
        warnings       TEXT,
        ingested_at    TEXT NOT NULL
    );
    CREATE INDEX documents_outlet ON documents (outlet COLLATE NOCASE);
    CREATE INDEX documents_published ON documents (published);

    CREATE TABLE speakers (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        first      TEXT,
        middle     TEXT,
        last       TEXT,
        gender     TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX speakers_last ON speakers (last);
    CREATE INDEX speakers_name ON speakers (name COLLATE NOCASE);

    CREATE TABLE speaker_aliases (
        speaker_id INTEGER NOT NULL REFERENCES speakers (id),
        alias      TEXT NOT NULL,
        PRIMARY KEY (speaker_id, alias)
    ) WITHOUT ROWID;
    CREATE INDEX speaker_aliases_alias ON speaker_aliases (alias COLLATE NOCASE);

    CREATE TABLE speaker_roles (
        speaker_id INTEGER NOT NULL REFERENCES speakers (id),
        role       TEXT NOT NULL,
        PRIMARY KEY (speaker_id, role)
    ) WITHOUT ROWID;

    CREATE TABLE attributions (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        doc           INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
        ord           INTEGER NOT NULL,
        kind          TEXT NOT NULL,
        content       TEXT NOT NULL,
        content_spans TEXT NOT NULL,
        cue           TEXT NOT NULL,
        cue_spans     TEXT NOT NULL,
        source        TEXT NOT NULL,
        source_spans  TEXT NOT NULL,
        speaker_id    INTEGER REFERENCES speakers (id),
        speaker_name  TEXT,
        speaker_type  TEXT NOT NULL,
        speaker_role  TEXT,
        venue         TEXT,
        date          TEXT,
        handle        TEXT,
        confidence    REAL NOT NULL
    );
    CREATE INDEX attributions_doc ON attributions (doc);
    CREATE INDEX attributions_speaker ON attributions (speaker_id);

    CREATE VIRTUAL TABLE attributions_fts USING fts5 (
        content,
        content = 'attributions',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    );
    CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN
        INSERT INTO attributions_fts (rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
        INSERT INTO attributions_fts (attributions_fts, rowid, content)
        VALUES ('delete', old.id, old.content);
    END;

    CREATE TABLE quote_lsh (
        bucket      INTEGER NOT NULL,
        attribution INTEGER NOT NULL,
        PRIMARY KEY (bucket, attribution)
    ) WITHOUT ROWID;

    CREATE TABLE runs (
        id        INTEGER PRIMARY KEY,
        started   TEXT NOT NULL,
        finished  TEXT,
        version   TEXT NOT NULL,
        new       INTEGER NOT NULL DEFAULT 0,
        replaced  INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        failed    INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE ingest_errors (
        id     INTEGER PRIMARY KEY,
        run    INTEGER REFERENCES runs (id),
        doc_id TEXT NOT NULL,
        error  TEXT NOT NULL
    );
    "#,
];

/// The schema version this build writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// How a connection is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Create the file if needed and migrate it to [`LATEST`].
    ReadWrite,
    /// Never write; the file must exist and be at [`LATEST`].
    ReadOnly,
}

/// Opens (and in [`Mode::ReadWrite`] creates and migrates) the database at `path`.
pub(crate) fn open(path: &Path, mode: Mode) -> Result<Connection> {
    // `file:` URIs (e.g. `file:corpus.db?mode=ro`) are SQLite's to interpret.
    let uri = path.to_str().is_some_and(|p| p.starts_with("file:"));
    let exists = uri || path.exists();
    if mode == Mode::ReadOnly && !exists {
        return Err(Error::Missing {
            path: path.to_path_buf(),
        });
    }
    if path.is_dir() {
        return Err(Error::Open {
            path: path.to_path_buf(),
            reason: "is a directory".into(),
        });
    }
    let flags = match mode {
        Mode::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        Mode::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn =
        Connection::open_with_flags(path, flags).map_err(|e| match Error::sqlite(path, e) {
            Error::Sqlite { source, .. } => Error::Open {
                path: path.to_path_buf(),
                reason: source.to_string(),
            },
            other => other,
        })?;
    conn.busy_timeout(BUSY_TIMEOUT).at(path)?;
    check_identity(&conn, path)?;
    if mode == Mode::ReadWrite {
        // WAL: readers never block the writer and a killed writer loses only
        // its open transaction. NORMAL sync is durable against process crashes.
        let journal: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .at(path)?;
        if !journal.eq_ignore_ascii_case("wal") {
            return Err(Error::Open {
                path: path.to_path_buf(),
                reason: format!("cannot switch to WAL mode (journal mode is {journal})"),
            });
        }
        conn.pragma_update(None, "synchronous", "NORMAL").at(path)?;
    }
    conn.pragma_update(None, "foreign_keys", "ON").at(path)?;
    conn.pragma_update(None, "cache_size", -64_000).at(path)?;
    let mut conn = conn;
    match mode {
        Mode::ReadWrite => migrate(&mut conn, path)?,
        Mode::ReadOnly => {
            let version = user_version(&conn, path)?;
            if version < LATEST {
                return Err(Error::Open {
                    path: path.to_path_buf(),
                    reason: format!(
                        "schema version {version} is older than {LATEST}; run `ascribe ingest` on it once to upgrade"
                    ),
                });
            }
        }
    }
    Ok(conn)
}

fn user_version(conn: &Connection, path: &Path) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .at(path)
}

/// Refuses files that are not SQLite, SQLite files of other programs, and
/// stores newer than this build.
fn check_identity(conn: &Connection, path: &Path) -> Result<()> {
    // The first read of the header is where "file is not a database" shows up.
    let application_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .at(path)?;
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 5")
        .at(path)?;
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .at(path)?
        .collect::<Result<_, _>>()
        .at(path)?;
    let foreign = match application_id {
        APPLICATION_ID => false,
        0 => !tables.is_empty(),
        _ => true,
    };
    if foreign {
        return Err(Error::Foreign {
            path: path.to_path_buf(),
            application_id,
            tables: if tables.is_empty() {
                "none".into()
            } else {
                tables.join(", ")
            },
        });
    }
    let version = user_version(conn, path)?;
    if version > LATEST {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            supported: LATEST,
        });
    }
    Ok(())
}

/// Applies the missing migrations, each in its own immediate transaction.
fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .at(path)?;
        // Re-read inside the lock: another process may have migrated meanwhile.
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .at(path)?;
        if version >= LATEST {
            return Ok(());
        }
        let sql = MIGRATIONS[usize::try_from(version).unwrap_or(0)];
        tx.execute_batch(sql).at(path)?;
        tx.pragma_update(None, "user_version", version + 1)
            .at(path)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .at(path)?;
        tx.commit().at(path)?;
    }
}

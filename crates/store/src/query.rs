//! Read queries: full-text search, most-quoted speakers, speaker profiles.

use crate::error::{Context, Error, Result};
use crate::ingest::FRAGMENT_SEP;
use crate::resolve;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, ErrorCode};
use serde::Serialize;
use std::path::Path;

/// Filters shared by search and the speaker list. Dates compare against the
/// document's publication date (its first 10 characters, `YYYY-MM-DD`);
/// documents without one are left out as soon as a date filter is given.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Only quotes by speakers matching this name (name, alias or surname).
    pub speaker: Option<String>,
    /// Only documents of this outlet (any case).
    pub outlet: Option<String>,
    /// Published on or after this date.
    pub since: Option<String>,
    /// Published on or before this date.
    pub until: Option<String>,
    /// Only this kind (direct, indirect, mixed, social).
    pub kind: Option<String>,
}

/// A full-text search.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    /// FTS5 query: words (all must occur), `"a phrase"`, `prefix*`, `OR`,
    /// `NOT`, `NEAR(a b)`. `None` lists the latest quotes matching the filters.
    pub query: Option<String>,
    /// Take the whole query as one phrase.
    pub phrase: bool,
    /// The filters.
    pub filters: Filters,
    /// At most this many hits.
    pub limit: usize,
    /// Marks put around matched words in snippets.
    pub highlight: (String, String),
}

impl Default for SearchQuery {
    fn default() -> SearchQuery {
        SearchQuery {
            query: None,
            phrase: false,
            filters: Filters::default(),
            limit: 20,
            highlight: ("[".into(), "]".into()),
        }
    }
}

/// One search result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Attribution id (for `trace --attribution`).
    pub attribution_id: i64,
    /// Document id.
    pub doc_id: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Document title.
    pub title: Option<String>,
    /// direct, indirect, mixed or social.
    pub kind: String,
    /// Speaker id.
    pub speaker_id: Option<i64>,
    /// The speaker's canonical name.
    pub speaker: Option<String>,
    /// The name as the document gave it.
    pub speaker_name: Option<String>,
    /// The role given with it.
    pub speaker_role: Option<String>,
    /// The content (fragments joined with " … ").
    pub content: String,
    /// The content with matches highlighted (whole content when it is short).
    pub snippet: String,
    /// BM25 score (lower is better, as SQLite reports it); 0 without a query.
    pub score: f64,
}

/// Display form of stored fragment text.
pub(crate) fn show(text: &str) -> String {
    text.replace(FRAGMENT_SEP, " … ")
}

/// Quotes each term of a query that FTS5 refused ("don't", "U.S."), keeping a trailing `*`.
fn quote_terms(query: &str) -> String {
    query
        .split_whitespace()
        .map(|t| {
            let (body, star) = match t.strip_suffix('*') {
                Some(b) => (b, "*"),
                None => (t, ""),
            };
            format!("\"{}\"{star}", body.replace('"', ""))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Appends the filter conditions (and their parameters) to a WHERE clause
/// over `a` (attributions) and `d` (documents).
fn filter_sql(
    conn: &Connection,
    path: &Path,
    f: &Filters,
    sql: &mut String,
    params: &mut Vec<Value>,
) -> Result<bool> {
    if let Some(name) = &f.speaker {
        let ids = resolve::find(conn, path, name)?;
        if ids.is_empty() {
            return Ok(false);
        }
        sql.push_str(&format!(
            " AND a.speaker_id IN ({})",
            vec!["?"; ids.len()].join(",")
        ));
        params.extend(ids.into_iter().map(Value::Integer));
    }
    if let Some(outlet) = &f.outlet {
        sql.push_str(" AND d.outlet = ? COLLATE NOCASE");
        params.push(Value::Text(outlet.clone()));
    }
    if let Some(since) = &f.since {
        sql.push_str(" AND substr(d.published, 1, 10) >= ?");
        params.push(Value::Text(since.chars().take(10).collect()));
    }
    if let Some(until) = &f.until {
        sql.push_str(" AND substr(d.published, 1, 10) <= ?");
        params.push(Value::Text(until.chars().take(10).collect()));
    }
    if let Some(kind) = &f.kind {
        sql.push_str(" AND a.kind = ?");
        params.push(Value::Text(kind.clone()));
    }
    Ok(true)
}

pub(crate) fn search(conn: &Connection, path: &Path, q: &SearchQuery) -> Result<Vec<Hit>> {
    let text = q.query.as_deref().map(str::trim).filter(|t| !t.is_empty());
    let Some(text) = text else {
        return latest(conn, path, q);
    };
    let fts = if q.phrase {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    };
    match run_search(conn, path, q, &fts) {
        Err(Error::Query { .. }) if !q.phrase => run_search(conn, path, q, &quote_terms(text))
            .map_err(|e| match e {
                Error::Query { reason, .. } => Error::Query {
                    query: text.to_string(),
                    reason,
                },
                other => other,
            }),
        other => other,
    }
}

fn run_search(conn: &Connection, path: &Path, q: &SearchQuery, fts: &str) -> Result<Vec<Hit>> {
    let syntax = |e: Error| match e {
        Error::Sqlite { source, .. } if is_fts_syntax(&source) => Error::Query {
            query: fts.to_string(),
            reason: source.to_string(),
        },
        other => other,
    };
    // Step 1: rank ids only, so the sort carries no text (and no snippets).
    let filtered = q.filters.speaker.is_some()
        || q.filters.outlet.is_some()
        || q.filters.since.is_some()
        || q.filters.until.is_some()
        || q.filters.kind.is_some();
    let mut sql = if filtered {
        String::from(
            "SELECT attributions_fts.rowid, bm25(attributions_fts) AS score
             FROM attributions_fts
             JOIN attributions a ON a.id = attributions_fts.rowid
             JOIN documents d ON d.rowid = a.doc
             WHERE attributions_fts MATCH ?",
        )
    } else {
        String::from(
            "SELECT rowid, bm25(attributions_fts) AS score FROM attributions_fts WHERE attributions_fts MATCH ?",
        )
    };
    let mut params = vec![Value::Text(fts.to_string())];
    if !filter_sql(conn, path, &q.filters, &mut sql, &mut params)? {
        return Ok(Vec::new());
    }
    sql.push_str(" ORDER BY score, 1 LIMIT ?");
    params.push(Value::Integer(q.limit as i64));
    let ranked: Vec<(i64, f64)> = (|| {
        let mut stmt = conn.prepare(&sql).at(path)?;
        let rows = stmt
            .query_map(params_from_iter(params), |r| Ok((r.get(0)?, r.get(1)?)))
            .at(path)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().at(path)
    })()
    .map_err(syntax)?;
    // Step 2: details and a snippet for each ranked hit.
    let mut out = Vec::with_capacity(ranked.len());
    for (id, score) in ranked {
        let hits = collect_hits(
            conn,
            path,
            "SELECT a.id, d.id, d.outlet, d.published, d.title, a.kind, a.speaker_id, s.name, a.speaker_name, a.speaker_role,
                    a.content, snippet(attributions_fts, 0, ?, ?, '…', 24), 0.0
             FROM attributions_fts
             JOIN attributions a ON a.id = attributions_fts.rowid
             JOIN documents d ON d.rowid = a.doc
             LEFT JOIN speakers s ON s.id = a.speaker_id
             WHERE attributions_fts MATCH ? AND attributions_fts.rowid = ?",
            vec![
                Value::Text(q.highlight.0.clone()),
                Value::Text(q.highlight.1.clone()),
                Value::Text(fts.to_string()),
                Value::Integer(id),
            ],
        )
        .map_err(syntax)?;
        out.extend(hits.into_iter().map(|mut h| {
            h.score = score;
            h
        }));
    }
    Ok(out)
}

fn is_fts_syntax(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(ErrorCode::Unknown) && {
        let m = e.to_string();
        m.contains("fts5")
            || m.contains("syntax error")
            || m.contains("no such column")
            || m.contains("unterminated")
    }
}

/// Without a query: the latest quotes matching the filters.
fn latest(conn: &Connection, path: &Path, q: &SearchQuery) -> Result<Vec<Hit>> {
    let mut sql = String::from(
        "SELECT a.id, d.id, d.outlet, d.published, d.title, a.kind, a.speaker_id, s.name, a.speaker_name, a.speaker_role,
                a.content, a.content, 0.0
         FROM attributions a
         JOIN documents d ON d.rowid = a.doc
         LEFT JOIN speakers s ON s.id = a.speaker_id
         WHERE 1",
    );
    let mut params = Vec::new();
    if !filter_sql(conn, path, &q.filters, &mut sql, &mut params)? {
        return Ok(Vec::new());
    }
    sql.push_str(" ORDER BY d.published IS NULL, d.published DESC, a.id DESC LIMIT ?");
    params.push(Value::Integer(q.limit as i64));
    collect_hits(conn, path, &sql, params)
}

fn collect_hits(conn: &Connection, path: &Path, sql: &str, params: Vec<Value>) -> Result<Vec<Hit>> {
    let mut stmt = conn.prepare_cached(sql).at(path)?;
    let rows = stmt
        .query_map(params_from_iter(params), |r| {
            Ok(Hit {
                attribution_id: r.get(0)?,
                doc_id: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                title: r.get(4)?,
                kind: r.get(5)?,
                speaker_id: r.get(6)?,
                speaker: r.get(7)?,
                speaker_name: r.get(8)?,
                speaker_role: r.get(9)?,
                content: show(&r.get::<_, String>(10)?),
                snippet: show(&r.get::<_, String>(11)?),
                score: r.get(12)?,
            })
        })
        .at(path)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().at(path)
}

/// A row of the most-quoted list.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerCount {
    /// Speaker id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// person, organization, group or unknown.
    #[serde(rename = "type")]
    pub kind: String,
    /// Attributions.
    pub quotes: u64,
    /// Documents quoting them.
    pub documents: u64,
    /// Distinct outlets.
    pub outlets: u64,
    /// Latest publication date.
    pub latest: Option<String>,
}

pub(crate) fn speakers(
    conn: &Connection,
    path: &Path,
    f: &Filters,
    top: usize,
) -> Result<Vec<SpeakerCount>> {
    let mut sql = String::from(
        "SELECT s.id, s.name, s.type, COUNT(*) AS n, COUNT(DISTINCT a.doc), COUNT(DISTINCT d.outlet), MAX(d.published)
         FROM attributions a JOIN speakers s ON s.id = a.speaker_id JOIN documents d ON d.rowid = a.doc
         WHERE 1",
    );
    let mut params = Vec::new();
    if !filter_sql(conn, path, f, &mut sql, &mut params)? {
        return Ok(Vec::new());
    }
    sql.push_str(" GROUP BY s.id ORDER BY n DESC, s.id LIMIT ?");
    params.push(Value::Integer(top as i64));
    let mut stmt = conn.prepare(&sql).at(path)?;
    let rows = stmt
        .query_map(params_from_iter(params), |r| {
            Ok(SpeakerCount {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                quotes: r.get::<_, i64>(3)? as u64,
                documents: r.get::<_, i64>(4)? as u64,
                outlets: r.get::<_, i64>(5)? as u64,
                latest: r.get(6)?,
            })
        })
        .at(path)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().at(path)
}

/// A name or role with how often and when it was used.
#[derive(Debug, Clone, Serialize)]
pub struct Usage {
    /// The alias, role or outlet.
    pub value: String,
    /// Number of attributions.
    pub count: u64,
    /// Earliest publication date.
    pub first: Option<String>,
    /// Latest publication date.
    pub last: Option<String>,
}

/// A speaker's profile.
#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    /// Stable id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// person, organization, group or unknown.
    #[serde(rename = "type")]
    pub kind: String,
    /// Total attributions.
    pub quotes: u64,
    /// Documents quoting them.
    pub documents: u64,
    /// Names the documents used, most frequent first.
    pub aliases: Vec<Usage>,
    /// Roles over time, by first appearance.
    pub roles: Vec<Usage>,
    /// Outlets quoting them, most frequent first.
    pub outlets: Vec<Usage>,
    /// `YYYY-MM` → number of quotes (undated documents not counted).
    pub per_month: Vec<(String, u64)>,
    /// The latest quotes.
    pub latest: Vec<Hit>,
}

fn usage(conn: &Connection, path: &Path, sql: &str, id: i64) -> Result<Vec<Usage>> {
    let mut stmt = conn.prepare(sql).at(path)?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(Usage {
                value: r.get(0)?,
                count: r.get::<_, i64>(1)? as u64,
                first: r.get(2)?,
                last: r.get(3)?,
            })
        })
        .at(path)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().at(path)
}

pub(crate) fn profiles(
    conn: &Connection,
    path: &Path,
    name: &str,
    latest: usize,
) -> Result<Vec<Profile>> {
    let ids = resolve::find(conn, path, name)?;
    let mut out = Vec::new();
    for id in ids {
        let (name, kind): (String, String) = conn
            .query_row("SELECT name, type FROM speakers WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .at(path)?;
        let (quotes, documents): (i64, i64) = conn
            .query_row(
                "SELECT COUNT(*), COUNT(DISTINCT doc) FROM attributions WHERE speaker_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .at(path)?;
        let mut aliases = usage(
            conn,
            path,
            "SELECT al.alias, COUNT(a.id), MIN(d.published), MAX(d.published)
             FROM speaker_aliases al
             LEFT JOIN attributions a ON a.speaker_id = al.speaker_id AND a.speaker_name = al.alias
             LEFT JOIN documents d ON d.rowid = a.doc
             WHERE al.speaker_id = ?1 GROUP BY al.alias ORDER BY COUNT(a.id) DESC, al.alias",
            id,
        )?;
        aliases.retain(|a| a.count > 0 || quotes == 0);
        let roles = usage(
            conn,
            path,
            "SELECT a.speaker_role, COUNT(*), MIN(d.published), MAX(d.published)
             FROM attributions a JOIN documents d ON d.rowid = a.doc
             WHERE a.speaker_id = ?1 AND a.speaker_role IS NOT NULL
             GROUP BY a.speaker_role ORDER BY MIN(d.published) IS NULL, MIN(d.published), COUNT(*) DESC",
            id,
        )?;
        let outlets = usage(
            conn,
            path,
            "SELECT COALESCE(d.outlet, '(no outlet)'), COUNT(*), MIN(d.published), MAX(d.published)
             FROM attributions a JOIN documents d ON d.rowid = a.doc
             WHERE a.speaker_id = ?1 GROUP BY d.outlet ORDER BY COUNT(*) DESC, d.outlet",
            id,
        )?;
        let per_month = {
            let mut stmt = conn
                .prepare(
                    "SELECT substr(d.published, 1, 7) AS m, COUNT(*) FROM attributions a JOIN documents d ON d.rowid = a.doc
                     WHERE a.speaker_id = ?1 AND d.published IS NOT NULL GROUP BY m ORDER BY m",
                )
                .at(path)?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
                })
                .at(path)?;
            rows.collect::<rusqlite::Result<Vec<_>>>().at(path)?
        };
        let latest = collect_hits(
            conn,
            path,
            "SELECT a.id, d.id, d.outlet, d.published, d.title, a.kind, a.speaker_id, s.name, a.speaker_name, a.speaker_role,
                    a.content, a.content, 0.0
             FROM attributions a JOIN documents d ON d.rowid = a.doc LEFT JOIN speakers s ON s.id = a.speaker_id
             WHERE a.speaker_id = ? ORDER BY d.published IS NULL, d.published DESC, a.id DESC LIMIT ?",
            vec![Value::Integer(id), Value::Integer(latest as i64)],
        )?;
        out.push(Profile {
            id,
            name,
            kind,
            quotes: quotes as u64,
            documents: documents as u64,
            aliases,
            roles,
            outlets,
            per_month,
            latest,
        });
    }
    out.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.id.cmp(&b.id)));
    Ok(out)
}

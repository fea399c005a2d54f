//! Export of all attributions as one flat table: CSV, JSON Lines or Parquet.
//!
//! The columns are listed in [`COLUMNS`] and documented in the crate docs.
//! Span columns hold the contract's span lists; in CSV and Parquet they are
//! JSON text (`[{"start":…,"end":…,"text":…}]`), in JSONL real arrays.

use crate::error::{Context, Result};
use crate::ingest::FRAGMENT_SEP;
use rusqlite::Connection;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// RFC 4180 CSV with a header row, UTF-8.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// Apache Parquet (feature `parquet`).
    Parquet,
}

/// The exported columns, in order: (name, type, meaning).
pub const COLUMNS: &[(&str, &str, &str)] = &[
    (
        "attribution_id",
        "int64",
        "stable id of the attribution in this database",
    ),
    (
        "doc_id",
        "string",
        "document id (file stem or JSONL \"id\")",
    ),
    ("outlet", "string?", "publisher"),
    (
        "published",
        "string?",
        "publication date as given (ISO 8601)",
    ),
    ("title", "string?", "headline"),
    ("url", "string?", "source URL"),
    (
        "ord",
        "int32",
        "position of the attribution in its document (0-based)",
    ),
    ("kind", "string", "direct | indirect | mixed | social"),
    (
        "content",
        "string",
        "what was said; fragments joined with \" … \"",
    ),
    (
        "content_start",
        "int64?",
        "code-point offset of the first content fragment",
    ),
    (
        "content_end",
        "int64?",
        "end (exclusive) of the last content fragment",
    ),
    (
        "content_spans",
        "string (JSON)",
        "content fragments [{start,end,text}]",
    ),
    ("cue", "string", "cue text, fragments joined with \" … \""),
    (
        "cue_spans",
        "string (JSON)",
        "cue fragments [{start,end,text}]",
    ),
    ("source", "string", "source mention as written"),
    (
        "source_spans",
        "string (JSON)",
        "source fragments [{start,end,text}]",
    ),
    (
        "speaker_id",
        "int64?",
        "merged speaker id (stable across documents)",
    ),
    ("speaker", "string?", "merged speaker's canonical name"),
    (
        "speaker_name",
        "string?",
        "speaker name as this document gives it",
    ),
    (
        "speaker_type",
        "string",
        "person | organization | group | unknown",
    ),
    ("speaker_role", "string?", "role given with the name"),
    ("venue", "string?", "where or how it was said"),
    (
        "date",
        "string?",
        "ISO date of the statement when the text gives it",
    ),
    ("handle", "string?", "social handle without @"),
    ("confidence", "float64", "0..1"),
];

/// One exported row.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// See [`COLUMNS`].
    pub attribution_id: i64,
    #[allow(missing_docs)]
    pub doc_id: String,
    #[allow(missing_docs)]
    pub outlet: Option<String>,
    #[allow(missing_docs)]
    pub published: Option<String>,
    #[allow(missing_docs)]
    pub title: Option<String>,
    #[allow(missing_docs)]
    pub url: Option<String>,
    #[allow(missing_docs)]
    pub ord: i32,
    #[allow(missing_docs)]
    pub kind: String,
    #[allow(missing_docs)]
    pub content: String,
    #[allow(missing_docs)]
    pub content_start: Option<i64>,
    #[allow(missing_docs)]
    pub content_end: Option<i64>,
    #[allow(missing_docs)]
    pub content_spans: Vec<ExportSpan>,
    #[allow(missing_docs)]
    pub cue: String,
    #[allow(missing_docs)]
    pub cue_spans: Vec<ExportSpan>,
    #[allow(missing_docs)]
    pub source: String,
    #[allow(missing_docs)]
    pub source_spans: Vec<ExportSpan>,
    #[allow(missing_docs)]
    pub speaker_id: Option<i64>,
    #[allow(missing_docs)]
    pub speaker: Option<String>,
    #[allow(missing_docs)]
    pub speaker_name: Option<String>,
    #[allow(missing_docs)]
    pub speaker_type: String,
    #[allow(missing_docs)]
    pub speaker_role: Option<String>,
    #[allow(missing_docs)]
    pub venue: Option<String>,
    #[allow(missing_docs)]
    pub date: Option<String>,
    #[allow(missing_docs)]
    pub handle: Option<String>,
    #[allow(missing_docs)]
    pub confidence: f64,
}

/// A span as in the output contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportSpan {
    /// First code point.
    pub start: i64,
    /// One past the last code point.
    pub end: i64,
    /// The text.
    pub text: String,
}

/// Rebuilds contract spans from stored offsets and joined texts.
fn spans(offsets: &str, texts: &str) -> Vec<ExportSpan> {
    let offsets: Vec<[i64; 2]> = serde_json::from_str(offsets).unwrap_or_default();
    let texts: Vec<&str> = texts.split(FRAGMENT_SEP).collect();
    offsets
        .iter()
        .enumerate()
        .map(|(i, &[start, end])| ExportSpan {
            start,
            end,
            text: texts.get(i).copied().unwrap_or("").to_string(),
        })
        .collect()
}

fn spans_json(spans: &[ExportSpan]) -> String {
    serde_json::to_string(spans).unwrap_or_else(|_| "[]".into())
}

/// Calls `f` on every row, in attribution id order.
pub(crate) fn for_each_row(
    conn: &Connection,
    path: &Path,
    mut f: impl FnMut(Row) -> Result<()>,
) -> Result<u64> {
    let mut stmt = conn
        .prepare(
            "SELECT a.id, d.id, d.outlet, d.published, d.title, d.url, a.ord, a.kind, a.content, a.content_spans,
                    a.cue, a.cue_spans, a.source, a.source_spans, a.speaker_id, s.name, a.speaker_name, a.speaker_type,
                    a.speaker_role, a.venue, a.date, a.handle, a.confidence
             FROM attributions a JOIN documents d ON d.rowid = a.doc LEFT JOIN speakers s ON s.id = a.speaker_id
             ORDER BY a.id",
        )
        .at(path)?;
    let mut rows = stmt.query([]).at(path)?;
    let mut n = 0u64;
    while let Some(r) = rows.next().at(path)? {
        let content: String = r.get(8).at(path)?;
        let content_offsets: String = r.get(9).at(path)?;
        let cue: String = r.get(10).at(path)?;
        let cue_offsets: String = r.get(11).at(path)?;
        let source: String = r.get(12).at(path)?;
        let source_offsets: String = r.get(13).at(path)?;
        let content_spans = spans(&content_offsets, &content);
        let row = Row {
            attribution_id: r.get(0).at(path)?,
            doc_id: r.get(1).at(path)?,
            outlet: r.get(2).at(path)?,
            published: r.get(3).at(path)?,
            title: r.get(4).at(path)?,
            url: r.get(5).at(path)?,
            ord: r.get(6).at(path)?,
            kind: r.get(7).at(path)?,
            content_start: content_spans.first().map(|s| s.start),
            content_end: content_spans.last().map(|s| s.end),
            content: content.replace(FRAGMENT_SEP, " … "),
            content_spans,
            cue_spans: spans(&cue_offsets, &cue),
            cue: cue.replace(FRAGMENT_SEP, " … "),
            source_spans: spans(&source_offsets, &source),
            source: source.replace(FRAGMENT_SEP, " … "),
            speaker_id: r.get(14).at(path)?,
            speaker: r.get(15).at(path)?,
            speaker_name: r.get(16).at(path)?,
            speaker_type: r.get(17).at(path)?,
            speaker_role: r.get(18).at(path)?,
            venue: r.get(19).at(path)?,
            date: r.get(20).at(path)?,
            handle: r.get(21).at(path)?,
            confidence: r.get(22).at(path)?,
        };
        f(row)?;
        n += 1;
    }
    Ok(n)
}

/// Writes one CSV field, quoted when needed (RFC 4180).
fn csv_field(out: &mut impl Write, value: &str) -> std::io::Result<()> {
    if value.contains([',', '"', '\n', '\r']) {
        write!(out, "\"{}\"", value.replace('"', "\"\""))
    } else {
        out.write_all(value.as_bytes())
    }
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

pub(crate) fn write_csv(conn: &Connection, path: &Path, out: &mut impl Write) -> Result<u64> {
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    writeln!(out, "{}", header.join(","))?;
    for_each_row(conn, path, |r| {
        let fields: [String; 25] = [
            r.attribution_id.to_string(),
            r.doc_id,
            opt(&r.outlet).into(),
            opt(&r.published).into(),
            opt(&r.title).into(),
            opt(&r.url).into(),
            r.ord.to_string(),
            r.kind,
            r.content,
            r.content_start.map(|v| v.to_string()).unwrap_or_default(),
            r.content_end.map(|v| v.to_string()).unwrap_or_default(),
            spans_json(&r.content_spans),
            r.cue,
            spans_json(&r.cue_spans),
            r.source,
            spans_json(&r.source_spans),
            r.speaker_id.map(|v| v.to_string()).unwrap_or_default(),
            opt(&r.speaker).into(),
            opt(&r.speaker_name).into(),
            r.speaker_type,
            opt(&r.speaker_role).into(),
            opt(&r.venue).into(),
            opt(&r.date).into(),
            opt(&r.handle).into(),
            r.confidence.to_string(),
        ];
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            csv_field(out, f)?;
        }
        out.write_all(b"\r\n")?;
        Ok(())
    })
}

pub(crate) fn write_jsonl(conn: &Connection, path: &Path, out: &mut impl Write) -> Result<u64> {
    for_each_row(conn, path, |r| {
        serde_json::to_writer(&mut *out, &r).map_err(std::io::Error::other)?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

#[cfg(feature = "parquet")]
pub(crate) fn write_parquet(conn: &Connection, path: &Path, file: std::fs::File) -> Result<u64> {
    use crate::error::Error;
    use arrow_array::builder::{Float64Builder, Int32Builder, Int64Builder, StringBuilder};
    use arrow_array::{ArrayRef, RecordBatch};
    use arrow_schema::{DataType, Field, Schema};
    use std::sync::Arc;

    const BATCH: usize = 65_536;
    let pq = |e: &dyn std::fmt::Display| Error::Parquet(e.to_string());
    let fields: Vec<Field> = COLUMNS
        .iter()
        .map(|(name, ty, _)| {
            let nullable = ty.ends_with('?');
            let dt = match ty.trim_end_matches('?') {
                "int64" => DataType::Int64,
                "int32" => DataType::Int32,
                "float64" => DataType::Float64,
                _ => DataType::Utf8,
            };
            Field::new(*name, dt, nullable)
        })
        .collect();
    let schema = Arc::new(Schema::new(fields));
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut writer = parquet::arrow::ArrowWriter::try_new(file, schema.clone(), Some(props))
        .map_err(|e| pq(&e))?;

    struct Builders {
        ints: Vec<Int64Builder>,
        ord: Int32Builder,
        strs: Vec<StringBuilder>,
        conf: Float64Builder,
    }
    // Column order: see COLUMNS. ints: attribution_id, content_start, content_end, speaker_id.
    let new = || Builders {
        ints: (0..4).map(|_| Int64Builder::new()).collect(),
        ord: Int32Builder::new(),
        strs: (0..19).map(|_| StringBuilder::new()).collect(),
        conf: Float64Builder::new(),
    };
    let mut b = new();
    let mut pending = 0usize;
    let flush =
        |b: &mut Builders, writer: &mut parquet::arrow::ArrowWriter<std::fs::File>| -> Result<()> {
            let mut s = b.strs.iter_mut();
            let mut i = b.ints.iter_mut();
            // The builder counts match the columns; an empty array would only
            // make RecordBatch::try_new report the mismatch.
            let mut next_s = || -> ArrayRef {
                match s.next() {
                    Some(x) => Arc::new(x.finish()),
                    None => arrow_array::new_empty_array(&DataType::Utf8),
                }
            };
            let mut next_i = || -> ArrayRef {
                match i.next() {
                    Some(x) => Arc::new(x.finish()),
                    None => arrow_array::new_empty_array(&DataType::Int64),
                }
            };
            let columns: Vec<ArrayRef> = vec![
                next_i(), // attribution_id
                next_s(), // doc_id
                next_s(), // outlet
                next_s(), // published
                next_s(), // title
                next_s(), // url
                Arc::new(b.ord.finish()),
                next_s(), // kind
                next_s(), // content
                next_i(), // content_start
                next_i(), // content_end
                next_s(), // content_spans
                next_s(), // cue
                next_s(), // cue_spans
                next_s(), // source
                next_s(), // source_spans
                next_i(), // speaker_id
                next_s(), // speaker
                next_s(), // speaker_name
                next_s(), // speaker_type
                next_s(), // speaker_role
                next_s(), // venue
                next_s(), // date
                next_s(), // handle
                Arc::new(b.conf.finish()),
            ];
            let batch = RecordBatch::try_new(schema.clone(), columns).map_err(|e| pq(&e))?;
            writer.write(&batch).map_err(|e| pq(&e))?;
            Ok(())
        };
    let n = for_each_row(conn, path, |r| {
        b.ints[0].append_value(r.attribution_id);
        b.ints[1].append_option(r.content_start);
        b.ints[2].append_option(r.content_end);
        b.ints[3].append_option(r.speaker_id);
        b.ord.append_value(r.ord);
        b.conf.append_value(r.confidence);
        let strs: [Option<String>; 19] = [
            Some(r.doc_id),
            r.outlet,
            r.published,
            r.title,
            r.url,
            Some(r.kind),
            Some(r.content),
            Some(spans_json(&r.content_spans)),
            Some(r.cue),
            Some(spans_json(&r.cue_spans)),
            Some(r.source),
            Some(spans_json(&r.source_spans)),
            r.speaker,
            r.speaker_name,
            Some(r.speaker_type),
            r.speaker_role,
            r.venue,
            r.date,
            r.handle,
        ];
        for (builder, v) in b.strs.iter_mut().zip(strs) {
            builder.append_option(v);
        }
        pending += 1;
        if pending == BATCH {
            flush(&mut b, &mut writer)?;
            pending = 0;
        }
        Ok(())
    })?;
    if pending > 0 || n == 0 {
        flush(&mut b, &mut writer)?;
    }
    writer.close().map_err(|e| pq(&e))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        let mut out = Vec::new();
        csv_field(&mut out, "plain").unwrap();
        out.push(b'|');
        csv_field(&mut out, "a \"b\", c\nd").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "plain|\"a \"\"b\"\", c\nd\""
        );
    }

    #[test]
    fn spans_are_rebuilt_from_offsets_and_texts() {
        let v = spans("[[1,3],[7,9]]", "ab\u{1f}cd");
        assert_eq!(
            spans_json(&v),
            r#"[{"start":1,"end":3,"text":"ab"},{"start":7,"end":9,"text":"cd"}]"#
        );
        assert_eq!(spans_json(&spans("[]", "")), "[]");
    }
}

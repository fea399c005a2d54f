//! Input readers: turn command-line paths (and stdin) into a stream of documents.
//!
//! [`plan`] expands the paths into a list of [`Source`]s (directories are walked
//! up front, which only collects file names); a [`Reader`] then reads the
//! sources lazily, one document at a time, so a large corpus is never held in
//! memory.
//!
//! Policies (also described in `ascribe extract --help`):
//!
//! - **Invalid UTF-8** is decoded lossily: every invalid byte sequence becomes
//!   U+FFFD, and the document gets a `"warning: …"` entry in its `errors`.
//!   Offsets then index the decoded text. A warning is not a failure.
//! - **Binary files** (a NUL byte in the first 8 KiB) are skipped with an error
//!   record `binary file, skipped`.
//! - **Empty files** are ordinary documents with no attributions.
//! - A **JSONL line** that is not a JSON object with a string `text` becomes an
//!   error record with id `FILESTEM:LINENO`; the following lines are read as usual.
//! - Files (and stdin texts) larger than the size limit are not read at all and
//!   become the library's `TooLarge` error record.
//! - **HTML** (`.html`, `.htm`, `.xhtml`, or a JSONL line with an `html` field
//!   instead of `text`) is reduced to its main text by `ascribe-ingest`; the
//!   page's title, outlet, canonical URL and publication date fill the
//!   document's metadata unless the JSONL line gives them.
//! - **WARC** (`.warc`, `.warc.gz`, `.wet`, `.wet.gz`) is streamed record by
//!   record: HTML responses with status 200 and WET conversions become
//!   documents (id = `WARC-Record-ID`, `url` = target URI, `published` = the
//!   page's date, else the crawl date); other records are passed over; corrupt
//!   or truncated records and gzip members become error records and the rest
//!   is read.

use ascribe::Document;
use serde_json::Value;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

/// How many leading bytes are inspected for NUL bytes.
const BINARY_SNIFF: usize = 8 * 1024;

/// How far [`sniff`] looks for the first non-space byte.
const MAX_SNIFF: usize = 1024 * 1024;

/// Extensions of JSON Lines files.
const JSONL_EXTENSIONS: &[&str] = &["jsonl", "ndjson"];

/// The message of a binary-file error record.
pub const BINARY_FILE: &str = "binary file, skipped";

/// How standard input is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StdinFormat {
    /// One plain-text document with id `stdin`.
    Text,
    /// One JSON object per line, like a `.jsonl` file (ids default to `stdin:LINENO`).
    Jsonl,
    /// One HTML page with id `stdin`.
    Html,
    /// A WARC, WARC.gz, WET or WET.gz stream.
    Warc,
}

/// One thing to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A plain-text file: one document.
    Text(PathBuf),
    /// A JSON Lines file: one document per line.
    Jsonl(PathBuf),
    /// An HTML page: one document (its main text).
    Html(PathBuf),
    /// A WARC/WET archive: one document per HTML response or WET record.
    Warc(PathBuf),
    /// A path that could not be used (missing, unreadable directory…).
    Broken {
        /// The id of the error record.
        id: String,
        /// What went wrong.
        error: String,
    },
}

/// One unit of work for the extractor.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A document to analyse, with warnings collected while reading it.
    Doc {
        /// The document (id always set).
        doc: Document,
        /// Non-fatal problems, already prefixed with `warning: `.
        warnings: Vec<String>,
    },
    /// Something that could not be read as a document.
    Failed {
        /// Id of the error record.
        id: String,
        /// What went wrong.
        error: String,
    },
}

/// Settings of a [`Reader`].
#[derive(Debug, Clone)]
pub struct ReadConfig {
    /// Documents larger than this are not read (see the module docs).
    pub max_bytes: usize,
    /// Forced format of stdin; `None` = detect from the first non-space byte.
    pub stdin_format: Option<StdinFormat>,
}

/// Expands command-line paths into sources, in order. `-` is stdin;
/// directories are walked recursively in sorted order, keeping `.txt` and
/// `.jsonl` files and skipping hidden entries; a path that does not exist
/// becomes a [`Source::Broken`].
pub fn plan(paths: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut out),
            Ok(_) => out.push(if is_jsonl(path) {
                Source::Jsonl(path.clone())
            } else if is_warc(path) {
                Source::Warc(path.clone())
            } else if is_html(path) {
                Source::Html(path.clone())
            } else {
                Source::Text(path.clone())
            }),
            Err(e) => out.push(Source::Broken {
                id: stem(path),
                error: format!("{}: {e}", path.display()),
            }),
        }
    }
    out
}

/// The number of documents the sources will give, when it is known without
/// reading them (only plain-text files and broken paths).
pub fn known_count(sources: &[Source]) -> Option<usize> {
    sources
        .iter()
        .all(|s| matches!(s, Source::Text(_) | Source::Html(_) | Source::Broken { .. }))
        .then_some(sources.len())
}

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| JSONL_EXTENSIONS.iter().any(|j| e.eq_ignore_ascii_case(j)))
}

/// `.html`, `.htm`, `.xhtml`.
pub fn is_html(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["html", "htm", "xhtml"]
            .iter()
            .any(|h| e.eq_ignore_ascii_case(h))
    })
}

/// `.warc`, `.warc.gz`, `.wet`, `.wet.gz` (Common Crawl's `.warc.wet.gz` too).
pub fn is_warc(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    [".warc", ".warc.gz", ".wet", ".wet.gz"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// The id a file's document gets: its file stem (lossy for non-UTF-8 names).
pub fn stem(path: &Path) -> String {
    match path.file_stem() {
        Some(s) => s.to_string_lossy().into_owned(),
        None => path.display().to_string(),
    }
}

/// Depth-first walk, entries sorted by name at each level. Symbolic links to
/// files are followed; links to directories are not (no cycles).
fn walk(dir: &Path, out: &mut Vec<Source>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd.collect::<Result<Vec<_>, _>>(),
        Err(e) => Err(e),
    };
    let mut entries = match entries {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Source::Broken {
                id: stem(dir),
                error: format!("{}: {e}", dir.display()),
            });
            return;
        }
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if is_hidden(&path) {
            continue;
        }
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            walk(&path, out);
        } else if is_jsonl(&path) {
            out.push(Source::Jsonl(path));
        } else if is_warc(&path) {
            out.push(Source::Warc(path));
        } else if is_html(&path) {
            out.push(Source::Html(path));
        } else if is_text(&path) {
            out.push(Source::Text(path));
        }
    }
}

/// Reads sources lazily, yielding one [`Item`] per document (or failure).
pub struct Reader {
    sources: VecDeque<Source>,
    config: ReadConfig,
    stdin_used: bool,
    lines: Option<JsonlLines>,
    warc: Option<WarcDocs>,
}

impl Reader {
    /// A reader over `sources`.
    pub fn new(sources: Vec<Source>, config: ReadConfig) -> Reader {
        Reader {
            sources: sources.into(),
            config,
            stdin_used: false,
            lines: None,
            warc: None,
        }
    }

    fn open(&mut self, source: Source) -> Option<Item> {
        match source {
            Source::Broken { id, error } => Some(Item::Failed { id, error }),
            Source::Text(path) => Some(read_text_file(&path, self.config.max_bytes)),
            Source::Html(path) => Some(read_html_file(&path, self.config.max_bytes)),
            Source::Warc(path) => {
                let limits = warc_limits(self.config.max_bytes);
                match ascribe_ingest::warc::Records::open(&path, limits) {
                    Ok(records) => {
                        self.warc = Some(WarcDocs::new(records, stem(&path), limits));
                        None
                    }
                    Err(e) => Some(Item::Failed {
                        id: stem(&path),
                        error: format!("{}: {e}", path.display()),
                    }),
                }
            }
            Source::Jsonl(path) => {
                let id = stem(&path);
                let opened = File::open(&path).and_then(|f| sniff(Box::new(f)));
                match opened {
                    Err(e) => Some(Item::Failed {
                        id,
                        error: format!("{}: {e}", path.display()),
                    }),
                    Ok(Sniffed { binary: true, .. }) => Some(Item::Failed {
                        id,
                        error: BINARY_FILE.into(),
                    }),
                    Ok(Sniffed { reader, .. }) => {
                        self.lines = Some(JsonlLines::new(reader, id, self.config.max_bytes));
                        None
                    }
                }
            }
            Source::Stdin => {
                if self.stdin_used {
                    return None;
                }
                self.stdin_used = true;
                self.open_stdin()
            }
        }
    }

    fn open_stdin(&mut self) -> Option<Item> {
        let id = "stdin".to_string();
        let sniffed = match sniff(Box::new(io::stdin())) {
            Ok(s) => s,
            Err(e) => {
                return Some(Item::Failed {
                    id,
                    error: format!("stdin: {e}"),
                })
            }
        };
        let format = self
            .config
            .stdin_format
            .unwrap_or(match sniffed.first_non_space {
                Some(b'{') => StdinFormat::Jsonl,
                _ => StdinFormat::Text,
            });
        match format {
            StdinFormat::Jsonl => {
                self.lines = Some(JsonlLines::new(sniffed.reader, id, self.config.max_bytes));
                None
            }
            StdinFormat::Html => Some(read_html(
                sniffed.reader,
                id,
                "stdin",
                self.config.max_bytes,
            )),
            StdinFormat::Warc => {
                let limits = warc_limits(self.config.max_bytes);
                match ascribe_ingest::warc::Records::new(ReadBox(sniffed.reader), limits) {
                    Ok(records) => {
                        self.warc = Some(WarcDocs::new(records, id, limits));
                        None
                    }
                    Err(e) => Some(Item::Failed {
                        id,
                        error: format!("stdin: {e}"),
                    }),
                }
            }
            StdinFormat::Text if sniffed.binary => Some(Item::Failed {
                id,
                error: BINARY_FILE.into(),
            }),
            StdinFormat::Text => Some(read_text(
                sniffed.reader,
                id,
                "stdin",
                self.config.max_bytes,
            )),
        }
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next() {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            if let Some(warc) = &mut self.warc {
                match warc.next() {
                    Some(item) => return Some(item),
                    None => self.warc = None,
                }
            }
            let source = self.sources.pop_front()?;
            if let Some(item) = self.open(source) {
                return Some(item);
            }
        }
    }
}

/// WARC records turned into documents together, on all cores (HTML parsing
/// and main-text extraction cost about as much as attribution extraction).
const WARC_BATCH: usize = 64;

/// A batch of WARC records also ends once their bodies reach this size.
const WARC_BATCH_BYTES: usize = 64 * 1024 * 1024;

/// The documents of a WARC stream, as items, in record order. Records are
/// read in batches (bounded by [`WARC_BATCH`] and [`WARC_BATCH_BYTES`]) and
/// converted in parallel on rayon's global pool.
struct WarcDocs {
    records: ascribe_ingest::warc::Records,
    /// File stem, for errors that have no record id.
    stem: String,
    max_body: usize,
    ready: VecDeque<Item>,
}

impl WarcDocs {
    fn new(
        records: ascribe_ingest::warc::Records,
        stem: String,
        limits: ascribe_ingest::warc::Limits,
    ) -> WarcDocs {
        WarcDocs {
            records,
            stem,
            max_body: usize::try_from(limits.max_record).unwrap_or(usize::MAX),
            ready: VecDeque::new(),
        }
    }

    fn failed(&self, e: ascribe_ingest::warc::RecordError) -> Item {
        let id = if e.id.starts_with('@') {
            format!("{}{}", self.stem, e.id)
        } else {
            e.id
        };
        Item::Failed {
            id,
            error: e.error.to_string(),
        }
    }
}

impl Iterator for WarcDocs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        use rayon::prelude::*;
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            let mut batch = Vec::new();
            let mut bytes = 0usize;
            while batch.len() < WARC_BATCH && bytes < WARC_BATCH_BYTES {
                match self.records.next() {
                    None => break,
                    Some(Ok(record)) => {
                        bytes = bytes.saturating_add(record.body.len());
                        batch.push(Ok(record));
                    }
                    Some(Err(e)) => batch.push(Err(self.failed(e))),
                }
            }
            if batch.is_empty() {
                return None;
            }
            let (stem, max_body) = (&self.stem, self.max_body);
            let items: Vec<Option<Item>> = batch
                .into_par_iter()
                .map(|r| match r {
                    Err(item) => Some(item),
                    Ok(record) => match ascribe_ingest::Documents::document(&record, max_body) {
                        Ok(Some(doc)) => Some(from_ingest(doc)),
                        Ok(None) => None,
                        Err(error) => Some(Item::Failed {
                            id: record.id().map_or_else(
                                || format!("{stem}@{}", record.offset),
                                str::to_string,
                            ),
                            error: error.to_string(),
                        }),
                    },
                })
                .collect();
            self.ready.extend(items.into_iter().flatten());
        }
    }
}

/// WARC records are kept up to the document size limit (their HTML is
/// larger than the text it gives, so allow some slack).
fn warc_limits(max_bytes: usize) -> ascribe_ingest::warc::Limits {
    ascribe_ingest::warc::Limits {
        max_record: (max_bytes as u64).saturating_mul(2),
        ..ascribe_ingest::warc::Limits::default()
    }
}

/// A document read by `ascribe-ingest`, as an item.
fn from_ingest(doc: ascribe_ingest::Doc) -> Item {
    let document = Document {
        id: Some(doc.id),
        text: doc.text,
        title: doc.title,
        outlet: doc.outlet,
        url: doc.url,
        published: doc.published,
        author: doc.byline,
    };
    Item::Doc {
        doc: document,
        warnings: doc.warnings,
    }
}

/// Lets a boxed stdin reader move into the WARC reader (which wants `Send`).
struct ReadBox(Box<dyn BufRead + Send>);

impl Read for ReadBox {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
}

fn read_html_file(path: &Path, max_bytes: usize) -> Item {
    let id = stem(path);
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            return Item::Failed {
                id,
                error: format!("{}: {e}", path.display()),
            }
        }
    };
    let where_ = path.display().to_string();
    read_html(Box::new(BufReader::new(file)), id, &where_, max_bytes)
}

/// Reads one HTML page (refusing more than `max_bytes`) and extracts its main text.
fn read_html(reader: Box<dyn BufRead + Send>, id: String, where_: &str, max_bytes: usize) -> Item {
    let mut bytes = Vec::new();
    let mut reader = reader;
    if let Err(e) = (&mut reader)
        .take((max_bytes as u64).saturating_add(1))
        .read_to_end(&mut bytes)
    {
        return Item::Failed {
            id,
            error: format!("{where_}: {e}"),
        };
    }
    if bytes.len() > max_bytes {
        let rest = io::copy(&mut reader, &mut io::sink()).unwrap_or(0);
        let size = bytes
            .len()
            .saturating_add(usize::try_from(rest).unwrap_or(usize::MAX));
        return Item::Failed {
            id,
            error: too_large(size, max_bytes),
        };
    }
    from_ingest(ascribe_ingest::Doc::from_html(id, &bytes, None, None, None))
}

/// A reader whose first bytes have been inspected.
struct Sniffed {
    reader: Box<dyn BufRead + Send>,
    binary: bool,
    first_non_space: Option<u8>,
}

/// Reads up to [`BINARY_SNIFF`] bytes (more if they are all white space, to
/// find the first non-space byte), then gives back a reader over everything.
fn sniff(mut inner: Box<dyn Read + Send>) -> io::Result<Sniffed> {
    let mut head = Vec::new();
    let mut first_non_space = None;
    loop {
        let before = head.len();
        (&mut inner)
            .take(BINARY_SNIFF as u64)
            .read_to_end(&mut head)?;
        first_non_space =
            first_non_space.or_else(|| head.iter().copied().find(|b| !b.is_ascii_whitespace()));
        if head.len() == before || first_non_space.is_some() || head.len() >= MAX_SNIFF {
            break;
        }
    }
    let binary = head[..head.len().min(BINARY_SNIFF)].contains(&0);
    let reader = Box::new(BufReader::new(Cursor::new(head).chain(inner)));
    Ok(Sniffed {
        reader,
        binary,
        first_non_space,
    })
}

/// Decodes bytes as UTF-8, lossily; the second value is a warning when bytes were replaced.
pub fn decode(bytes: Vec<u8>) -> (String, Option<String>) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            let bytes = e.into_bytes();
            let bad = bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let plural = if bad == 1 { "" } else { "s" };
            let warning = format!(
                "warning: invalid UTF-8: {bad} byte sequence{plural} replaced with U+FFFD; offsets index the decoded text"
            );
            (text, Some(warning))
        }
    }
}

fn too_large(size: usize, limit: usize) -> String {
    ascribe::Error::TooLarge { size, limit }.to_string()
}

fn read_text_file(path: &Path, max_bytes: usize) -> Item {
    let id = stem(path);
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            return Item::Failed {
                id,
                error: format!("{}: {e}", path.display()),
            }
        }
    };
    match file.metadata() {
        Ok(meta) if meta.is_dir() => {
            return Item::Failed {
                id,
                error: format!("{}: is a directory", path.display()),
            };
        }
        Ok(meta) if meta.len() > max_bytes as u64 => {
            return Item::Failed {
                id,
                error: too_large(usize::try_from(meta.len()).unwrap_or(usize::MAX), max_bytes),
            };
        }
        _ => {}
    }
    let where_ = path.display().to_string();
    match sniff(Box::new(file)) {
        Err(e) => Item::Failed {
            id,
            error: format!("{where_}: {e}"),
        },
        Ok(Sniffed { binary: true, .. }) => Item::Failed {
            id,
            error: BINARY_FILE.into(),
        },
        Ok(Sniffed { reader, .. }) => read_text(reader, id, &where_, max_bytes),
    }
}

/// Reads a whole plain-text document, refusing to buffer more than `max_bytes`.
fn read_text(reader: Box<dyn BufRead>, id: String, where_: &str, max_bytes: usize) -> Item {
    let mut bytes = Vec::new();
    let limit = (max_bytes as u64).saturating_add(1);
    let mut reader = reader;
    if let Err(e) = (&mut reader).take(limit).read_to_end(&mut bytes) {
        return Item::Failed {
            id,
            error: format!("{where_}: {e}"),
        };
    }
    if bytes.len() > max_bytes {
        // Count the rest without keeping it, so the message gives the real size.
        let rest = io::copy(&mut reader, &mut io::sink()).unwrap_or(0);
        let size = bytes
            .len()
            .saturating_add(usize::try_from(rest).unwrap_or(usize::MAX));
        return Item::Failed {
            id,
            error: too_large(size, max_bytes),
        };
    }
    let (text, warning) = decode(bytes);
    let doc = Document::new(text).with_id(id);
    Item::Doc {
        doc,
        warnings: warning.into_iter().collect(),
    }
}

/// The items of a JSON Lines stream, one per non-blank line; `stem` names
/// the error records (`STEM:LINENO`). Public for the fuzz target, which
/// includes this module by path (the binary itself does not call it).
#[allow(dead_code)]
pub fn jsonl_items(
    reader: Box<dyn BufRead>,
    stem: &str,
    max_bytes: usize,
) -> impl Iterator<Item = Item> {
    JsonlLines::new(reader, stem.to_string(), max_bytes)
}

/// The documents of a JSON Lines stream.
struct JsonlLines {
    reader: Box<dyn BufRead>,
    stem: String,
    lineno: usize,
    /// Longest line kept in memory: the worst case of JSON escaping of a
    /// `max_bytes` text (`\u0001` is 6 bytes for one) plus room for metadata.
    line_cap: usize,
    max_bytes: usize,
    buf: Vec<u8>,
    done: bool,
}

impl JsonlLines {
    fn new(reader: Box<dyn BufRead>, stem: String, max_bytes: usize) -> JsonlLines {
        let line_cap = max_bytes.saturating_mul(6).saturating_add(64 * 1024);
        JsonlLines {
            reader,
            stem,
            lineno: 0,
            line_cap,
            max_bytes,
            buf: Vec::new(),
            done: false,
        }
    }

    fn line_id(&self) -> String {
        format!("{}:{}", self.stem, self.lineno)
    }
}

impl Iterator for JsonlLines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.buf.clear();
            let read = read_line_capped(&mut self.reader, &mut self.buf, self.line_cap);
            self.lineno += 1;
            match read {
                Err(e) => {
                    self.done = true;
                    return Some(Item::Failed {
                        id: self.line_id(),
                        error: format!("line {}: read error: {e}", self.lineno),
                    });
                }
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong(size)) => {
                    return Some(Item::Failed {
                        id: self.line_id(),
                        error: format!("line {}: {}", self.lineno, too_large(size, self.max_bytes)),
                    });
                }
                Ok(Line::Complete) => {
                    if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    let bytes = std::mem::take(&mut self.buf);
                    return Some(parse_line(bytes, &self.stem, self.lineno));
                }
            }
        }
        None
    }
}

enum Line {
    Eof,
    Complete,
    /// The line was longer than the cap (its length in bytes); it was skipped.
    TooLong(usize),
}

/// Reads one line (without its `\n`) into `buf`; a line longer than `cap` is
/// consumed but not kept.
fn read_line_capped(reader: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<Line> {
    let mut total = 0usize;
    let mut seen_any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        seen_any = true;
        let (piece, newline) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], true),
            None => (available, false),
        };
        total = total.saturating_add(piece.len());
        if total <= cap {
            buf.extend_from_slice(piece);
        } else {
            buf.clear();
        }
        let used = piece.len() + usize::from(newline);
        reader.consume(used);
        if newline {
            break;
        }
    }
    if !seen_any {
        Ok(Line::Eof)
    } else if total > cap {
        Ok(Line::TooLong(total))
    } else {
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Line::Complete)
    }
}

const METADATA_FIELDS: &[&str] = &["published", "outlet", "url", "title", "author"];

/// One JSONL line to a document (or an error record with id `STEM:LINENO`).
fn parse_line(bytes: Vec<u8>, stem: &str, lineno: usize) -> Item {
    let line_id = format!("{stem}:{lineno}");
    let fail = |error: String| Item::Failed {
        id: line_id.clone(),
        error: format!("line {lineno}: {error}"),
    };
    let (line, warning) = decode(bytes);
    let mut warnings: Vec<String> = warning.into_iter().collect();
    let value: Value = match serde_json::from_str(&line) {
        Ok(v) => v,
        Err(e) => return fail(format!("not valid JSON: {e}")),
    };
    let Value::Object(mut object) = value else {
        return fail("expected a JSON object with a \"text\" field".into());
    };
    let id = match object.get("id") {
        None | Some(Value::Null) => line_id.clone(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return fail("\"id\" must be a string or a number".into()),
    };
    // From the page of an "html" field: its main text and metadata, which
    // the line's own metadata fields override.
    let mut page: Option<Document> = None;
    let text = match object.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return fail(format!("\"text\" is not a string (id {id:?})")),
        None => match object.remove("html") {
            Some(Value::String(html)) => {
                let doc =
                    ascribe_ingest::Doc::from_html(id.clone(), html.as_bytes(), None, None, None);
                warnings.extend(doc.warnings.iter().cloned());
                let text = doc.text.clone();
                if let Item::Doc { doc, .. } = from_ingest(doc) {
                    page = Some(doc);
                }
                text
            }
            Some(_) => return fail(format!("\"html\" is not a string (id {id:?})")),
            None => return fail(format!("no \"text\" field (id {id:?})")),
        },
    };
    let mut doc = Document::new(text).with_id(id);
    for &field in METADATA_FIELDS {
        let value = match object.remove(field) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(_) => {
                warnings.push(format!(
                    "warning: line {lineno}: ignored \"{field}\": not a string"
                ));
                None
            }
        };
        let from_page =
            |f: fn(&Document) -> &Option<String>| page.as_ref().and_then(|p| f(p).clone());
        match field {
            "published" => doc.published = value.or_else(|| from_page(|p| &p.published)),
            "outlet" => doc.outlet = value.or_else(|| from_page(|p| &p.outlet)),
            "url" => doc.url = value.or_else(|| from_page(|p| &p.url)),
            "author" => doc.author = value.or_else(|| from_page(|p| &p.author)),
            _ => doc.title = value.or_else(|| from_page(|p| &p.title)),
        }
    }
    Item::Doc { doc, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, max_bytes: usize) -> Vec<Item> {
        let reader: Box<dyn BufRead> = Box::new(Cursor::new(input.as_bytes().to_vec()));
        JsonlLines::new(reader, "f".into(), max_bytes).collect()
    }

    fn failed_id(item: &Item) -> Option<&str> {
        match item {
            Item::Failed { id, .. } => Some(id),
            Item::Doc { .. } => None,
        }
    }

    #[test]
    fn jsonl_ids_metadata_and_errors() {
        let input =
            "{\"id\":\"a\",\"text\":\"x\",\"outlet\":\"Gazette\",\"published\":\"2024-01-02\",\"author\":\"Jo Park\"}\n\
                     \n\
                     not json\n\
                     {\"text\":\"y\"}\r\n\
                     {\"id\":7,\"title\":\"t\"}\n\
                     [1,2]\n\
                     {\"id\":\"b\",\"text\":\"z\",\"url\":3}";
        let items = lines(input, 1000);
        assert_eq!(items.len(), 6, "{items:#?}");
        let Item::Doc { doc, warnings } = &items[0] else {
            panic!("{:?}", items[0])
        };
        assert_eq!(doc.id.as_deref(), Some("a"));
        assert_eq!(doc.outlet.as_deref(), Some("Gazette"));
        assert_eq!(doc.published.as_deref(), Some("2024-01-02"));
        assert_eq!(doc.author.as_deref(), Some("Jo Park"));
        assert!(warnings.is_empty());
        assert_eq!(failed_id(&items[1]), Some("f:3"));
        let Item::Doc { doc, .. } = &items[2] else {
            panic!("{:?}", items[2])
        };
        assert_eq!(doc.id.as_deref(), Some("f:4"));
        assert_eq!(doc.text, "y");
        assert_eq!(failed_id(&items[3]), Some("f:5"));
        assert_eq!(failed_id(&items[4]), Some("f:6"));
        let Item::Doc { doc, warnings } = &items[5] else {
            panic!("{:?}", items[5])
        };
        assert_eq!(doc.url, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn overlong_jsonl_line_is_skipped_and_the_next_one_read() {
        let long = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"ok\"}}\n",
            "a".repeat(70 * 1024)
        );
        let items = lines(&long, 10);
        assert_eq!(items.len(), 2);
        let Item::Failed { error, .. } = &items[0] else {
            panic!("{:?}", items[0])
        };
        assert!(error.contains("limit of 10 bytes"), "{error}");
        assert!(matches!(&items[1], Item::Doc { doc, .. } if doc.text == "ok"));
    }

    #[test]
    fn lossy_decoding_counts_bad_sequences() {
        let (text, warning) = decode(b"caf\xe9 \xff\xfe ok".to_vec());
        assert_eq!(text, "caf\u{FFFD} \u{FFFD}\u{FFFD} ok");
        let warning = warning.unwrap_or_default();
        assert!(
            warning.starts_with("warning: invalid UTF-8: 3 byte sequences"),
            "{warning}"
        );
        assert_eq!(decode(b"fine".to_vec()), ("fine".to_string(), None));
    }

    #[test]
    fn sniff_finds_first_non_space_and_nul_bytes() -> io::Result<()> {
        let s = sniff(Box::new(Cursor::new(b"  \n {\"text\":1}".to_vec())))?;
        assert_eq!(s.first_non_space, Some(b'{'));
        assert!(!s.binary);
        let mut all = String::new();
        let mut reader = s.reader;
        reader.read_to_string(&mut all)?;
        assert_eq!(all, "  \n {\"text\":1}");
        let s = sniff(Box::new(Cursor::new(b"ab\0cd".to_vec())))?;
        assert!(s.binary);
        Ok(())
    }
}

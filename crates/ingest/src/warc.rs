//! Streaming WARC / WARC.gz / WET reader.
//!
//! Layers, bottom up:
//!
//! - [`GzMembers`] decompresses a gzip stream member by member (WARC.gz
//!   files are one member per record, or several records per member). A
//!   corrupt member is reported once, as an error from `read` at exactly the
//!   position where its data stops, and the reader resumes at the next gzip
//!   header; a file cut short inside a member is reported as truncated.
//!   Uncompressed input passes through.
//! - [`Records`] parses WARC records (`WARC/1.x` header block, a body of
//!   `Content-Length` bytes). A record hit by a gzip error or cut short is
//!   reported and skipped; a header block that does not parse makes the
//!   reader skip ahead to the next `WARC/` line. Bodies larger than the limit
//!   are skipped without being kept. Memory stays bounded by the largest
//!   record kept (at most [`Limits::max_record`]).
//! - [`Documents`] keeps what can be analysed: HTML `response` records with
//!   status 200 (`text/html` or `application/xhtml+xml`), `resource` records of
//!   HTML, and WET `conversion` records (plain text). Everything else
//!   (requests, metadata, redirects, images…) is counted in [`Stats`] and
//!   passed over silently.

use crate::{charset, http, Doc, Error};
use flate2::bufread::GzDecoder;
use std::io::{self, BufRead, BufReader, Read};

/// Size limits of the reader.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Records with longer bodies are skipped (reported as too large).
    pub max_record: u64,
    /// Longest WARC header block.
    pub max_header: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_record: 20 * 1024 * 1024,
            max_header: 64 * 1024,
        }
    }
}

const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Marker payload of the one-off `io::Error` by which [`GzMembers`] reports
/// a broken member at the exact point where its data ends. The flag tells
/// whether the member had already produced data (then that data is suspect:
/// a checksum failure comes only after all of it).
#[derive(Debug)]
struct MemberBreak(Error, bool);

impl std::fmt::Display for MemberBreak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for MemberBreak {}

/// Counts bytes consumed from a `BufRead` (the compressed offset).
struct Counting<R> {
    inner: R,
    pos: u64,
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.pos += n as u64;
        self.inner.consume(n);
    }
}

/// A gzip stream read member by member, recovering from corrupt members.
pub struct GzMembers<R: BufRead> {
    state: GzState<R>,
    /// Set once the input is exhausted (or cut short).
    done: bool,
}

enum GzState<R: BufRead> {
    Between(Counting<R>),
    Member {
        decoder: GzDecoder<Counting<R>>,
        start: u64,
        produced: bool,
    },
    Poisoned,
}

impl<R: BufRead> GzMembers<R> {
    /// Decompresses `inner`, which must start with a gzip header.
    pub fn new(inner: R) -> GzMembers<R> {
        GzMembers {
            state: GzState::Between(Counting { inner, pos: 0 }),
            done: false,
        }
    }

    /// Skips bytes up to the next gzip header; false at end of input.
    fn seek_magic(r: &mut Counting<R>) -> io::Result<bool> {
        loop {
            let buf = match r.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(false);
            }
            if buf.len() >= 3 && buf[..3] == GZIP_MAGIC {
                return Ok(true);
            }
            // Keep the last two bytes in case the magic straddles buffers.
            let n = match buf.windows(3).position(|w| w == GZIP_MAGIC) {
                Some(i) => i,
                None if buf.len() > 2 => buf.len() - 2,
                None => {
                    // Fewer than 3 bytes left: not a member.
                    let n = buf.len();
                    r.consume(n);
                    continue;
                }
            };
            r.consume(n);
        }
    }
}

fn brk(e: Error, produced: bool) -> io::Error {
    io::Error::other(MemberBreak(e, produced))
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if self.done {
                return Ok(0);
            }
            match std::mem::replace(&mut self.state, GzState::Poisoned) {
                GzState::Poisoned => {
                    self.done = true;
                    return Ok(0);
                }
                GzState::Between(mut r) => {
                    let start = r.pos;
                    let at_magic = match r.fill_buf() {
                        Ok([]) => {
                            self.done = true;
                            return Ok(0);
                        }
                        Ok(b) => b.len() < 3 || b[..3] == GZIP_MAGIC,
                        Err(e) => {
                            self.done = true;
                            return Err(e);
                        }
                    };
                    if !at_magic {
                        let found = Self::seek_magic(&mut r)?;
                        let skipped = r.pos - start;
                        if found {
                            self.state = GzState::Between(r);
                        } else {
                            self.done = true;
                        }
                        return Err(brk(
                            Error::Gzip {
                                offset: start,
                                reason: format!(
                                    "{skipped} bytes of garbage between gzip members skipped"
                                ),
                            },
                            false,
                        ));
                    }
                    self.state = GzState::Member {
                        decoder: GzDecoder::new(r),
                        start,
                        produced: false,
                    };
                }
                GzState::Member {
                    mut decoder,
                    start,
                    produced,
                } => match decoder.read(buf) {
                    Ok(0) => {
                        let r = decoder.into_inner();
                        self.state = GzState::Between(r);
                        if !produced {
                            // An empty member, or a header the decoder gave up on silently.
                            continue;
                        }
                    }
                    Ok(n) => {
                        self.state = GzState::Member {
                            decoder,
                            start,
                            produced: true,
                        };
                        return Ok(n);
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        self.state = GzState::Member {
                            decoder,
                            start,
                            produced,
                        };
                    }
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                        self.done = true;
                        return Err(brk(
                            Error::Truncated {
                                what: "gzip member",
                                offset: start,
                            },
                            produced,
                        ));
                    }
                    Err(e) => {
                        let mut r = decoder.into_inner();
                        // Step past this member's header and look for the next one.
                        if r.pos == start {
                            r.consume(1);
                        }
                        match Self::seek_magic(&mut r) {
                            Ok(true) => self.state = GzState::Between(r),
                            Ok(false) => self.done = true,
                            Err(io) => {
                                self.done = true;
                                return Err(io);
                            }
                        }
                        return Err(brk(
                            Error::Gzip {
                                offset: start,
                                reason: e.to_string(),
                            },
                            produced,
                        ));
                    }
                },
            }
        }
    }
}

/// A WARC record: its header fields and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// `WARC/1.0` or `WARC/1.1`.
    pub version: String,
    /// Header fields in order.
    pub headers: Vec<(String, String)>,
    /// The block (`Content-Length` bytes).
    pub body: Vec<u8>,
    /// Offset of the record in the uncompressed stream.
    pub offset: u64,
}

impl Record {
    /// The first header named `name` (ASCII-case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `WARC-Type`, lowercased.
    pub fn kind(&self) -> String {
        self.header("WARC-Type").unwrap_or("").to_ascii_lowercase()
    }

    /// `WARC-Record-ID` without its angle brackets.
    pub fn id(&self) -> Option<&str> {
        self.header("WARC-Record-ID")
            .map(|v| v.trim().trim_start_matches('<').trim_end_matches('>'))
    }
}

/// A problem with one record (or with the stream at some point).
#[derive(Debug)]
pub struct RecordError {
    /// The record's id when its header could be read, else `@OFFSET`.
    pub id: String,
    /// What went wrong.
    pub error: Error,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.id, self.error)
    }
}

/// Records of a WARC stream, read one at a time.
pub struct Records {
    reader: Box<dyn BufRead + Send>,
    limits: Limits,
    /// Uncompressed offset of the next byte.
    pos: u64,
    done: bool,
    line: Vec<u8>,
    /// Set when a version line was found while skipping garbage: the record
    /// starting at this offset is read next, its version line in `line`.
    resume: Option<u64>,
    /// A gzip break found after a record ended, to report before reading on.
    pending: Option<RecordError>,
}

/// How a read inside a record ended.
enum Cut {
    Io(io::Error),
    /// A gzip member broke; true when data already read came from it.
    Break(Error, bool),
    Eof,
}

fn classify(e: io::Error) -> Cut {
    if e.get_ref().is_some_and(|inner| inner.is::<MemberBreak>()) {
        match e.into_inner().map(|b| b.downcast::<MemberBreak>()) {
            Some(Ok(b)) => Cut::Break(b.0, b.1),
            Some(Err(other)) => Cut::Io(io::Error::other(other)),
            None => Cut::Eof,
        }
    } else if e.kind() == io::ErrorKind::UnexpectedEof {
        Cut::Eof
    } else {
        Cut::Io(e)
    }
}

impl Records {
    /// Reads records from `input`, gzip-compressed or not (detected from the
    /// first bytes).
    pub fn new(input: impl Read + Send + 'static, limits: Limits) -> io::Result<Records> {
        let mut buffered = BufReader::with_capacity(64 * 1024, input);
        let head = buffered.fill_buf()?;
        let gz = head.len() >= 2 && head[..2] == GZIP_MAGIC[..2];
        let reader: Box<dyn BufRead + Send> = if gz {
            Box::new(BufReader::with_capacity(
                64 * 1024,
                GzMembers::new(buffered),
            ))
        } else {
            Box::new(buffered)
        };
        Ok(Records {
            reader,
            limits,
            pos: 0,
            done: false,
            line: Vec::new(),
            resume: None,
            pending: None,
        })
    }

    /// Opens a file.
    pub fn open(path: &std::path::Path, limits: Limits) -> io::Result<Records> {
        Records::new(std::fs::File::open(path)?, limits)
    }

    /// Reads one line (up to `cap` bytes kept; longer lines are consumed and
    /// flagged). Returns `Ok(None)` at end of input.
    fn read_line(&mut self, cap: usize) -> Result<Option<bool>, Cut> {
        self.line.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(classify(e)),
            };
            if buf.is_empty() {
                return Ok(any.then_some(too_long));
            }
            any = true;
            let (piece, nl) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (&buf[..=i], true),
                None => (buf, false),
            };
            if self.line.len() + piece.len() <= cap {
                self.line.extend_from_slice(piece);
            } else {
                too_long = true;
            }
            let n = piece.len();
            self.reader.consume(n);
            self.pos += n as u64;
            if nl {
                return Ok(Some(too_long));
            }
        }
    }

    fn err(&self, id: String, error: Error) -> RecordError {
        RecordError { id, error }
    }

    /// Skips to the next line starting with `WARC/`; false at end of input.
    fn resync(&mut self) -> Result<bool, Cut> {
        loop {
            match self.read_line(256) {
                Ok(None) => return Ok(false),
                Ok(Some(_)) if self.line.starts_with(b"WARC/") => return Ok(true),
                Ok(Some(_)) => {}
                // Another break while skipping: keep skipping.
                Err(Cut::Break(..)) => {}
                Err(other) => return Err(other),
            }
        }
    }

    fn next_record(&mut self) -> Option<Result<Record, RecordError>> {
        if let Some(pending) = self.pending.take() {
            return Some(Err(pending));
        }
        if let Some(start) = self.resume.take() {
            return Some(self.read_record_after_version(start));
        }
        // The version line, after any blank lines.
        let mut start;
        let mut pending: Option<RecordError> = None;
        loop {
            start = self.pos;
            match self.read_line(256) {
                Ok(None) => {
                    self.done = true;
                    return pending.map(Err);
                }
                Ok(Some(_)) if self.line.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(Some(_)) if self.line.starts_with(b"WARC/") => break,
                Ok(Some(_)) => {
                    let err = self.err(
                        format!("@{start}"),
                        Error::Record {
                            offset: start,
                            reason: "expected a WARC/ version line; skipped to the next record"
                                .into(),
                        },
                    );
                    match self.resync() {
                        Ok(true) => {
                            start = self.pos - self.line.len() as u64;
                            pending = Some(err);
                            break;
                        }
                        Ok(false) => {
                            self.done = true;
                            return Some(Err(err));
                        }
                        Err(cut) => return Some(Err(self.cut(format!("@{start}"), start, cut))),
                    }
                }
                Err(Cut::Break(e, _)) => {
                    // A broken gzip member between records.
                    return Some(Err(self.err(format!("@{start}"), e)));
                }
                Err(cut) => return Some(Err(self.cut(format!("@{start}"), start, cut))),
            }
        }
        if let Some(err) = pending {
            // Report the skipped garbage now; the record found is read next time.
            self.resume = Some(start);
            return Some(Err(err));
        }
        Some(self.read_record_after_version(start))
    }

    fn cut(&mut self, id: String, offset: u64, cut: Cut) -> RecordError {
        match cut {
            Cut::Break(e, _) => self.err(id, e),
            Cut::Eof => {
                self.done = true;
                self.err(
                    id,
                    Error::Truncated {
                        what: "WARC record",
                        offset,
                    },
                )
            }
            Cut::Io(e) => {
                self.done = true;
                self.err(id, Error::Io(e))
            }
        }
    }

    fn read_record_after_version(&mut self, start: u64) -> Result<Record, RecordError> {
        let version = String::from_utf8_lossy(&self.line).trim().to_string();
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut header_bytes = 0usize;
        let id_of = |headers: &[(String, String)]| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("WARC-Record-ID"))
                .map(|(_, v)| {
                    v.trim()
                        .trim_start_matches('<')
                        .trim_end_matches('>')
                        .to_string()
                })
                .unwrap_or_else(|| format!("@{start}"))
        };
        loop {
            match self.read_line(self.limits.max_header) {
                Ok(None) => return Err(self.cut(id_of(&headers), start, Cut::Eof)),
                Ok(Some(too_long)) => {
                    header_bytes += self.line.len();
                    if too_long || header_bytes > self.limits.max_header {
                        let e = Error::Record {
                            offset: start,
                            reason: "header block too long".into(),
                        };
                        return Err(self.err(id_of(&headers), e));
                    }
                    let line = String::from_utf8_lossy(&self.line);
                    let line = line.trim_end_matches(['\r', '\n']);
                    if line.is_empty() {
                        break;
                    }
                    if line.starts_with([' ', '\t']) {
                        if let Some((_, v)) = headers.last_mut() {
                            v.push(' ');
                            v.push_str(line.trim());
                        }
                    } else if let Some((n, v)) = line.split_once(':') {
                        headers.push((n.trim().to_string(), v.trim().to_string()));
                    }
                }
                Err(cut) => return Err(self.cut(id_of(&headers), start, cut)),
            }
        }
        let id = id_of(&headers);
        let length = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.trim().parse::<u64>().ok());
        let Some(length) = length else {
            let e = Error::Record {
                offset: start,
                reason: "missing or bad Content-Length".into(),
            };
            return Err(self.err(id, e));
        };
        if length > self.limits.max_record {
            return match self.skip(length) {
                Ok(()) => Err(self.err(
                    id,
                    Error::TooLarge {
                        what: "WARC record",
                        size: length,
                        limit: self.limits.max_record,
                    },
                )),
                Err(cut) => Err(self.cut(id, start, cut)),
            };
        }
        let mut body = Vec::with_capacity(usize::try_from(length).unwrap_or(0).min(1 << 20));
        let mut remaining = length;
        while remaining > 0 {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(self.cut(id, start, classify(e))),
            };
            if buf.is_empty() {
                return Err(self.cut(id, start, Cut::Eof));
            }
            let n = buf
                .len()
                .min(usize::try_from(remaining).unwrap_or(usize::MAX));
            body.extend_from_slice(&buf[..n]);
            self.reader.consume(n);
            self.pos += n as u64;
            remaining -= n as u64;
        }
        // The record's end marker, then a look at what follows: a member
        // that fails its checksum there has already given us this record.
        loop {
            match self.reader.fill_buf() {
                Ok(buf) => {
                    let n = buf
                        .iter()
                        .take_while(|&&b| b == b'\r' || b == b'\n')
                        .count();
                    if n == 0 {
                        break;
                    }
                    self.reader.consume(n);
                    self.pos += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => match classify(e) {
                    Cut::Break(error, true) => return Err(self.err(id, error)),
                    Cut::Break(error, false) => {
                        self.pending = Some(self.err(format!("@{}", self.pos), error));
                        break;
                    }
                    Cut::Eof => break,
                    Cut::Io(e) => {
                        self.pending = Some(self.err(format!("@{}", self.pos), Error::Io(e)));
                        self.done = true;
                        break;
                    }
                },
            }
        }
        Ok(Record {
            version,
            headers,
            body,
            offset: start,
        })
    }

    fn skip(&mut self, mut remaining: u64) -> Result<(), Cut> {
        while remaining > 0 {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(classify(e)),
            };
            if buf.is_empty() {
                return Err(Cut::Eof);
            }
            let n = buf
                .len()
                .min(usize::try_from(remaining).unwrap_or(usize::MAX));
            self.reader.consume(n);
            self.pos += n as u64;
            remaining -= n as u64;
        }
        Ok(())
    }
}

impl Iterator for Records {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(pending) = self.pending.take() {
            return Some(Err(pending));
        }
        if self.done {
            return None;
        }
        self.next_record()
    }
}

/// Counts of what a [`Documents`] reader saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Records read whole.
    pub records: u64,
    /// Documents produced.
    pub documents: u64,
    /// Records passed over (not HTML responses with status 200 or WET text).
    pub skipped: u64,
    /// Records or stream parts reported as errors.
    pub errors: u64,
}

/// The analysable documents of a WARC/WET stream (see the module docs).
pub struct Documents {
    records: Records,
    stats: Stats,
    max_body: usize,
}

impl Documents {
    /// Documents of `records`.
    pub fn new(records: Records) -> Documents {
        let max_body = usize::try_from(records.limits.max_record).unwrap_or(usize::MAX);
        Documents {
            records,
            stats: Stats::default(),
            max_body,
        }
    }

    /// Opens a WARC, WARC.gz, WET or WET.gz file.
    pub fn open(path: &std::path::Path, limits: Limits) -> io::Result<Documents> {
        Ok(Documents::new(Records::open(path, limits)?))
    }

    /// What was seen so far.
    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// The document of one record, `Ok(None)` for records that are not analysed.
    pub fn document(record: &Record, max_body: usize) -> Result<Option<Doc>, Error> {
        let kind = record.kind();
        let id = record
            .id()
            .map(str::to_string)
            .or_else(|| record.header("WARC-Target-URI").map(str::to_string))
            .unwrap_or_else(|| format!("@{}", record.offset));
        let url = record
            .header("WARC-Target-URI")
            .map(|u| u.trim().trim_start_matches('<').trim_end_matches('>'));
        let date = record.header("WARC-Date");
        let content_type = record
            .header("Content-Type")
            .unwrap_or("")
            .to_ascii_lowercase();
        match kind.as_str() {
            "response" if content_type.starts_with("application/http") => {
                let response = http::parse(&record.body, max_body)?;
                if response.status != 200 {
                    return Ok(None);
                }
                let ct = response.header("content-type").unwrap_or("");
                if !is_html(ct, &response.body) {
                    return Ok(None);
                }
                let label = charset::header_charset(ct);
                Ok(Some(Doc::from_html(id, &response.body, label, url, date)))
            }
            "resource" | "response"
                if is_html(&content_type, &record.body) && !content_type.is_empty() =>
            {
                let label = charset::header_charset(&content_type);
                Ok(Some(Doc::from_html(id, &record.body, label, url, date)))
            }
            "conversion" => {
                let mut doc = Doc::from_text(id, &record.body);
                doc.url = url.map(str::to_string);
                doc.published = date.and_then(crate::iso_date);
                Ok(Some(doc))
            }
            _ => Ok(None),
        }
    }
}

fn is_html(content_type: &str, body: &[u8]) -> bool {
    let ct = content_type.trim().to_ascii_lowercase();
    if ct.starts_with("text/html") || ct.starts_with("application/xhtml+xml") {
        return true;
    }
    if !ct.is_empty() {
        return false;
    }
    let head = String::from_utf8_lossy(&body[..body.len().min(512)]).to_ascii_lowercase();
    let head = head.trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

impl Iterator for Documents {
    type Item = Result<Doc, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let record = match self.records.next()? {
                Ok(r) => r,
                Err(e) => {
                    self.stats.errors += 1;
                    return Some(Err(e));
                }
            };
            self.stats.records += 1;
            match Documents::document(&record, self.max_body) {
                Ok(Some(doc)) => {
                    self.stats.documents += 1;
                    return Some(Ok(doc));
                }
                Ok(None) => self.stats.skipped += 1,
                Err(error) => {
                    self.stats.errors += 1;
                    let id = record.id().unwrap_or("").to_string();
                    let id = if id.is_empty() {
                        format!("@{}", record.offset)
                    } else {
                        id
                    };
                    return Some(Err(RecordError { id, error }));
                }
            }
        }
    }
}

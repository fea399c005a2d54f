//! HTTP responses as WARC stores them: status line, headers, body with
//! chunked transfer-encoding and gzip/deflate content-encoding undone.

use crate::Error;
use std::io::Read;

/// A parsed HTTP response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// Status code (e.g. 200).
    pub status: u16,
    /// Headers in order, names as written.
    pub headers: Vec<(String, String)>,
    /// The decoded body.
    pub body: Vec<u8>,
}

impl Response {
    /// The first header named `name` (ASCII-case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Parses `bytes` (a WARC `response` record's payload). Bodies that grow past
/// `max_body` bytes once decompressed are an error.
pub fn parse(bytes: &[u8], max_body: usize) -> Result<Response, Error> {
    let (head_len, body_start) =
        find_head_end(bytes).ok_or_else(|| Error::Http("no end of HTTP headers".into()))?;
    let head = String::from_utf8_lossy(&bytes[..head_len]);
    let mut lines = head.split('\n').map(|l| l.trim_end_matches('\r'));
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.split_whitespace();
    let proto = parts.next().unwrap_or("");
    if !proto.starts_with("HTTP/") {
        return Err(Error::Http(format!(
            "not an HTTP status line: {:?}",
            truncate(status_line)
        )));
    }
    let status = parts
        .next()
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| Error::Http(format!("bad status line: {:?}", truncate(status_line))))?;
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            // Obsolete line folding: continue the previous header.
            if let Some((_, v)) = headers.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    let raw = &bytes[body_start..];
    let chunked = response
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(raw).unwrap_or_else(|| raw.to_vec())
    } else {
        raw.to_vec()
    };
    let encoding = response
        .header("content-encoding")
        .map(|v| v.trim().to_ascii_lowercase());
    response.body = match encoding.as_deref() {
        None | Some("" | "identity" | "none" | "utf-8") => body,
        Some("gzip" | "x-gzip") => inflate(
            flate2::read::MultiGzDecoder::new(&body[..]),
            &body,
            max_body,
        )?,
        Some("deflate") => {
            // Servers send zlib-wrapped or raw deflate under this name.
            inflate(flate2::read::ZlibDecoder::new(&body[..]), &body, max_body).or_else(|_| {
                inflate(
                    flate2::read::DeflateDecoder::new(&body[..]),
                    &body,
                    max_body,
                )
            })?
        }
        Some(other) => {
            return Err(Error::Http(format!(
                "unsupported content-encoding {other:?}"
            )))
        }
    };
    if response.body.len() > max_body {
        return Err(Error::TooLarge {
            what: "HTTP body",
            size: response.body.len() as u64,
            limit: max_body as u64,
        });
    }
    Ok(response)
}

/// Decompresses, or keeps the raw bytes when they are evidently not
/// compressed (crawlers often store bodies already decoded but keep the header).
fn inflate(mut reader: impl Read, raw: &[u8], max_body: usize) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    match (&mut reader)
        .take(max_body as u64 + 1)
        .read_to_end(&mut out)
    {
        Ok(_) if out.len() > max_body => Err(Error::TooLarge {
            what: "HTTP body",
            size: out.len() as u64,
            limit: max_body as u64,
        }),
        Ok(_) => Ok(out),
        Err(_) if looks_like_text(raw) => Ok(raw.to_vec()),
        Err(e) => Err(Error::Http(format!("cannot decompress body: {e}"))),
    }
}

fn looks_like_text(raw: &[u8]) -> bool {
    let head = &raw[..raw.len().min(512)];
    let s = String::from_utf8_lossy(head);
    s.trim_start().starts_with('<')
}

/// Offset of the end of the head (before the blank line) and of the body.
fn find_head_end(bytes: &[u8]) -> Option<(usize, usize)> {
    if let Some(i) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
        let lf = bytes.windows(2).position(|w| w == b"\n\n");
        if lf.is_none_or(|j| j > i) {
            return Some((i, i + 4));
        }
    }
    bytes
        .windows(2)
        .position(|w| w == b"\n\n")
        .map(|i| (i, i + 2))
}

/// Undoes chunked transfer-encoding; `None` when the bytes are not chunked
/// after all (then the caller keeps them as they are). A body cut short
/// keeps the chunks read so far.
pub fn dechunk(mut raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut first = true;
    loop {
        let eol = raw
            .windows(2)
            .position(|w| w == b"\r\n")
            .or_else(|| raw.iter().position(|&b| b == b'\n'))?;
        let size_line = std::str::from_utf8(&raw[..eol]).ok()?;
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let size = match usize::from_str_radix(size_hex, 16) {
            Ok(n) => n,
            Err(_) if first => return None,
            Err(_) => return Some(out),
        };
        first = false;
        let skip = if raw.get(eol) == Some(&b'\r') {
            eol + 2
        } else {
            eol + 1
        };
        raw = &raw[skip.min(raw.len())..];
        if size == 0 {
            return Some(out);
        }
        let take = size.min(raw.len());
        out.extend_from_slice(&raw[..take]);
        raw = &raw[take..];
        if take < size {
            return Some(out);
        }
        raw = raw
            .strip_prefix(b"\r\n")
            .or_else(|| raw.strip_prefix(b"\n"))
            .unwrap_or(raw);
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn chunked_and_gzip() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"<p>hello world</p>").unwrap();
        let body = gz.finish().unwrap();
        let mut chunked = Vec::new();
        let (a, b) = body.split_at(5);
        write!(chunked, "{:x}\r\n", a.len()).unwrap();
        chunked.extend_from_slice(a);
        write!(chunked, "\r\n{:x};ext=1\r\n", b.len()).unwrap();
        chunked.extend_from_slice(b);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        let mut msg = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        msg.extend_from_slice(&chunked);
        let r = parse(&msg, 1 << 20).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), Some("text/html"));
        assert_eq!(r.body, b"<p>hello world</p>");
    }

    #[test]
    fn bad_inputs_are_errors_not_panics() {
        assert!(parse(b"", 10).is_err());
        assert!(parse(b"garbage\r\n\r\nbody", 10).is_err());
        assert!(parse(b"HTTP/1.1 abc\r\n\r\n", 10).is_err());
        let r = parse(b"HTTP/1.0 404 Not Found\n\nnope", 10).unwrap();
        assert_eq!((r.status, r.body.as_slice()), (404, &b"nope"[..]));
        assert!(parse(b"HTTP/1.1 200 OK\r\n\r\n0123456789A", 10).is_err());
        assert!(matches!(
            parse(b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", 10),
            Err(Error::Http(_))
        ));
        assert_eq!(dechunk(b"5\r\nabc"), Some(b"abc".to_vec()));
        assert_eq!(dechunk(b"<html>"), None);
    }
}

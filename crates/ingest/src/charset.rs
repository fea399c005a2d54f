//! Turning page bytes into text: byte-order mark, then the HTTP `charset`,
//! then a `<meta>` declaration in the first KiB, then UTF-8 if the bytes are
//! valid UTF-8, then statistical detection (chardetng). Labels follow the
//! WHATWG Encoding Standard (`iso-8859-1` means windows-1252, as browsers do).

use encoding_rs::{Encoding, UTF_8};

/// How far into a page a `<meta charset>` is looked for (the HTML prescan
/// looks at 1024 bytes; pages often put it later, so allow more).
const META_SCAN: usize = 4096;

/// Where the encoding came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A byte-order mark.
    Bom,
    /// The HTTP `Content-Type` header (or a caller-given label).
    Header,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` declaration.
    Meta,
    /// The bytes are valid UTF-8.
    Utf8,
    /// Guessed from the bytes.
    Detected,
}

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's WHATWG name, e.g. `"UTF-8"`, `"windows-1251"`.
    pub encoding: &'static str,
    /// Where the encoding came from.
    pub source: Source,
    /// True when some bytes were malformed and replaced with U+FFFD.
    pub lossy: bool,
}

/// Decodes an HTML page. `label` is the charset from the HTTP header, if any.
pub fn decode_html(bytes: &[u8], label: Option<&str>) -> Decoded {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return finish(bytes, encoding, Source::Bom);
    }
    if let Some(encoding) = label.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        return finish(bytes, html_compatible(encoding), Source::Header);
    }
    if let Some(encoding) = meta_charset(&bytes[..bytes.len().min(META_SCAN)]) {
        return finish(bytes, html_compatible(encoding), Source::Meta);
    }
    decode_guess(bytes)
}

/// Decodes text of unknown encoding: UTF-8 when valid, else a guess.
pub fn decode_guess(bytes: &[u8]) -> Decoded {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return finish(bytes, encoding, Source::Bom);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return finish(bytes, UTF_8, Source::Utf8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    finish(bytes, encoding, Source::Detected)
}

/// A page cannot really be UTF-16 if a meta tag in ASCII declared it.
fn html_compatible(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        UTF_8
    } else {
        encoding
    }
}

fn finish(bytes: &[u8], encoding: &'static Encoding, source: Source) -> Decoded {
    let (text, used, lossy) = encoding.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used.name(),
        source,
        lossy,
    }
}

/// The charset of a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`
/// tag in `head` (ASCII-case-insensitive, a simplified HTML prescan).
pub fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(at) = find(tag, b"charset") {
            let rest = &tag[at + b"charset".len()..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|b| {
                        matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>')
                            || b.is_ascii_whitespace()
                    })
                    .unwrap_or(rest.len());
                if let Some(encoding) = Encoding::for_label(&rest[..len]) {
                    return Some(encoding);
                }
            }
        }
        from = end.max(start + 1);
        if from >= lower.len() {
            break;
        }
    }
    None
}

/// The `charset` parameter of a `Content-Type` header value.
pub fn header_charset(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(|c| c == '"' || c == '\''))
    })
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_wins_over_meta() {
        let page = b"<meta charset=\"utf-8\"><p>caf\xe9</p>";
        let d = decode_html(page, Some("ISO-8859-1"));
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.source, Source::Header);
        assert!(d.text.contains("café"));
    }

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            meta_charset(b"<META CHARSET=windows-1251>"),
            Some(encoding_rs::WINDOWS_1251)
        );
        let http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">";
        assert_eq!(meta_charset(http_equiv), Some(encoding_rs::KOI8_R));
        assert_eq!(meta_charset(b"<meta name=x content=y>"), None);
        assert_eq!(meta_charset(b"<meta charset=\"no-such\">"), None);
    }

    #[test]
    fn cyrillic_without_declaration_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("Президент заявил журналистам, что встреча прошла хорошо и была полезной.");
        let d = decode_html(&bytes, None);
        assert_eq!(d.source, Source::Detected);
        assert!(d.text.starts_with("Президент"), "{} {}", d.encoding, d.text);
    }

    #[test]
    fn bom_and_utf8() {
        let d = decode_html(b"\xef\xbb\xbfhi", Some("windows-1252"));
        assert_eq!((d.text.as_str(), d.source), ("hi", Source::Bom));
        let d = decode_html("naïve".as_bytes(), None);
        assert_eq!(
            (d.text.as_str(), d.source, d.lossy),
            ("naïve", Source::Utf8, false)
        );
    }

    #[test]
    fn header_charset_parameter() {
        assert_eq!(
            header_charset("text/html; charset=\"UTF-8\""),
            Some("UTF-8")
        );
        assert_eq!(
            header_charset("text/html;Charset=koi8-r;x=y"),
            Some("koi8-r")
        );
        assert_eq!(header_charset("text/html"), None);
    }
}

//! [`Doc`]: what the readers hand to the extractor.

use crate::charset;
use crate::html::{self, Post};

/// A document ready for analysis, with the metadata found while reading it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    /// Identifier (file stem, `WARC-Record-ID`…).
    pub id: String,
    /// The text to analyse.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub outlet: Option<String>,
    /// Canonical or target URL.
    pub url: Option<String>,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`, or a full timestamp).
    pub published: Option<String>,
    /// Author(s) as the page gives them.
    pub byline: Option<String>,
    /// Embedded social posts found in an HTML page (their paragraphs are in `text`).
    pub posts: Vec<Post>,
    /// Non-fatal problems, each starting with `warning: `.
    pub warnings: Vec<String>,
}

impl Doc {
    /// Reads an HTML page from its bytes. `charset` is the HTTP header's
    /// label when known; `url` and `date` are used when the page gives none.
    pub fn from_html(
        id: impl Into<String>,
        bytes: &[u8],
        charset: Option<&str>,
        url: Option<&str>,
        date: Option<&str>,
    ) -> Doc {
        let decoded = charset::decode_html(bytes, charset);
        let mut warnings = Vec::new();
        if decoded.lossy {
            warnings.push(format!(
                "warning: malformed {} bytes replaced with U+FFFD",
                decoded.encoding
            ));
        }
        let options = html::Options {
            url: url.map(str::to_string),
            ..html::Options::default()
        };
        // The HTML parser and Readability port are third-party code: a panic
        // on some page must cost that page, not the batch.
        let page = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            html::extract_with(&decoded.text, &options)
        })) {
            Ok(page) => page,
            Err(_) => {
                warnings
                    .push("warning: the HTML parser failed on this page; its text is empty".into());
                html::Page::default()
            }
        };
        if page.fallback {
            warnings
                .push("warning: no article found in the HTML; the whole page text was used".into());
        }
        let published = page
            .published
            .as_deref()
            .and_then(iso_date)
            .or_else(|| date.and_then(iso_date));
        Doc {
            id: id.into(),
            text: page.text,
            title: page.title,
            outlet: page.outlet,
            url: page.url.or_else(|| url.map(str::to_string)),
            published,
            byline: page.byline,
            posts: page.posts,
            warnings,
        }
    }

    /// A plain-text document of unknown encoding (UTF-8 when valid).
    pub fn from_text(id: impl Into<String>, bytes: &[u8]) -> Doc {
        let decoded = charset::decode_guess(bytes);
        let mut warnings = Vec::new();
        if decoded.lossy {
            warnings.push(format!(
                "warning: malformed {} bytes replaced with U+FFFD",
                decoded.encoding
            ));
        }
        Doc {
            id: id.into(),
            text: decoded.text,
            warnings,
            ..Doc::default()
        }
    }
}

/// `s` when it is an ISO 8601 date or timestamp; else the ISO date of a
/// written-out date ("July 24, 2015"); else `None`.
pub fn iso_date(s: &str) -> Option<String> {
    iso_timestamp(s).or_else(|| html::embed::dates(s.trim()).0)
}

/// `s` (trimmed) when it starts with an ISO 8601 date: the whole timestamp,
/// or the date alone when something other than a time follows it.
pub(crate) fn iso_timestamp(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let date = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10);
    date.then(|| match b.get(10) {
        None | Some(b'T' | b't' | b' ') => s.to_string(),
        Some(_) => s[..10].to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(
            iso_date("2017-03-02T10:00:00Z").as_deref(),
            Some("2017-03-02T10:00:00Z")
        );
        assert_eq!(iso_date("2017-03-02").as_deref(), Some("2017-03-02"));
        assert_eq!(
            iso_date("Fri, 24 Jul 2015 05:36").as_deref(),
            Some("2015-07-24")
        );
        assert_eq!(iso_date("yesterday"), None);
    }

    #[test]
    fn html_doc_uses_fallbacks() {
        let page = "<html><head><meta charset=windows-1252></head><body><article><p>Caf\u{e9} owners said the rent had doubled in two years and several would close by the end of the summer season.</p></article></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(page);
        let doc = Doc::from_html(
            "x",
            &bytes,
            None,
            Some("https://example.org/a"),
            Some("2020-01-02T03:04:05Z"),
        );
        assert!(doc.text.contains("Café owners"), "{}", doc.text);
        assert_eq!(doc.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(doc.published.as_deref(), Some("2020-01-02T03:04:05Z"));
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    }
}

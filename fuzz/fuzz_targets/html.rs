//! The HTML reader: charset decoding, main-text extraction and metadata.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The path the CLI takes for .html files and JSONL "html" fields.
    let doc = ascribe_ingest::Doc::from_html("fuzz", data, None, None, None);
    // Main text is the page's text, never more than a few times the input
    // (collapsed whitespace, joined blocks, embeds rewritten as lines).
    assert!(
        doc.text.len() <= data.len().saturating_mul(4) + 1024,
        "{} bytes of text from {} bytes of HTML",
        doc.text.len(),
        data.len()
    );
    if let Ok(s) = std::str::from_utf8(data) {
        let page = ascribe_ingest::html::extract(s);
        let _ = page.text.len();
    }
});

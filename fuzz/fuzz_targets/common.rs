//! Checks shared by the extraction targets.

use ascribe::{Analysis, Document, Extractor};
use std::sync::OnceLock;

/// The learned extractor, built once: loading the model takes far longer
/// than one fuzz input.
pub fn learned() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new().expect("the compiled-in model loads"))
}

/// The rule extractor.
pub fn rules() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::rules_only)
}

/// Extracts and checks what must hold for any input: every span lies inside
/// the text and its `text` is exactly that slice (code-point offsets), and
/// confidences are finite.
pub fn extract_and_check(extractor: &Extractor, text: &str) {
    let doc = Document::new(text).with_id("fuzz");
    let analysis = match extractor.extract(&doc) {
        Ok(a) => a,
        // A typed error (e.g. too large) is a fine answer; a panic is not.
        Err(_) => return,
    };
    check(&analysis, text);
}

fn check(analysis: &Analysis, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for a in &analysis.attributions {
        assert!(a.confidence.is_finite(), "confidence {}", a.confidence);
        for span in a.content.iter().chain(&a.cue).chain(&a.source) {
            assert!(
                span.start <= span.end && span.end <= chars.len(),
                "span {}..{} outside a text of {} code points",
                span.start,
                span.end,
                chars.len()
            );
            let slice: String = chars[span.start..span.end].iter().collect();
            assert_eq!(span.text, slice, "span text differs from the slice");
        }
    }
}

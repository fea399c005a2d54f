//! The brat standoff reader (eval crate) on a document text and its `.ann`,
//! then the metrics on what it accepted. Input: text, a NUL byte, the `.ann`.
#![no_main]
use ascribe_eval::{evaluate, parse_ann, GoldDoc};
use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;

fuzz_target!(|data: &[u8]| {
    let Ok(data) = std::str::from_utf8(data) else {
        return;
    };
    let (text, ann) = data.split_once('\0').unwrap_or((data, ""));
    let chars = text.chars().count();
    let Ok(attributions) = parse_ann(text, ann) else {
        return;
    };
    // Whatever is accepted must lie inside the text.
    for a in &attributions {
        for &(s, e) in a.content.iter().chain(&a.cue).chain(&a.source) {
            assert!(s <= e && e <= chars, "{s}..{e} outside {chars} code points");
        }
    }
    // Scoring gold against itself must not panic on any accepted annotation.
    let doc = GoldDoc {
        id: "d".into(),
        text: text.to_string(),
        attributions: attributions.clone(),
    };
    let pred = HashMap::from([("d".to_string(), attributions)]);
    let _ = evaluate(&[doc], &pred);
});

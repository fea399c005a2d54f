//! The CLI's JSONL input reader (lines capped, JSON parsed, `html` fields
//! run through the HTML reader). It lives in the binary crate, so the module
//! is included by path.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../crates/cli/src/input.rs"]
mod input;

fuzz_target!(|data: &[u8]| {
    let reader: Box<dyn std::io::BufRead> = Box::new(std::io::Cursor::new(data.to_vec()));
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    let mut n = 0;
    // A small size limit so the too-long-line path is reached.
    for item in input::jsonl_items(reader, "fuzz", 256) {
        n += 1;
        match item {
            input::Item::Doc { doc, .. } => assert!(doc.id.is_some()),
            input::Item::Failed { id, .. } => assert!(!id.is_empty()),
        }
    }
    assert!(n <= lines, "{n} items from {lines} lines");
});

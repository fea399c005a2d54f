//! `extract` on arbitrary bytes, decoded lossily as the CLI decodes files.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    common::extract_and_check(common::learned(), &text);
});

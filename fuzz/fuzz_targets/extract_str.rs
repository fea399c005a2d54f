//! `extract` on arbitrary Unicode strings, through both the learned model
//! and the rules (which are also features of the model, but run alone with
//! `--rules-only`).
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|text: &str| {
    common::extract_and_check(common::learned(), text);
    common::extract_and_check(common::rules(), text);
});

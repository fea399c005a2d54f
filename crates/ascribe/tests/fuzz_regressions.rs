//! Inputs the fuzzers (`fuzz/`) found, replayed through the same entry
//! points in the ordinary test suite.

use ascribe::Extractor;
use ascribe_tagger::hash::fnv1a64;
use std::path::PathBuf;
use std::time::Instant;

fn finding(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/findings")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A 17 KB attribution model whose header asked for 64 labels × 2^26 rows,
/// filled by zero runs: the loader allocated 8 GiB. It must be refused at
/// once, with a message, and without the allocation.
#[test]
fn model_header_asking_for_gigabytes_is_refused() {
    let data = finding("model-attribution-8gib-allocation");
    // As the `model` target builds it: selector byte, then the file after
    // its magic; magic and checksum are added.
    let (&selector, rest) = data.split_first().expect("non-empty finding");
    assert_eq!(selector % 3, 0, "the finding is for the attribution loader");
    let mut bytes = b"ASCRATTR".to_vec();
    bytes.extend_from_slice(rest);
    // Found under format version 1: stamped with the current version so the
    // header, not the version check, is what refuses it.
    bytes[8..12].copy_from_slice(&ascribe::learned::format::FORMAT_VERSION.to_le_bytes());
    let sum = fnv1a64(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    let started = Instant::now();
    let err = match Extractor::from_model_bytes(&bytes, "finding") {
        Ok(_) => panic!("an implausible model must not load"),
        Err(e) => e,
    };
    assert!(err.to_string().contains("implausible"), "{err}");
    assert!(started.elapsed().as_secs() < 2, "refused, but slowly");
}

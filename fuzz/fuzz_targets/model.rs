//! The model loaders: attribution model (`ascribe::learned::format`), tagger
//! and parser models (`format::Model`). The first byte picks the loader; the
//! checksum (and the tagger/parser length field) is patched in before
//! loading, otherwise almost every input would stop at the checksum and the
//! parsing code behind it would never run. Loaded models are then used on a
//! short text, since a model that loads must also be safe to run.
#![no_main]
use ascribe::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Appends the checksum of `body`.
fn seal(mut body: Vec<u8>) -> Vec<u8> {
    let sum = fnv1a(&body);
    body.extend_from_slice(&sum.to_le_bytes());
    body
}

/// Tagger and parser files also carry their total length at bytes 12..20.
fn seal_with_length(mut body: Vec<u8>) -> Vec<u8> {
    if body.len() >= 20 {
        let total = (body.len() + 8) as u64;
        body[12..20].copy_from_slice(&total.to_le_bytes());
    }
    seal(body)
}

const TEXT: &str =
    "\"We will vote on Monday,\" Mayor Ana Ruiz said. She added that the council agreed.";

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    match which % 3 {
        0 => {
            let mut body = b"ASCRATTR".to_vec();
            body.extend_from_slice(rest);
            let bytes = seal(body);
            if let Ok(e) = Extractor::from_model_bytes(&bytes, "fuzz") {
                let _ = e.extract(&Document::new(TEXT));
            }
        }
        1 => {
            let mut body = b"ASCRTAG1".to_vec();
            body.extend_from_slice(rest);
            let bytes = seal_with_length(body);
            if let Ok(t) = ascribe_tagger::PosTagger::from_bytes(&bytes) {
                let mut out = Vec::new();
                t.tag(&["Mayor", "Ruiz", "said", "so", "."], &mut out);
                assert_eq!(out.len(), 5);
            }
            if let Ok(t) = ascribe_tagger::NerTagger::from_bytes(&bytes) {
                let _ = t.num_labels();
            }
        }
        _ => {
            let mut body = b"ASCRDEP1".to_vec();
            body.extend_from_slice(rest);
            let bytes = seal_with_length(body);
            if let Ok(p) = ascribe_parser::Parser::from_bytes(&bytes) {
                let words = ["Mayor", "Ruiz", "said", "so", "."];
                let tags = ["NNP", "NNP", "VBD", "RB", "."];
                let (mut heads, mut labels) = (Vec::new(), Vec::new());
                let mut scratch = ascribe_parser::ParseScratch::default();
                p.parse(&words, &tags, &mut scratch, &mut heads, &mut labels);
                assert_eq!((heads.len(), labels.len()), (5, 5));
            }
        }
    }
});

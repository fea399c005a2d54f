//! The WARC/WET reader, on the raw input and on the input gzip-compressed
//! (whole, and cut into two members so member boundaries are exercised).
#![no_main]
use ascribe_ingest::warc::{Documents, Limits, Records};
use flate2::write::GzEncoder;
use flate2::Compression;
use libfuzzer_sys::fuzz_target;
use std::io::{Cursor, Write};

fn gzip(parts: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for part in parts {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        let _ = enc.write_all(part);
        if let Ok(bytes) = enc.finish() {
            out.extend_from_slice(&bytes);
        }
    }
    out
}

fn read_all(bytes: Vec<u8>) {
    // Small limits so that the size checks are reached by small inputs.
    let limits = Limits {
        max_record: 4096,
        max_header: 1024,
    };
    let Ok(records) = Records::new(Cursor::new(bytes), limits) else {
        return;
    };
    // Every step must make progress: the reader must end on finite input.
    for (n, doc) in Documents::new(records).enumerate() {
        assert!(n < 100_000, "reader does not end");
        if let Ok(doc) = doc {
            let _ = doc.text.len();
        }
    }
}

fuzz_target!(|data: &[u8]| {
    read_all(data.to_vec());
    if data.first().is_some_and(|b| b & 1 == 1) {
        let cut = data.len() / 2;
        read_all(gzip(&[&data[..cut], &data[cut..]]));
    } else {
        let mut gz = gzip(&[data]);
        // A broken trailer half the time: the reader must report, not panic.
        if data.first().is_some_and(|b| b & 2 == 2) && gz.len() > 4 {
            let n = gz.len();
            gz[n - 3] ^= 0x55;
        }
        read_all(gz);
    }
});

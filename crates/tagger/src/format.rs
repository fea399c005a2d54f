//! The model file format, version 1.
//!
//! One file per model, little-endian throughout:
//!
//! | bytes | content |
//! | --- | --- |
//! | 8 | magic `ASCRTAG1` |
//! | 2 | format version (`1`) |
//! | 2 | reserved, `0` |
//! | 8 | total file length, checksum included |
//! | 1 + n | kind: length, UTF-8 (`"pos"`, `"ner"`, or another user's) |
//! | 4 | feature-template version the weights belong to |
//! | 2 | number of labels `L`, then per label: 1-byte length + UTF-8 name |
//! | 1 | `bits`: the table has `2^bits` rows of `L` weights |
//! | 4 | quantization scale (`f32`): real weight = stored `i16` × scale |
//! | 4 | number of stored (non-zero) rows `R` |
//! | … | `R` rows, each: row-index gap (LEB128 varint, from previous row + 1), count−1 of non-zero weights (1 byte), then per weight: label id (1 byte, increasing) and value (zigzag LEB128 `i16`) |
//! | 8 | FNV-1a 64 of every byte before it |
//!
//! Why sparse rows: a perceptron only ever touches the labels it confused,
//! so most of a dense `2^bits × L` table is zero; storing non-zeros only
//! keeps files small while the in-memory table stays dense for speed.
//! Why a length in the header: truncation is then reported as such, not as a
//! confusing checksum failure. Every field is bounds-checked when read, so a
//! file that is wrong in any way gives a [`TaggerError`], never a panic.

use crate::error::TaggerError;
use crate::hash::fnv1a64;
use crate::perceptron::{Scorer, Weights, MAX_BITS, MAX_WEIGHTS};

/// The first eight bytes of every model file.
pub const MAGIC: &[u8; 8] = b"ASCRTAG1";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u16 = 1;
/// Magic, version, reserved, length.
const HEADER_LEN: usize = 8 + 2 + 2 + 8;
/// The trailing checksum.
const CHECKSUM_LEN: usize = 8;

/// A model as stored: what it is for, its labels, and its weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// What the model is for (`"pos"`, `"ner"`, ...), at most 255 bytes.
    pub kind: String,
    /// Version of the feature templates the weights belong to.
    pub feature_version: u32,
    /// Label names by id; as many as the weight rows are long.
    pub labels: Vec<String>,
    /// The weights.
    pub weights: Weights,
}

impl Model {
    /// Serializes the model.
    ///
    /// # Panics
    /// If the kind or a label name is longer than 255 bytes, or the label
    /// count does not match the weights: these are bugs of the caller (the
    /// trainer), not properties of input data.
    pub fn to_bytes(&self) -> Vec<u8> {
        let l = self.weights.num_labels();
        assert_eq!(self.labels.len(), l, "label count must match the weights");
        let mut out = Vec::with_capacity(1 << 20);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0u64.to_le_bytes()); // patched below
        put_str(&mut out, &self.kind);
        out.extend_from_slice(&self.feature_version.to_le_bytes());
        out.extend_from_slice(&(l as u16).to_le_bytes());
        for name in &self.labels {
            put_str(&mut out, name);
        }
        let bits = self.weights.bits();
        out.push(bits as u8);
        out.extend_from_slice(&self.weights.scale().to_le_bytes());
        let rows: Vec<u32> = (0..1u32 << bits)
            .filter(|&r| {
                self.weights
                    .row(r)
                    .is_some_and(|row| row.iter().any(|&w| w != 0))
            })
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut next = 0u32;
        for &r in &rows {
            put_varint(&mut out, u64::from(r - next));
            next = r + 1;
            let row = self.weights.row(r).unwrap_or(&[]);
            let nz = row.iter().filter(|&&w| w != 0).count();
            out.push((nz - 1) as u8);
            for (label, &w) in row.iter().enumerate() {
                if w != 0 {
                    out.push(label as u8);
                    put_varint(&mut out, zigzag(w));
                }
            }
        }
        let total = (out.len() + CHECKSUM_LEN) as u64;
        out[12..20].copy_from_slice(&total.to_le_bytes());
        let sum = fnv1a64(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses and verifies a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, TaggerError> {
        if bytes.is_empty() {
            return Err(TaggerError::Empty);
        }
        let m = bytes.len().min(MAGIC.len());
        if bytes[..m] != MAGIC[..m] {
            return Err(TaggerError::BadMagic);
        }
        if bytes.len() < HEADER_LEN {
            return Err(TaggerError::Truncated {
                expected: HEADER_LEN as u64,
                found: bytes.len() as u64,
            });
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version != FORMAT_VERSION {
            return Err(TaggerError::UnsupportedVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let mut len = [0u8; 8];
        len.copy_from_slice(&bytes[12..20]);
        let total = u64::from_le_bytes(len);
        if (bytes.len() as u64) < total {
            return Err(TaggerError::Truncated {
                expected: total,
                found: bytes.len() as u64,
            });
        }
        if (bytes.len() as u64) > total {
            return Err(TaggerError::Corrupt(format!(
                "{} bytes after the announced end of the model",
                bytes.len() as u64 - total
            )));
        }
        if bytes.len() < HEADER_LEN + CHECKSUM_LEN {
            return Err(TaggerError::Corrupt("announced length is too short".into()));
        }
        let (content, sum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
        let mut s = [0u8; 8];
        s.copy_from_slice(sum);
        let stored = u64::from_le_bytes(s);
        let computed = fnv1a64(content);
        if stored != computed {
            return Err(TaggerError::ChecksumMismatch { stored, computed });
        }
        parse_body(&mut Reader {
            buf: content,
            pos: HEADER_LEN,
        })
    }
}

fn parse_body(r: &mut Reader<'_>) -> Result<Model, TaggerError> {
    let kind = r.string("kind")?;
    let feature_version = r.u32("feature version")?;
    let l = usize::from(r.u16("label count")?);
    if !(1..=256).contains(&l) {
        return Err(corrupt(format!("{l} labels (must be 1..=256)")));
    }
    let mut labels: Vec<String> = Vec::with_capacity(l);
    for _ in 0..l {
        let name = r.string("label name")?;
        if labels.contains(&name) {
            return Err(corrupt(format!("label {name:?} appears twice")));
        }
        labels.push(name);
    }
    let bits = u32::from(r.u8("bits")?);
    let scale = f32::from_bits(r.u32("scale")?);
    if !scale.is_finite() || scale <= 0.0 {
        return Err(corrupt(format!("invalid scale {scale}")));
    }
    let mut weights = Weights::zeros(bits, l, scale)
        .ok_or_else(|| corrupt(format!(
            "table of 2^{bits} rows x {l} labels out of range (max 2^{MAX_BITS} rows, {MAX_WEIGHTS} weights)"
        )))?;
    let nrows = r.u32("row count")?;
    if u64::from(nrows) > 1u64 << bits {
        return Err(corrupt(format!("{nrows} rows in a table of 2^{bits}")));
    }
    let mut next: u64 = 0;
    for _ in 0..nrows {
        let row = next
            .checked_add(r.varint("row gap")?)
            .filter(|&x| x < 1u64 << bits)
            .ok_or_else(|| corrupt("row index out of range".into()))?;
        next = row + 1;
        let count = usize::from(r.u8("weight count")?) + 1;
        if count > l {
            return Err(corrupt(format!("{count} weights in a row of {l}")));
        }
        let dst = weights
            .row_mut(row as u32)
            .ok_or_else(|| corrupt("row index out of range".into()))?;
        let mut min_label = 0usize;
        for _ in 0..count {
            let label = usize::from(r.u8("label id")?);
            if label < min_label || label >= l {
                return Err(corrupt(format!("label id {label} out of order or range")));
            }
            min_label = label + 1;
            let v = unzigzag(r.varint("weight")?)
                .ok_or_else(|| corrupt("weight does not fit in 16 bits".into()))?;
            dst[label] = v;
        }
    }
    if r.pos != r.buf.len() {
        return Err(corrupt(format!(
            "{} unread bytes before the checksum",
            r.buf.len() - r.pos
        )));
    }
    Ok(Model {
        kind,
        feature_version,
        labels,
        weights,
    })
}

fn corrupt(msg: String) -> TaggerError {
    TaggerError::Corrupt(msg)
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    let len = u8::try_from(s.len()).expect("names are at most 255 bytes");
    out.push(len);
    out.extend_from_slice(s.as_bytes());
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i16) -> u64 {
    let v = i64::from(v);
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(z: u64) -> Option<i16> {
    let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
    i16::try_from(v).ok()
}

/// Bounds-checked cursor; every read names what it was reading so corrupt
/// files give useful messages.
struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize, what: &str) -> Result<&[u8], TaggerError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| corrupt(format!("ends inside the {what}")))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn u8(&mut self, what: &str) -> Result<u8, TaggerError> {
        Ok(self.take(1, what)?[0])
    }

    fn u16(&mut self, what: &str) -> Result<u16, TaggerError> {
        let b = self.take(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self, what: &str) -> Result<u32, TaggerError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self, what: &str) -> Result<String, TaggerError> {
        let n = usize::from(self.u8(what)?);
        let b = self.take(n, what)?;
        String::from_utf8(b.to_vec()).map_err(|_| corrupt(format!("{what} is not UTF-8")))
    }

    fn varint(&mut self, what: &str) -> Result<u64, TaggerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8(what)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(corrupt(format!("{what}: varint too long")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::Trainer;

    fn sample() -> Model {
        let mut t = Trainer::new(3, 6);
        for i in 0..200u32 {
            let f = [i % 64, (i * 7) % 64];
            t.update(&f, (i % 3) as u8, ((i + 1) % 3) as u8);
            t.tick();
        }
        Model {
            kind: "pos".into(),
            feature_version: 7,
            labels: vec!["A".into(), "B".into(), "Ç".into()],
            weights: t.quantize(0),
        }
    }

    #[test]
    fn round_trip_is_exact_and_deterministic() {
        let m = sample();
        let bytes = m.to_bytes();
        assert_eq!(&bytes[..8], MAGIC);
        assert_eq!(bytes, sample().to_bytes());
        let back = Model::from_bytes(&bytes);
        assert!(matches!(&back, Ok(b) if *b == m), "{back:?}");
    }

    #[test]
    fn empty_and_wrong_magic_are_reported() {
        assert!(matches!(Model::from_bytes(&[]), Err(TaggerError::Empty)));
        assert!(matches!(
            Model::from_bytes(b"PK\x03\x04 this is a zip"),
            Err(TaggerError::BadMagic)
        ));
        let mut bytes = sample().to_bytes();
        bytes[0] = b'X';
        assert!(matches!(
            Model::from_bytes(&bytes),
            Err(TaggerError::BadMagic)
        ));
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = sample().to_bytes();
        for n in 1..bytes.len() {
            let r = Model::from_bytes(&bytes[..n]);
            assert!(
                matches!(r, Err(TaggerError::Truncated { .. })),
                "cut at {n}: {r:?}"
            );
        }
    }

    #[test]
    fn every_flipped_byte_is_an_error() {
        let bytes = sample().to_bytes();
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] ^= flip;
                assert!(
                    Model::from_bytes(&b).is_err(),
                    "flip {flip:#x} at {i} accepted"
                );
            }
        }
    }

    #[test]
    fn trailing_bytes_and_future_versions_are_rejected() {
        let mut bytes = sample().to_bytes();
        bytes.push(0);
        assert!(matches!(
            Model::from_bytes(&bytes),
            Err(TaggerError::Corrupt(_))
        ));
        let mut bytes = sample().to_bytes();
        bytes[8] = 2;
        assert!(matches!(
            Model::from_bytes(&bytes),
            Err(TaggerError::UnsupportedVersion { found: 2, .. })
        ));
    }

    #[test]
    fn inconsistent_content_with_valid_checksum_is_corrupt_not_a_panic() {
        // Re-seal a modified body so only the structural checks can catch it.
        let reseal = |mut b: Vec<u8>| {
            let n = b.len() - CHECKSUM_LEN;
            let total = b.len() as u64;
            b[12..20].copy_from_slice(&total.to_le_bytes());
            let s = fnv1a64(&b[..n]);
            b[n..].copy_from_slice(&s.to_le_bytes());
            b
        };
        let good = sample().to_bytes();
        for i in HEADER_LEN..good.len() - CHECKSUM_LEN {
            for v in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut b = good.clone();
                b[i] = v;
                // Must not panic; may be Ok when the byte was a weight value.
                let _ = Model::from_bytes(&reseal(b));
            }
        }
        // Drop the last row byte but keep the seal valid: structural error.
        let mut b = good.clone();
        b.remove(good.len() - CHECKSUM_LEN - 1);
        assert!(matches!(
            Model::from_bytes(&reseal(b)),
            Err(TaggerError::Corrupt(_))
        ));
    }

    #[test]
    fn zigzag_round_trips_extremes() {
        for v in [0i16, 1, -1, 127, -128, i16::MAX, i16::MIN, -32767] {
            assert_eq!(unzigzag(zigzag(v)), Some(v));
        }
        assert_eq!(unzigzag(zigzag(i16::MAX) + 2), None);
    }
}

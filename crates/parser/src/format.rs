//! The parser model file format, version 1.
//!
//! One file, little-endian throughout:
//!
//! | bytes | content |
//! | --- | --- |
//! | 8 | magic `ASCRDEP1` |
//! | 2 | format version (`1`) |
//! | 2 | reserved, `0` |
//! | 8 | total file length, checksum included |
//! | 4 | feature-template version the weights belong to |
//! | 1 | number of dependency labels `L` (1..=64), then per label: 1-byte length + UTF-8 name; one must be `root` |
//! | … | the transition table (4 classes: shift, reduce, left-arc, right-arc) |
//! | … | the label table (`L` classes) |
//! | 8 | FNV-1a 64 of every byte before it |
//!
//! Each table is: `bits` (1 byte, `2^bits` rows), class count (1 byte),
//! quantization scale (`f32`: real weight = stored `i16` × scale), the
//! number of stored rows `R` (4 bytes), then `R` rows, each: row-index gap
//! (LEB128 varint, from the previous row + 1), count−1 of non-zero weights
//! (1 byte), then per weight its class id (1 byte, increasing) and value
//! (zigzag LEB128 `i16`).
//!
//! The layout follows the tagger's model files (same checksum, same row
//! coding) with its own magic, so a tagger model given to the parser is
//! reported as such rather than misread. The length in the header makes a
//! truncated file an explicit [`ParserError::Truncated`]; every field is
//! bounds-checked, so a file that is wrong in any way gives a
//! [`ParserError`], never a panic.

use ascribe_tagger::hash::fnv1a64;
use ascribe_tagger::perceptron::{BuildError, Scorer, Weights, WeightsBuilder, MAX_BITS};

use crate::error::ParserError;

/// The first eight bytes of every parser model file.
pub const MAGIC: &[u8; 8] = b"ASCRDEP1";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u16 = 1;
/// Most dependency labels a model may have (label sets are 64-bit masks).
pub const MAX_LABELS: usize = 64;
/// Magic, version, reserved, length.
const HEADER_LEN: usize = 8 + 2 + 2 + 8;
/// The trailing checksum.
const CHECKSUM_LEN: usize = 8;

/// A parser model as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Version of the feature templates the weights belong to.
    pub feature_version: u32,
    /// Dependency label names by id (at most [`MAX_LABELS`], one `root`).
    pub labels: Vec<String>,
    /// Transition weights: 4 classes (shift, reduce, left-arc, right-arc).
    pub actions: Weights,
    /// Label weights: one class per label.
    pub labeler: Weights,
}

impl Model {
    /// Serializes the model.
    ///
    /// # Panics
    /// If a label name is longer than 255 bytes or the table shapes do not
    /// match the labels: bugs of the caller (the trainer), not properties of
    /// input data.
    pub fn to_bytes(&self) -> Vec<u8> {
        assert!(
            (1..=MAX_LABELS).contains(&self.labels.len()),
            "1..=64 labels"
        );
        assert_eq!(self.actions.num_labels(), crate::state::NUM_ACTIONS);
        assert_eq!(self.labeler.num_labels(), self.labels.len());
        let mut out = Vec::with_capacity(1 << 22);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0u64.to_le_bytes()); // patched below
        out.extend_from_slice(&self.feature_version.to_le_bytes());
        out.push(self.labels.len() as u8);
        for name in &self.labels {
            let len = u8::try_from(name.len()).expect("label names are at most 255 bytes");
            out.push(len);
            out.extend_from_slice(name.as_bytes());
        }
        put_table(&mut out, &self.actions);
        put_table(&mut out, &self.labeler);
        let total = (out.len() + CHECKSUM_LEN) as u64;
        out[12..20].copy_from_slice(&total.to_le_bytes());
        let sum = fnv1a64(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses and verifies a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ParserError> {
        if bytes.is_empty() {
            return Err(ParserError::Empty);
        }
        let m = bytes.len().min(MAGIC.len());
        if bytes[..m] != MAGIC[..m] {
            return Err(ParserError::BadMagic);
        }
        if bytes.len() < HEADER_LEN {
            return Err(ParserError::Truncated {
                expected: HEADER_LEN as u64,
                found: bytes.len() as u64,
            });
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version != FORMAT_VERSION {
            return Err(ParserError::UnsupportedVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let mut len = [0u8; 8];
        len.copy_from_slice(&bytes[12..20]);
        let total = u64::from_le_bytes(len);
        if (bytes.len() as u64) < total {
            return Err(ParserError::Truncated {
                expected: total,
                found: bytes.len() as u64,
            });
        }
        if (bytes.len() as u64) > total {
            return Err(corrupt(format!(
                "{} bytes after the announced end of the model",
                bytes.len() as u64 - total
            )));
        }
        if bytes.len() < HEADER_LEN + CHECKSUM_LEN {
            return Err(corrupt("announced length is too short".into()));
        }
        let (content, sum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
        let mut s = [0u8; 8];
        s.copy_from_slice(sum);
        let stored = u64::from_le_bytes(s);
        let computed = fnv1a64(content);
        if stored != computed {
            return Err(ParserError::ChecksumMismatch { stored, computed });
        }
        parse_body(&mut Reader {
            buf: content,
            pos: HEADER_LEN,
        })
    }
}

fn put_table(out: &mut Vec<u8>, w: &Weights) {
    out.push(w.bits() as u8);
    out.push(w.num_labels() as u8);
    out.extend_from_slice(&w.scale().to_le_bytes());
    let rows: Vec<u32> = w.nonempty_rows().collect();
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut next = 0u32;
    for &r in &rows {
        put_varint(out, u64::from(r - next));
        next = r + 1;
        out.push((w.row(r).count() - 1) as u8);
        for (class, v) in w.row(r) {
            out.push(class);
            put_varint(out, zigzag(v));
        }
    }
}

fn parse_body(r: &mut Reader<'_>) -> Result<Model, ParserError> {
    let feature_version = r.u32("feature version")?;
    let l = usize::from(r.u8("label count")?);
    if !(1..=MAX_LABELS).contains(&l) {
        return Err(corrupt(format!("{l} labels (must be 1..={MAX_LABELS})")));
    }
    let mut labels: Vec<String> = Vec::with_capacity(l);
    for _ in 0..l {
        let name = r.string("label name")?;
        if labels.contains(&name) {
            return Err(corrupt(format!("label {name:?} appears twice")));
        }
        labels.push(name);
    }
    if !labels.iter().any(|x| x == "root") {
        return Err(corrupt("no `root` label".into()));
    }
    let actions = table(r, "transition", crate::state::NUM_ACTIONS)?;
    let labeler = table(r, "label", l)?;
    if r.pos != r.buf.len() {
        return Err(corrupt(format!(
            "{} unread bytes before the checksum",
            r.buf.len() - r.pos
        )));
    }
    Ok(Model {
        feature_version,
        labels,
        actions,
        labeler,
    })
}

fn table(r: &mut Reader<'_>, what: &str, classes: usize) -> Result<Weights, ParserError> {
    let bits = u32::from(r.u8("table bits")?);
    let l = usize::from(r.u8("class count")?);
    if l != classes {
        return Err(corrupt(format!(
            "{what} table has {l} classes, expected {classes}"
        )));
    }
    let scale = f32::from_bits(r.u32("scale")?);
    if !scale.is_finite() || scale <= 0.0 {
        return Err(corrupt(format!("invalid {what} scale {scale}")));
    }
    let mut weights = WeightsBuilder::new(bits, l, scale).map_err(|_| {
        corrupt(format!(
            "{what} table of 2^{bits} rows out of range (max 2^{MAX_BITS})"
        ))
    })?;
    let nrows = r.u32("row count")?;
    // Every stored row takes at least 4 bytes: reject absurd counts early.
    if u64::from(nrows) > 1u64 << bits || nrows as usize > (r.buf.len() - r.pos) / 4 {
        return Err(corrupt(format!("{nrows} rows cannot fit")));
    }
    let mut next: u64 = 0;
    for _ in 0..nrows {
        let row = next
            .checked_add(r.varint("row gap")?)
            .filter(|&x| x < 1u64 << bits)
            .ok_or_else(|| corrupt("row index out of range".into()))?;
        next = row + 1;
        weights.start_row(row as u32).map_err(build_error)?;
        let count = usize::from(r.u8("weight count")?) + 1;
        if count > l {
            return Err(corrupt(format!("{count} weights in a row of {l}")));
        }
        for _ in 0..count {
            let class = r.u8("class id")?;
            let v = unzigzag(r.varint("weight")?)
                .ok_or_else(|| corrupt("weight does not fit in 16 bits".into()))?;
            weights.push(class, v).map_err(build_error)?;
        }
    }
    Ok(weights.finish())
}

fn build_error(e: BuildError) -> ParserError {
    corrupt(match e {
        BuildError::Shape => "table shape out of range".into(),
        BuildError::RowOrder => "rows out of order".into(),
        BuildError::LabelOrder => "class ids out of order or range".into(),
        BuildError::Value => "zero weight stored, or too many weights".into(),
    })
}

fn corrupt(msg: String) -> ParserError {
    ParserError::Corrupt(msg)
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
    fn take(&mut self, n: usize, what: &str) -> Result<&[u8], ParserError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| corrupt(format!("ends inside the {what}")))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn u8(&mut self, what: &str) -> Result<u8, ParserError> {
        Ok(self.take(1, what)?[0])
    }

    fn u32(&mut self, what: &str) -> Result<u32, ParserError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self, what: &str) -> Result<String, ParserError> {
        let n = usize::from(self.u8(what)?);
        let b = self.take(n, what)?;
        String::from_utf8(b.to_vec()).map_err(|_| corrupt(format!("{what} is not UTF-8")))
    }

    fn varint(&mut self, what: &str) -> Result<u64, ParserError> {
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
    use ascribe_tagger::perceptron::Trainer;

    pub(crate) fn sample() -> Model {
        let mut a = Trainer::new(4, 6);
        let mut l = Trainer::new(3, 5);
        for i in 0..300u32 {
            let f = [i % 64, (i * 7) % 64];
            a.update(&f, (i % 4) as u8, ((i + 1) % 4) as u8);
            a.tick();
            l.update(&[i % 32], (i % 3) as u8, ((i + 2) % 3) as u8);
            l.tick();
        }
        Model {
            feature_version: 3,
            labels: vec!["nsubj".into(), "root".into(), "ça".into()],
            actions: a.quantize(0),
            labeler: l.quantize(0),
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
        assert!(matches!(Model::from_bytes(&[]), Err(ParserError::Empty)));
        assert!(matches!(
            Model::from_bytes(b"ASCRTAG1 a tagger model"),
            Err(ParserError::BadMagic)
        ));
        let mut bytes = sample().to_bytes();
        bytes[0] = b'X';
        assert!(matches!(
            Model::from_bytes(&bytes),
            Err(ParserError::BadMagic)
        ));
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = sample().to_bytes();
        for n in 1..bytes.len() {
            let r = Model::from_bytes(&bytes[..n]);
            assert!(
                matches!(r, Err(ParserError::Truncated { .. })),
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
            Err(ParserError::Corrupt(_))
        ));
        let mut bytes = sample().to_bytes();
        bytes[8] = 2;
        assert!(matches!(
            Model::from_bytes(&bytes),
            Err(ParserError::UnsupportedVersion { found: 2, .. })
        ));
    }

    #[test]
    fn inconsistent_content_with_valid_checksum_is_corrupt_not_a_panic() {
        // Re-seal a modified body so only the structural checks can catch it.
        let reseal = |mut b: Vec<u8>| {
            let n = b.len() - CHECKSUM_LEN;
            b.truncate(n);
            let sum = fnv1a64(&b);
            b.extend_from_slice(&sum.to_le_bytes());
            b
        };
        let good = sample().to_bytes();
        // Every single-byte change of the body, re-sealed: an error or a
        // model, never a panic.
        for i in HEADER_LEN..good.len() - CHECKSUM_LEN {
            for v in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut b = good.clone();
                b[i] = v;
                let _ = Model::from_bytes(&reseal(b));
            }
        }
        // No `root` label.
        let mut m = sample();
        m.labels[1] = "rot".into();
        assert!(matches!(
            Model::from_bytes(&m.to_bytes()),
            Err(ParserError::Corrupt(_))
        ));
        // Label count 0.
        let mut b = good.clone();
        b[HEADER_LEN + 4] = 0;
        assert!(matches!(
            Model::from_bytes(&reseal(b)),
            Err(ParserError::Corrupt(_))
        ));
    }
}

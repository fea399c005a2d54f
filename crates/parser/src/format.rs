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
//! Each table is `bits` (1 byte, `2^bits` rows) and the class count (1 byte),
//! then the rows as the tagger's [`container`] codes them (sparse, quantized
//! `i16`). Header, checksum and table coding are shared with the tagger's
//! files; the magic differs, so a tagger model given to the parser is
//! reported as such rather than misread. The length in the header makes a
//! truncated file an explicit [`ParserError::Truncated`]; every field is
//! bounds-checked, so a file that is wrong in any way gives a
//! [`ParserError`], never a panic.

use ascribe_tagger::container::{self, ContainerError, Reader};
use ascribe_tagger::perceptron::{Scorer, Weights};

use crate::error::ParserError;

/// The first eight bytes of every parser model file.
pub const MAGIC: &[u8; 8] = b"ASCRDEP1";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u16 = 1;
/// Most dependency labels a model may have (label sets are 64-bit masks).
pub const MAX_LABELS: usize = 64;

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
        let mut out = container::begin(MAGIC, FORMAT_VERSION, 1 << 22);
        out.extend_from_slice(&self.feature_version.to_le_bytes());
        out.push(self.labels.len() as u8);
        for name in &self.labels {
            container::put_str(&mut out, name);
        }
        for w in [&self.actions, &self.labeler] {
            out.push(w.bits() as u8);
            out.push(w.num_labels() as u8);
            container::put_table(&mut out, w);
        }
        container::seal(out)
    }

    /// Parses and verifies a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ParserError> {
        let mut r = container::open(bytes, MAGIC, FORMAT_VERSION)?;
        Ok(parse_body(&mut r)?)
    }
}

fn parse_body(r: &mut Reader<'_>) -> Result<Model, ContainerError> {
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
    r.finish()?;
    Ok(Model {
        feature_version,
        labels,
        actions,
        labeler,
    })
}

fn table(r: &mut Reader<'_>, what: &str, classes: usize) -> Result<Weights, ContainerError> {
    let bits = u32::from(r.u8("table bits")?);
    let l = usize::from(r.u8("class count")?);
    if l != classes {
        return Err(corrupt(format!(
            "{what} table has {l} classes, expected {classes}"
        )));
    }
    r.table(what, bits, l)
}

fn corrupt(msg: String) -> ContainerError {
    ContainerError::Corrupt(msg)
}

ascribe_tagger::from_container_error!(ParserError);

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe_tagger::container::{CHECKSUM_LEN, HEADER_LEN};
    use ascribe_tagger::hash::fnv1a64;
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

    #[test]
    fn committed_model_rewrites_to_the_same_bytes() {
        // Reading then writing must be lossless, or the coding has drifted.
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/parser.bin");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let model = Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            model.to_bytes() == bytes,
            "parser.bin re-serialized differently"
        );
    }
}

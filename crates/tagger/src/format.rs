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
//! | 4 | number of lexicon entries `N` |
//! | … | `N` entries, words strictly increasing: 1-byte length + UTF-8 word, 1-byte label id |
//! | 8 | FNV-1a 64 of every byte before it |
//!
//! Why sparse rows: a perceptron only ever touches the labels it confused,
//! so most of a dense `2^bits × L` table is zero; storing non-zeros only
//! keeps files small while the in-memory table stays dense for speed.
//! The header, checksum and row coding are the [`container`]
//! shared with the parser's files; every field is bounds-checked when read,
//! so a file that is wrong in any way gives a [`TaggerError`], never a panic.

use crate::container::{self, ContainerError, Reader};
use crate::error::TaggerError;
use crate::perceptron::{Scorer, Weights};

/// The first eight bytes of every model file.
pub const MAGIC: &[u8; 8] = b"ASCRTAG1";
/// The format version this build writes and reads.
pub const FORMAT_VERSION: u16 = 1;

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
    /// Words whose label is fixed without scoring (the POS tagger's
    /// unambiguous frequent words), sorted by word, no duplicates; empty for
    /// models that have none.
    pub lexicon: Vec<(String, u8)>,
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
        let mut out = container::begin(MAGIC, FORMAT_VERSION, 1 << 20);
        container::put_str(&mut out, &self.kind);
        out.extend_from_slice(&self.feature_version.to_le_bytes());
        out.extend_from_slice(&(l as u16).to_le_bytes());
        for name in &self.labels {
            container::put_str(&mut out, name);
        }
        out.push(self.weights.bits() as u8);
        container::put_table(&mut out, &self.weights);
        out.extend_from_slice(&(self.lexicon.len() as u32).to_le_bytes());
        for (word, label) in &self.lexicon {
            assert!(usize::from(*label) < l, "lexicon label out of range");
            container::put_str(&mut out, word);
            out.push(*label);
        }
        container::seal(out)
    }

    /// Parses and verifies a model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, TaggerError> {
        let mut r = container::open(bytes, MAGIC, FORMAT_VERSION)?;
        Ok(parse_body(&mut r)?)
    }

    /// Reads and parses a model file.
    pub fn load(path: &std::path::Path) -> Result<Model, TaggerError> {
        let bytes = std::fs::read(path).map_err(|source| TaggerError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Model::from_bytes(&bytes)
    }

    /// Errors unless the model is of `kind` and for `feature_version`.
    pub(crate) fn check(
        self,
        kind: &'static str,
        feature_version: u32,
    ) -> Result<Model, TaggerError> {
        if self.kind != kind {
            return Err(TaggerError::WrongKind {
                expected: kind,
                found: self.kind,
            });
        }
        if self.feature_version != feature_version {
            return Err(TaggerError::FeatureVersion {
                expected: feature_version,
                found: self.feature_version,
            });
        }
        Ok(self)
    }
}

fn parse_body(r: &mut Reader<'_>) -> Result<Model, ContainerError> {
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
    let weights = r.table("weight", bits, l)?;
    let nlex = r.u32("lexicon size")? as usize;
    // Every entry takes at least 2 bytes: reject absurd counts before allocating.
    if nlex > r.remaining() / 2 {
        return Err(corrupt(format!("{nlex} lexicon entries cannot fit")));
    }
    let mut lexicon: Vec<(String, u8)> = Vec::with_capacity(nlex);
    for _ in 0..nlex {
        let word = r.string("lexicon word")?;
        let label = r.u8("lexicon label")?;
        if usize::from(label) >= l {
            return Err(corrupt(format!("lexicon label {label} out of range")));
        }
        if lexicon.last().is_some_and(|(prev, _)| *prev >= word) {
            return Err(corrupt("lexicon words not strictly increasing".into()));
        }
        lexicon.push((word, label));
    }
    r.finish()?;
    Ok(Model {
        kind,
        feature_version,
        labels,
        weights,
        lexicon,
    })
}

fn corrupt(msg: String) -> ContainerError {
    ContainerError::Corrupt(msg)
}

crate::from_container_error!(TaggerError);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::{CHECKSUM_LEN, HEADER_LEN};
    use crate::hash::fnv1a64;
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
            lexicon: vec![("The".into(), 1), ("the".into(), 1), ("ça".into(), 2)],
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
    fn committed_models_rewrite_to_the_same_bytes() {
        // Reading then writing must be lossless, or the coding has drifted.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models");
        for name in ["pos.bin", "ner.bin"] {
            let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let model = Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                model.to_bytes() == bytes,
                "{name} re-serialized differently"
            );
        }
    }
}

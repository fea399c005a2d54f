//! Binary model format.
//!
//! ```text
//! "ASCRATTR"                 8-byte magic
//! u32 version                FORMAT_VERSION
//! u32 section count
//! per section:
//!   u32 labels, u32 bits, f32 scale, u8 constraints (0 none, 1 BIO)
//!   u32 n, n × f32           transitions
//!   labels × f32             label biases
//!   u64 n                    number of weights
//!   runs until n weights:    u32 zeros, u32 count, count × i16
//! u32 n, n × f32             thresholds (of the filter section; 0 without)
//! u64 FNV-1a checksum of every byte before it
//! ```
//! Little-endian throughout. Zero runs keep the file small: most hashed rows
//! are never touched in training.

use ascribe_tagger::container::{ContainerError, Reader};
use ascribe_tagger::hash::fnv1a64;

use super::linear::{Constraints, LinearModel};

const MAGIC: &[u8; 8] = b"ASCRATTR";
/// Bump when the layout or the meaning of features changes.
/// 2: the thresholds block, and a third (filter) section.
/// 3: the filter sees filled sources and the source's words (a version-2
/// filter would misread them).
pub const FORMAT_VERSION: u32 = 3;

/// Limits on what a file may ask for (the shipped model has 3 sections:
/// 3 and 5 labels × 2^20 rows, and the filter's 1 × 2^18: 8.7 M weights in
/// all). A file beyond them is
/// refused before anything is allocated.
const MAX_SECTIONS: u32 = 4;
const MAX_LABELS: usize = 16;
const MAX_BITS: u32 = 24;
/// Weights per section: 64 MB of `i16`.
const MAX_WEIGHTS: usize = 1 << 25;
const MAX_THRESHOLDS: u32 = 16;

/// Why bytes are not a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError(pub String);

impl From<ContainerError> for FormatError {
    fn from(e: ContainerError) -> FormatError {
        FormatError(format!("file is corrupt: {e}"))
    }
}

/// Serializes models and thresholds.
pub fn write(models: &[&LinearModel], thresholds: &[f32]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(models.len() as u32).to_le_bytes());
    for m in models {
        out.extend_from_slice(&(m.labels as u32).to_le_bytes());
        out.extend_from_slice(&m.bits.to_le_bytes());
        out.extend_from_slice(&m.scale.to_le_bytes());
        let bio = Constraints::bio(m.labels).allowed == m.constraints.allowed;
        out.push(bio as u8);
        out.extend_from_slice(&(m.transitions.len() as u32).to_le_bytes());
        for t in &m.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        for b in &m.label_bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        out.extend_from_slice(&(m.weights.len() as u64).to_le_bytes());
        let w = &m.weights;
        let mut i = 0;
        while i < w.len() {
            let z0 = i;
            while i < w.len() && w[i] == 0 {
                i += 1;
            }
            let nz0 = i;
            // A nonzero run ends at the first stretch of 4+ zeros (shorter ones are cheaper inline).
            while i < w.len() && !(w[i..].len() >= 4 && w[i..i + 4].iter().all(|&x| x == 0)) {
                i += 1;
            }
            out.extend_from_slice(&((nz0 - z0) as u32).to_le_bytes());
            out.extend_from_slice(&((i - nz0) as u32).to_le_bytes());
            for x in &w[nz0..i] {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
    }
    out.extend_from_slice(&(thresholds.len() as u32).to_le_bytes());
    for t in thresholds {
        out.extend_from_slice(&t.to_le_bytes());
    }
    let sum = fnv1a64(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// Parses models and thresholds, checking magic, version, checksum and every length.
pub fn read(bytes: &[u8]) -> Result<(Vec<LinearModel>, Vec<f32>), FormatError> {
    if bytes.len() < 8 + 4 + 4 + 8 || &bytes[..8] != MAGIC {
        return Err(FormatError(
            "not an ascribe attribution model (bad magic)".into(),
        ));
    }
    let (body, sum) = bytes.split_at(bytes.len() - 8);
    if fnv1a64(body) != Reader::new(sum, 0).u64("checksum")? {
        return Err(FormatError(
            "checksum mismatch: the file is corrupt or truncated".into(),
        ));
    }
    let mut r = Reader::new(body, MAGIC.len());
    let version = r.u32("version")?;
    if version != FORMAT_VERSION {
        return Err(FormatError(format!(
            "format version {version}, this build reads version {FORMAT_VERSION}: retrain or use a matching ascribe"
        )));
    }
    let sections = r.u32("section count")?;
    if sections > MAX_SECTIONS {
        return Err(FormatError(format!("implausible section count {sections}")));
    }
    let mut models = Vec::new();
    for _ in 0..sections {
        let labels = r.u32("section header")? as usize;
        let bits = r.u32("section header")?;
        let scale = r.f32("section header")?;
        let bio = r.u8("section header")? == 1;
        // The table is filled from zero runs, so a tiny file could ask for
        // gigabytes: sizes are checked against what a model can sensibly use.
        if !(1..=MAX_LABELS).contains(&labels)
            || !(8..=MAX_BITS).contains(&bits)
            || (1usize << bits) * labels > MAX_WEIGHTS
            || !scale.is_finite()
        {
            return Err(FormatError(format!(
                "implausible section header (labels {labels}, bits {bits})"
            )));
        }
        let nt = r.u32("transition count")? as usize;
        if nt != (labels + 1) * labels {
            return Err(FormatError("transition table has the wrong size".into()));
        }
        let mut transitions = Vec::with_capacity(nt);
        for _ in 0..nt {
            transitions.push(r.f32("transitions")?);
        }
        let mut label_bias = Vec::with_capacity(labels);
        for _ in 0..labels {
            label_bias.push(r.f32("label biases")?);
        }
        let nw = r.u64("weight count")? as usize;
        if nw != (1usize << bits) * labels {
            return Err(FormatError("weight table has the wrong size".into()));
        }
        let mut weights = Vec::with_capacity(nw);
        while weights.len() < nw {
            let zeros = r.u32("weight run")? as usize;
            let count = r.u32("weight run")? as usize;
            if weights.len() + zeros + count > nw {
                return Err(FormatError("weight runs overflow the table".into()));
            }
            weights.resize(weights.len() + zeros, 0);
            let raw = r.take(count * 2, "weight run")?;
            weights.extend(
                raw.chunks_exact(2)
                    .map(|c| i16::from_le_bytes([c[0], c[1]])),
            );
        }
        let constraints = if bio {
            Constraints::bio(labels)
        } else {
            Constraints::none(labels)
        };
        models.push(LinearModel {
            labels,
            bits,
            scale,
            weights,
            transitions,
            constraints,
            label_bias,
        });
    }
    let count = r.u32("threshold count")?;
    if count > MAX_THRESHOLDS {
        return Err(FormatError(format!("implausible threshold count {count}")));
    }
    let mut thresholds = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let t = r.f32("thresholds")?;
        if !t.is_finite() {
            return Err(FormatError("a threshold is not a number".into()));
        }
        thresholds.push(t);
    }
    if r.remaining() != 0 {
        return Err(FormatError("trailing bytes after the thresholds".into()));
    }
    Ok((models, thresholds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> LinearModel {
        let mut weights = vec![0i16; (1 << 8) * 3];
        weights[5] = 7;
        weights[6] = -3;
        weights[700] = 12;
        LinearModel {
            labels: 3,
            bits: 8,
            scale: 0.5,
            weights,
            transitions: (0..12).map(|x| x as f32).collect(),
            constraints: Constraints::bio(3),
            label_bias: vec![0.0, 0.5, 0.0],
        }
    }

    #[test]
    fn round_trip() {
        let m = tiny();
        let bytes = write(&[&m, &m], &[0.25, 0.5]);
        let (back, thresholds) = read(&bytes).unwrap();
        assert_eq!(thresholds, vec![0.25, 0.5]);
        assert_eq!(back.len(), 2);
        assert_eq!(back[0].weights, m.weights);
        assert_eq!(back[1].transitions, m.transitions);
        assert_eq!(back[0].constraints.allowed, m.constraints.allowed);
    }

    #[test]
    fn rejects_damage_without_panicking() {
        let bytes = write(&[&tiny()], &[0.5]);
        assert!(read(&[]).is_err());
        assert!(read(b"ASCRATTR").is_err());
        assert!(read(&bytes[..bytes.len() - 1]).is_err());
        let mut flipped = bytes.clone();
        flipped[20] ^= 0x40;
        assert!(read(&flipped).unwrap_err().0.contains("checksum"));
        let mut magic = bytes.clone();
        magic[0] = b'X';
        assert!(read(&magic).unwrap_err().0.contains("magic"));
        // Every truncation is an error, never a panic.
        for n in 0..bytes.len() {
            assert!(read(&bytes[..n]).is_err());
        }
    }

    /// `bytes` with its checksum recomputed.
    fn reseal(mut bytes: Vec<u8>) -> Vec<u8> {
        let n = bytes.len() - 8;
        let sum = fnv1a64(&bytes[..n]);
        bytes[n..].copy_from_slice(&sum.to_le_bytes());
        bytes
    }

    #[test]
    fn refuses_tables_too_large_to_be_a_model() {
        // Found by fuzzing: 64 labels × 2^26 rows, filled by two zero runs
        // from a 17 KB file, made the loader allocate 8 GiB.
        for (labels, bits) in [(64usize, 26u32), (16, 24), (5, 25)] {
            let mut m = tiny();
            m.labels = labels;
            m.bits = 8;
            m.transitions = vec![0.0; (labels + 1) * labels];
            m.label_bias = vec![0.0; labels];
            m.weights = vec![0; (1 << 8) * labels];
            m.constraints = Constraints::none(labels);
            let mut bytes = write(&[&m], &[]);
            // Patch the section's bits (after magic, version and section
            // count) and re-seal the checksum.
            let at = 8 + 4 + 4;
            assert_eq!(bytes[at..at + 4], (labels as u32).to_le_bytes());
            bytes[at + 4..at + 8].copy_from_slice(&bits.to_le_bytes());
            let err = read(&reseal(bytes)).unwrap_err().0;
            assert!(err.contains("implausible"), "{labels}x2^{bits}: {err}");
        }
    }

    #[test]
    fn committed_model_rewrites_to_the_same_bytes() {
        // Reading then writing must be lossless, or the coding has drifted.
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/attribution.bin");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (models, thresholds) = read(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
        let refs: Vec<&LinearModel> = models.iter().collect();
        assert!(
            write(&refs, &thresholds) == bytes,
            "attribution.bin re-serialized differently"
        );
    }
}

//! The crate's one error type.

use std::path::PathBuf;

/// Why a model could not be loaded.
///
/// Every way a model file can be wrong (missing, empty, another format, cut
/// short, bit-flipped, made for another tagger or another feature set) maps
/// to a variant here; loading never panics.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TaggerError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Zero bytes.
    #[error("model data is empty")]
    Empty,
    /// The data does not start with the model magic bytes.
    #[error("not an ascribe tagger model (bad magic bytes)")]
    BadMagic,
    /// A model format this build cannot read.
    #[error("unsupported model format version {found} (this build reads version {supported})")]
    UnsupportedVersion {
        /// Version in the file.
        found: u16,
        /// Version this build reads.
        supported: u16,
    },
    /// Fewer bytes than the header announces.
    #[error("model is truncated: expected {expected} bytes, got {found}")]
    Truncated {
        /// Length announced by the header (or needed to read it).
        expected: u64,
        /// Length available.
        found: u64,
    },
    /// The checksum does not match the content.
    #[error("model checksum mismatch (stored {stored:#018x}, computed {computed:#018x}): the file is corrupt")]
    ChecksumMismatch {
        /// Checksum stored in the file.
        stored: u64,
        /// Checksum of the content.
        computed: u64,
    },
    /// The checksum matched but the content is inconsistent.
    #[error("model is corrupt: {0}")]
    Corrupt(String),
    /// A valid model of another kind (e.g. a NER model given to the POS tagger).
    #[error("wrong model kind: expected a {expected:?} model, found {found:?}")]
    WrongKind {
        /// Kind the loader wanted.
        expected: &'static str,
        /// Kind in the file.
        found: String,
    },
    /// The model was trained with other feature templates than this build computes.
    #[error("model uses feature set version {found}, this build computes version {expected}; retrain it")]
    FeatureVersion {
        /// Version this build computes.
        expected: u32,
        /// Version in the file.
        found: u32,
    },
    /// Training or evaluation data is malformed (training builds only).
    #[error("{}:{line}: {msg}", path.display())]
    Data {
        /// The data file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
}

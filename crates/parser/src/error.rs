//! The crate's one error type.

use std::path::PathBuf;

/// Why a parser model could not be loaded (or, in training builds, why
/// training data could not be read).
///
/// Every way a model file can be wrong (missing, empty, another format, cut
/// short, bit-flipped, made for another feature set) maps to a variant here;
/// loading never panics.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParserError {
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
    #[error("parser model data is empty")]
    Empty,
    /// The data does not start with the parser model magic bytes.
    #[error("not an ascribe parser model (bad magic bytes)")]
    BadMagic,
    /// A model format this build cannot read.
    #[error(
        "unsupported parser model format version {found} (this build reads version {supported})"
    )]
    UnsupportedVersion {
        /// Version in the file.
        found: u16,
        /// Version this build reads.
        supported: u16,
    },
    /// Fewer bytes than the header announces.
    #[error("parser model is truncated: expected {expected} bytes, got {found}")]
    Truncated {
        /// Length announced by the header (or needed to read it).
        expected: u64,
        /// Length available.
        found: u64,
    },
    /// The checksum does not match the content.
    #[error("parser model checksum mismatch (stored {stored:#018x}, computed {computed:#018x}): the file is corrupt")]
    ChecksumMismatch {
        /// Checksum stored in the file.
        stored: u64,
        /// Checksum of the content.
        computed: u64,
    },
    /// The checksum matched but the content is inconsistent.
    #[error("parser model is corrupt: {0}")]
    Corrupt(String),
    /// The model was trained with other feature templates than this build computes.
    #[error("parser model uses feature set version {found}, this build computes version {expected}; retrain it")]
    FeatureVersion {
        /// Version this build computes.
        expected: u32,
        /// Version in the file.
        found: u32,
    },
    /// Training or evaluation data is malformed.
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

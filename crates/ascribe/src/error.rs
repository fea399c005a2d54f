//! The library's error type.

/// What can go wrong while building an extractor or analysing a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The document is larger than the configured limit.
    #[error("document is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// Size of the document in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A model file could not be used.
    #[error("model {what}: {reason}")]
    Model {
        /// Which model (file name or "built-in").
        what: String,
        /// Why it was rejected.
        reason: String,
    },
    /// Reading a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

//! The one error type of this crate.

use std::path::PathBuf;

/// Everything that can go wrong while reading gold annotations or predictions.
///
/// Every variant says *where* (file and line when there is one), because the
/// usual fix is to open that file at that line.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or directory could not be read (missing, unreadable, not UTF-8).
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of a brat `.ann` file is malformed or inconsistent with its text.
    ///
    /// `file` is `<ann>` when the content came from [`crate::parse_ann`] without a path.
    #[error("{file}:{line}: {message}")]
    Ann {
        /// Path of the `.ann` file, or `<ann>`.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The brat directory does not have the expected `text/` + `attributions/` shape.
    #[error("{}: {message}", .path.display())]
    Layout {
        /// The offending directory or file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A predictions line could not be read from its source.
    #[error("predictions line {line}: {source}")]
    Read {
        /// 1-based line number.
        line: usize,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A predictions line is not valid JSON or does not follow the output contract.
    #[error("predictions line {line}: invalid JSON: {source}")]
    Json {
        /// 1-based line number.
        line: usize,
        /// The underlying error.
        source: serde_json::Error,
    },
    /// A predictions line is valid JSON but its content is unusable.
    #[error("predictions line {line}: {message}")]
    Prediction {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

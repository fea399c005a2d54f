//! The crate's error type.

/// What can go wrong while reading HTML or WARC input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading the underlying stream failed.
    #[error("read error: {0}")]
    Io(#[from] std::io::Error),
    /// A gzip member could not be decompressed; the reader skipped to the next member.
    #[error("corrupt gzip member at byte {offset}: {reason}")]
    Gzip {
        /// Offset of the member in the compressed file.
        offset: u64,
        /// The decoder's message.
        reason: String,
    },
    /// The file ended inside a gzip member or a record.
    #[error("truncated {what} at byte {offset}")]
    Truncated {
        /// What was cut short ("gzip member", "WARC record").
        what: &'static str,
        /// Where (compressed offset for gzip, uncompressed for records).
        offset: u64,
    },
    /// A WARC record header could not be parsed; the reader skipped to the next record.
    #[error("bad WARC record at byte {offset}: {reason}")]
    Record {
        /// Offset of the record in the uncompressed stream.
        offset: u64,
        /// What was wrong.
        reason: String,
    },
    /// An HTTP payload inside a record could not be decoded.
    #[error("bad HTTP payload: {0}")]
    Http(String),
    /// A record or page is larger than the configured limit.
    #[error("{what} is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// What was too large.
        what: &'static str,
        /// Its size (at least this much).
        size: u64,
        /// The limit.
        limit: u64,
    },
}

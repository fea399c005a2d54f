//! # ascribe-ingest
//!
//! Readers that turn real inputs into documents for the `ascribe` extractor:
//!
//! - [`html`]: the main text of a news page (title, headings, paragraphs,
//!   block quotes, embedded social posts) and its metadata (title, byline,
//!   publication date, canonical URL, outlet).
//! - [`warc`]: a streaming reader of WARC, WARC.gz and WET files in constant
//!   memory; corrupt or truncated gzip members and records are reported and
//!   skipped. [`warc::Documents`] turns records into ready-to-analyse
//!   [`Doc`]s (HTML responses with status 200, WET conversions).
//! - [`charset`]: bytes to text from HTTP headers, `<meta>` tags or detection.
//!
//! **Should I use this crate?** Use it to feed HTML or WARC input to
//! `ascribe`; it does not fetch pages, render JavaScript or resolve links.
//!
//! ```
//! let page = ascribe_ingest::html::extract(
//!     "<html><head><title>Vote</title></head><body><article>\
//!      <h1>Council approves budget</h1><p>The council approved the budget on Monday.</p>\
//!      </article></body></html>",
//! );
//! assert!(page.text.contains("The council approved the budget on Monday."));
//! ```

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod charset;
mod doc;
mod error;
pub mod html;
pub mod http;
pub mod score;
pub mod warc;

pub use doc::{iso_date, Doc};
pub use error::Error;
pub use warc::Documents;

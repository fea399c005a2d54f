//! # ascribe
//!
//! Who said what, where and when: finds attributions (quoted and reported
//! speech) in news text and says who the speaker is.
//!
//! ```
//! use ascribe::{Document, Extractor};
//! let extractor = Extractor::rules_only();
//! let doc = Document::new("“We will rebuild,” the mayor said on Monday.");
//! let analysis = extractor.extract(&doc).unwrap();
//! assert_eq!(analysis.attributions[0].cue[0].text, "said");
//! ```
//!
//! The pipeline, in reading order: [`ascribe_text`] lays out tokens,
//! sentences and quotations; an extractor ([`rules`], or the learned model)
//! proposes attributions as token ranges; [`assemble`] turns them into
//! contract [`Attribution`]s with exact code-point offsets.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod assemble;
pub mod enrich;
mod error;
mod extractor;
pub mod learned;
pub mod lexicon;
mod lower;
pub mod pipeline;
pub mod rules;
mod types;
pub mod wordnet;

pub use error::Error;
pub use extractor::{Extractor, Options};
pub use learned::Recall;
pub use types::{
    Analysis, Attribution, Boilerplate, BoilerplateKind, Document, Kind, Span, Speaker, SpeakerType,
};

//! # ascribe-eval
//!
//! Reads gold attributions in brat standoff (PolNeAR) and scores predictions
//! against them with the exact metrics of `docs/EVALUATION.md`, so that a
//! number printed by `ascribe eval` can be compared with one measured
//! independently. Use it to measure an extractor; it does not depend on the
//! other ascribe crates, so it judges them without sharing their bugs.
//!
//! ```
//! use std::collections::HashMap;
//! use ascribe_eval::{evaluate, parse_ann, GoldDoc};
//!
//! let text = "Smith said the plan works.";
//! let ann = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 25\tthe plan works\n\
//!            T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n";
//! let attributions = parse_ann(text, ann)?;
//! let gold = vec![GoldDoc { id: "d".into(), text: text.into(), attributions: attributions.clone() }];
//! let pred = HashMap::from([("d".to_string(), attributions)]);
//! let report = evaluate(&gold, &pred);
//! assert_eq!(report.headline(), 100.0);
//! # Ok::<(), ascribe_eval::EvalError>(())
//! ```
//!
//! ## Definitions
//!
//! Offsets are Unicode code points, end exclusive. Every metric works on the
//! set of *non-whitespace* positions a span covers (`char::is_whitespace`,
//! which includes no-break spaces). Counts are summed over the gold documents
//! (micro-average); a gold document without predictions predicts nothing.
//!
//! 1. **Exact, per role.** A role's span (all its fragments) is reduced to
//!    its position set, then positions are dropped from both ends of that
//!    ordered set while their character is one of `"'“”‘’«»„,.;:!?()[]—–-`.
//!    Punctuation between fragments stays. Spans match one-to-one when
//!    these sets are equal. Spans are collected from every attribution, so a
//!    source shared by two attributions counts twice, on both sides alike.
//! 2. **Characters, per role.** Union of predicted positions vs union of gold
//!    positions of the role.
//! 3. **Attribution, content.** Greedy best-first one-to-one pairing on the
//!    Dice coefficient of the content sets, pairs with Dice ≥ 0.5 only.
//! 4. **Attribution, full.** As 3, over the candidate pairs that also have
//!    overlapping sources (a common non-whitespace position) or no source on
//!    both sides. The filter comes before the greedy pairing.
//! 5. **Recall by kind.** Gold contents are direct / mixed / indirect by how
//!    many of their alphanumeric characters lie in double-quoted regions of
//!    the document (all / some / none); recall of metric 3 per kind.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod brat;
mod chars;
mod error;
mod metrics;
mod predictions;

#[cfg(test)]
mod metrics_tests;

pub use brat::{parse_ann, read_brat_dir};
pub use error::EvalError;
pub use metrics::{evaluate, KindRecall, Prf, RecallByKind, Report, RoleScores};
pub use predictions::read_predictions_jsonl;

/// A span fragment: code-point offsets `(start, end)`, end exclusive.
pub type Frag = (usize, usize);

/// One attribution: who (source) said (cue) what (content).
///
/// Each role is a list of fragments; a role with several fragments is one
/// span (a quote interrupted by "he said" is one content). An empty `source`
/// means the text names no speaker.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attr {
    /// What was said.
    pub content: Vec<Frag>,
    /// The speech verb or phrase.
    pub cue: Vec<Frag>,
    /// Who said it.
    pub source: Vec<Frag>,
}

/// A gold document: its text and its annotated attributions.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// The text file's stem.
    pub id: String,
    /// The full text; offsets index its code points.
    pub text: String,
    /// The attributions of its (first) annotation file.
    pub attributions: Vec<Attr>,
}

#[cfg(test)]
mod test_util {
    use crate::Frag;

    /// Code-point range of the first occurrence of `needle` in `text`.
    pub(crate) fn find(text: &str, needle: &str) -> Frag {
        let b = text.find(needle).expect("needle in test text");
        let s = text[..b].chars().count();
        (s, s + needle.chars().count())
    }
}

//! Rule-based extractor (work in progress).
use crate::assemble::Proposal;
use ascribe_text::Layout;

/// Proposes attributions for a laid-out document.
pub fn propose(_layout: &Layout) -> Vec<Proposal> {
    Vec::new()
}

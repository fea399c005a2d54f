//! From token-level proposals to contract attributions.
//!
//! Extractors speak token ranges; this stage trims them, converts them to
//! exact code-point spans, decides the kind (direct / mixed / indirect) from
//! the quotation marks, and fills the speaker.

use crate::types::{Attribution, Document, Kind, Span, Speaker, SpeakerType};
use ascribe_text::{Layout, TokenKind};
use std::ops::Range;

/// An attribution as an extractor proposes it: token ranges per role.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// Content fragments (token ranges).
    pub content: Vec<Range<usize>>,
    /// Cue fragments.
    pub cue: Vec<Range<usize>>,
    /// Source fragments (may be empty).
    pub source: Vec<Range<usize>>,
    /// 0..1.
    pub confidence: f32,
}

/// Turns proposals into attributions, ordered by content start.
pub fn assemble(layout: &Layout, doc: &Document, mut proposals: Vec<Proposal>) -> Vec<Attribution> {
    proposals.retain(|p| p.content.iter().any(|r| r.start < r.end));
    // Text order before enrichment (speaker salience follows the reading
    // order); the sort at the end places the posts enrichment appends.
    proposals.sort_by_key(|p| p.content.first().map_or(0, |r| r.start));
    let depths = layout.quote_depths();
    let mut attributions: Vec<Attribution> = proposals
        .into_iter()
        .map(|p| {
            let kind = kind_of(layout, &depths, &p.content);
            let source = spans(layout, &p.source);
            let speaker = speaker_from_source(&source);
            Attribution {
                kind,
                content: spans(layout, &p.content),
                cue: spans(layout, &p.cue),
                source,
                speaker,
                venue: None,
                date: None,
                handle: None,
                // Three decimals: more would be noise, and outputs stay
                // identical whatever libm computed the last bits.
                confidence: (p.confidence.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
            }
        })
        .collect();
    crate::enrich::enrich(layout, doc, &mut attributions);
    attributions.sort_by_key(|a| a.content.first().map_or(0, |s| s.start));
    attributions
}

/// Direct when every word of the content is quoted, indirect when none is.
pub fn kind_of(layout: &Layout, depths: &[u8], content: &[Range<usize>]) -> Kind {
    let (mut quoted, mut bare) = (0usize, 0usize);
    for r in content {
        for i in r.clone() {
            let k = layout.tokens[i].kind;
            if !matches!(k, TokenKind::Word | TokenKind::Number) {
                continue;
            }
            if depths[i] > 0 {
                quoted += 1;
            } else {
                bare += 1;
            }
        }
    }
    match (quoted, bare) {
        (0, _) => Kind::Indirect,
        (_, 0) => Kind::Direct,
        _ => Kind::Mixed,
    }
}

/// Code-point spans of token ranges (empty ranges dropped).
pub fn spans(layout: &Layout, ranges: &[Range<usize>]) -> Vec<Span> {
    ranges
        .iter()
        .filter(|r| r.start < r.end && r.end <= layout.tokens.len())
        .map(|r| {
            let bytes = layout.byte_span(r.clone());
            let chars = layout.char_span(bytes.clone());
            Span {
                start: chars.start,
                end: chars.end,
                text: layout.src[bytes].to_string(),
            }
        })
        .collect()
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us",
];

/// A first speaker guess from the source text alone (refined by speaker resolution).
pub fn speaker_from_source(source: &[Span]) -> Speaker {
    let text = source
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        return Speaker::default();
    }
    let lower = text.to_lowercase();
    if PRONOUNS.contains(&lower.as_str()) {
        let kind = if matches!(lower.as_str(), "he" | "she" | "him" | "her" | "i") {
            SpeakerType::Person
        } else {
            SpeakerType::Unknown
        };
        return Speaker {
            name: None,
            kind,
            role: None,
        };
    }
    Speaker {
        name: Some(text),
        kind: SpeakerType::Unknown,
        role: None,
    }
}

//! Quotations continued over several paragraphs.
//!
//! News writes a long quotation as several paragraphs: each opens with a
//! quote mark and only the last one closes ("…find.¶“Every pound…”). The
//! layout pairs such a quotation as one, but the role stage labels the tokens
//! of the cue's own paragraph only, so its content stops at the first
//! paragraph break. PolNeAR's guidelines annotate the whole quotation as the
//! content (one span with a fragment per paragraph), and so does the rule
//! extractor; this pass brings the model's proposals in line.

use crate::assemble::Proposal;
use ascribe_text::{Layout, TokenKind};
use std::ops::Range;

/// Extends every content that reaches the end of a quotation's paragraph
/// fragment with the quotation's later fragments, up to the first one that
/// another proposal already uses.
pub fn extend_continued_quotes(layout: &Layout, proposals: &mut [Proposal]) {
    for q in layout.quotes.iter().filter(|q| q.fragments.len() > 1) {
        for k in 0..q.fragments.len() - 1 {
            let frag = &q.fragments[k];
            // The proposal whose content runs to the end of this fragment
            // (its closing punctuation aside).
            let reaches_end = |r: &Range<usize>| {
                r.start < frag.end
                    && (r.end..frag.end).all(|i| {
                        layout
                            .tokens
                            .get(i)
                            .is_some_and(|t| t.kind == TokenKind::Punct)
                    })
            };
            let Some(owner) = proposals
                .iter()
                .position(|p| p.content.iter().any(reaches_end))
            else {
                continue;
            };
            let mut added: Vec<Range<usize>> = Vec::new();
            for next in &q.fragments[k + 1..] {
                let taken = proposals
                    .iter()
                    .flat_map(|p| p.content.iter().chain(&p.cue).chain(&p.source))
                    .any(|r| overlaps(r, next));
                if taken || next.is_empty() {
                    break;
                }
                added.push(next.clone());
            }
            if let Some(p) = proposals.get_mut(owner) {
                p.content.extend(added);
                p.content.sort_by_key(|r| r.start);
            }
        }
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposal(content: Range<usize>) -> Proposal {
        Proposal {
            content: vec![content],
            cue: Vec::new(),
            source: Vec::new(),
            confidence: 1.0,
        }
    }

    fn token_of(layout: &Layout, word: &str) -> usize {
        (0..layout.tokens.len())
            .find(|&i| layout.word(i) == word)
            .unwrap_or_else(|| panic!("no token {word}"))
    }

    const TEXT: &str = "The mayor told reporters: \"We lost the vote. We will try again.\n\n\
        \"Next year the plan comes back.\"\n\nThe council did not comment.";

    #[test]
    fn content_ending_a_quote_paragraph_takes_the_continuation() {
        let layout = Layout::new(TEXT);
        let (we, again) = (token_of(&layout, "We"), token_of(&layout, "again"));
        let mut ps = vec![proposal(we..again + 2)];
        extend_continued_quotes(&layout, &mut ps);
        let content = &ps[0].content;
        assert_eq!(content.len(), 2, "{content:?}");
        assert_eq!(content[0], we..again + 2);
        let next = token_of(&layout, "Next");
        assert_eq!(content[1].start, next);
        assert_eq!(layout.word(content[1].end - 1), ".");
        // The unquoted paragraph after the quotation is not content.
        let council = token_of(&layout, "council");
        assert!(content.iter().all(|r| !r.contains(&council)));
    }

    #[test]
    fn content_short_of_the_closing_stop_still_continues() {
        let layout = Layout::new(TEXT);
        let (we, again) = (token_of(&layout, "We"), token_of(&layout, "again"));
        let mut ps = vec![proposal(we..again + 1)];
        extend_continued_quotes(&layout, &mut ps);
        assert_eq!(ps[0].content.len(), 2, "{:?}", ps[0].content);
    }

    #[test]
    fn content_stopping_inside_the_paragraph_is_left_alone() {
        let layout = Layout::new(TEXT);
        let (we, vote) = (token_of(&layout, "We"), token_of(&layout, "vote"));
        let mut ps = vec![proposal(we..vote + 1)];
        extend_continued_quotes(&layout, &mut ps);
        assert_eq!(ps[0].content, vec![we..vote + 1]);
    }

    #[test]
    fn a_continuation_another_attribution_holds_is_not_taken() {
        let layout = Layout::new(TEXT);
        let (we, again) = (token_of(&layout, "We"), token_of(&layout, "again"));
        let next = token_of(&layout, "Next");
        let mut ps = vec![proposal(we..again + 2), proposal(next..next + 3)];
        extend_continued_quotes(&layout, &mut ps);
        assert_eq!(ps[0].content, vec![we..again + 2]);
    }
}

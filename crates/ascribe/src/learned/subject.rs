//! Sources from syntax when the role stage names none.
//!
//! The role stage looks at a window around each cue and finds most sources,
//! but it misses the subject of a participle or an infinitive that sits far
//! from its cue: in "Trump, who spoke for an hour on Monday, attacked the
//! press, saying it …" the source of "saying" is "Trump", many tokens away.
//! The dependency parse links the two directly: "saying" hangs on "attacked"
//! (adverbial clause), whose subject is "Trump". On PolNeAR dev a third of
//! the attributions whose content we found but whose source we got wrong had
//! no source at all, mostly for cues like these.

use super::features::TokenFacts;
use crate::assemble::Proposal;
use ascribe_text::{Layout, TokenKind};
use std::ops::Range;

// Coarse relations (see `pipeline::coarse_relation`).
const NSUBJ: u8 = 1;
const NSUBJPASS: u8 = 2;
const XCOMP: u8 = 5;
const ADVCL: u8 = 7;
const CONJ: u8 = 11;
const AUX: u8 = 15;

/// How many clause links to climb from the cue to a verb with a subject.
const MAX_CLIMB: usize = 3;
/// Longer subjects are clauses or parse errors, not sources.
const MAX_SOURCE_TOKENS: usize = 30;
/// Longer sentences are not prose (and the subtree walk is quadratic in
/// sentence length): they keep what the role stage said.
const MAX_SENTENCE_TOKENS: usize = 150;

/// Gives every proposal without a source the syntactic subject of its cue,
/// when the parse has one that overlaps none of the proposal's other roles.
pub fn fill_missing_sources<'a>(
    layout: &Layout,
    facts: &TokenFacts,
    proposals: impl IntoIterator<Item = &'a mut Proposal>,
) {
    if facts.len() != layout.tokens.len() {
        // Facts of another layout: nothing to go on.
        return;
    }
    for p in proposals {
        if !p.source.is_empty() {
            continue;
        }
        let Some(cue) = p.cue.first().cloned() else {
            continue;
        };
        let Some((sentence, subject)) = cue_subject(layout, facts, &cue) else {
            continue;
        };
        // A subject inside a quotation belongs to the quoted speech, not to
        // the reporting clause; a number or "that" is a parse slip.
        let depth = |i: usize| facts.depth.get(i).copied().unwrap_or(0);
        // "It is estimated that …": the passive's "it" is a placeholder, and
        // such attributions have no source (all of PolNeAR train's do).
        let expletive = facts.rel.get(subject) == Some(&NSUBJPASS)
            && layout.word(subject).eq_ignore_ascii_case("it");
        let is_word = layout.tokens.get(subject).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.text(layout.src).eq_ignore_ascii_case("that")
        });
        if expletive || asked_participle(layout, facts, &cue) {
            continue;
        }
        if !is_word || depth(subject) > depth(cue.start) {
            continue;
        }
        let span = subtree(layout, facts, subject, &sentence);
        if span.clone().any(|i| depth(i) > depth(cue.start)) {
            continue;
        }
        let clashes = |r: &Range<usize>| r.start < span.end && span.start < r.end;
        if span.is_empty()
            || span.len() > MAX_SOURCE_TOKENS
            || p.content.iter().any(clashes)
            || p.cue.iter().any(clashes)
        {
            continue;
        }
        p.source = vec![span];
    }
}

/// Completes a source the role stage cut short at its left edge: in
/// "…fell apart, two people familiar with the talks said" it may stop the
/// content at "two people" and take "familiar with the talks" as source.
/// The cue's syntactic subject covers the whole noun phrase; the tokens it
/// adds leave the content when they end it.
pub fn complete_sources(layout: &Layout, facts: &TokenFacts, proposals: &mut [Proposal]) {
    if facts.len() != layout.tokens.len() {
        return;
    }
    for k in 0..proposals.len() {
        let p = &proposals[k];
        let ([source], Some(cue)) = (p.source.as_slice(), p.cue.first()) else {
            continue;
        };
        let (source, cue) = (source.clone(), cue.clone());
        let Some((sentence, subject)) = cue_subject(layout, facts, &cue) else {
            continue;
        };
        let span = subtree(layout, facts, subject, &sentence);
        let ok = span.start < source.start
            && span.end == source.end
            && span.len() <= MAX_SOURCE_TOKENS
            && !(span.start < cue.end && cue.start < span.end)
            && (span.start..source.start).all(|i| facts.depth[i] == facts.depth[cue.start]);
        if !ok {
            continue;
        }
        let added = span.start..source.start;
        let owned_by_other = proposals.iter().enumerate().any(|(j, q)| {
            j != k
                && q.content
                    .iter()
                    .chain(&q.cue)
                    .chain(&q.source)
                    .any(|r| r.start < added.end && added.start < r.end)
        });
        // Only a content that runs right up to the source and holds all the
        // added tokens: elsewhere the parse's subject is less sure than the
        // role stage (sentence adverbs hang on it).
        let cut = proposals[k]
            .content
            .iter()
            .any(|r| r.end == added.end && r.start < added.start);
        if owned_by_other || !cut {
            continue;
        }
        let p = &mut proposals[k];
        for r in &mut p.content {
            if r.end == added.end && r.start < added.start {
                r.end = added.start;
                // No trailing comma left dangling in the content.
                while r.end > r.start
                    && layout
                        .tokens
                        .get(r.end - 1)
                        .is_some_and(|t| t.kind == TokenKind::Punct)
                {
                    r.end -= 1;
                }
            }
        }
        p.content
            .retain(|r| !(r.start >= added.start && r.end <= added.end));
        p.source = vec![span];
    }
}

/// "Asked about the vote, she said …": the one asked is the subject of the
/// main verb, and the one who asked goes unnamed, so the attribution of the
/// question has no source (34 of the 40 "Asked" cues of PolNeAR train).
fn asked_participle(layout: &Layout, facts: &TokenFacts, cue: &Range<usize>) -> bool {
    cue.clone().any(|i| {
        facts.rel[i] == ADVCL
            && facts.child_rels[i] & (1 << NSUBJ | 1 << NSUBJPASS) == 0
            && ["asked", "pressed", "questioned", "quizzed"]
                .iter()
                .any(|w| layout.word(i).eq_ignore_ascii_case(w))
    })
}

/// The cue's sentence and the subject token of its clause, for sentences
/// short enough to be prose.
fn cue_subject(
    layout: &Layout,
    facts: &TokenFacts,
    cue: &Range<usize>,
) -> Option<(Range<usize>, usize)> {
    let sentence = facts
        .sent
        .get(cue.start)
        .and_then(|&s| layout.sentences.get(s as usize))
        .cloned()?;
    if sentence.len() > MAX_SENTENCE_TOKENS {
        return None;
    }
    let subject = subject_of_cue(facts, cue, &sentence)?;
    Some((sentence, subject))
}

/// The subject token of the clause the cue heads, climbing from a participle,
/// infinitive or coordinated verb to the verb it depends on.
fn subject_of_cue(
    facts: &TokenFacts,
    cue: &Range<usize>,
    sentence: &Range<usize>,
) -> Option<usize> {
    // The cue's anchor: its first token whose head lies outside the cue.
    let mut verb = cue.clone().find(|&i| {
        let h = facts.head.get(i).copied().unwrap_or(u32::MAX);
        h == u32::MAX || !cue.contains(&(h as usize))
    })?;
    for _ in 0..=MAX_CLIMB {
        if let Some(s) = sentence
            .clone()
            .find(|&i| facts.head[i] as usize == verb && matches!(facts.rel[i], NSUBJ | NSUBJPASS))
        {
            return Some(s);
        }
        // Only clause links that share their subject with the head verb.
        if !matches!(facts.rel[verb], XCOMP | ADVCL | CONJ | AUX) {
            return None;
        }
        let head = facts.head[verb];
        if head == u32::MAX || !sentence.contains(&(head as usize)) {
            return None;
        }
        if facts.rel[verb] == CONJ && facts.lex[head as usize] == 0 {
            // "X said the team had been called out, and warned that …": the
            // parse often hangs the second speech verb on the nearest verb of
            // the first one's content. The subject it shares is the one of
            // the speech verb before it.
            if let Some(s) = earlier_speech_subject(facts, cue.start, sentence) {
                return Some(s);
            }
        }
        verb = head as usize;
    }
    None
}

/// The subject of the nearest speech verb (a cue-lexicon verb) before token
/// `before` in the sentence, at the same quotation depth, when it has one
/// before it.
fn earlier_speech_subject(
    facts: &TokenFacts,
    before: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let depth = facts.depth[before];
    let verb = (sentence.start..before)
        .rev()
        .find(|&v| facts.coarse[v] == 1 && facts.lex[v] != 0 && facts.depth[v] == depth)?;
    sentence.clone().find(|&i| {
        i < verb
            && facts.head[i] as usize == verb
            && matches!(facts.rel[i], NSUBJ | NSUBJPASS)
            && facts.depth[i] == depth
    })
}

/// The contiguous token range covering `root` and everything that hangs on
/// it within the sentence, without edge punctuation.
fn subtree(
    layout: &Layout,
    facts: &TokenFacts,
    root: usize,
    sentence: &Range<usize>,
) -> Range<usize> {
    let (mut lo, mut hi) = (root, root + 1);
    for i in sentence.clone() {
        if i >= lo && i < hi {
            continue;
        }
        // Follow heads up a bounded number of steps (parses are trees, but
        // a bound keeps a malformed one from looping).
        let mut j = i;
        for _ in 0..sentence.len() {
            let h = facts.head[j];
            if h == u32::MAX || !sentence.contains(&(h as usize)) {
                break;
            }
            j = h as usize;
            if j == root {
                lo = lo.min(i);
                hi = hi.max(i + 1);
                break;
            }
        }
    }
    let is_edge = |i: usize| {
        layout
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Quote))
    };
    while lo < hi && is_edge(lo) {
        lo += 1;
    }
    while hi > lo && is_edge(hi - 1) {
        hi -= 1;
    }
    lo..hi
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Annotator, Tags};

    /// Token range of the first occurrence of `words` (space-separated tokens).
    fn find(layout: &Layout, words: &str) -> Range<usize> {
        let want: Vec<&str> = words.split(' ').collect();
        let n = layout.tokens.len();
        (0..n)
            .find(|&i| {
                want.iter()
                    .enumerate()
                    .all(|(k, w)| i + k < n && layout.word(i + k) == *w)
            })
            .map(|i| i..i + want.len())
            .expect("words in text")
    }

    fn source_text(layout: &Layout, p: &Proposal) -> String {
        p.source
            .iter()
            .map(|r| {
                let (a, b) = (layout.tokens[r.start].start, layout.tokens[r.end - 1].end);
                &layout.src[a..b]
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn participle_takes_the_subject_of_its_verb() {
        let text = "Mayor Ann Ruiz attacked the council on Monday, saying the budget was a mess.";
        assert_eq!(
            filled(text, "saying", "the budget was a mess"),
            "Mayor Ann Ruiz"
        );
    }

    #[test]
    fn a_named_source_is_kept() {
        let text = "Mayor Ann Ruiz attacked the council, and the clerk said the budget was a mess.";
        let layout = Layout::new(text);
        let tags = Annotator::builtin().expect("models").tag(&layout);
        let facts = TokenFacts::new(&layout, &tags, &[]);
        let mut proposals = vec![Proposal {
            content: vec![find(&layout, "the budget was a mess")],
            cue: vec![find(&layout, "said")],
            source: vec![find(&layout, "the clerk")],
            confidence: 0.5,
        }];
        fill_missing_sources(&layout, &facts, &mut proposals);
        assert_eq!(source_text(&layout, &proposals[0]), "the clerk");
    }

    /// One proposal without source for `cue` and `content`, filled.
    fn filled(text: &str, cue: &str, content: &str) -> String {
        let layout = Layout::new(text);
        let tags = Annotator::builtin().expect("models").tag(&layout);
        let facts = TokenFacts::new(&layout, &tags, &[]);
        let mut proposals = vec![Proposal {
            content: vec![find(&layout, content)],
            cue: vec![find(&layout, cue)],
            source: Vec::new(),
            confidence: 0.5,
        }];
        fill_missing_sources(&layout, &facts, &mut proposals);
        if proposals[0].source.is_empty() {
            return String::new();
        }
        source_text(&layout, &proposals[0])
    }

    #[test]
    fn a_second_speech_verb_shares_the_first_ones_subject() {
        // The built-in parse hangs "warned" on "dared" inside the quotation
        // (checked when this test was written), whose subject "we" is the
        // quoted speaker's.
        let text = "Finance chief Olga Brandt said orders had been “better than we dared to expect” over the winter , but warned that margins would shrink next year .";
        let got = filled(text, "warned", "that margins would shrink next year");
        assert_eq!(got, "Finance chief Olga Brandt");
    }

    #[test]
    fn the_placeholder_it_of_a_passive_is_no_source() {
        let got = filled(
            "It is estimated that a third of the wells have run dry .",
            "is estimated",
            "that a third of the wells have run dry",
        );
        assert_eq!(got, "");
        // A referring "it" stays a source.
        let got = filled(
            "The agency published its figures and it said prices fell .",
            "said",
            "prices fell",
        );
        assert_eq!(got, "it");
    }

    #[test]
    fn the_one_asked_is_not_the_source_of_the_question() {
        let text =
            "Asked whether the plant would close , the manager said no decision had been made .";
        assert_eq!(filled(text, "Asked", "whether the plant would close"), "");
        // A speaking participle does take the main subject.
        let text = "Speaking to reporters , the manager said no decision had been made .";
        assert_eq!(
            filled(text, "said", "no decision had been made"),
            "the manager"
        );
    }

    fn content_text(layout: &Layout, p: &Proposal) -> String {
        let r = &p.content[0];
        let (a, b) = (layout.tokens[r.start].start, layout.tokens[r.end - 1].end);
        layout.src[a..b].to_string()
    }

    #[test]
    fn a_source_cut_short_takes_its_whole_noun_phrase_from_the_content() {
        let text =
            "A deal on the budget fell apart on Thursday, two people familiar with the talks said.";
        let layout = Layout::new(text);
        let tags = Annotator::builtin().expect("models").tag(&layout);
        let facts = TokenFacts::new(&layout, &tags, &[]);
        let content = find(
            &layout,
            "A deal on the budget fell apart on Thursday , two people",
        );
        let mut proposals = vec![Proposal {
            content: vec![content],
            cue: vec![find(&layout, "said")],
            source: vec![find(&layout, "familiar with the talks")],
            confidence: 0.5,
        }];
        complete_sources(&layout, &facts, &mut proposals);
        let p = &proposals[0];
        assert_eq!(
            source_text(&layout, p),
            "two people familiar with the talks"
        );
        assert_eq!(
            content_text(&layout, p),
            "A deal on the budget fell apart on Thursday"
        );
    }

    #[test]
    fn a_source_not_cut_from_the_content_is_kept() {
        // "Apparently" may hang on the subject in the parse; it is no part of the source.
        let text = "Apparently, the police said the road was closed.";
        let layout = Layout::new(text);
        let tags = Annotator::builtin().expect("models").tag(&layout);
        let facts = TokenFacts::new(&layout, &tags, &[]);
        let mut proposals = vec![Proposal {
            content: vec![find(&layout, "the road was closed")],
            cue: vec![find(&layout, "said")],
            source: vec![find(&layout, "police")],
            confidence: 0.5,
        }];
        complete_sources(&layout, &facts, &mut proposals);
        assert_eq!(source_text(&layout, &proposals[0]), "police");
    }

    #[test]
    fn no_parse_means_no_change() {
        let text = "Officials attacked the plan, saying it would fail.";
        let layout = Layout::new(text);
        let mut proposals = vec![Proposal {
            content: vec![find(&layout, "it would fail")],
            cue: vec![find(&layout, "saying")],
            source: Vec::new(),
            confidence: 0.5,
        }];
        let facts = TokenFacts::new(&layout, &Tags::default(), &[]);
        fill_missing_sources(&layout, &facts, &mut proposals);
        assert!(proposals[0].source.is_empty());
    }
}

//! Rule-based extractor: finds cues with the [`lexicon`](crate::lexicon),
//! then reads the source and content off the surrounding tokens using
//! punctuation, quotation marks, capitalization and closed-class words.
//!
//! The work happens in three passes over a [`Layout`]:
//!
//! 1. **Frames** (`frames`): every cue candidate outside quotation marks
//!    proposes the frames it could head — preposed ("Smith said that …",
//!    "Smith said: “…”"), postposed ("“…,” she said." / "…, said Smith."),
//!    "according to X", "As X reported, …", "Asked whether …", poll
//!    findings, and "Name: …" headlines. Sources come from `np`, a noun
//!    phrase finder built on the closed-class lists of `words`.
//! 2. **Selection**: frames are accepted outermost first; a frame whose cue
//!    lies inside an accepted content is a nested attribution, which
//!    PolNeAR does not annotate, and is dropped.
//! 3. **Continuations**: a quotation right after an accepted direct frame
//!    (“A,” he said, “B.” or “A,” he said. “B.”) joins it as another
//!    content fragment.
//!
//! Every scan is bounded by a window of tokens, so the whole pass is linear
//! in the document length whatever the input looks like.

// Contents are lists of fragments (`Vec<Range>`), and one fragment is the
// common case, which this lint mistakes for a range meant to be collected.
#![allow(clippy::single_range_in_vec_init)]

mod frames;
mod np;
mod words;

use crate::assemble::Proposal;
use crate::lower::LowerWords;
use ascribe_text::{Layout, MarkRole, TokenKind};
use std::collections::BTreeMap;
use std::ops::Range;

/// Sentences with more cue candidates than this are not prose (lists, dumps
/// of repeated words); candidates beyond it are ignored.
const MAX_CUES_PER_SENTENCE: usize = 64;

/// Whether a quoted paragraph right after an attributed quotation joins it
/// (PolNeAR annotates such continuation paragraphs as content of the same
/// attribution).
const CROSS_PARAGRAPH: bool = true;

/// Proposes attributions for a laid-out document.
pub fn propose(layout: &Layout) -> Vec<Proposal> {
    let ctx = Ctx::new(layout);
    let mut candidates = Vec::new();
    for s in 0..layout.sentences.len() {
        frames::sentence_frames(&ctx, s, MAX_CUES_PER_SENTENCE, &mut candidates);
    }
    frames::headline_frames(&ctx, &mut candidates);
    frames::signature_frames(&ctx, &mut candidates);
    let mut accepted = select(candidates);
    continue_quotes(&ctx, &mut accepted);
    fill_subjects(&ctx, &mut accepted);
    accepted
        .into_iter()
        .map(|f| Proposal {
            content: f.content,
            cue: vec![f.cue],
            source: f.source.into_iter().collect(),
            confidence: f.confidence,
        })
        .collect()
}

/// One candidate attribution, in token ranges.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// The cue (one contiguous span, per the annotation guidelines).
    pub cue: Range<usize>,
    /// The source noun phrase, if the text names one.
    pub source: Option<Range<usize>>,
    /// Content fragments, in text order.
    pub content: Vec<Range<usize>>,
    /// 0..1.
    pub confidence: f32,
    /// The source is the subject of the clause ("…, saying that …"): filled
    /// from the previous frame of the sentence or the sentence's first noun phrase.
    pub needs_subject: bool,
    /// For direct quotes: the token where a continuation quote may begin.
    pub continues_at: Option<usize>,
}

impl Frame {
    fn content_len(&self) -> usize {
        self.content.iter().map(|r| r.len()).sum()
    }
}

/// Token-level facts shared by all rules.
pub(crate) struct Ctx<'a> {
    pub layout: &'a Layout<'a>,
    /// Lowercase text of every token.
    lower: LowerWords,
    /// Quote depth of every token.
    depth: Vec<u8>,
    /// Sentence index of every token.
    sent: Vec<u32>,
    /// Paragraph index of every token.
    para: Vec<u32>,
    /// Quote index by the token index of its opening mark (`NO_QUOTE` for none).
    quote_by_open: Vec<u32>,
    /// Quote index by the token index of its closing mark (`NO_QUOTE` for none).
    quote_by_close: Vec<u32>,
}

/// No quotation opens or closes at this token.
const NO_QUOTE: u32 = u32::MAX;

/// The quote index stored for token `i`, if any.
fn quote_at(table: &[u32], i: usize) -> Option<usize> {
    table
        .get(i)
        .copied()
        .filter(|&q| q != NO_QUOTE)
        .map(|q| q as usize)
}

impl<'a> Ctx<'a> {
    fn new(layout: &'a Layout<'a>) -> Ctx<'a> {
        let n = layout.tokens.len();
        let lower = LowerWords::new(layout);
        let depth = layout.quote_depths();
        let sent = layout.sentence_of_tokens();
        let mut para = vec![0u32; n];
        for (p, r) in layout.paragraphs.iter().enumerate() {
            for slot in para.get_mut(r.clone()).into_iter().flatten() {
                *slot = p as u32;
            }
        }
        // Dense per-token tables: looked up for almost every token.
        let mut quote_by_open = vec![NO_QUOTE; n];
        let mut quote_by_close = vec![NO_QUOTE; n];
        let set = |table: &mut Vec<u32>, i: usize, qi: usize| {
            if let Some(slot) = table.get_mut(i) {
                *slot = qi as u32;
            }
        };
        for (qi, q) in layout.quotes.iter().enumerate() {
            set(&mut quote_by_open, q.open, qi);
            set(&mut quote_by_close, q.close, qi);
            // Doubled apostrophes used as double quotes (''…'', common in
            // archives) pair as a single quote with a stray apostrophe glued
            // outside each mark; the stray belongs to the mark.
            if q.open > 0 && is_glued_apostrophe(layout, q.open - 1, q.open) {
                set(&mut quote_by_open, q.open - 1, qi);
            }
            if is_glued_apostrophe(layout, q.close + 1, q.close) {
                set(&mut quote_by_close, q.close + 1, qi);
            }
        }
        Ctx {
            layout,
            lower,
            depth,
            sent,
            para,
            quote_by_open,
            quote_by_close,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.lower.len()
    }

    /// Lowercase text of token `i` ("" past the end).
    pub fn w(&self, i: usize) -> &str {
        self.lower.get(i)
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.layout.tokens.get(i).map(|t| t.kind)
    }

    /// A word or a number.
    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Number))
    }

    /// A number.
    pub fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// A word starting with an uppercase letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && self
                .layout
                .word(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// A possessive clitic ("’s") or a bare apostrophe ("Sessions’").
    pub fn is_possessive_mark(&self, i: usize) -> bool {
        if matches!(self.w(i), "’s" | "'s") {
            return true;
        }
        // An apostrophe glued to the end of a word, and not half of a doubled quote mark.
        self.layout.marks.get(i).copied().flatten() == Some(MarkRole::Apostrophe)
            && self.layout.tokens.get(i).is_some_and(|t| !t.space_before)
            && i > 0
            && self.kind(i - 1) == Some(TokenKind::Word)
            && quote_at(&self.quote_by_open, i).is_none()
            && quote_at(&self.quote_by_close, i).is_none()
    }

    /// Quote depth of token `i` (0 past the end).
    pub fn depth(&self, i: usize) -> u8 {
        self.depth.get(i).copied().unwrap_or(0)
    }

    /// The paired quotation opened by token `i`.
    pub fn quote_opened_at(&self, i: usize) -> Option<&'a ascribe_text::Quote> {
        quote_at(&self.quote_by_open, i).and_then(|q| self.layout.quotes.get(q))
    }

    /// The paired quotation closed by token `i`.
    pub fn quote_closed_at(&self, i: usize) -> Option<&'a ascribe_text::Quote> {
        quote_at(&self.quote_by_close, i).and_then(|q| self.layout.quotes.get(q))
    }

    /// The token after a quotation's closing mark (past a glued stray apostrophe).
    pub fn after_quote(&self, q: &ascribe_text::Quote) -> usize {
        if quote_at(&self.quote_by_close, q.close + 1) == quote_at(&self.quote_by_close, q.close) {
            q.close + 2
        } else {
            q.close + 1
        }
    }

    /// Token range of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> Range<usize> {
        self.sent
            .get(i)
            .and_then(|&s| self.layout.sentences.get(s as usize))
            .cloned()
            .unwrap_or(i..i)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_index(&self, i: usize) -> Option<usize> {
        self.sent.get(i).map(|&s| s as usize)
    }

    /// Token range of the paragraph holding token `i`.
    pub fn paragraph_of(&self, i: usize) -> Range<usize> {
        self.para
            .get(i)
            .and_then(|&p| self.layout.paragraphs.get(p as usize))
            .cloned()
            .unwrap_or(i..i)
    }

    /// Both tokens exist and lie in the same paragraph.
    pub fn same_paragraph(&self, i: usize, j: usize) -> bool {
        matches!((self.para.get(i), self.para.get(j)), (Some(a), Some(b)) if a == b)
    }

    /// Number of word tokens in content fragments.
    pub fn words_in(&self, fragments: &[Range<usize>]) -> usize {
        fragments.iter().map(|r| self.word_count(r.clone())).sum()
    }

    /// Number of word tokens in a range.
    pub fn word_count(&self, r: Range<usize>) -> usize {
        r.filter(|&i| self.is_word(i)).count()
    }
}

/// Whether token `stray` is an apostrophe-role quote character touching the
/// quotation mark `mark` (no space between them).
fn is_glued_apostrophe(layout: &Layout, stray: usize, mark: usize) -> bool {
    let (Some(s), Some(m)) = (layout.tokens.get(stray), layout.tokens.get(mark)) else {
        return false;
    };
    let touching = if stray < mark {
        !m.space_before
    } else {
        !s.space_before
    };
    touching
        && s.kind == TokenKind::Quote
        && layout.marks.get(stray).copied().flatten() == Some(MarkRole::Apostrophe)
        && matches!(s.text(layout.src), "'" | "’" | "‘")
}

/// Disjoint token intervals claimed by accepted frames.
#[derive(Default)]
struct Claims {
    by_start: BTreeMap<usize, usize>,
}

impl Claims {
    fn overlaps(&self, r: &Range<usize>) -> bool {
        if r.start >= r.end {
            return false;
        }
        // Claims are disjoint, so only the last one starting before `r.end` can overlap.
        self.by_start
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, &end)| end > r.start)
    }

    fn add(&mut self, r: &Range<usize>) {
        if r.start < r.end {
            self.by_start.insert(r.start, r.end);
        }
    }
}

/// Accepts frames outermost first (longest content), dropping those that
/// clash with an accepted one: a cue inside accepted content is a nested
/// attribution; content over an accepted cue or content is the same
/// attribution read twice.
fn select(mut candidates: Vec<Frame>) -> Vec<Frame> {
    candidates.sort_by(|a, b| {
        b.content_len()
            .cmp(&a.content_len())
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.cue.start.cmp(&b.cue.start))
    });
    // Cues and contents of accepted frames (sources may be shared).
    let mut claimed = Claims::default();
    let mut accepted = Vec::new();
    for f in candidates {
        if claimed.overlaps(&f.cue) || f.content.iter().any(|r| claimed.overlaps(r)) {
            continue;
        }
        for r in &f.content {
            claimed.add(r);
        }
        claimed.add(&f.cue);
        accepted.push(f);
    }
    accepted.sort_by_key(|f| f.cue.start);
    accepted
}

/// Appends quotations that continue an accepted direct quote: “A,” he said,
/// “B.”, “A,” he said. “B.”, and (for the last frame of a paragraph) a
/// next paragraph that is only a quotation.
fn continue_quotes(ctx: &Ctx, frames: &mut [Frame]) {
    let mut claimed = Claims::default();
    for f in frames.iter() {
        claimed.add(&f.cue);
        for r in &f.content {
            claimed.add(r);
        }
    }
    for fi in 0..frames.len() {
        let next_cue = frames.get(fi + 1).map(|g| g.cue.start);
        let Some(f) = frames.get_mut(fi) else { break };
        let Some(mut at) = f.continues_at else {
            continue;
        };
        let para = ctx.paragraph_of(f.cue.start);
        let last_in_paragraph = next_cue.is_none_or(|c| c >= para.end);
        let mut crossed = false;
        // A few continuation quotes at most; each step moves forward.
        for step in 0..4 {
            let mut t = at;
            while t < ctx.len() && t < at + 2 && matches!(ctx.w(t), "," | "." | ";" | "—" | "–")
            {
                t += 1;
            }
            if step == 0 {
                t = past_frame_rest(ctx, &claimed, t);
            }
            if t == 0 || t >= ctx.len() || ctx.depth(t) != 0 {
                break;
            }
            let new_paragraph = !ctx.same_paragraph(t, t - 1);
            if new_paragraph && (crossed || !CROSS_PARAGRAPH || !last_in_paragraph) {
                break;
            }
            let Some(q) = ctx.quote_opened_at(t) else {
                break;
            };
            if q.depth != 0
                || q.fragments.iter().any(|r| claimed.overlaps(r))
                || !quote_stands_alone(ctx, q, new_paragraph)
            {
                break;
            }
            for r in &q.fragments {
                claimed.add(r);
                f.content.push(r.clone());
            }
            crossed |= new_paragraph;
            at = ctx.after_quote(q);
        }
    }
}

/// “A,” he told a crowd in Iowa on Monday. “B.”: the rest of the frame's
/// sentence may sit between a quotation and its continuation, if no other
/// frame uses it. Returns where the continuation may start.
fn past_frame_rest(ctx: &Ctx, claimed: &Claims, t: usize) -> usize {
    if t == 0 || t >= ctx.len() || ctx.quote_opened_at(t).is_some() || !ctx.same_paragraph(t, t - 1)
    {
        return t;
    }
    // The sentence may run on where the splitter missed an end before a
    // ''-quotation; stop at the first end mark then.
    let s_end = ctx.sentence_of(t).end;
    let hi = s_end.min(t + 41);
    let end = (t..hi)
        .find(|&k| matches!(ctx.w(k), "." | "!" | "?") && ctx.quote_opened_at(k + 1).is_some())
        .map_or(s_end, |k| k + 1);
    let rest = t..end;
    if rest.len() <= 40 && !claimed.overlaps(&rest) && rest.clone().all(|k| ctx.depth(k) == 0) {
        end
    } else {
        t
    }
}

/// Whether a quotation is a sentence of its own (a whole paragraph when it
/// opens one), rather than the start of a longer clause.
fn quote_stands_alone(ctx: &Ctx, q: &ascribe_text::Quote, opens_paragraph: bool) -> bool {
    let after = ctx.after_quote(q);
    if after >= ctx.len() || !ctx.same_paragraph(after, q.close) {
        return true;
    }
    let end_mark = matches!(ctx.w(after), "." | "!" | "?");
    if opens_paragraph {
        end_mark && !ctx.same_paragraph(after + 1, after)
    } else {
        end_mark || ctx.sentence_index(after) != ctx.sentence_index(q.close)
    }
}

/// Gives "…, saying that …" frames the source of the previous frame in their
/// sentence, or else the noun phrase that opens the sentence.
fn fill_subjects(ctx: &Ctx, frames: &mut [Frame]) {
    let mut prev: Option<(Option<usize>, Option<Range<usize>>)> = None;
    for f in frames.iter_mut() {
        let s = ctx.sentence_index(f.cue.start);
        if f.needs_subject && f.source.is_none() {
            f.source = match &prev {
                Some((ps, src)) if *ps == s && src.is_some() => src.clone(),
                _ => np::sentence_subject(ctx, ctx.sentence_of(f.cue.start), f.cue.start),
            };
        }
        prev = Some((s, f.source.clone()));
    }
}

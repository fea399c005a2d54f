//! Enrichment: who exactly the speaker is, with role, venue and date, and
//! embedded social posts as attributions of their own.
//!
//! Runs after the extractor, on contract attributions, so it works with
//! whichever extractor produced them. Everything here is heuristic and
//! lexicon-driven (capitalization, closed word lists, a first-name table);
//! no tagger is consulted. Every scan is bounded, so the whole stage is
//! linear in the length of the document.
//!
//! In reading order:
//! - [`social`] finds pasted embeds ("post text" + "— Name (@handle) date")
//!   and turns each into a `social` attribution, replacing extractor
//!   attributions over the same text;
//! - [`speaker`] finds name, pronoun and nominal mentions, groups them into
//!   entities (canonical name = fullest form in the document) and resolves
//!   each attribution's source, by salience within a section (a heading
//!   starts a new one), with gender agreement and cataphora;
//! - [`role`] reads titles from pre-modifiers and appositions;
//! - [`venue`] and [`dates`] read the frame of each attribution (its
//!   sentence minus the reported content).

pub mod boilerplate;
pub mod dates;
pub mod names;
pub mod role;
pub mod social;
pub mod speaker;
pub mod venue;

use crate::types::{Attribution, Document, Kind};
use ascribe_text::{Layout, TokenKind};
use std::ops::Range;

/// Fills speaker, role, venue and date of every attribution, and appends
/// attributions for embedded social posts.
pub fn enrich(layout: &Layout, doc: &Document, attributions: &mut Vec<Attribution>) {
    // Attributions inside promotion, link lines or headings are not news,
    // and must not make their speaker salient either.
    boilerplate::drop_inside(&boilerplate::find(layout), attributions);
    let anchor = doc.published.as_deref().and_then(dates::parse_anchor);
    let posts = social::find_posts(layout, anchor);
    social::merge(layout, &posts, attributions);
    let ctx = Ctx::new(layout);
    let speakers = speaker::resolve(&ctx, attributions, &posts, doc.author.as_deref());
    for (a, found) in attributions.iter_mut().zip(speakers) {
        if a.kind == Kind::Social {
            if let Some(s) = found {
                // The display name stays as written; the type comes from the entity.
                a.speaker.kind = s.kind;
            }
            continue;
        }
        a.speaker = found.unwrap_or_default();
        let frame = Frame::of(&ctx, a);
        a.venue = venue::find(&ctx, &frame);
        a.date = frame.date(&ctx, anchor);
    }
}

/// The layout plus per-token facts every enrichment step uses.
pub struct Ctx<'a> {
    /// The document layout.
    pub layout: &'a Layout<'a>,
    /// Lowercase text of every token.
    lower: crate::lower::LowerWords,
    /// Sentence index of every token.
    pub sent_of: Vec<u32>,
    /// Quote depth of every token.
    pub depth: Vec<u8>,
    /// Section index of every sentence (a heading opens a new section).
    pub section_of_sent: Vec<u32>,
    /// Heading flag of every sentence.
    pub heading_sent: Vec<bool>,
}

impl<'a> Ctx<'a> {
    /// Computes the per-token facts.
    pub fn new(layout: &'a Layout<'a>) -> Ctx<'a> {
        let lower = crate::lower::LowerWords::new(layout);
        let sent_of = layout.sentence_of_tokens();
        let depth = layout.quote_depths();
        let mut ctx = Ctx {
            layout,
            lower,
            sent_of,
            depth,
            section_of_sent: vec![0; layout.sentences.len()],
            heading_sent: vec![false; layout.sentences.len()],
        };
        ctx.find_sections();
        ctx
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.layout.tokens.len()
    }

    /// True when the document has no tokens.
    pub fn is_empty(&self) -> bool {
        self.layout.tokens.is_empty()
    }

    /// Text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.layout
            .tokens
            .get(i)
            .map_or("", |t| t.text(self.layout.src))
    }

    /// Lowercase text of token `i` ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        self.lower.get(i)
    }

    /// Token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.layout
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Token `i` is a word starting with an uppercase letter (not a URL).
    pub fn is_cap(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.word(i);
        w.chars().next().is_some_and(|c| c.is_uppercase()) && !w.contains("://") && !w.contains('/')
    }

    /// Sentence of token `i`.
    pub fn sent(&self, i: usize) -> usize {
        self.sent_of.get(i).map_or(0, |&s| s as usize)
    }

    /// Section of token `i`.
    pub fn section(&self, i: usize) -> usize {
        self.section_of_sent
            .get(self.sent(i))
            .map_or(0, |&s| s as usize)
    }

    /// Token range of sentence `s`.
    pub fn sentence(&self, s: usize) -> Range<usize> {
        self.layout.sentences.get(s).cloned().unwrap_or(0..0)
    }

    /// Byte range of tokens `r`.
    pub fn bytes(&self, r: Range<usize>) -> Range<usize> {
        self.layout
            .byte_span(r.start.min(self.len())..r.end.min(self.len()))
    }

    /// Source text of tokens `r`.
    pub fn text(&self, r: Range<usize>) -> &'a str {
        let b = self.bytes(r);
        self.layout.src.get(b).unwrap_or("")
    }

    /// Tokens covered by a code-point range.
    pub fn tokens_of_chars(&self, start: usize, end: usize) -> Range<usize> {
        let src = self.layout.src;
        let bs = self.layout.chars.to_byte(src, start);
        let be = self.layout.chars.to_byte(src, end);
        self.tokens_of_bytes(bs..be)
    }

    /// Tokens covered by a byte range.
    pub fn tokens_of_bytes(&self, bytes: Range<usize>) -> Range<usize> {
        let (bs, be) = (bytes.start, bytes.end);
        let toks = &self.layout.tokens;
        let a = toks.partition_point(|t| t.end <= bs);
        let b = toks.partition_point(|t| t.start < be);
        a..b.max(a)
    }

    /// Headings ([`boilerplate::is_heading`]) each open a new section.
    fn find_sections(&mut self) {
        let layout = self.layout;
        let mut section = 0u32;
        let mut sent = 0usize;
        let n_par = layout.paragraphs.len();
        for (p, par) in layout.paragraphs.iter().enumerate() {
            let heading = p + 1 < n_par && self.is_heading(par.clone());
            if heading {
                section += 1;
            }
            while sent < layout.sentences.len() && layout.sentences[sent].start < par.end {
                self.section_of_sent[sent] = section;
                self.heading_sent[sent] = heading;
                sent += 1;
            }
        }
    }

    fn is_heading(&self, par: Range<usize>) -> bool {
        boilerplate::is_heading(self.layout, par)
    }
}

/// Tokens looked at on either side of a cue or source for venue and date.
const FRAME_REACH: usize = 40;

/// What frames an attribution: the tokens of the sentences holding its cue
/// and source, minus every reported content and every quotation.
pub struct Frame {
    /// Frame tokens in order.
    pub tokens: Vec<usize>,
    /// A token of the cue (or of the source, or the content start): distances are measured from it.
    pub focus: usize,
    /// Tokens of a relative clause about the speaker ([`about_source`]),
    /// left out of `tokens`.
    pub about_speaker: Vec<usize>,
}

impl Frame {
    /// The frame of attribution `a`.
    pub fn of(ctx: &Ctx, a: &Attribution) -> Frame {
        let spans = |v: &[crate::types::Span]| -> Vec<Range<usize>> {
            v.iter()
                .map(|s| ctx.tokens_of_chars(s.start, s.end))
                .filter(|r| !r.is_empty())
                .collect()
        };
        let cue = spans(&a.cue);
        let source = spans(&a.source);
        let content = spans(&a.content);
        let focus = cue
            .first()
            .or(source.first())
            .map(|r| r.start)
            .or_else(|| content.first().map(|r| r.start))
            .unwrap_or(0);
        // Around the cue and around the source, within their sentences.
        let mut anchors: Vec<usize> = cue
            .iter()
            .chain(source.iter())
            .map(|r| r.start)
            .take(4)
            .collect();
        if anchors.is_empty() {
            anchors.push(focus);
        }
        let mut windows: Vec<Range<usize>> = anchors
            .into_iter()
            .map(|t| {
                let s = ctx.sentence(ctx.sent(t));
                t.saturating_sub(FRAME_REACH).max(s.start)..(t + FRAME_REACH).min(s.end)
            })
            .collect();
        let about: Vec<Range<usize>> = source
            .iter()
            .filter_map(|s| about_source(ctx, s, cue.first().map_or(usize::MAX, |c| c.start)))
            .collect();
        // A venue the content ran over ("… in a statement on Thursday")
        // is the frame's.
        let tail = content
            .last()
            .and_then(|c| venue::trailing(ctx, c.clone()).map(|t| t..c.end))
            .unwrap_or(0..0);
        // So is a date it begins with before its "that" ("said two days
        // ago that rents would rise").
        let head = content
            .first()
            .and_then(|c| leading_date(ctx, c.clone()))
            .unwrap_or(0..0);
        windows.push(tail.clone());
        windows.push(head.clone());
        windows.sort_by_key(|w| w.start);
        let (mut tokens, mut about_speaker) = (Vec::new(), Vec::new());
        let mut next = 0;
        for w in windows {
            for i in w.start.max(next)..w.end {
                let in_content = content.iter().any(|c| c.contains(&i))
                    && !tail.contains(&i)
                    && !head.contains(&i);
                if in_content || ctx.depth.get(i).is_none_or(|&d| d > 0) {
                    continue;
                }
                if about.iter().any(|c| c.contains(&i)) {
                    about_speaker.push(i);
                } else {
                    tokens.push(i);
                }
            }
            next = next.max(w.end);
        }
        Frame {
            tokens,
            focus,
            about_speaker,
        }
    }

    /// Contiguous runs of frame tokens.
    pub fn runs(&self) -> Vec<Range<usize>> {
        runs_of(&self.tokens)
    }

    /// The date nearest the focus, as an ISO string. A relative clause
    /// about the speaker adds only days and weeks: "who attended the rally
    /// on Wednesday" is often where they spoke, "who was elected in 2014"
    /// is their past.
    pub fn date(&self, ctx: &Ctx, anchor: Option<i64>) -> Option<String> {
        let mut best: Option<(usize, dates::When)> = None;
        let focus_byte = ctx.bytes(self.focus..self.focus + 1).start;
        let runs = self.runs().into_iter().map(|r| (r, false));
        let about = runs_of(&self.about_speaker).into_iter().map(|r| (r, true));
        for (run, about) in runs.chain(about) {
            let bytes = ctx.bytes(run);
            let Some(text) = ctx.layout.src.get(bytes.clone()) else {
                continue;
            };
            for f in dates::find(text, anchor) {
                if about && matches!(f.when, dates::When::Month(..) | dates::When::Year(_)) {
                    continue;
                }
                let at = bytes.start + f.range.start;
                let dist = at.abs_diff(focus_byte);
                if best.as_ref().is_none_or(|(d, _)| dist < *d) {
                    best = Some((dist, f.when));
                }
            }
        }
        best.map(|(_, w)| w.iso())
    }
}

/// Most tokens of a date phrase that opens a content.
const LEAD: usize = 6;

/// A date phrase that opens a content and is followed by its "that": the
/// model sometimes starts the content before the date of the speaking.
fn leading_date(ctx: &Ctx, content: Range<usize>) -> Option<Range<usize>> {
    let that = (content.start + 1..content.end.min(content.start + LEAD + 1))
        .find(|&i| ctx.low(i) == "that")?;
    let bytes = ctx.bytes(content.start..that);
    let text = ctx.layout.src.get(bytes)?;
    let whole = text.trim_end_matches([',', ' ']).len();
    // Any anchor will do: only whether the words are a date phrase counts.
    dates::find(text, Some(0))
        .iter()
        .any(|f| f.range.start == 0 && f.range.end >= whole)
        .then_some(content.start..that)
}

/// Contiguous runs of ascending token indices.
fn runs_of(tokens: &[usize]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for &i in tokens {
        match out.last_mut() {
            Some(r) if r.end == i => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// A relative clause on the source, before the cue, that tells who the
/// speaker is rather than where they spoke: "Berg, who joined the company
/// in 2019, told shareholders …", "Sanders, who has sent pleas on
/// Canova's behalf, …". A clause with a cue word of its own is itself the
/// speaking ("The mayor, who spoke to The Times on Friday, said …") and
/// is none.
fn about_source(ctx: &Ctx, source: &Range<usize>, cue_start: usize) -> Option<Range<usize>> {
    let sentence = ctx.sentence(ctx.sent(source.start));
    // The relative pronoun: inside the source or right after it, after a comma.
    let rel = (source.start + 1..=source.end + 1)
        .take_while(|&i| i < sentence.end && i < cue_start)
        .find(|&i| {
            matches!(ctx.low(i), "who" | "which" | "whose" | "whom") && ctx.low(i - 1) == ","
        })?;
    let end = (rel + 1..sentence.end.min(cue_start))
        .find(|&i| matches!(ctx.low(i), "," | "—" | "–" | "(" | ")"))
        .unwrap_or(sentence.end.min(cue_start));
    let speaks = (rel + 1..end).any(|i| {
        let w = ctx.low(i);
        crate::lexicon::cue_lemma(w).is_some() || crate::lexicon::particle_head_lemma(w).is_some()
    });
    (!speaks && end > rel + 1).then_some(rel..end)
}

/// Attributions built by hand for the enrichment tests.
#[cfg(test)]
pub(crate) mod test_util {
    use crate::types::{Attribution, Kind, Span, Speaker};

    /// The span of the first occurrence of `s` in `text` (code points; at
    /// the start when `s` is not there).
    pub fn span_of(text: &str, s: &str) -> Span {
        let b = text.find(s).unwrap_or(0);
        let start = text[..b].chars().count();
        Span {
            start,
            end: start + s.chars().count(),
            text: s.to_string(),
        }
    }

    /// An indirect attribution with these spans and nothing resolved yet.
    pub fn attribution(source: Vec<Span>, cue: Vec<Span>, content: Vec<Span>) -> Attribution {
        Attribution {
            kind: Kind::Indirect,
            content,
            cue,
            source,
            speaker: Speaker::default(),
            venue: None,
            date: None,
            handle: None,
            confidence: 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::{attribution, span_of};
    use super::*;

    /// The date the frame gives an attribution with this source and cue
    /// (published Friday 2026-11-27).
    fn date_of(text: &str, source: &str, cue: &str) -> Option<String> {
        let layout = Layout::new(text);
        let ctx = Ctx::new(&layout);
        let a = attribution(
            vec![span_of(text, source)],
            vec![span_of(text, cue)],
            vec![],
        );
        Frame::of(&ctx, &a).date(&ctx, dates::parse_anchor("2026-11-27"))
    }

    #[test]
    fn a_relative_clause_about_the_speaker_gives_no_date() {
        let t =
            "Berg, who joined the company in 2019, told shareholders that she expected a dividend.";
        assert_eq!(date_of(t, "Berg", "told"), None);
        // Also when the model's source takes the clause in.
        let src = "Berg, who joined the company in 2019,";
        assert_eq!(date_of(t, src, "told"), None);
        // The date of the speaking itself still counts.
        let t = "Berg, who joined the company in 2019, told shareholders on Monday that she expected a dividend.";
        assert_eq!(date_of(t, "Berg", "told").as_deref(), Some("2026-11-23"));
        // A day in the clause may be the occasion, and stays.
        let t = "Berg, who attended the meeting on Monday, said that she expected a dividend.";
        assert_eq!(date_of(t, "Berg", "said").as_deref(), Some("2026-11-23"));
    }

    #[test]
    fn a_date_that_opens_the_content_before_its_that_is_the_frames() {
        let t = "The council said two days ago that rents would rise.";
        let layout = Layout::new(t);
        let ctx = Ctx::new(&layout);
        let a = attribution(
            vec![span_of(t, "The council")],
            vec![span_of(t, "said")],
            vec![span_of(t, "two days ago that rents would rise")],
        );
        let date = Frame::of(&ctx, &a).date(&ctx, dates::parse_anchor("2026-11-27"));
        assert_eq!(date.as_deref(), Some("2026-11-25"));
        // A date inside the reported clause stays the content's.
        let t2 = "The council said rents would rise two days ago.";
        let layout = Layout::new(t2);
        let ctx = Ctx::new(&layout);
        let a2 = attribution(
            vec![span_of(t2, "The council")],
            vec![span_of(t2, "said")],
            vec![span_of(t2, "rents would rise two days ago")],
        );
        assert_eq!(
            Frame::of(&ctx, &a2).date(&ctx, dates::parse_anchor("2026-11-27")),
            None
        );
    }

    #[test]
    fn a_relative_clause_that_is_the_speaking_keeps_its_date() {
        let t =
            "The mayor, who spoke to The Times on Wednesday, said the city would reopen schools.";
        assert_eq!(
            date_of(t, "The mayor", "said").as_deref(),
            Some("2026-11-25")
        );
    }
}

//! Constructions with their own shape: "according to X", "Asked whether …",
//! "As X reported, …", poll findings and "Name: …" headlines.

use super::*;
use ascribe_text::TokenKind;

/// Nouns of polls and studies that report findings ("in a new poll").
pub(super) fn is_poll_noun(w: &str) -> bool {
    matches!(
        w,
        "poll"
            | "polls"
            | "survey"
            | "surveys"
            | "study"
            | "report"
            | "analysis"
            | "tally"
            | "census"
            | "polling"
    )
}

/// "In a new CNN poll, 31% said …" and "… by 28 points in the same poll.":
/// the poll is the source, "In" the cue.
pub(super) fn in_poll(ctx: &Ctx, sentence: &Range<usize>, out: &mut Vec<Frame>) {
    let (ss, se) = (sentence.start, sentence.end);
    let poll_phrase = |from: usize, to: usize| {
        (from..to).any(|k| is_poll_noun(ctx.w(k)))
            && is_determiner(ctx.w(from))
            && (from..to).all(|k| {
                ctx.is_word(k) || ctx.is_possessive_mark(k) || matches!(ctx.w(k), "-" | "/")
            })
    };
    // Sentence-initial: "In <det> … poll …, content".
    if ctx.w(ss) == "in" && ctx.depth(ss) == 0 {
        let hi = se.min(ss + 14);
        if let Some(comma) = (ss + 1..hi).find(|&k| ctx.w(k) == ",") {
            if comma > ss + 1 && poll_phrase(ss + 1, comma) {
                let content = content_ranges(ctx, comma + 1, se);
                if ctx.words_in(&content) >= 3 {
                    out.push(Frame {
                        cue: ss..ss + 1,
                        source: Some(ss + 1..comma),
                        content,
                        confidence: 0.6,
                        needs_subject: false,
                        continues_at: None,
                    });
                }
            }
        }
        return;
    }
    // Sentence-final: "content in <det> … poll."
    let mut end = se;
    while end > ss && is_trailing_punct(ctx.w(end - 1)) {
        end -= 1;
    }
    let lo = ss.max(end.saturating_sub(12));
    let Some(at) = (lo..end)
        .rev()
        .find(|&k| ctx.w(k) == "in" && ctx.depth(k) == 0)
    else {
        return;
    };
    if at + 1 >= end
        || !poll_phrase(at + 1, end)
        || !is_poll_noun(ctx.w(end - 1)) && !ctx.is_cap(end - 1)
    {
        return;
    }
    let mut cend = at;
    while cend > ss && is_trailing_punct(ctx.w(cend - 1)) {
        cend -= 1;
    }
    if ctx.depth(ss) != 0 || ctx.word_count(ss..cend) < 4 {
        return;
    }
    out.push(Frame {
        cue: at..at + 1,
        source: Some(at + 1..end),
        content: vec![ss..cend],
        confidence: 0.6,
        needs_subject: false,
        continues_at: None,
    });
}

/// "“…,” she said." / "…, said Smith." / "“…” Smith told reporters."
/// "Asked if …, Smith said": the question is an attribution without a
/// source (or with the asker after "by").
pub(super) fn asked(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
    if cue.lemma != "ask" || !matches!(ctx.w(cue.head), "asked") {
        return None;
    }
    let ss = cue.sentence.start;
    let lead = (ss..cue.group.start).all(|k| {
        matches!(
            ctx.w(k),
            "when" | "but" | "and" | "after" | "later" | "once" | "if"
        )
    });
    if !lead {
        return None;
    }
    let mut j = cue.group.end;
    let mut source = None;
    if ctx.w(j) == "by" {
        let src = np::after(ctx, j + 1, cue.sentence.end, true)?;
        j = src.end;
        source = Some(src);
        // "asked by Ingraham on Thursday about …"
        let hi = cue.sentence.end.min(j + 6);
        if let Some(k) = (j..hi).find(|&k| {
            matches!(
                ctx.w(k),
                "about" | "if" | "whether" | "what" | "how" | "why"
            )
        }) {
            if (j..k).all(|x| ctx.is_word(x)) {
                j = k;
            }
        }
    }
    if !matches!(
        ctx.w(j),
        "if" | "whether"
            | "about"
            | "what"
            | "how"
            | "why"
            | "who"
            | "when"
            | "where"
            | "to"
            | "for"
    ) {
        return None;
    }
    let hi = cue.sentence.end.min(j + MAX_CONTENT);
    let comma = (j..hi).find(|&k| ctx.w(k) == "," && ctx.depth(k) == 0)?;
    if ctx.word_count(j..comma) < 2 {
        return None;
    }
    Some(Frame {
        cue: cue.head..cue.head + 1,
        source,
        content: vec![j..comma],
        confidence: 0.6,
        needs_subject: false,
        continues_at: None,
    })
}

/// "As The Hill reported, …", "as reported by X, …": the clause after the
/// comma is the content.
pub(super) fn as_reported(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
    if !cue.is(CueClass::Speech) {
        return None;
    }
    let (ss, se) = (cue.sentence.start, cue.sentence.end);
    let subject = np::head_before(ctx, cue.group.start, ss);
    let before = subject.as_ref().map_or(cue.group.start, |s| s.start);
    if before == 0 || ctx.w(before - 1) != "as" {
        return None;
    }
    let mut j = cue.group.end;
    let mut source = subject;
    if source.is_none() && ctx.w(j) == "by" {
        let agent = np::after(ctx, j + 1, se, true)?;
        j = agent.end;
        source = Some(agent);
    }
    let source = source?;
    // Skip an adjunct ("reported on Saturday") up to the comma.
    let hi = se.min(j + 8);
    let comma = (j..hi).find(|&k| ctx.w(k) == ",")?;
    if !(j..comma).all(|k| ctx.is_word(k)) {
        return None;
    }
    let first = comma + 1;
    let content = if let Some(q) = ctx.quote_opened_at(first) {
        q.fragments.clone()
    } else {
        content_ranges(ctx, first, se)
    };
    if ctx.words_in(&content) < 3 {
        return None;
    }
    Some(Frame {
        cue: cue.group.clone(),
        source: Some(source),
        content,
        confidence: 0.75,
        needs_subject: false,
        continues_at: None,
    })
}

/// "According to X, …", "…, according to X." and "…, according to X, …".
pub(super) fn according(ctx: &Ctx, at: usize, sentence: &Range<usize>, out: &mut Vec<Frame>) {
    let (ss, se) = (sentence.start, sentence.end);
    let cue = at..at + 2;
    // The source runs to the next clause punctuation or quotation mark.
    let src_start = at + 2;
    let hi = se.min(src_start + 25);
    let src_end = (src_start..hi)
        .find(|&k| {
            matches!(
                ctx.w(k),
                "," | "." | ";" | "!" | "?" | ":" | "—" | "–" | "(" | ")"
            ) || ctx
                .layout
                .marks
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|m| m != ascribe_text::MarkRole::Apostrophe)
        })
        .unwrap_or(hi);
    if src_end == src_start || !(src_start..src_end).any(|k| ctx.is_word(k)) {
        return;
    }
    // What follows ", " after the source, unless it starts another clause.
    let first = src_end + 1;
    let after = if ctx.w(src_end) != "," {
        None
    } else if let Some(q) = ctx.quote_opened_at(first) {
        Some(q.fragments.clone())
    } else if ctx.is_word(first)
        && !matches!(
            ctx.w(first),
            "but"
                | "although"
                | "though"
                | "while"
                | "and"
                | "which"
                | "where"
                | "who"
                | "as"
                | "with"
        )
    {
        Some(content_ranges(ctx, first, se))
    } else {
        None
    };
    // What precedes the cue in its sentence.
    let lead = (ss..at).all(|i| {
        matches!(
            ctx.w(i),
            "but" | "and" | "yet" | "still" | "also" | "now" | "so" | "("
        )
    });
    let prev = at.wrapping_sub(1);
    let before = if lead || prev < ss {
        None
    } else if let Some(q) = ctx.quote_closed_at(prev).or_else(|| {
        ctx.quote_closed_at(prev.wrapping_sub(1))
            .filter(|_| ctx.w(prev) == ",")
    }) {
        (q.depth == 0 && q.open + MAX_CONTENT >= prev).then(|| q.fragments.clone())
    } else {
        let mut end = at;
        while end > ss && is_trailing_punct(ctx.w(end - 1)) {
            end -= 1;
        }
        // "because, according to X, …": the clause is after the cue.
        let dangling = end > ss && is_conjunction(ctx.w(end - 1));
        let start = ss.max(end.saturating_sub(MAX_CONTENT));
        (ctx.depth(ss) == 0 && !dangling && ctx.word_count(start..end) >= 3)
            .then(|| vec![start..end])
    };
    let content = match (before, after) {
        (Some(mut b), Some(a))
            if ctx.w(prev) == "," && ctx.quote_closed_at(prev.wrapping_sub(1)).is_none() =>
        {
            // "Other cleavages, according to the poll, include …": one clause around the cue.
            b.extend(a);
            b
        }
        (Some(b), _) => b,
        (None, Some(a)) if lead || ctx.w(prev) == "," => a,
        _ => return,
    };
    if ctx.words_in(&content) < 2 {
        return;
    }
    out.push(Frame {
        cue,
        source: Some(src_start..src_end),
        content,
        confidence: 0.8,
        needs_subject: false,
        continues_at: None,
    });
}

/// "Gingrich: Trump Must Decide …" — a short name, a colon, then a claim, as
/// in headlines and transcripts.
pub(crate) fn headline_frames(ctx: &Ctx, out: &mut Vec<Frame>) {
    for sentence in &ctx.layout.sentences {
        let (mut ss, se) = (sentence.start, sentence.end);
        // A transcript turn inside a quoted transcript: "WALLACE: … (the
        // quotation opens at the paragraph start and runs on).
        if ctx.kind(ss) == Some(TokenKind::Quote)
            && ctx.paragraph_of(ss).start == ss
            && ctx
                .layout
                .tokens
                .get(ss + 1)
                .is_some_and(|t| is_all_caps(t.text(ctx.layout.src)))
            && ctx.w(ss + 2) == ":"
        {
            ss += 1;
        } else if ctx.depth(ss) != 0 {
            continue;
        }
        // Up to four capitalized words (a possessive allowed), then ":".
        let hi = se.min(ss + 6);
        let Some(colon) = (ss..hi).find(|&k| ctx.w(k) == ":") else {
            continue;
        };
        if colon == ss {
            continue;
        }
        let name_ok = (ss..colon)
            .all(|k| ctx.is_cap(k) || ctx.is_possessive_mark(k) || matches!(ctx.w(k), "." | "-"));
        if !name_ok
            || is_label_word(ctx.w(ss))
            || (ss..colon).any(|k| is_np_stop(ctx.w(k)) || lexicon::cue_lemma(ctx.w(k)).is_some())
        {
            continue;
        }
        let first = colon + 1;
        // At a paragraph start ("Q: …", "SPEAKER: …") the turn runs to the paragraph end.
        let para = ctx.paragraph_of(ss);
        let end = if para.start + 1 >= ss {
            para.end.min(first + MAX_CONTENT)
        } else {
            se
        };
        let content = if let Some(q) = ctx.quote_opened_at(first) {
            q.fragments.clone()
        } else {
            content_ranges(ctx, first, end)
        };
        if ctx.words_in(&content) < 3 {
            continue;
        }
        out.push(Frame {
            cue: colon..colon + 1,
            source: Some(ss..colon),
            content,
            confidence: 0.5,
            needs_subject: false,
            continues_at: None,
        });
    }
}

/// Dashes that introduce a signature line ("“…” ― Sonya Herridge").
fn is_signature_dash(w: &str) -> bool {
    matches!(w, "―" | "—" | "–" | "--" | "-")
}

/// A quotation signed by a dash and a name, on the same line or the next
/// paragraph: “We deserve better.” ― Jane Doe, 34 / "…" (new paragraph) - Sanders.
/// Reader quotes, epigraphs and fact-check lists use this shape; the
/// dash is the cue and the name the source.
pub(crate) fn signature_frames(ctx: &Ctx, out: &mut Vec<Frame>) {
    for q in &ctx.layout.quotes {
        if q.depth != 0 {
            continue;
        }
        let dash = ctx.after_quote(q);
        if !is_signature_dash(ctx.w(dash)) {
            continue;
        }
        // The dash opens its own line: nothing else between it and the
        // quote but the paragraph break, and it is followed by the name.
        let para = ctx.paragraph_of(dash);
        let same_para = ctx.same_paragraph(q.close, dash);
        if !same_para && para.start != dash {
            continue;
        }
        let name_start = dash + 1;
        let name_end = (name_start..para.end.min(name_start + 6))
            .find(|&k| !(ctx.is_cap(k) || (matches!(ctx.w(k), "." | "-") && k > name_start)))
            .unwrap_or(para.end.min(name_start + 6));
        // Trailing periods of initials or a sentence end are not the name.
        let mut end = name_end;
        while end > name_start && ctx.w(end - 1) == "." {
            end -= 1;
        }
        if end == name_start || is_label_word(ctx.w(name_start)) {
            continue;
        }
        // What follows the name is at most a short description (", 34, of Ohio").
        let rest = para.end.saturating_sub(name_end);
        if rest > 12 || (name_end < para.end && !matches!(ctx.w(name_end), "," | "." | "(")) {
            continue;
        }
        let content: Vec<Range<usize>> = q
            .fragments
            .iter()
            .filter(|r| !r.is_empty())
            .cloned()
            .collect();
        if ctx.words_in(&content) < 3 {
            continue;
        }
        out.push(Frame {
            cue: dash..dash + 1,
            source: Some(name_start..end),
            content,
            confidence: 0.6,
            needs_subject: false,
            continues_at: None,
        });
    }
}

/// Two or more letters, all uppercase ("WALLACE").
fn is_all_caps(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
}

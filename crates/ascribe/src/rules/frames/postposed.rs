//! Postposed frames: the content comes first ("“…,” she said." / "…, said
//! Smith, a spokesman.").

use super::*;

/// The postposed frame of a cue and whether it is certain enough to rule
/// out reading the cue as preposed (a quotation ending in a comma, “…,”
/// right before the frame).
pub(super) fn postposed(ctx: &Ctx, cue: &Cue) -> Option<(Frame, bool)> {
    let ss = cue.sentence.start;
    let se = cue.sentence.end;
    // "…, he thinks." / "…, a new poll finds."
    let postposable_thought = matches!(
        cue.lemma,
        "think"
            | "believe"
            | "fear"
            | "worry"
            | "suspect"
            | "reckon"
            | "guess"
            | "find"
            | "show"
            | "suggest"
            | "indicate"
    );
    if !(cue.is(CueClass::Speech) || cue.is(CueClass::Manner) || postposable_thought) {
        return None;
    }
    // Source before the cue ("she said") or after it ("said Smith").
    // "…, who thinks …" is a relative clause, not a postposed frame.
    let before = np::before(ctx, cue.group.start, ss)
        .filter(|s| !matches!(ctx.w(s.start), "who" | "which" | "that"));
    let preceded = before.and_then(|src| boundary_at(ctx, src.start, ss).map(|b| (b, src)));
    let (boundary, source, mut after) = match preceded {
        Some((b, src)) => (b, src, cue.group.end),
        None => {
            let b = boundary_at(ctx, cue.group.start, ss)?;
            let src = np::inverted_source(ctx, cue.group.end, se)?;
            let end = src.end;
            (b, src, end)
        }
    };
    // "… Smith told reporters."
    if takes_recipient(cue.lemma) && after == cue.group.end {
        if let Some(r) = np::after(ctx, after, se, false) {
            after = r.end;
        }
    }
    // “…,” she told a crowd that filled the hall: the comma inside the
    // quotation says an attribution clause follows, whatever its length.
    let strong = match &boundary {
        Boundary::Quote(q) => q
            .fragments
            .last()
            .is_some_and(|r| r.end > r.start && matches!(ctx.w(r.end - 1), "," | "?" | "!")),
        Boundary::Comma(_) => false,
    };
    let tail_end = match tail(ctx, after, se) {
        Some(t) => t,
        None if strong => {
            let hi = se.min(after + MAX_CONTENT);
            (after..hi)
                .find(|&k| matches!(ctx.w(k), "," | "." | "!" | "?" | ";") && ctx.depth(k) == 0)
                .unwrap_or(se)
        }
        None => return None,
    };
    let (content, quoted) = match boundary {
        Boundary::Quote(q) => (q.fragments.clone(), true),
        Boundary::Comma(comma) => {
            let start = ss;
            // The content must be this sentence's own words, not the tail of a quotation.
            if ctx.depth(start) > 0 && ctx.quote_opened_at(start.wrapping_sub(1)).is_none() {
                return None;
            }
            let mut end = comma;
            while end > start && is_trailing_punct(ctx.w(end - 1)) {
                end -= 1;
            }
            let start = start.max(comma.saturating_sub(MAX_CONTENT));
            let resumes = ctx.w(tail_end) == "," && resumes_clause(ctx, tail_end + 1);
            if ctx.word_count(start..end) < 3 && !(resumes && end > start) {
                return None;
            }
            // "Later, in front of the club, Trump said, “…”": an adjunct is no
            // content, nor is a fronted subordinate clause ("Though …, he vowed …").
            let subordinate =
                is_subordinator(ctx.w(start)) && !(start..end).any(|k| ctx.w(k) == ",");
            if subordinate {
                return None;
            }
            let adjunct = is_preposition(ctx.w(start)) || opens_adjunct(ctx.w(start));
            if ctx.w(tail_end) == "," && ctx.quote_opened_at(tail_end + 1).is_some()
                || adjunct && !resumes && ctx.word_count(start..end) < 8
            {
                return None;
            }
            let mut content = vec![start..end];
            // "The plan, he said, is dead": the clause goes on after the frame.
            if resumes {
                content.extend(content_ranges(ctx, tail_end + 1, se));
            }
            (content, false)
        }
    };
    if content.is_empty() {
        return None;
    }
    let confidence = if quoted { 0.9 } else { 0.75 };
    let frame = Frame {
        cue: cue.group.clone(),
        source: Some(source),
        content,
        confidence,
        needs_subject: false,
        continues_at: quoted.then_some(tail_end),
    };
    Some((frame, strong))
}

/// What precedes a postposed frame.
pub(super) enum Boundary<'a> {
    /// A closing quotation mark: the quotation is the content.
    Quote(&'a ascribe_text::Quote),
    /// A comma: the clause before it is the content.
    Comma(usize),
}

/// The boundary right before token `at` (the first token of the frame).
pub(super) fn boundary_at<'a>(ctx: &Ctx<'a>, at: usize, ss: usize) -> Option<Boundary<'a>> {
    let b = at.checked_sub(1)?;
    if !ctx.same_paragraph(b, at) {
        return None;
    }
    if b < ss {
        // The frame opens its sentence: only a quotation that ends the previous sentence can be its content.
        return ctx
            .quote_closed_at(b)
            .filter(|q| q.depth == 0)
            .map(Boundary::Quote);
    }
    if let Some(q) = ctx.quote_closed_at(b) {
        return (q.depth == 0).then_some(Boundary::Quote(q));
    }
    if matches!(ctx.w(b), "," | "—" | "–" | "--") {
        // “…”, he said (comma outside the marks).
        if let Some(q) = ctx.quote_closed_at(b.wrapping_sub(1)) {
            return (q.depth == 0).then_some(Boundary::Quote(q));
        }
        return (b > ss).then_some(Boundary::Comma(b));
    }
    None
}

/// Checks what follows a postposed frame and returns where a continuation
/// may start: nothing, an adjunct ("on Monday", "in an interview"), or a comma.
pub(super) fn tail(ctx: &Ctx, after: usize, se: usize) -> Option<usize> {
    if after >= se {
        return Some(after);
    }
    let w = ctx.w(after);
    if matches!(w, "." | "!" | "?" | "," | ";" | "—" | "–" | "--" | ")") {
        return Some(after);
    }
    if !(opens_adjunct(w) || ctx.is_cap(after) || ctx.is_number(after) || w == "(") {
        return None;
    }
    // "continued to portray …" is an infinitive, not "said to reporters".
    if w == "to"
        && !(is_determiner(ctx.w(after + 1))
            || ctx.is_cap(after + 1)
            || is_object_pronoun(ctx.w(after + 1)))
    {
        return None;
    }
    let hi = se.min(after + MAX_TAIL);
    let mut k = after;
    while k < hi {
        let w = ctx.w(k);
        if matches!(w, "." | "!" | "?" | "," | ";" | "—" | "–" | "--") {
            return Some(k);
        }
        if w == "that" || w == ":" {
            return None;
        }
        if let Some(q) = ctx.quote_opened_at(k) {
            // A short quoted title inside the adjunct ("on NBC’s “Meet the Press.”").
            if k == after || q.fragments.len() != 1 || q.inner().len() > 8 {
                return None;
            }
            k = ctx.after_quote(q);
            continue;
        }
        if ctx.is_word(k) && !ctx.is_cap(k) && lexicon::cue_lemma(w).is_some() && is_speech_form(w)
        {
            return None;
        }
        k += 1;
    }
    (k >= se).then_some(se)
}

/// Whether the words at `at` continue a clause interrupted by a frame
/// rather than start a new element (a quotation, another cue, "according to").
pub(super) fn resumes_clause(ctx: &Ctx, at: usize) -> bool {
    let w = ctx.w(at);
    ctx.is_word(at)
        && ctx.quote_opened_at(at).is_none()
        && !(w.ends_with("ing") && lexicon::cue_lemma(w).is_some())
        && !matches!(w, "according" | "who" | "which" | "adding" | "and" | "but")
}

/// A cue form that would head a clause of its own in a tail.
pub(super) fn is_speech_form(w: &str) -> bool {
    lexicon::is_speech_verb(w) && !w.ends_with("ing")
}

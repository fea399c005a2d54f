//! Preposed frames: the source and cue come first ("Smith said that …",
//! "Smith told reporters: “…”", "It is said that …").

use super::*;

/// Lemmas that take "to X" as the addressee ("wrote to Mrs. Clinton that …").
fn addressed_with_to(lemma: &str) -> bool {
    matches!(
        lemma,
        "write"
            | "say"
            | "explain"
            | "complain"
            | "announce"
            | "confess"
            | "admit"
            | "report"
            | "reply"
            | "respond"
            | "tweet"
            | "post"
    )
}

/// "Smith said (that) …", "Smith told reporters …", "Smith said: “…”".
pub(super) fn preposed(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
    let manner_only = cue.is(CueClass::Manner)
        && !cue.is(CueClass::Speech)
        && !cue.is(CueClass::Cognition)
        && !cue.is(CueClass::Intention);
    // "tweets denouncing …", "voters saying …": a bare participle after a
    // noun is a modifier more often than a report.
    let bare_participle = ctx.w(cue.head).ends_with("ing")
        && cue.group.start == cue.head
        && !matches!(
            ctx.w(cue.head.wrapping_sub(1)),
            "," | "and" | "but" | "—" | "–" | "by" | "while" | "after" | "before" | "when"
        );
    if manner_only || bare_participle {
        return None;
    }
    let passive = is_passive(ctx, cue);
    let start = content_start(ctx, cue, passive);
    let content = preposed_content(ctx, cue, &start)?;
    let first = content.ranges.first()?.start;
    let words = ctx.words_in(&content.ranges);
    if words == 0 || !content.quoted && words < 2 {
        return None;
    }
    let passive_infinitive = passive && ctx.w(first) == "to";
    if !content.quoted
        && !start.colon
        && !passive_infinitive
        && ctx.quote_opened_at(first).is_none()
        && !accepts_content(ctx, cue, first)
    {
        return None;
    }
    let mut ranges = content.ranges;
    if passive {
        // No source but the agent ("was asked by X"); "Sanders is expected
        // to win": the subject is part of what is expected. "It is said
        // that …": the empty "it" is neither.
        if passive_infinitive {
            let subject = np::before(ctx, cue.group.start, cue.sentence.start)
                .filter(|s| !(s.len() == 1 && matches!(ctx.w(s.start), "it" | "who" | "which")));
            if let Some(s) = subject {
                ranges.insert(0, s);
            }
        }
        return Some(Frame {
            cue: cue.group.clone(),
            source: start.agent,
            content: ranges,
            confidence: 0.5,
            needs_subject: false,
            continues_at: content.continues_at,
        });
    }
    let mut confidence = if content.quoted { 0.85 } else { 0.7 };
    let source = subject(ctx, cue);
    if source.as_ref().is_some_and(|src| {
        // "a website called …": a participle modifying a noun.
        cue.lemma == "call" && !ctx.is_cap(src.start) && !is_personal_pronoun(ctx.w(src.start))
    }) {
        return None;
    }
    let mut needs_subject = false;
    if source.is_none() {
        // "…, saying that …" and "… and said …" take the subject of the
        // clause (filled in later); other subjectless cues are not frames.
        let prev = ctx.w(cue.group.start.wrapping_sub(1));
        let gerund = ctx.w(cue.head).ends_with("ing");
        if !(prev == "," && gerund || matches!(prev, "and" | "but")) {
            return None;
        }
        needs_subject = true;
        confidence -= 0.2;
    }
    if !cue.is(CueClass::Speech) {
        confidence -= 0.15;
    }
    Some(Frame {
        cue: cue.group.clone(),
        source,
        content: ranges,
        confidence,
        needs_subject,
        continues_at: content.continues_at,
    })
}

/// Where the content of a preposed frame begins.
struct ContentStart {
    /// First token after the cue, the addressee and adjuncts.
    at: usize,
    /// A colon introduced the content ("said: …").
    colon: bool,
    /// The agent of a passive cue ("asked by *Ingraham*").
    agent: Option<Range<usize>>,
}

/// Skips what sits between the cue and its content: the agent of a passive,
/// the addressee ("told *reporters* that"), adjuncts before a `that` or a
/// quotation ("said *on Monday* that"), and a colon or comma before a quotation.
fn content_start(ctx: &Ctx, cue: &Cue, passive: bool) -> ContentStart {
    let se = cue.sentence.end;
    let mut j = cue.group.end;
    let mut agent = None;
    if passive && ctx.w(j) == "by" {
        if let Some(np) = np::after(ctx, j + 1, se, true) {
            j = np.end;
            agent = Some(np);
        }
    }
    if takes_recipient(cue.lemma) {
        let next = ctx.w(j);
        if !opens_clause(next) && next != ":" && ctx.quote_opened_at(j).is_none() {
            if let Some(r) = np::after(ctx, j, se, false) {
                j = r.end;
            }
        }
    }
    if ctx.w(j) == "to" && addressed_with_to(cue.lemma) {
        if let Some(r) = np::after(ctx, j + 1, se, false) {
            j = r.end;
        }
    }
    if let Some(t) = that_after_adjunct(ctx, j, se) {
        j = t;
    }
    let mut colon = false;
    if ctx.w(j) == ":" {
        colon = true;
        j += 1;
    } else if ctx.w(j) == "," && ctx.quote_opened_at(j + 1).is_some() {
        j += 1;
    }
    ContentStart {
        at: j,
        colon,
        agent,
    }
}

/// The content of a preposed frame.
struct Content {
    ranges: Vec<Range<usize>>,
    /// Where a continuation quotation may begin (direct contents only).
    continues_at: Option<usize>,
    /// The content is a quotation.
    quoted: bool,
}

/// Reads the content from `start`: a quotation (possibly over several
/// paragraphs, or followed by more words: a mixed content), a noun phrase
/// for cues like "called", or the rest of the clause.
fn preposed_content(ctx: &Ctx, cue: &Cue, start: &ContentStart) -> Option<Content> {
    let se = cue.sentence.end;
    let j = start.at;
    if j >= se {
        // "He added:" closing a paragraph introduces the quotation that follows.
        if !start.colon {
            return None;
        }
        let q = next_paragraph_quote(ctx, j)?;
        return Some(Content {
            ranges: q.fragments.clone(),
            continues_at: Some(ctx.after_quote(q)),
            quoted: true,
        });
    }
    if let Some(q) = ctx.quote_opened_at(j) {
        let after = ctx.after_quote(q);
        // “…,” closes the content: what follows is another clause.
        let comma_inside = q
            .fragments
            .last()
            .is_some_and(|r| r.end > r.start && ctx.w(r.end - 1) == ",");
        let sentence_goes_on = ctx.same_paragraph(after, q.close)
            && ctx.sentence_index(after) == ctx.sentence_index(q.close)
            && ctx.is_word(after)
            && !comma_inside;
        if sentence_goes_on && q.fragments.len() == 1 {
            // Mixed: “…” and more: the content runs to the end of the sentence.
            let end = content_end(ctx, j, ctx.sentence_of(after).end);
            return Some(Content {
                ranges: vec![j..end],
                continues_at: None,
                quoted: false,
            });
        }
        return Some(Content {
            ranges: q.fragments.clone(),
            continues_at: Some(after),
            quoted: true,
        });
    }
    // "called Cruz the “ultimate hypocrite,” linking to …": a noun-phrase
    // content ends at the first comma, and so does a fronted subordinate clause.
    let noun_phrase = cue.is(CueClass::Object) && !cue.is(CueClass::Speech);
    let subordinate = (cue.sentence.start..cue.group.start)
        .take(3)
        .any(|k| is_subordinator(ctx.w(k)));
    let end = if noun_phrase || subordinate {
        let hi = se.min(j + MAX_CONTENT);
        (j..hi)
            .find(|&k| ctx.w(k) == "," && ctx.depth(k) == 0)
            .unwrap_or(se)
    } else {
        se
    };
    Some(Content {
        ranges: content_ranges(ctx, j, end),
        continues_at: None,
        quoted: false,
    })
}

/// The subject right before the verb group, or before an adjunct there
/// ("Jeb Bush *in a Medium post* said", "Trump *on Monday* said").
fn subject(ctx: &Ctx, cue: &Cue) -> Option<Range<usize>> {
    let source = np::before(ctx, cue.group.start, cue.sentence.start);
    let adjunct_end = source.as_ref().map_or(cue.group.start, |s| s.start);
    if let Some(s) = np::before_adjunct(ctx, adjunct_end, cue.sentence.start) {
        // Prefer it over a common noun or a noun inside a prepositional phrase.
        let weak = source.as_ref().is_none_or(|src| {
            !ctx.is_cap(src.start) && !is_personal_pronoun(ctx.w(src.start))
                || src.start > 0 && is_preposition(ctx.w(src.start - 1))
        });
        if weak {
            return Some(s);
        }
    }
    source
}

//! Preposed frames: the source and cue come first ("Smith said that …",
//! "Smith told reporters: “…”").

use super::*;

/// "Smith said (that) …", "Smith told reporters …", "Smith said: “…”".
pub(super) fn preposed(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
    let se = cue.sentence.end;
    let manner_only = cue.is(CueClass::Manner)
        && !cue.is(CueClass::Speech)
        && !cue.is(CueClass::Cognition)
        && !cue.is(CueClass::Intention);
    if manner_only {
        return None;
    }
    // "tweets denouncing …", "voters saying …": a bare participle after a
    // noun is a modifier more often than a report.
    let bare_participle = ctx.w(cue.head).ends_with("ing")
        && cue.group.start == cue.head
        && !matches!(
            ctx.w(cue.head.wrapping_sub(1)),
            "," | "and" | "but" | "—" | "–" | "by" | "while" | "after" | "before" | "when"
        );
    if bare_participle {
        return None;
    }
    let mut j = cue.group.end;
    // "was asked by X", "is expected to": passive cues.
    let passive = is_passive(ctx, cue);
    let mut agent = None;
    if passive && ctx.w(j) == "by" {
        if let Some(np) = np::after(ctx, j + 1, se, true) {
            j = np.end;
            agent = Some(np);
        }
    }
    // The addressee is not content: "told reporters (that) …".
    if takes_recipient(cue.lemma) {
        let next = ctx.w(j);
        if !opens_clause(next) && next != ":" && ctx.quote_opened_at(j).is_none() {
            if let Some(r) = np::after(ctx, j, se, false) {
                j = r.end;
            }
        }
    }
    // "wrote to Mrs. Clinton that …", "said to reporters that …".
    if ctx.w(j) == "to"
        && matches!(
            cue.lemma,
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
    {
        if let Some(r) = np::after(ctx, j + 1, se, false) {
            j = r.end;
        }
    }
    // Adjuncts before a `that`: "said on Monday that", "told CNN’s Jake Tapper that".
    if let Some(t) = that_after_adjunct(ctx, j, se) {
        j = t;
    }
    // Optional colon or comma before a quotation.
    let mut colon = false;
    if ctx.w(j) == ":" {
        colon = true;
        j += 1;
    } else if ctx.w(j) == "," && ctx.quote_opened_at(j + 1).is_some() {
        j += 1;
    }
    let (content, continues_at, quoted) = if j >= se {
        // "He added:" closing a paragraph introduces the quotation that follows.
        if !colon {
            return None;
        }
        let q = next_paragraph_quote(ctx, j)?;
        (q.fragments.clone(), Some(ctx.after_quote(q)), true)
    } else if let Some(q) = ctx.quote_opened_at(j) {
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
            (vec![j..end], None, false)
        } else {
            (q.fragments.clone(), Some(after), true)
        }
    } else if cue.is(CueClass::Object) && !cue.is(CueClass::Speech) {
        // "called Cruz the “ultimate hypocrite,” linking to …": a noun-phrase
        // content ends at the first comma.
        let hi = se.min(j + MAX_CONTENT);
        let end = (j..hi)
            .find(|&k| ctx.w(k) == "," && ctx.depth(k) == 0)
            .map_or(se, |k| k);
        (content_ranges(ctx, j, end), None, false)
    } else {
        // "When Trump announced his run, he …": a fronted subordinate clause ends at its comma.
        let subordinate = (cue.sentence.start..cue.group.start).take(3).any(|k| {
            matches!(
                ctx.w(k),
                "when"
                    | "while"
                    | "after"
                    | "although"
                    | "though"
                    | "because"
                    | "since"
                    | "before"
                    | "if"
                    | "once"
                    | "as"
                    | "until"
                    | "whereas"
            )
        });
        let end = if subordinate {
            let hi = se.min(j + MAX_CONTENT);
            (j..hi)
                .find(|&k| ctx.w(k) == "," && ctx.depth(k) == 0)
                .unwrap_or(se)
        } else {
            se
        };
        (content_ranges(ctx, j, end), None, false)
    };
    let first = content.first()?.start;
    let words: usize = content.iter().map(|r| ctx.word_count(r.clone())).sum();
    if words == 0 || !quoted && words < 2 {
        return None;
    }
    let passive_infinitive = passive && ctx.w(first) == "to";
    if !quoted
        && !colon
        && !passive_infinitive
        && ctx.quote_opened_at(first).is_none()
        && !accepts_content(ctx, cue, first)
    {
        return None;
    }
    if passive {
        // No source but the agent; "Sanders is expected to win": the subject
        // is part of what is expected.
        let mut content = content;
        if passive_infinitive {
            let subject = np::before(ctx, cue.group.start, cue.sentence.start)
                .filter(|s| !(s.len() == 1 && matches!(ctx.w(s.start), "it" | "who" | "which")));
            if let Some(s) = subject {
                content.insert(0, s);
            }
        }
        return Some(Frame {
            cue: cue.group.clone(),
            source: agent,
            content,
            confidence: 0.5,
            needs_subject: false,
            continues_at,
        });
    }
    let mut confidence = if quoted { 0.85 } else { 0.7 };
    // The source: the subject right before the verb group.
    let mut needs_subject = false;
    let mut source = np::before(ctx, cue.group.start, cue.sentence.start);
    // "Jeb Bush in a Medium post said", "Trump on Monday said": the subject
    // sits before an adjunct.
    let adjunct_end = source.as_ref().map_or(cue.group.start, |s| s.start);
    if let Some(s) = np::before_adjunct(ctx, adjunct_end, cue.sentence.start) {
        let weak = source.as_ref().is_none_or(|src| {
            !ctx.is_cap(src.start) && !is_personal_pronoun(ctx.w(src.start))
                || src.start > 0 && is_preposition(ctx.w(src.start - 1))
        });
        if weak {
            source = Some(s);
        }
    }
    if let Some(src) = source.clone() {
        // "It is said that …": an empty pronoun is no source.
        if src.len() == 1
            && ctx.w(src.start) == "it"
            && (cue.group.start..cue.head).any(|i| is_be(ctx.w(i)))
        {
            source = None;
        }
        // "a website called …": a participle modifying a noun.
        if cue.lemma == "call" && !ctx.is_cap(src.start) && !is_personal_pronoun(ctx.w(src.start)) {
            return None;
        }
    } else {
        let prev = ctx.w(cue.group.start.wrapping_sub(1));
        let gerund = ctx.w(cue.head).ends_with("ing");
        let passive = (cue.group.start..cue.head).any(|i| is_be(ctx.w(i)));
        if (prev == "," && gerund) || matches!(prev, "and" | "but") {
            needs_subject = true;
        } else if !(passive && ctx.w(first) == "that") {
            return None;
        }
        confidence -= 0.2;
    }
    if !cue.is(CueClass::Speech) {
        confidence -= 0.15;
    }
    Some(Frame {
        cue: cue.group.clone(),
        source,
        content,
        confidence,
        needs_subject,
        continues_at,
    })
}

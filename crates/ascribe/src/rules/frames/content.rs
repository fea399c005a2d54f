//! Where a content starts and ends, and which contents suit which cue.

use super::*;

/// Whether the first content token suits the cue's class.
pub(super) fn accepts_content(ctx: &Ctx, cue: &Cue, first: usize) -> bool {
    let f = ctx.w(first);
    // "that night" is an adjunct, not a complementizer.
    let that_adjunct = f == "that"
        && (is_time_word(ctx.w(first + 1)) || matches!(ctx.w(first + 1), "day" | "time" | "point"));
    let clause_word = !that_adjunct
        && matches!(
            f,
            "that" | "whether" | "if" | "how" | "what" | "why" | "when" | "who" | "where"
        );
    if that_adjunct {
        return false;
    }
    let clause_like = clause_word
        || is_subject_pronoun(f)
        || is_determiner(f)
        || ctx.is_cap(first)
        || ctx.is_number(first)
        || matches!(
            f,
            "there" | "this" | "those" | "these" | "none" | "nothing" | "everything" | "something"
        );
    if f == "to" {
        return takes_infinitive(cue.lemma);
    }
    if is_preposition(f) || is_auxiliary(f) || is_conjunction(f) && !clause_word {
        return matches!(
            (cue.lemma, f),
            (
                "ask" | "call" | "warn" | "complain" | "talk" | "speak",
                "about" | "for" | "of"
            )
        );
    }
    if !ctx.is_word(first) && ctx.quote_opened_at(first).is_none() {
        return false;
    }
    if cue.is(CueClass::Speech) {
        // "said in an interview airing Sunday": a participle after an adjunct
        // is no clause; right after the verb it is ("said allowing it …").
        let participle = f.ends_with("ing") || f.ends_with("ed");
        return first == cue.head + 1 || ctx.is_cap(first) || !participle || clause_like;
    }
    if cue.is(CueClass::Cognition) {
        return clause_like;
    }
    if cue.is(CueClass::Intention) {
        return clause_word
            || matches!(cue.lemma, "hope" | "expect" | "fear" | "wish" | "prefer") && clause_like;
    }
    if cue.is(CueClass::Evidence) {
        // "The poll shows Cruz falling": polls and reports state their findings bare.
        return clause_word || clause_like && artifact_source(ctx, cue);
    }
    if cue.is(CueClass::Object) {
        return clause_like || ctx.is_word(first) && !is_np_stop(f);
    }
    false
}

/// Whether the word before the verb group is a poll, report or similar
/// artifact ("The latest poll shows …").
pub(super) fn artifact_source(ctx: &Ctx, cue: &Cue) -> bool {
    let w = ctx.w(cue.group.start.wrapping_sub(1));
    matches!(
        w,
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "surveys"
            | "study"
            | "studies"
            | "report"
            | "reports"
            | "data"
            | "analysis"
            | "research"
            | "numbers"
            | "figures"
            | "records"
            | "documents"
            | "memo"
            | "review"
            | "audit"
            | "investigation"
            | "probe"
            | "results"
            | "statistics"
            | "estimates"
            | "evidence"
            | "emails"
            | "letter"
            | "filing"
            | "filings"
            | "tally"
            | "count"
            | "census"
            | "models"
            | "forecast"
            | "average"
    )
}

/// The token of a `that` reached over a short adjunct after the cue
/// ("said *on Monday* that", "told CNN *in an interview* that").
pub(super) fn that_after_adjunct(ctx: &Ctx, from: usize, se: usize) -> Option<usize> {
    let first = ctx.w(from);
    // ", however, that" but not ", a debate that".
    let parenthetical = first == "," && opens_adjunct(ctx.w(from + 1));
    if first == "that" || !(opens_adjunct(first) || parenthetical || ctx.is_cap(from)) {
        return None;
    }
    let hi = se.min(from + THAT_WINDOW);
    for k in from..hi {
        let w = ctx.w(k);
        if w == "that" {
            return (k > from).then_some(k);
        }
        // "said last week in Tel Aviv, “…”": the quotation after the adjunct.
        if k > from && matches!(w, "," | ":") && ctx.quote_opened_at(k + 1).is_some() {
            return Some(k);
        }
        let ok = ctx.is_word(k) && lexicon::cue_lemma(w).is_none()
            || matches!(w, "," | "’s" | "'s" | "-");
        if !ok {
            return None;
        }
    }
    None
}

/// The content after a preposed cue: from `start` to the end of the clause.
pub(super) fn content_ranges(ctx: &Ctx, start: usize, se: usize) -> Vec<Range<usize>> {
    let end = content_end(ctx, start, se);
    if end <= start {
        return Vec::new();
    }
    // A quotation opened inside the content runs to its close even when the
    // sentence splitter cut inside it.
    let last = end - 1;
    if ctx.depth(last) > 0 {
        let opened_inside = (start..end)
            .rev()
            .take(MAX_CONTENT)
            .find_map(|i| ctx.quote_opened_at(i).filter(|q| q.close >= end));
        if let Some(q) = opened_inside {
            let mut out = vec![start..q.fragments.first().map_or(end, |f| f.end.max(end))];
            out.extend(q.fragments.iter().skip(1).cloned());
            return out;
        }
    }
    vec![start..end]
}

/// End (exclusive) of a content starting at `start` in a sentence ending at
/// `se`: stops before a following frame (", adding …", ", according to …",
/// "; …") and drops final punctuation.
pub(super) fn content_end(ctx: &Ctx, start: usize, se: usize) -> usize {
    let hi = se.min(start + MAX_CONTENT);
    let mut end = hi;
    for k in start..hi {
        let w = ctx.w(k);
        if w == ";" && ctx.depth(k) == 0 {
            end = k;
            break;
        }
        if ctx.depth(k) != 0 {
            continue;
        }
        if w == "," {
            let next = ctx.w(k + 1);
            // ", adding …", ", meaning that …", ", but …", ", according to …":
            // what follows is the writer's or another frame's, not the content.
            let participle = next.ends_with("ing") && next.len() > 5 && !ctx.is_cap(k + 1);
            if participle
                || matches!(
                    next,
                    "according" | "but" | "however" | "though" | "although" | "while" | "whereas"
                )
            {
                end = k;
                break;
            }
        }
        // "(the existence of which, many say, …)": an aside of the writer.
        if w == "(" && k > start + 2 {
            end = k;
            break;
        }
        // A sentence end the splitter missed before an opening quotation.
        if matches!(w, "." | "!" | "?") && k > start && ctx.quote_opened_at(k + 1).is_some() {
            end = k;
            break;
        }
        // "… and Clinton said …": another clause with its own speaker.
        if matches!(w, "and" | "but" | "while" | "whereas")
            && k > start
            && starts_speaker_clause(ctx, k + 1, hi)
        {
            end = k;
            break;
        }
        // "… and said she would …": the subject's next act, not more content.
        if w == "and" && k > start + 2 {
            let next = ctx.w(k + 1);
            let verb = lexicon::cue_lemma(next).is_some()
                && !next.ends_with("ing")
                && !next.ends_with('s')
                || (next.ends_with("ed") && !ctx.is_cap(k + 1));
            if verb {
                end = k;
                break;
            }
        }
    }
    while end > start && is_trailing_punct(ctx.w(end - 1)) {
        end -= 1;
    }
    end
}

/// Whether a subject and a verb of saying start at `at` ("he said", "Smith argued").
pub(super) fn starts_speaker_clause(ctx: &Ctx, at: usize, hi: usize) -> bool {
    let Some(np) = np::after(ctx, at, hi, false) else {
        return false;
    };
    let mut v = np.end;
    while v < hi && (is_auxiliary(ctx.w(v)) || is_verb_adverb(ctx.w(v))) {
        v += 1;
    }
    let w = ctx.w(v);
    let subject_like = ctx.is_cap(np.start)
        || is_personal_pronoun(ctx.w(np.start))
        || is_determiner(ctx.w(np.start));
    subject_like && lexicon::is_speech_verb(w) && !w.ends_with("ing")
}

/// The quotation that opens the paragraph after token `at`'s paragraph.
pub(super) fn next_paragraph_quote<'a>(
    ctx: &Ctx<'a>,
    at: usize,
) -> Option<&'a ascribe_text::Quote> {
    let para = ctx.paragraph_of(at.saturating_sub(1));
    let next = para.end;
    ctx.quote_opened_at(next).filter(|q| q.depth == 0)
}

//! Noun phrases without a tagger: runs of capitalized words, titles and
//! lowercase nominals, bounded by determiners, closed-class words and
//! punctuation. Good enough to find who is speaking next to a cue.

use super::words::*;
use super::Ctx;
use crate::lexicon;
use std::ops::Range;

/// Longest noun phrase the scans consider, in tokens.
const MAX_NP: usize = 14;
/// Longest apposition or relative clause kept in a source, in tokens.
const MAX_APPOSITION: usize = 30;

/// Lowercase words that look like verb forms rather than nouns ("embattled",
/// "running"): they end a noun phrase scan.
fn looks_verbal(w: &str) -> bool {
    let n = w.chars().count();
    (n > 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "red" | "bed" | "speed" | "creed" | "seed" | "need" | "feed"
        ))
        || (n > 5
            && w.ends_with("ing")
            && !matches!(w, "king" | "spring" | "wing" | "ring" | "thing" | "string"))
}

/// Whether token `i` can be part of a noun phrase as a content word.
fn is_nominal(ctx: &Ctx, i: usize) -> bool {
    if !ctx.is_word(i) {
        return false;
    }
    let w = ctx.w(i);
    if ctx.is_cap(i) || ctx.is_number(i) {
        // Capitalized function words at a sentence start ("But", "The") are not names.
        return !is_np_stop(w) || is_determiner(w);
    }
    !is_np_stop(w) && lexicon::cue_lemma(w).is_none() && !looks_verbal(w)
}

/// A subject before a short adjunct that ends at `end`: "Jeb Bush *in a
/// Medium post*", "Trump *on Monday*". Only names and pronouns qualify, so an
/// ordinary noun before a preposition is not taken for a subject.
pub fn before_adjunct(ctx: &Ctx, end: usize, floor: usize) -> Option<Range<usize>> {
    let lo = floor.max(end.saturating_sub(7));
    let mut k = end;
    while k > lo {
        k -= 1;
        let w = ctx.w(k);
        if !ctx.is_word(k) && !ctx.is_possessive_mark(k) {
            return None;
        }
        if matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "via"
                | "through"
                | "over"
                | "last"
                | "earlier"
                | "later"
                | "this"
        ) {
            let np = head_before(ctx, k, floor)?;
            let first = ctx.w(np.start);
            return (ctx.is_cap(np.start) && !is_time_word(first) || is_personal_pronoun(first))
                .then_some(np);
        }
    }
    None
}

/// The subject noun phrase ending right before `end`, not reaching before
/// `floor`. Includes an apposition or relative clause set off by commas
/// ("Annie Machon, a former officer,"), as PolNeAR sources usually do.
pub fn before(ctx: &Ctx, end: usize, floor: usize) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    if ctx.w(end - 1) == "," {
        return apposed(ctx, end - 1, floor);
    }
    head_before(ctx, end, floor)
}

/// The noun phrase ending right before `end` (no apposition).
pub fn head_before(ctx: &Ctx, end: usize, floor: usize) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    let last = end - 1;
    // "Dick Durbin (D-Ill.)": a parenthetical after a name belongs to it.
    if ctx.w(last) == ")" {
        let lo = floor.max(last.saturating_sub(8));
        let open = (lo..last).rev().find(|&k| ctx.w(k) == "(")?;
        let head = head_before(ctx, open, floor)?;
        return Some(head.start..end);
    }
    if is_personal_pronoun(ctx.w(last))
        || is_subject_pronoun(ctx.w(last)) && !ctx.is_word(last.wrapping_sub(1))
    {
        return Some(last..end);
    }
    let lo = floor.max(end.saturating_sub(MAX_NP));
    let mut start = end;
    let mut j = end;
    while j > lo {
        let i = j - 1;
        let w = ctx.w(i);
        if ctx.is_possessive_mark(i) && start < end {
            start = i;
            j = i;
            continue;
        }
        if !ctx.is_word(i) {
            // Hyphenated and ampersand names: "Hewlett-Packard", "AT&T".
            if matches!(w, "&") && start < end {
                j = i;
                continue;
            }
            break;
        }
        if is_determiner(w) || is_possessive(w) {
            start = i;
            break;
        }
        if matches!(w, "and" | "of" | "for" | "at" | "from") && start < end {
            // "Google and Yahoo", "the head of the agency": keep going when a
            // noun comes before (a name, for "and": "a photo and Clinton" are
            // two clauses); the loop stops otherwise.
            let joins = i > lo
                && if w == "and" {
                    ctx.is_cap(i - 1)
                } else {
                    is_nominal(ctx, i - 1)
                };
            if joins {
                j = i;
                continue;
            }
            break;
        }
        if !is_nominal(ctx, i) {
            break;
        }
        start = i;
        j = i;
    }
    // A phrase does not start with a connective or a possessive mark.
    while start < end
        && (matches!(ctx.w(start), "and" | "of" | "for" | "at" | "from" | "&")
            || ctx.is_possessive_mark(start))
    {
        start += 1;
    }
    (start < end && (start..end).any(|i| ctx.is_word(i))).then_some(start..end)
}

/// "Head, apposition," before the cue: the comma at `comma` closes a
/// parenthetical that began at an earlier comma.
fn apposed(ctx: &Ctx, comma: usize, floor: usize) -> Option<Range<usize>> {
    let lo = floor.max(comma.saturating_sub(MAX_APPOSITION));
    let mut k = comma;
    let mut first = None;
    while k > lo {
        k -= 1;
        match ctx.w(k) {
            "," => {
                first = Some(k);
                break;
            }
            ";" | ":" | "(" | ")" | "." | "!" | "?" => return None,
            _ if ctx.layout.marks.get(k).copied().flatten().is_some()
                && !ctx.is_possessive_mark(k) =>
            {
                return None
            }
            _ => {}
        }
    }
    let first = first?;
    if first + 1 >= comma {
        return None;
    }
    let head = head_before(ctx, first, floor)?;
    let m = first + 1;
    let mw = ctx.w(m);
    // "Trump, speaking in Ohio, said": a participle phrase describes the act, not the speaker.
    if !ctx.is_cap(m) && looks_verbal(mw) {
        return Some(head);
    }
    let appositive = is_determiner(mw)
        || matches!(
            mw,
            "who" | "whose" | "which" | "former" | "then" | "senior" | "chief" | "both" | "now"
        )
        || ctx.is_cap(m)
        || ctx.is_number(m)
        || ctx.is_possessive_mark(m + 1);
    if appositive {
        Some(head.start..comma + 1)
    } else {
        Some(head)
    }
}

/// A noun phrase starting at `start` (an inverted source "said *Smith*", a
/// recipient "told *reporters*", the source after "according to"), not
/// reaching `limit`. `with_pp` lets it take "of/for/at" modifiers
/// ("Ben Cardin of Maryland").
pub fn after(ctx: &Ctx, start: usize, limit: usize, with_pp: bool) -> Option<Range<usize>> {
    let hi = limit.min(start.saturating_add(MAX_NP)).min(ctx.len());
    if start >= hi {
        return None;
    }
    let first = ctx.w(start);
    if is_personal_pronoun(first) || is_object_pronoun(first) && !is_possessive(first) {
        return Some(start..start + 1);
    }
    let mut j = start;
    let mut end = start;
    let mut saw_lower_noun = false;
    while j < hi {
        let w = ctx.w(j);
        if ctx.is_possessive_mark(j) && end > start {
            j += 1;
            end = j;
            continue;
        }
        if !ctx.is_word(j) {
            break;
        }
        if is_determiner(w) || is_possessive(w) {
            let after_pp = j > start && matches!(ctx.w(j - 1), "of" | "for" | "at" | "and");
            if j > start && !after_pp {
                break;
            }
            j += 1;
            continue;
        }
        if with_pp && matches!(w, "of" | "for" | "at" | "and") && end > start {
            if j + 1 < hi && (is_nominal(ctx, j + 1) || is_determiner(ctx.w(j + 1))) {
                j += 1;
                continue;
            }
            break;
        }
        if !is_nominal(ctx, j) {
            break;
        }
        // "told reporters Trump is …": a name after a common noun starts the content.
        if !with_pp
            && ctx.is_cap(j)
            && saw_lower_noun
            && !matches!(ctx.w(j - 1), "of" | "for" | "at" | "and")
        {
            break;
        }
        if !ctx.is_cap(j) && !ctx.is_number(j) {
            saw_lower_noun = true;
        }
        j += 1;
        end = j;
    }
    (end > start).then_some(start..end)
}

/// An inverted source with its apposition: "said *Patti Doyle, a former
/// campaign manager*." runs to the end of the clause.
pub fn inverted_source(ctx: &Ctx, start: usize, limit: usize) -> Option<Range<usize>> {
    let mut head = after(ctx, start, limit, true)?;
    // "Harry Reid (D-Nev.)"
    if ctx.w(head.end) == "(" {
        let hi = limit.min(head.end + 8);
        if let Some(close) = (head.end..hi).find(|&k| ctx.w(k) == ")") {
            head = head.start..close + 1;
        }
    }
    if ctx.w(head.end) != "," {
        return Some(head);
    }
    // Apposition: up to the sentence end, or a comma that opens a quote or a new frame.
    let hi = limit.min(head.end + MAX_APPOSITION);
    let mut end = head.end;
    let mut j = head.end;
    while j < hi {
        let w = ctx.w(j);
        if ctx
            .layout
            .marks
            .get(j)
            .copied()
            .flatten()
            .is_some_and(|m| m != ascribe_text::MarkRole::Apostrophe)
        {
            break;
        }
        if w == "," {
            let next = ctx.w(j + 1);
            let opens_quote = ctx.quote_opened_at(j + 1).is_some();
            let new_frame = lexicon::cue_lemma(next).is_some() && next.ends_with("ing");
            if opens_quote || new_frame || next == "according" {
                break;
            }
        }
        if matches!(w, "." | "!" | "?" | ";") {
            break;
        }
        j += 1;
        if ctx.is_word(j - 1) {
            end = j;
        }
    }
    if j >= hi && j < limit {
        // Too long to be an apposition: keep the head only.
        return Some(head);
    }
    Some(head.start..end)
}

/// The noun phrase that opens a sentence, for frames whose cue has no
/// subject of its own ("Trump attacked Clinton, saying …").
pub fn sentence_subject(ctx: &Ctx, sentence: Range<usize>, before: usize) -> Option<Range<usize>> {
    let mut s = sentence.start;
    // Skip an opening adverbial ending in a comma ("On Monday, …").
    let hi = before.min(s + MAX_NP);
    if let Some(c) = (s..hi).find(|&i| ctx.w(i) == ",") {
        if (s..c).all(|i| ctx.is_word(i)) && is_preposition(ctx.w(s)) {
            s = c + 1;
        }
    }
    while s < before && matches!(ctx.w(s), "but" | "and" | "so" | "then" | "still" | "yet") {
        s += 1;
    }
    let np = after(ctx, s, before, true)?;
    // It must be followed by a verb-like word, a modifier ("Republicans on
    // Capitol Hill seized …") or a relative clause ("Sanders, who …, said").
    let next = ctx.w(np.end);
    let relative = next == "," && matches!(ctx.w(np.end + 1), "who" | "which");
    let ok = ctx.is_word(np.end) && !is_conjunction(next) || is_auxiliary(next) || relative;
    ok.then_some(np)
}

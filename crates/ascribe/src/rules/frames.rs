//! Frames: the shapes an attribution takes around its cue.

use super::words::*;
use super::{np, Ctx, Frame};
use crate::lexicon::{self, CueClass};
use std::ops::Range;

/// Longest content a frame takes from one sentence, in tokens. Real
/// sentences are far shorter; the bound keeps pathological input linear.
const MAX_CONTENT: usize = 160;
/// How far after a cue the rules look for its `that`, in tokens.
const THAT_WINDOW: usize = 10;
/// Longest adjunct allowed after a postposed cue ("…, he said at a rally in Iowa on Monday.").
const MAX_TAIL: usize = 14;

/// What the rules know about one cue candidate.
struct Cue {
    /// The cue word (or the first word of a multiword cue).
    head: usize,
    /// Lemma of the cue word, or the multiword cue's first word.
    lemma: &'static str,
    /// The verb group: auxiliaries, adverbs, the verb, particles.
    group: Range<usize>,
    /// Sentence of the cue.
    sentence: Range<usize>,
}

impl Cue {
    fn is(&self, class: CueClass) -> bool {
        lexicon::has_class(self.lemma, class)
    }
}

/// Collects the candidate frames of sentence `s`.
pub(crate) fn sentence_frames(ctx: &Ctx, s: usize, max_cues: usize, out: &mut Vec<Frame>) {
    let Some(sentence) = ctx.layout.sentences.get(s).cloned() else { return };
    let mut seen = 0;
    let mut i = sentence.start;
    while i < sentence.end {
        let Some((lemma, len)) = cue_at(ctx, i, &sentence) else {
            i += 1;
            continue;
        };
        seen += 1;
        if seen > max_cues {
            break;
        }
        if lemma == "according" {
            according(ctx, i, &sentence, out);
        } else {
            let group = verb_group(ctx, i, len, &sentence);
            let cue = Cue { head: i, lemma, group, sentence: sentence.clone() };
            if let Some(f) = postposed(ctx, &cue) {
                out.push(f);
            }
            if let Some(f) = preposed(ctx, &cue) {
                out.push(f);
            }
        }
        i += len.max(1);
    }
}

/// A cue starting at token `i`: its lemma and length in tokens.
fn cue_at(ctx: &Ctx, i: usize, sentence: &Range<usize>) -> Option<(&'static str, usize)> {
    if ctx.depth(i) != 0 || !ctx.is_word(i) {
        return None;
    }
    let w = ctx.w(i);
    let prev = ctx.w(i.wrapping_sub(1));
    let has_prev = i > sentence.start;
    let mut words = [""; 5];
    for (k, slot) in words.iter_mut().enumerate() {
        if i + k < sentence.end {
            *slot = ctx.w(i + k);
        }
    }
    let n = words.iter().take_while(|w| !w.is_empty()).count();
    if w == "according" {
        return (words.get(1) == Some(&"to")).then_some(("according", 2));
    }
    let multi = lexicon::multiword_cue_at(&words[..n]);
    let lemma = lexicon::cue_lemma(w).or_else(|| multi.and_then(|_| helper_lemma(w)))?;
    // A noun, not a verb: "the report", "his claims", "Trump’s call".
    if has_prev && (is_determiner(prev) || ctx.is_possessive_mark(i - 1)) {
        return None;
    }
    // "That said, …" and "having said that".
    if (prev == "that" && w == "said" && !has_prev) || prev == "having" {
        return None;
    }
    // "said in a statement" is a cue of its own; "in a statement" alone is not.
    let len = match multi {
        Some(m) if !words[0].starts_with("in") => m,
        _ => 1,
    };
    Some((lemma, len))
}

/// Lemma for the first word of particle cues that are not cues alone ("pointed out").
fn helper_lemma(w: &str) -> Option<&'static str> {
    Some(match w {
        "point" | "points" | "pointed" | "pointing" => "point",
        "speak" | "speaks" | "spoke" | "speaking" => "speak",
        "talk" | "talks" | "talked" | "talking" => "talk",
        "make" | "makes" | "made" | "making" => "make",
        "refer" | "refers" | "referred" | "referring" => "refer",
        "chime" | "chimes" | "chimed" | "chiming" => "chime",
        "weigh" | "weighs" | "weighed" | "weighing" => "weigh",
        "went" | "go" | "goes" | "going" => "go",
        "push" | "pushes" | "pushed" | "pushing" => "push",
        "lash" | "lashed" | "lashes" | "lashing" => "lash",
        "came" | "come" | "comes" | "coming" => "come",
        "took" | "take" | "takes" | "taking" => "take",
        "sign" | "signed" | "signs" | "signing" => "sign",
        _ => return None,
    })
}

/// The cue's verb group: auxiliaries, negation and adverbs before it
/// ("has also said"), the multiword tail, and "in a statement" after it.
fn verb_group(ctx: &Ctx, head: usize, len: usize, sentence: &Range<usize>) -> Range<usize> {
    let mut start = head;
    while start > sentence.start && start + 6 > head {
        let p = start - 1;
        let w = ctx.w(p);
        let adverb = is_verb_adverb(w) && !ctx.is_cap(p);
        // "he’s said" (has) but not "Trump’s said".
        let aux = is_auxiliary(w) && !(matches!(w, "’s" | "'s") && p > 0 && ctx.is_cap(p - 1));
        if !(adverb || aux) {
            break;
        }
        start = p;
    }
    let mut end = (head + len).min(sentence.end);
    let tail: Vec<&str> = (end..(end + 4).min(sentence.end)).map(|i| ctx.w(i)).collect();
    if matches!(tail.as_slice(), ["in", "a" | "an", "statement" | "interview" | "tweet" | "email" | "op-ed", ..]) {
        end += 3;
    }
    start..end
}

/// Lemmas whose content may be an infinitive ("vowed to fight").
fn takes_infinitive(lemma: &str) -> bool {
    lexicon::has_class(lemma, CueClass::Intention)
        || matches!(
            lemma,
            "promise" | "vow" | "pledge" | "threaten" | "urge" | "ask" | "agree" | "swear" | "claim" | "tell"
                | "warn" | "advise" | "remind" | "order" | "demand" | "call" | "propose" | "appear" | "seem"
        )
}

/// "Smith said (that) …", "Smith told reporters …", "Smith said: “…”".
fn preposed(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
    let se = cue.sentence.end;
    let manner_only = cue.is(CueClass::Manner)
        && !cue.is(CueClass::Speech)
        && !cue.is(CueClass::Cognition)
        && !cue.is(CueClass::Intention);
    if manner_only {
        return None;
    }
    let mut j = cue.group.end;
    // The addressee is not content: "told reporters (that) …".
    if takes_recipient(cue.lemma) {
        let next = ctx.w(j);
        if !opens_clause(next) && next != ":" && ctx.quote_opened_at(j).is_none() {
            if let Some(r) = np::after(ctx, j, se, false) {
                j = r.end;
            }
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
        (q.fragments.clone(), Some(q.close + 1), true)
    } else if let Some(q) = ctx.quote_opened_at(j) {
        let after = q.close + 1;
        let sentence_goes_on = ctx.same_paragraph(after, q.close)
            && ctx.sentence_index(after) == ctx.sentence_index(q.close)
            && ctx.is_word(after);
        if sentence_goes_on && q.fragments.len() == 1 {
            // Mixed: “…” and more: the content runs to the end of the sentence.
            let end = content_end(ctx, j, ctx.sentence_of(after).end);
            (vec![j..end], None, false)
        } else {
            (q.fragments.clone(), Some(after), true)
        }
    } else {
        (content_ranges(ctx, j, se), None, false)
    };
    let first = content.first()?.start;
    let words: usize = content.iter().map(|r| ctx.word_count(r.clone())).sum();
    if words == 0 || !quoted && words < 2 {
        return None;
    }
    if !quoted && !colon && !accepts_content(ctx, cue, first) {
        return None;
    }
    let mut confidence = if quoted { 0.85 } else { 0.7 };
    // The source: the subject right before the verb group.
    let mut needs_subject = false;
    let mut source = np::before(ctx, cue.group.start, cue.sentence.start);
    if let Some(src) = source.clone() {
        // "It is said that …": an empty pronoun is no source.
        if src.len() == 1 && ctx.w(src.start) == "it" && (cue.group.start..cue.head).any(|i| is_be(ctx.w(i))) {
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
        if (prev == "," && gerund) || prev == "and" {
            needs_subject = true;
        } else if !(passive && ctx.w(first) == "that") {
            return None;
        }
        confidence -= 0.2;
    }
    if !cue.is(CueClass::Speech) {
        confidence -= 0.15;
    }
    Some(Frame { cue: cue.group.clone(), source, content, confidence, needs_subject, continues_at })
}

/// Whether the first content token suits the cue's class.
fn accepts_content(ctx: &Ctx, cue: &Cue, first: usize) -> bool {
    let f = ctx.w(first);
    let clause_word = matches!(f, "that" | "whether" | "if" | "how" | "what" | "why" | "when" | "who" | "where");
    let clause_like = clause_word
        || is_subject_pronoun(f)
        || is_determiner(f)
        || ctx.is_cap(first)
        || ctx.is_number(first)
        || matches!(f, "there" | "this" | "those" | "these" | "none" | "nothing" | "everything" | "something");
    if f == "to" {
        return takes_infinitive(cue.lemma);
    }
    if is_preposition(f) || is_auxiliary(f) || is_conjunction(f) && !clause_word {
        return matches!((cue.lemma, f), ("ask" | "call" | "warn" | "complain" | "talk" | "speak", "about" | "for" | "of"));
    }
    if !ctx.is_word(first) && ctx.quote_opened_at(first).is_none() {
        return false;
    }
    if cue.is(CueClass::Speech) {
        return true;
    }
    if cue.is(CueClass::Cognition) {
        return clause_like;
    }
    if cue.is(CueClass::Intention) {
        return clause_word || matches!(cue.lemma, "hope" | "expect" | "fear" | "wish" | "prefer") && clause_like;
    }
    if cue.is(CueClass::Evidence) {
        return clause_word;
    }
    if cue.is(CueClass::Object) {
        return clause_like || ctx.is_word(first) && !is_np_stop(f);
    }
    false
}

/// The token of a `that` reached over a short adjunct after the cue
/// ("said *on Monday* that", "told CNN *in an interview* that").
fn that_after_adjunct(ctx: &Ctx, from: usize, se: usize) -> Option<usize> {
    let first = ctx.w(from);
    if first == "that" || !(opens_adjunct(first) || first == "," || ctx.is_cap(from)) {
        return None;
    }
    let hi = se.min(from + THAT_WINDOW);
    for k in from..hi {
        let w = ctx.w(k);
        if w == "that" {
            return (k > from).then_some(k);
        }
        let ok = ctx.is_word(k) && lexicon::cue_lemma(w).is_none() || matches!(w, "," | "’s" | "'s" | "-");
        if !ok {
            return None;
        }
    }
    None
}

/// The content after a preposed cue: from `start` to the end of the clause.
fn content_ranges(ctx: &Ctx, start: usize, se: usize) -> Vec<Range<usize>> {
    let end = content_end(ctx, start, se);
    if end <= start {
        return Vec::new();
    }
    // A quotation opened inside the content runs to its close even when the
    // sentence splitter cut inside it.
    let last = end - 1;
    if ctx.depth(last) > 0 {
        let opened_inside = (start..end).rev().take(MAX_CONTENT).find_map(|i| ctx.quote_opened_at(i).filter(|q| q.close >= end));
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
fn content_end(ctx: &Ctx, start: usize, se: usize) -> usize {
    let hi = se.min(start + MAX_CONTENT);
    let mut end = hi;
    for k in start..hi {
        let w = ctx.w(k);
        if w == ";" && ctx.depth(k) == 0 {
            end = k;
            break;
        }
        if w == "," && ctx.depth(k) == 0 {
            let next = ctx.w(k + 1);
            let gerund_cue = next.ends_with("ing") && lexicon::cue_lemma(next).is_some();
            if gerund_cue || next == "according" {
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

/// The quotation that opens the paragraph after token `at`'s paragraph.
fn next_paragraph_quote<'a>(ctx: &Ctx<'a>, at: usize) -> Option<&'a ascribe_text::Quote> {
    let para = ctx.paragraph_of(at.saturating_sub(1));
    let next = para.end;
    ctx.quote_opened_at(next).filter(|q| q.depth == 0)
}

/// "“…,” she said." / "…, said Smith." / "“…” Smith told reporters."
fn postposed(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
    let ss = cue.sentence.start;
    let se = cue.sentence.end;
    if !(cue.is(CueClass::Speech) || cue.is(CueClass::Manner) || cue.is(CueClass::Cognition)) {
        return None;
    }
    // Source before the cue ("she said") or after it ("said Smith").
    let (boundary, source, mut after) = match np::head_before(ctx, cue.group.start, ss) {
        Some(src) if boundary_at(ctx, src.start, ss).is_some() => (boundary_at(ctx, src.start, ss)?, Some(src), cue.group.end),
        _ => {
            let b = boundary_at(ctx, cue.group.start, ss)?;
            let src = np::inverted_source(ctx, cue.group.end, se)?;
            let end = src.end;
            (b, Some(src), end)
        }
    };
    // "… Smith told reporters."
    if takes_recipient(cue.lemma) && after == cue.group.end {
        if let Some(r) = np::after(ctx, after, se, false) {
            after = r.end;
        }
    }
    let tail_end = tail(ctx, after, se)?;
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
            if ctx.word_count(start..end) < 3 {
                return None;
            }
            (vec![start..end], false)
        }
    };
    if content.is_empty() {
        return None;
    }
    let confidence = if quoted { 0.9 } else { 0.75 };
    Some(Frame {
        cue: cue.group.clone(),
        source,
        content,
        confidence,
        needs_subject: false,
        continues_at: quoted.then_some(tail_end),
    })
}

/// What precedes a postposed frame.
enum Boundary<'a> {
    /// A closing quotation mark: the quotation is the content.
    Quote(&'a ascribe_text::Quote),
    /// A comma: the clause before it is the content.
    Comma(usize),
}

/// The boundary right before token `at` (the first token of the frame).
fn boundary_at<'a>(ctx: &Ctx<'a>, at: usize, ss: usize) -> Option<Boundary<'a>> {
    let b = at.checked_sub(1)?;
    if !ctx.same_paragraph(b, at) {
        return None;
    }
    if b < ss {
        // The frame opens its sentence: only a quotation that ends the previous sentence can be its content.
        return ctx.quote_closed_at(b).filter(|q| q.depth == 0).map(Boundary::Quote);
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
fn tail(ctx: &Ctx, after: usize, se: usize) -> Option<usize> {
    if after >= se {
        return Some(after);
    }
    let w = ctx.w(after);
    if matches!(w, "." | "!" | "?" | "," | ";" | "—" | "–" | "--" | ")") {
        return Some(after);
    }
    if !opens_adjunct(w) && !ctx.is_cap(after) {
        return None;
    }
    let hi = se.min(after + MAX_TAIL);
    for k in after..hi {
        let w = ctx.w(k);
        if matches!(w, "." | "!" | "?" | "," | ";" | "—" | "–" | "--") {
            return Some(k);
        }
        if w == "that" || w == ":" || ctx.quote_opened_at(k).is_some() {
            return None;
        }
        if ctx.is_word(k) && !ctx.is_cap(k) && lexicon::cue_lemma(w).is_some() && is_speech_form(w) {
            return None;
        }
    }
    (hi == se).then_some(se)
}

/// A cue form that would head a clause of its own in a tail.
fn is_speech_form(w: &str) -> bool {
    lexicon::is_speech_verb(w) && !w.ends_with("ing")
}

/// "According to X, …" and "…, according to X."
fn according(ctx: &Ctx, at: usize, sentence: &Range<usize>, out: &mut Vec<Frame>) {
    let (ss, se) = (sentence.start, sentence.end);
    let cue = at..at + 2;
    let src_start = at + 2;
    // Sentence-initial (after an optional conjunction): source up to the comma, content after it.
    let lead = (ss..at).all(|i| matches!(ctx.w(i), "but" | "and" | "yet" | "still" | "also" | "now" | "so"));
    if lead {
        let hi = se.min(src_start + 25);
        let Some(comma) = (src_start..hi).find(|&k| ctx.w(k) == ",") else { return };
        if comma == src_start || (src_start..comma).any(|k| ctx.quote_opened_at(k).is_some()) {
            return;
        }
        let first = comma + 1;
        let content = if let Some(q) = ctx.quote_opened_at(first) {
            q.fragments.clone()
        } else {
            content_ranges(ctx, first, se)
        };
        if content.iter().map(|r| ctx.word_count(r.clone())).sum::<usize>() < 2 {
            return;
        }
        out.push(Frame {
            cue,
            source: Some(src_start..comma),
            content,
            confidence: 0.8,
            needs_subject: false,
            continues_at: None,
        });
        return;
    }
    // Postposed: content before, source to the end of the clause.
    let prev = at.wrapping_sub(1);
    let boundary = if ctx.w(prev) == "," || ctx.quote_closed_at(prev).is_some() { prev } else { at };
    let content = if let Some(q) = ctx.quote_closed_at(boundary).or_else(|| ctx.quote_closed_at(boundary.wrapping_sub(1))) {
        if q.depth != 0 || q.open < ss.saturating_sub(MAX_CONTENT) {
            return;
        }
        q.fragments.clone()
    } else {
        if boundary <= ss || ctx.depth(ss) > 0 {
            return;
        }
        let mut end = boundary;
        while end > ss && is_trailing_punct(ctx.w(end - 1)) {
            end -= 1;
        }
        let start = ss.max(end.saturating_sub(MAX_CONTENT));
        if ctx.word_count(start..end) < 3 {
            return;
        }
        vec![start..end]
    };
    let hi = se.min(src_start + 25);
    let mut end = src_start;
    for k in src_start..hi {
        let w = ctx.w(k);
        if matches!(w, "," | "." | ";" | "!" | "?" | ":" | "—" | "–" | "(") || ctx.layout.marks.get(k).copied().flatten().is_some_and(|m| m != ascribe_text::MarkRole::Apostrophe) {
            break;
        }
        end = k + 1;
    }
    if end == src_start {
        return;
    }
    // Mid-sentence "…, according to X, the rest" is a split content we do not model.
    let after = ctx.w(end);
    if after == "," && end + 1 < se && ctx.is_word(end + 1) {
        return;
    }
    out.push(Frame { cue, source: Some(src_start..end), content, confidence: 0.75, needs_subject: false, continues_at: None });
}

/// "Gingrich: Trump Must Decide …" — a short name, a colon, then a claim, as
/// in headlines and transcripts.
pub(crate) fn headline_frames(ctx: &Ctx, out: &mut Vec<Frame>) {
    for sentence in &ctx.layout.sentences {
        let (ss, se) = (sentence.start, sentence.end);
        if ctx.depth(ss) != 0 {
            continue;
        }
        // Up to four capitalized words (a possessive allowed), then ":".
        let hi = se.min(ss + 6);
        let Some(colon) = (ss..hi).find(|&k| ctx.w(k) == ":") else { continue };
        if colon == ss {
            continue;
        }
        let name_ok = (ss..colon).all(|k| ctx.is_cap(k) || ctx.is_possessive_mark(k) || matches!(ctx.w(k), "." | "-"));
        if !name_ok || is_label_word(ctx.w(ss)) || (ss..colon).any(|k| is_np_stop(ctx.w(k)) || lexicon::cue_lemma(ctx.w(k)).is_some()) {
            continue;
        }
        let first = colon + 1;
        let content = if let Some(q) = ctx.quote_opened_at(first) {
            q.fragments.clone()
        } else {
            content_ranges(ctx, first, se)
        };
        if content.iter().map(|r| ctx.word_count(r.clone())).sum::<usize>() < 3 {
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

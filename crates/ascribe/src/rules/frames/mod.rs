//! Frames: the shapes an attribution takes around its cue.
//!
//! `sentence_frames` finds the cues of a sentence and tries each shape in
//! turn: postposed ("“…,” she said." / "…, said Smith."), preposed ("Smith
//! said (that) …", "Smith said: “…”") and the special constructions
//! ("according to X", "Asked whether …", "As X reported, …", polls,
//! "Name: …" headlines), one submodule each. `content` decides where a
//! content starts and ends and which contents suit which cue.

mod content;
mod postposed;
mod preposed;
mod special;

use super::words::*;
use super::{np, Ctx, Frame};
use crate::lexicon::{self, CueClass};
use content::*;
use postposed::*;
use preposed::*;
use special::*;
use std::ops::Range;

pub(crate) use special::{headline_frames, signature_frames};

/// Longest content a frame takes from one sentence, in tokens. Real
/// sentences are far shorter; the bound keeps pathological input linear.
const MAX_CONTENT: usize = 160;

/// How far after a cue the rules look for its `that`, in tokens.
const THAT_WINDOW: usize = 10;

/// Longest adjunct allowed after a postposed cue ("…, he said at a rally in Iowa on Monday.").
const MAX_TAIL: usize = 24;

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
        // Particle verbs that are cues only with their particle ("pointed
        // out", "referring to") report speech.
        let classes = lexicon::cue_classes(self.lemma);
        if classes.is_empty() {
            return class == CueClass::Speech;
        }
        classes.contains(&class)
    }
}

/// Collects the candidate frames of sentence `s`.
pub(crate) fn sentence_frames(ctx: &Ctx, s: usize, max_cues: usize, out: &mut Vec<Frame>) {
    let Some(sentence) = ctx.layout.sentences.get(s).cloned() else {
        return;
    };
    in_poll(ctx, &sentence, out);
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
            let cue = Cue {
                head: i,
                lemma,
                group,
                sentence: sentence.clone(),
            };
            let mut strong = false;
            if let Some((f, s)) = postposed(ctx, &cue) {
                strong = s;
                out.push(f);
            }
            if let Some(f) = asked(ctx, &cue).or_else(|| as_reported(ctx, &cue)) {
                out.push(f);
            } else if !strong {
                if let Some(f) = preposed(ctx, &cue) {
                    out.push(f);
                }
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
    let lemma =
        lexicon::cue_lemma(w).or_else(|| multi.and_then(|_| lexicon::particle_head_lemma(w)))?;
    // A noun, not a verb: "the report", "his claims", "Trump’s call".
    if has_prev && (is_article(prev) || ctx.is_possessive_mark(i - 1)) {
        return None;
    }
    // "That said, …" and "having said that".
    if (prev == "that" && w == "said" && i == sentence.start + 1) || prev == "having" {
        return None;
    }
    // "said in a statement" is a cue of its own; "in a statement" alone is not.
    let len = match multi {
        Some(m) if !words[0].starts_with("in") => m,
        _ => 1,
    };
    Some((lemma, len))
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
    let tail: Vec<&str> = (end..(end + 4).min(sentence.end))
        .map(|i| ctx.w(i))
        .collect();
    if matches!(
        tail.as_slice(),
        [
            "in",
            "a" | "an",
            "statement" | "interview" | "tweet" | "email" | "op-ed",
            ..
        ]
    ) {
        end += 3;
    }
    start..end
}

/// A passive verb group: a form of "be" before a past participle ("was
/// asked", "is expected", "has long been considered").
fn is_passive(ctx: &Ctx, cue: &Cue) -> bool {
    let w = ctx.w(cue.head);
    let participle = w.ends_with("ed")
        || matches!(
            w,
            "said"
                | "told"
                | "known"
                | "thought"
                | "seen"
                | "shown"
                | "found"
                | "heard"
                | "written"
                | "sworn"
                | "understood"
                | "sought"
                | "read"
        );
    participle
        && (cue.group.start..cue.head).any(|i| is_be(ctx.w(i)) && !matches!(ctx.w(i), "’s" | "'s"))
}

/// Lemmas whose content may be an infinitive ("vowed to fight").
fn takes_infinitive(lemma: &str) -> bool {
    lexicon::has_class(lemma, CueClass::Intention)
        || matches!(
            lemma,
            "promise"
                | "vow"
                | "pledge"
                | "threaten"
                | "urge"
                | "ask"
                | "agree"
                | "swear"
                | "claim"
                | "tell"
                | "warn"
                | "advise"
                | "remind"
                | "order"
                | "demand"
                | "call"
                | "propose"
                | "appear"
                | "seem"
        )
}

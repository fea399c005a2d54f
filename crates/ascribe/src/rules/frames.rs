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

/// Nouns of polls and studies that report findings ("in a new poll").
fn is_poll_noun(w: &str) -> bool {
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
fn in_poll(ctx: &Ctx, sentence: &Range<usize>, out: &mut Vec<Frame>) {
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
                if content
                    .iter()
                    .map(|r| ctx.word_count(r.clone()))
                    .sum::<usize>()
                    >= 3
                {
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
    if has_prev && (is_article(prev) || ctx.is_possessive_mark(i - 1)) {
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

/// Whether the first content token suits the cue's class.
fn accepts_content(ctx: &Ctx, cue: &Cue, first: usize) -> bool {
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
fn artifact_source(ctx: &Ctx, cue: &Cue) -> bool {
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
fn that_after_adjunct(ctx: &Ctx, from: usize, se: usize) -> Option<usize> {
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
fn content_ranges(ctx: &Ctx, start: usize, se: usize) -> Vec<Range<usize>> {
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
fn content_end(ctx: &Ctx, start: usize, se: usize) -> usize {
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
    }
    while end > start && is_trailing_punct(ctx.w(end - 1)) {
        end -= 1;
    }
    end
}

/// Whether a subject and a verb of saying start at `at` ("he said", "Smith argued").
fn starts_speaker_clause(ctx: &Ctx, at: usize, hi: usize) -> bool {
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
fn next_paragraph_quote<'a>(ctx: &Ctx<'a>, at: usize) -> Option<&'a ascribe_text::Quote> {
    let para = ctx.paragraph_of(at.saturating_sub(1));
    let next = para.end;
    ctx.quote_opened_at(next).filter(|q| q.depth == 0)
}

/// "“…,” she said." / "…, said Smith." / "“…” Smith told reporters."
/// "Asked if …, Smith said": the question is an attribution without a
/// source (or with the asker after "by").
fn asked(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
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
fn as_reported(ctx: &Ctx, cue: &Cue) -> Option<Frame> {
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
    if content
        .iter()
        .map(|r| ctx.word_count(r.clone()))
        .sum::<usize>()
        < 3
    {
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

/// The postposed frame of a cue and whether it is certain enough to rule
/// out reading the cue as preposed (a quotation ending in a comma, “…,”
/// right before the frame).
fn postposed(ctx: &Ctx, cue: &Cue) -> Option<(Frame, bool)> {
    let ss = cue.sentence.start;
    let se = cue.sentence.end;
    let postposable_thought = matches!(cue.lemma, "find" | "show" | "suggest" | "indicate")
        || matches!(
            cue.lemma,
            "think" | "believe" | "fear" | "worry" | "suspect" | "reckon" | "guess"
        );
    if !(cue.is(CueClass::Speech) || cue.is(CueClass::Manner) || postposable_thought) {
        return None;
    }
    // Source before the cue ("she said") or after it ("said Smith").
    // "…, who thinks …" is a relative clause, not a postposed frame.
    let before = np::before(ctx, cue.group.start, ss)
        .filter(|s| !matches!(ctx.w(s.start), "who" | "which" | "that"));
    let (boundary, source, mut after) = match before {
        Some(src) if boundary_at(ctx, src.start, ss).is_some() => {
            (boundary_at(ctx, src.start, ss)?, Some(src), cue.group.end)
        }
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
            let subordinate = matches!(
                ctx.w(start),
                "though"
                    | "although"
                    | "while"
                    | "when"
                    | "if"
                    | "because"
                    | "as"
                    | "after"
                    | "before"
                    | "since"
                    | "once"
                    | "until"
                    | "whether"
            ) && !(start..end).any(|k| ctx.w(k) == ",");
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
        source,
        content,
        confidence,
        needs_subject: false,
        continues_at: quoted.then_some(tail_end),
    };
    Some((frame, strong))
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
fn tail(ctx: &Ctx, after: usize, se: usize) -> Option<usize> {
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
fn resumes_clause(ctx: &Ctx, at: usize) -> bool {
    let w = ctx.w(at);
    ctx.is_word(at)
        && ctx.quote_opened_at(at).is_none()
        && !(w.ends_with("ing") && lexicon::cue_lemma(w).is_some())
        && !matches!(w, "according" | "who" | "which" | "adding" | "and" | "but")
}

/// A cue form that would head a clause of its own in a tail.
fn is_speech_form(w: &str) -> bool {
    lexicon::is_speech_verb(w) && !w.ends_with("ing")
}

/// "According to X, …", "…, according to X." and "…, according to X, …".
fn according(ctx: &Ctx, at: usize, sentence: &Range<usize>, out: &mut Vec<Frame>) {
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
    if content
        .iter()
        .map(|r| ctx.word_count(r.clone()))
        .sum::<usize>()
        < 2
    {
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
        let (ss, se) = (sentence.start, sentence.end);
        if ctx.depth(ss) != 0 {
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
        let end = if para.start == ss {
            para.end.min(first + MAX_CONTENT)
        } else {
            se
        };
        let content = if let Some(q) = ctx.quote_opened_at(first) {
            q.fragments.clone()
        } else {
            content_ranges(ctx, first, end)
        };
        if content
            .iter()
            .map(|r| ctx.word_count(r.clone()))
            .sum::<usize>()
            < 3
        {
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

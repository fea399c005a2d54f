//! Why gold attributions get no acceptable candidate (`ascribe train
//! --diagnose-misses`).
//!
//! On the held-out training predictions (every candidate the filter would
//! see, at the highest cue boost, sources filled as at inference), each gold
//! attribution that no candidate matches is put in one class:
//!
//! - **unreachable**: a shape the role stage cannot produce from its cue
//!   (too little of the content inside the cue's window);
//! - **cue**: no candidate cue overlaps the gold cue, broken down by what the
//!   cue is (verb, noun, "according to", several words, inside the content…);
//! - **content**: a candidate has the cue but its content's Dice stays below
//!   0.5 (too short, too long, wrong side, another sentence…);
//! - **source**: a candidate's content matches but its source does not.
//!
//! Examples go to the terminal only, with names masked: they are corpus
//! text and must not be copied anywhere.

use super::features::TokenFacts;
use super::train::{common, dice_ok, sources_agree, tokens};
use crate::assemble::Proposal;
use ascribe_text::Layout;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

/// One gold attribution as token sets (sorted).
#[derive(Debug, Clone, Default)]
pub struct GoldAttr {
    /// Source tokens.
    pub source: Vec<usize>,
    /// Cue tokens (all fragments).
    pub cue: Vec<usize>,
    /// Content tokens.
    pub content: Vec<usize>,
}

/// Examples kept per class.
const EXAMPLES: usize = 3;

/// Counts (and a few examples) per class, summed over documents.
#[derive(Debug, Default)]
pub struct Tally {
    gold: usize,
    matched: usize,
    /// Class → (count, count by kind direct/mixed/indirect, count judged by
    /// a candidate whose cue overlaps the gold cue with other bounds).
    classes: BTreeMap<String, (usize, [usize; 3], usize)>,
    examples: BTreeMap<String, Vec<String>>,
    /// Gold attributions whose cue has more than one contiguous run.
    split_cues: usize,
}

/// What one document offers the diagnosis.
pub struct DocView<'a> {
    /// The document's layout.
    pub layout: &'a Layout<'a>,
    /// Its token facts.
    pub facts: &'a TokenFacts,
    /// Paragraph token ranges.
    pub paragraphs: &'a [Range<usize>],
    /// Gold attributions.
    pub gold: &'a [GoldAttr],
    /// Cues the cue stage finds at the highest boost.
    pub cues: &'a [Range<usize>],
    /// Every candidate, sources filled as at inference.
    pub candidates: &'a [Proposal],
}

fn runs(v: &[usize]) -> usize {
    v.windows(2).filter(|w| w[1] != w[0] + 1).count() + usize::from(!v.is_empty())
}

impl Tally {
    fn add(&mut self, class: &str, kind: usize, bounds: bool, example: impl FnOnce() -> String) {
        let e = self.classes.entry(class.to_string()).or_default();
        e.0 += 1;
        e.1[kind] += 1;
        e.2 += usize::from(bounds);
        let ex = self.examples.entry(class.to_string()).or_default();
        // Spread the examples: every 7th of the class, up to the limit.
        if ex.len() < EXAMPLES && (e.0 - 1).is_multiple_of(7) {
            ex.push(example());
        }
    }

    /// Classifies every gold attribution of one document.
    pub fn add_doc(&mut self, d: &DocView) {
        let f = d.facts;
        let cands: Vec<(Vec<usize>, Vec<usize>, Vec<usize>)> = d
            .candidates
            .iter()
            .map(|p| (tokens(&p.source), tokens(&p.cue), tokens(&p.content)))
            .collect();
        for g in d.gold {
            self.gold += 1;
            if g.cue.len() > 1 && runs(&g.cue) > 1 {
                self.split_cues += 1;
            }
            if cands
                .iter()
                .any(|(s, _, c)| dice_ok(c, &g.content) && sources_agree(s, &g.source))
            {
                self.matched += 1;
                continue;
            }
            let kind = {
                let words: Vec<usize> = g
                    .content
                    .iter()
                    .copied()
                    .filter(|&t| f.coarse.get(t) != Some(&10))
                    .collect();
                let q = words.iter().filter(|&&t| f.depth[t] > 0).count();
                if q == 0 {
                    2
                } else if q == words.len() {
                    0
                } else {
                    1
                }
            };
            let (class, shown) = classify(d, g, &cands);
            let best = shown.and_then(|k| cands.get(k));
            // The candidate's cue overlaps the gold one but is not it.
            let bounds = best.is_some_and(|(_, c, _)| common(c, &g.cue) > 0 && *c != g.cue);
            self.add(&class, kind, bounds, || render(d, g, best));
        }
    }

    /// The report: counts per class (of all gold and of the misses), by kind.
    pub fn report(&self, examples: bool) -> String {
        let misses = self.gold - self.matched;
        let mut out = String::new();
        let pct = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
        let _ = writeln!(
            out,
            "misses: {} gold attributions, {} with a matching candidate ({:.1}%), {misses} without ({:.1}%); {} gold cues in several runs",
            self.gold,
            self.matched,
            pct(self.matched, self.gold),
            pct(misses, self.gold),
            self.split_cues
        );
        let mut groups: BTreeMap<char, usize> = BTreeMap::new();
        for (k, (n, ..)) in &self.classes {
            *groups.entry(k.chars().next().unwrap_or('?')).or_default() += n;
        }
        for (g, n) in &groups {
            let _ = writeln!(
                out,
                "misses: group {g}: {n} ({:.1}% of misses)",
                pct(*n, misses)
            );
        }
        let _ = writeln!(
            out,
            "misses: {:<62} {:>5} {:>6}  {:>5} {:>5} {:>5} {:>6}",
            "class", "count", "%miss", "dir", "mix", "ind", "bounds"
        );
        for (k, (n, by, bounds)) in &self.classes {
            let _ = writeln!(
                out,
                "misses: {k:<62} {n:>5} {:>6.1}  {:>5} {:>5} {:>5} {bounds:>6}",
                pct(*n, misses),
                by[0],
                by[1],
                by[2]
            );
        }
        if examples {
            for (k, ex) in &self.examples {
                for e in ex {
                    let _ = writeln!(out, "example [{k}]\n{e}");
                }
            }
        }
        out
    }
}

/// The class of a missed gold attribution, and the candidate it was judged by.
fn classify(
    d: &DocView,
    g: &GoldAttr,
    cands: &[(Vec<usize>, Vec<usize>, Vec<usize>)],
) -> (String, Option<usize>) {
    let f = d.facts;
    if g.content.is_empty() {
        return ("d unreachable: no content tokens".into(), None);
    }
    // (c) the content is there but the source is not: judged by a content
    // match of the gold cue if there is one.
    let hits: Vec<usize> = (0..cands.len())
        .filter(|&k| dice_ok(&cands[k].2, &g.content))
        .collect();
    if let Some(&k) = hits.iter().find(|&&k| common(&cands[k].1, &g.cue) > 0) {
        return (source_class(d, g, &cands[k].0), Some(k));
    }
    if let Some(&k) = hits.first() {
        // Another cue's candidate: its source is that cue's.
        return (
            "c source: content matched under another cue".into(),
            Some(k),
        );
    }
    let Some(&cue0) = g.cue.first() else {
        return (cue_class(d, g), None);
    };
    // (d) too little of the content in the window of the cue's first run.
    let mut end = cue0 + 1;
    while g.cue.binary_search(&end).is_ok() {
        end += 1;
    }
    let window = super::window_for(f, d.paragraphs, &(cue0..end));
    let inside = g.content.iter().filter(|t| window.contains(t)).count();
    if 3 * inside < g.content.len() {
        let class = if g.content.iter().any(|&t| f.para[t] != f.para[cue0]) {
            "d unreachable: content mostly in another paragraph"
        } else {
            "d unreachable: content beyond the window"
        };
        return (class.into(), None);
    }
    // (b) the best content among the candidates of the gold cue.
    let best = (0..cands.len())
        .filter(|&k| common(&cands[k].1, &g.cue) > 0)
        .max_by_key(|&k| (common(&cands[k].2, &g.content), std::cmp::Reverse(k)));
    match best {
        Some(k) => (content_class(d, g, &cands[k].1, &cands[k].2), Some(k)),
        None if d
            .cues
            .iter()
            .any(|c| c.clone().any(|t| g.cue.binary_search(&t).is_ok())) =>
        {
            (
                "b content: cue found, role stage labels no content".into(),
                None,
            )
        }
        // (a) the cue is not found.
        None => (cue_class(d, g), None),
    }
}

/// Class of a gold whose cue no candidate has.
fn cue_class(d: &DocView, g: &GoldAttr) -> String {
    let f = d.facts;
    let Some(&first) = g.cue.first() else {
        return "a cue: no cue token".into();
    };
    let (lo, hi) = (
        g.content.first().copied().unwrap_or(0),
        g.content.last().copied().unwrap_or(0),
    );
    let words: Vec<String> = g
        .cue
        .iter()
        .map(|&t| d.layout.word(t).to_lowercase())
        .collect();
    let what = if words.first().is_some_and(|w| w == "according") {
        "\"according to\"".to_string()
    } else if g.cue.iter().all(|&t| f.coarse[t] == 10) {
        "punctuation".to_string()
    } else {
        // The class of the cue's syntactic head.
        let head = g
            .cue
            .iter()
            .copied()
            .find(|&t| g.cue.binary_search(&(f.head[t] as usize)).is_err())
            .unwrap_or(first);
        let c = match f.coarse[head] {
            1 => "verb",
            2 => "noun",
            3 => "proper noun",
            4 => "pronoun",
            5 => "adjective/adverb",
            6 => "preposition",
            9 => "modal",
            _ => "other",
        };
        let multi = if runs(&g.cue) > 1 {
            ", split"
        } else if g.cue.len() > 1 {
            ", multiword"
        } else {
            ""
        };
        format!("{c}{multi}")
    };
    let place = if !g.content.is_empty() && first > lo && first < hi {
        ", inside content"
    } else {
        ""
    };
    format!("a cue: {what}{place}")
}

/// Class of a gold whose content a candidate matches with a wrong source.
fn source_class(d: &DocView, g: &GoldAttr, s: &[usize]) -> String {
    let f = d.facts;
    if g.source.is_empty() {
        return "c source: gold has none, candidate has one".into();
    }
    if s.is_empty() {
        let cue = g.cue.first().copied().unwrap_or(0);
        let far = g
            .source
            .iter()
            .all(|&t| f.sent[t] != f.sent[cue] || f.para[t] != f.para[cue]);
        return if far {
            "c source: missing, gold source in another sentence".into()
        } else {
            "c source: missing, gold source in the cue's sentence".into()
        };
    }
    let pron = |v: &[usize]| v.len() <= 2 && v.iter().any(|&t| f.coarse[t] == 4);
    if pron(&g.source) != pron(s) {
        "c source: pronoun vs name".into()
    } else if g
        .source
        .iter()
        .all(|&t| s.first().is_some_and(|&a| f.sent[t] != f.sent[a]))
    {
        "c source: wrong NP, gold in another sentence".into()
    } else {
        "c source: wrong NP in the same sentence".into()
    }
}

/// Class of a gold whose cue a candidate has, with content Dice < 0.5.
fn content_class(d: &DocView, g: &GoldAttr, cue: &[usize], p: &[usize]) -> String {
    let f = d.facts;
    let c = common(p, &g.content);
    let cue0 = cue.first().copied().unwrap_or(0);
    let sents = |v: &[usize]| {
        let mut s: Vec<u32> = v.iter().map(|&t| f.sent[t]).collect();
        s.dedup();
        s.len()
    };
    if c == 0 {
        let (glo, ghi) = (g.content[0], g.content[g.content.len() - 1]);
        let (plo, phi) = (
            p.first().copied().unwrap_or(0),
            p.last().copied().unwrap_or(0),
        );
        let gside = (glo > cue0, ghi < cue0);
        let pside = (plo > cue0, phi < cue0);
        if g.content.iter().all(|&t| f.para[t] != f.para[cue0]) {
            return "b content: disjoint, gold in another paragraph".into();
        }
        if g.content.iter().all(|&t| f.sent[t] < f.sent[cue0]) {
            return "b content: disjoint, gold in an earlier sentence".into();
        }
        if g.content.iter().all(|&t| f.sent[t] > f.sent[cue0]) {
            return "b content: disjoint, gold in a later sentence".into();
        }
        if gside != pside && (gside.0 || gside.1) && (pside.0 || pside.1) {
            return "b content: disjoint, wrong side of the cue".into();
        }
        return "b content: disjoint, same sentence".into();
    }
    let recall = c as f64 / g.content.len() as f64;
    let precision = c as f64 / p.len().max(1) as f64;
    if precision >= 0.8 {
        // Too short.
        if sents(&g.content) > sents(p) {
            "b content: too short, gold runs over more sentences".into()
        } else if runs(p) > 1 {
            "b content: too short, candidate in fragments".into()
        } else if runs(&g.content) > 1 {
            "b content: too short, gold in fragments".into()
        } else {
            "b content: too short, stops inside the sentence".into()
        }
    } else if recall >= 0.8 {
        if sents(p) > sents(&g.content) {
            "b content: too long, runs over more sentences".into()
        } else {
            "b content: too long within the sentence".into()
        }
    } else if runs(p) > 1 || runs(&g.content) > 1 {
        "b content: partial overlap, fragments".into()
    } else {
        "b content: partial overlap, shifted".into()
    }
}

/// Gold and best candidate around the attribution, names masked:
/// `[S …]` source, `[V …]` cue, `[C …]` content; the candidate's content in `<…>`.
fn render(
    d: &DocView,
    g: &GoldAttr,
    cand: Option<&(Vec<usize>, Vec<usize>, Vec<usize>)>,
) -> String {
    let f = d.facts;
    let all: Vec<usize> = g
        .source
        .iter()
        .chain(&g.cue)
        .chain(&g.content)
        .chain(cand.map(|c| c.2.as_slice()).unwrap_or(&[]))
        .copied()
        .collect();
    let (Some(&lo), Some(&hi)) = (all.iter().min(), all.iter().max()) else {
        return String::new();
    };
    let lo = lo.saturating_sub(4);
    let hi = (hi + 5).min(f.len());
    let word = |t: usize| -> String {
        if f.ent[t] != 0 || f.coarse[t] == 3 {
            "NAME".into()
        } else {
            d.layout.word(t).to_string()
        }
    };
    let line = |marks: &[(&[usize], &str)]| -> String {
        let mut s = String::new();
        let mut open: Option<&str> = None;
        for t in lo..hi {
            let m = marks
                .iter()
                .find(|(v, _)| v.binary_search(&t).is_ok())
                .map(|x| x.1);
            if m != open {
                if open.is_some() {
                    s.push(']');
                }
                if let Some(m) = m {
                    s.push_str(&format!(" [{m}"));
                }
                open = m;
            }
            if t > lo && f.para[t] != f.para[t - 1] {
                s.push_str(" ¶");
            }
            s.push(' ');
            s.push_str(&word(t));
        }
        if open.is_some() {
            s.push(']');
        }
        s
    };
    let mut out = format!(
        "  gold:{}",
        line(&[(&g.source, "S"), (&g.cue, "V"), (&g.content, "C")])
    );
    if let Some((s, c, t)) = cand {
        out.push_str(&format!(
            "\n  cand:{}",
            line(&[(s, "S"), (c, "V"), (t, "C")])
        ));
    }
    out
}

#[cfg(test)]
// Proposals list fragments (`Vec<Range>`); one fragment is the common case.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::pipeline::Tags;

    #[test]
    fn misses_are_classed_by_what_went_wrong() {
        let text = "The mayor said the bridge would reopen. Critics doubted it. Aides said so.";
        let layout = Layout::new(text);
        let facts = TokenFacts::new(&layout, &Tags::default(), &[]);
        let at = |w: &str| (0..layout.tokens.len()).find(|&i| layout.word(i) == w);
        let (Some(said), Some(critics), Some(aides)) = (at("said"), at("Critics"), at("Aides"))
        else {
            panic!("tokens of the example");
        };
        let gold = vec![
            // Content found, source lost.
            GoldAttr {
                source: vec![0, 1],
                cue: vec![said],
                content: (said + 1..said + 5).collect(),
            },
            // Cue never found.
            GoldAttr {
                source: vec![critics],
                cue: vec![critics + 1],
                content: vec![critics + 2],
            },
            // Matched.
            GoldAttr {
                source: vec![aides],
                cue: vec![aides + 1],
                content: vec![aides + 2],
            },
        ];
        let candidates = vec![
            Proposal {
                content: vec![said + 1..said + 5],
                cue: vec![said..said + 1],
                source: Vec::new(),
                confidence: 0.5,
            },
            Proposal {
                content: vec![aides + 2..aides + 3],
                cue: vec![aides + 1..aides + 2],
                source: vec![aides..aides + 1],
                confidence: 0.5,
            },
        ];
        let view = DocView {
            layout: &layout,
            facts: &facts,
            paragraphs: &layout.paragraphs,
            gold: &gold,
            cues: &[],
            candidates: &candidates,
        };
        let mut tally = Tally::default();
        tally.add_doc(&view);
        let report = tally.report(false);
        assert!(
            report.contains("3 gold attributions, 1 with a matching candidate"),
            "{report}"
        );
        assert!(
            report.contains("c source: missing, gold source in the cue's sentence"),
            "{report}"
        );
        assert!(report.contains("a cue: other"), "{report}");
        // Examples mask nothing here (no tagger) but mark the roles.
        let shown = render(&view, &gold[0], None);
        assert!(
            shown.contains("[S The mayor] [V said] [C the bridge would reopen]"),
            "{shown}"
        );
    }
}

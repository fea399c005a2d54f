//! The attribution filter: a third stage that keeps or drops whole candidate
//! attributions.
//!
//! The cue stage is run at a high `B-CUE` boost so that it proposes more cues
//! than it believes in, the role stage labels a source and content for each,
//! and this classifier then sees every candidate at once — how easily its cue
//! was found, how sure the role stage was, what its content looks like
//! (length, a verb with a subject, "that", quotation), its source, the cue's
//! word and class, whether the rules proposed it, how it sits among the other
//! candidates — and gives the probability that it is a real attribution.
//! A threshold on that probability is the precision/recall knob.
//!
//! The model is a logistic regression over hashed features, stored as a
//! one-label [`LinearModel`] section (the weights; no transitions).

use super::features::{branch, mix, span_head, TokenFacts};
use super::linear::{FeatId, LinearModel};
use crate::assemble::Proposal;
use std::ops::Range;

/// log2 of the filter's feature rows.
pub const FILTER_BITS: u32 = 18;

/// `B-CUE` boosts (weight units of the cue stage) at which cues are sought:
/// candidates come from the last; a candidate's *level* is the first at
/// which its cue was already found.
pub const LEVELS: [f32; 5] = [0.0, 16.0, 32.0, 48.0, 64.0];

/// One candidate attribution with what the two stages said about it.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The attribution (token ranges); its confidence is filled in later.
    pub proposal: Proposal,
    /// Index in [`LEVELS`] of the smallest boost at which the cue was found.
    pub level: u8,
    /// Emission advantage of the cue's labels over `O`, summed over the
    /// cue's tokens (no boost).
    pub cue_score: f32,
    /// Role stage: how much better its labelling scores than all-`O`.
    pub margin: f32,
    /// Mean per-token advantage of the content labels over `O`.
    pub content_score: f32,
    /// Mean per-token advantage of the source labels over `O` (0 without source).
    pub source_score: f32,
}

/// The trained filter: weights plus the probability thresholds of the
/// recall levels (`Balanced`, `High`, `Highest`).
#[derive(Debug, Clone)]
pub struct Filter {
    /// One label; `weights[feature]`, real value `weight × scale`.
    pub model: LinearModel,
    /// Probability a candidate needs to be kept, per recall level.
    pub thresholds: [f32; 3],
}

impl Filter {
    /// Probability that the candidate with these features is an attribution.
    pub fn probability(&self, feats: &[FeatId]) -> f32 {
        let z: i64 = feats
            .iter()
            .filter_map(|&f| self.model.weights.get(f as usize))
            .map(|&w| i64::from(w))
            .sum();
        let bias = self.model.label_bias.first().copied().unwrap_or(0.0);
        sigmoid(z as f64 * f64::from(self.model.scale) + f64::from(bias)) as f32
    }
}

/// `1 / (1 + e^-z)` from additions, multiplications and one division only,
/// so training gives the same bits on every platform (a libm `exp` need not).
pub fn sigmoid(z: f64) -> f64 {
    if z.is_nan() {
        return 0.5;
    }
    let z = z.clamp(-40.0, 40.0);
    // e^(-z) = (e^(-z/64))^64; the Taylor series is exact to f64 for |x| ≤ 0.63.
    let x = -z / 64.0;
    let mut term = 1.0;
    let mut e = 1.0;
    for k in 1..=14 {
        term *= x / f64::from(k);
        e += term;
    }
    for _ in 0..6 {
        e *= e;
    }
    1.0 / (1.0 + e)
}

/// Feature hashing into `bits` bits.
struct Hasher<'a> {
    out: &'a mut Vec<FeatId>,
    bits: u32,
}

impl Hasher<'_> {
    fn f(&mut self, template: u64, parts: &[u64]) {
        let mut h = mix(0x0f11_7e45, template);
        for &p in parts {
            h = mix(h, p);
        }
        h = mix(h, 0x77);
        self.out.push((h >> (64 - self.bits)) as FeatId);
    }
}

/// Bucket of a non-negative count: exact to 4, then by powers of two.
fn count_bucket(n: usize) -> u64 {
    if n <= 4 {
        n as u64
    } else {
        3 + (usize::BITS - n.leading_zeros()) as u64
    }
}

/// Bucket of a score: its sign and rounded log2 magnitude.
fn score_bucket(x: f32) -> u64 {
    if !x.is_finite() || x.abs() < 0.5 {
        return 0;
    }
    let mag = (x.abs().log2().round() as i64).clamp(-1, 16) as u64 + 2;
    if x > 0.0 {
        mag
    } else {
        100 + mag
    }
}

fn tokens(ranges: &[Range<usize>]) -> impl Iterator<Item = usize> + '_ {
    ranges.iter().flat_map(|r| r.clone())
}

/// How the candidates of one document cover its tokens, counted once so
/// that each candidate's "among the others" features cost its own length,
/// not the number of candidates (a document with 100,000 cues must not be
/// quadratic).
#[derive(Debug, Default)]
pub struct Neighbours {
    /// Per token: candidates whose content covers it.
    content: Vec<u32>,
    /// Per token: candidates whose cue covers it.
    cue: Vec<u32>,
    /// Per sentence: candidates whose cue starts in it.
    cue_sentences: Vec<u32>,
}

impl Neighbours {
    /// Counts the coverage of `all` over the tokens of `f`.
    pub fn new(f: &TokenFacts, all: &[Candidate]) -> Neighbours {
        let n = f.len();
        let sentences = f.sent.iter().max().map_or(0, |&s| s as usize + 1);
        let mut nb = Neighbours {
            content: vec![0; n],
            cue: vec![0; n],
            cue_sentences: vec![0; sentences],
        };
        for c in all {
            let p = &c.proposal;
            for t in covered(&p.content, n) {
                nb.content[t] += 1;
            }
            for t in covered(&p.cue, n) {
                nb.cue[t] += 1;
            }
            if let Some(oc) = p.cue.first() {
                if let Some(&s) = f.sent.get(oc.start) {
                    nb.cue_sentences[s as usize] += 1;
                }
            }
        }
        nb
    }
}

/// The tokens (below `n`) that any of `ranges` covers, each once.
fn covered(ranges: &[Range<usize>], n: usize) -> impl Iterator<Item = usize> + '_ {
    (0..ranges.len()).flat_map(move |i| {
        let r = &ranges[i];
        // A token already covered by an earlier range of the same list is
        // not counted again.
        (r.start..r.end.min(n)).filter(move |&t| !ranges[..i].iter().any(|q| q.contains(&t)))
    })
}

/// How one candidate sits among the others of its document.
#[derive(Debug, PartialEq, Eq)]
struct Among {
    /// Its content shares a token with another candidate's content.
    content_overlap: bool,
    /// Its cue lies (partly) in another candidate's content.
    cue_in_other: bool,
    /// Another candidate's cue lies (partly) in its content.
    other_cue_inside: bool,
    /// Other candidates whose cue starts in the sentence of its cue (`a`).
    same_sentence: usize,
}

fn among_others(f: &TokenFacts, nb: &Neighbours, p: &Proposal, a: usize) -> Among {
    let n = f.len();
    // A token another candidate's content (cue) covers: the count there
    // exceeds what this candidate itself contributes.
    let own = |ranges: &[Range<usize>], t: usize| u32::from(ranges.iter().any(|r| r.contains(&t)));
    let other_content = |t: usize| nb.content.get(t).copied().unwrap_or(0) > own(&p.content, t);
    let other_cue = |t: usize| nb.cue.get(t).copied().unwrap_or(0) > own(&p.cue, t);
    Among {
        content_overlap: covered(&p.content, n).any(other_content),
        cue_in_other: covered(&p.cue, n).any(other_content),
        other_cue_inside: covered(&p.content, n).any(other_cue),
        same_sentence: f
            .sent
            .get(a)
            .and_then(|&s| nb.cue_sentences.get(s as usize))
            .map_or(0, |&c| c.saturating_sub(1) as usize),
    }
}

/// Hashed features of candidate `k` among all the candidates of a document
/// (`nb` counts their coverage: [`Neighbours::new`] over the same `all`).
/// Empty when the candidate has no cue or no content.
pub fn features(
    f: &TokenFacts,
    all: &[Candidate],
    nb: &Neighbours,
    k: usize,
    bits: u32,
    out: &mut Vec<FeatId>,
) {
    out.clear();
    let Some(c) = all.get(k) else { return };
    let p = &c.proposal;
    let n = f.len();
    let Some(cue) = p.cue.first().cloned() else {
        return;
    };
    let content_start = p.content.iter().map(|r| r.start).min();
    let content_end = p.content.iter().map(|r| r.end).max();
    let (Some(cs), Some(ce)) = (content_start, content_end) else {
        return;
    };
    if cue.is_empty() || cue.end > n || ce > n || cs >= ce {
        return;
    }
    let mut h = Hasher { out, bits };
    let (a, b) = (cue.start, cue.end);
    let lex = f.lex[a..b]
        .iter()
        .copied()
        .find(|&x| x != 0)
        .unwrap_or(f.lower[a]);
    let head = span_head(f, a, b).min(n - 1);
    let level = u64::from(c.level);
    let margin = score_bucket(c.margin);

    h.f(0, &[]);
    h.f(1, &[level]);
    h.f(2, &[lex]);
    h.f(3, &[lex, level]);
    h.f(4, &[f.lower[b - 1]]);
    h.f(5, &[count_bucket(cue.len()).min(3)]);
    h.f(6, &[u64::from(f.pos[head])]);
    h.f(7, &[u64::from(f.coarse[head]), level]);

    // What the rules said: a cue starting here, and content owned by it.
    let rule_cue = u64::from(f.rule[a] == 1);
    let content_len = tokens(&p.content).filter(|&t| t < n).count();
    let ruled = tokens(&p.content)
        .filter(|&t| t < n && f.rule[t] == 4)
        .filter(|&t| (a as u32..b as u32).contains(&f.rule_owner[t]))
        .count();
    let rule_content = match ruled {
        0 => 0u64,
        r if r * 2 < content_len => 1,
        _ => 2,
    };
    h.f(8, &[rule_cue, rule_content]);
    h.f(9, &[rule_cue, level]);

    h.f(10, &[margin]);
    h.f(11, &[margin, level]);
    h.f(12, &[score_bucket(c.cue_score)]);

    // Content shape.
    let len_b = count_bucket(content_len);
    let dir = if cs >= b {
        2u64
    } else if ce <= a {
        0
    } else {
        1
    };
    // Tokens between cue and content (0 when they touch or overlap).
    let gap = if cs >= b {
        cs - b
    } else {
        a.saturating_sub(ce)
    };
    h.f(13, &[len_b]);
    h.f(14, &[len_b, dir]);
    h.f(15, &[p.content.len().min(3) as u64]);
    h.f(16, &[dir]);
    h.f(17, &[count_bucket(gap).min(8), dir]);
    let has_verb = tokens(&p.content).any(|t| t < n && f.coarse[t] == 1);
    // A verb with a subject of its own: a finite clause.
    let finite =
        tokens(&p.content).any(|t| t < n && f.coarse[t] == 1 && f.child_rels[t] & 0b110 != 0);
    h.f(18, &[u64::from(has_verb), u64::from(finite)]);
    h.f(19, &[f.lower[cs]]);
    h.f(20, &[u64::from(f.pos[cs])]);
    let quoted = tokens(&p.content)
        .filter(|&t| t < n && f.depth[t] > 0)
        .count();
    let q = match quoted {
        0 => 0u64,
        x if x == content_len => 2,
        _ => 1,
    };
    h.f(21, &[q]);
    h.f(22, &[q, dir]);
    h.f(23, &[u64::from(f.depth[a] > 0), q]);

    // Source.
    let has_src = u64::from(!p.source.is_empty());
    let (src_ent, src_pos, src_dir, src_len) = match p.source.first() {
        Some(s) if !s.is_empty() && s.end <= n => {
            let sh = span_head(f, s.start, s.end).min(n - 1);
            let d = if s.start >= b { 2u64 } else { 0 };
            (
                u64::from(f.ent[sh]),
                u64::from(f.pos[sh]),
                d,
                count_bucket(s.len()).min(6),
            )
        }
        _ => (99, 999, 9, 0),
    };
    h.f(24, &[has_src, src_ent]);
    h.f(25, &[src_pos]);
    h.f(26, &[src_dir, dir]);
    h.f(27, &[src_len]);

    // Position in the document.
    h.f(28, &[u64::from(f.sent[a].min(5))]);
    h.f(29, &[u64::from(f.para[a].min(5))]);

    // Among the other candidates.
    let Among {
        content_overlap,
        cue_in_other,
        other_cue_inside,
        same_sentence,
    } = among_others(f, nb, p, a);
    h.f(
        30,
        &[
            u64::from(content_overlap),
            u64::from(cue_in_other),
            u64::from(other_cue_inside),
        ],
    );
    h.f(31, &[same_sentence.min(3) as u64]);
    h.f(32, &[u64::from(cue_in_other), level]);

    // Conjunctions.
    h.f(33, &[lex, has_src]);
    h.f(34, &[lex, dir]);
    h.f(35, &[level, margin]);
    h.f(36, &[q, has_src, dir]);
    h.f(37, &[score_bucket(c.content_score)]);
    h.f(38, &[has_src, score_bucket(c.source_score)]);
    let sentences = u64::from(f.sent[ce - 1].saturating_sub(f.sent[cs])).min(3);
    h.f(39, &[sentences, q]);
    h.f(40, &[f.lower[ce - 1]]);
    h.f(41, &[lex, u64::from(finite), dir]);

    // Syntax: how the content's and the source's heads hang off the cue.
    let content_head = p
        .content
        .iter()
        .max_by_key(|r| r.len())
        .map_or(cs, |r| span_head(f, r.start, r.end.min(n)))
        .min(n - 1);
    let cb = branch(f, content_head, head);
    h.f(42, &[cb]);
    h.f(43, &[cb, dir, q]);
    h.f(44, &[cb, lex]);
    let sb = match p.source.first() {
        Some(s) if !s.is_empty() && s.end <= n => branch(f, span_head(f, s.start, s.end), head),
        _ => 99,
    };
    h.f(45, &[sb]);
    h.f(46, &[sb, cb]);
    h.f(47, &[u64::from(f.rel[head]), u64::from(f.coarse[head])]);

    // Whether the cue is a word of the cue lexicon: an unseen word outside it
    // has no weight of its own, and should not pass on structure alone.
    let in_lexicon = u64::from(f.lex[a..b].iter().any(|&x| x != 0));
    h.f(48, &[in_lexicon, level]);
    h.f(49, &[in_lexicon, dir, q]);
    h.f(50, &[in_lexicon, u64::from(f.coarse[head]), cb]);

    // The source's words (filled in as the output's are, see
    // `fill_candidate_sources`): whether it is "you", "it", a relative
    // "which" or a name says much about whether it is the annotated source;
    // held-out train log loss 0.419 → 0.415.
    match p.source.first() {
        Some(s) if !s.is_empty() && s.end <= n => {
            let sh = span_head(f, s.start, s.end).min(n - 1);
            h.f(51, &[f.lower[s.start]]);
            h.f(52, &[f.lower[sh]]);
            h.f(53, &[f.lower[sh], lex]);
            for t in s.clone().take(12) {
                h.f(54, &[f.lower[t]]);
            }
        }
        _ => h.f(51, &[0]),
    }
}

/// Training of the filter.
#[cfg(feature = "train")]
pub mod train {
    use super::{sigmoid, FeatId, LinearModel, FILTER_BITS};
    use crate::learned::linear::Constraints;

    /// Logistic regression settings.
    #[derive(Debug, Clone)]
    pub struct FilterOptions {
        /// Passes over the examples.
        pub epochs: usize,
        /// AdaGrad base learning rate.
        pub rate: f64,
        /// L2 penalty per example.
        pub l2: f64,
        /// Shuffle seed.
        pub seed: u64,
    }

    impl Default for FilterOptions {
        /// Few, small steps: on held-out PolNeAR train candidates, 5 epochs
        /// at 0.02 gave log loss 0.425 against 0.462 for 10 at 0.1 (the
        /// lexical features overfit).
        fn default() -> FilterOptions {
            FilterOptions {
                epochs: 5,
                rate: 0.02,
                l2: 1e-6,
                seed: 0xf11e,
            }
        }
    }

    /// Logistic regression by AdaGrad over `examples` (features, label), in
    /// a fixed-seed shuffled order: the same examples give the same model.
    pub fn fit(examples: &[(Vec<FeatId>, bool)], opts: &FilterOptions) -> LinearModel {
        let rows = 1usize << FILTER_BITS;
        let mut w = vec![0f64; rows];
        let mut g2 = vec![0f64; rows];
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = super::super::train::SplitMix(opts.seed);
        for _ in 0..opts.epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                let (feats, y) = &examples[i];
                let z: f64 = feats
                    .iter()
                    .map(|&f| w.get(f as usize).copied().unwrap_or(0.0))
                    .sum();
                let g = sigmoid(z) - if *y { 1.0 } else { 0.0 };
                for &f in feats {
                    let f = f as usize;
                    if f >= rows {
                        continue;
                    }
                    let grad = g + opts.l2 * w[f];
                    g2[f] += grad * grad;
                    w[f] -= opts.rate * grad / (g2[f].sqrt() + 1e-8);
                }
            }
        }
        let max = w.iter().fold(0f64, |m, x| m.max(x.abs())).max(1e-9);
        let scale = max / 32767.0;
        let weights = w
            .iter()
            .map(|x| (x / scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect();
        LinearModel {
            labels: 1,
            bits: FILTER_BITS,
            scale: scale as f32,
            weights,
            transitions: vec![0.0; 2],
            constraints: Constraints::none(1),
            label_bias: vec![0.0],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sigmoid_is_the_logistic_function() {
        for z in [-50.0f64, -10.0, -1.5, 0.0, 0.3, 2.0, 8.0, 45.0] {
            let want = 1.0 / (1.0 + (-z).exp());
            assert!((sigmoid(z) - want).abs() < 1e-12, "{z}");
        }
        assert_eq!(sigmoid(f64::NAN), 0.5);
    }

    #[cfg(feature = "train")]
    #[test]
    fn filter_learns_a_separable_signal_deterministically() {
        use super::train::{fit, FilterOptions};
        // Feature 0 is always on; 1 marks positives, 2 negatives; 3..40 is noise.
        let mut examples = Vec::new();
        for i in 0..400u32 {
            let positive = i % 3 == 0;
            let feats = vec![0, if positive { 1 } else { 2 }, 3 + (i * 7) % 37];
            examples.push((feats, positive));
        }
        let filter = |opts: &FilterOptions| Filter {
            model: fit(&examples, opts),
            thresholds: [0.5; 3],
        };
        let defaults = FilterOptions::default();
        assert_eq!(
            filter(&defaults).model.weights,
            fit(&examples, &defaults).weights,
            "same data, same weights"
        );
        let scores = |f: &Filter| (f.probability(&[0, 1, 5]), f.probability(&[0, 2, 5]));
        // The shipped settings take small steps: on the right side of 0.5.
        let (pos, neg) = scores(&filter(&defaults));
        assert!(pos > 0.5 && neg < 0.5, "positive {pos}, negative {neg}");
        // Trained to convergence, near certain.
        let long = FilterOptions {
            epochs: 30,
            rate: 0.2,
            ..defaults
        };
        let filter = filter(&long);
        let (pos, neg) = scores(&filter);
        assert!(pos > 0.95 && neg < 0.05, "positive {pos}, negative {neg}");
        // Unknown or out-of-range features are ignored, not a panic.
        let p = filter.probability(&[0, u32::MAX]);
        assert!((0.0..=1.0).contains(&p));
    }

    /// `among_others` through the counts agrees with comparing every pair.
    #[test]
    fn neighbour_counts_agree_with_pairwise_comparison() {
        use crate::pipeline::Tags;
        use ascribe_text::Layout;
        let text = "One said this. Two said that and three said more. \
                    Four told us so, five added. Six wrote it down.";
        let layout = Layout::new(text);
        let f = TokenFacts::new(&layout, &Tags::default(), &[]);
        let n = f.len();
        // Pseudo-random candidates with overlapping spans.
        let mut seed = 7u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        let mut all = Vec::new();
        for _ in 0..40 {
            let c = next(n - 2);
            let s = next(n - 3);
            let cue = c..c + 1 + next(2);
            let content = s..(s + 1 + next(6)).min(n);
            let proposal = Proposal {
                cue: vec![cue],
                content: vec![content],
                source: Vec::new(),
                confidence: 0.5,
            };
            all.push(Candidate {
                proposal,
                level: 0,
                cue_score: 0.0,
                margin: 0.0,
                content_score: 0.0,
                source_score: 0.0,
            });
        }
        let overlaps = |a: &[Range<usize>], b: &[Range<usize>]| {
            a.iter()
                .any(|x| b.iter().any(|y| x.start < y.end && y.start < x.end))
        };
        let nb = Neighbours::new(&f, &all);
        for (k, c) in all.iter().enumerate() {
            let p = &c.proposal;
            let a = p.cue[0].start;
            let others = all
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != k)
                .map(|(_, o)| &o.proposal);
            let want = Among {
                content_overlap: others.clone().any(|o| overlaps(&p.content, &o.content)),
                cue_in_other: others.clone().any(|o| overlaps(&p.cue, &o.content)),
                other_cue_inside: others.clone().any(|o| overlaps(&o.cue, &p.content)),
                same_sentence: others
                    .filter(|o| f.sent[o.cue[0].start] == f.sent[a])
                    .count(),
            };
            assert_eq!(among_others(&f, &nb, p, a), want, "candidate {k}");
        }
    }

    #[test]
    fn buckets_are_monotone_in_magnitude() {
        let b: Vec<u64> = [0usize, 1, 4, 5, 8, 9, 100]
            .iter()
            .map(|&n| count_bucket(n))
            .collect();
        assert!(b.windows(2).all(|w| w[0] <= w[1]), "{b:?}");
        assert_ne!(score_bucket(100.0), score_bucket(-100.0));
        assert_eq!(score_bucket(f32::NAN), 0);
    }
}

//! The learned attribution model.
//!
//! Two linear-chain models over hashed features, then a filter:
//! 1. **cues**: every sentence is tagged `O / B-CUE / I-CUE`;
//! 2. **roles**: for every cue found, the tokens of its paragraph are tagged
//!    `O / B-SRC / I-SRC / B-CON / I-CON` *relative to that cue* (distance,
//!    direction, commas and other cues in between, quotation state…).
//!
//! Labelling roles per cue makes linking trivial (each cue owns what it
//! tagged), lets one sentence hold several attributions, and lets content run
//! over several sentences of the paragraph.
//!
//! 3. **filter** ([`filter`]): cues are sought generously (a high `B-CUE`
//!    boost), and a classifier that sees each candidate attribution whole
//!    (and the rule extractor's, on the same footing) decides which to keep.

pub mod continued;
pub mod features;
pub mod filter;
pub mod format;
pub mod linear;
#[cfg(feature = "train")]
pub mod misses;
pub mod subject;
#[cfg(feature = "train")]
pub mod train;

use crate::assemble::Proposal;
use ascribe_text::Layout;
use features::{CueContext, TokenFacts};
use filter::{Candidate, Filter, LEVELS};
use linear::{FeatId, LinearModel, Scratch, Sequence};
use std::ops::Range;

/// Table sizes (log2 rows) of the two stages.
pub const CUE_BITS: u32 = 20;
/// Role stage table size.
pub const ROLE_BITS: u32 = 20;
/// Tokens of context on each side of a cue that the role stage looks at.
pub const WINDOW: usize = 90;

/// Longest token run the cue stage decodes as one sequence.
pub const MAX_CUE_SEQUENCE: usize = 1000;

/// Cue labels.
pub const CUE_LABELS: usize = 3;
/// Role labels: O, B-SRC, I-SRC, B-CON, I-CON.
pub const ROLE_LABELS: usize = 5;

/// The trained model: immutable, shareable across threads.
#[derive(Debug, Clone)]
pub struct AttributionModel {
    cue: LinearModel,
    role: LinearModel,
    /// The `B-CUE` bias the model was trained with; [`Recall`] adds to it.
    trained_cue_bias: f32,
    /// Third stage; without it, recall comes from the cue boost alone.
    filter: Option<Filter>,
    recall: Recall,
}

/// Where the model sits between precision and recall.
///
/// With a filter stage (the shipped model), candidates come from a high
/// `B-CUE` boost and each level is a threshold on the filter's probability,
/// chosen by `ascribe train` on held-out training predictions: `Balanced`
/// the best attribution F1, `Highest` the lowest threshold whose precision
/// still reaches its recall, `High` the recall halfway between. Without a
/// filter, a level is a boost of the cue stage ([`cue_boost`](Recall::cue_boost)).
/// Measured on PolNeAR dev (attribution full P / R / F1; content F1;
/// indirect recall), see the README:
/// `Balanced` 81.0 / 68.7 / 74.3, 78.4, 65.0;
/// `High` 78.9 / 69.4 / 73.8, 78.8, 66.9;
/// `Highest` 73.0 / 70.8 / 71.9, 78.6, 71.2.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Recall {
    /// As trained: the best attribution F1.
    #[default]
    Balanced,
    /// More attributions found, at some cost in precision.
    High,
    /// Most found, with precision down to about recall (dev: 73% and 71%):
    /// for when a person reads every attribution anyway.
    Highest,
}

impl Recall {
    /// Every level, in order of rising recall.
    pub const ALL: [Recall; 3] = [Recall::Balanced, Recall::High, Recall::Highest];

    /// The level's name: `"balanced"`, `"high"` or `"highest"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Recall::Balanced => "balanced",
            Recall::High => "high",
            Recall::Highest => "highest",
        }
    }

    /// The level called `name` (see [`as_str`](Recall::as_str)).
    pub fn from_name(name: &str) -> Option<Recall> {
        Recall::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Score added to `B-CUE` (weight units of the cue stage) by a model
    /// without a filter stage.
    pub fn cue_boost(self) -> f32 {
        match self {
            Recall::Balanced => 0.0,
            Recall::High => 32.0,
            Recall::Highest => 64.0,
        }
    }
}

/// Reusable buffers for one thread.
#[derive(Debug, Default)]
pub struct Buffers {
    seq: Sequence,
    scratch: Scratch,
    labels: Vec<u8>,
    emit: Vec<f32>,
    sums: Vec<i32>,
    score: Vec<f32>,
    back: Vec<u8>,
    feats: Vec<FeatId>,
}

impl AttributionModel {
    /// Builds from the two stages.
    pub fn new(cue: LinearModel, role: LinearModel) -> AttributionModel {
        let trained_cue_bias = cue.label_bias.get(1).copied().unwrap_or(0.0);
        AttributionModel {
            cue,
            role,
            trained_cue_bias,
            filter: None,
            recall: Recall::Balanced,
        }
    }

    /// Adds (or replaces) the filter stage.
    pub fn with_filter(mut self, filter: Filter) -> AttributionModel {
        self.filter = Some(filter);
        self
    }

    /// The filter stage, if the model has one.
    pub fn filter(&self) -> Option<&Filter> {
        self.filter.as_ref()
    }

    /// Moves the model between precision and recall (see [`Recall`]).
    pub fn set_recall(&mut self, recall: Recall) {
        self.recall = recall;
        // With a filter the cue boost is fixed and the threshold moves.
        let boost = if self.filter.is_some() {
            0.0
        } else {
            recall.cue_boost()
        };
        if let Some(b) = self.cue.label_bias.get_mut(1) {
            *b = self.trained_cue_bias + boost;
        }
    }

    /// Attributions found by the model at its recall setting, together with
    /// the rule extractor's `ruled` ones. Without a filter, the model's cues
    /// and roles, plus the rule attributions that clash with none of them;
    /// with one, the model's candidates and the rule attributions are
    /// judged alike by the filter. Either way a proposal without a source
    /// gets its cue's subject ([`subject::fill_missing_sources`]).
    pub fn propose(
        &self,
        layout: &Layout,
        facts: &TokenFacts,
        ruled: &[Proposal],
        buf: &mut Buffers,
    ) -> Vec<Proposal> {
        let (sentences, paragraphs) = (&layout.sentences, &layout.paragraphs);
        match &self.filter {
            None => {
                let cues = self.find_cues(facts, sentences, buf);
                let found = self.attribute(facts, paragraphs, &cues, buf);
                let mut all = add_unclashing(found, ruled.to_vec());
                subject::fill_missing_sources(layout, facts, &mut all);
                all
            }
            Some(filter) => {
                let mut candidates = self.candidates(facts, sentences, paragraphs, buf);
                add_rule_candidates(&mut candidates, ruled);
                // The filter judges the source that will be output.
                fill_candidate_sources(layout, facts, &mut candidates);
                let threshold = filter.thresholds[self.recall as usize];
                let scored = self.score_candidates(facts, &candidates, buf);
                keep_above(candidates, &scored, threshold)
            }
        }
    }

    /// The filter's probability for every candidate (0.5 without a filter).
    pub fn score_candidates(
        &self,
        facts: &TokenFacts,
        candidates: &[Candidate],
        buf: &mut Buffers,
    ) -> Vec<f32> {
        let Some(filter) = &self.filter else {
            return vec![0.5; candidates.len()];
        };
        let nb = filter::Neighbours::new(facts, candidates);
        (0..candidates.len())
            .map(|k| {
                filter::features(facts, candidates, &nb, k, filter.model.bits, &mut buf.feats);
                filter.probability(&buf.feats)
            })
            .collect()
    }

    /// Candidate attributions for the filter: cues sought at every boost of
    /// [`LEVELS`], roles labelled for the cues of the highest.
    pub fn candidates(
        &self,
        facts: &TokenFacts,
        sentences: &[Range<usize>],
        paragraphs: &[Range<usize>],
        buf: &mut Buffers,
    ) -> Vec<Candidate> {
        let mut cues: Vec<(Range<usize>, u8, f32)> = Vec::new();
        let mut spans: Vec<Vec<Range<usize>>> = vec![Vec::new(); LEVELS.len()];
        let l = CUE_LABELS;
        let bias: Vec<f32> = (0..l)
            .map(|y| {
                if y == 1 {
                    self.trained_cue_bias
                } else {
                    self.cue.label_bias.get(y).copied().unwrap_or(0.0)
                }
            })
            .collect();
        for s in crate::pipeline::in_pieces(sentences, MAX_CUE_SEQUENCE) {
            features::cue_sequence(facts, s.clone(), self.cue.bits, &mut buf.seq);
            let n = buf.seq.len();
            self.cue.emission_sums(&buf.seq, &mut buf.sums);
            buf.emit.clear();
            buf.emit.extend(
                buf.sums
                    .iter()
                    .zip(bias.iter().cycle())
                    .map(|(&a, b)| a as f32 * self.cue.scale + b),
            );
            for (level, found) in spans.iter_mut().enumerate() {
                found.clear();
                let boost = LEVELS[level];
                let emit = &buf.emit;
                linear::viterbi(
                    n,
                    l,
                    |i, y| emit[i * l + y] + if y == 1 { boost } else { 0.0 },
                    &self.cue.transitions,
                    &self.cue.constraints,
                    &mut buf.score,
                    &mut buf.back,
                    &mut buf.labels,
                );
                spans_of(&buf.labels, 1, 2, 0, found);
            }
            let top = spans.last().cloned().unwrap_or_default();
            for cue in &top {
                let level = spans
                    .iter()
                    .position(|found| found.iter().any(|c| c.start < cue.end && cue.start < c.end))
                    .unwrap_or(LEVELS.len() - 1) as u8;
                let score: f32 = cue
                    .clone()
                    .map(|i| {
                        let y = if i == cue.start { 1 } else { 2 };
                        buf.emit[i * l + y] - buf.emit[i * l]
                    })
                    .sum();
                cues.push((s.start + cue.start..s.start + cue.end, level, score));
            }
        }
        let ranges: Vec<Range<usize>> = cues.iter().map(|c| c.0.clone()).collect();
        let prefix = cue_prefix(facts.len(), &ranges);
        let mut out = Vec::new();
        for (cue, level, cue_score) in cues {
            let Some(Roles {
                window,
                margin,
                source,
                content,
            }) = self.label_roles(facts, paragraphs, &cue, &prefix, buf)
            else {
                continue;
            };
            // The role stage's emission sums are still in its scratch.
            let (emit, rl, scale) = (buf.scratch.emissions(), self.role.labels, self.role.scale);
            let advantage = |ranges: &[Range<usize>]| -> f32 {
                let mut sum = 0.0;
                let mut count = 0usize;
                for t in ranges.iter().flat_map(|r| r.clone()) {
                    let k = t - window.start;
                    if let (Some(&y), Some(&o)) = (buf.labels.get(k), emit.get(k * rl)) {
                        let e = emit.get(k * rl + y as usize).copied().unwrap_or(0);
                        sum += e as f32 * scale - o as f32 * scale;
                        count += 1;
                    }
                }
                if count == 0 {
                    0.0
                } else {
                    sum / count as f32
                }
            };
            let content_score = advantage(&content);
            let source_score = advantage(&source);
            out.push(Candidate {
                proposal: Proposal {
                    content,
                    cue: vec![cue],
                    source,
                    confidence: confidence_of(margin),
                },
                level,
                cue_score,
                margin,
                content_score,
                source_score,
            });
        }
        out
    }

    /// Parses a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<AttributionModel, format::FormatError> {
        let (mut models, thresholds) = format::read(bytes)?;
        let filter = match (models.len(), thresholds.as_slice()) {
            (2, []) => None,
            (3, &[a, b, c]) => {
                let model = models
                    .pop()
                    .ok_or_else(|| format::FormatError("missing filter section".into()))?;
                if model.labels != 1 || model.bits != filter::FILTER_BITS {
                    return Err(format::FormatError(
                        "filter section has an unexpected shape".into(),
                    ));
                }
                if ![a, b, c].iter().all(|t| (0.0..=1.0).contains(t)) {
                    return Err(format::FormatError(
                        "filter thresholds are not probabilities".into(),
                    ));
                }
                Some(Filter {
                    model,
                    thresholds: [a, b, c],
                })
            }
            (n, t) => {
                return Err(format::FormatError(format!(
                    "expected 2 sections, or 3 with 3 filter thresholds; found {n} sections and {} thresholds",
                    t.len()
                )))
            }
        };
        let role = models
            .pop()
            .ok_or_else(|| format::FormatError("missing role section".into()))?;
        let cue = models
            .pop()
            .ok_or_else(|| format::FormatError("missing cue section".into()))?;
        if cue.labels != CUE_LABELS || role.labels != ROLE_LABELS {
            return Err(format::FormatError(
                "sections have unexpected label counts".into(),
            ));
        }
        let model = AttributionModel::new(cue, role);
        Ok(match filter {
            Some(f) => model.with_filter(f),
            None => model,
        })
    }

    /// Serializes to the model file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        // What training made, whatever recall setting is in use.
        let mut cue = self.cue.clone();
        if let Some(b) = cue.label_bias.get_mut(1) {
            *b = self.trained_cue_bias;
        }
        match &self.filter {
            Some(f) => format::write(&[&cue, &self.role, &f.model], &f.thresholds),
            None => format::write(&[&cue, &self.role], &[]),
        }
    }

    /// Cue spans (token ranges) in every sentence.
    pub fn find_cues(
        &self,
        facts: &TokenFacts,
        sentences: &[Range<usize>],
        buf: &mut Buffers,
    ) -> Vec<Range<usize>> {
        let mut cues = Vec::new();
        // A "sentence" longer than any real one (a page without punctuation)
        // is decoded in pieces, so the feature and Viterbi buffers stay small.
        for s in crate::pipeline::in_pieces(sentences, MAX_CUE_SEQUENCE) {
            features::cue_sequence(facts, s.clone(), self.cue.bits, &mut buf.seq);
            self.cue.decode(&buf.seq, &mut buf.scratch, &mut buf.labels);
            spans_of(&buf.labels, 1, 2, s.start, &mut cues);
        }
        cues
    }

    /// Proposals for every cue: its source and content spans.
    pub fn attribute(
        &self,
        facts: &TokenFacts,
        paragraphs: &[Range<usize>],
        cues: &[Range<usize>],
        buf: &mut Buffers,
    ) -> Vec<Proposal> {
        let prefix = cue_prefix(facts.len(), cues);
        let mut out = Vec::new();
        let mut margins = Vec::new();
        for cue in cues {
            let Some(Roles {
                margin,
                source,
                content,
                ..
            }) = self.label_roles(facts, paragraphs, cue, &prefix, buf)
            else {
                continue;
            };
            let confidence = confidence_of(margin);
            margins.push(margin);
            out.push(Proposal {
                content,
                cue: vec![cue.clone()],
                source,
                confidence,
            });
        }
        univocal(out, &margins)
    }

    /// Runs the role stage for one cue. `None` when it finds no content;
    /// else the cue's window, the Viterbi margin, the source run closest
    /// to the cue and the content runs. `buf.seq` and `buf.labels` keep the
    /// window's features and labels for the caller.
    fn label_roles(
        &self,
        facts: &TokenFacts,
        paragraphs: &[Range<usize>],
        cue: &Range<usize>,
        cue_prefix: &[u32],
        buf: &mut Buffers,
    ) -> Option<Roles> {
        let window = window_for(facts, paragraphs, cue);
        features::role_sequence(
            facts,
            CueContext {
                start: cue.start,
                end: cue.end,
                cue_prefix,
            },
            window.clone(),
            self.role.bits,
            &mut buf.seq,
        );
        let margin = self
            .role
            .decode(&buf.seq, &mut buf.scratch, &mut buf.labels);
        let mut sources = Vec::new();
        let mut content = Vec::new();
        spans_of(&buf.labels, 1, 2, window.start, &mut sources);
        spans_of(&buf.labels, 3, 4, window.start, &mut content);
        if content.is_empty() {
            return None;
        }
        // Several source runs: keep the one closest to the cue.
        let source = sources
            .into_iter()
            .min_by_key(|s| distance(s, cue))
            .into_iter()
            .collect();
        Some(Roles {
            window,
            margin,
            source,
            content,
        })
    }
}

/// What the role stage found for one cue (see `label_roles`).
struct Roles {
    window: Range<usize>,
    margin: f32,
    source: Vec<Range<usize>>,
    content: Vec<Range<usize>>,
}

/// Keeps the annotation univocal, as in the training data: no two contents
/// overlap and no cue sits inside another attribution's content. Conflicts
/// are settled in favour of the attribution the model is surer of.
fn univocal(proposals: Vec<Proposal>, margins: &[f32]) -> Vec<Proposal> {
    let mut order: Vec<usize> = (0..proposals.len()).collect();
    order.sort_by(|&a, &b| margins[b].total_cmp(&margins[a]).then(a.cmp(&b)));
    // Token occupancy of what has been kept: linear in the proposals' size.
    let n = proposals
        .iter()
        .flat_map(|p| p.content.iter().chain(&p.cue))
        .map(|r| r.end)
        .max()
        .unwrap_or(0);
    let (mut content, mut cue) = (vec![false; n], vec![false; n]);
    let mut keep = vec![false; proposals.len()];
    for &i in &order {
        let p = &proposals[i];
        // Nor do two attributions share a cue token.
        let clash = p
            .content
            .iter()
            .flat_map(|r| r.clone())
            .any(|t| content[t] || cue[t])
            || p.cue
                .iter()
                .flat_map(|r| r.clone())
                .any(|t| content[t] || cue[t]);
        if !clash {
            keep[i] = true;
            p.content
                .iter()
                .flat_map(|r| r.clone())
                .for_each(|t| content[t] = true);
            p.cue
                .iter()
                .flat_map(|r| r.clone())
                .for_each(|t| cue[t] = true);
        }
    }
    proposals
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}

/// Adds the rule attributions whose cue overlaps no candidate's cue as
/// candidates of their own (level `LEVELS.len()`: not found by the cue stage).
pub fn add_rule_candidates(candidates: &mut Vec<Candidate>, ruled: &[Proposal]) {
    let model_cues: Vec<Range<usize>> = candidates
        .iter()
        .flat_map(|c| c.proposal.cue.iter().cloned())
        .collect();
    for p in ruled {
        let dup = p.cue.iter().any(|c| {
            model_cues
                .iter()
                .any(|m| c.start < m.end && m.start < c.end)
        });
        if !dup && !p.cue.is_empty() && !p.content.is_empty() {
            candidates.push(Candidate {
                proposal: p.clone(),
                level: LEVELS.len() as u8,
                cue_score: 0.0,
                margin: 0.0,
                content_score: 0.0,
                source_score: 0.0,
            });
        }
    }
}

/// Fills the missing sources of `candidates` as the output's are filled
/// ([`subject::fill_missing_sources`]).
pub fn fill_candidate_sources(layout: &Layout, facts: &TokenFacts, candidates: &mut [Candidate]) {
    subject::fill_missing_sources(
        layout,
        facts,
        candidates.iter_mut().map(|c| &mut c.proposal),
    );
}

/// The candidates whose probability reaches `threshold`, made univocal in
/// favour of the more probable. The probability is their confidence.
pub fn keep_above(
    candidates: Vec<Candidate>,
    probability: &[f32],
    threshold: f32,
) -> Vec<Proposal> {
    let mut kept = Vec::new();
    let mut scores = Vec::new();
    for (c, &p) in candidates.into_iter().zip(probability) {
        if p >= threshold {
            kept.push(Proposal {
                confidence: p,
                ..c.proposal
            });
            scores.push(p);
        }
    }
    univocal(kept, &scores)
}

/// Adds `extra` proposals that clash with none of `base` (same rules as
/// `univocal`); `base` wins every conflict.
pub fn add_unclashing(base: Vec<Proposal>, extra: Vec<Proposal>) -> Vec<Proposal> {
    let nb = base.len();
    let mut all = base;
    all.extend(extra);
    let margins: Vec<f32> = (0..all.len())
        .map(|i| if i < nb { 1.0 } else { 0.0 })
        .collect();
    univocal(all, &margins)
}

/// Probability that an attribution with this Viterbi margin is right.
///
/// Platt scaling on the log of the margin, fitted on the PolNeAR dev
/// predictions of the model shipped before the `i8` parser retrain
/// (1,728 model attributions, "right" = an attribution-full match):
/// predicted and observed shares agreed within 0.07 in every margin bin.
/// Not refitted for the retrained model. Confidence never changes what is
/// output.
pub fn confidence_of(margin: f32) -> f32 {
    const A: f32 = 1.320;
    const B: f32 = -1.044;
    let x = (margin.max(0.0) / 1000.0).ln_1p();
    1.0 / (1.0 + (-(A * x + B)).exp())
}

/// Token window the role stage sees for a cue: its paragraph, clipped.
pub fn window_for(
    facts: &TokenFacts,
    paragraphs: &[Range<usize>],
    cue: &Range<usize>,
) -> Range<usize> {
    let p = facts.para.get(cue.start).copied().unwrap_or(0) as usize;
    let para = paragraphs.get(p).cloned().unwrap_or(0..facts.len());
    let lo = para.start.max(cue.start.saturating_sub(WINDOW));
    let hi = para.end.min(cue.end + WINDOW);
    lo..hi
}

/// Prefix counts of tokens inside any cue.
pub fn cue_prefix(n: usize, cues: &[Range<usize>]) -> Vec<u32> {
    let mut mark = vec![0u32; n + 1];
    for c in cues {
        for i in c.clone() {
            if i < n {
                mark[i + 1] = 1;
            }
        }
    }
    for i in 1..=n {
        mark[i] += mark[i - 1];
    }
    mark
}

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    // Gap between the ranges; 0 when they touch or overlap.
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

/// Collects runs `B I*` (labels `b`, `i`) as token ranges offset by `base`.
pub fn spans_of(labels: &[u8], b: u8, i: u8, base: usize, out: &mut Vec<Range<usize>>) {
    let mut start: Option<usize> = None;
    for (k, &l) in labels.iter().enumerate() {
        if l == i && start.is_some() {
            continue;
        }
        if let Some(s) = start.take() {
            out.push(base + s..base + k);
        }
        if l == b {
            start = Some(k);
        }
    }
    if let Some(s) = start {
        out.push(base + s..base + labels.len());
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn confidence_grows_with_the_margin_and_stays_a_probability() {
        let c: Vec<f32> = [0.0, 500.0, 2000.0, 8000.0, 1e9]
            .iter()
            .map(|&m| super::confidence_of(m))
            .collect();
        assert!(c.windows(2).all(|w| w[0] < w[1]), "{c:?}");
        assert!(c.iter().all(|&p| (0.0..=1.0).contains(&p)), "{c:?}");
        // Small margins are genuinely uncertain, large ones near sure.
        assert!(c[0] < 0.5 && c[4] > 0.99, "{c:?}");
    }

    use super::*;

    #[test]
    fn recall_levels_by_name() {
        for r in Recall::ALL {
            assert_eq!(Recall::from_name(r.as_str()), Some(r));
        }
        assert_eq!(Recall::from_name("everything"), None);
        assert!(Recall::ALL
            .windows(2)
            .all(|w| w[0].cue_boost() < w[1].cue_boost()));
    }

    /// A small model with a filter (weights arbitrary but not zero).
    fn tiny_model() -> AttributionModel {
        let section = |labels: usize, bits: u32| LinearModel {
            labels,
            bits,
            scale: 0.25,
            weights: (0..(1usize << bits) * labels)
                .map(|k| ((k * 37) % 11) as i16 - 5)
                .collect(),
            transitions: vec![0.5; (labels + 1) * labels],
            constraints: linear::Constraints::bio(labels),
            label_bias: vec![0.0; labels],
        };
        let filter = Filter {
            model: LinearModel {
                constraints: linear::Constraints::none(1),
                ..section(1, filter::FILTER_BITS)
            },
            thresholds: [0.4, 0.2, 0.05],
        };
        AttributionModel::new(section(CUE_LABELS, 8), section(ROLE_LABELS, 8)).with_filter(filter)
    }

    #[test]
    fn a_model_with_a_filter_round_trips() {
        let m = tiny_model();
        let bytes = m.to_bytes();
        let back = AttributionModel::from_bytes(&bytes).expect("reads back");
        assert_eq!(back.to_bytes(), bytes);
        let f = back.filter().expect("filter kept");
        assert_eq!(f.thresholds, [0.4, 0.2, 0.05]);
        assert_eq!(f.model.weights, m.filter().expect("filter").model.weights);
        // Without a filter the file has two sections and still reads.
        let plain = AttributionModel::new(m.cue.clone(), m.role.clone());
        let back = AttributionModel::from_bytes(&plain.to_bytes()).expect("reads back");
        assert!(back.filter().is_none());
    }

    #[test]
    fn a_bad_filter_section_is_a_clear_error() {
        let m = tiny_model();
        let mut f = m.filter().expect("filter").clone();
        // Not probabilities.
        let mut bad = m.clone().with_filter(Filter {
            thresholds: [0.5, 2.0, 0.1],
            ..f.clone()
        });
        let err = AttributionModel::from_bytes(&bad.to_bytes()).unwrap_err().0;
        assert!(err.contains("thresholds"), "{err}");
        // A filter of the wrong shape.
        f.model.labels = 2;
        f.model.weights = vec![1; 2 << filter::FILTER_BITS];
        f.model.transitions = vec![0.0; 6];
        f.model.label_bias = vec![0.0; 2];
        f.model.constraints = linear::Constraints::none(2);
        bad = m.clone().with_filter(f);
        let err = AttributionModel::from_bytes(&bad.to_bytes()).unwrap_err().0;
        assert!(err.contains("filter section"), "{err}");
        // Three sections without thresholds.
        let bytes = format::write(&[&m.cue, &m.role, &m.role], &[]);
        let err = AttributionModel::from_bytes(&bytes).unwrap_err().0;
        assert!(err.contains("3 sections and 0 thresholds"), "{err}");
        // A file of the previous format version names both versions.
        let mut old = m.to_bytes();
        old[8..12].copy_from_slice(&2u32.to_le_bytes());
        let n = old.len() - 8;
        let sum = ascribe_tagger::hash::fnv1a64(&old[..n]);
        old[n..].copy_from_slice(&sum.to_le_bytes());
        let err = AttributionModel::from_bytes(&old).unwrap_err().0;
        assert!(
            err.contains("version 2") && err.contains("version 3") && err.contains("retrain"),
            "{err}"
        );
    }

    #[test]
    fn the_filter_threshold_moves_with_the_recall_level() {
        let mut m = tiny_model();
        let t = |m: &AttributionModel| m.filter().map(|f| f.thresholds[m.recall as usize]);
        let mut seen = Vec::new();
        for r in Recall::ALL {
            m.set_recall(r);
            seen.push(t(&m).expect("filter"));
            // The cue boost stays put: the filter does the choosing.
            assert_eq!(m.cue.label_bias[1], m.trained_cue_bias);
        }
        assert!(seen.windows(2).all(|w| w[0] > w[1]), "{seen:?}");
    }

    /// The filter judges a candidate by the source it will be output with:
    /// one without a source is given its cue's subject first, and the
    /// source's words are among the features.
    #[test]
    fn the_filter_sees_the_filled_source_and_its_words() {
        use crate::pipeline::Annotator;
        let text = "Mayor Ann Ruiz attacked the council on Monday, saying the budget was a mess.";
        let layout = Layout::new(text);
        let tags = Annotator::builtin().expect("models").tag(&layout);
        let facts = TokenFacts::new(&layout, &tags, &[]);
        let at = |w: &str| {
            (0..layout.tokens.len())
                .find(|&i| layout.word(i) == w)
                .expect("word in text")
        };
        let (cue, budget, mess) = (at("saying"), at("budget"), at("mess"));
        let (content, cue) = (budget - 1..mess + 1, cue..cue + 1);
        let candidate = |source: Vec<Range<usize>>| Candidate {
            proposal: Proposal {
                content: vec![content.clone()],
                cue: vec![cue.clone()],
                source,
                confidence: 0.5,
            },
            level: 0,
            cue_score: 1.0,
            margin: 100.0,
            content_score: 1.0,
            source_score: 0.0,
        };
        let mut candidates = vec![candidate(Vec::new())];
        fill_candidate_sources(&layout, &facts, &mut candidates);
        let mayor = at("Mayor");
        let subject = mayor..mayor + 3;
        assert_eq!(candidates[0].proposal.source, vec![subject]);

        let feats = |c: Candidate| {
            let all = vec![c];
            let nb = filter::Neighbours::new(&facts, &all);
            let mut out = Vec::new();
            filter::features(&facts, &all, &nb, 0, filter::FILTER_BITS, &mut out);
            out.sort_unstable();
            out
        };
        let filled = feats(candidates[0].clone());
        let bare = feats(candidate(Vec::new()));
        assert_ne!(filled, bare);
        // Each of the source's three words is a feature of its own.
        assert!(filled.len() >= bare.len() + 3, "{filled:?} vs {bare:?}");
        assert_eq!(filled, feats(candidates[0].clone()), "deterministic");
    }

    #[test]
    fn runs_are_collected() {
        let mut out = Vec::new();
        spans_of(&[0, 1, 2, 2, 0, 1, 1, 2], 1, 2, 10, &mut out);
        assert_eq!(out, vec![11..14, 15..16, 16..18]);
    }
}

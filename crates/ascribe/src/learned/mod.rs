//! The learned attribution model.
//!
//! Two linear-chain models over hashed features:
//! 1. **cues**: every sentence is tagged `O / B-CUE / I-CUE`;
//! 2. **roles**: for every cue found, the tokens of its paragraph are tagged
//!    `O / B-SRC / I-SRC / B-CON / I-CON` *relative to that cue* (distance,
//!    direction, commas and other cues in between, quotation state…).
//!
//! Labelling roles per cue makes linking trivial (each cue owns what it
//! tagged), lets one sentence hold several attributions, and lets content run
//! over several sentences of the paragraph.

pub mod features;
pub mod format;
pub mod linear;
pub mod subject;
#[cfg(feature = "train")]
pub mod train;

use crate::assemble::Proposal;
use features::{CueContext, TokenFacts};
use linear::{LinearModel, Scratch, Sequence};
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
}

/// Where the model sits between precision and recall.
///
/// More recall comes from a higher score for starting a cue: the cue stage
/// proposes more cues, and the role stage still drops those it finds no
/// content for. Measured on PolNeAR dev (attribution full P / R / F1;
/// content F1; indirect recall), see the README:
/// `Balanced` 80.3 / 66.1 / 72.5, 77.4, 63.2;
/// `High` 76.0 / 68.2 / 71.9, 78.1, 67.2;
/// `Highest` 70.8 / 70.0 / 70.4, 77.9, 71.5.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Recall {
    /// As trained: the best attribution F1.
    #[default]
    Balanced,
    /// More attributions found, at some cost in precision.
    High,
    /// Most found, with precision down to about recall (dev: 71% and 70%):
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

    /// Score added to `B-CUE` (weight units of the cue stage).
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
}

impl AttributionModel {
    /// Builds from the two stages.
    pub fn new(cue: LinearModel, role: LinearModel) -> AttributionModel {
        let trained_cue_bias = cue.label_bias.get(1).copied().unwrap_or(0.0);
        AttributionModel {
            cue,
            role,
            trained_cue_bias,
        }
    }

    /// Moves the model between precision and recall (see [`Recall`]).
    pub fn set_recall(&mut self, recall: Recall) {
        if let Some(b) = self.cue.label_bias.get_mut(1) {
            *b = self.trained_cue_bias + recall.cue_boost();
        }
    }

    /// Parses a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<AttributionModel, format::FormatError> {
        let mut models = format::read(bytes)?;
        if models.len() != 2 {
            return Err(format::FormatError(format!(
                "expected 2 sections, found {}",
                models.len()
            )));
        }
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
        Ok(AttributionModel::new(cue, role))
    }

    /// Serializes to the model file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        // What training made, whatever recall setting is in use.
        let mut cue = self.cue.clone();
        if let Some(b) = cue.label_bias.get_mut(1) {
            *b = self.trained_cue_bias;
        }
        format::write(&[&cue, &self.role])
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
            let window = window_for(facts, paragraphs, cue);
            features::role_sequence(
                facts,
                CueContext {
                    start: cue.start,
                    end: cue.end,
                    cue_prefix: &prefix,
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
                continue;
            }
            // Several source runs: keep the one closest to the cue.
            let source = sources
                .into_iter()
                .min_by_key(|s| distance(s, cue))
                .into_iter()
                .collect();
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
        let clash = p
            .content
            .iter()
            .flat_map(|r| r.clone())
            .any(|t| content[t] || cue[t])
            || p.cue.iter().flat_map(|r| r.clone()).any(|t| content[t]);
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

    #[test]
    fn runs_are_collected() {
        let mut out = Vec::new();
        spans_of(&[0, 1, 2, 2, 0, 1, 1, 2], 1, 2, 10, &mut out);
        assert_eq!(out, vec![11..14, 15..16, 16..18]);
    }
}

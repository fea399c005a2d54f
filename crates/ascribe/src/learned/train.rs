//! Training of the attribution model from brat-annotated documents
//! (PolNeAR layout). Deterministic: a fixed-seed shuffle and single-threaded
//! updates, so the same data always gives a byte-identical model.

use super::features::{self, CueContext, TokenFacts};
use super::linear::{Constraints, Scratch, Sequence, Trainer};
use super::{window_for, AttributionModel, Buffers, CUE_BITS, CUE_LABELS, ROLE_BITS, ROLE_LABELS};
use crate::pipeline::Annotator;
use ascribe_eval::{Attr, GoldDoc};
use ascribe_text::Layout;
use std::collections::HashMap;
use std::ops::Range;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Shuffle seed.
    pub seed: u64,
    /// Emission bias for `B-CUE` at inference (raises cue recall; the role
    /// stage then rejects false cues).
    pub cue_bias: f32,
    /// Folds for the jackknifed cue predictions that give the role stage
    /// realistic false cues to reject.
    pub folds: usize,
    /// Diagnostic: score dev with the gold cues instead of the cue stage's,
    /// to measure the role stage alone.
    pub oracle_cues: bool,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 10,
            seed: 0x5eed,
            cue_bias: 0.0,
            folds: 4,
            oracle_cues: false,
        }
    }
}

/// A document prepared for training or evaluation: layout facts plus gold token labels.
#[derive(Clone)]
struct Prepared {
    id: String,
    facts: TokenFacts,
    sentences: Vec<Range<usize>>,
    paragraphs: Vec<Range<usize>>,
    /// Code-point span of every token.
    char_spans: Vec<(usize, usize)>,
    /// Gold cue labels per token (0 O, 1 B, 2 I).
    cue_gold: Vec<u8>,
    /// Role instances: cue range, window, gold labels over the window.
    roles: Vec<(Range<usize>, Range<usize>, Vec<u8>)>,
    gold_cues: Vec<Range<usize>>,
    /// What the rule extractor proposes (features, and added to the output as at inference).
    ruled: Vec<crate::assemble::Proposal>,
}

fn prepare(doc: &GoldDoc, annotator: &Annotator) -> Prepared {
    let layout = Layout::new(&doc.text);
    let tags = annotator.tag(&layout);
    let ruled = crate::rules::propose(&layout);
    let facts = TokenFacts::new(&layout, &tags, &ruled);
    let n = layout.tokens.len();
    let char_spans: Vec<(usize, usize)> = layout
        .tokens
        .iter()
        .map(|t| {
            let r = layout.char_span(t.start..t.end);
            (r.start, r.end)
        })
        .collect();
    let tokens_in = |frags: &[(usize, usize)]| -> Vec<usize> {
        let mut out = Vec::new();
        for &(s, e) in frags {
            let first = char_spans.partition_point(|&(_, te)| te <= s);
            for (i, &(ts, te)) in char_spans.iter().enumerate().skip(first) {
                if ts >= e {
                    break;
                }
                let overlap = te.min(e).saturating_sub(ts.max(s));
                if overlap * 2 >= te - ts {
                    out.push(i);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    };
    let mut cue_gold = vec![0u8; n];
    let mut gold_cues = Vec::new();
    let mut attrs = Vec::new();
    for a in &doc.attributions {
        let cue = tokens_in(&a.cue);
        if cue.is_empty() {
            continue;
        }
        // The first contiguous run of cue tokens is the cue the model learns.
        let mut end = cue[0] + 1;
        while cue.contains(&end) {
            end += 1;
        }
        let run = cue[0]..end;
        for i in run.clone() {
            cue_gold[i] = if i == run.start { 1 } else { 2 };
        }
        gold_cues.push(run.clone());
        attrs.push((run, tokens_in(&a.source), tokens_in(&a.content)));
    }
    let mut roles = Vec::new();
    for (cue, source, content) in attrs {
        let window = window_for(&facts, &layout.paragraphs, &cue);
        let mut labels = vec![0u8; window.len()];
        for (set, b, i) in [(&source, 1u8, 2u8), (&content, 3, 4)] {
            for &t in set {
                if window.contains(&t) && !cue.contains(&t) {
                    let prev_same = t > window.start
                        && set.binary_search(&(t - 1)).is_ok()
                        && !cue.contains(&(t - 1));
                    labels[t - window.start] = if prev_same { i } else { b };
                }
            }
        }
        roles.push((cue, window, labels));
    }
    Prepared {
        id: doc.id.clone(),
        facts,
        sentences: layout.sentences.clone(),
        paragraphs: layout.paragraphs.clone(),
        char_spans,
        cue_gold,
        roles,
        gold_cues,
        ruled,
    }
}

/// Small deterministic PRNG (SplitMix64) for shuffling.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn predict(
    model: &AttributionModel,
    p: &Prepared,
    oracle_cues: bool,
    buf: &mut Buffers,
) -> Vec<Attr> {
    let cues = if oracle_cues {
        p.gold_cues.clone()
    } else {
        model.find_cues(&p.facts, &p.sentences, buf)
    };
    let found = model.attribute(&p.facts, &p.paragraphs, &cues, buf);
    let proposals = super::add_unclashing(found, p.ruled.clone());
    let frag = |r: &Range<usize>| -> (usize, usize) {
        (p.char_spans[r.start].0, p.char_spans[r.end - 1].1)
    };
    proposals
        .iter()
        .map(|pr| Attr {
            content: pr.content.iter().map(frag).collect(),
            cue: pr.cue.iter().map(frag).collect(),
            source: pr.source.iter().map(frag).collect(),
        })
        .collect()
}

/// Trains on `train`, reporting dev metrics after each epoch through `log`.
pub fn train(
    train: &[GoldDoc],
    dev: &[GoldDoc],
    annotator: &Annotator,
    opts: &TrainOptions,
    mut log: impl FnMut(&str),
) -> (AttributionModel, Option<ascribe_eval::Report>) {
    log(&format!(
        "preparing {} training and {} dev documents",
        train.len(),
        dev.len()
    ));
    let train_p: Vec<Prepared> = train.iter().map(|d| prepare(d, annotator)).collect();
    let dev_p: Vec<Prepared> = dev.iter().map(|d| prepare(d, annotator)).collect();

    // Precompute all sequences once; features do not change across epochs.
    let mut cue_items: Vec<(Sequence, Vec<u8>)> = Vec::new();
    let mut cue_doc: Vec<usize> = Vec::new();
    for (d, p) in train_p.iter().enumerate() {
        for s in &p.sentences {
            if s.is_empty() {
                continue;
            }
            let mut seq = Sequence::default();
            features::cue_sequence(&p.facts, s.clone(), CUE_BITS, &mut seq);
            cue_items.push((seq, p.cue_gold[s.clone()].to_vec()));
            cue_doc.push(d);
        }
    }

    // Jackknife: cues predicted for each document by a cue model that never saw it.
    let mut predicted: Vec<Vec<Range<usize>>> = vec![Vec::new(); train_p.len()];
    let folds = opts.folds.max(2);
    let mut rng = SplitMix(opts.seed ^ 0xf01d);
    let mut scratch = Scratch::default();
    let mut pred = Vec::new();
    for fold in 0..folds {
        let mut t = Trainer::new(CUE_LABELS, CUE_BITS, Constraints::bio(CUE_LABELS));
        let mut order: Vec<usize> = (0..cue_items.len())
            .filter(|&k| cue_doc[k] % folds != fold)
            .collect();
        for _ in 0..opts.epochs.min(8) {
            rng.shuffle(&mut order);
            for &k in &order {
                t.learn(&cue_items[k].0, &cue_items[k].1, &mut scratch, &mut pred);
            }
        }
        let mut m = t.finish();
        m.label_bias[1] = opts.cue_bias;
        let mut buf = Buffers::default();
        for (d, p) in train_p
            .iter()
            .enumerate()
            .filter(|(d, _)| d % folds == fold)
        {
            for s in &p.sentences {
                if s.is_empty() {
                    continue;
                }
                features::cue_sequence(&p.facts, s.clone(), CUE_BITS, &mut buf.seq);
                m.decode(&buf.seq, &mut buf.scratch, &mut buf.labels);
                super::spans_of(&buf.labels, 1, 2, s.start, &mut predicted[d]);
            }
        }
        log(&format!("jackknife fold {}/{folds} done", fold + 1));
    }

    let mut role_items: Vec<(Sequence, Vec<u8>)> = Vec::new();
    let mut negatives = 0;
    for (d, p) in train_p.iter().enumerate() {
        // Cues as the role stage will see them at inference: gold ∪ predicted.
        let mut all_cues = p.gold_cues.clone();
        let mut roles = p.roles.clone();
        for c in &predicted[d] {
            if c.clone().all(|i| p.cue_gold[i] == 0) {
                all_cues.push(c.clone());
                let window = window_for(&p.facts, &p.paragraphs, c);
                roles.push((c.clone(), window.clone(), vec![0; window.len()]));
                negatives += 1;
            }
        }
        let prefix = super::cue_prefix(p.facts.len(), &all_cues);
        for (cue, window, labels) in &roles {
            let mut seq = Sequence::default();
            let ctx = CueContext {
                start: cue.start,
                end: cue.end,
                cue_prefix: &prefix,
            };
            features::role_sequence(&p.facts, ctx, window.clone(), ROLE_BITS, &mut seq);
            role_items.push((seq, labels.clone()));
        }
    }
    log(&format!(
        "{} cue sequences, {} role instances ({negatives} false cues)",
        cue_items.len(),
        role_items.len()
    ));

    let mut cue_t = Trainer::new(CUE_LABELS, CUE_BITS, Constraints::bio(CUE_LABELS));
    let mut role_t = Trainer::new(ROLE_LABELS, ROLE_BITS, Constraints::bio(ROLE_LABELS));
    let mut rng = SplitMix(opts.seed);
    let mut cue_order: Vec<usize> = (0..cue_items.len()).collect();
    let mut role_order: Vec<usize> = (0..role_items.len()).collect();
    let gold_map: Vec<GoldDoc> = dev.to_vec();
    let mut last_report = None;
    for epoch in 1..=opts.epochs {
        rng.shuffle(&mut cue_order);
        rng.shuffle(&mut role_order);
        let mut cue_err = 0;
        for &k in &cue_order {
            let (seq, gold) = &cue_items[k];
            cue_err += cue_t.learn(seq, gold, &mut scratch, &mut pred);
        }
        let mut role_err = 0;
        for &k in &role_order {
            let (seq, gold) = &role_items[k];
            role_err += role_t.learn(seq, gold, &mut scratch, &mut pred);
        }
        let model = finish(&cue_t, &role_t, opts);
        let mut line = format!("epoch {epoch:2}: train errors cue {cue_err} role {role_err}");
        if !dev_p.is_empty() {
            let mut buf = Buffers::default();
            let preds: HashMap<String, Vec<Attr>> = dev_p
                .iter()
                .map(|p| (p.id.clone(), predict(&model, p, opts.oracle_cues, &mut buf)))
                .collect();
            let report = ascribe_eval::evaluate(&gold_map, &preds);
            line.push_str(&format!(
                " | dev full F1 {:.1} content F1 {:.1}",
                report.headline(),
                report.attribution_content.f1
            ));
            last_report = Some(report);
        }
        log(&line);
    }
    (finish(&cue_t, &role_t, opts), last_report)
}

fn finish(cue_t: &Trainer, role_t: &Trainer, opts: &TrainOptions) -> AttributionModel {
    let mut cue = cue_t.finish();
    cue.label_bias[1] = opts.cue_bias;
    AttributionModel::new(cue, role_t.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe_eval::Attr;

    /// Two tiny invented documents with code-point gold spans.
    fn docs() -> Vec<GoldDoc> {
        let a = "The mayor said that the bridge would reopen in May.\n\n\"It is safe,\" the engineer told reporters.";
        let b = "Officials said the budget was balanced.\n\nThe governor insisted that taxes would not rise.";
        let span = |t: &str, s: &str| {
            let byte = t.find(s).expect("span in text");
            let start = t[..byte].chars().count();
            (start, start + s.chars().count())
        };
        let attr = |t: &str, src: &str, cue: &str, content: &str| Attr {
            source: vec![span(t, src)],
            cue: vec![span(t, cue)],
            content: vec![span(t, content)],
        };
        vec![
            GoldDoc {
                id: "a".into(),
                text: a.into(),
                attributions: vec![
                    attr(
                        a,
                        "The mayor",
                        "said",
                        "that the bridge would reopen in May",
                    ),
                    attr(a, "the engineer", "told", "It is safe,"),
                ],
            },
            GoldDoc {
                id: "b".into(),
                text: b.into(),
                attributions: vec![
                    attr(b, "Officials", "said", "the budget was balanced"),
                    attr(b, "The governor", "insisted", "that taxes would not rise"),
                ],
            },
        ]
    }

    #[test]
    fn training_is_deterministic_and_learns_the_training_data() {
        let data = docs();
        let annotator = Annotator::none();
        let opts = TrainOptions {
            epochs: 3,
            folds: 2,
            ..TrainOptions::default()
        };
        let (m1, r1) = train(&data, &data, &annotator, &opts, |_| {});
        let (m2, _) = train(&data, &data, &annotator, &opts, |_| {});
        assert_eq!(
            m1.to_bytes(),
            m2.to_bytes(),
            "same data and seed, same bytes"
        );
        let report = r1.expect("dev report");
        assert!(
            report.attribution_content.f1 > 50.0,
            "fits its own data: {}",
            report.to_table()
        );
    }
}

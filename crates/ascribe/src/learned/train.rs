//! Training of the attribution model from brat-annotated documents
//! (PolNeAR layout). Deterministic: a fixed-seed shuffle and single-threaded
//! updates, so the same data always gives a byte-identical model.

use super::features::{self, CueContext, TokenFacts};
use super::filter::{self, train::FilterOptions, Candidate, Filter, FILTER_BITS};
use super::linear::{Constraints, FeatId, LinearModel, Scratch, Sequence, Trainer};
use super::{window_for, AttributionModel, Buffers, CUE_BITS, CUE_LABELS, ROLE_BITS, ROLE_LABELS};
use crate::assemble::Proposal;
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
    /// Train the filter stage (see [`filter`]).
    pub filter: bool,
    /// Diagnostic: log why gold attributions of the held-out training
    /// predictions have no matching candidate (see [`super::misses`]).
    pub diagnose_misses: bool,
    /// Training runs per stage, each over its own shuffles, whose weights
    /// are averaged ([`Trainer::finish_mixed`]).
    pub runs: usize,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 10,
            seed: 0x5eed,
            cue_bias: 0.0,
            folds: 4,
            oracle_cues: false,
            filter: true,
            diagnose_misses: false,
            runs: 3,
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
    /// Gold attributions as sorted token sets (source, content).
    gold_attrs: Vec<(Vec<usize>, Vec<usize>)>,
    /// The same with their cues, for the miss diagnosis.
    gold_full: Vec<super::misses::GoldAttr>,
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
    let gold_full: Vec<super::misses::GoldAttr> = doc
        .attributions
        .iter()
        .map(|a| super::misses::GoldAttr {
            source: tokens_in(&a.source),
            cue: tokens_in(&a.cue),
            content: tokens_in(&a.content),
        })
        .collect();
    let gold_attrs = gold_full
        .iter()
        .map(|a| (a.source.clone(), a.content.clone()))
        .collect();
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
        gold_attrs,
        gold_full,
        ruled,
    }
}

/// Small deterministic PRNG (SplitMix64) for shuffling.
pub(crate) struct SplitMix(pub(crate) u64);

impl SplitMix {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn predict(
    model: &AttributionModel,
    p: &Prepared,
    text: &str,
    oracle_cues: bool,
    buf: &mut Buffers,
) -> Vec<Attr> {
    // As the extractor does, so that the dev numbers are `ascribe eval`'s.
    let layout = Layout::new(text);
    let proposals = if oracle_cues {
        let found = model.attribute(&p.facts, &p.paragraphs, &p.gold_cues, buf);
        let mut all = super::add_unclashing(found, p.ruled.clone());
        super::subject::fill_missing_sources(&layout, &p.facts, &mut all);
        all
    } else {
        model.propose(&layout, &p.facts, &p.ruled, buf)
    };
    to_attrs(p, &proposals)
}

fn to_attrs(p: &Prepared, proposals: &[Proposal]) -> Vec<Attr> {
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

/// Whether a candidate matches a gold attribution: content Dice ≥ 0.5 over
/// tokens and, with `need_source`, overlapping sources (or neither has one).
fn matches_gold(p: &Proposal, gold: &[(Vec<usize>, Vec<usize>)], need_source: bool) -> bool {
    let content = tokens(&p.content);
    let source = tokens(&p.source);
    gold.iter()
        .any(|(gs, gc)| dice_ok(&content, gc) && (!need_source || sources_agree(&source, gs)))
}

/// The tokens `ranges` cover, sorted, each once.
pub(super) fn tokens(ranges: &[Range<usize>]) -> Vec<usize> {
    let mut v: Vec<usize> = ranges.iter().flat_map(|r| r.clone()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Tokens of `a` also in `b` (`b` sorted).
pub(super) fn common(a: &[usize], b: &[usize]) -> usize {
    a.iter().filter(|t| b.binary_search(t).is_ok()).count()
}

/// The metric's content match over tokens: Dice of `p` and `g` (both
/// sorted, without repeats) at least 0.5.
pub(super) fn dice_ok(p: &[usize], g: &[usize]) -> bool {
    let c = common(p, g);
    c > 0 && 4 * c >= p.len() + g.len()
}

/// The metric's source match: the sources overlap, or neither has one.
pub(super) fn sources_agree(s: &[usize], g: &[usize]) -> bool {
    (s.is_empty() && g.is_empty()) || common(s, g) > 0
}

/// Held-out candidates of one training document (sources filled as at inference).
struct Held {
    candidates: Vec<Candidate>,
    feats: Vec<Vec<FeatId>>,
    labels: Vec<bool>,
}

/// What the pipeline outputs for a document whose candidates got `probs`.
fn filtered_output(p: &Prepared, h: &Held, probs: &[f32], threshold: f32) -> Vec<Attr> {
    to_attrs(
        p,
        &super::keep_above(h.candidates.clone(), probs, threshold),
    )
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
    let mut fold_cue: Vec<LinearModel> = Vec::new();
    let runs = opts.runs.max(1);
    for fold in 0..folds {
        let order: Vec<usize> = (0..cue_items.len())
            .filter(|&k| cue_doc[k] % folds != fold)
            .collect();
        // The first run continues the stream shared by the folds (as with
        // one run); the others have their own.
        let mut shuffles: Vec<SplitMix> = (0..runs)
            .map(|run| match run {
                0 => SplitMix(rng.0),
                _ => SplitMix(opts.seed ^ 0xf01d ^ run_salt(run) ^ fold as u64),
            })
            .collect();
        let epochs = opts.epochs.min(8);
        let mut m = train_runs(
            CUE_LABELS,
            CUE_BITS,
            &cue_items,
            &order,
            epochs,
            &mut shuffles,
        );
        rng = SplitMix(shuffles[0].0);
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
        fold_cue.push(m);
    }

    let mut role_items: Vec<(Sequence, Vec<u8>)> = Vec::new();
    let mut role_doc: Vec<usize> = Vec::new();
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
            role_doc.push(d);
        }
    }
    log(&format!(
        "{} cue sequences, {} role instances ({negatives} false cues)",
        cue_items.len(),
        role_items.len()
    ));

    let filter = if opts.filter {
        Some(train_filter(
            train,
            &train_p,
            &fold_cue,
            &role_items,
            &role_doc,
            opts,
            &mut log,
        ))
    } else {
        None
    };

    let (mut scratch, mut pred) = (Scratch::default(), Vec::new());
    // One (cue, role, shuffle) triple per run; the model mixes them.
    let mut stages: Vec<(Trainer, Trainer, SplitMix)> = (0..runs)
        .map(|run| {
            (
                Trainer::new(CUE_LABELS, CUE_BITS, Constraints::bio(CUE_LABELS)),
                Trainer::new(ROLE_LABELS, ROLE_BITS, Constraints::bio(ROLE_LABELS)),
                SplitMix(opts.seed ^ run_salt(run)),
            )
        })
        .collect();
    let mut cue_order: Vec<usize> = (0..cue_items.len()).collect();
    let mut role_order: Vec<usize> = (0..role_items.len()).collect();
    let gold_map: Vec<GoldDoc> = dev.to_vec();
    let mut last_report = None;
    for epoch in 1..=opts.epochs {
        let mut cue_err = 0;
        let mut role_err = 0;
        for (cue_t, role_t, rng) in &mut stages {
            rng.shuffle(&mut cue_order);
            rng.shuffle(&mut role_order);
            for &k in &cue_order {
                let (seq, gold) = &cue_items[k];
                cue_err += cue_t.learn(seq, gold, &mut scratch, &mut pred);
            }
            for &k in &role_order {
                let (seq, gold) = &role_items[k];
                role_err += role_t.learn(seq, gold, &mut scratch, &mut pred);
            }
        }
        let model = finish(&stages, &filter, opts);
        let mut line = format!("epoch {epoch:2}: train errors cue {cue_err} role {role_err}");
        if !dev_p.is_empty() {
            let mut buf = Buffers::default();
            let preds: HashMap<String, Vec<Attr>> = dev_p
                .iter()
                .zip(dev)
                .map(|(p, doc)| {
                    let attrs = predict(&model, p, &doc.text, opts.oracle_cues, &mut buf);
                    (p.id.clone(), attrs)
                })
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
    let model = finish(&stages, &filter, opts);
    if model.filter().is_some() && !dev_p.is_empty() {
        // The other recall levels, for the record.
        for recall in [super::Recall::High, super::Recall::Highest] {
            let mut m = model.clone();
            m.set_recall(recall);
            let mut buf = Buffers::default();
            let preds: HashMap<String, Vec<Attr>> = dev_p
                .iter()
                .zip(dev)
                .map(|(p, doc)| (p.id.clone(), predict(&m, p, &doc.text, false, &mut buf)))
                .collect();
            let r = ascribe_eval::evaluate(&gold_map, &preds);
            log(&format!(
                "dev at recall {}: full P/R/F1 {:.1}/{:.1}/{:.1} content F1 {:.1} indirect R {:.1}",
                recall.as_str(),
                r.attribution_full.precision,
                r.attribution_full.recall,
                r.attribution_full.f1,
                r.attribution_content.f1,
                r.recall_by_kind.indirect.recall
            ));
        }
    }
    (model, last_report)
}

/// Trains one stage once per stream of `shuffles` on `items[k]` for `k` in
/// `order` (each run shuffling with its own stream) and mixes the runs.
fn train_runs(
    labels: usize,
    bits: u32,
    items: &[(Sequence, Vec<u8>)],
    order: &[usize],
    epochs: usize,
    shuffles: &mut [SplitMix],
) -> LinearModel {
    let (mut scratch, mut pred) = (Scratch::default(), Vec::new());
    let trainers: Vec<Trainer> = shuffles
        .iter_mut()
        .map(|rng| {
            let mut t = Trainer::new(labels, bits, Constraints::bio(labels));
            let mut order = order.to_vec();
            for _ in 0..epochs {
                rng.shuffle(&mut order);
                for &k in &order {
                    t.learn(&items[k].0, &items[k].1, &mut scratch, &mut pred);
                }
            }
            t
        })
        .collect();
    Trainer::finish_mixed(&trainers.iter().collect::<Vec<_>>())
}

/// Seed salt of training run `run`; run 0 keeps the single-run seeds.
fn run_salt(run: usize) -> u64 {
    (run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

fn finish(
    stages: &[(Trainer, Trainer, SplitMix)],
    filter: &Option<Filter>,
    opts: &TrainOptions,
) -> AttributionModel {
    let cues: Vec<&Trainer> = stages.iter().map(|s| &s.0).collect();
    let roles: Vec<&Trainer> = stages.iter().map(|s| &s.1).collect();
    let mut cue = Trainer::finish_mixed(&cues);
    cue.label_bias[1] = opts.cue_bias;
    let model = AttributionModel::new(cue, Trainer::finish_mixed(&roles));
    match filter {
        Some(f) => model.with_filter(f.clone()),
        None => model,
    }
}

/// Thresholds of the recall levels from the held-out precision/recall
/// curve (ascending thresholds): `Balanced` has the best attribution F1,
/// `Highest` is the lowest threshold whose precision still reaches its
/// recall, and `High` the one whose recall is nearest halfway between
/// theirs, so that each level finds clearly more than the one before.
fn level_thresholds(curve: &[(f32, ascribe_eval::Report)]) -> [f32; 3] {
    let full = |k: usize| &curve[k].1.attribution_full;
    // The first maximum: ties go to the lower threshold.
    let Some(balanced) =
        (0..curve.len()).reduce(|b, k| if full(b).f1 >= full(k).f1 { b } else { k })
    else {
        return [0.5; 3];
    };
    let highest = (0..=balanced)
        .find(|&k| full(k).precision >= full(k).recall)
        .unwrap_or(balanced);
    let middle = (full(balanced).recall + full(highest).recall) / 2.0;
    let high = (highest..=balanced)
        .min_by(|&x, &y| {
            let d = |k: usize| (full(k).recall - middle).abs();
            d(x).total_cmp(&d(y))
        })
        .unwrap_or(balanced);
    [curve[balanced].0, curve[high].0, curve[highest].0]
}

/// Trains the filter on held-out candidates: for every fold, a role stage
/// trained without it labels the cues that the fold's jackknifed cue stage
/// finds at the highest boost; each candidate is labelled by whether it
/// matches a gold attribution. The thresholds of the recall levels are
/// chosen on the training documents' own held-out predictions.
#[allow(clippy::too_many_arguments)]
fn train_filter(
    docs: &[GoldDoc],
    train_p: &[Prepared],
    fold_cue: &[LinearModel],
    role_items: &[(Sequence, Vec<u8>)],
    role_doc: &[usize],
    opts: &TrainOptions,
    log: &mut impl FnMut(&str),
) -> Filter {
    let folds = fold_cue.len().max(1);
    // Labelled by the headline match (content and source): labelling by
    // content alone kept more wrong sources and lost 0.5 full F1 (held-out train).
    let need_source = true;
    let mut held: Vec<Option<Held>> = (0..train_p.len()).map(|_| None).collect();
    let mut misses = super::misses::Tally::default();
    for (fold, cue) in fold_cue.iter().enumerate() {
        let order: Vec<usize> = (0..role_items.len())
            .filter(|&k| role_doc[k] % folds != fold)
            .collect();
        let mut shuffles: Vec<SplitMix> = (0..opts.runs.max(1))
            .map(|run| SplitMix(opts.seed ^ 0xf117 ^ fold as u64 ^ run_salt(run)))
            .collect();
        let role = train_runs(
            ROLE_LABELS,
            ROLE_BITS,
            role_items,
            &order,
            opts.epochs,
            &mut shuffles,
        );
        let model = AttributionModel::new(cue.clone(), role);
        let mut buf = Buffers::default();
        let mut positives = 0;
        let mut total = 0;
        for (d, p) in train_p
            .iter()
            .enumerate()
            .filter(|(d, _)| d % folds == fold)
        {
            let mut candidates = model.candidates(&p.facts, &p.sentences, &p.paragraphs, &mut buf);
            super::add_rule_candidates(&mut candidates, &p.ruled);
            let layout = Layout::new(&docs[d].text);
            // Labels, features and output all see the filled sources.
            super::fill_candidate_sources(&layout, &p.facts, &mut candidates);
            let labels: Vec<bool> = candidates
                .iter()
                .map(|c| matches_gold(&c.proposal, &p.gold_attrs, need_source))
                .collect();
            let nb = filter::Neighbours::new(&p.facts, &candidates);
            let feats = (0..candidates.len())
                .map(|k| {
                    let mut v = Vec::new();
                    filter::features(&p.facts, &candidates, &nb, k, FILTER_BITS, &mut v);
                    v
                })
                .collect();
            if opts.diagnose_misses {
                // The cues of the highest boost, whether or not they got content.
                let mut top = model.clone();
                top.set_recall(super::Recall::Highest);
                let cues = top.find_cues(&p.facts, &p.sentences, &mut buf);
                let filled: Vec<Proposal> = candidates.iter().map(|c| c.proposal.clone()).collect();
                misses.add_doc(&super::misses::DocView {
                    layout: &layout,
                    facts: &p.facts,
                    paragraphs: &p.paragraphs,
                    gold: &p.gold_full,
                    cues: &cues,
                    candidates: &filled,
                });
            }
            positives += labels.iter().filter(|&&l| l).count();
            total += labels.len();
            held[d] = Some(Held {
                candidates,
                feats,
                labels,
            });
        }
        log(&format!(
            "filter fold {}/{folds}: {total} candidates, {positives} match gold",
            fold + 1
        ));
    }
    if opts.diagnose_misses {
        for line in misses.report(true).lines() {
            log(line);
        }
    }
    let held: Vec<Held> = held
        .into_iter()
        .map(|h| {
            h.unwrap_or(Held {
                candidates: Vec::new(),
                feats: Vec::new(),
                labels: Vec::new(),
            })
        })
        .collect();
    let fopts = FilterOptions::default();
    let examples = |keep: &dyn Fn(usize) -> bool| -> Vec<(Vec<FeatId>, bool)> {
        held.iter()
            .enumerate()
            .filter(|(d, _)| keep(*d))
            .flat_map(|(_, h)| h.feats.iter().cloned().zip(h.labels.iter().copied()))
            .collect()
    };
    // Probabilities for every training candidate from a filter that did not see its document.
    let mut probs: Vec<Vec<f32>> = vec![Vec::new(); held.len()];
    for fold in 0..folds {
        let m = filter::train::fit(&examples(&|d| d % folds != fold), &fopts);
        let f = Filter {
            model: m,
            thresholds: [0.5; 3],
        };
        for (d, h) in held.iter().enumerate().filter(|(d, _)| d % folds == fold) {
            probs[d] = h.feats.iter().map(|v| f.probability(v)).collect();
        }
    }
    {
        // Ranking quality of the held-out probabilities: log loss and AUC.
        let mut pairs: Vec<(f32, bool)> = held
            .iter()
            .zip(&probs)
            .flat_map(|(h, pr)| pr.iter().copied().zip(h.labels.iter().copied()))
            .collect();
        let loss: f64 = pairs
            .iter()
            .map(|&(p, y)| {
                let p = f64::from(p).clamp(1e-6, 1.0 - 1e-6);
                -(if y { p.ln() } else { (1.0 - p).ln() })
            })
            .sum::<f64>()
            / pairs.len().max(1) as f64;
        pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (mut neg_below, mut concordant) = (0f64, 0f64);
        for &(_, y) in &pairs {
            if y {
                concordant += neg_below;
            } else {
                neg_below += 1.0;
            }
        }
        let pos = pairs.iter().filter(|x| x.1).count() as f64;
        let auc = concordant / (pos * neg_below).max(1.0);
        log(&format!(
            "held-out filter: log loss {loss:.4}, AUC {auc:.4}"
        ));
    }
    let gold: Vec<GoldDoc> = docs.to_vec();
    let summary = |r: &ascribe_eval::Report| {
        format!(
            "full P/R/F1 {:.1}/{:.1}/{:.1} content F1 {:.1} indirect R {:.1}",
            r.attribution_full.precision,
            r.attribution_full.recall,
            r.attribution_full.f1,
            r.attribution_content.f1,
            r.recall_by_kind.indirect.recall
        )
    };
    // Reference: no filter, only the cues found by a given boost.
    for (level, boost) in super::filter::LEVELS.iter().enumerate() {
        let preds: HashMap<String, Vec<Attr>> = train_p
            .iter()
            .zip(&held)
            .map(|(p, h)| {
                let pr: Vec<f32> = h
                    .candidates
                    .iter()
                    .map(|c| {
                        if usize::from(c.level) == super::filter::LEVELS.len() {
                            // Rule attributions lose every conflict, as without a filter.
                            0.5
                        } else if usize::from(c.level) <= level {
                            0.5 + 0.4 * super::confidence_of(c.margin)
                        } else {
                            0.0
                        }
                    })
                    .collect();
                (p.id.clone(), filtered_output(p, h, &pr, 0.5))
            })
            .collect();
        let r = ascribe_eval::evaluate(&gold, &preds);
        log(&format!(
            "held-out train, cue boost {boost} without filter: {}",
            summary(&r)
        ));
    }
    let mut curve = Vec::new();
    for step in 1..=45 {
        let t = 0.02 * step as f32;
        let preds: HashMap<String, Vec<Attr>> = train_p
            .iter()
            .zip(&held)
            .zip(&probs)
            .map(|((p, h), pr)| (p.id.clone(), filtered_output(p, h, pr, t)))
            .collect();
        let r = ascribe_eval::evaluate(&gold, &preds);
        log(&format!(
            "held-out train, threshold {t:.2}: {}",
            summary(&r)
        ));
        curve.push((t, r));
    }
    let thresholds = level_thresholds(&curve);
    log(&format!(
        "filter thresholds {:.2} / {:.2} / {:.2} (balanced / high / highest)",
        thresholds[0], thresholds[1], thresholds[2]
    ));
    Filter {
        model: filter::train::fit(&examples(&|_| true), &fopts),
        thresholds,
    }
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

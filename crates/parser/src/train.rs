//! Training the parser (the `train` feature).
//!
//! Two averaged perceptrons ([`Trainer`]) learn together, online, in the
//! order the parser decodes: the transition classifier at every
//! configuration, the label classifier at every arc that is right.
//!
//! **Oracle.** The transition classifier learns from the arc-eager dynamic
//! oracle of Goldberg & Nivre (2012): the cost of a transition is the
//! number of reference arcs it makes unreachable, and every transition of
//! least cost is correct. With [`Oracle::Dynamic`] the parser *follows its
//! own prediction* (right or wrong) with probability `explore` after the
//! first epoch, so it learns to continue well after its own mistakes, which
//! is what greedy decoding needs. [`Oracle::Static`] always follows one
//! canonical correct transition (left-arc, right-arc, reduce, shift, in
//! that order of preference) and learns only on the reference path.
//!
//! Everything is deterministic: sentences are shuffled each epoch and
//! exploration is decided by a seeded [`SplitMix64`], labels are sorted,
//! and the trainers are integer arithmetic, so the same data and settings
//! give a byte-identical model.

use std::collections::BTreeSet;

use ascribe_tagger::perceptron::{argmax, Scorer, Trainer};
use ascribe_tagger::train::SplitMix64;

use crate::conllu::{Sentence, ROOT};
use crate::eval::{evaluate, Scores};
use crate::format::{Model, MAX_LABELS};
use crate::state::{
    action_row, label_row, State, Tokens, FEATURES_VERSION, LEFT, NUM_ACTIONS, NUM_FEATURES,
    NUM_LABEL_FEATURES, REDUCE, RIGHT, SHIFT,
};
use crate::{best_valid, Parser};

/// Which oracle the transition classifier learns from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Oracle {
    /// One canonical reference derivation, never leaving it.
    Static,
    /// All least-cost transitions are correct; explores its own mistakes.
    Dynamic,
}

/// Settings of one training run.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// log2 of the number of transition-table rows.
    pub action_bits: u32,
    /// log2 of the number of label-table rows.
    pub label_bits: u32,
    /// Drop quantized weights with magnitude below this (0 keeps all).
    pub prune: i16,
    /// Shuffling and exploration seed.
    pub seed: u64,
    /// The oracle.
    pub oracle: Oracle,
    /// Dynamic oracle: probability of following the model's own prediction
    /// (from the second epoch on).
    pub explore: f64,
    /// Map labels outside [`REDUCED_LABELS`] to `dep`.
    pub reduced_labels: bool,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 6,
            action_bits: 18,
            label_bits: 16,
            prune: 0,
            seed: 0x5eed_dee9,
            oracle: Oracle::Dynamic,
            explore: 0.9,
            reduced_labels: false,
        }
    }
}

/// The labels kept by the reduced label set; every other one becomes `dep`.
pub const REDUCED_LABELS: [&str; 24] = [
    "nsubj",
    "nsubjpass",
    "dobj",
    "ccomp",
    "xcomp",
    "parataxis",
    "advcl",
    "mark",
    "root",
    "punct",
    "conj",
    "cc",
    "nmod",
    "acl",
    "acl:relcl",
    "amod",
    "compound",
    "det",
    "case",
    "aux",
    "neg",
    "advmod",
    "appos",
    "dep",
];

/// `name` itself, or `dep` when `reduced` and it is not a kept label.
pub fn map_label(name: &str, reduced: bool) -> String {
    if !reduced || REDUCED_LABELS.contains(&name) {
        name.to_string()
    } else {
        "dep".to_string()
    }
}

/// The sorted label set of `train` (always with `root` and `dep`).
pub fn label_set(train: &[Sentence], reduced: bool) -> Result<Vec<String>, String> {
    let mut set: BTreeSet<String> = train
        .iter()
        .flat_map(|s| s.labels.iter().map(|l| map_label(l, reduced)))
        .collect();
    set.insert("root".into());
    set.insert("dep".into());
    if set.len() > MAX_LABELS {
        return Err(format!(
            "{} labels, at most {MAX_LABELS} supported",
            set.len()
        ));
    }
    Ok(set.into_iter().collect())
}

/// Fraction of sentences that are not projective, and of their arcs that
/// a projective parser must get wrong (at least one per crossing pair is
/// counted by sentence here: the sentence rate is what matters for the
/// oracle).
pub fn non_projective_rate(sents: &[Sentence]) -> f64 {
    let np = sents
        .iter()
        .filter(|s| !crate::conllu::is_projective(&s.heads))
        .count();
    np as f64 / sents.len().max(1) as f64
}

/// A training sentence in the trainer's terms.
struct Gold {
    /// Gold head of each word, the root as `n`.
    heads: Vec<u32>,
    /// Gold label ids.
    labels: Vec<u8>,
    /// Gold children of each word (and of the root, at `n`), increasing,
    /// as ranges into `kids`.
    kid_start: Vec<u32>,
    kids: Vec<u32>,
}

impl Gold {
    fn new(s: &Sentence, label_ids: &[String], reduced: bool) -> Result<Gold, String> {
        let n = s.words.len();
        if s.heads.len() != n || s.labels.len() != n {
            return Err("heads and labels must be as many as the words".into());
        }
        if s.heads.iter().any(|&h| h != ROOT && h as usize >= n) {
            return Err("head outside its sentence".into());
        }
        let heads: Vec<u32> = s
            .heads
            .iter()
            .map(|&h| if h == ROOT { n as u32 } else { h })
            .collect();
        let labels = s
            .labels
            .iter()
            .map(|l| {
                let l = map_label(l, reduced);
                label_ids
                    .iter()
                    .position(|x| *x == l)
                    .map(|i| i as u8)
                    .ok_or_else(|| format!("label {l:?} not in the label set"))
            })
            .collect::<Result<Vec<u8>, String>>()?;
        let mut count = vec![0u32; n + 2];
        for &h in &heads {
            count[h as usize + 1] += 1;
        }
        for i in 1..count.len() {
            count[i] += count[i - 1];
        }
        let kid_start = count.clone();
        let mut kids = vec![0u32; n];
        for (d, &h) in heads.iter().enumerate() {
            let slot = &mut count[h as usize];
            kids[*slot as usize] = d as u32;
            *slot += 1;
        }
        Ok(Gold {
            heads,
            labels,
            kid_start,
            kids,
        })
    }

    fn kids(&self, h: u32) -> &[u32] {
        let h = h as usize;
        &self.kids[self.kid_start[h] as usize..self.kid_start[h + 1] as usize]
    }

    /// Gold children of `x` still in the buffer (`>= b`).
    fn kids_in_buffer(&self, x: u32, b: u32) -> u32 {
        self.kids(x).iter().filter(|&&k| k >= b).count() as u32
    }

    /// Gold children of `x` on the stack without a head yet.
    fn headless_kids_on_stack(&self, x: u32, st: &State) -> u32 {
        self.kids(x)
            .iter()
            .filter(|&&k| k < st.b && st.in_stack[k as usize] && !st.has_head(k))
            .count() as u32
    }

    /// Cost of each valid transition (arcs made unreachable); `u32::MAX`
    /// for invalid ones. The buffer front is a word.
    fn costs(&self, st: &State, valid: u8) -> [u32; NUM_ACTIONS] {
        let mut c = [u32::MAX; NUM_ACTIONS];
        let b = st.b;
        let n = st.n;
        let gb = self.heads[b as usize];
        let gb_on_stack = gb < n && st.in_stack[gb as usize];
        let b_kids_on_stack = self.headless_kids_on_stack(b, st);
        if valid & (1 << SHIFT) != 0 {
            c[usize::from(SHIFT)] = u32::from(gb_on_stack) + b_kids_on_stack;
        }
        if let Some(&s0) = st.stack.last() {
            let s0_kids = self.kids_in_buffer(s0, b);
            if valid & (1 << RIGHT) != 0 {
                let lost_head = gb != s0 && (gb > b || gb_on_stack);
                c[usize::from(RIGHT)] = u32::from(lost_head) + b_kids_on_stack;
            }
            if valid & (1 << LEFT) != 0 {
                let gs = self.heads[s0 as usize];
                c[usize::from(LEFT)] = u32::from(gs != b && gs > b) + s0_kids;
            }
            if valid & (1 << REDUCE) != 0 {
                c[usize::from(REDUCE)] = s0_kids;
            }
        }
        c
    }
}

/// Trains a parser on `train` (with `train_tags`, one tag list per
/// sentence); logs dev scores after every epoch when `dev` is given (with
/// its tags).
pub fn train(
    train: &[Sentence],
    train_tags: &[Vec<String>],
    dev: Option<(&[Sentence], &[Vec<String>])>,
    cfg: &TrainConfig,
    log: &mut dyn FnMut(String),
) -> Result<Model, String> {
    if train.len() != train_tags.len() {
        return Err("one tag list per training sentence needed".into());
    }
    let labels = label_set(train, cfg.reduced_labels)?;
    let root = labels
        .iter()
        .position(|l| l == "root")
        .ok_or("no root label")? as u8;
    let repair = labels
        .iter()
        .position(|l| l == "dep")
        .ok_or("no dep label")? as u8;
    let gold: Vec<Gold> = train
        .iter()
        .map(|s| Gold::new(s, &labels, cfg.reduced_labels))
        .collect::<Result<_, _>>()?;
    let mut at = Trainer::new(NUM_ACTIONS, cfg.action_bits);
    let mut lt = Trainer::new(labels.len(), cfg.label_bits);
    let mut rng = SplitMix64::new(cfg.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut tokens = Tokens::default();
    let mut st = State::default();
    let mut feats = [0u64; NUM_FEATURES];
    let mut arows = vec![0u32; NUM_FEATURES];
    let mut lfeats = [0u64; NUM_LABEL_FEATURES];
    let mut lrows = vec![0u32; NUM_LABEL_FEATURES];
    let mut lscores = vec![0i32; labels.len()];
    let model = |at: &Trainer, lt: &Trainer| Model {
        feature_version: FEATURES_VERSION,
        labels: labels.clone(),
        actions: at.quantize(cfg.prune),
        labeler: lt.quantize(cfg.prune),
    };
    for epoch in 1..=cfg.epochs {
        let t0 = std::time::Instant::now();
        rng.shuffle(&mut order);
        let explore = cfg.oracle == Oracle::Dynamic && epoch > 1;
        let (mut errors, mut steps) = (0usize, 0usize);
        let (mut lerrors, mut lsteps) = (0usize, 0usize);
        for &si in &order {
            let s = &train[si];
            let g = &gold[si];
            let n = s.words.len();
            tokens.prepare(&s.words, &train_tags[si]);
            st.reset(n);
            loop {
                if st.b >= st.n {
                    if st.finish_step(root, |_, _, _| repair) {
                        continue;
                    }
                    break;
                }
                let valid = st.valid();
                st.features(&tokens, &mut feats);
                for (r, &h) in arows.iter_mut().zip(&feats) {
                    *r = action_row(h, cfg.action_bits);
                }
                let mut scores = [0i32; NUM_ACTIONS];
                at.add_scores(&arows, &mut scores);
                let pred = best_valid(&scores, valid);
                let costs = g.costs(&st, valid);
                let min = costs.iter().copied().min().unwrap_or(0);
                let best_gold = match cfg.oracle {
                    Oracle::Static => [LEFT, RIGHT, REDUCE, SHIFT]
                        .into_iter()
                        .find(|&a| costs[usize::from(a)] == min)
                        .unwrap_or(SHIFT),
                    Oracle::Dynamic => {
                        let mut zero = 0u8;
                        for a in [SHIFT, REDUCE, LEFT, RIGHT] {
                            if costs[usize::from(a)] == min {
                                zero |= 1 << a;
                            }
                        }
                        best_valid(&scores, zero)
                    }
                };
                steps += 1;
                if costs[usize::from(pred)] != min {
                    errors += 1;
                    at.update(&arows, best_gold, pred);
                }
                at.tick();
                let follow = if explore
                    && (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= cfg.explore
                {
                    pred
                } else {
                    best_gold
                };
                let mut label = 0;
                if follow == LEFT || follow == RIGHT {
                    let (h, d) = if follow == LEFT {
                        (st.b, st.s0())
                    } else {
                        (st.s0(), st.b)
                    };
                    let dir = u64::from(follow == RIGHT);
                    st.label_features(&tokens, h, d, &mut lfeats);
                    for (r, &f) in lrows.iter_mut().zip(&lfeats) {
                        *r = label_row(f, dir, cfg.label_bits);
                    }
                    lscores.fill(0);
                    lt.add_scores(&lrows, &mut lscores);
                    lscores[usize::from(root)] = i32::MIN;
                    label = argmax(&lscores) as u8;
                    if g.heads[d as usize] == h {
                        let gl = g.labels[d as usize];
                        lsteps += 1;
                        if gl != label {
                            lerrors += 1;
                            lt.update(&lrows, gl, label);
                        }
                        lt.tick();
                    }
                }
                st.apply(follow, label);
            }
        }
        let mut line = format!(
            "epoch {epoch:2}: transitions {:.2}% right, labels {:.2}% right ({:.1}s)",
            100.0 * (1.0 - errors as f64 / steps.max(1) as f64),
            100.0 * (1.0 - lerrors as f64 / lsteps.max(1) as f64),
            t0.elapsed().as_secs_f64()
        );
        if let Some((dev, dev_tags)) = dev {
            let parser = Parser::from_model(model(&at, &lt)).map_err(|e| e.to_string())?;
            let sc = evaluate(&parser, dev, dev_tags, &|l| {
                map_label(l, cfg.reduced_labels)
            });
            line += &format!("  dev {}", sc.summary());
        }
        log(line);
    }
    Ok(model(&at, &lt))
}

/// Scores of `parser` on `sents` with `tags`, mapping gold labels the way
/// the model was trained (`reduced`).
pub fn dev_scores(
    parser: &Parser,
    sents: &[Sentence],
    tags: &[Vec<String>],
    reduced: bool,
) -> Scores {
    evaluate(parser, sents, tags, &|l| map_label(l, reduced))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows the static oracle; returns the heads it builds (root as `n`).
    fn oracle_heads(s: &Sentence, tags: &[String]) -> Vec<u32> {
        let labels = label_set(std::slice::from_ref(s), false).unwrap_or_default();
        let g = match Gold::new(s, &labels, false) {
            Ok(g) => g,
            Err(e) => panic!("{e}"),
        };
        let mut st = State::default();
        let mut tokens = Tokens::default();
        tokens.prepare(&s.words, tags);
        st.reset(s.words.len());
        loop {
            if st.b >= st.n {
                if st.finish_step(0, |_, _, _| 0) {
                    continue;
                }
                break;
            }
            let valid = st.valid();
            let costs = g.costs(&st, valid);
            let min = costs.iter().copied().min().unwrap_or(0);
            let a = [LEFT, RIGHT, REDUCE, SHIFT]
                .into_iter()
                .find(|&a| costs[usize::from(a)] == min)
                .unwrap_or(SHIFT);
            st.apply(a, 0);
        }
        st.head[..s.words.len()].to_vec()
    }

    /// A tiny invented treebank: "X said Y would V." and "X V Y." frames.
    fn toy() -> Vec<Sentence> {
        let mk = |words: &[&str], pos: &[&str], heads: &[u32], labels: &[&str]| Sentence {
            doc: 0,
            words: words.iter().map(|s| s.to_string()).collect(),
            pos: pos.iter().map(|s| s.to_string()).collect(),
            heads: heads.to_vec(),
            labels: labels.iter().map(|s| s.to_string()).collect(),
        };
        let mut out = Vec::new();
        for (subj, verb, obj) in [
            ("Ada", "said", "Bob"),
            ("Lee", "claimed", "Kim"),
            ("Max", "said", "Eve"),
            ("Sue", "argued", "Tom"),
        ] {
            out.push(mk(
                &[subj, verb, obj, "would", "win", "."],
                &["NNP", "VBD", "NNP", "MD", "VB", "."],
                &[1, ROOT, 4, 4, 1, 1],
                &["nsubj", "root", "nsubj", "aux", "ccomp", "punct"],
            ));
            out.push(mk(
                &[subj, "saw", obj, "."],
                &["NNP", "VBD", "NNP", "."],
                &[1, ROOT, 1, 1],
                &["nsubj", "root", "dobj", "punct"],
            ));
        }
        out
    }

    fn train_toy(cfg: &TrainConfig) -> Vec<u8> {
        let sents = toy();
        let tags: Vec<Vec<String>> = sents.iter().map(|s| s.pos.clone()).collect();
        match train(&sents, &tags, None, cfg, &mut |_| {}) {
            Ok(m) => m.to_bytes(),
            Err(e) => panic!("{e}"),
        }
    }

    fn small() -> TrainConfig {
        TrainConfig {
            epochs: 8,
            action_bits: 12,
            label_bits: 10,
            ..TrainConfig::default()
        }
    }

    #[test]
    fn training_is_deterministic_and_seeded() {
        let a = train_toy(&small());
        assert_eq!(a, train_toy(&small()));
        let other = TrainConfig { seed: 7, ..small() };
        assert_ne!(a, train_toy(&other), "the seed should matter");
    }

    #[test]
    fn learns_the_toy_treebank() {
        for oracle in [Oracle::Static, Oracle::Dynamic] {
            let bytes = train_toy(&TrainConfig { oracle, ..small() });
            let parser = match Parser::from_bytes(&bytes) {
                Ok(p) => p,
                Err(e) => panic!("{e}"),
            };
            let sents = toy();
            let tags: Vec<Vec<String>> = sents.iter().map(|s| s.pos.clone()).collect();
            let sc = evaluate(&parser, &sents, &tags, &|l| l.to_string());
            assert_eq!(sc.labeled, sc.total, "{oracle:?}: {}", sc.summary());
        }
    }

    #[test]
    fn reduced_labels_map_the_rest_to_dep() {
        assert_eq!(map_label("nmod:poss", true), "dep");
        assert_eq!(map_label("nmod:poss", false), "nmod:poss");
        assert_eq!(map_label("ccomp", true), "ccomp");
        let labels = label_set(&toy(), true).unwrap_or_default();
        assert!(labels.iter().all(|l| REDUCED_LABELS.contains(&l.as_str())));
    }

    #[test]
    fn static_oracle_rebuilds_projective_trees() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/polnear/silver/dev.conllu.gz");
        let Ok(sents) = crate::conllu::read_gz(&path) else {
            return;
        };
        assert!(sents.len() > 1000);
        let (mut ok, mut total) = (0, 0);
        for s in sents
            .iter()
            .filter(|s| crate::conllu::is_projective(&s.heads))
        {
            let n = s.words.len() as u32;
            let h = oracle_heads(s, &s.pos);
            let gold: Vec<u32> = s
                .heads
                .iter()
                .map(|&x| if x == ROOT { n } else { x })
                .collect();
            total += 1;
            if h == gold {
                ok += 1;
            }
        }
        assert_eq!(ok, total);
    }
}

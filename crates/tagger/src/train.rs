//! Training the POS and NER taggers (the `train` feature).
//!
//! Both are online averaged perceptrons ([`Trainer`]) trained greedily the
//! way they decode: left to right, with the tags they *predicted* so far as
//! history features, so training sees the same (imperfect) history as use.
//!
//! Everything is deterministic: sentences are shuffled each epoch by a
//! seeded [`SplitMix64`], labels are sorted, and the trainer is integer
//! arithmetic, so the same data and settings give a byte-identical model.
//!
//! **POS features of the NER training data are jackknifed**: the training
//! sentences are split by document into `folds` parts and each part is
//! tagged by a POS tagger trained on the others. A POS tagger tags its own
//! training data almost perfectly, so training NER on those tags would teach
//! it to trust POS more than it should on new text; jackknifed tags have the
//! error rate of real use. (Silver POS plus random noise would get the rate
//! right but not the *kind* of errors, e.g. NNP/NN confusions on capitalised
//! words, which are the ones that matter for entities.)

use crate::conllu::Sentence;
use crate::eval::{ner_scores, pos_accuracy};
use crate::features::{
    ner_features, pos_features, Scratch, NER_FEATURES_VERSION, PAD, POS_FEATURES_VERSION,
};
use crate::format::Model;
use crate::lexicon::Lexicon;
use crate::ner::{best_allowed, transitions_for_names, EntityType, NerTagger, NER_KIND};
use crate::perceptron::{argmax, Scorer, Trainer};
use crate::pos::{PosTagger, POS_KIND};

/// Small, fast, seedable PRNG (Vigna's SplitMix64) for shuffling.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`; Lemire's multiply-shift, bias < 2^-32
    /// for the sizes used here).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// Settings of one training run.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// log2 of the number of weight rows.
    pub bits: u32,
    /// Drop quantized weights with magnitude below this (0 keeps all).
    pub prune: i16,
    /// Shuffling seed.
    pub seed: u64,
    /// A word goes into the lexicon (tagged without scoring) when seen at
    /// least this often in training (0 disables the lexicon)...
    pub lexicon_min_count: usize,
    /// ...and with one tag at least this share of the time.
    pub lexicon_min_share: f64,
}

/// Frequent words that (nearly) always have the same label, sorted by
/// word. `pairs` gives every (word, label name) of the training data.
pub fn build_lexicon<'a>(
    pairs: impl Iterator<Item = (&'a str, &'a str)>,
    labels: &[String],
    min_count: usize,
    min_share: f64,
) -> Vec<(String, u8)> {
    use std::collections::BTreeMap;
    if min_count == 0 {
        return Vec::new();
    }
    let mut counts: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for (w, t) in pairs {
        *counts.entry(w).or_default().entry(t).or_default() += 1;
    }
    let mut out = Vec::new();
    for (w, tags) in counts {
        let total: usize = tags.values().sum();
        // Most frequent tag, first in name order on ties (deterministic).
        let Some((tag, &n)) = tags.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else {
            continue;
        };
        if total >= min_count && n as f64 >= min_share * total as f64 && w.len() <= 255 {
            if let Some(id) = labels.iter().position(|l| l == tag) {
                out.push((w.to_string(), id as u8));
            }
        }
    }
    out
}

/// The 4-type BIO label set, `O` first.
pub fn ner_labels() -> Vec<String> {
    let mut v = vec!["O".to_string()];
    for k in EntityType::ALL {
        v.push(format!("B-{k}"));
        v.push(format!("I-{k}"));
    }
    v
}

/// Maps names to ids in `labels`; unknown names are an error message.
fn ids(names: &[String], labels: &[String]) -> Result<Vec<u8>, String> {
    names
        .iter()
        .map(|n| {
            labels
                .iter()
                .position(|l| l == n)
                .map(|i| i as u8)
                .ok_or_else(|| format!("unknown label {n:?}"))
        })
        .collect()
}

/// Trains a POS model on `train`; logs dev accuracy after every epoch when
/// `dev` is given.
pub fn train_pos(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    cfg: &TrainConfig,
    log: &mut dyn FnMut(String),
) -> Result<Model, String> {
    let labels: Vec<String> = train
        .iter()
        .flat_map(|s| s.pos.iter().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if labels.is_empty() || labels.len() > 256 {
        return Err(format!("{} POS tags (need 1..=256)", labels.len()));
    }
    let gold: Vec<Vec<u8>> = train
        .iter()
        .map(|s| ids(&s.pos, &labels))
        .collect::<Result<_, _>>()?;
    let pairs = train
        .iter()
        .flat_map(|s| s.words.iter().zip(&s.pos))
        .map(|(w, t)| (w.as_str(), t.as_str()));
    let lexicon = build_lexicon(pairs, &labels, cfg.lexicon_min_count, cfg.lexicon_min_share);
    let lex = Lexicon::new(&lexicon);
    let mut t = Trainer::new(labels.len(), cfg.bits);
    let mut rng = SplitMix64::new(cfg.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut scratch = Scratch::new();
    let mut scores = vec![0i32; labels.len()];
    let model = |t: &Trainer| Model {
        kind: POS_KIND.into(),
        feature_version: POS_FEATURES_VERSION,
        labels: labels.clone(),
        weights: t.quantize(cfg.prune),
        lexicon: lexicon.clone(),
    };
    for epoch in 1..=cfg.epochs {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        let mut total = 0usize;
        for &si in &order {
            let s = &train[si];
            scratch.prepare(&s.words);
            let (mut p1, mut p2) = (None, None);
            for (i, &g) in gold[si].iter().enumerate() {
                // Lexicon words are tagged as in use, and teach nothing.
                let guess = if let Some(fixed) = lex.get(scratch.info[i + PAD].word) {
                    fixed
                } else {
                    scratch.feats.clear();
                    pos_features(&scratch.info, i, p1, p2, cfg.bits, &mut scratch.feats);
                    scores.fill(0);
                    t.add_scores(&scratch.feats, &mut scores);
                    let guess = argmax(&scores) as u8;
                    t.update(&scratch.feats, g, guess);
                    t.tick();
                    guess
                };
                errors += usize::from(guess != g);
                total += 1;
                p2 = p1;
                p1 = Some(guess);
            }
        }
        let mut line = format!(
            "pos epoch {epoch:2}: train acc {:.2}%",
            100.0 * (1.0 - errors as f64 / total.max(1) as f64)
        );
        if let Some(dev) = dev {
            let tagger = PosTagger::from_model(model(&t)).map_err(|e| e.to_string())?;
            let acc = pos_accuracy(&tagger, dev);
            line += &format!(
                "  dev acc {:.2}% ({} tokens)",
                100.0 * acc.ratio(),
                acc.total
            );
            if epoch == cfg.epochs {
                let fine = t.averaged_fine();
                let mut scratch = Scratch::new();
                let (mut out, mut correct) = (Vec::new(), 0usize);
                for s in dev {
                    scratch.prepare(&s.words);
                    crate::pos::decode(&fine, &lex, &mut scratch, s.words.len(), &mut out);
                    correct += out
                        .iter()
                        .zip(&s.pos)
                        .filter(|(&p, g)| labels[usize::from(p)] == **g)
                        .count();
                }
                line += &format!(
                    "\n  unquantized weights: dev acc {:.2}% (i16 costs {:+.3} points)",
                    100.0 * correct as f64 / acc.total.max(1) as f64,
                    100.0 * (correct as f64 - acc.correct as f64) / acc.total.max(1) as f64
                );
            }
        }
        log(line);
    }
    Ok(model(&t))
}

/// POS tags for every sentence of `train`, each predicted by a model that
/// did not see that sentence's document (see the module docs).
pub fn jackknife_pos(
    train: &[Sentence],
    folds: usize,
    cfg: &TrainConfig,
    log: &mut dyn FnMut(String),
) -> Result<Vec<Vec<String>>, String> {
    let folds = folds.max(2);
    let mut out: Vec<Vec<String>> = vec![Vec::new(); train.len()];
    let mut scratch = Scratch::new();
    let mut tags = Vec::new();
    for f in 0..folds {
        let rest: Vec<Sentence> = train
            .iter()
            .filter(|s| s.doc % folds != f)
            .cloned()
            .collect();
        let model = train_pos(&rest, None, cfg, &mut |_| {})?;
        let tagger = PosTagger::from_model(model).map_err(|e| e.to_string())?;
        let (mut correct, mut total) = (0usize, 0usize);
        for (i, s) in train.iter().enumerate().filter(|(_, s)| s.doc % folds == f) {
            tagger.tag_with(&s.words, &mut scratch, &mut tags);
            out[i] = tags
                .iter()
                .map(|&t| tagger.tag_name(t).to_string())
                .collect();
            total += s.words.len();
            correct += out[i].iter().zip(&s.pos).filter(|(a, b)| a == b).count();
        }
        log(format!(
            "jackknife fold {}/{folds}: held-out POS acc {:.2}%",
            f + 1,
            100.0 * correct as f64 / total.max(1) as f64
        ));
    }
    Ok(out)
}

/// Trains a NER model on `train` whose POS features come from `train_pos`
/// (one tag name per word, e.g. from [`jackknife_pos`]); logs dev entity
/// F1 after every epoch when `dev` (with the POS tagger used there) is given.
pub fn train_ner(
    train: &[Sentence],
    train_pos: &[Vec<String>],
    dev: Option<(&[Sentence], &PosTagger)>,
    cfg: &TrainConfig,
    log: &mut dyn FnMut(String),
) -> Result<Model, String> {
    if train_pos.len() != train.len() {
        return Err("one POS sequence per training sentence needed".into());
    }
    let labels = ner_labels();
    let allowed = transitions_for_names(&labels).ok_or("bad NER label set")?;
    let gold: Vec<Vec<u8>> = train
        .iter()
        .map(|s| ids(&s.ner, &labels))
        .collect::<Result<_, _>>()?;
    let l = labels.len();
    // Only words that are always outside entities: forcing "O" is always a
    // valid transition, so the lexicon can never break BIO consistency.
    let pairs = train
        .iter()
        .flat_map(|s| s.words.iter().zip(&s.ner))
        .map(|(w, t)| (w.as_str(), t.as_str()));
    let lexicon: Vec<(String, u8)> =
        build_lexicon(pairs, &labels, cfg.lexicon_min_count, cfg.lexicon_min_share)
            .into_iter()
            .filter(|&(_, t)| t == 0)
            .collect();
    let lex = Lexicon::new(&lexicon);
    let mut t = Trainer::new(l, cfg.bits);
    let mut rng = SplitMix64::new(cfg.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut scratch = Scratch::new();
    let mut scores = vec![0i32; l];
    let model = |t: &Trainer| Model {
        kind: NER_KIND.into(),
        feature_version: NER_FEATURES_VERSION,
        labels: labels.clone(),
        weights: t.quantize(cfg.prune),
        lexicon: lexicon.clone(),
    };
    for epoch in 1..=cfg.epochs {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        let mut total = 0usize;
        for &si in &order {
            let s = &train[si];
            let pos = &train_pos[si];
            scratch.prepare(&s.words);
            scratch.prepare_runs(&s.words);
            scratch.prepare_pos(s.words.len(), |i| pos.get(i).map(String::as_str));
            let (mut p1, mut p2) = (None, None);
            for (i, &g) in gold[si].iter().enumerate() {
                let guess = if let Some(fixed) = lex.get(scratch.info[i + PAD].word) {
                    fixed
                } else {
                    scratch.feats.clear();
                    ner_features(
                        &scratch.info,
                        &scratch.pos,
                        &scratch.runs,
                        i,
                        p1,
                        p2,
                        cfg.bits,
                        &mut scratch.feats,
                    );
                    scores.fill(0);
                    t.add_scores(&scratch.feats, &mut scores);
                    let guess = best_allowed(&mut scores, &allowed, p1, l);
                    t.update(&scratch.feats, g, guess);
                    t.tick();
                    guess
                };
                errors += usize::from(guess != g);
                total += 1;
                p2 = p1;
                p1 = Some(guess);
            }
        }
        let mut line = format!(
            "ner epoch {epoch:2}: train acc {:.2}%",
            100.0 * (1.0 - errors as f64 / total.max(1) as f64)
        );
        if let Some((dev, pos)) = dev {
            let ner = NerTagger::from_model(model(&t)).map_err(|e| e.to_string())?;
            let sc = ner_scores(pos, &ner, dev);
            let c = sc.overall();
            line += &format!(
                "  dev entity P {:.2} R {:.2} F1 {:.2}",
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1()
            );
            for k in EntityType::ALL {
                line += &format!(" {}:{:.1}", &k.as_str()[..3], 100.0 * sc.of(k).f1());
            }
            if epoch == cfg.epochs {
                let fine = t.averaged_fine();
                let mut scratch = Scratch::new();
                let (mut tags, mut out) = (Vec::new(), Vec::new());
                let mut fs = crate::eval::NerScores::default();
                for s in dev {
                    pos.tag_with(&s.words, &mut scratch, &mut tags);
                    scratch.prepare(&s.words);
                    scratch.prepare_runs(&s.words);
                    scratch.prepare_pos(s.words.len(), |i| tags.get(i).map(|&p| pos.tag_name(p)));
                    let n = s.words.len();
                    crate::ner::decode(&fine, &allowed, &lex, &mut scratch, n, &mut out);
                    let names: Vec<&str> = out
                        .iter()
                        .map(|&l| labels[usize::from(l)].as_str())
                        .collect();
                    fs.add(&s.ner, &names);
                }
                line += &format!(
                    "\n  unquantized weights: dev F1 {:.2} (i16 costs {:+.3} points)",
                    100.0 * fs.overall().f1(),
                    100.0 * (fs.overall().f1() - c.f1())
                );
            }
        }
        log(line);
    }
    Ok(model(&t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_reproducible_and_shuffles() {
        let mut a = SplitMix64::new(42);
        let mut b = SplitMix64::new(42);
        assert_eq!(a.next_u64(), b.next_u64());
        let mut v: Vec<usize> = (0..100).collect();
        a.shuffle(&mut v);
        let mut w: Vec<usize> = (0..100).collect();
        b.shuffle(&mut w);
        assert_eq!(v, w);
        assert_ne!(v, (0..100).collect::<Vec<_>>());
        let mut sorted = v.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..100).collect::<Vec<_>>());
    }
}

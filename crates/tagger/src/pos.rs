//! Part-of-speech tagging: greedy left-to-right decoding with the two
//! previous predicted tags as features.
//!
//! Greedy rather than beam search because on news text a good greedy tagger
//! is within a few tenths of a point of a beam one while being several times
//! faster, and speed matters here: every sentence of every article goes
//! through it.

use std::path::Path;

use crate::error::TaggerError;
use crate::features::{
    pos_history_features, pos_name_hash, pos_static_features, Scratch, PAD, POS_FEATURES_VERSION,
    POS_STATIC,
};
use crate::format::Model;
use crate::lexicon::Lexicon;
use crate::perceptron::{argmax, guess_labels, Scorer, Weights};
use crate::with_scratch;

/// The `kind` string of POS models.
pub const POS_KIND: &str = "pos";

/// A Penn Treebank part-of-speech tagger.
///
/// Immutable after loading, so one instance can be shared by all threads
/// (`Send + Sync`); per-sentence buffers live in a [`Scratch`].
#[derive(Debug, Clone)]
pub struct PosTagger {
    labels: Vec<String>,
    /// [`pos_name_hash`] of every label, computed once (`None` for an
    /// empty name, which NER treats as a missing tag).
    tag_hashes: Vec<Option<u64>>,
    weights: Weights,
    lexicon: Lexicon,
}

impl PosTagger {
    /// Parses a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<PosTagger, TaggerError> {
        PosTagger::from_model(Model::from_bytes(bytes)?)
    }

    /// Reads and parses a model file.
    pub fn load(path: &Path) -> Result<PosTagger, TaggerError> {
        PosTagger::from_model(Model::load(path)?)
    }

    /// Wraps an already-parsed model, checking that it is a POS model for
    /// this build's features.
    pub fn from_model(model: Model) -> Result<PosTagger, TaggerError> {
        let model = model.check(POS_KIND, POS_FEATURES_VERSION)?;
        let tag_hashes = model
            .labels
            .iter()
            .map(|l| (!l.is_empty()).then(|| pos_name_hash(l)))
            .collect();
        Ok(PosTagger {
            tag_hashes,
            lexicon: Lexicon::new(&model.lexicon),
            labels: model.labels,
            weights: model.weights,
        })
    }

    /// Tags one sentence: `words` are its tokens in Penn Treebank spelling
    /// (`` `` ``, `-LRB-`, `n't`...). Writes one tag id per word into `out`,
    /// which is cleared first. Uses a per-thread [`Scratch`].
    pub fn tag(&self, words: &[&str], out: &mut Vec<u8>) {
        with_scratch(|s| self.tag_with(words, s, out));
    }

    /// [`tag`](PosTagger::tag) with a caller-owned scratch buffer.
    pub fn tag_with<S: AsRef<str>>(&self, words: &[S], scratch: &mut Scratch, out: &mut Vec<u8>) {
        scratch.prepare(words);
        self.tag_prepared(scratch, words.len(), out);
    }

    /// Tags the `n` words whose infos `scratch` already holds.
    pub(crate) fn tag_prepared(&self, scratch: &mut Scratch, n: usize, out: &mut Vec<u8>) {
        decode(&self.weights, &self.lexicon, scratch, n, out);
    }

    /// The hash the NER features use for tag `id`; `None` for an id the
    /// model does not have (as for a missing tag).
    pub(crate) fn tag_hash(&self, id: u8) -> Option<u64> {
        self.tag_hashes.get(usize::from(id)).copied().flatten()
    }

    /// Name of tag `id` (e.g. `"NNP"`); `""` for an id the model does not have.
    pub fn tag_name(&self, id: u8) -> &str {
        self.labels.get(usize::from(id)).map_or("", String::as_str)
    }

    /// Id of the tag called `name`, if the model has it.
    pub fn tag_id(&self, name: &str) -> Option<u8> {
        self.labels
            .iter()
            .position(|l| l == name)
            .and_then(|i| u8::try_from(i).ok())
    }

    /// Number of tags.
    pub fn num_tags(&self) -> usize {
        self.labels.len()
    }

    /// All tag names, by id.
    pub fn tag_names(&self) -> &[String] {
        &self.labels
    }
}

/// Greedy decoding of a sentence whose words are already in `scratch.info`.
/// Generic so training can evaluate live weights with the same code.
///
/// Words in the lexicon get their tag directly. The tag-independent
/// features of the other words are scored first, in one batch; the
/// left-to-right pass then only adds the few features built on the previous
/// tags.
pub(crate) fn decode<W: Scorer>(
    w: &W,
    lexicon: &Lexicon,
    scratch: &mut Scratch,
    n: usize,
    out: &mut Vec<u8>,
) {
    out.clear();
    let bits = w.bits();
    let l = w.num_labels();
    let s = scratch;
    s.static_feats.clear();
    s.fixed.clear();
    for i in 0..n {
        let fixed = lexicon.get(s.info[i + PAD].word);
        s.fixed.push(fixed);
        if fixed.is_none() {
            pos_static_features(&s.info, i, bits, &mut s.static_feats);
        }
    }
    s.static_scores.clear();
    s.static_scores
        .resize(s.static_feats.len() / POS_STATIC * l, 0);
    w.add_scores_batch(
        &s.static_feats,
        POS_STATIC,
        &mut s.ranges,
        &mut s.static_scores,
    );
    // The history features of a word wait for the previous word's tag, so
    // their rows' cache misses come one word at a time. With the tags the
    // static scores suggest, the rows they will most likely need are
    // loaded for the whole sentence at once first.
    guess_labels(&s.fixed, &s.static_scores, l, &mut s.guess);
    s.feats.clear();
    for i in (0..n).filter(|&i| s.fixed[i].is_none()) {
        let p1 = i.checked_sub(1).and_then(|k| s.guess.get(k).copied());
        let p2 = i.checked_sub(2).and_then(|k| s.guess.get(k).copied());
        pos_history_features(&s.info, i, p1, p2, bits, &mut s.feats);
    }
    w.touch(&s.feats, &mut s.ranges);
    s.scores.resize(l, 0);
    let mut scored = s.static_scores.chunks_exact(l);
    let (mut p1, mut p2) = (None, None);
    for i in 0..n {
        let best = match s.fixed[i] {
            Some(t) => t,
            None => {
                // One chunk per word not in the lexicon, in order.
                match scored.next() {
                    Some(st) => s.scores.copy_from_slice(st),
                    None => s.scores.fill(0),
                }
                s.feats.clear();
                pos_history_features(&s.info, i, p1, p2, bits, &mut s.feats);
                w.add_scores(&s.feats, &mut s.scores);
                argmax(&s.scores) as u8
            }
        };
        out.push(best);
        p2 = p1;
        p1 = Some(best);
    }
}

//! Named-entity tagging with BIO labels over four types (CoNLL style:
//! PERSON, ORGANIZATION, LOCATION, MISC), greedy left-to-right.
//!
//! Decoding never produces an invalid sequence: `I-X` is only allowed right
//! after `B-X` or `I-X`. This matters for exact-span F1 (a stray `I-` would
//! otherwise start or split an entity) and costs nothing: the mask is a small
//! table built at load time.

use std::path::Path;

use crate::error::TaggerError;
use crate::features::{
    ner_history_features, ner_static_features, Scratch, NER_FEATURES_VERSION, NER_STATIC, PAD,
};
use crate::format::Model;
use crate::lexicon::Lexicon;
use crate::perceptron::{argmax, guess_labels, Scorer, Weights};
use crate::pos::PosTagger;
use crate::with_scratch;

/// The `kind` string of NER models.
pub const NER_KIND: &str = "ner";

/// The four entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// People, including fictional ones.
    Person,
    /// Companies, agencies, institutions, parties, teams.
    Organization,
    /// Countries, cities, regions, geographic features.
    Location,
    /// Other names: nationalities, events, works, ...
    Misc,
}

impl EntityType {
    /// All types, in label order.
    pub const ALL: [EntityType; 4] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Location,
        EntityType::Misc,
    ];

    /// The CoreNLP / label-suffix name (`"PERSON"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Organization => "ORGANIZATION",
            EntityType::Location => "LOCATION",
            EntityType::Misc => "MISC",
        }
    }

    /// Parses a name given by [`as_str`](EntityType::as_str).
    pub fn from_name(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entity: the words `start..end` of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entity {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    /// Its type.
    pub kind: EntityType,
}

/// Meaning of one BIO label: its entity type (`None` for `O`) and whether
/// it begins an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LabelInfo {
    kind: Option<EntityType>,
    begin: bool,
}

impl LabelInfo {
    fn parse(name: &str) -> Option<LabelInfo> {
        if name == "O" {
            return Some(LabelInfo {
                kind: None,
                begin: false,
            });
        }
        let (begin, rest) = if let Some(r) = name.strip_prefix("B-") {
            (true, r)
        } else {
            (false, name.strip_prefix("I-")?)
        };
        Some(LabelInfo {
            kind: Some(EntityType::from_name(rest)?),
            begin,
        })
    }
}

/// A named-entity tagger.
///
/// Immutable after loading (`Send + Sync`); uses POS tags as features, so
/// run the [`PosTagger`] first.
#[derive(Debug, Clone)]
pub struct NerTagger {
    labels: Vec<String>,
    info: Vec<LabelInfo>,
    /// `allowed[prev * L + label]`, with `prev = L` meaning sentence start.
    allowed: Vec<bool>,
    outside: u8,
    weights: Weights,
    lexicon: Lexicon,
}

impl NerTagger {
    /// Parses a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerTagger, TaggerError> {
        NerTagger::from_model(Model::from_bytes(bytes)?)
    }

    /// Reads and parses a model file.
    pub fn load(path: &Path) -> Result<NerTagger, TaggerError> {
        NerTagger::from_model(Model::load(path)?)
    }

    /// Wraps an already-parsed model, checking that it is a NER model for
    /// this build's features with BIO labels over the known types.
    pub fn from_model(model: Model) -> Result<NerTagger, TaggerError> {
        let model = model.check(NER_KIND, NER_FEATURES_VERSION)?;
        let info = model
            .labels
            .iter()
            .map(|l| {
                LabelInfo::parse(l)
                    .ok_or_else(|| TaggerError::Corrupt(format!("{l:?} is not a BIO entity label")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let outside = info
            .iter()
            .position(|i| i.kind.is_none())
            .and_then(|i| u8::try_from(i).ok())
            .ok_or_else(|| TaggerError::Corrupt("NER model has no \"O\" label".into()))?;
        if model.lexicon.iter().any(|&(_, l)| l != outside) {
            return Err(TaggerError::Corrupt(
                "NER lexicon words must be labelled \"O\"".into(),
            ));
        }
        Ok(NerTagger {
            lexicon: Lexicon::new(&model.lexicon),
            allowed: transitions(&info),
            labels: model.labels,
            info,
            outside,
            weights: model.weights,
        })
    }

    /// Tags one sentence. `pos` holds the ids [`PosTagger::tag`] gave the
    /// same `words` (a shorter slice is tolerated: missing tags count as
    /// unknown). Writes one BIO label id per word into `out` (cleared first).
    pub fn tag(&self, words: &[&str], pos: &[u8], pos_tagger: &PosTagger, out: &mut Vec<u8>) {
        with_scratch(|s| self.tag_with(words, pos, pos_tagger, s, out));
    }

    /// [`tag`](NerTagger::tag) with a caller-owned scratch buffer.
    pub fn tag_with<S: AsRef<str>>(
        &self,
        words: &[S],
        pos: &[u8],
        pos_tagger: &PosTagger,
        scratch: &mut Scratch,
        out: &mut Vec<u8>,
    ) {
        scratch.prepare(words);
        scratch.prepare_runs(words);
        scratch.prepare_pos(words.len(), |i| {
            pos.get(i)
                .map(|&p| pos_tagger.tag_name(p))
                .filter(|n| !n.is_empty())
        });
        decode(
            &self.weights,
            &self.allowed,
            &self.lexicon,
            scratch,
            words.len(),
            out,
        );
    }

    /// Runs `pos_tagger` then this tagger over one sentence, hashing its
    /// words once for both: the same tags as [`PosTagger::tag_with`] into
    /// `pos` followed by [`tag_with`](NerTagger::tag_with) into `out`.
    pub fn tag_with_pos<S: AsRef<str>>(
        &self,
        words: &[S],
        pos_tagger: &PosTagger,
        scratch: &mut Scratch,
        pos: &mut Vec<u8>,
        out: &mut Vec<u8>,
    ) {
        let n = words.len();
        scratch.prepare(words);
        pos_tagger.tag_prepared(scratch, n, pos);
        scratch.prepare_runs(words);
        scratch.prepare_pos_hashed(n, |i| pos.get(i).and_then(|&p| pos_tagger.tag_hash(p)));
        decode(&self.weights, &self.allowed, &self.lexicon, scratch, n, out);
    }

    /// Name of label `id` (`"O"`, `"B-PERSON"`, `"I-PERSON"`...); `""` for an
    /// id the model does not have.
    pub fn label_name(&self, id: u8) -> &str {
        self.labels.get(usize::from(id)).map_or("", String::as_str)
    }

    /// Id of the label called `name`, if the model has it.
    pub fn label_id(&self, name: &str) -> Option<u8> {
        self.labels
            .iter()
            .position(|l| l == name)
            .and_then(|i| u8::try_from(i).ok())
    }

    /// Number of labels.
    pub fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// The id of `"O"`.
    pub fn outside_id(&self) -> u8 {
        self.outside
    }

    /// Entity type of label `id` (`None` for `O` and unknown ids).
    pub fn entity_type(&self, id: u8) -> Option<EntityType> {
        self.info.get(usize::from(id)).and_then(|i| i.kind)
    }

    /// Whether label `id` is a `B-` label (begins an entity).
    pub fn begins_entity(&self, id: u8) -> bool {
        self.info.get(usize::from(id)).is_some_and(|i| i.begin)
    }

    /// The entities of a label sequence from [`tag`](NerTagger::tag).
    ///
    /// Lenient like CoNLL's `conlleval`: an `I-X` that does not continue an
    /// `X` entity starts a new one (the tagger itself never emits that).
    pub fn entities(&self, labels: &[u8]) -> Vec<Entity> {
        let mut out = Vec::new();
        decode_spans(
            labels
                .iter()
                .map(|&l| self.info.get(usize::from(l)).copied()),
            &mut out,
        );
        out
    }
}

/// Turns per-word label meanings into spans (shared with evaluation).
fn decode_spans<I: Iterator<Item = Option<LabelInfo>>>(labels: I, out: &mut Vec<Entity>) {
    let mut open: Option<Entity> = None;
    let mut n = 0;
    for (i, info) in labels.enumerate() {
        n = i + 1;
        let (kind, begin) = info.map_or((None, false), |x| (x.kind, x.begin));
        let continues = matches!((&open, kind), (Some(e), Some(k)) if e.kind == k && !begin);
        if continues {
            continue;
        }
        if let Some(mut e) = open.take() {
            e.end = i;
            out.push(e);
        }
        open = kind.map(|k| Entity {
            start: i,
            end: i + 1,
            kind: k,
        });
    }
    if let Some(mut e) = open {
        e.end = n;
        out.push(e);
    }
}

/// Spans of a sequence of label *names* (`"B-PERSON"`...); unknown names
/// count as `O`. For evaluation against data.
pub fn entities_from_names<S: AsRef<str>>(labels: &[S]) -> Vec<Entity> {
    let mut out = Vec::new();
    decode_spans(
        labels.iter().map(|l| LabelInfo::parse(l.as_ref())),
        &mut out,
    );
    out
}

/// The BIO transition mask: `I-X` only after `B-X` / `I-X`.
fn transitions(info: &[LabelInfo]) -> Vec<bool> {
    let l = info.len();
    let mut allowed = vec![true; (l + 1) * l];
    for prev in 0..=l {
        for (label, li) in info.iter().enumerate() {
            if li.kind.is_some() && !li.begin {
                let ok = prev < l && info[prev].kind == li.kind;
                allowed[prev * l + label] = ok;
            }
        }
    }
    allowed
}

/// Constrained greedy decoding of a sentence whose words, POS hashes and
/// runs are already in `scratch`. Generic so training can use live weights.
/// Like POS decoding: lexicon words (always "O") are not scored, and the
/// label-independent features of the others are scored in one batch first.
pub(crate) fn decode<W: Scorer>(
    w: &W,
    allowed: &[bool],
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
            ner_static_features(&s.info, &s.pos, &s.runs, i, bits, &mut s.static_feats);
        }
    }
    s.static_scores.clear();
    s.static_scores
        .resize(s.static_feats.len() / NER_STATIC * l, 0);
    w.add_scores_batch(
        &s.static_feats,
        NER_STATIC,
        &mut s.ranges,
        &mut s.static_scores,
    );
    // As in POS decoding: load the history rows the likely labels need for
    // the whole sentence before the word-by-word pass.
    guess_labels(&s.fixed, &s.static_scores, l, &mut s.guess);
    s.feats.clear();
    for i in (0..n).filter(|&i| s.fixed[i].is_none()) {
        let p1 = i.checked_sub(1).and_then(|k| s.guess.get(k).copied());
        let p2 = i.checked_sub(2).and_then(|k| s.guess.get(k).copied());
        ner_history_features(&s.info, &s.pos, i, p1, p2, bits, &mut s.feats);
    }
    w.touch(&s.feats, &mut s.ranges);
    s.scores.resize(l, 0);
    let mut scored = s.static_scores.chunks_exact(l);
    let (mut p1, mut p2): (Option<u8>, Option<u8>) = (None, None);
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
                ner_history_features(&s.info, &s.pos, i, p1, p2, bits, &mut s.feats);
                w.add_scores(&s.feats, &mut s.scores);
                best_allowed(&mut s.scores, allowed, p1, l)
            }
        };
        out.push(best);
        p2 = p1;
        p1 = Some(best);
    }
}

/// Argmax over the labels allowed after `prev`.
#[inline]
pub(crate) fn best_allowed(scores: &mut [i32], allowed: &[bool], prev: Option<u8>, l: usize) -> u8 {
    let row = prev.map_or(l, usize::from);
    if let Some(mask) = allowed.get(row * l..row * l + l) {
        for (s, &ok) in scores.iter_mut().zip(mask) {
            if !ok {
                *s = i32::MIN;
            }
        }
    }
    argmax(scores) as u8
}

/// The BIO transition mask for a list of label names (training).
#[cfg(any(feature = "train", test))]
pub(crate) fn transitions_for_names(names: &[String]) -> Option<Vec<bool>> {
    let info = names
        .iter()
        .map(|n| LabelInfo::parse(n))
        .collect::<Option<Vec<_>>>()?;
    Some(transitions(&info))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_follow_bio_leniently() {
        let e = entities_from_names(&[
            "B-PERSON",
            "I-PERSON",
            "O",
            "I-LOCATION",
            "B-LOCATION",
            "I-ORGANIZATION",
        ]);
        let k = |s, e, kind| Entity {
            start: s,
            end: e,
            kind,
        };
        assert_eq!(
            e,
            vec![
                k(0, 2, EntityType::Person),
                k(3, 4, EntityType::Location),
                k(4, 5, EntityType::Location),
                k(5, 6, EntityType::Organization),
            ]
        );
        assert!(entities_from_names::<&str>(&[]).is_empty());
    }

    #[test]
    fn inside_labels_need_their_begin() {
        let names: Vec<String> = ["O", "B-PERSON", "I-PERSON", "B-MISC", "I-MISC"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let a = transitions_for_names(&names).unwrap_or_default();
        let l = names.len();
        // From sentence start (row l): no I- labels.
        assert!(!a[l * l + 2] && !a[l * l + 4] && a[l * l + 1]);
        // After B-PERSON: I-PERSON yes, I-MISC no.
        assert!(a[l + 2] && !a[l + 4]);
        let mut scores = vec![0, 0, 9, 0, 0];
        assert_eq!(best_allowed(&mut scores, &a, None, l), 0);
        let mut scores = vec![0, 0, 9, 0, 0];
        assert_eq!(best_allowed(&mut scores, &a, Some(1), l), 2);
    }
}

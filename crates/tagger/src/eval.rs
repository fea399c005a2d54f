//! Accuracy measures on silver data (training and evaluation only).
//!
//! POS: token accuracy. NER: exact-span entity precision, recall and F1 per
//! type and micro-averaged overall, as CoNLL's `conlleval` computes them.

use crate::conllu::Sentence;
use crate::features::Scratch;
use crate::ner::{entities_from_names, EntityType, NerTagger};
use crate::pos::PosTagger;

/// Correct and total tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    /// Tokens tagged as in the data.
    pub correct: usize,
    /// All tokens.
    pub total: usize,
}

impl Accuracy {
    /// `correct / total` (0 when empty).
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

/// POS token accuracy of `tagger` on `sents`.
pub fn pos_accuracy(tagger: &PosTagger, sents: &[Sentence]) -> Accuracy {
    let mut scratch = Scratch::new();
    let mut out = Vec::new();
    let mut acc = Accuracy::default();
    for s in sents {
        tagger.tag_with(&s.words, &mut scratch, &mut out);
        acc.total += s.words.len();
        acc.correct += out
            .iter()
            .zip(&s.pos)
            .filter(|(&p, g)| tagger.tag_name(p) == g.as_str())
            .count();
    }
    acc
}

/// Entity match counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted entities with exactly a gold span and type.
    pub tp: usize,
    /// Predicted entities without such a match.
    pub fp: usize,
    /// Gold entities not predicted exactly.
    pub fn_: usize,
}

impl Counts {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall (0 when there is nothing to find).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Entity counts per type ([`EntityType::ALL`] order).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NerScores {
    /// Counts by type.
    pub per_type: [Counts; 4],
}

impl NerScores {
    /// Counts of one type.
    pub fn of(&self, kind: EntityType) -> Counts {
        self.per_type[kind as usize]
    }

    /// Micro-averaged counts over all types.
    pub fn overall(&self) -> Counts {
        self.per_type.iter().fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }

    /// Adds the comparison of one sentence's entities.
    pub fn add<S: AsRef<str>, T: AsRef<str>>(&mut self, gold: &[S], pred: &[T]) {
        let g = entities_from_names(gold);
        let p = entities_from_names(pred);
        for e in &p {
            if g.contains(e) {
                self.per_type[e.kind as usize].tp += 1;
            } else {
                self.per_type[e.kind as usize].fp += 1;
            }
        }
        for e in &g {
            if !p.contains(e) {
                self.per_type[e.kind as usize].fn_ += 1;
            }
        }
    }

    /// One line per type plus the overall line, for logs.
    pub fn report(&self) -> String {
        let mut s = String::new();
        for k in EntityType::ALL {
            let c = self.of(k);
            s += &format!(
                "  {:<13} P {:5.2}  R {:5.2}  F1 {:5.2}  (gold {})\n",
                k.as_str(),
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.tp + c.fn_
            );
        }
        let c = self.overall();
        s += &format!(
            "  {:<13} P {:5.2}  R {:5.2}  F1 {:5.2}  (gold {})\n",
            "overall",
            100.0 * c.precision(),
            100.0 * c.recall(),
            100.0 * c.f1(),
            c.tp + c.fn_
        );
        s
    }
}

/// Entity scores of `ner` on `sents`, with POS tags predicted by `pos`
/// (as in use, not the silver ones).
pub fn ner_scores(pos: &PosTagger, ner: &NerTagger, sents: &[Sentence]) -> NerScores {
    let mut scratch = Scratch::new();
    let (mut tags, mut labels) = (Vec::new(), Vec::new());
    let mut scores = NerScores::default();
    let mut names: Vec<&str> = Vec::new();
    for s in sents {
        pos.tag_with(&s.words, &mut scratch, &mut tags);
        ner.tag_with(&s.words, &tags, pos, &mut scratch, &mut labels);
        names.clear();
        names.extend(labels.iter().map(|&l| ner.label_name(l)));
        scores.add(&s.ner, &names);
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_spans_only() {
        let mut s = NerScores::default();
        s.add(
            &["B-PERSON", "I-PERSON", "O", "B-LOCATION"],
            &["B-PERSON", "O", "O", "B-LOCATION"],
        );
        let p = s.of(EntityType::Person);
        assert_eq!((p.tp, p.fp, p.fn_), (0, 1, 1));
        let l = s.of(EntityType::Location);
        assert_eq!((l.tp, l.fp, l.fn_), (1, 0, 0));
        assert!((s.overall().f1() - 0.5).abs() < 1e-9);
    }
}

//! Attachment scores against reference trees.

use std::collections::BTreeMap;

use crate::conllu::Sentence;
use crate::{ParseScratch, Parser};

/// Counts of one label.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LabelCounts {
    /// Words with this gold label.
    pub gold: usize,
    /// Words the parser gave this label.
    pub predicted: usize,
    /// Words with this gold label that got the right head and label.
    pub correct: usize,
}

impl LabelCounts {
    /// Correct head and label among the gold words (recall).
    pub fn recall(&self) -> f64 {
        self.correct as f64 / self.gold.max(1) as f64
    }

    /// Correct head and label among the predicted words (precision).
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.predicted.max(1) as f64
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Unlabeled and labeled attachment scores.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Scores {
    /// Words scored.
    pub total: usize,
    /// Words with the right head.
    pub heads: usize,
    /// Words with the right head and label.
    pub labeled: usize,
    /// Words whose gold label is not `punct`.
    pub total_no_punct: usize,
    /// Of those, with the right head.
    pub heads_no_punct: usize,
    /// Of those, with the right head and label.
    pub labeled_no_punct: usize,
    /// Per gold/predicted label (after `map_label`).
    pub per_label: BTreeMap<String, LabelCounts>,
}

impl Scores {
    /// Unlabeled attachment score, all words.
    pub fn uas(&self) -> f64 {
        self.heads as f64 / self.total.max(1) as f64
    }

    /// Labeled attachment score, all words.
    pub fn las(&self) -> f64 {
        self.labeled as f64 / self.total.max(1) as f64
    }

    /// Unlabeled attachment score without punctuation.
    pub fn uas_no_punct(&self) -> f64 {
        self.heads_no_punct as f64 / self.total_no_punct.max(1) as f64
    }

    /// Labeled attachment score without punctuation.
    pub fn las_no_punct(&self) -> f64 {
        self.labeled_no_punct as f64 / self.total_no_punct.max(1) as f64
    }

    /// Counts of one label (zero when unseen).
    pub fn label(&self, name: &str) -> LabelCounts {
        self.per_label.get(name).copied().unwrap_or_default()
    }

    /// One line: UAS and LAS with and without punctuation.
    pub fn summary(&self) -> String {
        format!(
            "UAS {:.2} LAS {:.2} (no punct: UAS {:.2} LAS {:.2}; {} words)",
            100.0 * self.uas(),
            100.0 * self.las(),
            100.0 * self.uas_no_punct(),
            100.0 * self.las_no_punct(),
            self.total
        )
    }

    /// Per-label lines for `names`: recall, precision, F1 of head + label.
    pub fn label_report(&self, names: &[&str]) -> String {
        let mut out = String::new();
        for name in names {
            let c = self.label(name);
            out += &format!(
                "  {name:<10} gold {:>6}  R {:.2}  P {:.2}  F1 {:.2}\n",
                c.gold,
                100.0 * c.recall(),
                100.0 * c.precision(),
                100.0 * c.f1()
            );
        }
        out
    }
}

/// Parses every sentence of `sents` with the tags in `tags` (one list per
/// sentence; e.g. the tagger's predictions, or `s.pos` for the silver ones)
/// and scores it. Gold labels go through `map_label` first (identity for a
/// model with the full label set).
pub fn evaluate(
    parser: &Parser,
    sents: &[Sentence],
    tags: &[Vec<String>],
    map_label: &dyn Fn(&str) -> String,
) -> Scores {
    let mut sc = Scores::default();
    let mut scratch = ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    for (s, t) in sents.iter().zip(tags) {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let t: Vec<&str> = t.iter().map(String::as_str).collect();
        parser.parse(&words, &t, &mut scratch, &mut heads, &mut labels);
        // Zipped, so a hand-built sentence with lists of unequal lengths is
        // scored on its common prefix rather than panicking.
        for (((&head, &label), gold_head), gold_label) in
            heads.iter().zip(&labels).zip(&s.heads).zip(&s.labels)
        {
            let gold = map_label(gold_label);
            let pred = parser.label_name(label);
            let head_ok = head == *gold_head;
            let label_ok = head_ok && pred == gold;
            sc.total += 1;
            sc.heads += usize::from(head_ok);
            sc.labeled += usize::from(label_ok);
            if gold != "punct" {
                sc.total_no_punct += 1;
                sc.heads_no_punct += usize::from(head_ok);
                sc.labeled_no_punct += usize::from(label_ok);
            }
            sc.per_label.entry(pred.to_string()).or_default().predicted += 1;
            let g = sc.per_label.entry(gold).or_default();
            g.gold += 1;
            g.correct += usize::from(label_ok);
        }
    }
    sc
}

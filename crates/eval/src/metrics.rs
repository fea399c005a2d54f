//! The metrics of docs/EVALUATION.md, micro-averaged over documents.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::chars::{intersection_len, DocChars, Kind};
use crate::{Attr, GoldDoc};

/// Precision, recall and F1 from summed counts.
///
/// Counts are `f64` so that reports from other tools (which may weight) fit
/// the same type; here they are always whole numbers.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Prf {
    /// True positives.
    pub tp: f64,
    /// False positives.
    pub fp: f64,
    /// False negatives (`fn` in JSON).
    #[serde(rename = "fn")]
    pub fn_: f64,
    /// `100 · tp / (tp + fp)`, 0 when nothing was predicted.
    pub precision: f64,
    /// `100 · tp / (tp + fn)`, 0 when there is no gold.
    pub recall: f64,
    /// `100 · 2tp / (2tp + fp + fn)`, the harmonic mean of the two; 0 when both are empty.
    pub f1: f64,
}

impl Prf {
    /// Scores from counts. A ratio with a zero denominator is 0, the common
    /// convention (scikit-learn's default), so empty runs never look perfect.
    pub fn from_counts(tp: u64, fp: u64, fn_: u64) -> Prf {
        let pct = |num: u64, den: u64| {
            if den == 0 {
                0.0
            } else {
                100.0 * num as f64 / den as f64
            }
        };
        Prf {
            tp: tp as f64,
            fp: fp as f64,
            fn_: fn_ as f64,
            precision: pct(tp, tp + fp),
            recall: pct(tp, tp + fn_),
            f1: pct(2 * tp, 2 * tp + fp + fn_),
        }
    }
}

/// One [`Prf`] per role.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct RoleScores {
    /// Who spoke.
    pub source: Prf,
    /// The speech verb or phrase.
    pub cue: Prf,
    /// What was said.
    pub content: Prf,
}

/// Recall of the content pairing (metric 3) for the gold attributions of one kind.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct KindRecall {
    /// Gold attributions of this kind.
    pub gold: u64,
    /// Of those, paired with a prediction by metric 3.
    pub matched: u64,
    /// `100 · matched / gold`, 0 when there is no gold of this kind.
    pub recall: f64,
}

impl KindRecall {
    fn new(gold: u64, matched: u64) -> Self {
        let recall = if gold == 0 {
            0.0
        } else {
            100.0 * matched as f64 / gold as f64
        };
        KindRecall {
            gold,
            matched,
            recall,
        }
    }
}

/// Metric 5: recall by how the gold content is quoted.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct RecallByKind {
    /// Content wholly inside quotation marks.
    pub direct: KindRecall,
    /// Content partly inside quotation marks.
    pub mixed: KindRecall,
    /// Content outside quotation marks.
    pub indirect: KindRecall,
}

/// Every number of an evaluation run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Metric 4, the headline: content Dice ≥ 0.5 and overlapping (or both absent) sources.
    pub attribution_full: Prf,
    /// Metric 3: content Dice ≥ 0.5.
    pub attribution_content: Prf,
    /// Metric 1: exact spans per role, after trimming.
    pub exact: RoleScores,
    /// Metric 2: characters per role.
    pub chars: RoleScores,
    /// Metric 5.
    pub recall_by_kind: RecallByKind,
    /// Gold documents evaluated.
    pub documents: usize,
    /// Gold attributions in those documents.
    pub gold_attributions: usize,
    /// Gold attributions without a source.
    pub gold_without_source: usize,
    /// Predicted attributions in those documents.
    pub predicted_attributions: usize,
    /// Predicted documents whose id is not in the gold; they are not scored.
    pub ignored_prediction_documents: usize,
}

impl Report {
    /// The attribution-full F1 (metric 4), 0..100: the one number to compare runs by.
    pub fn headline(&self) -> f64 {
        self.attribution_full.f1
    }

    /// A fixed-width table that is also valid Markdown.
    pub fn to_table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "| {:<22} | {:>6} | {:>6} | {:>6} | {:>7} | {:>7} | {:>7} |",
            "metric", "P", "R", "F1", "TP", "FP", "FN"
        );
        let _ = writeln!(
            s,
            "|{:-<24}|{:->7}:|{:->7}:|{:->7}:|{:->8}:|{:->8}:|{:->8}:|",
            "", "", "", "", "", "", ""
        );
        let rows = [
            ("attribution (full)", &self.attribution_full),
            ("attribution (content)", &self.attribution_content),
            ("source exact", &self.exact.source),
            ("cue exact", &self.exact.cue),
            ("content exact", &self.exact.content),
            ("source chars", &self.chars.source),
            ("cue chars", &self.chars.cue),
            ("content chars", &self.chars.content),
        ];
        for (name, p) in rows {
            let _ = writeln!(
                s,
                "| {:<22} | {:>6.1} | {:>6.1} | {:>6.1} | {:>7.0} | {:>7.0} | {:>7.0} |",
                name, p.precision, p.recall, p.f1, p.tp, p.fp, p.fn_
            );
        }
        s.push('\n');
        let _ = writeln!(
            s,
            "| {:<22} | {:>6} | {:>7} | {:>6} |",
            "gold kind", "gold", "matched", "R"
        );
        let _ = writeln!(s, "|{:-<24}|{:->7}:|{:->8}:|{:->7}:|", "", "", "", "");
        let k = &self.recall_by_kind;
        for (name, r) in [
            ("direct", &k.direct),
            ("mixed", &k.mixed),
            ("indirect", &k.indirect),
        ] {
            let _ = writeln!(
                s,
                "| {:<22} | {:>6} | {:>7} | {:>6.1} |",
                name, r.gold, r.matched, r.recall
            );
        }
        s.push('\n');
        let _ = writeln!(
            s,
            "documents: {}, gold attributions: {} ({} without source), predicted attributions: {}",
            self.documents,
            self.gold_attributions,
            self.gold_without_source,
            self.predicted_attributions
        );
        if self.ignored_prediction_documents > 0 {
            let _ = writeln!(
                s,
                "ignored: {} predicted documents not in the gold",
                self.ignored_prediction_documents
            );
        }
        s
    }
}

/// Summed counts over documents (micro-averaging).
#[derive(Default)]
struct Counts {
    full: [u64; 3],
    content: [u64; 3],
    /// Per role, in [`ROLES`] order.
    exact: [[u64; 3]; 3],
    chars: [[u64; 3]; 3],
    /// `[gold, matched]` for direct, mixed, indirect.
    kinds: [[u64; 2]; 3],
    gold: usize,
    gold_without_source: usize,
    pred: usize,
}

/// An attribution as non-whitespace position sets, one per role.
struct AttrSets {
    roles: [Vec<usize>; 3],
}

const SOURCE: usize = 0;
const CONTENT: usize = 2;

impl AttrSets {
    fn new(doc: &DocChars, a: &Attr) -> Self {
        AttrSets {
            roles: [
                doc.positions(&a.source),
                doc.positions(&a.cue),
                doc.positions(&a.content),
            ],
        }
    }
}

/// Scores predictions against the gold, micro-averaged over the gold documents.
///
/// A gold document without predictions counts as predicting nothing;
/// predictions for ids not in the gold are not scored (their number is in
/// the report). See the crate docs for the exact definitions.
pub fn evaluate(gold: &[GoldDoc], pred: &HashMap<String, Vec<Attr>>) -> Report {
    let mut c = Counts::default();
    for doc in gold {
        let p = pred.get(&doc.id).map(Vec::as_slice).unwrap_or(&[]);
        score_doc(&doc.text, &doc.attributions, p, &mut c);
    }
    let ids: HashSet<&str> = gold.iter().map(|d| d.id.as_str()).collect();
    let prf = |x: [u64; 3]| Prf::from_counts(x[0], x[1], x[2]);
    let roles = |x: [[u64; 3]; 3]| RoleScores {
        source: prf(x[0]),
        cue: prf(x[1]),
        content: prf(x[2]),
    };
    let kind = |k: [u64; 2]| KindRecall::new(k[0], k[1]);
    Report {
        attribution_full: prf(c.full),
        attribution_content: prf(c.content),
        exact: roles(c.exact),
        chars: roles(c.chars),
        recall_by_kind: RecallByKind {
            direct: kind(c.kinds[0]),
            mixed: kind(c.kinds[1]),
            indirect: kind(c.kinds[2]),
        },
        documents: gold.len(),
        gold_attributions: c.gold,
        gold_without_source: c.gold_without_source,
        predicted_attributions: c.pred,
        ignored_prediction_documents: pred.keys().filter(|k| !ids.contains(k.as_str())).count(),
    }
}

fn score_doc(text: &str, gold: &[Attr], pred: &[Attr], c: &mut Counts) {
    let doc = DocChars::new(text);
    let g: Vec<AttrSets> = gold.iter().map(|a| AttrSets::new(&doc, a)).collect();
    let p: Vec<AttrSets> = pred.iter().map(|a| AttrSets::new(&doc, a)).collect();
    c.gold += g.len();
    c.pred += p.len();
    c.gold_without_source += g.iter().filter(|a| a.roles[SOURCE].is_empty()).count();

    for role in 0..3 {
        // Metric 1. Spans are a multiset: two attributions sharing a source
        // contribute two source spans, on both sides alike. Empty roles
        // (no source, or only whitespace) are not spans.
        let (gk, pk) = (exact_keys(&doc, &g, role), exact_keys(&doc, &p, role));
        let tp = multiset_intersection(&gk, &pk);
        add(&mut c.exact[role], tp, pk.len() - tp, gk.len() - tp);

        // Metric 2.
        let mask = |side: &[AttrSets]| {
            let mut m = vec![false; doc.len()];
            for a in side {
                for &i in &a.roles[role] {
                    m[i] = true;
                }
            }
            m
        };
        let (gm, pm) = (mask(&g), mask(&p));
        let both = gm.iter().zip(&pm).filter(|(a, b)| **a && **b).count();
        let gn = gm.iter().filter(|x| **x).count();
        let pn = pm.iter().filter(|x| **x).count();
        add(&mut c.chars[role], both, pn - both, gn - both);
    }

    // Metrics 3 and 5.
    let content_pairs = greedy_pairs(&g, &p, false);
    let tp = content_pairs.iter().filter(|x| x.is_some()).count();
    add(&mut c.content, tp, p.len() - tp, g.len() - tp);
    for (a, paired) in g.iter().zip(&content_pairs) {
        let k = match doc.kind(&a.roles[CONTENT]) {
            Kind::Direct => 0,
            Kind::Mixed => 1,
            Kind::Indirect => 2,
        };
        c.kinds[k][0] += 1;
        c.kinds[k][1] += u64::from(paired.is_some());
    }

    // Metric 4.
    let full_pairs = greedy_pairs(&g, &p, true);
    let tp = full_pairs.iter().filter(|x| x.is_some()).count();
    add(&mut c.full, tp, p.len() - tp, g.len() - tp);
}

/// The sorted exact-match keys of one role's non-empty spans.
fn exact_keys<'a>(doc: &DocChars, side: &'a [AttrSets], role: usize) -> Vec<&'a [usize]> {
    let mut k: Vec<&[usize]> = side
        .iter()
        .map(|a| &a.roles[role])
        .filter(|r| !r.is_empty())
        .map(|r| doc.exact_key(r))
        .collect();
    k.sort_unstable();
    k
}

fn add(acc: &mut [u64; 3], tp: usize, fp: usize, fn_: usize) {
    acc[0] += tp as u64;
    acc[1] += fp as u64;
    acc[2] += fn_ as u64;
}

/// Size of the multiset intersection of two sorted lists (one-to-one exact matching).
fn multiset_intersection(a: &[&[usize]], b: &[&[usize]]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Pairs gold and predicted attributions one-to-one; returns, per gold, its prediction.
///
/// Candidates are the pairs whose content Dice `2|G∩P| / (|G|+|P|)` is at
/// least 0.5 (tested in integers: `4|G∩P| ≥ |G|+|P|`, with `|G∩P| > 0`), and,
/// when `need_source`, whose sources share a non-whitespace character or are
/// both absent. Candidates are taken best Dice first (compared exactly as
/// fractions), ties broken by gold order then prediction order, and a pair is
/// kept when neither side is taken yet.
///
/// Filtering on the source *before* pairing (rather than keeping the content
/// pairs that also agree on the source) means a prediction with the right
/// source is not robbed by a slightly closer one with the wrong source. It
/// also means that, greedy matching not being optimal, metric 4 can in rare
/// cases pair more attributions than metric 3.
fn greedy_pairs(g: &[AttrSets], p: &[AttrSets], need_source: bool) -> Vec<Option<usize>> {
    struct Cand {
        inter: u64,
        sum: u64,
        gi: usize,
        pi: usize,
    }
    let mut cands = Vec::new();
    for (gi, ga) in g.iter().enumerate() {
        for (pi, pa) in p.iter().enumerate() {
            let (gc, pc) = (&ga.roles[CONTENT], &pa.roles[CONTENT]);
            let inter = intersection_len(gc, pc) as u64;
            let sum = (gc.len() + pc.len()) as u64;
            if inter == 0 || 4 * inter < sum {
                continue;
            }
            if need_source {
                let (gs, ps) = (&ga.roles[SOURCE], &pa.roles[SOURCE]);
                let ok = if gs.is_empty() || ps.is_empty() {
                    gs.is_empty() && ps.is_empty()
                } else {
                    intersection_len(gs, ps) > 0
                };
                if !ok {
                    continue;
                }
            }
            cands.push(Cand { inter, sum, gi, pi });
        }
    }
    // a before b when inter_a/sum_a > inter_b/sum_b, i.e. inter_a·sum_b > inter_b·sum_a.
    cands.sort_unstable_by(|a, b| {
        (b.inter * a.sum)
            .cmp(&(a.inter * b.sum))
            .then(a.gi.cmp(&b.gi))
            .then(a.pi.cmp(&b.pi))
    });
    let mut gold_to_pred = vec![None; g.len()];
    let mut pred_taken = vec![false; p.len()];
    for c in cands {
        if gold_to_pred[c.gi].is_none() && !pred_taken[c.pi] {
            gold_to_pred[c.gi] = Some(c.pi);
            pred_taken[c.pi] = true;
        }
    }
    gold_to_pred
}

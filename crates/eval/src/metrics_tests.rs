//! Metric tests on tiny hand-made documents; the expected numbers are worked
//! out by hand in the comments.

use std::collections::HashMap;

use crate::test_util::find;
use crate::{evaluate, Attr, Frag, GoldDoc, Report};

fn attr(content: &[Frag], cue: &[Frag], source: &[Frag]) -> Attr {
    Attr {
        content: content.to_vec(),
        cue: cue.to_vec(),
        source: source.to_vec(),
    }
}

fn doc(id: &str, text: &str, attributions: Vec<Attr>) -> GoldDoc {
    GoldDoc {
        id: id.into(),
        text: text.into(),
        attributions,
    }
}

fn run(gold: Vec<GoldDoc>, pred: Vec<(&str, Vec<Attr>)>) -> Report {
    let pred: HashMap<String, Vec<Attr>> =
        pred.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    evaluate(&gold, &pred)
}

/// Rounds to one decimal, as printed.
fn r1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn prf(p: &crate::Prf) -> (f64, f64, f64, f64, f64, f64) {
    (p.tp, p.fp, p.fn_, r1(p.precision), r1(p.recall), r1(p.f1))
}

#[test]
fn exact_match_after_trimming() {
    let t = "Smith said: “We will win.” Jones agreed.";
    let gold = attr(
        &[find(t, "We will win")],
        &[find(t, "said")],
        &[find(t, "Smith")],
    );
    // Quotes, the full stop, the colon and the surrounding spaces are all trimmed.
    let pred = attr(
        &[find(t, "“We will win.”")],
        &[find(t, "said:")],
        &[find(t, "Smith ")],
    );
    let r = run(
        vec![doc("d", t, vec![gold.clone()])],
        vec![("d", vec![pred])],
    );
    for p in [&r.exact.source, &r.exact.cue, &r.exact.content] {
        assert_eq!(prf(p), (1.0, 0.0, 0.0, 100.0, 100.0, 100.0));
    }

    // "We will" is not "We will win": 0 TP, 1 FP, 1 FN on content, while
    // the attribution still pairs (Dice 2·6/(6+9) = 0.8).
    let short = attr(
        &[find(t, "We will")],
        &[find(t, "said")],
        &[find(t, "Smith")],
    );
    let r = run(vec![doc("d", t, vec![gold])], vec![("d", vec![short])]);
    assert_eq!(prf(&r.exact.content), (0.0, 1.0, 1.0, 0.0, 0.0, 0.0));
    assert_eq!(r.attribution_full.tp, 1.0);
}

#[test]
fn exact_multi_fragment_keeps_inner_punctuation() {
    let t = "“Alpha beta,” she said, “gamma.”";
    let gold = attr(
        &[find(t, "“Alpha beta,”"), find(t, "“gamma.”")],
        &[find(t, "said")],
        &[find(t, "she")],
    );
    // Same fragments without the outer marks: equal after trimming.
    let same = attr(&[find(t, "Alpha beta,”"), find(t, "“gamma")], &[], &[]);
    // Without the inner ,” and “: not equal (inner punctuation is kept).
    let bare = attr(&[find(t, "Alpha beta"), find(t, "gamma")], &[], &[]);
    let r = run(
        vec![doc("d", t, vec![gold.clone()])],
        vec![("d", vec![same])],
    );
    assert_eq!(r.exact.content.tp, 1.0);
    let r = run(vec![doc("d", t, vec![gold])], vec![("d", vec![bare])]);
    assert_eq!(r.exact.content.tp, 0.0);
}

#[test]
fn char_level_ignores_whitespace_and_unions_the_role() {
    // Gold content "ab  cd" = 4 non-whitespace chars (a b c d).
    // Predictions: "b  " and an overlapping "ab": union {a, b} = 2 chars, both gold.
    // TP 2, FP 0, FN 2 → P 100, R 50, F1 66.7.
    let t = "ab  cd x";
    let gold = attr(&[(0, 6)], &[], &[]);
    let preds = vec![attr(&[(1, 4)], &[], &[]), attr(&[(0, 2)], &[], &[])];
    let r = run(vec![doc("d", t, vec![gold])], vec![("d", preds)]);
    assert_eq!(prf(&r.chars.content), (2.0, 0.0, 2.0, 100.0, 50.0, 66.7));
    // Adding "x" (outside the gold) is one FP char: P 2/3 = 66.7.
    let gold = attr(&[(0, 6)], &[], &[]);
    let r = run(
        vec![doc("d", t, vec![gold])],
        vec![("d", vec![attr(&[(0, 8)], &[], &[])])],
    );
    // Prediction covers a b c d x = 5 chars: TP 4, FP 1, FN 0 → P 80, R 100, F1 88.9.
    assert_eq!(prf(&r.chars.content), (4.0, 1.0, 0.0, 80.0, 100.0, 88.9));
    // Empty roles contribute no span and no char.
    assert_eq!(prf(&r.chars.source), (0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
    assert_eq!(prf(&r.exact.source), (0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
}

#[test]
fn one_to_one_two_predictions_on_one_gold() {
    let t = "The minister said taxes would fall.";
    let g = attr(
        &[find(t, "taxes would fall")],
        &[find(t, "said")],
        &[find(t, "The minister")],
    );
    // Two identical predictions: only one pairs.
    // Attribution: TP 1, FP 1, FN 0 → P 50, R 100, F1 66.7; same for exact spans.
    let r = run(
        vec![doc("d", t, vec![g.clone()])],
        vec![("d", vec![g.clone(), g])],
    );
    assert_eq!(
        prf(&r.attribution_content),
        (1.0, 1.0, 0.0, 50.0, 100.0, 66.7)
    );
    assert_eq!(prf(&r.attribution_full), (1.0, 1.0, 0.0, 50.0, 100.0, 66.7));
    assert_eq!(prf(&r.exact.content), (1.0, 1.0, 0.0, 50.0, 100.0, 66.7));
    assert_eq!(prf(&r.exact.source), (1.0, 1.0, 0.0, 50.0, 100.0, 66.7));
    // Chars are a union: the duplicate adds nothing.
    assert_eq!(prf(&r.chars.content), (14.0, 0.0, 0.0, 100.0, 100.0, 100.0));
}

#[test]
fn greedy_is_best_first_not_optimal_nor_gold_order() {
    // 40 letters, no whitespace, so sizes are just lengths.
    let t = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN";
    // G2 = [1,12) (11), G1 = [0,10) (10), listed G2 first.
    // P1 = [1,10) (9): Dice with G1 = 2·9/19 = 0.947, with G2 = 2·9/20 = 0.90.
    // P2 = [0,4) (4): Dice with G1 = 2·4/14 = 0.571, with G2 = 2·3/15 = 0.40 (no).
    // Best first: G1–P1 (0.947); G2–P1 (P1 taken); G1–P2 (G1 taken).
    // → TP 1, FP 1 (P2), FN 1 (G2): P 50, R 50, F1 50.
    // (Optimal matching would give G2–P1 + G1–P2 = 2, and so would
    // "each gold in order takes its best": that is why this test exists.)
    let gold = vec![attr(&[(1, 12)], &[], &[]), attr(&[(0, 10)], &[], &[])];
    let pred = vec![attr(&[(1, 10)], &[], &[]), attr(&[(0, 4)], &[], &[])];
    let r = run(vec![doc("d", t, gold)], vec![("d", pred)]);
    assert_eq!(
        prf(&r.attribution_content),
        (1.0, 1.0, 1.0, 50.0, 50.0, 50.0)
    );
    // No source anywhere: full equals content.
    assert_eq!(prf(&r.attribution_full), (1.0, 1.0, 1.0, 50.0, 50.0, 50.0));
}

#[test]
fn dice_threshold_is_inclusive_at_one_half() {
    let t = "abcdefghijklmnopqrstuvwxyz";
    // G = [0,6) (6 chars), P = [3,5) (2): inter 2, Dice 2·2/8 = 0.5 exactly → paired.
    let r = run(
        vec![doc("d", t, vec![attr(&[(0, 6)], &[], &[])])],
        vec![("d", vec![attr(&[(3, 5)], &[], &[])])],
    );
    assert_eq!(r.attribution_content.tp, 1.0);
    // P = [4,5) (1): Dice 2/7 = 0.29 → not paired.
    let r = run(
        vec![doc("d", t, vec![attr(&[(0, 6)], &[], &[])])],
        vec![("d", vec![attr(&[(4, 5)], &[], &[])])],
    );
    assert_eq!(prf(&r.attribution_content), (0.0, 1.0, 1.0, 0.0, 0.0, 0.0));
}

#[test]
fn full_metric_filters_sources_before_pairing() {
    let t = "Senator Jane Smith said that the bill will pass easily, an aide added.";
    let content = find(t, "the bill will pass easily");
    let gold = attr(
        &[content],
        &[find(t, "said")],
        &[find(t, "Senator Jane Smith")],
    );
    // Pa: exact content (Dice 1.0) but the wrong source ("an aide").
    // Pb: content "the bill will pass" = 15 of the gold's 21 chars: Dice 2·15/36 = 0.83, right source
    //     (shares "Smith" with the gold source).
    let pa = attr(&[content], &[find(t, "added")], &[find(t, "an aide")]);
    let pb = attr(
        &[find(t, "the bill will pass")],
        &[find(t, "said")],
        &[find(t, "Smith")],
    );
    let r = run(vec![doc("d", t, vec![gold])], vec![("d", vec![pa, pb])]);
    // Content: G–Pa (1.0) → TP 1, FP 1, FN 0.
    assert_eq!(
        prf(&r.attribution_content),
        (1.0, 1.0, 0.0, 50.0, 100.0, 66.7)
    );
    // Full: candidates are only G–Pb → TP 1, FP 1, FN 0 (keeping metric 3's
    // pair and then checking the source would have given TP 0).
    assert_eq!(prf(&r.attribution_full), (1.0, 1.0, 0.0, 50.0, 100.0, 66.7));
}

#[test]
fn no_source_attributions() {
    let t = "Taxes will fall, it was announced. Rates rose, officials said.";
    let g_none = attr(
        &[find(t, "Taxes will fall")],
        &[find(t, "was announced")],
        &[],
    );
    let g_src = attr(
        &[find(t, "Rates rose")],
        &[find(t, "said")],
        &[find(t, "officials")],
    );
    // P1: no source for the no-source gold → full match.
    // P2: no source for the sourced gold → content match only.
    let p1 = attr(&[find(t, "Taxes will fall")], &[], &[]);
    let p2 = attr(&[find(t, "Rates rose")], &[], &[]);
    let r = run(
        vec![doc("d", t, vec![g_none.clone(), g_src.clone()])],
        vec![("d", vec![p1, p2])],
    );
    assert_eq!(r.gold_without_source, 1);
    assert_eq!(
        prf(&r.attribution_content),
        (2.0, 0.0, 0.0, 100.0, 100.0, 100.0)
    );
    // Full: TP 1, FP 1, FN 1 → 50/50/50.
    assert_eq!(prf(&r.attribution_full), (1.0, 1.0, 1.0, 50.0, 50.0, 50.0));

    // A predicted source for a no-source gold also breaks the full match;
    // a source of pure whitespace is no source.
    let p1 = attr(&[find(t, "Taxes will fall")], &[], &[find(t, "it")]);
    let p2 = attr(&[find(t, "Rates rose")], &[], &[(16, 17)]); // the space after "fall,"
    let r = run(
        vec![doc("d", t, vec![g_none, g_src])],
        vec![("d", vec![p1, p2])],
    );
    assert_eq!(prf(&r.attribution_full), (0.0, 2.0, 2.0, 0.0, 0.0, 0.0));
}

#[test]
fn recall_by_kind() {
    let t = "He said “we will win” and that taxes are “too high” now. Rates fell, she said.";
    let direct = attr(
        &[find(t, "we will win")],
        &[find(t, "said")],
        &[find(t, "He")],
    );
    let mixed = attr(
        &[find(t, "that taxes are “too high”")],
        &[],
        &[find(t, "He")],
    );
    let indirect = attr(
        &[find(t, "Rates fell")],
        &[find(t, "she said")],
        &[find(t, "she")],
    );
    // Only the mixed and indirect contents are predicted.
    let pred = vec![mixed.clone(), indirect.clone()];
    let r = run(
        vec![doc("d", t, vec![direct, mixed, indirect])],
        vec![("d", pred)],
    );
    let k = &r.recall_by_kind;
    assert_eq!(
        (k.direct.gold, k.direct.matched, k.direct.recall),
        (1, 0, 0.0)
    );
    assert_eq!(
        (k.mixed.gold, k.mixed.matched, k.mixed.recall),
        (1, 1, 100.0)
    );
    assert_eq!(
        (k.indirect.gold, k.indirect.matched, k.indirect.recall),
        (1, 1, 100.0)
    );
    // Recall of metric 3 is 2/3 overall.
    assert_eq!(r1(r.attribution_content.recall), 66.7);
}

#[test]
fn missing_and_extra_documents() {
    let t1 = "Smith said it works.";
    let t2 = "Jones said no. Brown said yes.";
    let a1 = attr(
        &[find(t1, "it works")],
        &[find(t1, "said")],
        &[find(t1, "Smith")],
    );
    let b1 = attr(&[find(t2, "no")], &[find(t2, "said")], &[find(t2, "Jones")]);
    let b2 = attr(&[find(t2, "yes")], &[(21, 25)], &[find(t2, "Brown")]);
    // d1 perfect; d2 missing (2 FN); d3 unknown (ignored).
    // Attribution: TP 1, FP 0, FN 2 → P 100, R 33.3, F1 50.
    let r = run(
        vec![doc("d1", t1, vec![a1.clone()]), doc("d2", t2, vec![b1, b2])],
        vec![("d1", vec![a1.clone()]), ("d3", vec![a1])],
    );
    assert_eq!(prf(&r.attribution_full), (1.0, 0.0, 2.0, 100.0, 33.3, 50.0));
    assert_eq!(r.documents, 2);
    assert_eq!(r.gold_attributions, 3);
    assert_eq!(r.predicted_attributions, 1);
    assert_eq!(r.ignored_prediction_documents, 1);
    assert_eq!(r1(r.headline()), 50.0);
    // Micro-average of chars: d1 "Smith" 5 TP; d2 "Jones" + "Brown" 10 FN → R 33.3.
    assert_eq!(prf(&r.chars.source), (5.0, 0.0, 10.0, 100.0, 33.3, 50.0));
}

#[test]
fn out_of_range_predictions_are_clipped_not_fatal() {
    let t = "Smith said yes.";
    let g = attr(&[find(t, "yes")], &[find(t, "said")], &[find(t, "Smith")]);
    // Content [11, 999) clips to "yes." → trims to "yes": exact match.
    // Reversed cue (10, 6) is empty: no cue span.
    let p = attr(&[(11, 999)], &[(10, 6)], &[(0, 5)]);
    let r = run(vec![doc("d", t, vec![g])], vec![("d", vec![p])]);
    assert_eq!(r.exact.content.tp, 1.0);
    assert_eq!(prf(&r.exact.cue), (0.0, 0.0, 1.0, 0.0, 0.0, 0.0));
    assert_eq!(r.attribution_full.tp, 1.0);
}

#[test]
fn table_and_json() {
    let t = "Smith said yes.";
    let g = attr(&[find(t, "yes")], &[find(t, "said")], &[find(t, "Smith")]);
    let r = run(vec![doc("d", t, vec![g.clone()])], vec![("d", vec![g])]);
    let table = r.to_table();
    assert!(
        table.contains(
            "| attribution (full)     |  100.0 |  100.0 |  100.0 |       1 |       0 |       0 |"
        ),
        "{table}"
    );
    assert!(table.contains("| direct "), "{table}");
    // Every table line of the first block has the same width.
    let widths: Vec<usize> = table.lines().take(10).map(|l| l.chars().count()).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{table}");
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["attribution_full"]["fn"], 0.0);
    assert_eq!(json["recall_by_kind"]["indirect"]["gold"], 1);
}

#[test]
fn shared_spans_count_once_per_attribution() {
    // One source and cue shared by two attributions, on both sides: two
    // source spans each side, both matched one-to-one → TP 2, FP 0, FN 0.
    // If the prediction has only one attribution, its source matches one of
    // the two gold spans → TP 1, FP 0, FN 1 (P 100, R 50, F1 66.7).
    let t = "The mayor said taxes fall and rates rise.";
    let a = attr(
        &[find(t, "taxes fall")],
        &[find(t, "said")],
        &[find(t, "The mayor")],
    );
    let b = attr(
        &[find(t, "rates rise")],
        &[find(t, "said")],
        &[find(t, "The mayor")],
    );
    let gold = vec![doc("d", t, vec![a.clone(), b.clone()])];
    let r = run(gold.clone(), vec![("d", vec![a.clone(), b])]);
    assert_eq!(prf(&r.exact.source), (2.0, 0.0, 0.0, 100.0, 100.0, 100.0));
    let r = run(gold, vec![("d", vec![a])]);
    assert_eq!(prf(&r.exact.source), (1.0, 0.0, 1.0, 100.0, 50.0, 66.7));
    // Chars are a union: the shared source is 8 chars, all found.
    assert_eq!(prf(&r.chars.source), (8.0, 0.0, 0.0, 100.0, 100.0, 100.0));
}

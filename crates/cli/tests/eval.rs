//! `ascribe eval`, run as a real binary on a hand-made gold directory and on PolNeAR dev.

mod common;

use common::{shared_dir, Dir};

/// Two attributions in one document; both with a source.
const TEXT: &str = "Mayor Okafor said the bridge will stay open. The engineer warned that the supports are weak.\n";
const ANN: &str = "T1\tSource 0 12\tMayor Okafor\n\
T2\tCue 13 17\tsaid\n\
T3\tContent 18 43\tthe bridge will stay open\n\
T4\tAttribution 13 17\tsaid\n\
E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n\
T5\tSource 45 57\tThe engineer\n\
T6\tCue 58 64\twarned\n\
T7\tContent 65 91\tthat the supports are weak\n\
T8\tAttribution 58 64\twarned\n\
E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n";

fn gold_dir(dir: &Dir) {
    dir.write("gold/text/bridge.txt", TEXT);
    dir.write("gold/attributions/bridge_ann1.ann", ANN);
}

fn span(start: usize, end: usize) -> String {
    let text: String = TEXT.chars().skip(start).take(end - start).collect();
    serde_json::json!({ "start": start, "end": end, "text": text }).to_string()
}

/// Predictions: the first attribution exactly, plus one spurious attribution.
fn predictions() -> String {
    format!(
        "{{\"id\":\"bridge\",\"attributions\":[\
           {{\"kind\":\"indirect\",\"content\":[{}],\"cue\":[{}],\"source\":[{}]}},\
           {{\"kind\":\"indirect\",\"content\":[{}],\"cue\":[],\"source\":[]}}\
         ],\"errors\":[]}}\n",
        span(18, 43),
        span(13, 17),
        span(0, 12),
        span(45, 57),
    )
}

#[test]
fn eval_scores_predictions_file_with_known_numbers() {
    let dir = Dir::new("eval_pred_json");
    gold_dir(&dir);
    dir.write("pred.jsonl", predictions());
    let run = dir.run(&["eval", "gold", "--pred", "pred.jsonl", "--json"]);
    run.expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).expect("report is JSON");
    // 1 of 2 gold attributions found, 1 of 2 predictions right.
    let full = &report["attribution_full"];
    assert_eq!(
        (
            full["tp"].as_f64(),
            full["fp"].as_f64(),
            full["fn"].as_f64()
        ),
        (Some(1.0), Some(1.0), Some(1.0)),
        "{report:#}"
    );
    assert!(
        (full["f1"].as_f64().unwrap_or(-1.0) - 50.0).abs() < 1e-9,
        "{report:#}"
    );
    // Exact cue: "said" matches, "warned" is missed; no spurious cue.
    let cue = &report["exact"]["cue"];
    assert_eq!(
        (cue["tp"].as_f64(), cue["fp"].as_f64(), cue["fn"].as_f64()),
        (Some(1.0), Some(0.0), Some(1.0)),
        "{report:#}"
    );
    assert_eq!(report["documents"], 1);
    assert_eq!(report["gold_attributions"], 2);
    assert_eq!(report["predicted_attributions"], 2);
}

#[test]
fn eval_prints_a_table_by_default() {
    let dir = Dir::new("eval_pred_table");
    gold_dir(&dir);
    dir.write("pred.jsonl", predictions());
    let run = dir.run(&["eval", "gold", "--pred", "pred.jsonl"]);
    run.expect_code(0);
    let table = run.stdout();
    let full = table
        .lines()
        .find(|l| l.starts_with("| attribution (full)"))
        .unwrap_or_else(|| panic!("no full row:\n{table}"));
    let cells: Vec<&str> = full.split('|').map(str::trim).collect();
    assert_eq!(
        &cells[2..8],
        ["50.0", "50.0", "50.0", "1", "1", "1"],
        "{table}"
    );
}

#[test]
fn eval_runs_the_extractor_over_the_gold_texts() {
    let dir = Dir::new("eval_extractor");
    gold_dir(&dir);
    let run = dir.run(&["eval", "gold", "--rules-only", "--json"]);
    run.expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).expect("report is JSON");
    assert_eq!(report["documents"], 1);
    assert_eq!(report["gold_attributions"], 2);
    assert!(report["attribution_full"]["f1"].is_number(), "{report:#}");
}

#[test]
fn eval_with_missing_gold_dir_is_an_error() {
    let dir = Dir::new("eval_missing");
    let run = dir.run(&["eval", "no-such-dir"]);
    run.expect_code(2);
    assert!(run.stderr().contains("no-such-dir"), "{}", run.stderr());
}

#[test]
fn eval_with_bad_predictions_is_an_error() {
    let dir = Dir::new("eval_bad_pred");
    gold_dir(&dir);
    dir.write("pred.jsonl", "this is not json\n");
    let run = dir.run(&["eval", "gold", "--pred", "pred.jsonl"]);
    run.expect_code(2);
    assert!(run.stderr().contains("pred.jsonl"), "{}", run.stderr());
}

#[test]
fn eval_on_polnear_dev_prints_a_table() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: shared data not found");
        return;
    };
    let dev = shared.join("data/polnear/dev");
    let texts = std::fs::read_dir(dev.join("text"))
        .map(|rd| rd.count())
        .unwrap_or(0);
    assert!(texts > 0, "no texts in {}", dev.display());
    let dir = Dir::new("eval_polnear_dev");
    let run = dir.run(&["eval", &dev.to_string_lossy()]);
    run.expect_code(0);
    let table = run.stdout();
    assert!(table.contains("| attribution (full)"), "{table}");
    assert!(table.contains(&format!("documents: {texts},")), "{table}");
}

/// `extract --format brat` files are read back by the evaluator's strict brat
/// parser, and scoring the same run's JSONL against them is perfect.
#[test]
fn brat_output_round_trips_through_eval() {
    let dir = Dir::new("eval_brat_round_trip");
    let examples = common::examples_dir();
    let examples = examples.to_string_lossy();
    dir.run(&["extract", "--format", "brat", "-o", "out", &examples])
        .expect_code(0);
    dir.run(&["extract", "-o", "pred.jsonl", &examples])
        .expect_code(0);
    let mut moved = 0;
    for entry in std::fs::read_dir(dir.join("out")).expect("brat dir") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let sub = if name.ends_with(".txt") {
            "text"
        } else {
            "attributions"
        };
        std::fs::create_dir_all(dir.join(&format!("gold/{sub}"))).expect("mkdir");
        std::fs::rename(&path, dir.join(&format!("gold/{sub}/{name}"))).expect("move");
        moved += 1;
    }
    assert_eq!(moved, 8, "4 documents, 2 files each");
    let run = dir.run(&["eval", "gold", "--pred", "pred.jsonl", "--json"]);
    run.expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).expect("report is JSON");
    assert_eq!(report["documents"], 4);
    assert_eq!(
        report["gold_attributions"], report["predicted_attributions"],
        "{report:#}"
    );
    if report["gold_attributions"].as_u64().unwrap_or(0) > 0 {
        assert_eq!(
            report["attribution_full"]["f1"].as_f64(),
            Some(100.0),
            "{report:#}"
        );
        assert_eq!(
            report["exact"]["content"]["f1"].as_f64(),
            Some(100.0),
            "{report:#}"
        );
    }
}

/// `--recall` moves along the precision/recall curve in the promised
/// direction on PolNeAR dev: each level finds more gold attributions (by
/// content, over a point more; with the source too, more) and pays for it
/// in precision.
#[test]
fn recall_levels_trade_precision_for_recall_on_polnear_dev() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: shared data not found");
        return;
    };
    let dev = shared.join("data/polnear/dev");
    let dir = Dir::new("eval_recall_levels");
    // (full P, full R, content P, content R) per level.
    let scores: Vec<[f64; 4]> = ["balanced", "high", "highest"]
        .iter()
        .map(|level| {
            let run = dir.run(&["eval", "--json", "--recall", level, &dev.to_string_lossy()]);
            run.expect_code(0);
            let report: serde_json::Value =
                serde_json::from_str(&run.stdout()).expect("report is JSON");
            let get = |metric: &str, what: &str| report[metric][what].as_f64().expect("number");
            [
                get("attribution_full", "precision"),
                get("attribution_full", "recall"),
                get("attribution_content", "precision"),
                get("attribution_content", "recall"),
            ]
        })
        .collect();
    for pair in scores.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(
            b[3] > a[3] + 1.0,
            "content recall should rise by over a point: {scores:?}"
        );
        assert!(b[1] > a[1], "full recall should rise: {scores:?}");
        assert!(
            b[0] < a[0] && b[2] < a[2],
            "precision should fall: {scores:?}"
        );
    }
}

/// The rules have no recall setting: asking for one is a usage error.
#[test]
fn recall_needs_the_learned_model() {
    let dir = Dir::new("eval_recall_rules_only");
    gold_dir(&dir);
    let run = dir.run(&["eval", "gold", "--rules-only", "--recall", "high"]);
    run.expect_code(2);
    assert!(run.stderr().contains("--recall"), "{}", run.stderr());
}

/// The out-of-domain gold set in `eval/ood/` (invented articles annotated
/// blind to the system, in the repository, so this runs everywhere): the
/// default model must stay well above the rule extractor's level there. The
/// floor is a regression alarm, set below the measured 90.9 full F1 (263
/// attributions, about ±3.5 points of sampling error) so that a retrained
/// model's usual movement does not trip it.
#[test]
fn out_of_domain_gold_set_keeps_its_level() {
    let dir = Dir::new("eval_ood");
    let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/ood");
    let run = dir.run(&["eval", &gold.to_string_lossy(), "--json"]);
    run.expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).expect("report is JSON");
    assert_eq!(report["documents"], 20);
    assert_eq!(report["gold_attributions"], 263);
    let f1 = report["attribution_full"]["f1"].as_f64().unwrap_or(0.0);
    assert!(
        f1 >= 86.0,
        "out-of-domain attribution-full F1 {f1:.1} < 86.0"
    );
}

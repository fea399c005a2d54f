//! The rule extractor measured on PolNeAR dev with the official metrics.
//!
//! Runs when the shared data sits next to the project (`../shared`) and
//! skips cleanly otherwise. `cargo test -p ascribe --test rules_polnear -- --nocapture`
//! prints the table. `ASCRIBE_RULES_SPLIT=train` measures another split;
//! `ASCRIBE_RULES_DUMP=path.jsonl` also writes the predictions for error analysis.

use ascribe::{Document, Extractor};
use ascribe_eval::{evaluate, read_brat_dir, Attr};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

fn polnear(split: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/polnear")
        .join(split);
    dir.join("text").is_dir().then_some(dir)
}

#[test]
fn rules_on_polnear_dev() {
    let split = std::env::var("ASCRIBE_RULES_SPLIT").unwrap_or_else(|_| "dev".to_string());
    let Some(dir) = polnear(&split) else {
        eprintln!("PolNeAR {split} not found; skipping");
        return;
    };
    let gold = read_brat_dir(&dir).expect("PolNeAR reads");
    let extractor = Extractor::rules_only();
    let mut pred: HashMap<String, Vec<Attr>> = HashMap::new();
    let mut dump = std::env::var("ASCRIBE_RULES_DUMP")
        .ok()
        .map(|p| std::fs::File::create(p).expect("dump file"));
    for doc in &gold {
        let analysis = extractor
            .extract(&Document::new(doc.text.clone()).with_id(doc.id.clone()))
            .expect("extracts");
        if let Some(f) = dump.as_mut() {
            writeln!(
                f,
                "{}",
                serde_json::to_string(&analysis).expect("serializes")
            )
            .expect("writes");
        }
        let frags =
            |spans: &[ascribe::Span]| spans.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>();
        let attrs = analysis
            .attributions
            .iter()
            .map(|a| Attr {
                content: frags(&a.content),
                cue: frags(&a.cue),
                source: frags(&a.source),
            })
            .collect();
        pred.insert(doc.id.clone(), attrs);
    }
    let report = evaluate(&gold, &pred);
    println!(
        "PolNeAR {split}, rules only ({} documents)\n{}",
        gold.len(),
        report.to_table()
    );
    // A floor that catches a broken rule set (dev scored 64.7 when this was written).
    if split == "dev" {
        assert!(
            report.headline() > 55.0,
            "attribution-full F1 fell to {:.1}",
            report.headline()
        );
    }
}

//! Scores a predictions file against a brat directory and prints the table
//! and the JSON report.
//!
//! `cargo run -p ascribe-eval --example score -- ../shared/data/polnear/dev predictions.jsonl`

use std::io::BufReader;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [gold_dir, pred_path] = args.as_slice() else {
        eprintln!("usage: score BRAT_DIR PREDICTIONS.jsonl");
        return ExitCode::from(2);
    };
    let run = || -> Result<(), Box<dyn std::error::Error>> {
        let gold = ascribe_eval::read_brat_dir(gold_dir.as_ref())?;
        let file = std::fs::File::open(pred_path).map_err(|e| format!("{pred_path}: {e}"))?;
        let pred = ascribe_eval::read_predictions_jsonl(BufReader::new(file))
            .map_err(|e| format!("{pred_path}: {e}"))?;
        let report = ascribe_eval::evaluate(&gold, &pred);
        println!("{}", report.to_table());
        println!("{}", serde_json::to_string_pretty(&report)?);
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

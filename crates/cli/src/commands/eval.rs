//! `ascribe eval`: accuracy against brat gold annotations (docs/EVALUATION.md).
//!
//! Gold is read with `ascribe_eval::read_brat_dir`; predictions come from
//! running the extractor over each gold text (in parallel) or from a
//! contract JSONL file (`--pred`). The metrics are `ascribe_eval`'s.

use super::{extract, ExtractorArgs, Status};
use crate::input::Item;
use anyhow::Context;
use ascribe::{Analysis, Document, Extractor, Span};
use ascribe_eval::{Attr, GoldDoc};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::path::PathBuf;

/// Exit status and examples, after the flags in `ascribe eval --help`.
pub const AFTER_LONG_HELP: &str = "\
GOLD_DIR holds text/NAME.txt and attributions/NAME[_ANNOTATOR].ann (brat
standoff, as PolNeAR). Offsets are code points. The metrics are those of
docs/EVALUATION.md; the headline is attribution (full) F1.

Exit status: 0 when the report was printed, 2 when the gold or the
predictions could not be read.

Examples:
  # Score the default extractor on PolNeAR dev
  ascribe eval ../shared/data/polnear/dev

  # Score saved predictions (contract JSONL, ids = gold file stems)
  ascribe extract --rules-only -o pred.jsonl ../shared/data/polnear/dev/text
  ascribe eval ../shared/data/polnear/dev --pred pred.jsonl --json";

/// Flags of `ascribe eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold directory: text/*.txt and attributions/*.ann (brat standoff).
    #[arg(value_name = "GOLD_DIR")]
    pub gold: PathBuf,

    /// Score these predictions (contract JSONL) instead of running the extractor.
    #[arg(long, value_name = "PRED.jsonl", conflicts_with_all = ["rules_only", "model"])]
    pub pred: Option<PathBuf>,

    /// Print the report as JSON instead of a table.
    #[arg(long)]
    pub json: bool,

    /// Worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    #[command(flatten)]
    pub extractor: ExtractorArgs,
}

/// Runs `ascribe eval`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let gold = ascribe_eval::read_brat_dir(&args.gold)
        .with_context(|| format!("cannot read gold annotations from {}", args.gold.display()))?;
    let pred = match &args.pred {
        Some(path) => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            ascribe_eval::read_predictions_jsonl(BufReader::new(file))
                .with_context(|| format!("cannot read predictions from {}", path.display()))?
        }
        None => {
            let extractor = args.extractor.build()?;
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(args.threads.map_or(0, usize::from))
                .build()
                .context("cannot start worker threads")?;
            pool.install(|| predict(&extractor, &gold))
        }
    };
    let report = ascribe_eval::evaluate(&gold, &pred);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.to_table())?;
    }
    out.flush()?;
    Ok(Status::Success)
}

/// Runs the extractor over every gold text. A document the extractor fails
/// on predicts nothing (and is reported on stderr).
fn predict(extractor: &Extractor, gold: &[GoldDoc]) -> HashMap<String, Vec<Attr>> {
    gold.par_iter()
        .map(|g| {
            let item = Item::Doc {
                doc: Document::new(g.text.clone()).with_id(g.id.clone()),
                warnings: Vec::new(),
            };
            let outcome = extract::process(extractor, item, None, false);
            for e in &outcome.analysis.errors {
                eprintln!("ascribe: {}: {e}", g.id);
            }
            (g.id.clone(), to_attrs(&outcome.analysis))
        })
        .collect()
}

/// Contract spans to evaluation fragments (both are code points).
pub fn to_attrs(analysis: &Analysis) -> Vec<Attr> {
    let frags = |spans: &[Span]| spans.iter().map(|s| (s.start, s.end)).collect();
    analysis
        .attributions
        .iter()
        .map(|a| Attr {
            content: frags(&a.content),
            cue: frags(&a.cue),
            source: frags(&a.source),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe::{Attribution, Kind, Speaker};

    #[test]
    fn spans_become_fragments() {
        let span = |start, end| Span {
            start,
            end,
            text: "x".repeat(end - start),
        };
        let a = Attribution {
            kind: Kind::Direct,
            content: vec![span(0, 5), span(9, 12)],
            cue: vec![span(6, 8)],
            source: vec![],
            speaker: Speaker::default(),
            venue: None,
            date: None,
            handle: None,
            confidence: 1.0,
        };
        let attrs = to_attrs(&Analysis {
            id: "d".into(),
            attributions: vec![a],
            errors: vec![],
            boilerplate: Vec::new(),
        });
        assert_eq!(
            attrs,
            vec![Attr {
                content: vec![(0, 5), (9, 12)],
                cue: vec![(6, 8)],
                source: vec![]
            }]
        );
    }
}

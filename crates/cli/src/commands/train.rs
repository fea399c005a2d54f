//! `ascribe train`: trains the attribution model from brat-annotated documents.
//!
//! The work is `ascribe::learned::train`; this verb reads the data, prints
//! the dev metrics after every epoch, and writes the model file.

use super::Status;
use anyhow::Context;
use ascribe::learned::train::{train, TrainOptions};
use ascribe::pipeline::Annotator;
use std::io::Write;
use std::path::PathBuf;

/// Examples, after the flags in `ascribe train --help`.
pub const AFTER_LONG_HELP: &str = "\
Both directories hold text/NAME.txt and attributions/NAME[_ANNOTATOR].ann
(brat standoff, the PolNeAR layout). Training is deterministic: the same
data and flags give a byte-identical model file. It uses one core and takes
about 3.5 minutes for PolNeAR train (840 articles) with the default
three runs per stage.

Examples:
  # Rebuild the shipped model (models/attribution.bin)
  ascribe train --train ../shared/data/polnear/train \\
                --dev ../shared/data/polnear/dev -o models/attribution.bin

  # Use it
  ascribe extract --model models/attribution.bin article.txt";

/// Flags of `ascribe train`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Training documents (brat standoff directory).
    #[arg(long, value_name = "DIR")]
    pub train: PathBuf,

    /// Development documents, scored after every epoch (optional).
    #[arg(long, value_name = "DIR")]
    pub dev: Option<PathBuf>,

    /// Where to write the model.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: PathBuf,

    /// Passes over the training data.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    pub epochs: usize,

    /// Shuffle seed.
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    pub seed: u64,

    /// Training runs per stage, each over its own shuffle of the data; the
    /// model keeps the mean of their weights (steadier than any one run;
    /// training takes about this many times longer).
    #[arg(long, default_value_t = TrainOptions::default().runs)]
    pub runs: usize,

    /// Diagnostic: score dev with the gold cues in place of the cue stage's
    /// (measures the source/content stage alone; the model written is the same).
    #[arg(long)]
    pub oracle_cues: bool,

    /// Diagnostic: print why gold attributions of the held-out training
    /// predictions get no matching candidate, by class, with a few examples
    /// (names masked; corpus text, for the terminal only).
    #[arg(long)]
    pub diagnose_misses: bool,
}

/// Runs `ascribe train`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let train_docs = ascribe_eval::read_brat_dir(&args.train)
        .with_context(|| format!("cannot read training data from {}", args.train.display()))?;
    let dev_docs = match &args.dev {
        Some(dir) => ascribe_eval::read_brat_dir(dir)
            .with_context(|| format!("cannot read dev data from {}", dir.display()))?,
        None => Vec::new(),
    };
    let annotator = Annotator::builtin().context("cannot load the built-in taggers")?;
    let opts = TrainOptions {
        epochs: args.epochs,
        seed: args.seed,
        runs: args.runs,
        oracle_cues: args.oracle_cues,
        diagnose_misses: args.diagnose_misses,
        ..TrainOptions::default()
    };
    let (model, report) = train(&train_docs, &dev_docs, &annotator, &opts, |line| {
        eprintln!("{line}")
    });
    let bytes = model.to_bytes();
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    let mut out = std::io::stdout().lock();
    if let Some(report) = report {
        writeln!(out, "{}", report.to_table())?;
    }
    writeln!(
        out,
        "wrote {} ({} bytes)",
        args.output.display(),
        bytes.len()
    )?;
    Ok(Status::Success)
}

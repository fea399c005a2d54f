//! One module per verb. Each exposes `Args` (clap) and `run(args) -> Result<Status>`.
//!
//! Planned verbs, each a thin module here over a library crate: `train`
//! (tagger model), `ingest` (HTML/WARC readers), `search` and `serve` (store
//! and HTTP server).

pub mod eval;
pub mod extract;
pub mod text;
pub mod train;

// Corpus verbs over the ascribe-store database.
pub mod corpus;
pub mod export;
pub mod ingest;
pub mod search;
pub mod serve;
pub mod speakers;
pub mod trace;

use ascribe::Extractor;
use std::path::PathBuf;

/// How a verb finished (errors that stop it altogether are `Err`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything went fine.
    Success,
    /// The run completed but some documents failed (exit code 1).
    SomeFailed,
}

/// Extractor choice shared by the verbs that run one.
#[derive(Debug, Clone, clap::Args)]
pub struct ExtractorArgs {
    /// Use the rule-based extractor only (no learned model).
    #[arg(long, conflicts_with = "model")]
    pub rules_only: bool,

    /// Use the learned model in this file instead of the built-in one.
    #[arg(long, value_name = "PATH")]
    pub model: Option<PathBuf>,

    /// Trade precision for recall (learned model only). On PolNeAR dev,
    /// attribution P/R: balanced 81/69, high 79/69, highest 73/71
    #[arg(long, value_enum, default_value_t = RecallArg::Balanced, conflicts_with = "rules_only")]
    pub recall: RecallArg,
}

/// `--recall` levels (`ascribe::Recall`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RecallArg {
    /// As trained: the best F1
    Balanced,
    /// More attributions found, some more wrong ones
    High,
    /// Most found (dev recall 71%, precision 73%): for reading everything by hand
    Highest,
}

impl From<RecallArg> for ascribe::Recall {
    fn from(r: RecallArg) -> ascribe::Recall {
        match r {
            RecallArg::Balanced => ascribe::Recall::Balanced,
            RecallArg::High => ascribe::Recall::High,
            RecallArg::Highest => ascribe::Recall::Highest,
        }
    }
}

impl ExtractorArgs {
    /// Builds the chosen extractor.
    pub fn build(&self) -> anyhow::Result<Extractor> {
        use anyhow::Context;
        let extractor = if self.rules_only {
            Extractor::rules_only()
        } else if let Some(path) = &self.model {
            Extractor::from_model_file(path)
                .with_context(|| format!("cannot load model {}", path.display()))?
        } else {
            Extractor::new().context("cannot load the built-in model")?
        };
        let options = ascribe::Options {
            recall: self.recall.into(),
            ..extractor.options().clone()
        };
        Ok(extractor.with_options(options))
    }
}

#[cfg(test)]
mod tests {
    use super::RecallArg;
    use clap::ValueEnum;

    /// `--recall` spells every level as the library (and Python) does.
    #[test]
    fn recall_names_are_the_library_names() {
        for arg in RecallArg::value_variants() {
            let name = arg.to_possible_value().map(|v| v.get_name().to_string());
            assert_eq!(name.as_deref(), Some(ascribe::Recall::from(*arg).as_str()));
        }
        assert_eq!(
            RecallArg::value_variants().len(),
            ascribe::Recall::ALL.len()
        );
    }
}

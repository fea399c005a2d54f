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
}

impl ExtractorArgs {
    /// Builds the chosen extractor.
    pub fn build(&self) -> anyhow::Result<Extractor> {
        use anyhow::Context;
        if self.rules_only {
            Ok(Extractor::rules_only())
        } else if let Some(path) = &self.model {
            Extractor::from_model_file(path)
                .with_context(|| format!("cannot load model {}", path.display()))
        } else {
            Extractor::new().context("cannot load the built-in model")
        }
    }
}

//! `ascribe`: who said what, where and when, from the command line.
//!
//! The binary is glue: flag parsing, wiring and exit codes. Reading inputs
//! lives in [`input`], output formats in [`output`], and each verb in
//! [`commands`]; the work itself is done by the `ascribe` and `ascribe-eval`
//! library crates.
//!
//! Exit codes: 0 success; 1 some documents failed (their error records were
//! written); 2 usage error or a fatal error. A broken pipe exits quietly with 0.

#![forbid(unsafe_code)]

mod commands;
mod input;
mod output;

use clap::{Parser, Subcommand};
use commands::Status;
use std::process::ExitCode;

const ABOUT: &str = "Who said what, where and when: attribution extraction from news text";

#[derive(Debug, Parser)]
#[command(name = "ascribe", version, about = ABOUT, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find attributions in documents (.txt, .jsonl, directories, stdin).
    #[command(
        long_about = commands::extract::LONG_ABOUT,
        after_long_help = commands::extract::AFTER_LONG_HELP
    )]
    Extract(commands::extract::Args),
    /// Measure accuracy against brat gold annotations.
    #[command(after_long_help = commands::eval::AFTER_LONG_HELP)]
    Eval(commands::eval::Args),
    /// Train the attribution model from brat-annotated documents.
    #[command(after_long_help = commands::train::AFTER_LONG_HELP)]
    Train(commands::train::Args),
    /// Extract attributions and store them in a corpus database.
    #[command(after_long_help = commands::ingest::AFTER_LONG_HELP)]
    Ingest(commands::ingest::Args),
    /// Full-text search over a corpus database.
    #[command(after_long_help = commands::search::AFTER_LONG_HELP)]
    Search(commands::search::Args),
    /// The most quoted speakers of a corpus database.
    #[command(after_long_help = commands::speakers::SPEAKERS_AFTER_LONG_HELP)]
    Speakers(commands::speakers::ListArgs),
    /// A speaker's profile: aliases, roles, outlets, quotes per month, latest quotes.
    #[command(after_long_help = commands::speakers::SPEAKER_AFTER_LONG_HELP)]
    Speaker(commands::speakers::ProfileArgs),
    /// Where a quote first appeared, who carried it, and how its wording changed.
    #[command(after_long_help = commands::trace::AFTER_LONG_HELP)]
    Trace(commands::trace::Args),
    /// Export all stored attributions as CSV, JSON Lines or Parquet.
    #[command(after_long_help = commands::export::AFTER_LONG_HELP)]
    Export(commands::export::Args),
    /// Print the text that would be analysed (main text of HTML pages, WARC records…).
    #[command(after_long_help = commands::text::AFTER_LONG_HELP)]
    Text(commands::text::Args),

    /// Serve the HTTP API and web UI (annotate articles, explore a corpus).
    #[command(after_long_help = commands::serve::AFTER_LONG_HELP)]
    Serve(commands::serve::Args),
    // Later verbs go here, each a module in `commands/`: Ingest, Search, Serve.
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::Train(args) => commands::train::run(args),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Search(args) => commands::search::run(args),
        Command::Speakers(args) => commands::speakers::run_list(args),
        Command::Speaker(args) => commands::speakers::run_profile(args),
        Command::Trace(args) => commands::trace::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::Text(args) => commands::text::run(args),
        Command::Serve(args) => commands::serve::run(args),
    };
    match result {
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::SomeFailed) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("ascribe: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// True when the error comes from writing to a closed pipe (`ascribe … | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

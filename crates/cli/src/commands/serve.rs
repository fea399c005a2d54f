//! `ascribe serve`: the HTTP API and web UI (crate `ascribe-server`).

use super::{ExtractorArgs, Status};
use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Examples, after the flags in `ascribe serve --help`.
pub const AFTER_LONG_HELP: &str = "\
Pages: / (annotate a pasted article), /search, /speakers, /speakers/ID,
/documents/ID, /trace. API: /api/extract (POST), /api/search, /api/speakers,
/api/speakers/{id}, /api/documents/{id}, /api/trace, /api/health; the
OpenAPI description is at /api/openapi.json. Corpus pages need --db.

The server binds 127.0.0.1 by default and is read-only.

Examples:
  ascribe serve
  ascribe serve --db corpus.db --addr 127.0.0.1:9000
  curl -s localhost:8080/api/extract -H 'content-type: application/json' \\
       -d '{\"text\": \"“We will rebuild,” the mayor said.\"}'";

/// Flags of `ascribe serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Corpus database for the search, speaker, document and trace pages.
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,

    /// Address to listen on (use 0.0.0.0 only behind a proxy you trust).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Largest request body, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 5 * 1024 * 1024)]
    pub max_body: usize,

    /// Longest time a request may take, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,

    #[command(flatten)]
    pub extractor: ExtractorArgs,
}

/// Runs `ascribe serve` until Ctrl-C.
pub fn run(args: Args) -> anyhow::Result<Status> {
    if let Some(db) = &args.db {
        anyhow::ensure!(db.exists(), "no database at {}", db.display());
    }
    let extractor = args.extractor.build()?;
    let config = ascribe_server::Config {
        addr: args.addr,
        db: args.db,
        max_body: args.max_body,
        timeout: Duration::from_secs(args.timeout.max(1)),
        ..ascribe_server::Config::default()
    };
    ascribe_server::serve(extractor, config, |addr| {
        eprintln!("ascribe: serving on http://{addr}/ (Ctrl-C to stop)");
    })
    .context("server failed")?;
    Ok(Status::Success)
}

//! `ascribe serve`: the HTTP API and web UI (crate `ascribe-server`).

use super::{ExtractorArgs, Status};
use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Environment variable holding the ingest token.
pub const TOKEN_ENV: &str = "ASCRIBE_TOKEN";

/// Examples, after the flags in `ascribe serve --help`.
pub const AFTER_LONG_HELP: &str = "\
Pages: / (annotate a pasted article), /search, /speakers, /speakers/ID,
/documents/ID, /trace. API: /api/extract (POST), /api/search, /api/speakers,
/api/speakers/{id}, /api/documents/{id}, /api/trace, /api/health; the
OpenAPI description is at /api/openapi.json. Corpus pages need --db.

The server binds 127.0.0.1 by default and is read-only. With
--allow-ingest, POST /api/documents extracts and stores documents in --db
(created if missing); it needs `Authorization: Bearer TOKEN`, the token
coming from --token, or ASCRIBE_TOKEN, or else generated and printed once on
stderr at startup.

Examples:
  ascribe serve
  ascribe serve --db corpus.db --addr 127.0.0.1:9000
  ASCRIBE_TOKEN=… ascribe serve --db corpus.db --allow-ingest
  curl -s localhost:8080/api/documents -H \"authorization: Bearer $ASCRIBE_TOKEN\" \\
       -H 'content-type: application/json' -d '{\"id\": \"a1\", \"text\": \"…\"}'
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

    /// Longest time to receive a request's headers (and to idle between
    /// requests on a kept-alive connection), in seconds; slower clients are
    /// disconnected.
    #[arg(long, value_name = "SECS", default_value_t = 10)]
    pub header_timeout: u64,

    /// Enable POST /api/documents: extract and store documents in --db.
    #[arg(long, requires = "db")]
    pub allow_ingest: bool,

    /// Bearer token for POST /api/documents [default: $ASCRIBE_TOKEN, else a
    /// random one printed on stderr]. Prefer the environment variable: the
    /// command line is visible to other users.
    #[arg(long, value_name = "TOKEN", requires = "allow_ingest")]
    pub token: Option<String>,

    #[command(flatten)]
    pub extractor: ExtractorArgs,
}

/// Runs `ascribe serve` until Ctrl-C.
pub fn run(args: Args) -> anyhow::Result<Status> {
    if let Some(db) = &args.db {
        // With --allow-ingest a new database may be created.
        anyhow::ensure!(
            args.allow_ingest || db.exists(),
            "no database at {}",
            db.display()
        );
    }
    let (token, generated) = if args.allow_ingest {
        let given = args.token.clone().or_else(|| {
            std::env::var(TOKEN_ENV)
                .ok()
                .filter(|t| !t.trim().is_empty())
        });
        match given {
            Some(t) => (Some(ascribe_server::Token::new(t.trim())?), false),
            None => (Some(ascribe_server::Token::generate()?), true),
        }
    } else {
        (None, false)
    };
    let extractor = args.extractor.build()?;
    let config = ascribe_server::Config {
        addr: args.addr,
        db: args.db,
        max_body: args.max_body,
        timeout: Duration::from_secs(args.timeout.max(1)),
        header_timeout: Duration::from_secs(args.header_timeout.max(1)),
        ingest_token: token.clone(),
        ..ascribe_server::Config::default()
    };
    ascribe_server::serve(extractor, config, |addr| {
        if let (Some(t), true) = (&token, generated) {
            eprintln!("ascribe: ingest token (shown once): {}", t.as_str());
        }
        if token.is_some() {
            eprintln!("ascribe: POST /api/documents is enabled");
        }
        eprintln!("ascribe: serving on http://{addr}/ (Ctrl-C to stop)");
    })
    .context("server failed")?;
    Ok(Status::Success)
}

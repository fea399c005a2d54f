//! `ascribe text`: prints the text the extractor would analyse, so anyone can
//! check what was taken from an HTML page, a WARC archive or a JSONL corpus.

use super::Status;
use crate::input::{self, Item, ReadConfig, Source, StdinFormat};
use crate::output::json_error;
use anyhow::{bail, Context};
use serde_json::json;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

/// Shown after the flags in `ascribe text --help`.
pub const AFTER_LONG_HELP: &str = "\
Inputs are read exactly as `ascribe extract` reads them (.txt, .jsonl,
.html/.htm, .warc/.warc.gz/.wet/.wet.gz, directories, - for stdin). HTML is
reduced to its main text: the headline, then headings, paragraphs, list
items, block quotes and captions in reading order, one per paragraph
(separated by blank lines). Embedded posts (Twitter/X, Instagram, Facebook,
Telegram) become a paragraph of their own in the pasted form

    Post text
    — Display Name (@handle) March 2, 2017

which the extractor reports as a `social` attribution.

Plain output puts a line `==> ID <==` before each document unless the input
is a single document (one .txt or .html file, or stdin as text or HTML).
Documents that cannot be read are reported on stderr (plain) or as records
with \"errors\" (jsonl); the exit status is then 1.

Examples:
  ascribe text page.html
  ascribe text --format jsonl crawl/CC-NEWS-20240518.warc.gz | head";

/// Output formats of `ascribe text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TextFormat {
    /// The text itself.
    Plain,
    /// One JSON object per document: id, title, outlet, url, published, text, errors.
    Jsonl,
}

/// Flags of `ascribe text`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Inputs: files, directories, or - for stdin.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = TextFormat::Plain)]
    pub format: TextFormat,

    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Skip documents larger than N bytes [default: 20 MiB].
    #[arg(long = "max-doc-bytes", visible_alias = "max-bytes", value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_bytes: Option<u64>,

    /// How to read stdin [default: detect text or JSONL].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub stdin_format: Option<StdinFormat>,
}

/// Runs `ascribe text`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            bail!("no input: give PATH… or pipe a document into stdin (see `ascribe text --help`)");
        }
        paths.push(PathBuf::from("-"));
    }
    let sources = input::plan(&paths);
    let single = sources.len() == 1
        && match &sources[0] {
            Source::Text(_) | Source::Html(_) => true,
            Source::Stdin => matches!(
                args.stdin_format,
                None | Some(StdinFormat::Text | StdinFormat::Html)
            ),
            _ => false,
        };
    let max_bytes = args
        .max_bytes
        .map_or(ascribe::Options::default().max_bytes, |n| {
            usize::try_from(n).unwrap_or(usize::MAX)
        });
    let config = ReadConfig {
        max_bytes,
        stdin_format: args.stdin_format,
    };
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create output file {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout()),
    };
    let mut out = BufWriter::with_capacity(64 * 1024, out);
    let mut failed = false;
    let mut first = true;
    for item in input::Reader::new(sources, config) {
        match (args.format, item) {
            (TextFormat::Plain, Item::Doc { doc, warnings }) => {
                if !single {
                    if !first {
                        writeln!(out)?;
                    }
                    writeln!(out, "==> {} <==", doc.id.as_deref().unwrap_or(""))?;
                    // Only a printed document needs a blank line after it.
                    first = false;
                }
                for w in warnings {
                    eprintln!("ascribe: {}: {w}", doc.id.as_deref().unwrap_or(""));
                }
                out.write_all(doc.text.as_bytes())?;
                if !doc.text.ends_with('\n') {
                    writeln!(out)?;
                }
            }
            (TextFormat::Plain, Item::Failed { id, error }) => {
                failed = true;
                out.flush()?;
                eprintln!("ascribe: {id}: {error}");
            }
            (TextFormat::Jsonl, Item::Doc { doc, warnings }) => {
                let record = json!({
                    "id": doc.id,
                    "title": doc.title,
                    "outlet": doc.outlet,
                    "url": doc.url,
                    "published": doc.published,
                    "text": doc.text,
                    "errors": warnings,
                });
                serde_json::to_writer(&mut out, &record).map_err(json_error)?;
                writeln!(out)?;
            }
            (TextFormat::Jsonl, Item::Failed { id, error }) => {
                failed = true;
                serde_json::to_writer(
                    &mut out,
                    &json!({"id": id, "text": null, "errors": [error]}),
                )
                .map_err(json_error)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        Status::SomeFailed
    } else {
        Status::Success
    })
}

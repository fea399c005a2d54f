//! `ascribe extract`: documents in, one attribution record per document out.
//!
//! Inputs are read lazily ([`crate::input`]), analysed in chunks of
//! [`CHUNK`] documents (at most [`CHUNK_BYTES`] of text) on a rayon pool, and written in input order
//! ([`crate::output`]), so memory stays bounded by one chunk.

use super::{ExtractorArgs, Status};
use crate::input::{self, Item, ReadConfig, Source, StdinFormat};
use crate::output::{self, Format, Outcome, Style};
use anyhow::{bail, Context};
use ascribe::{Analysis, Extractor};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

/// Documents analysed together; output is written after each chunk.
pub const CHUNK: usize = 256;

/// A chunk also ends once its texts reach this many bytes, so a run of
/// large documents cannot pile up in memory.
const CHUNK_BYTES: usize = 64 * 1024 * 1024;

/// Above this many documents a progress bar is shown (when stderr is a terminal).
const PROGRESS_MIN: usize = 20;

/// The long description of `ascribe extract --help`.
pub const LONG_ABOUT: &str = "\
Find attributions (who said what, where and when) in news articles and write
one record per document, in input order.

Inputs (PATH…):
  FILE.txt     one document; its id is the file stem (any file that is not
               .jsonl/.ndjson is read as plain text when named explicitly)
  FILE.jsonl   one JSON object per line: {\"id\", \"text\"} plus optional
               \"published\", \"outlet\", \"url\", \"title\", \"author\" (the
               byline: first-person narration outside quotes is theirs).
               Only \"text\" is required; the id defaults to FILESTEM:LINENO.
               Blank lines are skipped.
               A line may carry \"html\" (a whole page) instead of \"text\".
  FILE.html    a news page (.html, .htm, .xhtml): reduced to its main text;
               title, outlet, canonical URL, date and byline come from its metadata,
               embedded posts (Twitter/X, Telegram, ...) become `social`
               attributions. `ascribe text FILE.html` shows the text used.
  FILE.warc    a WARC archive (.warc, .warc.gz, .wet, .wet.gz), streamed:
               each HTML response with status 200 (or WET conversion) is a
               document with id = WARC-Record-ID and url = target URI;
               corrupt or truncated records become error records.
  DIR          every .txt, .jsonl, .ndjson, HTML and WARC file below DIR,
               recursively, sorted by name; hidden entries and other
               extensions are skipped
  -            standard input. With no PATH at all, stdin is read when it is
               not a terminal. It is taken as JSONL when its first non-space
               character is '{', else as one text document with id \"stdin\"
               (override with --stdin-format).

Records follow the JSON output contract (docs/OUTPUT-CONTRACT.md):
  {\"id\": ..., \"attributions\": [...], \"errors\": [...]}

Bad input never stops the batch; it becomes an error record with empty
attributions and the reason in \"errors\":
  - a missing or unreadable path (id: its file stem)
  - a binary file (a NUL byte in the first 8 KiB): \"binary file, skipped\"
  - a JSONL line that is not a JSON object with a string \"text\"
    (id: FILESTEM:LINENO)
  - a document larger than --max-bytes
Invalid UTF-8 is not an error: it is decoded lossily (each invalid byte
sequence becomes U+FFFD, and offsets index the decoded text) and the record
gets a \"warning: invalid UTF-8 …\" entry in \"errors\". An empty file is a
document with no attributions.";

/// Exit status and examples, after the flags in `ascribe extract --help`.
pub const AFTER_LONG_HELP: &str = "\
Exit status:
  0  every document was analysed (warnings such as lossy decoding allowed)
  1  some documents failed: their error records are in the output
  2  usage error (unknown flag, bad value), or nothing could be done
     (model file unusable, output not writable)
A closed output pipe (e.g. `| head`) ends the run quietly.

Examples:
  # One article, contract JSONL on stdout
  ascribe extract examples/council-vote.txt

  # A readable view of everything under a folder
  ascribe extract --format pretty examples/

  # Pipe text in; anchor relative dates (\"on Monday\") to a publication date
  cat article.txt | ascribe extract --published 2024-05-02

  # A JSONL corpus on 4 threads into a file
  ascribe extract --threads 4 -o attributions.jsonl corpus/articles.jsonl

  # Brat standoff files for viewing or annotation: ann/ID.txt + ann/ID.ann
  ascribe extract --format brat -o ann/ examples/articles.jsonl

  # Check what would be analysed (main text of each HTML page / WARC record)
  ascribe extract --format text crawl/CC-NEWS-20240518.warc.gz | less

--format text prints each document's text exactly as `ascribe text` does.
When there is more than one document (or the input is JSONL, WARC or a
directory), every document is introduced by a line

  ==> ID <==

and documents are separated by a blank line. Only the input flags apply
(--output, --max-bytes, --stdin-format); nothing is extracted.";

/// Flags of `ascribe extract` (its help texts are attached in `main.rs`,
/// where the subcommand is declared).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Inputs: .txt, .jsonl, .html and .warc[.gz] files, directories, or - for stdin.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,

    /// Write to FILE instead of stdout (with --format brat: a directory).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    #[command(flatten)]
    pub extractor: ExtractorArgs,

    /// Publication date (YYYY-MM-DD) for documents that do not give one.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<String>,

    /// Reject documents larger than N bytes [default: the library's, 20 MiB].
    #[arg(long = "max-doc-bytes", visible_alias = "max-bytes", value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_bytes: Option<u64>,

    /// How to read stdin [default: detect].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub stdin_format: Option<StdinFormat>,
}

/// Accepts `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`).
fn parse_date(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let shape = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10);
    let rest_ok = matches!(b.get(10), None | Some(b'T' | b't' | b' '));
    if shape && rest_ok {
        Ok(s.to_string())
    } else {
        Err(format!("expected an ISO date like 2024-05-02, got {s:?}"))
    }
}

/// Runs `ascribe extract`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            bail!("no input: give PATH… or pipe text into stdin (see `ascribe extract --help`)");
        }
        paths.push(PathBuf::from("-"));
    }
    if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        bail!("stdin (-) can be read only once");
    }
    let sources = input::plan(&paths);
    if let Some(out) = &args.output {
        refuse_to_overwrite_input(out, &sources)?;
    }
    if args.format == Format::Text {
        // The text only: the same reader and layout as `ascribe text`.
        return super::text::run(super::text::Args {
            paths,
            format: super::text::TextFormat::Plain,
            output: args.output,
            max_bytes: args.max_bytes,
            stdin_format: args.stdin_format,
        });
    }

    let mut extractor = args.extractor.build()?;
    if let Some(max) = args.max_bytes {
        let mut options = extractor.options().clone();
        options.max_bytes = usize::try_from(max).unwrap_or(usize::MAX);
        extractor = extractor.with_options(options);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.map_or(0, usize::from))
        .build()
        .context("cannot start worker threads")?;

    let no_color = matches!(std::env::var_os("NO_COLOR"), Some(v) if !v.is_empty());
    let color = args.output.is_none() && std::io::stdout().is_terminal() && !no_color;
    let mut sink = output::open(args.format, args.output.as_deref(), Style { color })?;

    let mut progress = Progress::new(input::known_count(&sources));
    let config = ReadConfig {
        max_bytes: extractor.options().max_bytes,
        stdin_format: args.stdin_format,
    };
    let mut reader = input::Reader::new(sources, config);
    let keep_text = args.format == Format::Brat;
    let published = args.published.as_deref();
    let mut failed = false;
    loop {
        let chunk = next_chunk(&mut reader);
        if chunk.is_empty() {
            break;
        }
        let n = chunk.len();
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|item| process(&extractor, item, published, keep_text))
                .collect()
        });
        for outcome in &outcomes {
            failed |= outcome.failed;
            sink.write(outcome)?;
        }
        sink.flush()?;
        progress.advance(n);
    }
    sink.finish()?;
    progress.finish();
    Ok(if failed {
        Status::SomeFailed
    } else {
        Status::Success
    })
}

/// The next items: up to [`CHUNK`] of them and about [`CHUNK_BYTES`] of text
/// (always at least one item while any are left).
fn next_chunk(reader: &mut impl Iterator<Item = Item>) -> Vec<Item> {
    let mut chunk = Vec::new();
    let mut bytes = 0usize;
    while chunk.len() < CHUNK && bytes < CHUNK_BYTES {
        let Some(item) = reader.next() else { break };
        if let Item::Doc { doc, .. } = &item {
            bytes = bytes.saturating_add(doc.text.len());
        }
        chunk.push(item);
    }
    chunk
}

/// `-o` naming one of the inputs would truncate it before it is read.
fn refuse_to_overwrite_input(out: &std::path::Path, sources: &[Source]) -> anyhow::Result<()> {
    let Ok(out) = out.canonicalize() else {
        return Ok(());
    };
    for source in sources {
        if let Source::Text(p) | Source::Jsonl(p) = source {
            if p.canonicalize().is_ok_and(|p| p == out) {
                bail!("the output file {} is also an input", out.display());
            }
        }
    }
    Ok(())
}

/// Analyses one item. Never panics: a panic inside the extractor becomes an
/// error record for that document.
pub(crate) fn process(
    extractor: &Extractor,
    item: Item,
    published: Option<&str>,
    keep_text: bool,
) -> Outcome {
    let (mut doc, warnings) = match item {
        Item::Failed { id, error } => return failure(id, error),
        Item::Doc { doc, warnings } => (doc, warnings),
    };
    if doc.published.is_none() {
        doc.published = published.map(str::to_string);
    }
    let id = doc.id.clone().unwrap_or_default();
    match catch_unwind(AssertUnwindSafe(|| extractor.extract(&doc))) {
        Ok(Ok(mut analysis)) => {
            analysis.id = id;
            let mut errors = warnings;
            errors.append(&mut analysis.errors);
            analysis.errors = errors;
            Outcome {
                analysis,
                text: keep_text.then_some(doc.text),
                failed: false,
            }
        }
        Ok(Err(e)) => failure_with(id, warnings, e.to_string()),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            failure_with(
                id,
                warnings,
                format!("internal error: the extractor panicked: {msg}"),
            )
        }
    }
}

fn failure(id: String, error: String) -> Outcome {
    failure_with(id, Vec::new(), error)
}

fn failure_with(id: String, mut errors: Vec<String>, error: String) -> Outcome {
    errors.push(error);
    Outcome {
        analysis: Analysis {
            id,
            attributions: Vec::new(),
            errors,
            boilerplate: Vec::new(),
        },
        text: None,
        failed: true,
    }
}

/// Adds the `{rate}` key: whole documents per second.
fn rate(style: ProgressStyle) -> ProgressStyle {
    style.with_key(
        "rate",
        |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0} docs/s", state.per_sec());
        },
    )
}

/// A progress bar on stderr, only when stderr is a terminal and there are
/// more than [`PROGRESS_MIN`] documents (known up front, or seen so far).
struct Progress {
    enabled: bool,
    total: Option<usize>,
    done: usize,
    bar: Option<ProgressBar>,
}

impl Progress {
    fn new(total: Option<usize>) -> Progress {
        let mut p = Progress {
            enabled: std::io::stderr().is_terminal(),
            total,
            done: 0,
            bar: None,
        };
        p.show_if_due();
        p
    }

    fn show_if_due(&mut self) {
        if !self.enabled || self.bar.is_some() || self.total.unwrap_or(self.done) <= PROGRESS_MIN {
            return;
        }
        let bar = match self.total {
            Some(n) => ProgressBar::new(n as u64).with_style(rate(
                ProgressStyle::with_template("{bar:30} {pos}/{len} docs  {rate}  eta {eta}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            )),
            None => ProgressBar::new_spinner().with_style(rate(
                ProgressStyle::with_template("{spinner} {pos} docs  {rate}  {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            )),
        };
        bar.set_position(self.done as u64);
        self.bar = Some(bar);
    }

    fn advance(&mut self, n: usize) {
        self.done += n;
        self.show_if_due();
        if let Some(bar) = &self.bar {
            bar.set_position(self.done as u64);
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe::Document;

    #[test]
    fn chunks_are_bounded_by_count_and_bytes() {
        let doc = |n: usize| Item::Doc {
            doc: Document::new("x".repeat(n)),
            warnings: vec![],
        };
        let mut small = (0..600).map(|_| doc(1));
        let sizes: Vec<usize> = std::iter::from_fn(|| Some(next_chunk(&mut small).len()))
            .take_while(|&n| n > 0)
            .collect();
        assert_eq!(sizes, [CHUNK, CHUNK, 600 - 2 * CHUNK]);
        let mut big = (0..5).map(|_| doc(CHUNK_BYTES / 2));
        let sizes: Vec<usize> = std::iter::from_fn(|| Some(next_chunk(&mut big).len()))
            .take_while(|&n| n > 0)
            .collect();
        assert_eq!(sizes, [2, 2, 1]);
    }

    #[test]
    fn dates_are_checked() {
        assert!(parse_date("2024-05-02").is_ok());
        assert!(parse_date("2024-05-02T10:00:00Z").is_ok());
        assert!(parse_date("May 2").is_err());
        assert!(parse_date("2024-5-2").is_err());
        assert!(parse_date("2024-05-02x").is_err());
    }

    #[test]
    fn warnings_come_first_and_are_not_failures() {
        let item = Item::Doc {
            doc: Document::new("text").with_id("a"),
            warnings: vec!["warning: w".into()],
        };
        let out = process(&Extractor::rules_only(), item, Some("2024-01-01"), true);
        assert!(!out.failed);
        assert_eq!(out.analysis.id, "a");
        assert_eq!(out.analysis.errors, vec!["warning: w".to_string()]);
        assert_eq!(out.text.as_deref(), Some("text"));
    }

    #[test]
    fn library_errors_are_failures() {
        let ex = Extractor::rules_only();
        let mut options = ex.options().clone();
        options.max_bytes = 2;
        let ex = ex.with_options(options);
        let item = Item::Doc {
            doc: Document::new("long").with_id("a"),
            warnings: vec![],
        };
        let out = process(&ex, item, None, true);
        assert!(out.failed);
        assert_eq!(out.text, None);
        assert!(
            out.analysis.errors[0].contains("limit of 2 bytes"),
            "{:?}",
            out.analysis.errors
        );
    }
}

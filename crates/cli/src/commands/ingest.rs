//! `ascribe ingest`: extract attributions and store them in a corpus database.
//!
//! Inputs are read lazily ([`crate::input`], the same readers as `extract`)
//! in batches; each batch is checked against the stored content hashes,
//! the new or changed documents are analysed in parallel on a rayon pool,
//! and a single writer thread stores the batch in one transaction
//! ([`ascribe_store::Ingester`]) while the next batch is being analysed.

use super::corpus::DbArg;
use super::{ExtractorArgs, Status};
use crate::input::{self, Item, ReadConfig, Source, StdinFormat};
use anyhow::{bail, Context};
use ascribe::{Document, Extractor};
use ascribe_store::{Entry, IngestOptions, RunSummary, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{BufRead, IsTerminal};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Environment variable (tests only): milliseconds to sleep after each
/// document written inside the open transaction, so that a kill lands mid-batch.
pub const SLOW_WRITES_ENV: &str = "ASCRIBE_TEST_SLOW_WRITES_MS";

/// How many failed documents are listed at the end.
const SHOW_ERRORS: usize = 20;

/// Exit status, behaviour and examples, after the flags in `ascribe ingest --help`.
pub const AFTER_LONG_HELP: &str = "\
Inputs are read as by `ascribe extract` (.txt files, .jsonl files with
\"id\", \"text\" and optional \"published\", \"outlet\", \"url\", \"title\",
directories, or - for stdin). Documents are keyed by id: a document already
stored with the same content hash (text and metadata) is skipped, a changed
one has its attributions replaced. Each batch is one transaction: if the run
is killed, every finished batch is stored and nothing of the unfinished
one; run the same command again to continue. Per-document errors are recorded
in the database (table ingest_errors) and listed at the end; the run goes on.

Exit status:
  0  every document was stored (or was already up to date)
  1  some documents failed: they are listed on stderr and recorded
  2  usage error, or nothing could be done (database unusable, read-only,
     disk full, model unusable)

Examples:
  ascribe ingest --db corpus.db articles/
  ascribe ingest --db corpus.db --rules-only -j 4 feed-2024-05.jsonl
  ascribe search --db corpus.db '\"witch hunt\"'";

/// Flags of `ascribe ingest`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Inputs: .txt files, .jsonl files, directories, or - for stdin.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub db: DbArg,

    /// Worker threads for extraction [default: all cores].
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    #[command(flatten)]
    pub extractor: ExtractorArgs,

    /// Publication date (YYYY-MM-DD) for documents that do not give one.
    #[arg(long, value_name = "DATE", value_parser = super::corpus::since_date)]
    pub published: Option<String>,

    /// Outlet for documents that do not give one.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,

    /// Reject documents larger than N bytes [default: the library's, 20 MiB].
    #[arg(long = "max-doc-bytes", visible_alias = "max-bytes", value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_bytes: Option<u64>,

    /// How to read stdin [default: detect].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub stdin_format: Option<StdinFormat>,

    /// Documents per transaction.
    #[arg(long, value_name = "N", default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,

    /// Re-extract and rewrite documents even when unchanged (after a model update).
    #[arg(long)]
    pub force: bool,

    /// No progress bar and no summary on stderr (errors are still listed).
    #[arg(short, long)]
    pub quiet: bool,
}

/// Runs `ascribe ingest`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            bail!(
                "no input: give PATH… or pipe documents into stdin (see `ascribe ingest --help`)"
            );
        }
        paths.push(PathBuf::from("-"));
    }
    if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        bail!("stdin (-) can be read only once");
    }
    let sources = input::plan(&paths);
    let store = Store::open(&args.db.db).context("cannot open the corpus database")?;
    let checker = Store::open_read_only(&args.db.db).context("cannot open the corpus database")?;
    let slow_writes = std::env::var(SLOW_WRITES_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_millis);
    let mut ingester = store
        .ingester(IngestOptions {
            force: args.force,
            slow_writes,
        })
        .context("cannot start the ingest")?;

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

    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let bar = progress_bar(
        show_progress.then(|| count_documents(&sources)).flatten(),
        show_progress,
    );
    let config = ReadConfig {
        max_bytes: extractor.options().max_bytes,
        stdin_format: args.stdin_format,
    };
    let mut reader = input::Reader::new(sources, config);
    let started = Instant::now();
    let mut bytes_in = 0u64;

    // The writer thread owns the database; batches come through a short queue
    // so extraction of the next batch overlaps the write of this one.
    let (tx, rx) = mpsc::sync_channel::<Vec<Entry>>(1);
    let writer_bar = bar.clone();
    let writer = std::thread::spawn(move || -> anyhow::Result<(Store, RunSummary)> {
        for batch in rx {
            let n = batch.len() as u64;
            ingester
                .write_batch(batch)
                .context("cannot write to the corpus database")?;
            writer_bar.inc(n);
        }
        ingester.finish().context("cannot finish the ingest")
    });
    let defaults = Defaults {
        published: args.published.as_deref(),
        outlet: args.outlet.as_deref(),
        force: args.force,
    };
    loop {
        let chunk: Vec<Item> = reader.by_ref().take(args.batch as usize).collect();
        if chunk.is_empty() {
            break;
        }
        bytes_in += chunk
            .iter()
            .map(|i| {
                if let Item::Doc { doc, .. } = i {
                    doc.text.len() as u64
                } else {
                    0
                }
            })
            .sum::<u64>();
        let entries = prepare(&checker, &extractor, &pool, chunk, &defaults)?;
        if tx.send(entries).is_err() {
            break; // The writer stopped: its error is reported below.
        }
    }
    drop(tx);
    let (store, summary) = match writer.join() {
        Ok(result) => result?,
        Err(_) => bail!("internal error: the database writer panicked"),
    };
    bar.finish_and_clear();
    report(&store, &summary, started.elapsed(), bytes_in, args.quiet)?;
    Ok(if summary.failed > 0 {
        Status::SomeFailed
    } else {
        Status::Success
    })
}

/// Defaults applied to every document.
struct Defaults<'a> {
    published: Option<&'a str>,
    outlet: Option<&'a str>,
    force: bool,
}

/// Turns read items into entries: unchanged documents are not analysed again.
fn prepare(
    checker: &Store,
    extractor: &Extractor,
    pool: &rayon::ThreadPool,
    chunk: Vec<Item>,
    d: &Defaults,
) -> anyhow::Result<Vec<Entry>> {
    let mut chunk = chunk;
    for item in &mut chunk {
        if let Item::Doc { doc, .. } = item {
            if doc.published.is_none() {
                doc.published = d.published.map(str::to_string);
            }
            if doc.outlet.is_none() {
                doc.outlet = d.outlet.map(str::to_string);
            }
        }
    }
    let stored = if d.force {
        Default::default()
    } else {
        let ids: Vec<&str> = chunk
            .iter()
            .filter_map(|i| {
                if let Item::Doc { doc, .. } = i {
                    doc.id.as_deref()
                } else {
                    None
                }
            })
            .collect();
        checker
            .stored_hashes(&ids)
            .context("cannot read the corpus database")?
    };
    Ok(pool.install(|| {
        chunk
            .into_par_iter()
            .map(|item| match item {
                Item::Failed { id, error } => Entry::Failed { id, error },
                Item::Doc { doc, warnings } => {
                    let id = doc.id.clone().unwrap_or_default();
                    if stored
                        .get(&id)
                        .is_some_and(|h| *h == ascribe_store::content_hash(&doc))
                    {
                        return Entry::Unchanged { id };
                    }
                    analyse(extractor, doc, warnings)
                }
            })
            .collect()
    }))
}

/// Analyses one document. A library error or a panic becomes a failed entry.
fn analyse(extractor: &Extractor, doc: Document, warnings: Vec<String>) -> Entry {
    let id = doc.id.clone().unwrap_or_default();
    match catch_unwind(AssertUnwindSafe(|| extractor.extract(&doc))) {
        Ok(Ok(mut analysis)) => {
            analysis.id = id;
            let mut errors = warnings;
            errors.append(&mut analysis.errors);
            analysis.errors = errors;
            Entry::Doc { doc, analysis }
        }
        Ok(Err(e)) => Entry::Failed {
            id,
            error: e.to_string(),
        },
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            Entry::Failed {
                id,
                error: format!("internal error: the extractor panicked: {msg}"),
            }
        }
    }
}

/// The summary on stderr, and the failed documents.
fn report(
    store: &Store,
    s: &RunSummary,
    elapsed: Duration,
    bytes: u64,
    quiet: bool,
) -> anyhow::Result<()> {
    let secs = elapsed.as_secs_f64().max(1e-9);
    let docs = s.new + s.replaced + s.unchanged + s.failed;
    if !quiet {
        let stats = store.stats().context("cannot read the corpus database")?;
        eprintln!(
            "ingested {docs} documents into {} in {:.1}s ({:.0} docs/s, {:.1} MB/s): {} new, {} replaced, {} unchanged, {} failed; {} attributions written",
            store.path().display(),
            secs,
            docs as f64 / secs,
            bytes as f64 / secs / 1e6,
            s.new,
            s.replaced,
            s.unchanged,
            s.failed,
            s.attributions
        );
        eprintln!(
            "database: {} documents, {} attributions, {} speakers, {:.1} MB",
            stats.documents,
            stats.attributions,
            stats.speakers,
            stats.bytes as f64 / 1e6
        );
    }
    if s.failed > 0 {
        let errors = store
            .ingest_errors(Some(s.run))
            .context("cannot read the corpus database")?;
        eprintln!("{} documents failed:", s.failed);
        for e in errors.iter().take(SHOW_ERRORS) {
            eprintln!("  {}: {}", e.doc_id, e.error);
        }
        if errors.len() > SHOW_ERRORS {
            eprintln!(
                "  … and {} more (table ingest_errors, run {})",
                errors.len() - SHOW_ERRORS,
                s.run
            );
        }
    }
    Ok(())
}

/// A progress bar with documents/s and ETA on stderr; hidden when not wanted.
fn progress_bar(total: Option<u64>, show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let rate = |style: ProgressStyle| {
        style.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} docs/s", state.per_sec());
            },
        )
    };
    let bar = match total {
        Some(n) => ProgressBar::new(n).with_style(rate(
            ProgressStyle::with_template("{bar:30} {pos}/{len} docs  {rate}  eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )),
        None => ProgressBar::new_spinner().with_style(rate(
            ProgressStyle::with_template("{spinner} {pos} docs  {rate}  {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        )),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// The number of documents in the sources, counting the non-blank lines of
/// JSONL files; `None` when stdin is among them.
fn count_documents(sources: &[Source]) -> Option<u64> {
    let mut n = 0u64;
    for s in sources {
        n += match s {
            Source::Stdin | Source::Warc(_) => return None,
            Source::Text(_) | Source::Html(_) | Source::Broken { .. } => 1,
            Source::Jsonl(path) => {
                let file = std::fs::File::open(path).ok()?;
                let mut lines = 0u64;
                let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
                let mut buf = Vec::new();
                loop {
                    buf.clear();
                    match reader.read_until(b'\n', &mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(_) => lines += u64::from(buf.iter().any(|b| !b.is_ascii_whitespace())),
                    }
                }
                lines
            }
        };
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe::Analysis;

    #[test]
    fn unchanged_documents_are_not_analysed() {
        let dir = std::env::temp_dir().join(format!("ascribe-ingest-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("u.db");
        let _ = std::fs::remove_file(&path);
        let doc = Document::new("“Yes,” she said.").with_id("a");
        let store = Store::open(&path).unwrap();
        let mut ing = store.ingester(IngestOptions::default()).unwrap();
        let analysis = Analysis {
            id: "a".into(),
            ..Analysis::default()
        };
        ing.write_batch(vec![Entry::Doc {
            doc: doc.clone(),
            analysis,
        }])
        .unwrap();
        ing.finish().unwrap();
        let checker = Store::open_read_only(&path).unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let d = Defaults {
            published: None,
            outlet: None,
            force: false,
        };
        let items = vec![
            Item::Doc {
                doc: doc.clone(),
                warnings: vec![],
            },
            Item::Doc {
                doc: Document::new("changed").with_id("a"),
                warnings: vec![],
            },
            Item::Failed {
                id: "x".into(),
                error: "bad".into(),
            },
        ];
        let entries = prepare(&checker, &Extractor::rules_only(), &pool, items, &d).unwrap();
        assert!(matches!(&entries[0], Entry::Unchanged { id } if id == "a"));
        assert!(matches!(&entries[1], Entry::Doc { .. }));
        assert!(matches!(&entries[2], Entry::Failed { .. }));
    }
}

//! `ascribe export`: every stored attribution as one flat table.

use super::corpus::DbArg;
use super::Status;
use anyhow::{bail, Context};
use ascribe_store::ExportFormat;
use std::io::Write;
use std::path::PathBuf;

/// Columns and examples, after the flags in `ascribe export --help`.
pub const AFTER_LONG_HELP: &str = "\
One row per attribution, in id order, with the same columns in every format:
  attribution_id, doc_id, outlet, published, title, url, ord, kind, content,
  content_start, content_end, content_spans, cue, cue_spans, source,
  source_spans, speaker_id, speaker, speaker_name, speaker_type,
  speaker_role, venue, date, handle, confidence
(the schema with types is in the ascribe-store crate docs). The *_spans
columns are JSON text in CSV and Parquet, arrays in JSONL. Parquet needs a
build with `--features parquet`; it is read by pandas, DuckDB and Spark.

Examples:
  ascribe export --db corpus.db --format csv -o attributions.csv
  ascribe export --db corpus.db --format jsonl | gzip > attributions.jsonl.gz
  ascribe export --db corpus.db --format parquet -o attributions.parquet";

/// Flags of `ascribe export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,

    /// Output format.
    #[arg(short, long, value_enum)]
    pub format: FormatArg,

    /// Output file (- or absent: stdout, for csv and jsonl).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// CSV with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// Apache Parquet (needs a build with `--features parquet`).
    Parquet,
}

/// Runs `ascribe export`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let format = match args.format {
        FormatArg::Csv => ExportFormat::Csv,
        FormatArg::Jsonl => ExportFormat::Jsonl,
        FormatArg::Parquet => ExportFormat::Parquet,
    };
    let store = args.db.open_read_only()?;
    let to_stdout = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    let rows = if to_stdout {
        if format == ExportFormat::Parquet {
            bail!("Parquet is written to a file: give -o FILE");
        }
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let n = store.export(format, &mut out).context("export failed")?;
        out.flush()?;
        n
    } else {
        let path = args.output.as_deref().unwrap_or(std::path::Path::new("-"));
        store
            .export_to_file(format, path)
            .with_context(|| format!("cannot export to {}", path.display()))?
    };
    if !to_stdout {
        eprintln!("exported {rows} attributions");
    }
    Ok(Status::Success)
}

//! `ascribe trace`: where a quote first appeared, who carried it, and how its
//! wording changed on the way.

use super::corpus::{or_dash, DbArg, DocFormat, Paint};
use super::Status;
use anyhow::{bail, Context};
use ascribe_store::{DiffOp, Trace, TraceQuery};
use std::io::Write;

/// How tracing works, after the flags in `ascribe trace --help`.
pub const AFTER_LONG_HELP: &str = "\
Every stored quote of 4 words or more is indexed with MinHash-LSH over its
word pairs, so a lookup finds copies that were trimmed, extended or altered,
across all documents, without scanning the corpus. Candidates are then
checked exactly; --min-similarity sets how close they must be (Jaccard of
word pairs, or 0.9 × the share of the shorter quote found in the longer).
Shorter quotes are found through the phrase index instead.

The report gives the earliest appearance (by publication date), every outlet
that carried the quote with its first and last date, and each distinct
wording with a word diff from the earliest one: [-removed-] {+added+}.

Exit status: 0 found, 1 nothing similar stored, 2 error.

Examples:
  ascribe trace --db corpus.db \"we will not raise taxes on working families\"
  ascribe trace --db corpus.db --attribution 18234 --format json";

/// Flags of `ascribe trace`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The quote to trace.
    #[arg(
        value_name = "QUOTE",
        required_unless_present = "attribution",
        conflicts_with = "attribution"
    )]
    pub quote: Option<String>,

    /// Trace a stored attribution (ids are shown by `search`).
    #[arg(long, value_name = "ID")]
    pub attribution: Option<i64>,

    #[command(flatten)]
    pub db: DbArg,

    /// How similar an occurrence must be (0..1).
    #[arg(long, value_name = "X", default_value_t = 0.5)]
    pub min_similarity: f64,

    /// At most N occurrences (earliest first).
    #[arg(short = 'n', long, value_name = "N", default_value_t = 1000)]
    pub limit: usize,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = DocFormat::Pretty)]
    pub format: DocFormat,
}

/// Runs `ascribe trace`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    if !(0.0..=1.0).contains(&args.min_similarity) {
        bail!("--min-similarity must be between 0 and 1");
    }
    let store = args.db.open_read_only()?;
    let q = TraceQuery {
        text: args.quote.clone(),
        attribution: args.attribution,
        min_similarity: args.min_similarity,
        limit: args.limit,
    };
    let trace = store.trace(&q).context("cannot trace the quote")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        DocFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &trace)?;
            out.write_all(b"\n")?;
        }
        DocFormat::Pretty => pretty(&mut out, &trace, Paint::new(super::corpus::color_stdout()))?,
    }
    out.flush()?;
    if trace.occurrences.is_empty() {
        eprintln!("nothing similar is stored");
        return Ok(Status::SomeFailed);
    }
    Ok(Status::Success)
}

fn pretty(out: &mut impl Write, t: &Trace, p: Paint) -> std::io::Result<()> {
    let Some(first) = &t.earliest else {
        return Ok(());
    };
    writeln!(out, "{}Earliest appearance{}", p.bold, p.off)?;
    writeln!(
        out,
        "  {} · {} · {} #{} · {}",
        or_dash(&first.published),
        or_dash(&first.outlet),
        first.doc_id,
        first.attribution_id,
        first.speaker.as_deref().unwrap_or("(unknown speaker)")
    )?;
    writeln!(out, "  {}", first.text)?;
    writeln!(
        out,
        "\n{}Carried by {} outlet(s){}",
        p.bold,
        t.outlets.len(),
        p.off
    )?;
    for o in &t.outlets {
        writeln!(
            out,
            "  {:<10} … {:<10}  {:>4}×  {}",
            or_dash(&o.first),
            or_dash(&o.last),
            o.count,
            or_dash(&o.outlet)
        )?;
    }
    writeln!(out, "\n{}{} wording(s){}", p.bold, t.variants.len(), p.off)?;
    for (i, v) in t.variants.iter().enumerate() {
        let note = if i == 0 {
            " — earliest wording".to_string()
        } else {
            String::new()
        };
        writeln!(
            out,
            "  [{}] {}× from {} in {}{note}",
            i + 1,
            v.count,
            or_dash(&v.first),
            v.outlets.join(", ")
        )?;
        if i == 0 {
            writeln!(out, "      {}", v.text)?;
        } else {
            let rendered: Vec<String> = v
                .diff
                .iter()
                .map(|op| match op {
                    DiffOp::Same(s) => s.clone(),
                    DiffOp::Removed(s) => format!("{}[-{s}-]{}", p.red, p.off),
                    DiffOp::Added(s) => format!("{}{{+{s}+}}{}", p.green, p.off),
                })
                .collect();
            writeln!(out, "      {}", rendered.join(" "))?;
        }
    }
    writeln!(out, "\n{}Occurrences{}", p.bold, p.off)?;
    for o in &t.occurrences {
        writeln!(
            out,
            "  {:<10}  {:<20}  {} #{}  sim {:.2}  {}",
            or_dash(&o.published),
            or_dash(&o.outlet),
            o.doc_id,
            o.attribution_id,
            o.similarity,
            o.speaker.as_deref().unwrap_or("-")
        )?;
    }
    Ok(())
}

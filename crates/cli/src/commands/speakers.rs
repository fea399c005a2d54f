//! `ascribe speakers` (the most quoted) and `ascribe speaker NAME` (a profile).

use super::corpus::{csv_row, or_dash, DbArg, DocFormat, ListFormat, Paint};
use super::search::FilterArgs;
use super::Status;
use anyhow::Context;
use ascribe_store::Profile;
use std::io::Write;

/// Examples after the flags in `ascribe speakers --help`.
pub const SPEAKERS_AFTER_LONG_HELP: &str = "\
Speakers are merged across documents as they are ingested (\"Jeff Sessions\",
\"Sessions\" and \"Attorney General Jeff Sessions\" are one speaker with a
stable id; \"Hillary Clinton\" and \"Bill Clinton\" stay two).

Examples:
  ascribe speakers --db corpus.db --top 10
  ascribe speakers --db corpus.db --outlet Reuters --since 2017-01 --format csv";

/// Examples after the flags in `ascribe speaker --help`.
pub const SPEAKER_AFTER_LONG_HELP: &str = "\
NAME matches a speaker's name or any alias (any case); a bare surname shows
everyone who bears it, most quoted first.

Exit status: 0 found, 1 no speaker matches NAME, 2 error.

Examples:
  ascribe speaker --db corpus.db 'Jeff Sessions'
  ascribe speaker --db corpus.db Clinton --latest 3 --format json";

/// Flags of `ascribe speakers`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub db: DbArg,

    /// How many speakers to list.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ListFormat::Pretty)]
    pub format: ListFormat,
}

/// Flags of `ascribe speaker`.
#[derive(Debug, clap::Args)]
pub struct ProfileArgs {
    /// The speaker's name, an alias, or a surname.
    #[arg(value_name = "NAME")]
    pub name: String,

    #[command(flatten)]
    pub db: DbArg,

    /// How many of the latest quotes to show.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub latest: usize,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = DocFormat::Pretty)]
    pub format: DocFormat,
}

/// Runs `ascribe speakers`.
pub fn run_list(args: ListArgs) -> anyhow::Result<Status> {
    let store = args.db.open_read_only()?;
    let rows = store
        .speakers(&args.filters.filters(None), args.top)
        .context("cannot list speakers")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ListFormat::Pretty => {
            let p = Paint::new(super::corpus::color_stdout());
            writeln!(
                out,
                "{}rank  quotes  docs  outlets  id      speaker{}",
                p.bold, p.off
            )?;
            for (i, r) in rows.iter().enumerate() {
                writeln!(
                    out,
                    "{:>4}  {:>6}  {:>4}  {:>7}  {:<6}  {} {}({}, latest {}){}",
                    i + 1,
                    r.quotes,
                    r.documents,
                    r.outlets,
                    r.id,
                    r.name,
                    p.dim,
                    r.kind,
                    or_dash(&r.latest),
                    p.off
                )?;
            }
        }
        ListFormat::Jsonl => {
            for r in &rows {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
        ListFormat::Csv => {
            csv_row(
                &mut out,
                &[
                    "id",
                    "name",
                    "type",
                    "quotes",
                    "documents",
                    "outlets",
                    "latest",
                ]
                .map(String::from),
            )?;
            for r in &rows {
                csv_row(
                    &mut out,
                    &[
                        r.id.to_string(),
                        r.name.clone(),
                        r.kind.clone(),
                        r.quotes.to_string(),
                        r.documents.to_string(),
                        r.outlets.to_string(),
                        r.latest.clone().unwrap_or_default(),
                    ],
                )?;
            }
        }
    }
    out.flush()?;
    Ok(Status::Success)
}

/// Runs `ascribe speaker`.
pub fn run_profile(args: ProfileArgs) -> anyhow::Result<Status> {
    let store = args.db.open_read_only()?;
    let profiles = store
        .profiles(&args.name, args.latest)
        .context("cannot read speaker profiles")?;
    if profiles.is_empty() {
        eprintln!("no speaker matches {:?}", args.name);
        return Ok(Status::SomeFailed);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        DocFormat::Json => {
            let doc = if profiles.len() == 1 {
                serde_json::to_value(&profiles[0])?
            } else {
                serde_json::to_value(&profiles)?
            };
            serde_json::to_writer_pretty(&mut out, &doc)?;
            out.write_all(b"\n")?;
        }
        DocFormat::Pretty => {
            let p = Paint::new(super::corpus::color_stdout());
            if profiles.len() > 1 {
                let names: Vec<String> = profiles
                    .iter()
                    .map(|pr| format!("{} (id {})", pr.name, pr.id))
                    .collect();
                writeln!(
                    out,
                    "{} speakers match {:?}: {}\n",
                    profiles.len(),
                    args.name,
                    names.join(", ")
                )?;
            }
            for pr in &profiles {
                profile(&mut out, pr, p)?;
            }
        }
    }
    out.flush()?;
    Ok(Status::Success)
}

fn profile(out: &mut impl Write, pr: &Profile, p: Paint) -> std::io::Result<()> {
    writeln!(
        out,
        "{}{}{}  {}({}, id {}) {} quotes in {} documents{}",
        p.bold, pr.name, p.off, p.dim, pr.kind, pr.id, pr.quotes, pr.documents, p.off
    )?;
    let list = |items: &[ascribe_store::Usage]| -> String {
        items
            .iter()
            .map(|u| format!("{} ({})", u.value, u.count))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(out, "  aliases:  {}", list(&pr.aliases))?;
    if pr.roles.is_empty() {
        writeln!(out, "  roles:    -")?;
    } else {
        writeln!(out, "  roles:")?;
        for r in &pr.roles {
            writeln!(
                out,
                "    {:<12} … {:<12} {} ({})",
                or_dash(&r.first),
                or_dash(&r.last),
                r.value,
                r.count
            )?;
        }
    }
    writeln!(out, "  outlets:  {}", list(&pr.outlets))?;
    if !pr.per_month.is_empty() {
        writeln!(out, "  quotes per month:")?;
        let max = pr
            .per_month
            .iter()
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(1)
            .max(1);
        for (month, n) in &pr.per_month {
            let width = ((*n as f64 / max as f64) * 40.0).ceil() as usize;
            writeln!(out, "    {month}  {:<40} {n}", "▇".repeat(width.max(1)))?;
        }
    }
    if !pr.latest.is_empty() {
        writeln!(out, "  latest quotes:")?;
        for h in &pr.latest {
            writeln!(
                out,
                "    {}{} · {} · {} #{}{}\n      {}",
                p.dim,
                or_dash(&h.published),
                or_dash(&h.outlet),
                h.doc_id,
                h.attribution_id,
                p.off,
                h.content.replace('\n', " ")
            )?;
        }
    }
    writeln!(out)
}

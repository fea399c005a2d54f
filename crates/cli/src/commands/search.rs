//! `ascribe search`: full-text search over the stored attributions.

use super::corpus::{self, csv_row, or_dash, DbArg, ListFormat, Paint};
use super::Status;
use anyhow::Context;
use ascribe_store::{Filters, Hit, SearchQuery};
use std::io::Write;

/// Query syntax and examples, after the flags in `ascribe search --help`.
pub const AFTER_LONG_HELP: &str = "\
Query syntax (SQLite FTS5 over the content of each attribution, ranked by BM25):
  witch hunt          both words, anywhere in the quote
  '\"witch hunt\"'      the phrase (quote it for the shell), or use --phrase
  hunt*               a prefix: hunt, hunts, hunting, hunter…
  tax OR taxes        either;  tax NOT cuts: without
  NEAR(wall mexico)   both words close together
Words are matched case- and accent-insensitively. A query FTS5 cannot parse
(\"don't\", \"U.S.\") is retried with each term quoted. Without a query, the
latest quotes matching the filters are listed.

Snippets mark matches with [ and ] (bold yellow on a terminal).
Dates (--since/--until) compare against the document's publication date and
accept 2017, 2017-03 or 2017-03-02.

Examples:
  ascribe search --db corpus.db '\"witch hunt\"' --speaker Trump --since 2017
  ascribe search --db corpus.db 'immigra*' --outlet Reuters --format csv > hits.csv
  ascribe search --db corpus.db --speaker 'Jeff Sessions' --limit 5";

/// Flags of `ascribe search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query (FTS5 syntax, see below); omit to list the latest quotes.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,

    #[command(flatten)]
    pub db: DbArg,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Take the whole query as one phrase.
    #[arg(long)]
    pub phrase: bool,

    /// Only this kind of attribution.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,

    /// At most N results.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 20)]
    pub limit: usize,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ListFormat::Pretty)]
    pub format: ListFormat,
}

/// The filter flags shared by `search` and `speakers`.
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// Only quotes of this speaker (name, alias, or surname for all who bear it).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,

    /// Only documents of this outlet (any case).
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,

    /// Only documents published on or after this date.
    #[arg(long, value_name = "DATE", value_parser = corpus::since_date)]
    pub since: Option<String>,

    /// Only documents published on or before this date.
    #[arg(long, value_name = "DATE", value_parser = corpus::until_date)]
    pub until: Option<String>,
}

impl FilterArgs {
    /// The store's filters.
    pub fn filters(&self, kind: Option<KindArg>) -> Filters {
        Filters {
            speaker: self.speaker.clone(),
            outlet: self.outlet.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            kind: kind.map(|k| k.as_str().to_string()),
        }
    }
}

/// `--kind` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Entirely inside quotation marks.
    Direct,
    /// Reported speech.
    Indirect,
    /// Partly quoted.
    Mixed,
    /// Social-media posts.
    Social,
}

impl KindArg {
    fn as_str(self) -> &'static str {
        match self {
            KindArg::Direct => "direct",
            KindArg::Indirect => "indirect",
            KindArg::Mixed => "mixed",
            KindArg::Social => "social",
        }
    }
}

/// Runs `ascribe search`.
pub fn run(args: Args) -> anyhow::Result<Status> {
    let store = args.db.open_read_only()?;
    let color = args.format == ListFormat::Pretty && corpus::color_stdout();
    let paint = Paint::new(color);
    let highlight = if color {
        (paint.hl.to_string(), paint.off.to_string())
    } else {
        ("[".to_string(), "]".to_string())
    };
    let q = SearchQuery {
        query: args.query.clone(),
        phrase: args.phrase,
        filters: args.filters.filters(args.kind),
        limit: args.limit,
        highlight,
    };
    let hits = store.search(&q).context("search failed")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ListFormat::Pretty => pretty(&mut out, &hits, paint)?,
        ListFormat::Jsonl => {
            for h in &hits {
                serde_json::to_writer(&mut out, h)?;
                out.write_all(b"\n")?;
            }
        }
        ListFormat::Csv => {
            let header = [
                "attribution_id",
                "doc_id",
                "outlet",
                "published",
                "kind",
                "speaker_id",
                "speaker",
                "speaker_name",
                "speaker_role",
                "score",
                "snippet",
                "content",
            ];
            csv_row(&mut out, &header.map(String::from))?;
            for h in &hits {
                csv_row(
                    &mut out,
                    &[
                        h.attribution_id.to_string(),
                        h.doc_id.clone(),
                        h.outlet.clone().unwrap_or_default(),
                        h.published.clone().unwrap_or_default(),
                        h.kind.clone(),
                        h.speaker_id.map(|i| i.to_string()).unwrap_or_default(),
                        h.speaker.clone().unwrap_or_default(),
                        h.speaker_name.clone().unwrap_or_default(),
                        h.speaker_role.clone().unwrap_or_default(),
                        format!("{:.4}", h.score),
                        h.snippet.clone(),
                        h.content.clone(),
                    ],
                )?;
            }
        }
    }
    out.flush()?;
    if hits.is_empty() && args.format == ListFormat::Pretty {
        eprintln!("no matches");
    }
    Ok(Status::Success)
}

fn pretty(out: &mut impl Write, hits: &[Hit], p: Paint) -> std::io::Result<()> {
    for (i, h) in hits.iter().enumerate() {
        let who = h
            .speaker
            .as_deref()
            .or(h.speaker_name.as_deref())
            .unwrap_or("(unknown speaker)");
        let role = h
            .speaker_role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{}{:>3}. {who}{role}{} {}· {} · {} · {} #{} ({}){}",
            p.bold,
            i + 1,
            p.off,
            p.dim,
            or_dash(&h.outlet),
            or_dash(&h.published),
            h.doc_id,
            h.attribution_id,
            h.kind,
            p.off
        )?;
        writeln!(out, "     {}", h.snippet.replace('\n', " "))?;
    }
    Ok(())
}

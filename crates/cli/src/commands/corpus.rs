//! Pieces shared by the corpus verbs (`ingest`, `search`, `speakers`,
//! `speaker`, `trace`, `export`) over the `ascribe-store` database.

use anyhow::Context;
use ascribe_store::Store;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// The `--db` flag.
#[derive(Debug, Clone, clap::Args)]
pub struct DbArg {
    /// The corpus database (SQLite), as made by `ascribe ingest`.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
}

impl DbArg {
    /// Opens the database for reading (it must exist).
    pub fn open_read_only(&self) -> anyhow::Result<Store> {
        open_read_only(&self.db)
    }
}

/// Opens an existing database for reading.
pub fn open_read_only(path: &Path) -> anyhow::Result<Store> {
    Store::open_read_only(path).context("cannot read the corpus database")
}

/// Output formats of the listing verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    /// For people: aligned, with highlights in colour on a terminal.
    Pretty,
    /// One JSON object per line.
    Jsonl,
    /// A header row, then one row per result.
    Csv,
}

/// Output formats of the single-answer verbs (`speaker`, `trace`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DocFormat {
    /// For people.
    Pretty,
    /// One JSON document.
    Json,
}

/// Whether to colour stdout: a terminal, and `NO_COLOR` unset or empty.
pub fn color_stdout() -> bool {
    let no_color = matches!(std::env::var_os("NO_COLOR"), Some(v) if !v.is_empty());
    std::io::stdout().is_terminal() && !no_color
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the date is
/// ignored) as the first day of that period.
pub fn since_date(s: &str) -> Result<String, String> {
    date_bound(s, false)
}

/// Like [`since_date`], but the last day of the period.
pub fn until_date(s: &str) -> Result<String, String> {
    date_bound(s, true)
}

fn date_bound(s: &str, end: bool) -> Result<String, String> {
    let d = s.get(..10.min(s.len())).unwrap_or(s);
    let b = d.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let ok_rest = |n: usize| matches!(s.as_bytes().get(n), None | Some(b'T' | b't' | b' '));
    let out = match b.len() {
        4 if digits(0..4) && s.len() == 4 => format!("{d}-{}", if end { "12-31" } else { "01-01" }),
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) && s.len() == 7 => {
            format!("{d}-{}", if end { "31" } else { "01" })
        }
        10 if digits(0..4)
            && b[4] == b'-'
            && digits(5..7)
            && b[7] == b'-'
            && digits(8..10)
            && ok_rest(10) =>
        {
            d.to_string()
        }
        _ => {
            return Err(format!(
                "expected a date like 2024, 2024-05 or 2024-05-02, got {s:?}"
            ))
        }
    };
    Ok(out)
}

/// Writes one CSV row (RFC 4180 quoting) with a CRLF line end.
pub fn csv_row(out: &mut impl std::io::Write, fields: &[String]) -> std::io::Result<()> {
    let line: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect();
    write!(out, "{}\r\n", line.join(","))
}

/// ANSI styles (empty strings when colour is off).
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    /// Bold.
    pub bold: &'static str,
    /// Dim.
    pub dim: &'static str,
    /// Highlight of matches.
    pub hl: &'static str,
    /// Removed words.
    pub red: &'static str,
    /// Added words.
    pub green: &'static str,
    /// Reset.
    pub off: &'static str,
}

impl Paint {
    /// Styles for `color`.
    pub fn new(color: bool) -> Paint {
        if color {
            Paint {
                bold: "\x1b[1m",
                dim: "\x1b[2m",
                hl: "\x1b[1;33m",
                red: "\x1b[31m",
                green: "\x1b[32m",
                off: "\x1b[0m",
            }
        } else {
            Paint {
                bold: "",
                dim: "",
                hl: "",
                red: "",
                green: "",
                off: "",
            }
        }
    }
}

/// `value` or a dash.
pub fn or_dash(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds() {
        assert_eq!(since_date("2017").unwrap(), "2017-01-01");
        assert_eq!(until_date("2017").unwrap(), "2017-12-31");
        assert_eq!(since_date("2017-03").unwrap(), "2017-03-01");
        assert_eq!(until_date("2017-03").unwrap(), "2017-03-31");
        assert_eq!(until_date("2017-03-02T10:00").unwrap(), "2017-03-02");
        assert!(since_date("March").is_err());
        assert!(since_date("2017-3").is_err());
        assert!(since_date("20170302").is_err());
    }

    #[test]
    fn csv_rows_are_quoted() {
        let mut out = Vec::new();
        csv_row(&mut out, &["a".into(), "b,c".into(), "say \"hi\"".into()]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
        );
    }
}

//! Output formats: `jsonl` (the contract), `json`, `brat`, `pretty` and
//! `text`.
//!
//! Every format but `text` is a [`Sink`] that receives the analysed documents in input
//! order. The renderers for one document ([`brat_ann`], [`pretty`]) are plain
//! functions so they can be tested on constructed analyses.

use anyhow::Context;
use ascribe::{Analysis, Attribution, Span, SpeakerType};
use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// The output formats of `ascribe extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One contract JSON object per document per line (the default).
    Jsonl,
    /// One pretty-printed JSON array of contract objects.
    Json,
    /// Brat standoff: with -o DIR, DIR/ID.txt and DIR/ID.ann per document;
    /// without, the .ann contents after a `# ID` line.
    Brat,
    /// A readable view for people (colored on a terminal unless NO_COLOR is set).
    Pretty,
    /// The text that would be analysed, as `ascribe text` prints it (main
    /// text of HTML pages and WARC records); nothing is extracted. With
    /// several documents, each starts with a line `==> ID <==` and is
    /// separated from the previous one by a blank line.
    Text,
}

/// One analysed document on its way out.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// The contract record.
    pub analysis: Analysis,
    /// The document text, kept only for formats that write it (brat).
    pub text: Option<String>,
    /// True when the document could not be analysed (an error record).
    pub failed: bool,
}

/// Receives outcomes in input order.
pub trait Sink {
    /// Writes one document.
    fn write(&mut self, outcome: &Outcome) -> io::Result<()>;
    /// Pushes buffered output out (called after each chunk of documents).
    fn flush(&mut self) -> io::Result<()>;
    /// Completes the output (closing brackets and the like) and flushes it.
    fn finish(&mut self) -> io::Result<()>;
}

/// Opens the sink of `format` writing to `out` (a file, or for brat a
/// directory), or to stdout when `out` is `None`.
pub fn open(format: Format, out: Option<&Path>, style: Style) -> anyhow::Result<Box<dyn Sink>> {
    if let (Format::Brat, Some(dir)) = (format, out) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create output directory {}", dir.display()))?;
        return Ok(Box::new(BratDir {
            dir: dir.to_path_buf(),
            used: HashSet::new(),
        }));
    }
    let writer: Box<dyn Write> = match out {
        Some(path) => Box::new(
            File::create(path)
                .with_context(|| format!("cannot create output file {}", path.display()))?,
        ),
        None => Box::new(io::stdout()),
    };
    let w = BufWriter::with_capacity(64 * 1024, writer);
    Ok(match format {
        Format::Jsonl => Box::new(Jsonl { w }),
        Format::Json => Box::new(JsonArray { w, count: 0 }),
        Format::Brat => Box::new(BratStream { w }),
        Format::Pretty => Box::new(Pretty { w, style }),
        // `extract` hands this format to `ascribe text` before opening a sink.
        Format::Text => anyhow::bail!("--format text is written by `ascribe text`, not by a sink"),
    })
}

/// Keeps the kind of an I/O failure inside serde_json (a closed pipe must
/// stay recognisable as `BrokenPipe` so the binary can exit quietly).
pub(crate) fn json_error(e: serde_json::Error) -> io::Error {
    match e.io_error_kind() {
        Some(kind) => io::Error::new(kind, e),
        None => io::Error::other(e),
    }
}

struct Jsonl<W> {
    w: W,
}

impl<W: Write> Sink for Jsonl<W> {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        serde_json::to_writer(&mut self.w, &outcome.analysis).map_err(json_error)?;
        self.w.write_all(b"\n")
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
    fn finish(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// A pretty JSON array written element by element (nothing is held back).
struct JsonArray<W> {
    w: W,
    count: usize,
}

impl<W: Write> Sink for JsonArray<W> {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        let item = serde_json::to_string_pretty(&outcome.analysis).map_err(json_error)?;
        // Strings in JSON never contain raw newlines, so indenting lines is safe.
        let item = item.replace('\n', "\n  ");
        let sep = if self.count == 0 { "[\n  " } else { ",\n  " };
        self.count += 1;
        write!(self.w, "{sep}{item}")
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
    fn finish(&mut self) -> io::Result<()> {
        let end = if self.count == 0 { "[]\n" } else { "\n]\n" };
        self.w.write_all(end.as_bytes())?;
        self.w.flush()
    }
}

/// Brat to a stream: `# ID`, then the .ann lines, then a blank line.
/// Messages of the document's `errors` follow the header as `# ` lines.
struct BratStream<W> {
    w: W,
}

impl<W: Write> Sink for BratStream<W> {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        let a = &outcome.analysis;
        writeln!(self.w, "# {}", one_line(&a.id))?;
        for e in &a.errors {
            writeln!(self.w, "# {}", one_line(e))?;
        }
        self.w.write_all(brat_ann(a).as_bytes())?;
        writeln!(self.w)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
    fn finish(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// Brat to a directory: `DIR/ID.txt` (the text) and `DIR/ID.ann`. Failed
/// documents write no files; their errors (and any warnings) go to stderr.
struct BratDir {
    dir: PathBuf,
    used: HashSet<String>,
}

impl Sink for BratDir {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        let a = &outcome.analysis;
        for e in &a.errors {
            eprintln!("ascribe: {}: {}", a.id, e);
        }
        let Some(text) = &outcome.text else {
            return Ok(());
        };
        let name = unique_name(&mut self.used, &a.id);
        std::fs::write(self.dir.join(format!("{name}.txt")), text)?;
        std::fs::write(self.dir.join(format!("{name}.ann")), brat_ann(a))
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A file name for `id`: path separators and characters that are invalid on
/// common file systems become `_`; a repeated name gets `-2`, `-3`…
pub fn unique_name(used: &mut HashSet<String>, id: &str) -> String {
    let mut base: String = id
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    if base.is_empty() || base.starts_with('.') {
        base.insert(0, '_');
    }
    let mut name = base.clone();
    let mut n = 1;
    while !used.insert(name.clone()) {
        n += 1;
        name = format!("{base}-{n}");
    }
    name
}

/// Brat fragments of spans: code-point `(start, end, text)`, split at line
/// breaks (brat fragments do not cross lines) and without empty pieces.
fn fragments(spans: &[Span]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for span in spans {
        let mut start = span.start;
        let mut piece = String::new();
        for (i, c) in span.text.chars().enumerate() {
            if c == '\n' || c == '\r' {
                if !piece.is_empty() {
                    out.push((start, span.start + i, std::mem::take(&mut piece)));
                }
                start = span.start + i + 1;
            } else {
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            let end = start + piece.chars().count();
            out.push((start, end, piece));
        }
    }
    out
}

fn t_line(out: &mut String, n: usize, label: &str, frags: &[(usize, usize, String)]) {
    let offsets = frags
        .iter()
        .map(|(s, e, _)| format!("{s} {e}"))
        .collect::<Vec<_>>()
        .join(";");
    let text = frags
        .iter()
        .map(|(_, _, t)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    out.push_str(&format!("T{n}\t{label} {offsets}\t{text}\n"));
}

/// The brat standoff annotation of one analysis, in the shape of the PolNeAR
/// files: per attribution, `T` lines for Source, Cue and Content, a trigger
/// `T` line labelled `Attribution` (or `Attribution-no-source` when there is
/// no source) on the cue, and an `E` line tying them together.
pub fn brat_ann(analysis: &Analysis) -> String {
    let mut out = String::new();
    let (mut t, mut e) = (0usize, 0usize);
    for a in &analysis.attributions {
        let content = fragments(&a.content);
        if content.is_empty() {
            continue;
        }
        let source = fragments(&a.source);
        let cue = fragments(&a.cue);
        let mut roles = Vec::new();
        for (role, frags) in [("Source", &source), ("Cue", &cue), ("Content", &content)] {
            if !frags.is_empty() {
                t += 1;
                t_line(&mut out, t, role, frags);
                roles.push(format!("{role}:T{t}"));
            }
        }
        let label = if source.is_empty() {
            "Attribution-no-source"
        } else {
            "Attribution"
        };
        let trigger = if cue.is_empty() { &content } else { &cue };
        t += 1;
        t_line(&mut out, t, label, trigger);
        e += 1;
        out.push_str(&format!("E{e}\t{label}:T{t} {}\n", roles.join(" ")));
    }
    out
}

/// ANSI styling, or none.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Emit ANSI escape codes.
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

struct Pretty<W> {
    w: W,
    style: Style,
}

impl<W: Write> Sink for Pretty<W> {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.w
            .write_all(pretty(&outcome.analysis, outcome.failed, self.style).as_bytes())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
    fn finish(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// Collapses white space runs (including line breaks) to single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const QUOTE_MARKS: &[char] = &['"', '\'', '“', '”', '‘', '’', '«', '»', '„'];

/// A content fragment for display: on one line, without its own quotation
/// marks or the comma that hands over to "she said".
fn bare_fragment(text: &str) -> String {
    let unquote = |s: &str| {
        s.trim_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace())
            .to_string()
    };
    unquote(unquote(&one_line(text)).trim_end_matches(','))
}

fn speaker_label(a: &Attribution) -> String {
    let mut label = match (&a.speaker.name, a.source.is_empty()) {
        (Some(name), _) => one_line(name),
        (None, false) => one_line(
            &a.source
                .iter()
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (None, true) => "(no source)".to_string(),
    };
    if let Some(role) = &a.speaker.role {
        label.push_str(&format!(" ({})", one_line(role)));
    }
    match a.speaker.kind {
        SpeakerType::Organization => label.push_str(" [organization]"),
        SpeakerType::Group => label.push_str(" [group]"),
        SpeakerType::Person | SpeakerType::Unknown => {}
    }
    label
}

/// The readable view of one document: a header line, then per attribution
/// `speaker (role) → “content”` and a line with cue, kind, venue, date, handle
/// and confidence.
pub fn pretty(analysis: &Analysis, failed: bool, style: Style) -> String {
    let n = analysis.attributions.len();
    let count = match (failed, n) {
        (true, _) => "failed".to_string(),
        (false, 1) => "1 attribution".to_string(),
        (false, n) => format!("{n} attributions"),
    };
    let mut out = format!(
        "{} {}\n",
        style.paint("1;36", &format!("── {}", analysis.id)),
        style.paint("2", &format!("({count})"))
    );
    for e in &analysis.errors {
        let code = if e.starts_with("warning:") {
            "33"
        } else {
            "31"
        };
        out.push_str(&format!(
            "  {}\n",
            style.paint(code, &format!("! {}", one_line(e)))
        ));
    }
    for a in &analysis.attributions {
        let content = a
            .content
            .iter()
            .map(|s| bare_fragment(&s.text))
            .collect::<Vec<_>>()
            .join(" … ");
        out.push_str(&format!(
            "  {} {} “{}”\n",
            style.paint("1;33", &speaker_label(a)),
            style.paint("2", "→"),
            content
        ));
        let mut details = Vec::new();
        if !a.cue.is_empty() {
            let cue = a
                .cue
                .iter()
                .map(|s| one_line(&s.text))
                .collect::<Vec<_>>()
                .join(" … ");
            details.push(format!("cue “{cue}”"));
        }
        details.push(a.kind.as_str().to_string());
        if let Some(venue) = &a.venue {
            details.push(one_line(venue));
        }
        if let Some(date) = &a.date {
            details.push(date.clone());
        }
        if let Some(handle) = &a.handle {
            details.push(format!("@{handle}"));
        }
        details.push(format!("confidence {:.2}", a.confidence));
        out.push_str(&format!(
            "      {}\n",
            style.paint("2", &details.join(" · "))
        ));
    }
    if !analysis.boilerplate.is_empty() {
        // Each kind once, in order of first appearance.
        let mut kinds: Vec<&str> = Vec::new();
        for b in &analysis.boilerplate {
            if !kinds.contains(&b.kind.as_str()) {
                kinds.push(b.kind.as_str());
            }
        }
        let n = analysis.boilerplate.len();
        let what = if n == 1 { "paragraph" } else { "paragraphs" };
        out.push_str(&format!(
            "  {}\n",
            style.paint(
                "2",
                &format!("boilerplate: {n} {what} ({})", kinds.join(", "))
            )
        ));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe::{Kind, Speaker};

    /// Builds spans by locating `parts` in `text` (first occurrence).
    fn spans(text: &str, parts: &[&str]) -> Vec<Span> {
        parts
            .iter()
            .map(|p| {
                let byte = text.find(p).unwrap_or_else(|| panic!("{p:?} not in text"));
                let start = text[..byte].chars().count();
                Span {
                    start,
                    end: start + p.chars().count(),
                    text: p.to_string(),
                }
            })
            .collect()
    }

    const TEXT: &str = "“The bridge stays open,” said Mayor Rosa Vélez, “until the vote.”\nOfficials warned of delays.";

    fn sample() -> Analysis {
        let direct = Attribution {
            kind: Kind::Direct,
            content: spans(TEXT, &["“The bridge stays open,”", "“until the vote.”"]),
            cue: spans(TEXT, &["said"]),
            source: spans(TEXT, &["Mayor Rosa Vélez"]),
            speaker: Speaker {
                name: Some("Rosa Vélez".into()),
                kind: SpeakerType::Person,
                role: Some("Mayor".into()),
            },
            venue: Some("council meeting".into()),
            date: Some("2024-03-05".into()),
            handle: None,
            confidence: 0.9,
        };
        let no_source = Attribution {
            kind: Kind::Indirect,
            content: spans(TEXT, &["of delays"]),
            cue: spans(TEXT, &["warned"]),
            source: vec![],
            speaker: Speaker::default(),
            venue: None,
            date: None,
            handle: None,
            confidence: 0.4,
        };
        Analysis {
            id: "bridge".into(),
            attributions: vec![direct, no_source],
            errors: vec![],
            boilerplate: Vec::new(),
        }
    }

    /// Checks that every T line's offsets select its text from `text`.
    fn check_t_lines(ann: &str, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        for line in ann.lines().filter(|l| l.starts_with('T')) {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            let (_, offsets) = fields[1].split_once(' ').expect("label and offsets");
            let mut pieces = Vec::new();
            for frag in offsets.split(';') {
                let (s, e) = frag.split_once(' ').expect("two offsets");
                let (s, e): (usize, usize) = (s.parse().expect("start"), e.parse().expect("end"));
                pieces.push(chars[s..e].iter().collect::<String>());
            }
            assert_eq!(pieces.join(" "), fields[2], "{line}");
        }
    }

    #[test]
    fn brat_has_the_polnear_shape() {
        let ann = brat_ann(&sample());
        let expected = "T1\tSource 30 46\tMayor Rosa Vélez\n\
                        T2\tCue 25 29\tsaid\n\
                        T3\tContent 0 24;48 65\t“The bridge stays open,” “until the vote.”\n\
                        T4\tAttribution 25 29\tsaid\n\
                        E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n\
                        T5\tCue 76 82\twarned\n\
                        T6\tContent 83 92\tof delays\n\
                        T7\tAttribution-no-source 76 82\twarned\n\
                        E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n";
        assert_eq!(ann, expected, "\nexpected:\n{expected}\nactual:\n{ann}");
        check_t_lines(&ann, TEXT);
    }

    #[test]
    fn brat_splits_fragments_at_line_breaks() {
        let text = "He said\nthat it\r\nrains.";
        let a = Attribution {
            kind: Kind::Indirect,
            content: spans(text, &["that it\r\nrains"]),
            cue: vec![],
            source: spans(text, &["He"]),
            speaker: Speaker::default(),
            venue: None,
            date: None,
            handle: None,
            confidence: 0.5,
        };
        let ann = brat_ann(&Analysis {
            id: "x".into(),
            attributions: vec![a],
            errors: vec![],
            boilerplate: Vec::new(),
        });
        assert!(
            ann.contains("T2\tContent 8 15;17 22\tthat it rains\n"),
            "{ann}"
        );
        // Without a cue, the trigger sits on the content.
        assert!(ann.contains("T3\tAttribution 8 15;17 22\tthat it rains\nE1\tAttribution:T3 Source:T1 Content:T2\n"), "{ann}");
        check_t_lines(&ann, text);
    }

    #[test]
    fn pretty_shows_speaker_role_content_and_details() {
        let view = pretty(&sample(), false, Style { color: false });
        let expected = "── bridge (2 attributions)\n  \
                        Rosa Vélez (Mayor) → “The bridge stays open … until the vote.”\n      \
                        cue “said” · direct · council meeting · 2024-03-05 · confidence 0.90\n  \
                        (no source) → “of delays”\n      \
                        cue “warned” · indirect · confidence 0.40\n\n";
        assert_eq!(view, expected, "\nexpected:\n{expected}\nactual:\n{view}");
        assert!(!view.contains('\x1b'));
        let colored = pretty(&sample(), false, Style { color: true });
        assert!(
            colored.contains("\x1b[1;33mRosa Vélez (Mayor)\x1b[0m"),
            "{colored:?}"
        );
    }

    #[test]
    fn pretty_shows_errors_of_failed_documents() {
        let a = Analysis {
            id: "f:2".into(),
            attributions: vec![],
            errors: vec!["line 2: not valid JSON".into()],
            boilerplate: Vec::new(),
        };
        assert_eq!(
            pretty(&a, true, Style::default()),
            "── f:2 (failed)\n  ! line 2: not valid JSON\n\n"
        );
    }

    #[test]
    fn pretty_counts_boilerplate_by_kind() {
        use ascribe::{Boilerplate, BoilerplateKind};
        let mark = |start, kind| Boilerplate {
            start,
            end: start + 10,
            kind,
        };
        let a = Analysis {
            id: "promo".into(),
            attributions: vec![],
            errors: vec![],
            boilerplate: vec![
                mark(0, BoilerplateKind::Heading),
                mark(20, BoilerplateKind::Promo),
                mark(40, BoilerplateKind::Heading),
            ],
        };
        assert_eq!(
            pretty(&a, false, Style::default()),
            "── promo (0 attributions)\n  boilerplate: 3 paragraphs (heading, promo)\n\n"
        );
    }

    #[test]
    fn json_array_streams_a_valid_array() -> io::Result<()> {
        let mut sink = JsonArray {
            w: Vec::new(),
            count: 0,
        };
        sink.finish()?;
        assert_eq!(String::from_utf8_lossy(&sink.w), "[]\n");
        let mut sink = JsonArray {
            w: Vec::new(),
            count: 0,
        };
        let outcome = Outcome {
            analysis: sample(),
            text: None,
            failed: false,
        };
        sink.write(&outcome)?;
        sink.write(&outcome)?;
        sink.finish()?;
        let parsed: Vec<Analysis> = serde_json::from_slice(&sink.w).map_err(json_error)?;
        assert_eq!(parsed, vec![sample(), sample()]);
        Ok(())
    }

    #[test]
    fn jsonl_is_the_contract_shape() -> io::Result<()> {
        let mut sink = Jsonl { w: Vec::new() };
        sink.write(&Outcome {
            analysis: sample(),
            text: None,
            failed: false,
        })?;
        let line = String::from_utf8_lossy(&sink.w).into_owned();
        assert_eq!(line.lines().count(), 1);
        let v: serde_json::Value = serde_json::from_str(&line).map_err(json_error)?;
        assert_eq!(v["id"], "bridge");
        assert_eq!(v["attributions"][0]["speaker"]["type"], "person");
        assert_eq!(v["attributions"][0]["content"][1]["start"], 48);
        assert_eq!(v["attributions"][1]["source"], serde_json::json!([]));
        assert_eq!(v["errors"], serde_json::json!([]));
        Ok(())
    }

    #[test]
    fn file_names_are_safe_and_unique() {
        let mut used = HashSet::new();
        assert_eq!(unique_name(&mut used, "a/b:3"), "a_b_3");
        assert_eq!(unique_name(&mut used, "a/b:3"), "a_b_3-2");
        assert_eq!(unique_name(&mut used, ".."), "_..");
        assert_eq!(unique_name(&mut used, ""), "_");
    }
}

//! Golden corpus of the rule extractor: `testdata/rules/*.txt`, one pattern
//! per file, run through the whole `Extractor::rules_only()` path.
//!
//! File format (all sentences invented for the tests):
//!
//! ```text
//! # Comment lines at the top say what the case is about.
//! The document text, any number of lines.
//! ==
//! source: Mayor Ann Ruiz
//! cue: said
//! content: First fragment | second fragment
//!
//! source:
//! cue: Asked
//! content: whether he would run
//! ```
//!
//! Blocks after `==` are the expected attributions in content order, blank
//! lines between them; `== none` expects none. Fragments are joined with
//! ` | ` and compared after trimming whitespace and punctuation at their ends,
//! the way the evaluation does; an empty `source:` means no source.

use ascribe::{Document, Extractor, Span};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Characters trimmed from fragment ends before comparing (as in docs/EVALUATION.md).
const TRIM: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '«', '»', '„', ',', '.', ';', ':', '!', '?', '(', ')', '[', ']',
    '—', '–', '-',
];

#[derive(Debug, PartialEq)]
struct Expected {
    source: String,
    cue: String,
    content: String,
}

struct Case {
    text: String,
    expected: Vec<Expected>,
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/rules")
}

fn normalize(fragments: &str) -> String {
    fragments
        .split(" | ")
        .map(|f| f.trim_matches(|c: char| c.is_whitespace() || TRIM.contains(&c)))
        .filter(|f| !f.is_empty())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn parse(path: &Path) -> Case {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = raw.lines().skip_while(|l| l.starts_with('#')).peekable();
    let mut text_lines = Vec::new();
    let mut marker = None;
    for line in lines.by_ref() {
        if let Some(rest) = line.strip_prefix("==") {
            marker = Some(rest.trim().to_string());
            break;
        }
        text_lines.push(line);
    }
    let marker = marker.unwrap_or_else(|| panic!("{}: no `==` line", path.display()));
    let mut expected = Vec::new();
    if marker != "none" {
        let body: Vec<&str> = lines.collect();
        for block in body
            .split(|l| l.trim().is_empty())
            .filter(|b| !b.is_empty())
        {
            let field = |name: &str| {
                block
                    .iter()
                    .find_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
                    .map(|v| normalize(v.trim()))
                    .unwrap_or_else(|| panic!("{}: a block lacks `{name}:`", path.display()))
            };
            expected.push(Expected {
                source: field("source"),
                cue: field("cue"),
                content: field("content"),
            });
        }
        assert!(
            !expected.is_empty(),
            "{}: `==` without expectations (write `== none`)",
            path.display()
        );
    }
    Case {
        text: text_lines.join("\n"),
        expected,
    }
}

fn joined(spans: &[Span]) -> String {
    normalize(
        &spans
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" | "),
    )
}

fn show(list: &[Expected]) -> String {
    let mut s = String::new();
    for e in list {
        let _ = writeln!(
            s,
            "    source[{}] cue[{}] content[{}]",
            e.source, e.cue, e.content
        );
    }
    if list.is_empty() {
        s.push_str("    (none)\n");
    }
    s
}

#[test]
fn golden_corpus() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("testdata/rules exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 20,
        "golden corpus looks incomplete: {} files",
        files.len()
    );
    let extractor = Extractor::rules_only();
    let mut failures = String::new();
    for path in &files {
        let case = parse(path);
        let analysis = extractor
            .extract(&Document::new(case.text.clone()))
            .expect("extraction succeeds");
        let got: Vec<Expected> = analysis
            .attributions
            .iter()
            .map(|a| Expected {
                source: joined(&a.source),
                cue: joined(&a.cue),
                content: joined(&a.content),
            })
            .collect();
        for a in &analysis.attributions {
            for s in a.content.iter().chain(&a.cue).chain(&a.source) {
                let slice: String = case
                    .text
                    .chars()
                    .skip(s.start)
                    .take(s.end - s.start)
                    .collect();
                assert_eq!(
                    slice,
                    s.text,
                    "{}: span offsets disagree with text",
                    path.display()
                );
            }
        }
        if got != case.expected {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = write!(
                failures,
                "\n{name}\n  expected:\n{}  got:\n{}",
                show(&case.expected),
                show(&got)
            );
        }
    }
    assert!(failures.is_empty(), "golden mismatches:{failures}");
}

#[test]
fn normalize_trims_like_the_evaluation() {
    assert_eq!(
        normalize("“We will win,” | and more."),
        "We will win | and more"
    );
    assert_eq!(normalize(""), "");
}

//! Golden corpus of enrichment: `testdata/enrich/*.txt`, one behaviour per
//! file, run through the whole default extractor (`Extractor::new()`).
//!
//! File format (all articles invented for the tests):
//!
//! ```text
//! # Comment lines at the top say what the case is about.
//! @published 2017-03-03            (optional: the document's publication date)
//! The document text, any number of lines.
//! ==
//! content: a piece of the content
//! speaker: Jeff Sessions
//! type: person
//! role: Attorney General
//! venue: press conference
//! date: 2017-03-02
//!
//! content: …
//! ```
//!
//! Each block names an attribution by a piece of its content (`kind:
//! social` narrows the search to embeds) and lists the fields to check;
//! a field left empty expects `null`, a field left out is not checked.
//! Two other blocks check boilerplate: `boilerplate: KIND` + `text: START`
//! wants a boilerplate span of that kind whose text starts so, and
//! `absent: TEXT` wants no attribution whose content contains TEXT.
//! Only enrichment fields are checked, so the cases do not depend on the
//! exact content boundaries the extractor draws.

use ascribe::{Attribution, Document, Extractor, Kind};
use std::path::{Path, PathBuf};

const FIELDS: &[&str] = &["kind", "speaker", "type", "role", "venue", "date", "handle"];

struct Block {
    content: String,
    checks: Vec<(String, Option<String>)>,
}

struct Case {
    published: Option<String>,
    text: String,
    blocks: Vec<Block>,
    /// (kind, start of its text).
    boilerplate: Vec<(String, String)>,
    /// Texts no attribution content may contain.
    absent: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/enrich")
}

fn parse(path: &Path) -> Case {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (doc, expected) = raw
        .split_once("\n==\n")
        .unwrap_or_else(|| panic!("{}: no == line", path.display()));
    let mut published = None;
    let mut lines = Vec::new();
    let mut header = true;
    for line in doc.lines() {
        if header && line.starts_with('#') {
            continue;
        }
        if header {
            if let Some(p) = line.strip_prefix("@published ") {
                published = Some(p.trim().to_string());
                continue;
            }
        }
        header = false;
        lines.push(line);
    }
    let mut blocks = Vec::new();
    let mut boilerplate = Vec::new();
    let mut absent = Vec::new();
    for chunk in expected
        .split("\n\n")
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        if let Some(text) = chunk.strip_prefix("absent:") {
            absent.push(text.trim().to_string());
            continue;
        }
        if let Some(rest) = chunk.strip_prefix("boilerplate:") {
            let (kind, text) = rest
                .split_once("\ntext:")
                .unwrap_or_else(|| panic!("{}: boilerplate without text", path.display()));
            boilerplate.push((kind.trim().to_string(), text.trim().to_string()));
            continue;
        }
        let mut content = None;
        let mut checks = Vec::new();
        for line in chunk.lines() {
            let (k, v) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("{}: bad line {line:?}", path.display()));
            let v = v.trim();
            let v = (!v.is_empty()).then(|| v.to_string());
            match k.trim() {
                "content" => content = v,
                f if FIELDS.contains(&f) => checks.push((f.to_string(), v)),
                f => panic!("{}: unknown field {f}", path.display()),
            }
        }
        let content =
            content.unwrap_or_else(|| panic!("{}: block without content", path.display()));
        blocks.push(Block { content, checks });
    }
    Case {
        published,
        text: lines.join("\n"),
        blocks,
        boilerplate,
        absent,
    }
}

fn field(a: &Attribution, f: &str) -> Option<String> {
    match f {
        "kind" => Some(a.kind.as_str().to_string()),
        "speaker" => a.speaker.name.clone(),
        "type" => Some(a.speaker.kind.as_str().to_string()),
        "role" => a.speaker.role.clone(),
        "venue" => a.venue.clone(),
        "date" => a.date.clone(),
        "handle" => a.handle.clone(),
        _ => unreachable!(),
    }
}

fn describe(a: &Attribution) -> String {
    let content: Vec<&str> = a.content.iter().map(|s| s.text.as_str()).collect();
    let values: Vec<String> = FIELDS
        .iter()
        .map(|f| format!("{f}={:?}", field(a, f)))
        .collect();
    format!("  {:?}\n    {}", content.join(" | "), values.join(" "))
}

/// Runs every case; returns (checks passed, checks failed, speaker checks passed, speaker checks).
fn run_corpus(extractor: &Extractor) -> (Vec<String>, usize, usize, usize) {
    let mut failures = Vec::new();
    let (mut checks, mut speaker_ok, mut speaker_all) = (0, 0, 0);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("testdata/enrich")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 15, "golden corpus is missing files");
    for path in &paths {
        let case = parse(path);
        let doc = Document {
            text: case.text.clone(),
            published: case.published.clone(),
            ..Document::default()
        };
        let analysis = extractor.extract(&doc).expect("extract");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let chars: Vec<char> = case.text.chars().collect();
        let marked: Vec<(String, String)> = analysis
            .boilerplate
            .iter()
            .map(|b| {
                let kind = serde_json::to_value(b.kind).expect("kind serializes");
                let text: String = chars.get(b.start..b.end).unwrap_or(&[]).iter().collect();
                (kind.as_str().unwrap_or("").to_string(), text)
            })
            .collect();
        for (kind, start) in &case.boilerplate {
            checks += 1;
            if !marked
                .iter()
                .any(|(k, t)| k == kind && t.starts_with(start.as_str()))
            {
                failures.push(format!(
                    "{name}: no {kind} boilerplate starting {start:?}; marked: {marked:?}"
                ));
            }
        }
        for text in &case.absent {
            checks += 1;
            if let Some(a) = analysis
                .attributions
                .iter()
                .find(|a| a.content.iter().any(|s| s.text.contains(text.as_str())))
            {
                failures.push(format!(
                    "{name}: boilerplate text {text:?} became an attribution:\n{}",
                    describe(a)
                ));
            }
        }
        for block in &case.blocks {
            let social = block
                .checks
                .iter()
                .any(|(f, v)| f == "kind" && v.as_deref() == Some("social"));
            let found = analysis.attributions.iter().find(|a| {
                (!social || a.kind == Kind::Social)
                    && a.content.iter().any(|s| s.text.contains(&block.content))
            });
            let Some(a) = found else {
                let all: Vec<String> = analysis.attributions.iter().map(describe).collect();
                failures.push(format!(
                    "{name}: no attribution with content {:?}; found:\n{}",
                    block.content,
                    all.join("\n")
                ));
                continue;
            };
            for (f, want) in &block.checks {
                checks += 1;
                let got = field(a, f);
                if f == "speaker" {
                    speaker_all += 1;
                }
                if &got == want {
                    if f == "speaker" {
                        speaker_ok += 1;
                    }
                } else {
                    failures.push(format!(
                        "{name}: {:?}: {f}\n  expected {want:?}\n  actual   {got:?}\n{}",
                        block.content,
                        describe(a)
                    ));
                }
            }
        }
    }
    (failures, checks, speaker_ok, speaker_all)
}

#[test]
fn golden_enrichment_with_the_default_extractor() {
    let extractor = Extractor::new().expect("built-in model");
    let (failures, checks, ok, all) = run_corpus(&extractor);
    println!("enrich golden: {checks} checks; speaker {ok}/{all}");
    assert!(
        failures.is_empty(),
        "{} failing checks of {checks}:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn parser_reads_published_and_nulls() {
    let case = parse(&corpus_dir().join("heading_reset.txt"));
    assert_eq!(case.published.as_deref(), Some("2017-03-03"));
    assert!(case.text.starts_with("\"The figures"));
    let last = case.blocks.last().unwrap();
    assert!(last.checks.contains(&("speaker".to_string(), None)));
}

/// Enrichment works on whatever the extractor found: the rule extractor
/// must pass the same checks wherever it finds the attribution.
#[test]
fn golden_enrichment_with_the_rule_extractor() {
    let (failures, checks, ok, all) = run_corpus(&Extractor::rules_only());
    println!("enrich golden (rules): {checks} checks; speaker {ok}/{all}");
    let wrong: Vec<&String> = failures
        .iter()
        .filter(|f| !f.contains("no attribution with content"))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} failing checks:\n\n{}",
        wrong.len(),
        wrong
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

/// The whole contract JSON of every golden article, as insta snapshots
/// (`tests/snapshots/enrich_golden__NAME.snap`). A change in extraction or
/// enrichment shows up as a reviewable diff; accept an intended one with
/// `INSTA_UPDATE=always cargo test --release -p ascribe --test enrich_golden`
/// (or `cargo insta review`). Under `CI` insta never writes, it fails.
#[test]
fn golden_outputs_match_their_snapshots() {
    let extractor = Extractor::new().expect("built-in model");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("testdata/enrich")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for path in &paths {
        let case = parse(path);
        let stem = path
            .file_stem()
            .expect("file name")
            .to_string_lossy()
            .to_string();
        let doc = Document {
            id: Some(stem.clone()),
            text: case.text.clone(),
            published: case.published.clone(),
            ..Document::default()
        };
        let analysis = extractor.extract(&doc).expect("extract");
        let json = serde_json::to_string_pretty(&analysis).expect("serializes");
        insta::assert_snapshot!(stem, json);
    }
}

//! Tests of the committed model (`models/parser.bin`): loading, a sentence
//! we wrote, robustness on odd input, and dev accuracy when the silver data
//! is available.

use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ascribe_parser::conllu::read;
use ascribe_parser::eval::evaluate;
use ascribe_parser::{ParseScratch, Parser, ParserError};
use ascribe_tagger::PosTagger;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn parser() -> &'static Parser {
    static P: OnceLock<Parser> = OnceLock::new();
    P.get_or_init(|| {
        Parser::load(&root().join("models/parser.bin"))
            .unwrap_or_else(|e| panic!("committed model does not load: {e}"))
    })
}

fn pos() -> &'static PosTagger {
    static P: OnceLock<PosTagger> = OnceLock::new();
    P.get_or_init(|| {
        PosTagger::load(&root().join("models/pos.bin"))
            .unwrap_or_else(|e| panic!("committed POS model does not load: {e}"))
    })
}

/// Tags `words` with the committed POS model and parses them.
fn parse(words: &[&str]) -> (Vec<u32>, Vec<String>) {
    let mut ids = Vec::new();
    pos().tag(words, &mut ids);
    let tags: Vec<&str> = ids.iter().map(|&t| pos().tag_name(t)).collect();
    let mut scratch = ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    parser().parse(words, &tags, &mut scratch, &mut heads, &mut labels);
    let names = labels
        .iter()
        .map(|&l| parser().label_name(l).to_string())
        .collect();
    (heads, names)
}

/// Checks that `heads` is one tree: one root, every word reaches it.
fn assert_tree(heads: &[u32]) {
    let n = heads.len();
    assert_eq!(heads.iter().filter(|&&h| h == u32::MAX).count(), 1);
    // Every word reaches the root in at most n steps (no cycles).
    for start in 0..n {
        let mut x = start;
        let mut steps = 0;
        while heads[x] != u32::MAX {
            x = heads[x] as usize;
            assert!(x < n, "head out of range");
            steps += 1;
            assert!(steps <= n, "cycle through word {start}");
        }
    }
}

#[test]
fn reported_speech_has_said_as_root_with_subject_and_complement() {
    let words = [
        "The", "senator", "said", "on", "Tuesday", "that", "she", "would", "vote", "against",
        "the", "bill", ".",
    ];
    let (heads, labels) = parse(&words);
    assert_tree(&heads);
    let said = 2;
    assert_eq!(heads[said], u32::MAX, "root: {heads:?} {labels:?}");
    assert_eq!((heads[1], labels[1].as_str()), (said as u32, "nsubj"));
    assert_eq!((heads[8], labels[8].as_str()), (said as u32, "ccomp"));
    assert_eq!(labels[said], "root");
}

#[test]
fn another_invented_attribution() {
    // "Officials told reporters the plan was dead ."
    let words = [
        "Officials",
        "told",
        "reporters",
        "the",
        "plan",
        "was",
        "dead",
        ".",
    ];
    let (heads, labels) = parse(&words);
    assert_tree(&heads);
    assert_eq!(heads[1], u32::MAX, "{heads:?} {labels:?}");
    assert_eq!((heads[0], labels[0].as_str()), (1, "nsubj"));
}

#[test]
fn empty_input_gives_empty_output() {
    let mut scratch = ParseScratch::default();
    let (mut heads, mut labels) = (vec![7], vec![7]);
    parser().parse(&[], &[], &mut scratch, &mut heads, &mut labels);
    assert!(heads.is_empty() && labels.is_empty());
}

#[test]
fn one_word_is_the_root() {
    let (heads, labels) = parse(&["Yes"]);
    assert_eq!(heads, [u32::MAX]);
    assert_eq!(labels, ["root"]);
}

#[test]
fn long_unpunctuated_input_is_one_tree_in_linear_time() {
    // 5,000 words without punctuation (a scraped table, say): no stack
    // overflow, one tree, and about as fast per word as normal text.
    let vocab = [
        "the", "new", "plan", "would", "cut", "taxes", "for", "families", "and",
    ];
    let words: Vec<&str> = (0..5000).map(|i| vocab[i % vocab.len()]).collect();
    let tags_of = ["DT", "JJ", "NN", "MD", "VB", "NNS", "IN", "NNS", "CC"];
    let tags: Vec<&str> = (0..5000).map(|i| tags_of[i % tags_of.len()]).collect();
    let mut scratch = ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    parser().parse(&words, &tags, &mut scratch, &mut heads, &mut labels);
    assert_eq!(heads.len(), 5000);
    assert_eq!(labels.len(), 5000);
    assert_tree(&heads);
    // Linear time: 5,000 words cost about as much as 50 x 100 words; a
    // quadratic algorithm would take ~50 times as long. Best of five runs
    // each, so a busy machine does not make it flaky.
    let best = |f: &mut dyn FnMut()| {
        (0..5)
            .map(|_| {
                let start = std::time::Instant::now();
                f();
                start.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let long = best(&mut || {
        parser().parse(&words, &tags, &mut scratch, &mut heads, &mut labels);
    });
    let short = best(&mut || {
        for _ in 0..50 {
            parser().parse(
                &words[..100],
                &tags[..100],
                &mut scratch,
                &mut heads,
                &mut labels,
            );
        }
    });
    assert!(
        long < short * 10 + std::time::Duration::from_millis(5),
        "5000 words took {long:?}, 50 x 100 words {short:?}"
    );
}

#[test]
fn odd_input_never_panics() {
    let mut scratch = ParseScratch::default();
    let (mut heads, mut labels) = (Vec::new(), Vec::new());
    let cases: [(&[&str], &[&str]); 4] = [
        (&["", "", ""], &["", "", ""]),
        (
            &["Ünïcödé", "ΣΑΪΔ", "𝔘𝔫", "12,345"],
            &["NNP", "NNP", "XX", "CD"],
        ),
        // Fewer tags than words, and more.
        (&["a", "b", "c"], &["DT"]),
        (&["a"], &["DT", "NN", "VB"]),
    ];
    for (words, tags) in cases {
        parser().parse(words, tags, &mut scratch, &mut heads, &mut labels);
        assert_eq!(heads.len(), words.len());
        assert_tree(&heads);
        for &l in &labels {
            assert!(!parser().label_name(l).is_empty());
        }
    }
}

#[test]
fn labels_round_trip_and_unknowns_are_none() {
    let p = parser();
    for name in ["nsubj", "ccomp", "xcomp", "root", "punct", "dep"] {
        let id = p.label_id(name);
        assert!(id.is_some(), "{name} missing");
        assert_eq!(id.map(|i| p.label_name(i)), Some(name));
    }
    assert_eq!(p.label_id("no-such-label"), None);
    assert_eq!(p.label_name(250), "");
}

#[test]
fn committed_file_corruptions_are_errors() {
    let bytes = std::fs::read(root().join("models/parser.bin"))
        .unwrap_or_else(|e| panic!("cannot read the committed model: {e}"));
    assert!(Parser::from_bytes(&bytes).is_ok());
    assert!(matches!(Parser::from_bytes(&[]), Err(ParserError::Empty)));
    assert!(matches!(
        Parser::from_bytes(&bytes[..bytes.len() / 2]),
        Err(ParserError::Truncated { .. })
    ));
    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x10;
    assert!(matches!(
        Parser::from_bytes(&flipped),
        Err(ParserError::ChecksumMismatch { .. })
    ));
    let pos_model = std::fs::read(root().join("models/pos.bin"))
        .unwrap_or_else(|e| panic!("cannot read the POS model: {e}"));
    assert!(matches!(
        Parser::from_bytes(&pos_model),
        Err(ParserError::BadMagic)
    ));
    let missing = Parser::load(Path::new("/nonexistent/parser.bin"));
    assert!(matches!(missing, Err(ParserError::Io { .. })));
    let msg = missing.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.contains("/nonexistent/parser.bin"), "{msg}");
}

#[test]
fn model_file_is_small() {
    let len = std::fs::metadata(root().join("models/parser.bin"))
        .map(|m| m.len())
        .unwrap_or(u64::MAX);
    assert!(len <= 10_000_000, "models/parser.bin is {len} bytes");
}

/// Dev UAS/LAS with the committed POS tagger's tags. Skipped (passes) when
/// the shared silver data is not beside the workspace.
#[test]
fn silver_dev_accuracy_floor() {
    let path = root().join("../shared/data/polnear/silver/dev.conllu.gz");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let sents = read(
        BufReader::new(flate2::read::MultiGzDecoder::new(file)),
        &path,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(sents.len() > 1000);
    let mut ids = Vec::new();
    let tags: Vec<Vec<String>> = sents
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            pos().tag(&words, &mut ids);
            ids.iter().map(|&t| pos().tag_name(t).to_string()).collect()
        })
        .collect();
    let sc = evaluate(parser(), &sents, &tags, &|l| l.to_string());
    eprintln!("dev: {}", sc.summary());
    assert!(sc.uas() > UAS_FLOOR, "dev {}", sc.summary());
    assert!(sc.las() > LAS_FLOOR, "dev {}", sc.summary());
    let ccomp = sc.label("ccomp");
    assert!(ccomp.f1() > CCOMP_F1_FLOOR, "ccomp {ccomp:?}");
    let xcomp = sc.label("xcomp");
    assert!(xcomp.f1() > XCOMP_F1_FLOOR, "xcomp {xcomp:?}");
    let nsubj = sc.label("nsubj");
    assert!(nsubj.f1() > NSUBJ_F1_FLOOR, "nsubj {nsubj:?}");
}

/// Floors a little below what the committed model achieves.
/// (Committed model: UAS 84.3, LAS 82.0, ccomp F1 68.6, xcomp F1 78.2,
/// nsubj F1 86.2.)
const UAS_FLOOR: f64 = 0.83;
const LAS_FLOOR: f64 = 0.80;
const CCOMP_F1_FLOOR: f64 = 0.65;
const XCOMP_F1_FLOOR: f64 = 0.74;
const NSUBJ_F1_FLOOR: f64 = 0.84;

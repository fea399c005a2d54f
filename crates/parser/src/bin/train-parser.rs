//! Trains the dependency parser from the CoreNLP silver data.
//!
//! ```text
//! cargo run --release -p ascribe-parser --features train --bin train-parser -- \
//!     --silver ../shared/data/polnear/silver --out models/parser.bin
//! ```
//!
//! Prints dev UAS/LAS after every epoch. Training and dev sentences are
//! tagged by the committed POS model (`models/pos.bin`), so the parser
//! learns from the tagger's tags, not the silver ones, as it will see them
//! in use. (`--train-pos jackknife` tags each training document with a POS
//! model that did not see it, which has the tagger's real error rate on the
//! training data; measured, it scored 0.1–0.3 UAS *lower* on dev than
//! `model`, so `model` is the default.) Single-threaded and deterministic:
//! the same data and flags give a byte-identical file.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use ascribe_parser::conllu::{read_gz, Sentence};
use ascribe_parser::train::{dev_scores, non_projective_rate, train, Oracle, TrainConfig};
use ascribe_parser::Parser;
use ascribe_tagger::{PosTagger, Scratch};

const USAGE: &str = "usage: train-parser --silver DIR --out FILE
    [--epochs N] [--action-bits B] [--label-bits B] [--prune Q] [--seed S]
    [--oracle static|dynamic] [--explore P] [--labels full|reduced]
    [--train-pos jackknife|model|silver] [--folds K] [--pos-model FILE]
    [--limit N]

  --silver DIR      folder with train.conllu.gz and dev.conllu.gz
  --out FILE        the model to write (e.g. models/parser.bin)
  --train-pos       tags of the training data: the committed POS model
                    (default; it saw these sentences), jackknifed POS
                    taggers, or the silver tags
  --pos-model FILE  POS model (default: models/pos.bin)
  --limit N         train on the first N sentences only (experiments)";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TrainPos {
    Jackknife,
    Model,
    Silver,
}

struct Args {
    silver: PathBuf,
    out: PathBuf,
    pos_model: PathBuf,
    train_pos: TrainPos,
    folds: usize,
    limit: Option<usize>,
    cfg: TrainConfig,
}

fn parse_args() -> Result<Args, String> {
    let mut silver = None;
    let mut out = None;
    let mut pos_model = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/pos.bin"));
    let mut train_pos = TrainPos::Model;
    let mut folds = 5;
    let mut limit = None;
    let mut cfg = TrainConfig::default();
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        if flag == "-h" || flag == "--help" {
            return Err(String::new());
        }
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let num = |v: &str| {
            v.parse::<u64>()
                .map_err(|_| format!("{flag}: not a number: {v}"))
        };
        match (flag.as_str(), value.as_str()) {
            ("--silver", _) => silver = Some(PathBuf::from(value)),
            ("--out", _) => out = Some(PathBuf::from(value)),
            ("--pos-model", _) => pos_model = PathBuf::from(value),
            ("--epochs", v) => cfg.epochs = num(v)? as usize,
            ("--action-bits", v) => cfg.action_bits = num(v)?.clamp(8, 24) as u32,
            ("--label-bits", v) => cfg.label_bits = num(v)?.clamp(8, 24) as u32,
            ("--prune", v) => cfg.prune = num(v)?.min(1000) as i16,
            ("--seed", v) => cfg.seed = num(v)?,
            ("--folds", v) => folds = num(v)?.clamp(2, 20) as usize,
            ("--limit", v) => limit = Some(num(v)? as usize),
            ("--oracle", "static") => cfg.oracle = Oracle::Static,
            ("--oracle", "dynamic") => cfg.oracle = Oracle::Dynamic,
            ("--explore", v) => {
                cfg.explore = v
                    .parse::<f64>()
                    .map_err(|_| format!("{flag}: not a number: {v}"))?
            }
            ("--labels", "full") => cfg.reduced_labels = false,
            ("--labels", "reduced") => cfg.reduced_labels = true,
            ("--train-pos", "jackknife") => train_pos = TrainPos::Jackknife,
            ("--train-pos", "model") => train_pos = TrainPos::Model,
            ("--train-pos", "silver") => train_pos = TrainPos::Silver,
            _ => return Err(format!("unknown flag or value: {flag} {value}")),
        }
    }
    Ok(Args {
        silver: silver.ok_or("--silver is required")?,
        out: out.ok_or("--out is required")?,
        pos_model,
        train_pos,
        folds,
        limit,
        cfg,
    })
}

/// Tags every sentence with `pos`.
fn tag_all(pos: &PosTagger, sents: &[Sentence]) -> Vec<Vec<String>> {
    let mut scratch = Scratch::new();
    let mut tags = Vec::new();
    sents
        .iter()
        .map(|s| {
            pos.tag_with(&s.words, &mut scratch, &mut tags);
            tags.iter().map(|&t| pos.tag_name(t).to_string()).collect()
        })
        .collect()
}

fn tag_accuracy(sents: &[Sentence], tags: &[Vec<String>]) -> f64 {
    let (mut ok, mut total) = (0usize, 0usize);
    for (s, t) in sents.iter().zip(tags) {
        total += s.pos.len();
        ok += s.pos.iter().zip(t).filter(|(a, b)| a == b).count();
    }
    ok as f64 / total.max(1) as f64
}

/// Jackknifed tags with the tagger crate's own POS settings.
fn jackknife(
    sents: &[Sentence],
    folds: usize,
    log: &mut dyn FnMut(String),
) -> Result<Vec<Vec<String>>, String> {
    let tsents: Vec<ascribe_tagger::conllu::Sentence> = sents
        .iter()
        .map(|s| ascribe_tagger::conllu::Sentence {
            doc: s.doc,
            words: s.words.clone(),
            pos: s.pos.clone(),
            ner: vec!["O".to_string(); s.words.len()],
        })
        .collect();
    // The settings `train-taggers` uses for models/pos.bin.
    let cfg = ascribe_tagger::train::TrainConfig {
        epochs: 8,
        bits: 18,
        prune: 2,
        seed: 0x5eed_0001,
        lexicon_min_count: 20,
        lexicon_min_share: 0.995,
    };
    ascribe_tagger::train::jackknife_pos(&tsents, folds, &cfg, log)
}

fn run(args: Args) -> Result<(), String> {
    let start = Instant::now();
    let err = |e: ascribe_parser::ParserError| e.to_string();
    let mut train_sents = read_gz(&args.silver.join("train.conllu.gz")).map_err(err)?;
    if let Some(n) = args.limit {
        train_sents.truncate(n);
    }
    let dev = read_gz(&args.silver.join("dev.conllu.gz")).map_err(err)?;
    let ntok = |s: &[Sentence]| s.iter().map(|s| s.words.len()).sum::<usize>();
    let mut log = |line: String| println!("{line}  [{:.0}s]", start.elapsed().as_secs_f64());
    log(format!(
        "read {} train sentences ({} words), {} dev sentences ({} words); \
         non-projective: train {:.2}%, dev {:.2}% of sentences",
        train_sents.len(),
        ntok(&train_sents),
        dev.len(),
        ntok(&dev),
        100.0 * non_projective_rate(&train_sents),
        100.0 * non_projective_rate(&dev),
    ));
    let pos = PosTagger::load(&args.pos_model).map_err(|e| e.to_string())?;
    let dev_tags = tag_all(&pos, &dev);
    let train_tags = match args.train_pos {
        TrainPos::Jackknife => jackknife(&train_sents, args.folds, &mut log)?,
        TrainPos::Model => tag_all(&pos, &train_sents),
        TrainPos::Silver => train_sents.iter().map(|s| s.pos.clone()).collect(),
    };
    log(format!(
        "POS accuracy: train tags ({:?}) {:.2}%, dev tags {:.2}%",
        args.train_pos,
        100.0 * tag_accuracy(&train_sents, &train_tags),
        100.0 * tag_accuracy(&dev, &dev_tags)
    ));
    log(format!("{:?}", args.cfg));
    let model = train(
        &train_sents,
        &train_tags,
        Some((&dev, &dev_tags)),
        &args.cfg,
        &mut log,
    )?;
    let bytes = model.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
    log(format!(
        "wrote {} ({:.2} MB; {} transition and {} label weights, {} labels)",
        args.out.display(),
        bytes.len() as f64 / 1e6,
        model.actions.nonzero(),
        model.labeler.nonzero(),
        model.labels.len()
    ));
    let parser = Parser::from_bytes(&bytes).map_err(err)?;
    let reduced = args.cfg.reduced_labels;
    let sc = dev_scores(&parser, &dev, &dev_tags, reduced);
    let focus = [
        "nsubj",
        "nsubjpass",
        "dobj",
        "ccomp",
        "xcomp",
        "parataxis",
        "advcl",
    ];
    log(format!(
        "dev, predicted tags: {}\n{}",
        sc.summary(),
        sc.label_report(&focus)
    ));
    let silver_tags: Vec<Vec<String>> = dev.iter().map(|s| s.pos.clone()).collect();
    let sc = dev_scores(&parser, &dev, &silver_tags, reduced);
    log(format!("dev, silver tags:    {}", sc.summary()));
    Ok(())
}

fn main() -> ExitCode {
    match parse_args() {
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("error: {msg}\n");
            }
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        Ok(args) => match run(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

//! Trains the POS and NER taggers from the CoreNLP silver data.
//!
//! ```text
//! cargo run --release -p ascribe-tagger --features train --bin train-taggers -- \
//!     --silver ../shared/data/polnear/silver --out models/
//! ```
//!
//! Writes `pos.bin` and `ner.bin` into `--out`, printing dev accuracy after
//! every epoch. Single-threaded and deterministic: the same data and flags
//! give byte-identical files.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use ascribe_tagger::conllu::read_gz;
use ascribe_tagger::eval::{ner_scores, pos_accuracy};
use ascribe_tagger::format::Model;
use ascribe_tagger::train::{jackknife_pos, train_ner, train_pos, TrainConfig};
use ascribe_tagger::{NerTagger, PosTagger};

const USAGE: &str = "usage: train-taggers --silver DIR --out DIR [--only pos|ner]
    [--pos-epochs N] [--pos-bits B] [--ner-epochs N] [--ner-bits B]
    [--prune Q] [--folds K] [--seed S]
    [--pos-lexicon-min-count N] [--pos-lexicon-min-share F]
    [--ner-lexicon-min-count N] [--ner-lexicon-min-share F]

  --silver DIR   folder with train.conllu.gz and dev.conllu.gz
  --out DIR      where pos.bin and ner.bin are written
  --only pos|ner train one model (ner reads DIR/pos.bin from --out)
  --*-lexicon-*  words tagged by lookup: seen >= N times (0: none), with
                 one tag >= F of the time (NER: only words outside entities)";

struct Args {
    silver: PathBuf,
    out: PathBuf,
    only: Option<String>,
    pos: TrainConfig,
    ner: TrainConfig,
    folds: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut silver = None;
    let mut out = None;
    let mut only = None;
    let mut pos = TrainConfig {
        epochs: 8,
        bits: 18,
        prune: 2,
        seed: 0x5eed_0001,
        lexicon_min_count: 20,
        lexicon_min_share: 0.995,
    };
    let mut ner = TrainConfig {
        epochs: 10,
        bits: 20,
        prune: 2,
        seed: 0x5eed_0002,
        lexicon_min_count: 20,
        lexicon_min_share: 0.995,
    };
    let mut folds = 5;
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
        let share = |v: &str| {
            v.parse::<f64>()
                .map_err(|_| format!("{flag}: not a number: {v}"))
        };
        match flag.as_str() {
            "--silver" => silver = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--only" if value == "pos" || value == "ner" => only = Some(value),
            "--pos-epochs" => pos.epochs = num(&value)? as usize,
            "--pos-bits" => pos.bits = num(&value)?.clamp(8, 24) as u32,
            "--ner-epochs" => ner.epochs = num(&value)? as usize,
            "--ner-bits" => ner.bits = num(&value)?.clamp(8, 24) as u32,
            "--prune" => {
                pos.prune = num(&value)?.min(1000) as i16;
                ner.prune = pos.prune;
            }
            "--pos-lexicon-min-count" => pos.lexicon_min_count = num(&value)? as usize,
            "--pos-lexicon-min-share" => pos.lexicon_min_share = share(&value)?,
            "--ner-lexicon-min-count" => ner.lexicon_min_count = num(&value)? as usize,
            "--ner-lexicon-min-share" => ner.lexicon_min_share = share(&value)?,
            "--folds" => folds = num(&value)?.clamp(2, 20) as usize,
            "--seed" => {
                let s = num(&value)?;
                pos.seed = s;
                ner.seed = s.wrapping_add(1);
            }
            _ => return Err(format!("unknown flag or value: {flag} {value}")),
        }
    }
    Ok(Args {
        silver: silver.ok_or("--silver is required")?,
        out: out.ok_or("--out is required")?,
        only,
        pos,
        ner,
        folds,
    })
}

fn save(model: &Model, path: &std::path::Path) -> Result<(), String> {
    let bytes = model.to_bytes();
    std::fs::write(path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "wrote {} ({:.2} MB, {} non-zero weights, table 2^{} x {} labels, {} lexicon words)",
        path.display(),
        bytes.len() as f64 / 1e6,
        model.weights.nonzero(),
        ascribe_tagger::perceptron::Scorer::bits(&model.weights),
        model.labels.len(),
        model.lexicon.len()
    );
    Ok(())
}

fn run(args: Args) -> Result<(), String> {
    let start = Instant::now();
    let err = |e: ascribe_tagger::TaggerError| e.to_string();
    let train = read_gz(&args.silver.join("train.conllu.gz")).map_err(err)?;
    let dev = read_gz(&args.silver.join("dev.conllu.gz")).map_err(err)?;
    let ntok =
        |s: &[ascribe_tagger::conllu::Sentence]| s.iter().map(|s| s.words.len()).sum::<usize>();
    println!(
        "read {} train sentences ({} tokens), {} dev sentences ({} tokens) in {:.1}s",
        train.len(),
        ntok(&train),
        dev.len(),
        ntok(&dev),
        start.elapsed().as_secs_f64()
    );
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let pos_path = args.out.join("pos.bin");
    let mut log = |line: String| println!("{line}  [{:.0}s]", start.elapsed().as_secs_f64());

    let pos = if args.only.as_deref() == Some("ner") {
        PosTagger::load(&pos_path).map_err(err)?
    } else {
        let model = train_pos(&train, Some(&dev), &args.pos, &mut log)?;
        save(&model, &pos_path)?;
        let pos = PosTagger::from_model(model).map_err(err)?;
        let acc = pos_accuracy(&pos, &dev);
        println!("POS dev token accuracy: {:.2}%", 100.0 * acc.ratio());
        pos
    };
    if args.only.as_deref() == Some("pos") {
        return Ok(());
    }

    let train_tags = jackknife_pos(&train, args.folds, &args.pos, &mut log)?;
    let model = train_ner(&train, &train_tags, Some((&dev, &pos)), &args.ner, &mut log)?;
    save(&model, &args.out.join("ner.bin"))?;
    let ner = NerTagger::from_model(model).map_err(err)?;
    println!(
        "NER dev entity scores (exact span):\n{}",
        ner_scores(&pos, &ner, &dev).report()
    );
    println!("total time {:.1}s", start.elapsed().as_secs_f64());
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("error: {msg}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

//! PolNeAR annotators scored against each other, with the metrics
//! `ascribe eval` applies to the model. For every article with several
//! annotation files (`NAME_ANNOTATOR.ann`), one file is the gold and each
//! other annotator's file is scored as a prediction.
//!
//! `cargo run --release -p ascribe-eval --example agreement -- ../shared/data/polnear/train [--last]`
//!
//! The gold is the first file in sorted name order (the one `ascribe eval`
//! and `ascribe train` read), or the last with `--last`.

use ascribe_eval::{evaluate, parse_ann, Attr, GoldDoc};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, last) = match args.as_slice() {
        [dir] => (dir, false),
        [dir, flag] if flag == "--last" => (dir, true),
        _ => {
            eprintln!("usage: agreement BRAT_DIR [--last]");
            return ExitCode::from(2);
        }
    };
    match pairs(Path::new(dir), last) {
        Ok((gold, pred)) => {
            println!("{}", evaluate(&gold, &pred).to_table());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

type Pairs = (Vec<GoldDoc>, HashMap<String, Vec<Attr>>);

fn pairs(dir: &Path, last: bool) -> Result<Pairs, Box<dyn std::error::Error>> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    // Annotation files by article, sorted by name.
    let mut files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(dir.join("attributions"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some((article, _annotator)) =
            name.strip_suffix(".ann").and_then(|s| s.rsplit_once('_'))
        {
            files.entry(article.to_string()).or_default().push(name);
        }
    }
    let (mut gold, mut pred) = (Vec::new(), HashMap::new());
    for (article, mut names) in files {
        if names.len() < 2 {
            continue;
        }
        names.sort();
        let gold_name = if last {
            names.pop()
        } else {
            Some(names.remove(0))
        };
        let Some(gold_name) = gold_name else { continue };
        let text = read(&dir.join("text").join(format!("{article}.txt")))?;
        let ann = |name: &str| -> Result<Vec<Attr>, Box<dyn std::error::Error>> {
            let path = dir.join("attributions").join(name);
            Ok(parse_ann(&text, &read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?)
        };
        let gold_attrs = ann(&gold_name)?;
        for other in &names {
            let id = format!("{article}__{other}");
            pred.insert(id.clone(), ann(other)?);
            gold.push(GoldDoc {
                id,
                text: text.clone(),
                attributions: gold_attrs.clone(),
            });
        }
    }
    Ok((gold, pred))
}

//! Development driver for training (the CLI's `ascribe train` does the same).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let train = ascribe_eval::read_brat_dir(std::path::Path::new(&args[1])).expect("train");
    let dev = ascribe_eval::read_brat_dir(std::path::Path::new(&args[2])).expect("dev");
    let epochs = args.get(4).and_then(|e| e.parse().ok()).unwrap_or(10);
    let cue_bias = std::env::var("CUE_BIAS")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(0.0);
    let opts = ascribe::learned::train::TrainOptions {
        epochs,
        cue_bias,
        ..Default::default()
    };
    let (model, report) = ascribe::learned::train::train(
        &train,
        &dev,
        &ascribe::pipeline::Annotator::builtin().expect("taggers"),
        &opts,
        |l| eprintln!("{l}"),
    );
    if let Some(r) = report {
        println!("{}", r.to_table());
    }
    std::fs::write(&args[3], model.to_bytes()).expect("write");
    if let Some(out) = args.get(5) {
        dump(&args[3], &dev, out);
    }
}

/// Writes contract JSONL predictions for the dev docs (for error analysis).
#[allow(dead_code)]
fn dump(model_path: &str, dev: &[ascribe_eval::GoldDoc], out: &str) {
    let ex = ascribe::Extractor::from_model_file(std::path::Path::new(model_path)).expect("model");
    let mut s = String::new();
    for d in dev {
        let a = ex
            .extract(&ascribe::Document::new(d.text.clone()).with_id(d.id.clone()))
            .expect("extract");
        s.push_str(&serde_json::to_string(&a).expect("json"));
        s.push('\n');
    }
    std::fs::write(out, s).expect("write");
}

use ascribe_parser::conllu::read;
use ascribe_parser::eval::evaluate;
use ascribe_parser::format::Model;
use ascribe_parser::Parser;
use ascribe_tagger::perceptron::{Scorer, Weights, WeightsBuilder};
use ascribe_tagger::{PosTagger, Scratch};
use std::io::BufReader;

fn quant(w: &Weights, clip: f64) -> Weights {
    let step = clip / 127.0;
    let mut b = WeightsBuilder::new(w.bits(), w.num_labels(), w.scale()).unwrap();
    for r in w.nonempty_rows() {
        b.start_row(r).unwrap();
        for (l, v) in w.row(r) {
            let q = ((v as f64 / step).round().clamp(-127.0, 127.0) * step).round() as i16;
            if q != 0 {
                b.push(l, q).unwrap();
            }
        }
    }
    b.finish()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (ca, cl): (f64, f64) = (args[1].parse().unwrap(), args[2].parse().unwrap());
    let mut m = Model::from_bytes(&std::fs::read("models/parser.bin").unwrap()).unwrap();
    if ca > 0.0 {
        m.actions = quant(&m.actions, ca);
    }
    if cl > 0.0 {
        m.labeler = quant(&m.labeler, cl);
    }
    let parser = Parser::from_model(m).unwrap();
    let pos = PosTagger::load("models/pos.bin".as_ref()).unwrap();
    let dev = std::path::Path::new("../shared/data/polnear/silver/dev.conllu.gz");
    let sents = read(
        BufReader::new(flate2::read::MultiGzDecoder::new(
            std::fs::File::open(dev).unwrap(),
        )),
        dev,
    )
    .unwrap();
    let mut sc = Scratch::new();
    let mut ids = Vec::new();
    let tags: Vec<Vec<String>> = sents
        .iter()
        .map(|s| {
            pos.tag_with(&s.words, &mut sc, &mut ids);
            ids.iter().map(|&t| pos.tag_name(t).to_string()).collect()
        })
        .collect();
    let s = evaluate(&parser, &sents, &tags, &|l| l.to_string());
    println!("clip actions {ca} labels {cl}: {}", s.summary());
}

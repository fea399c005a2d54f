//! Per-stage timing.
use ascribe::learned::{features::TokenFacts, AttributionModel, Buffers};
use std::time::Instant;
fn main() {
    let dir = std::env::args().nth(1).expect("dir");
    let model = AttributionModel::from_bytes(&std::fs::read(std::env::args().nth(2).expect("m")).expect("r")).expect("m");
    let ann = ascribe::pipeline::Annotator::builtin().expect("a");
    let mut texts = Vec::new();
    for e in std::fs::read_dir(&dir).expect("read") {
        texts.push(std::fs::read_to_string(e.expect("e").path()).expect("t"));
    }
    let mut t = [0f64; 6];
    let mut buf = Buffers::default();
    for text in &texts {
        let a = Instant::now();
        let layout = ascribe_text::Layout::new(text);
        let b = Instant::now();
        let tags = ann.tag(&layout);
        let c = Instant::now();
        let rules = ascribe::rules::propose(&layout);
        let c2 = Instant::now();
        t[5] += (c2 - c).as_secs_f64();
        let facts = TokenFacts::new(&layout, &tags, &rules);
        let d = Instant::now();
        let cues = model.find_cues(&facts, &layout.sentences, &mut buf);
        let e = Instant::now();
        let _p = model.attribute(&facts, &layout.paragraphs, &cues, &mut buf);
        let f = Instant::now();
        for (k, (x, y)) in [(a, b), (b, c), (c, d), (d, e), (e, f)].iter().enumerate() {
            t[k] += (*y - *x).as_secs_f64();
        }
    }
    eprintln!("layout {:.2} tag {:.2} rules {:.2} facts(+rules) {:.2} cues {:.2} roles {:.2}", t[0], t[1], t[5], t[2], t[3], t[4]);
}

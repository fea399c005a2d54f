//! Quick single-thread throughput check over a directory of .txt files.
fn main() {
    let dir = std::env::args().nth(1).expect("dir");
    let model = std::env::args().nth(2).expect("model");
    let t0 = std::time::Instant::now();
    let ex = ascribe::Extractor::from_model_file(std::path::Path::new(&model)).expect("model");
    eprintln!("load {:?}", t0.elapsed());
    let mut texts = Vec::new();
    for e in std::fs::read_dir(&dir).expect("read") {
        let p = e.expect("entry").path();
        texts.push(std::fs::read_to_string(p).expect("text"));
    }
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let t = std::time::Instant::now();
    let mut n = 0;
    for text in &texts {
        n += ex
            .extract(&ascribe::Document::new(text.clone()))
            .expect("x")
            .attributions
            .len();
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{} docs {} bytes {} attributions in {:.2}s: {:.2} MB/s",
        texts.len(),
        bytes,
        n,
        s,
        bytes as f64 / s / 1e6
    );
}

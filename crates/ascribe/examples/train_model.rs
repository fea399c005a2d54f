//! Development driver for training (the CLI's `ascribe train` does the same).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let train = ascribe_eval::read_brat_dir(std::path::Path::new(&args[1])).expect("train");
    let dev = ascribe_eval::read_brat_dir(std::path::Path::new(&args[2])).expect("dev");
    let epochs = args.get(4).and_then(|e| e.parse().ok()).unwrap_or(10);
    let opts = ascribe::learned::train::TrainOptions { epochs, ..Default::default() };
    let model = ascribe::learned::train::train(&train, &dev, &ascribe::pipeline::Annotator::none(), &opts, |l| eprintln!("{l}"));
    std::fs::write(&args[3], model.to_bytes()).expect("write");
}

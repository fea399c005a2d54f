fn main() {
    for f in ["models/pos.bin", "models/ner.bin"] {
        let m = ascribe_tagger::format::Model::from_bytes(&std::fs::read(f).unwrap()).unwrap();
        let w = &m.weights;
        let mut hist = [0usize; 12];
        for r in w.nonempty_rows() {
            let k = w.row(r).count();
            hist[k.min(11)] += 1;
        }
        println!("{f}: rows by entry count 1..: {:?}", &hist[1..]);
    }
}

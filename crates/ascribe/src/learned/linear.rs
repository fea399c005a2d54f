//! A first-order linear-chain model over hashed features: Viterbi decoding
//! for inference, structured averaged-perceptron updates for training.
//!
//! Inference works on quantized `i16` weights (half the memory of `f32`, and
//! the model file stays small); training keeps `f32` weights plus the running
//! sums needed for averaging.

/// Feature ids of one position are `u32` hashes already reduced to the table size.
pub type FeatId = u32;

/// A sequence to label: features of every position in one flat buffer.
#[derive(Debug, Default, Clone)]
pub struct Sequence {
    /// All feature ids, position after position.
    pub feats: Vec<FeatId>,
    /// `feats[offsets[i]..offsets[i + 1]]` are the features of position `i`.
    pub offsets: Vec<u32>,
}

impl Sequence {
    /// Empties the sequence, keeping its buffers.
    pub fn clear(&mut self) {
        self.feats.clear();
        self.offsets.clear();
        self.offsets.push(0);
    }

    /// Number of positions.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Whether there are no positions.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Closes the current position: features pushed since the last call belong to it.
    pub fn end_position(&mut self) {
        self.offsets.push(self.feats.len() as u32);
    }

    /// Features of position `i`.
    pub fn at(&self, i: usize) -> &[FeatId] {
        &self.feats[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

/// Which label transitions are allowed (BIO constraints), shared by training and decoding.
#[derive(Debug, Clone)]
pub struct Constraints {
    /// `allowed[prev * L + next]`; `prev == L` stands for the sequence start.
    pub allowed: Vec<bool>,
}

impl Constraints {
    /// Everything allowed.
    pub fn none(labels: usize) -> Constraints {
        Constraints {
            allowed: vec![true; (labels + 1) * labels],
        }
    }

    /// BIO constraints: labels are `O` (0) then pairs `B-x`, `I-x`; `I-x` may only follow `B-x` or `I-x`.
    pub fn bio(labels: usize) -> Constraints {
        let mut allowed = vec![true; (labels + 1) * labels];
        for next in (2..labels).step_by(2) {
            for prev in 0..=labels {
                let ok = prev == next || prev + 1 == next;
                allowed[prev * labels + next] = ok && prev < labels;
            }
        }
        Constraints { allowed }
    }
}

/// Quantized weights used at inference.
#[derive(Debug, Clone)]
pub struct LinearModel {
    /// Number of labels.
    pub labels: usize,
    /// log2 of the number of feature rows.
    pub bits: u32,
    /// Multiply an `i16` weight by this to get its real value.
    pub scale: f32,
    /// `weights[feat * labels + label]`.
    pub weights: Vec<i16>,
    /// `transitions[prev * labels + next]`, `prev == labels` is the start; real values.
    pub transitions: Vec<f32>,
    /// Allowed transitions.
    pub constraints: Constraints,
    /// Added to every emission score of a label (a recall/precision knob).
    pub label_bias: Vec<f32>,
}

/// Reusable buffers for Viterbi so decoding allocates nothing per position.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    emit: Vec<i32>,
    score: Vec<f32>,
    back: Vec<u8>,
}

impl Scratch {
    /// The emission sums of the last [`LinearModel::decode`]
    /// (see [`LinearModel::emission_sums`]).
    pub fn emissions(&self) -> &[i32] {
        &self.emit
    }
}

impl LinearModel {
    fn emissions<const L: usize>(&self, seq: &Sequence, emit: &mut [i32]) {
        // Rows as fixed-size arrays: one bounds check per feature and a
        // fixed-width addition the compiler can vectorize.
        let (rows, _) = self.weights.as_chunks::<L>();
        for (i, row) in emit.chunks_exact_mut(L).enumerate() {
            let mut acc = [0i32; L];
            for &f in seq.at(i) {
                if let Some(ws) = rows.get(f as usize) {
                    for k in 0..L {
                        acc[k] += i32::from(ws[k]);
                    }
                }
            }
            row.copy_from_slice(&acc);
        }
    }

    fn emissions_any(&self, seq: &Sequence, emit: &mut [i32]) {
        let l = self.labels;
        for (i, row) in emit.chunks_exact_mut(l).enumerate() {
            for &f in seq.at(i) {
                let base = f as usize * l;
                if let Some(ws) = self.weights.get(base..base + l) {
                    for (r, &w) in row.iter_mut().zip(ws) {
                        *r += w as i32;
                    }
                }
            }
        }
    }

    /// Table size mask for feature hashing.
    pub fn mask(&self) -> u32 {
        (1u32 << self.bits) - 1
    }

    /// The summed feature weights of every position and label of `seq`
    /// (`n × labels`, unscaled, without bias) into `emit`.
    pub fn emission_sums(&self, seq: &Sequence, emit: &mut Vec<i32>) {
        emit.clear();
        emit.resize(seq.len() * self.labels, 0);
        // Label counts known at compile time let the inner loop unroll.
        match self.labels {
            3 => self.emissions::<3>(seq, emit),
            5 => self.emissions::<5>(seq, emit),
            _ => self.emissions_any(seq, emit),
        }
    }

    /// Best label sequence for `seq`, written into `out`. Returns how much
    /// better the best path scores than the all-`O` path (0 when they are the
    /// same): the model's margin for finding anything at all.
    pub fn decode(&self, seq: &Sequence, scratch: &mut Scratch, out: &mut Vec<u8>) -> f32 {
        let n = seq.len();
        let l = self.labels;
        out.clear();
        if n == 0 {
            return 0.0;
        }
        self.emission_sums(seq, &mut scratch.emit);
        let best = viterbi(
            n,
            l,
            |i, y| scratch_emit(&scratch.emit, i, y, l) as f32 * self.scale + self.label_bias[y],
            &self.transitions,
            &self.constraints,
            &mut scratch.score,
            &mut scratch.back,
            out,
        );
        let mut outside = self.transitions[l * l];
        for i in 0..n {
            outside += scratch.emit[i * l] as f32 * self.scale + self.label_bias[0];
            if i > 0 {
                outside += self.transitions[0];
            }
        }
        best - outside
    }
}

fn scratch_emit(emit: &[i32], i: usize, y: usize, l: usize) -> i32 {
    emit[i * l + y]
}

/// Largest `labels²` whose masked transitions [`viterbi`] keeps on the stack.
const MAX_MASKED: usize = 64;

/// Generic first-order Viterbi. `emit(i, y)` gives emission scores.
#[allow(clippy::too_many_arguments)]
pub fn viterbi(
    n: usize,
    l: usize,
    emit: impl Fn(usize, usize) -> f32,
    transitions: &[f32],
    constraints: &Constraints,
    score: &mut Vec<f32>,
    back: &mut Vec<u8>,
    out: &mut Vec<u8>,
) -> f32 {
    const NEG: f32 = f32::NEG_INFINITY;
    score.clear();
    score.resize(n * l, NEG);
    back.clear();
    back.resize(n * l, 0);
    for y in 0..l {
        if constraints.allowed[l * l + y] {
            score[y] = transitions[l * l + y] + emit(0, y);
        }
    }
    // Forbidden transitions folded into the scores as -inf: a sum with
    // -inf (or NaN) never compares greater, so skipping them and adding
    // -inf choose the same (best, arg), and the inner loop loses a branch.
    let mut masked = [NEG; MAX_MASKED];
    let fold = l * l <= MAX_MASKED;
    if fold {
        for (k, m) in masked.iter_mut().enumerate().take(l * l) {
            if constraints.allowed.get(k).copied().unwrap_or(false) {
                *m = transitions.get(k).copied().unwrap_or(NEG);
            }
        }
    }
    for i in 1..n {
        let (prev, cur) = score.split_at_mut(i * l);
        let prev = &prev[(i - 1) * l..];
        for y in 0..l {
            let mut best = NEG;
            let mut arg = 0u8;
            if fold {
                for (p, &sp) in prev.iter().enumerate() {
                    let s = sp + masked[(p * l + y) % MAX_MASKED];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
            } else {
                for (p, &sp) in prev.iter().enumerate() {
                    if !constraints.allowed[p * l + y] {
                        continue;
                    }
                    let s = sp + transitions[p * l + y];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
            }
            if best > NEG {
                cur[y] = best + emit(i, y);
                back[i * l + y] = arg;
            }
        }
    }
    let mut best = NEG;
    let mut arg = 0usize;
    for y in 0..l {
        let s = score[(n - 1) * l + y];
        if s > best {
            best = s;
            arg = y;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg as u8;
    for i in (1..n).rev() {
        out[i - 1] = back[i * l + out[i] as usize];
    }
    best
}

/// Training-time weights with averaging.
#[cfg(feature = "train")]
#[derive(Debug, Clone)]
pub struct Trainer {
    labels: usize,
    bits: u32,
    w: Vec<f32>,
    /// Sum of `step * delta`, for lazy averaging.
    wa: Vec<f32>,
    t: Vec<f32>,
    ta: Vec<f32>,
    step: f32,
    constraints: Constraints,
}

#[cfg(feature = "train")]
impl Trainer {
    /// A zero model.
    pub fn new(labels: usize, bits: u32, constraints: Constraints) -> Trainer {
        let rows = 1usize << bits;
        Trainer {
            labels,
            bits,
            w: vec![0.0; rows * labels],
            wa: vec![0.0; rows * labels],
            t: vec![0.0; (labels + 1) * labels],
            ta: vec![0.0; (labels + 1) * labels],
            step: 1.0,
            constraints,
        }
    }

    /// Table size mask.
    pub fn mask(&self) -> u32 {
        (1u32 << self.bits) - 1
    }

    /// Decodes with the current (non-averaged) weights.
    pub fn decode(&self, seq: &Sequence, scratch: &mut Scratch, out: &mut Vec<u8>) {
        let n = seq.len();
        let l = self.labels;
        out.clear();
        if n == 0 {
            return;
        }
        let mut emit = vec![0f32; n * l];
        for i in 0..n {
            for &f in seq.at(i) {
                let base = f as usize * l;
                for y in 0..l {
                    emit[i * l + y] += self.w[base + y];
                }
            }
        }
        viterbi(
            n,
            l,
            |i, y| emit[i * l + y],
            &self.t,
            &self.constraints,
            &mut scratch.score,
            &mut scratch.back,
            out,
        );
    }

    /// One perceptron step on `seq` with gold labels; returns the number of wrong positions.
    pub fn learn(
        &mut self,
        seq: &Sequence,
        gold: &[u8],
        scratch: &mut Scratch,
        pred: &mut Vec<u8>,
    ) -> usize {
        self.decode(seq, scratch, pred);
        let l = self.labels;
        let mut wrong = 0;
        let c = self.step;
        for i in 0..seq.len() {
            let (g, p) = (gold[i] as usize, pred[i] as usize);
            let gp = if i == 0 { l } else { gold[i - 1] as usize };
            let pp = if i == 0 { l } else { pred[i - 1] as usize };
            if g != p {
                wrong += 1;
                for &f in seq.at(i) {
                    let base = f as usize * l;
                    self.w[base + g] += 1.0;
                    self.wa[base + g] += c;
                    self.w[base + p] -= 1.0;
                    self.wa[base + p] -= c;
                }
            }
            if g != p || gp != pp {
                self.t[gp * l + g] += 1.0;
                self.ta[gp * l + g] += c;
                self.t[pp * l + p] -= 1.0;
                self.ta[pp * l + p] -= c;
            }
        }
        self.step += 1.0;
        wrong
    }

    /// Averaged, quantized model.
    pub fn finish(&self) -> LinearModel {
        Trainer::finish_mixed(&[self])
    }

    /// The mean of several trainers' averaged weights, quantized
    /// ("parameter mixing"): runs that saw the same data in other orders
    /// disagree on rare features, and their mean is steadier than any one.
    /// All trainers must share labels, bits and constraints.
    pub fn finish_mixed(trainers: &[&Trainer]) -> LinearModel {
        let first = &trainers[0];
        let k = trainers.len() as f32;
        let mut avg = vec![0f32; first.w.len()];
        let mut transitions = vec![0f32; first.t.len()];
        for tr in trainers {
            let c = tr.step;
            for (a, (w, wa)) in avg.iter_mut().zip(tr.w.iter().zip(&tr.wa)) {
                *a += w - wa / c;
            }
            for (a, (w, wa)) in transitions.iter_mut().zip(tr.t.iter().zip(&tr.ta)) {
                *a += w - wa / c;
            }
        }
        if trainers.len() > 1 {
            avg.iter_mut().for_each(|a| *a /= k);
            transitions.iter_mut().for_each(|a| *a /= k);
        }
        let max = avg.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
        let scale = max / 32767.0;
        let weights = avg
            .iter()
            .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect();
        LinearModel {
            labels: first.labels,
            bits: first.bits,
            scale,
            weights,
            transitions,
            constraints: first.constraints.clone(),
            label_bias: vec![0.0; first.labels],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraints_forbid_orphan_inside() {
        let c = Constraints::bio(5);
        let l = 5;
        assert!(!c.allowed[l * l + 2], "I-x cannot start a sequence");
        assert!(c.allowed[l * l + 1]);
        assert!(c.allowed[l + 2], "B-x → I-x");
        assert!(!c.allowed[3 * l + 2], "B-y → I-x");
        assert!(!c.allowed[4], "O → I-y");
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions favour I at position 0, but I cannot start.
        let c = Constraints::bio(3);
        let t = vec![0.0; 4 * 3];
        let emit = [[0.0, 1.0, 5.0], [0.0, 0.0, 5.0]];
        let (mut s, mut b, mut out) = (Vec::new(), Vec::new(), Vec::new());
        viterbi(2, 3, |i, y| emit[i][y], &t, &c, &mut s, &mut b, &mut out);
        assert_eq!(out, vec![1, 2]);
    }

    #[test]
    fn unrolled_emissions_match_the_generic_ones() {
        for l in [3usize, 5] {
            let bits = 4;
            let weights: Vec<i16> = (0..(1usize << bits) * l)
                .map(|k| (k as i16).wrapping_mul(4099).wrapping_sub(7000))
                .collect();
            let m = LinearModel {
                labels: l,
                bits,
                scale: 1.0,
                weights,
                transitions: vec![0.0; (l + 1) * l],
                constraints: Constraints::none(l),
                label_bias: vec![0.0; l],
            };
            let mut seq = Sequence::default();
            seq.clear();
            // Includes a repeated feature, the last row and an out-of-range id.
            for feats in [&[0u32, 15, 15][..], &[], &[3, 99, 7]] {
                seq.feats.extend_from_slice(feats);
                seq.end_position();
            }
            let (mut fixed, mut any) = (vec![0; 3 * l], vec![0; 3 * l]);
            match l {
                3 => m.emissions::<3>(&seq, &mut fixed),
                _ => m.emissions::<5>(&seq, &mut fixed),
            }
            m.emissions_any(&seq, &mut any);
            assert_eq!(fixed, any, "{l} labels");
            assert!(fixed.iter().any(|&v| v != 0));
        }
    }

    #[cfg(feature = "train")]
    #[test]
    fn mixed_weights_are_the_mean_of_the_runs() {
        let train = |order: &[usize]| {
            let items: [(&[u32], u8); 3] = [(&[1, 2], 1), (&[2, 3], 2), (&[3, 1], 0)];
            let mut t = Trainer::new(3, 4, Constraints::none(3));
            let (mut scratch, mut pred) = (Scratch::default(), Vec::new());
            for _ in 0..3 {
                for &k in order {
                    let mut seq = Sequence::default();
                    seq.clear();
                    seq.feats.extend_from_slice(items[k].0);
                    seq.end_position();
                    t.learn(&seq, &[items[k].1], &mut scratch, &mut pred);
                }
            }
            t
        };
        let (a, b) = (train(&[0, 1, 2]), train(&[2, 1, 0]));
        // One run mixed alone is that run.
        assert_eq!(Trainer::finish_mixed(&[&a]).weights, a.finish().weights);
        // Two runs: each real weight is the mean of theirs.
        let (ma, mb, mixed) = (a.finish(), b.finish(), Trainer::finish_mixed(&[&a, &b]));
        assert_ne!(
            ma.weights, mb.weights,
            "the orders must give different runs"
        );
        for i in 0..mixed.weights.len() {
            let real = |m: &LinearModel| f32::from(m.weights[i]) * m.scale;
            let mean = (real(&ma) + real(&mb)) / 2.0;
            assert!((real(&mixed) - mean).abs() <= ma.scale.max(mb.scale) + mixed.scale);
        }
    }

    /// The textbook recursion, skipping forbidden transitions.
    fn reference(n: usize, l: usize, emit: &[f32], t: &[f32], c: &Constraints) -> (f32, Vec<u8>) {
        let mut score = vec![f32::NEG_INFINITY; n * l];
        let mut back = vec![0u8; n * l];
        for y in 0..l {
            if c.allowed[l * l + y] {
                score[y] = t[l * l + y] + emit[y];
            }
        }
        for i in 1..n {
            for y in 0..l {
                let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
                for p in 0..l {
                    let s = score[(i - 1) * l + p] + t[p * l + y];
                    if c.allowed[p * l + y] && s > best {
                        (best, arg) = (s, p as u8);
                    }
                }
                if best > f32::NEG_INFINITY {
                    score[i * l + y] = best + emit[i * l + y];
                    back[i * l + y] = arg;
                }
            }
        }
        let (mut best, mut arg) = (f32::NEG_INFINITY, 0usize);
        for y in 0..l {
            if score[(n - 1) * l + y] > best {
                (best, arg) = (score[(n - 1) * l + y], y);
            }
        }
        let mut out = vec![0u8; n];
        out[n - 1] = arg as u8;
        for i in (1..n).rev() {
            out[i - 1] = back[i * l + out[i] as usize];
        }
        (best, out)
    }

    #[test]
    fn viterbi_matches_the_textbook_recursion() {
        // Pseudo-random scores with many ties (coarse values), for label
        // counts that use the folded mask (3, 5) and one that does not (9).
        let mut x = 12345u32;
        let mut next = || {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            ((x >> 16) % 7) as f32 - 3.0
        };
        for l in [3usize, 5, 9] {
            let c = Constraints::bio(l);
            for n in [1usize, 2, 7, 30] {
                let t: Vec<f32> = (0..(l + 1) * l).map(|_| next()).collect();
                let emit: Vec<f32> = (0..n * l).map(|_| next()).collect();
                let (mut s, mut b, mut out) = (Vec::new(), Vec::new(), Vec::new());
                let best = viterbi(
                    n,
                    l,
                    |i, y| emit[i * l + y],
                    &t,
                    &c,
                    &mut s,
                    &mut b,
                    &mut out,
                );
                let (want_best, want) = reference(n, l, &emit, &t, &c);
                assert_eq!((best, &out), (want_best, &want), "l={l} n={n}");
            }
        }
    }
}

//! A multiclass averaged perceptron over hashed features, with integer
//! weights for inference.
//!
//! This module knows nothing about words or tags: an *instance* is a slice of
//! feature rows (`u32`, each `< 2^bits`, typically from
//! [`hash::bucket`](crate::hash::bucket)) and a label id. It is meant to be
//! reused for any greedy sequence labeller (POS, NER, attribution spans...):
//!
//! ```
//! use ascribe_tagger::perceptron::{argmax, Scorer, Trainer};
//!
//! // Two labels, 2^4 feature rows. Feature 3 means label 1, feature 5 label 0.
//! let data = [(vec![3u32], 1u8), (vec![5], 0)];
//! let mut t = Trainer::new(2, 4);
//! let mut scores = vec![0i32; 2];
//! for _epoch in 0..3 {
//!     for (feats, gold) in &data {
//!         scores.fill(0);
//!         t.add_scores(feats, &mut scores);
//!         t.update(feats, *gold, argmax(&scores) as u8);
//!         t.tick();
//!     }
//! }
//! let w = t.quantize(0); // averaged, i16, keep every non-zero weight
//! scores.fill(0);
//! w.add_scores(&[3], &mut scores);
//! assert_eq!(argmax(&scores), 1);
//! ```
//!
//! Why averaged perceptron: it trains in seconds on one core, needs no
//! learning-rate tuning, and the averaged weights generalise about as well as
//! a CRF's for greedy tagging. Why hashed rows of per-label weights: scoring a
//! feature reads one contiguous row (one or two cache lines) and the inner
//! loop is a vectorisable `i16 -> i32` add. Why `i16`: the averaged weights
//! span a few hundred units at most, so 16 bits lose nothing measurable while
//! halving memory against `f32`.

/// Anything that adds per-label scores for a set of feature rows: the
/// trainer's live weights during training, [`Weights`] at inference.
pub trait Scorer {
    /// Number of labels (length of a row).
    fn num_labels(&self) -> usize;
    /// log2 of the number of rows.
    fn bits(&self) -> u32;
    /// Adds the weights of every row in `feats` to `scores`
    /// (`scores.len() == num_labels()`). Rows out of range are ignored.
    fn add_scores(&self, feats: &[u32], scores: &mut [i32]);
}

/// Index of the highest score; the lowest index wins ties, so decoding is
/// deterministic. Returns 0 for an empty slice.
#[inline]
pub fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    let mut best_score = i32::MIN;
    for (i, &s) in scores.iter().enumerate() {
        if s > best_score {
            best = i;
            best_score = s;
        }
    }
    best
}

/// Quantized weights: `2^bits` rows of `num_labels` `i16` values, dense in
/// memory; real weight = value × `scale`.
///
/// Immutable once built, so it can be shared between threads freely.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    bits: u32,
    num_labels: usize,
    scale: f32,
    data: Vec<i16>,
}

/// Largest supported `bits`: keeps a dense table addressable and sane.
pub const MAX_BITS: u32 = 26;

/// Largest supported table (`num_labels × 2^bits` weights, 256 MB), so a
/// corrupt or hostile header cannot make the loader allocate without bound.
pub const MAX_WEIGHTS: usize = 1 << 27;

impl Weights {
    /// All-zero weights. `bits` must be in `1..=MAX_BITS`, `num_labels`
    /// in `1..=256` and the table at most [`MAX_WEIGHTS`]; returns `None`
    /// otherwise.
    pub fn zeros(bits: u32, num_labels: usize, scale: f32) -> Option<Weights> {
        if !(1..=MAX_BITS).contains(&bits) || !(1..=256).contains(&num_labels) {
            return None;
        }
        let len = (1usize << bits).checked_mul(num_labels)?;
        if len > MAX_WEIGHTS {
            return None;
        }
        Some(Weights {
            bits,
            num_labels,
            scale,
            data: vec![0; len],
        })
    }

    /// Real value of one quantization step.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The row of `row` (all labels), or `None` when out of range.
    pub fn row(&self, row: u32) -> Option<&[i16]> {
        let start = (row as usize).checked_mul(self.num_labels)?;
        self.data.get(start..start + self.num_labels)
    }

    /// Mutable row, or `None` when out of range.
    pub fn row_mut(&mut self, row: u32) -> Option<&mut [i16]> {
        let start = (row as usize).checked_mul(self.num_labels)?;
        self.data.get_mut(start..start + self.num_labels)
    }

    /// Number of non-zero weights (what the file stores).
    pub fn nonzero(&self) -> usize {
        self.data.iter().filter(|&&w| w != 0).count()
    }

    /// Zeroes every weight whose magnitude is below `min_abs` (model size
    /// against accuracy; see the training binary's `--prune`).
    pub fn prune(&mut self, min_abs: i16) {
        for w in &mut self.data {
            if w.unsigned_abs() < min_abs.unsigned_abs() {
                *w = 0;
            }
        }
    }
}

impl Scorer for Weights {
    fn num_labels(&self) -> usize {
        self.num_labels
    }

    fn bits(&self) -> u32 {
        self.bits
    }

    #[inline]
    fn add_scores(&self, feats: &[u32], scores: &mut [i32]) {
        let n = self.num_labels;
        let scores = &mut scores[..n];
        for &f in feats {
            let start = f as usize * n;
            if let Some(row) = self.data.get(start..start + n) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
        }
    }
}

/// Online trainer for the averaged perceptron.
///
/// Keeps the current integer weights `w` and, for averaging without touching
/// every weight at every step (Daumé's trick), `u = Σ c·Δw` where `c` counts
/// instances; the average over all steps is then `w − u / c`. Everything is
/// integer until [`quantize`](Trainer::quantize), so training is exactly
/// reproducible.
#[derive(Debug, Clone)]
pub struct Trainer {
    bits: u32,
    num_labels: usize,
    w: Vec<i32>,
    u: Vec<i64>,
    c: i64,
}

impl Trainer {
    /// A zero model with `num_labels` labels and `2^bits` feature rows.
    ///
    /// Memory is `12 × num_labels × 2^bits` bytes (e.g. 140 MB for 45 labels
    /// and `bits = 18`).
    ///
    /// # Panics
    /// If `bits` is not in `1..=MAX_BITS` or `num_labels` not in `1..=256`
    /// (programming errors, not data errors).
    pub fn new(num_labels: usize, bits: u32) -> Trainer {
        assert!((1..=MAX_BITS).contains(&bits), "bits out of range: {bits}");
        assert!(
            (1..=256).contains(&num_labels),
            "bad label count {num_labels}"
        );
        let len = num_labels << bits;
        Trainer {
            bits,
            num_labels,
            w: vec![0; len],
            u: vec![0; len],
            c: 1,
        }
    }

    /// Perceptron update: `+1` on `gold`, `−1` on `guess` for every feature
    /// row. Does nothing when they are equal.
    pub fn update(&mut self, feats: &[u32], gold: u8, guess: u8) {
        if gold == guess {
            return;
        }
        let n = self.num_labels;
        let (g, p) = (usize::from(gold), usize::from(guess));
        if g >= n || p >= n {
            return;
        }
        for &f in feats {
            let base = f as usize * n;
            if base + n > self.w.len() {
                continue;
            }
            self.w[base + g] += 1;
            self.u[base + g] += self.c;
            self.w[base + p] -= 1;
            self.u[base + p] -= self.c;
        }
    }

    /// Marks the end of one instance (one token): advances the averaging
    /// clock. Call it after every instance, updated or not.
    pub fn tick(&mut self) {
        self.c += 1;
    }

    /// The averaged weights, quantized to `i16` with one scale for the whole
    /// table (the largest magnitude maps to ±32767). Weights that quantize to
    /// less than `min_abs` in magnitude are dropped (0 keeps all).
    pub fn quantize(&self, min_abs: i16) -> Weights {
        let c = self.c as f64;
        let avg = |k: usize| self.w[k] as f64 - self.u[k] as f64 / c;
        let max = (0..self.w.len())
            .map(|k| avg(k).abs())
            .fold(0.0f64, f64::max);
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let data = (0..self.w.len())
            .map(|k| {
                let q = (avg(k) / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q.unsigned_abs() < min_abs.unsigned_abs() {
                    0
                } else {
                    q
                }
            })
            .collect();
        Weights {
            bits: self.bits,
            num_labels: self.num_labels,
            scale: scale as f32,
            data,
        }
    }
}

impl Scorer for Trainer {
    fn num_labels(&self) -> usize {
        self.num_labels
    }

    fn bits(&self) -> u32 {
        self.bits
    }

    #[inline]
    fn add_scores(&self, feats: &[u32], scores: &mut [i32]) {
        let n = self.num_labels;
        let scores = &mut scores[..n];
        for &f in feats {
            let start = f as usize * n;
            if let Some(row) = self.w.get(start..start + n) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s = s.wrapping_add(w);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averaging_damps_late_flips() {
        let mut t = Trainer::new(2, 2);
        // 99 instances where feature 0 says label 0 (already right), then one
        // late update towards label 1.
        for _ in 0..99 {
            t.tick();
        }
        t.update(&[0], 1, 0);
        t.tick();
        let w = t.quantize(0);
        let row = w.row(0).unwrap_or(&[]);
        // The live weights favour label 1 by 2, the average only slightly.
        assert!(row[1] > row[0]);
        assert!(f32::from(row[1]) * w.scale() < 0.1);
    }

    #[test]
    fn out_of_range_rows_are_ignored() {
        let mut t = Trainer::new(3, 2);
        t.update(&[99], 0, 1);
        let w = t.quantize(0);
        let mut s = vec![0; 3];
        w.add_scores(&[99, 1], &mut s);
        assert_eq!(s, vec![0, 0, 0]);
        assert!(w.row(4).is_none());
        assert!(Weights::zeros(0, 3, 1.0).is_none());
        assert!(Weights::zeros(4, 0, 1.0).is_none());
    }

    #[test]
    fn argmax_prefers_lowest_on_ties() {
        assert_eq!(argmax(&[1, 3, 3]), 1);
        assert_eq!(argmax(&[]), 0);
        assert_eq!(argmax(&[i32::MIN, i32::MIN]), 0);
    }
}

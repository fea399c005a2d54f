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
//! To ship such a model, wrap the [`Weights`] in a
//! [`format::Model`](crate::format::Model) with your own `kind` string and
//! label names: you get the versioned, checksummed file for free.
//!
//! Why averaged perceptron: it trains in seconds on one core, needs no
//! learning-rate tuning, and the averaged weights generalise about as well as
//! a CRF's for greedy tagging. Why hashed feature rows of per-label weights:
//! no feature dictionary to store or look up, and a row holds every label's
//! weight for one feature. Why `i16` with one scale per table: measured on
//! both taggers, it changes dev accuracy by less than 0.03 points against
//! float weights (the trainer prints this), at a quarter of `f64`'s size.

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

    /// Scores many instances at once: `feats` holds `per_item` rows for
    /// each, `scores` `num_labels()` values for each. Same result as calling
    /// [`add_scores`](Scorer::add_scores) per instance; implementations may
    /// be faster (see [`Weights`]). `ranges` is scratch space.
    fn add_scores_batch(
        &self,
        feats: &[u32],
        per_item: usize,
        ranges: &mut Vec<(u32, u32)>,
        scores: &mut [i32],
    ) {
        let _ = ranges;
        let n = self.num_labels();
        for (f, s) in feats.chunks(per_item.max(1)).zip(scores.chunks_mut(n)) {
            self.add_scores(f, s);
        }
    }

    /// Loads the rows of `feats` into cache and nothing else: a hint that
    /// they are about to be scored. Never changes a score. `ranges` is
    /// scratch space.
    fn touch(&self, feats: &[u32], ranges: &mut Vec<(u32, u32)>) {
        let _ = (feats, ranges);
    }
}

/// The label of each word as its tag-independent scores alone pick it (the
/// lexicon's when it has one): what the left-to-right pass will mostly
/// choose. `static_scores` holds one chunk of `labels` scores per word
/// without a lexicon label, in order.
pub(crate) fn guess_labels(
    fixed: &[Option<u8>],
    static_scores: &[i32],
    labels: usize,
    out: &mut Vec<u8>,
) {
    out.clear();
    let mut scored = static_scores.chunks_exact(labels.max(1));
    out.extend(fixed.iter().map(|f| match f {
        Some(t) => *t,
        None => scored.next().map_or(0, |st| argmax(st) as u8),
    }));
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

/// Quantized weights: `2^bits` feature rows of `num_labels` `i16` values,
/// real weight = value × `scale`.
///
/// Stored sparse (compressed rows): a row offset per feature row plus the
/// non-zero `(label, value)` pairs packed in one `u32` each. A perceptron
/// row has only the few labels it ever confused, so this is ~10× smaller
/// than a dense table, and, what matters more, small enough to stay in
/// cache: the tagger is bound by memory latency, not arithmetic (with a
/// dense 24 MB POS table it ran about half as fast). Immutable once built, so it can be shared
/// between threads freely.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    bits: u32,
    num_labels: usize,
    scale: f32,
    /// `offsets[r]..offsets[r + 1]` are row `r`'s entries; `2^bits + 1` long.
    offsets: Vec<u32>,
    /// `label | (value as u16) << 16`, labels increasing within a row.
    entries: Vec<u32>,
}

/// Largest supported `bits`: keeps the row index addressable and sane.
pub const MAX_BITS: u32 = 26;

/// Largest number of stored weights, so a corrupt or hostile header cannot
/// make the loader allocate without bound.
pub const MAX_WEIGHTS: usize = 1 << 28;

#[inline(always)]
fn pack(label: u8, value: i16) -> u32 {
    u32::from(label) | (u32::from(value as u16) << 16)
}

#[inline(always)]
fn unpack(e: u32) -> (usize, i16) {
    ((e & 0xff) as usize, (e >> 16) as u16 as i16)
}

impl Weights {
    /// Number of non-zero weights (what the file stores).
    pub fn nonzero(&self) -> usize {
        self.entries.len()
    }

    /// Real value of one quantization step.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The non-zero `(label, value)` pairs of `row`, labels increasing
    /// (empty when out of range).
    pub fn row(&self, row: u32) -> impl Iterator<Item = (u8, i16)> + '_ {
        let r = row as usize;
        let (s, e) = match (self.offsets.get(r), self.offsets.get(r + 1)) {
            (Some(&s), Some(&e)) => (s as usize, e as usize),
            _ => (0, 0),
        };
        self.entries[s..e].iter().map(|&x| {
            let (l, v) = unpack(x);
            (l as u8, v)
        })
    }

    /// Rows with at least one non-zero weight, increasing.
    pub fn nonempty_rows(&self) -> impl Iterator<Item = u32> + '_ {
        self.offsets
            .windows(2)
            .enumerate()
            .filter(|(_, w)| w[0] < w[1])
            .map(|(r, _)| r as u32)
    }

    /// Value of one weight (0 when absent or out of range).
    pub fn get(&self, row: u32, label: u8) -> i16 {
        self.row(row)
            .find(|&(l, _)| l == label)
            .map_or(0, |(_, v)| v)
    }
}

/// Builds [`Weights`] row by row, in increasing row order, validating as it
/// goes (used by the trainer and the file reader).
#[derive(Debug)]
pub struct WeightsBuilder {
    w: Weights,
    /// Next row that may be started.
    next_row: usize,
    /// Smallest label allowed next within the current row.
    next_label: usize,
}

/// Why [`WeightsBuilder`] refused a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildError {
    /// `bits` or `num_labels` out of range.
    Shape,
    /// A row before one already written, or past the table.
    RowOrder,
    /// A label out of range or not increasing within its row.
    LabelOrder,
    /// A zero value (only non-zeros are stored) or too many weights.
    Value,
}

impl WeightsBuilder {
    /// An empty table. `bits` must be in `1..=MAX_BITS` and `num_labels` in
    /// `1..=256`.
    pub fn new(bits: u32, num_labels: usize, scale: f32) -> Result<WeightsBuilder, BuildError> {
        if !(1..=MAX_BITS).contains(&bits) || !(1..=256).contains(&num_labels) {
            return Err(BuildError::Shape);
        }
        Ok(WeightsBuilder {
            w: Weights {
                bits,
                num_labels,
                scale,
                offsets: Vec::with_capacity((1 << bits) + 1),
                entries: Vec::new(),
            },
            next_row: 0,
            next_label: 0,
        })
    }

    /// Starts `row` (rows in between stay empty).
    #[inline]
    pub fn start_row(&mut self, row: u32) -> Result<(), BuildError> {
        let r = row as usize;
        if r < self.next_row || r >= 1 << self.w.bits {
            return Err(BuildError::RowOrder);
        }
        let here = self.w.entries.len() as u32;
        self.w.offsets.resize(r + 1, here);
        self.next_row = r + 1;
        self.next_label = 0;
        Ok(())
    }

    /// Adds a non-zero weight to the current row.
    #[inline]
    pub fn push(&mut self, label: u8, value: i16) -> Result<(), BuildError> {
        let l = usize::from(label);
        if self.next_row == 0 || l < self.next_label || l >= self.w.num_labels {
            return Err(BuildError::LabelOrder);
        }
        if value == 0 || self.w.entries.len() >= MAX_WEIGHTS {
            return Err(BuildError::Value);
        }
        self.w.entries.push(pack(label, value));
        self.next_label = l + 1;
        Ok(())
    }

    /// The finished table.
    pub fn finish(mut self) -> Weights {
        let here = self.w.entries.len() as u32;
        self.w.offsets.resize((1 << self.w.bits) + 1, here);
        self.w
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
        let mut acc = Accumulator::load(scores);
        for &f in feats {
            let r = f as usize;
            let (Some(&s), Some(&e)) = (self.offsets.get(r), self.offsets.get(r + 1)) else {
                continue;
            };
            acc.add(self.entries.get(s as usize..e as usize).unwrap_or(&[]));
        }
        acc.store(scores);
    }

    /// Looks up every row's range first, then adds: each phase is a tight
    /// loop of independent loads, so the CPU keeps many cache misses in
    /// flight instead of waiting for them one feature at a time. This is
    /// what makes whole-sentence scoring of the tag-independent features
    /// ~2× faster than per-token scoring.
    fn add_scores_batch(
        &self,
        feats: &[u32],
        per_item: usize,
        ranges: &mut Vec<(u32, u32)>,
        scores: &mut [i32],
    ) {
        // Row bounds, then the first entry of every row: branch-free loops
        // of independent loads that pull the rows into cache in parallel, so
        // the scatter loop below (whose variable-length inner loop keeps
        // the CPU from running far ahead) mostly hits.
        self.touch_rows(feats, ranges);
        let n = self.num_labels;
        let mut acc = Accumulator::default();
        for (rs, sc) in ranges.chunks(per_item.max(1)).zip(scores.chunks_mut(n)) {
            acc.reload(sc);
            for &(s, e) in rs {
                acc.add(self.entries.get(s as usize..e as usize).unwrap_or(&[]));
            }
            acc.store(sc);
        }
    }

    fn touch(&self, feats: &[u32], ranges: &mut Vec<(u32, u32)>) {
        self.touch_rows(feats, ranges);
    }
}

impl Weights {
    /// [`Scorer::touch`] for these weights (also reachable without the trait).
    fn touch_rows(&self, feats: &[u32], ranges: &mut Vec<(u32, u32)>) {
        // Two independent-load loops: the offsets, then the first entry of
        // every row (also the first phase of the batch scorer).
        ranges.clear();
        ranges.extend(feats.iter().map(|&f| {
            let r = f as usize;
            match self.offsets.get(r..r + 2) {
                Some(&[s, e]) => (s, e),
                _ => (0, 0),
            }
        }));
        let mut touch = 0u32;
        for &(s, _) in ranges.iter() {
            touch ^= self.entries.get(s as usize).copied().unwrap_or(0);
        }
        std::hint::black_box(touch);
    }
}

/// Scores of one instance in a 256-slot array, so a packed entry's label
/// byte indexes it with no bounds check in the innermost loop (a checked
/// `get_mut` there cost about as much as the addition itself).
///
/// Only the first `scores.len()` slots go back to the caller; labels are
/// below `num_labels` by construction ([`WeightsBuilder::push`]), so with
/// `scores.len() == num_labels` no weight is dropped, and with a shorter
/// slice the same weights are dropped as before.
struct Accumulator([i32; 256]);

impl Default for Accumulator {
    fn default() -> Accumulator {
        Accumulator([0; 256])
    }
}

impl Accumulator {
    #[inline(always)]
    fn load(scores: &[i32]) -> Accumulator {
        let mut acc = Accumulator::default();
        acc.reload(scores);
        acc
    }

    /// Starts an instance from `scores`. Slots past them keep whatever the
    /// previous instance left: they are never stored back.
    #[inline(always)]
    fn reload(&mut self, scores: &[i32]) {
        let k = scores.len().min(256);
        self.0[..k].copy_from_slice(&scores[..k]);
    }

    #[inline(always)]
    fn add(&mut self, entries: &[u32]) {
        for &x in entries {
            // The high half is the `i16` value: an arithmetic shift
            // sign-extends it, as `unpack` would.
            self.0[(x & 0xff) as usize] += (x as i32) >> 16;
        }
    }

    #[inline(always)]
    fn store(&self, scores: &mut [i32]) {
        let k = scores.len().min(256);
        scores[..k].copy_from_slice(&self.0[..k]);
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
        let n = self.num_labels;
        let mut b = WeightsBuilder::new(self.bits, n, scale as f32)
            .unwrap_or_else(|_| unreachable!("shape checked in Trainer::new"));
        let mut row_started;
        for r in 0..1usize << self.bits {
            row_started = false;
            for l in 0..n {
                let q = (avg(r * n + l) / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 && q.unsigned_abs() >= min_abs.unsigned_abs() {
                    if !row_started {
                        let _ = b.start_row(r as u32);
                        row_started = true;
                    }
                    let _ = b.push(l as u8, q);
                }
            }
        }
        b.finish()
    }
}

/// Averaged weights at near-float precision (dense `i32`, the largest
/// magnitude at 2^24), to measure what the `i16` quantization of
/// [`Trainer::quantize`] costs. Large; for diagnostics, not for shipping.
#[derive(Debug, Clone)]
pub struct FineWeights {
    bits: u32,
    num_labels: usize,
    data: Vec<i32>,
}

impl Trainer {
    /// The averaged weights as [`FineWeights`]. Scores stay below 2^31 for
    /// up to 127 features per instance.
    pub fn averaged_fine(&self) -> FineWeights {
        let c = self.c as f64;
        let avg = |k: usize| self.w[k] as f64 - self.u[k] as f64 / c;
        let max = (0..self.w.len())
            .map(|k| avg(k).abs())
            .fold(0.0f64, f64::max);
        let scale = if max > 0.0 {
            max / f64::from(1 << 24)
        } else {
            1.0
        };
        FineWeights {
            bits: self.bits,
            num_labels: self.num_labels,
            data: (0..self.w.len())
                .map(|k| (avg(k) / scale).round() as i32)
                .collect(),
        }
    }
}

impl Scorer for FineWeights {
    fn num_labels(&self) -> usize {
        self.num_labels
    }

    fn bits(&self) -> u32 {
        self.bits
    }

    fn add_scores(&self, feats: &[u32], scores: &mut [i32]) {
        let n = self.num_labels;
        for &f in feats {
            let start = f as usize * n;
            if let Some(row) = self.data.get(start..start + n) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s = s.wrapping_add(w);
                }
            }
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
    fn guesses_take_the_lexicon_or_the_best_static_score() {
        // Three labels; words 0 and 2 are scored, word 1 is in the lexicon.
        let fixed = [None, Some(2u8), None, None];
        let scores = [1, 5, 3, /* word 2 */ 7, 7, 0];
        let mut out = vec![9; 10];
        guess_labels(&fixed, &scores, 3, &mut out);
        // The scores ran out before word 3: it gets label 0.
        assert_eq!(out, vec![1, 2, 0, 0]);
    }

    #[test]
    fn touching_rows_changes_no_score() {
        let mut t = Trainer::new(3, 4);
        t.update(&[1, 2, 9], 2, 0);
        t.tick();
        let w = t.quantize(0);
        let mut ranges = Vec::new();
        let mut before = vec![0i32; 3];
        w.add_scores(&[1, 2, 9, 15], &mut before);
        w.touch(&[1, 2, 9, 15, 999], &mut ranges);
        let mut after = vec![0i32; 3];
        w.add_scores(&[1, 2, 9, 15], &mut after);
        assert_eq!(before, after);
        assert!(before[2] > 0 && before[0] < 0, "{before:?}");
    }

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
        // The live weights favour label 1 by 2, the average only slightly.
        assert!(w.get(0, 1) > w.get(0, 0));
        assert!(f32::from(w.get(0, 1)) * w.scale() < 0.1);
    }

    #[test]
    fn out_of_range_rows_are_ignored() {
        let mut t = Trainer::new(3, 2);
        t.update(&[99], 0, 1);
        let w = t.quantize(0);
        let mut s = vec![0; 3];
        w.add_scores(&[99, 1], &mut s);
        assert_eq!(s, vec![0, 0, 0]);
        assert_eq!(w.row(4).count(), 0);
        assert!(WeightsBuilder::new(0, 3, 1.0).is_err());
        assert!(WeightsBuilder::new(4, 0, 1.0).is_err());
    }

    #[test]
    fn builder_enforces_order() {
        let mut b = WeightsBuilder::new(3, 4, 1.0).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(b.push(0, 1), Err(BuildError::LabelOrder)); // no row yet
        assert_eq!(b.start_row(2), Ok(()));
        assert_eq!(b.push(1, 5), Ok(()));
        assert_eq!(b.push(1, 5), Err(BuildError::LabelOrder));
        assert_eq!(b.push(3, 0), Err(BuildError::Value));
        assert_eq!(b.push(4, 1), Err(BuildError::LabelOrder));
        assert_eq!(b.start_row(2), Err(BuildError::RowOrder));
        assert_eq!(b.start_row(8), Err(BuildError::RowOrder));
        assert_eq!(b.start_row(7), Ok(()));
        assert_eq!(b.push(0, -3), Ok(()));
        let w = b.finish();
        assert_eq!(w.nonzero(), 2);
        assert_eq!(w.get(2, 1), 5);
        assert_eq!(w.get(7, 0), -3);
        assert_eq!(w.get(3, 1), 0);
        let mut s = vec![0; 4];
        w.add_scores(&[2, 7, 2], &mut s);
        assert_eq!(s, vec![-3, 10, 0, 0]);
    }

    #[test]
    fn batch_scoring_matches_one_instance_at_a_time() {
        // Extreme values and rows reused across instances: the batch path
        // (one accumulator carried across instances) must add exactly what
        // per-instance scoring adds.
        let mut b = WeightsBuilder::new(4, 3, 1.0).unwrap_or_else(|e| panic!("{e:?}"));
        for (row, entries) in [
            (1u32, &[(0u8, i16::MIN), (2, 7)][..]),
            (5, &[(1, i16::MAX)]),
        ] {
            assert_eq!(b.start_row(row), Ok(()));
            for &(l, v) in entries {
                assert_eq!(b.push(l, v), Ok(()));
            }
        }
        let w = b.finish();
        let feats = [1u32, 5, 5, 99, 1, 1, 5, 0, 1];
        let mut batch = vec![0i32; 9];
        let mut ranges = Vec::new();
        w.add_scores_batch(&feats, 3, &mut ranges, &mut batch);
        let mut single = vec![0i32; 9];
        for (f, s) in feats.chunks(3).zip(single.chunks_mut(3)) {
            w.add_scores(f, s);
        }
        assert_eq!(batch, single);
        assert_eq!(&batch[..3], &[-32768, 65534, 7]);
        // A scores slice shorter than the labels drops the weights past it.
        let mut short = vec![0i32; 2];
        w.add_scores(&[1, 5], &mut short);
        assert_eq!(short, vec![-32768, 32767]);
    }

    #[test]
    fn argmax_prefers_lowest_on_ties() {
        assert_eq!(argmax(&[1, 3, 3]), 1);
        assert_eq!(argmax(&[]), 0);
        assert_eq!(argmax(&[i32::MIN, i32::MIN]), 0);
    }
}

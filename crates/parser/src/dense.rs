//! The label table in the layout inference wants: every row of the sparse
//! [`Weights`] expanded to all labels, in blocks of sixteen `i8`.
//!
//! An arc's label is scored from 18 rows, and the rows that arcs actually
//! hit are the frequent features, which carry a weight for nearly every
//! label. Expanded, a row is a few fixed-width vector additions instead of
//! a loop over `(label, value)` pairs.
//!
//! The weights are requantized from the file's `i16` to `i8` at load (see
//! [`to_i8`]): the table is bound by memory, not arithmetic, and 48 bytes a
//! row instead of 80 is what it costs. Measured on the silver dev set, LAS
//! moved by 0.01 (81.98 → 81.99; `i8` transitions as well: 81.95).

use ascribe_tagger::perceptron::{Scorer, Weights};

/// Labels per block.
const LANES: usize = 16;
/// Most labels a table may have (the parser format allows 64).
pub(crate) const MAX_LABELS: usize = 64;
/// Largest label table accepted: rows are dense in memory, so 2^20 rows of
/// 64 labels are already 128 MB.
pub(crate) const MAX_LABEL_BITS: u32 = 20;
/// Most rows summed in `i16` before widening (`I16_ROWS × 128 < 2^15`).
const I16_ROWS: usize = 255;
/// Blocks of a full score vector.
const MAX_BLOCKS: usize = MAX_LABELS / LANES;

/// A row of scores, one `i32` per label, padded to whole blocks.
pub(crate) type Scores = [[i32; LANES]; MAX_BLOCKS];

/// Dense rows of label weights behind a row index.
#[derive(Clone)]
pub(crate) struct LabelTable {
    bits: u32,
    /// Blocks per row: `ceil(labels / LANES)`.
    blocks: usize,
    /// Row `r`'s blocks are `data[r * blocks..(r + 1) * blocks]`. Nearly
    /// every row of a trained table is non-empty (65,045 of 65,536 in the
    /// committed model), so rows are stored in place: no index to load
    /// before the row itself.
    data: Vec<[i8; LANES]>,
    nonzero: usize,
}

impl LabelTable {
    /// Expands `w`; `None` when it has more than [`MAX_LABELS`] labels or
    /// more than `2^MAX_LABEL_BITS` rows.
    pub(crate) fn new(w: &Weights) -> Option<LabelTable> {
        let labels = w.num_labels();
        if labels > MAX_LABELS || w.bits() > MAX_LABEL_BITS {
            return None;
        }
        let blocks = labels.div_ceil(LANES).max(1);
        let bits = w.bits();
        let max = max_abs(w);
        let mut data = vec![[0i8; LANES]; blocks << bits];
        for r in w.nonempty_rows() {
            let at = r as usize * blocks;
            for (label, v) in w.row(r) {
                let l = usize::from(label);
                if let Some(x) = data
                    .get_mut(at + l / LANES)
                    .and_then(|b| b.get_mut(l % LANES))
                {
                    *x = to_i8(v, max);
                }
            }
        }
        Some(LabelTable {
            bits,
            blocks,
            data,
            nonzero: w.nonzero(),
        })
    }

    /// log2 of the number of rows.
    pub(crate) fn bits(&self) -> u32 {
        self.bits
    }

    /// Number of non-zero weights of the sparse table.
    pub(crate) fn nonzero(&self) -> usize {
        self.nonzero
    }

    /// Sets `scores` to the sum of `rows` (rows out of range add nothing), in
    /// the units of [`to_i8`]. Only the first `labels` entries are
    /// meaningful; the padding stays zero.
    #[inline]
    pub(crate) fn scores(&self, rows: &[u32], scores: &mut Scores) {
        *scores = [[0; LANES]; MAX_BLOCKS];
        let nb = self.blocks;
        // Touch the first and last byte of every row first: a short loop of
        // independent loads that puts all the rows' cache misses in flight
        // at once. The summing loop below is long enough per row that the
        // CPU would otherwise only reach a few rows ahead.
        let mut touch = 0i8;
        for &r in rows {
            let at = r as usize * nb;
            if let (Some(a), Some(b)) = (self.data.get(at), self.data.get(at + nb - 1)) {
                touch ^= a[0] ^ b[LANES - 1];
            }
        }
        std::hint::black_box(touch);
        // Summed in `i16` lanes, widened once per chunk: twice the lanes per
        // vector addition and half the widening work of `i32` lanes. A chunk
        // of at most `I16_ROWS` rows cannot overflow.
        for chunk in rows.chunks(I16_ROWS) {
            let mut acc16 = [[0i16; LANES]; MAX_BLOCKS];
            for &r in chunk {
                let at = r as usize * nb;
                let Some(row) = self.data.get(at..at + nb) else {
                    continue;
                };
                for (acc, block) in acc16.iter_mut().zip(row) {
                    for k in 0..LANES {
                        acc[k] += i16::from(block[k]);
                    }
                }
            }
            for (acc, part) in scores.iter_mut().zip(&acc16) {
                for k in 0..LANES {
                    acc[k] += i32::from(part[k]);
                }
            }
        }
    }
}

/// Largest absolute weight of `w` (at least 1).
pub(crate) fn max_abs(w: &Weights) -> i32 {
    w.nonempty_rows()
        .flat_map(|r| w.row(r))
        .map(|(_, v)| i32::from(v).abs())
        .max()
        .unwrap_or(0)
        .max(1)
}

/// `v` on a scale where `max` (the table's largest absolute weight) is 127,
/// rounded to nearest, halves away from zero.
///
/// The trained tables' `i16` scale is set by their largest weight too, and
/// their weights are broad (median about 1/50 of the maximum): measured,
/// this rounding changes dev UAS / LAS by at most 0.03, while clipping the
/// largest weights to get finer steps costs points (clip at 8,000: −3 UAS).
pub(crate) fn to_i8(v: i16, max: i32) -> i8 {
    let max = max.max(1);
    let q = (2 * 127 * i32::from(v).abs() + max) / (2 * max);
    (q.min(127) * i32::from(v).signum()) as i8
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe_tagger::perceptron::WeightsBuilder;

    #[test]
    fn dense_scores_equal_sparse_scores() {
        // 19 labels: two blocks, the last one mostly padding.
        let labels = 19;
        let mut b = WeightsBuilder::new(6, labels, 1.0).unwrap_or_else(|e| panic!("{e:?}"));
        let mut x = 7i32;
        for r in [0u32, 3, 4, 40, 63] {
            assert_eq!(b.start_row(r), Ok(()));
            for l in (0..labels as u8).filter(|l| (u32::from(*l) + r) % 3 != 1) {
                x = (x * 1103 + 12345) % 65521;
                let v = (x - 32760).clamp(-32767, 32767) as i16;
                if v != 0 {
                    assert_eq!(b.push(l, v), Ok(()));
                }
            }
        }
        let w = b.finish();
        let t = LabelTable::new(&w).unwrap_or_else(|| panic!("fits"));
        assert_eq!(t.nonzero(), w.nonzero());
        let max = max_abs(&w);
        for rows in [&[0u32, 3, 3, 63][..], &[1, 2], &[40, 4, 999, 0], &[]] {
            // The sparse sums of the requantized weights.
            let mut sparse = vec![0i32; labels];
            for &r in rows.iter().filter(|&&r| r < 64) {
                for (l, v) in w.row(r) {
                    sparse[usize::from(l)] += i32::from(to_i8(v, max));
                }
            }
            let mut dense = [[0; LANES]; MAX_BLOCKS];
            t.scores(rows, &mut dense);
            let flat: Vec<i32> = dense.iter().flatten().copied().collect();
            assert_eq!(&flat[..labels], &sparse[..], "{rows:?}");
            assert!(flat[labels..].iter().all(|&v| v == 0));
        }
    }

    #[test]
    fn long_row_lists_do_not_overflow_the_narrow_sums() {
        // Every weight at the extreme: 600 rows need three i16 chunks.
        let mut b = WeightsBuilder::new(2, 3, 1.0).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(b.start_row(1), Ok(()));
        for l in 0..3u8 {
            assert_eq!(b.push(l, if l == 1 { -100 } else { 100 }), Ok(()));
        }
        let t = LabelTable::new(&b.finish()).unwrap_or_else(|| panic!("fits"));
        let mut scores = [[0; LANES]; MAX_BLOCKS];
        t.scores(&[1u32; 600], &mut scores);
        assert_eq!(&scores[0][..3], &[600 * 127, -600 * 127, 600 * 127]);
    }

    #[test]
    fn requantized_weights_round_to_nearest_and_keep_their_order() {
        let max = 32767;
        assert_eq!(to_i8(32767, max), 127);
        assert_eq!(to_i8(-32767, max), -127);
        assert_eq!(to_i8(0, max), 0);
        // One step is 32767 / 127 ≈ 258.0: below half a step is zero.
        assert_eq!(to_i8(128, max), 0);
        assert_eq!(to_i8(130, max), 1);
        assert_eq!(to_i8(-130, max), -1);
        // A table whose largest weight is small still spans the range.
        assert_eq!(to_i8(5, 5), 127);
        assert_eq!(to_i8(-5, 5), -127);
        // Monotonic, and the max never overflows, even if it is wrong.
        let all: Vec<i8> = (i16::MIN + 1..=i16::MAX).map(|v| to_i8(v, max)).collect();
        assert!(all.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(to_i8(i16::MIN, 1), -127);
        assert_eq!(to_i8(100, 0), 127);
    }

    #[test]
    fn too_many_labels_are_refused() {
        let w = WeightsBuilder::new(2, MAX_LABELS + 1, 1.0)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .finish();
        assert!(LabelTable::new(&w).is_none());
    }

    #[test]
    fn too_many_rows_are_refused() {
        // Dense rows: a hostile header must not make the loader allocate gigabytes.
        let w = WeightsBuilder::new(MAX_LABEL_BITS + 1, 2, 1.0)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .finish();
        assert!(LabelTable::new(&w).is_none());
        let w = WeightsBuilder::new(MAX_LABEL_BITS, 2, 1.0)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .finish();
        assert!(LabelTable::new(&w).is_some());
    }
}

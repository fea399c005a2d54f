//! The label table in the layout inference wants: every non-empty row of
//! the sparse [`Weights`] expanded to all labels, in blocks of eight `i16`.
//!
//! An arc's label is scored from 18 rows, and the rows that arcs actually
//! hit are the frequent features, which carry a weight for nearly every
//! label. Expanded, a row is a few fixed-width vector additions instead of
//! a loop over `(label, value)` pairs, and (at two bytes a weight instead
//! of four) no bigger in memory for such rows. Sums are the same integers,
//! so the chosen labels are exactly those of the sparse table.

use ascribe_tagger::perceptron::{Scorer, Weights};

/// Labels per block.
const LANES: usize = 8;
/// Most labels a table may have (the parser format allows 64).
pub(crate) const MAX_LABELS: usize = 64;
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
    /// Row `r`'s blocks start at `slot[r] * blocks`; `u32::MAX` when empty.
    slot: Vec<u32>,
    data: Vec<[i16; LANES]>,
    nonzero: usize,
}

impl LabelTable {
    /// Expands `w`; `None` when it has more than [`MAX_LABELS`] labels.
    pub(crate) fn new(w: &Weights) -> Option<LabelTable> {
        let labels = w.num_labels();
        if labels > MAX_LABELS {
            return None;
        }
        let blocks = labels.div_ceil(LANES).max(1);
        let bits = w.bits();
        let mut slot = vec![u32::MAX; 1usize << bits];
        let mut data = Vec::new();
        for (k, r) in w.nonempty_rows().enumerate() {
            let at = data.len();
            data.resize(at + blocks, [0i16; LANES]);
            for (label, v) in w.row(r) {
                let l = usize::from(label);
                if let Some(x) = data
                    .get_mut(at + l / LANES)
                    .and_then(|b| b.get_mut(l % LANES))
                {
                    *x = v;
                }
            }
            if let Some(s) = slot.get_mut(r as usize) {
                *s = k as u32;
            }
        }
        Some(LabelTable {
            bits,
            blocks,
            slot,
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

    /// Sets `scores` to the sum of `rows` (rows out of range or empty add
    /// nothing). Only the first `labels` entries are meaningful; the
    /// padding stays zero.
    #[inline]
    pub(crate) fn scores(&self, rows: &[u32], scores: &mut Scores) {
        *scores = [[0; LANES]; MAX_BLOCKS];
        let nb = self.blocks;
        for &r in rows {
            let Some(&s) = self.slot.get(r as usize) else {
                continue;
            };
            let at = s as usize * nb;
            let Some(row) = self.data.get(at..at + nb) else {
                continue;
            };
            for (acc, block) in scores.iter_mut().zip(row) {
                for k in 0..LANES {
                    acc[k] += i32::from(block[k]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe_tagger::perceptron::WeightsBuilder;

    #[test]
    fn dense_scores_equal_sparse_scores() {
        // 19 labels: three blocks, the last one partly padding.
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
        for rows in [&[0u32, 3, 3, 63][..], &[1, 2], &[40, 4, 999, 0], &[]] {
            let mut sparse = vec![0i32; labels];
            w.add_scores(rows, &mut sparse);
            let mut dense = [[0; LANES]; MAX_BLOCKS];
            t.scores(rows, &mut dense);
            let flat: Vec<i32> = dense.iter().flatten().copied().collect();
            assert_eq!(&flat[..labels], &sparse[..], "{rows:?}");
            assert!(flat[labels..].iter().all(|&v| v == 0));
        }
    }

    #[test]
    fn too_many_labels_are_refused() {
        let w = WeightsBuilder::new(2, MAX_LABELS + 1, 1.0)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .finish();
        assert!(LabelTable::new(&w).is_none());
    }
}

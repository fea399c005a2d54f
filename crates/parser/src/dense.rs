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
/// Largest label table accepted: rows are dense in memory, so 2^20 rows of
/// 64 labels are already 128 MB.
pub(crate) const MAX_LABEL_BITS: u32 = 20;
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
    data: Vec<[i16; LANES]>,
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
        let mut data = vec![[0i16; LANES]; blocks << bits];
        for r in w.nonempty_rows() {
            let at = r as usize * blocks;
            for (label, v) in w.row(r) {
                let l = usize::from(label);
                if let Some(x) = data
                    .get_mut(at + l / LANES)
                    .and_then(|b| b.get_mut(l % LANES))
                {
                    *x = v;
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

    /// Sets `scores` to the sum of `rows` (rows out of range add nothing).
    /// Only the first `labels` entries are meaningful; the
    /// padding stays zero.
    #[inline]
    pub(crate) fn scores(&self, rows: &[u32], scores: &mut Scores) {
        *scores = [[0; LANES]; MAX_BLOCKS];
        let nb = self.blocks;
        for &r in rows {
            let at = r as usize * nb;
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

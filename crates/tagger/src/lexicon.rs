//! Words whose tag is decided without scoring.
//!
//! The POS tagger's training keeps frequent words that (almost) always get
//! the same tag ("the" DT, "," `,`, "of" IN...). They make up about half of
//! news text, so looking them up instead of scoring ~28 features is the
//! single biggest speed-up, at no measurable accuracy cost (see the
//! training thresholds in `train`). The tagger treats them the same way in
//! training and in use, so the history features stay consistent.
//!
//! Lookup is by the word hash [`WordInfo::word`](crate::features::WordInfo)
//! that tagging computes anyway, in an open-addressing table holding the
//! full 64-bit hash (a false match needs a 64-bit collision).

use crate::features::word_hash;

/// Marks an empty slot.
const EMPTY: u16 = u16::MAX;

/// Immutable hash table from word hash to label id.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    slots: Vec<(u64, u16)>,
    len: usize,
}

impl Lexicon {
    /// A table of `(word, label)` pairs; later duplicates win.
    pub fn new(entries: &[(String, u8)]) -> Lexicon {
        if entries.is_empty() {
            return Lexicon::default();
        }
        // Load factor at most 1/2 keeps probe sequences short.
        let cap = (entries.len() * 2).next_power_of_two();
        let mut slots = vec![(0u64, EMPTY); cap];
        let mut len = 0;
        for (word, label) in entries {
            let h = word_hash(word);
            let mut i = slot(h, cap);
            loop {
                if slots[i].1 == EMPTY {
                    slots[i] = (h, u16::from(*label));
                    len += 1;
                    break;
                }
                if slots[i].0 == h {
                    slots[i].1 = u16::from(*label);
                    break;
                }
                i = (i + 1) & (cap - 1);
            }
        }
        Lexicon { slots, len }
    }

    /// Label of the word whose [`word_hash`] is `h`.
    #[inline]
    pub fn get(&self, h: u64) -> Option<u8> {
        let cap = self.slots.len();
        if cap == 0 {
            return None;
        }
        let mut i = slot(h, cap);
        loop {
            let (k, v) = self.slots[i];
            if v == EMPTY {
                return None;
            }
            if k == h {
                return u8::try_from(v).ok();
            }
            i = (i + 1) & (cap - 1);
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[inline(always)]
fn slot(h: u64, cap: usize) -> usize {
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & (cap - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let words: Vec<(String, u8)> = (0..1000)
            .map(|i| (format!("w{i}"), (i % 7) as u8))
            .collect();
        let lex = Lexicon::new(&words);
        assert_eq!(lex.len(), 1000);
        for (w, l) in &words {
            assert_eq!(lex.get(word_hash(w)), Some(*l));
        }
        assert_eq!(lex.get(word_hash("w1000")), None);
        assert_eq!(Lexicon::default().get(word_hash("w1")), None);
        assert!(Lexicon::new(&[]).is_empty());
    }
}

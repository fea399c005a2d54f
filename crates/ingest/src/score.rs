//! Token-level precision, recall and F1 of an extracted text against the
//! expected one, as article-extraction benchmarks compute them: both texts
//! become bags (multisets) of lowercased word tokens (maximal runs of
//! letters and digits), and the overlap is the multiset intersection.

use std::collections::HashMap;

/// Precision, recall and F1 of `got` against `want`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    /// Share of extracted tokens that are expected.
    pub precision: f64,
    /// Share of expected tokens that were extracted.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

fn bag(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for t in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        *m.entry(t.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// Scores `got` against `want`. Two empty texts score 1.
pub fn token_prf(got: &str, want: &str) -> Prf {
    let g = bag(got);
    let w = bag(want);
    let ng: usize = g.values().sum();
    let nw: usize = w.values().sum();
    if ng == 0 && nw == 0 {
        return Prf {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
    }
    let common: usize = g
        .iter()
        .map(|(k, v)| (*v).min(w.get(k).copied().unwrap_or(0)))
        .sum();
    let precision = if ng == 0 {
        0.0
    } else {
        common as f64 / ng as f64
    };
    let recall = if nw == 0 {
        0.0
    } else {
        common as f64 / nw as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bags_of_tokens() {
        let p = token_prf("The cat, the hat.", "the cat sat");
        assert!((p.precision - 0.5).abs() < 1e-9);
        assert!((p.recall - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(token_prf("", "").f1, 1.0);
        assert_eq!(token_prf("x", "").f1, 0.0);
    }
}

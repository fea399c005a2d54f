//! Per-document character tables: whitespace, trimming and quoted regions.
//!
//! Every metric works on *sets of non-whitespace code-point positions*, kept
//! as sorted `Vec<usize>`: spans are a few hundred characters at most, so a
//! linear merge is cheaper than any hashing and trivially exact.

use crate::Frag;

/// Characters trimmed from both ends of a span before the exact-match test
/// (whitespace is trimmed too, but it is already gone from every position set).
const TRIM: &str = "\"'“”‘’«»„,.;:!?()[]—–-";

/// How a gold content is quoted in the document (metric 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Every word character is inside quotation marks.
    Direct,
    /// Some are, some are not.
    Mixed,
    /// None are.
    Indirect,
}

/// The code points of one document, with what the metrics need to know about each.
pub(crate) struct DocChars {
    chars: Vec<char>,
    /// `quoted[i]`: position `i` lies inside a double-quoted region (see [`quoted_mask`]).
    quoted: Vec<bool>,
}

impl DocChars {
    pub(crate) fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let quoted = quoted_mask(&chars);
        DocChars { chars, quoted }
    }

    /// Number of code points.
    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    /// The sorted, deduplicated non-whitespace positions covered by `frags`.
    ///
    /// Fragments are clipped to the text and empty or reversed ones ignored,
    /// so that a buggy prediction costs points instead of crashing the run.
    pub(crate) fn positions(&self, frags: &[Frag]) -> Vec<usize> {
        let n = self.chars.len();
        let mut out = Vec::new();
        for &(s, e) in frags {
            let e = e.min(n);
            if s >= e {
                continue;
            }
            out.extend((s..e).filter(|&i| !self.chars[i].is_whitespace()));
        }
        if frags.len() > 1 {
            out.sort_unstable();
            out.dedup();
        }
        out
    }

    /// The key under which two spans of one role are "exactly equal" (metric 1).
    ///
    /// Trimming works on the combined, ordered position set of all fragments
    /// (whitespace already removed): positions are dropped from the start and
    /// from the end while their character is in [`TRIM`]. Punctuation *between*
    /// fragments is kept, so `“Yes,” … “no.”` trims to `Yes,” … “no`. If nothing
    /// is left (a span of pure punctuation) the untrimmed set is the key, so such
    /// spans still only match themselves.
    pub(crate) fn exact_key<'a>(&self, pos: &'a [usize]) -> &'a [usize] {
        let is_trim = |p: &usize| TRIM.contains(self.chars[*p]);
        let start = pos.iter().position(|p| !is_trim(p));
        let end = pos.iter().rposition(|p| !is_trim(p));
        match (start, end) {
            (Some(s), Some(e)) => &pos[s..=e],
            _ => pos,
        }
    }

    /// The quoting kind of a content given its non-whitespace positions.
    ///
    /// Only word characters (alphanumeric) vote, so the quotation marks and
    /// the commas just outside them do not turn a direct quote into a mixed
    /// one. A content with no word character falls back to all its characters.
    pub(crate) fn kind(&self, pos: &[usize]) -> Kind {
        let words: Vec<usize> = pos
            .iter()
            .copied()
            .filter(|&p| self.chars[p].is_alphanumeric())
            .collect();
        let voters = if words.is_empty() { pos } else { &words };
        let inside = voters.iter().filter(|&&p| self.quoted[p]).count();
        if voters.is_empty() || inside == 0 {
            Kind::Indirect
        } else if inside == voters.len() {
            Kind::Direct
        } else {
            Kind::Mixed
        }
    }
}

/// Marks the positions inside double-quoted regions, with a one-pass scan.
///
/// Openers are `"`, `“`, `„` and `«`. Outside a quote, stray closers are
/// ignored. Inside, the first matching closer ends the region: `"` and `“`
/// close with `”` or `"` (news text mixes them), `„` with `“`, `”` or `"`,
/// and `«` with `»`. Any other quote mark inside a region is content (a nested
/// quote). A line break ends an unclosed region: that is both the typo case and
/// the news convention for multi-paragraph quotes, where each paragraph opens
/// again and only the last one closes. Single quotes are ignored: they mark
/// nested quotes and headline quotes, and double as apostrophes.
fn quoted_mask(chars: &[char]) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    let mut open: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        match open {
            None => {
                if matches!(c, '"' | '“' | '„' | '«') {
                    open = Some(c);
                    mask[i] = true;
                }
            }
            Some(o) => {
                if c == '\n' {
                    open = None;
                    continue;
                }
                mask[i] = true;
                let closes = match o {
                    '«' => c == '»',
                    '„' => matches!(c, '“' | '”' | '"'),
                    _ => matches!(c, '”' | '"'),
                };
                if closes {
                    open = None;
                }
            }
        }
    }
    mask
}

/// Size of the intersection of two sorted position sets.
pub(crate) fn intersection_len(a: &[usize], b: &[usize]) -> usize {
    // Disjoint ranges are the common case between unrelated spans: skip the merge.
    match (a.first(), a.last(), b.first(), b.last()) {
        (Some(&a0), Some(&a1), Some(&b0), Some(&b1)) if a0 <= b1 && b0 <= a1 => {}
        _ => return 0,
    }
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::find;

    fn key_text(d: &DocChars, frags: &[Frag]) -> String {
        let pos = d.positions(frags);
        d.exact_key(&pos).iter().map(|&p| d.chars[p]).collect()
    }

    #[test]
    fn positions_skip_whitespace_and_clip() {
        let d = DocChars::new("ab \u{a0}c\nd");
        // a b c d at 0 1 4 6; NBSP (3) and newline (5) are whitespace.
        assert_eq!(d.positions(&[(0, 7)]), vec![0, 1, 4, 6]);
        // Overlapping fragments are deduplicated; out-of-range ends are clipped;
        // reversed fragments are ignored.
        assert_eq!(
            d.positions(&[(4, 99), (0, 2), (1, 2), (5, 3)]),
            vec![0, 1, 4, 6]
        );
    }

    #[test]
    fn trimming_single_span() {
        let t = "Smith said: “We will win.” (Really!)";
        let d = DocChars::new(t);
        assert_eq!(key_text(&d, &[find(t, "“We will win.”")]), "Wewillwin");
        assert_eq!(key_text(&d, &[find(t, " said: ")]), "said");
        // Trimming is repeated: "(Really!)" loses "(" then ")" and "!".
        assert_eq!(key_text(&d, &[find(t, "(Really!)")]), "Really");
        // Pure punctuation keeps its untrimmed set.
        assert_eq!(key_text(&d, &[find(t, ": “")]), ":“");
    }

    #[test]
    fn trimming_multi_fragment_keeps_inner_punctuation() {
        let t = "“Alpha beta,” she said, “gamma.”";
        let d = DocChars::new(t);
        let frags = [find(t, "“Alpha beta,”"), find(t, "“gamma.”")];
        // Only the outer “ and .” go; the inner ,” and “ stay.
        assert_eq!(key_text(&d, &frags), "Alphabeta,”“gamma");
        // Fragment order in the input does not matter.
        assert_eq!(key_text(&d, &[frags[1], frags[0]]), "Alphabeta,”“gamma");
    }

    #[test]
    fn quoted_regions() {
        let t = "He said “a b” and \"c\" then «d» and „e“ x.\n“Para one\n“para two” y";
        let d = DocChars::new(t);
        let q = |n: &str| {
            let (s, e) = find(t, n);
            (s..e).all(|i| d.quoted[i])
        };
        let unq = |n: &str| {
            let (s, e) = find(t, n);
            (s..e).all(|i| !d.quoted[i])
        };
        assert!(q("“a b”") && q("\"c\"") && q("«d»") && q("„e“") && q("“Para one"));
        assert!(q("“para two”"));
        assert!(unq("He said ") && unq(" and ") && unq(" then ") && unq(" x.") && unq(" y"));
    }

    #[test]
    fn unclosed_quote_ends_at_line_break() {
        let t = "“Unclosed words\nplain words";
        let d = DocChars::new(t);
        let (s, e) = find(t, "plain words");
        assert!((s..e).all(|i| !d.quoted[i]));
        let pos = d.positions(&[find(t, "Unclosed words")]);
        assert_eq!(d.kind(&pos), Kind::Direct);
    }

    #[test]
    fn kinds() {
        let t = "He said “we will win,” and that taxes are “too high” now. Rates fell.";
        let d = DocChars::new(t);
        let k = |frags: &[Frag]| d.kind(&d.positions(frags));
        // The trailing comma and quote marks are not word characters: still direct.
        assert_eq!(k(&[find(t, "“we will win,”")]), Kind::Direct);
        assert_eq!(k(&[find(t, "we will win")]), Kind::Direct);
        assert_eq!(k(&[find(t, "that taxes are “too high”")]), Kind::Mixed);
        assert_eq!(k(&[find(t, "Rates fell")]), Kind::Indirect);
        // Two quoted fragments around an unquoted "and": direct, because the
        // unquoted words are not part of the content.
        assert_eq!(
            k(&[find(t, "we will win"), find(t, "too high")]),
            Kind::Direct
        );
    }

    #[test]
    fn intersection() {
        assert_eq!(intersection_len(&[1, 2, 3, 7], &[2, 3, 4, 7, 9]), 3);
        assert_eq!(intersection_len(&[1, 2], &[5, 6]), 0);
        assert_eq!(intersection_len(&[], &[5, 6]), 0);
    }
}

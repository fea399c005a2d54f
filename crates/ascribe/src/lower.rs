//! Lowercase text of every token, shared by the rules and the enrichment.

use ascribe_text::Layout;

/// Lowercase text of every token, in one buffer: a `String` per token cost
/// an allocation each and ~40 bytes a token on long documents.
pub(crate) struct LowerWords {
    text: String,
    /// End of token `i`'s text in `text` (its start is the previous end).
    ends: Vec<usize>,
}

impl LowerWords {
    pub(crate) fn new(layout: &Layout) -> LowerWords {
        let mut text = String::with_capacity(layout.src.len());
        let mut ends = Vec::with_capacity(layout.tokens.len());
        for t in &layout.tokens {
            let word = t.text(layout.src);
            if word.is_ascii() {
                // Same result as the general path, without decoding chars.
                let start = text.len();
                text.push_str(word);
                if let Some(added) = text.get_mut(start..) {
                    added.make_ascii_lowercase();
                }
            } else {
                text.extend(word.chars().flat_map(char::to_lowercase));
            }
            ends.push(text.len());
        }
        LowerWords { text, ends }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Token `i` ("" past the end).
    pub(crate) fn get(&self, i: usize) -> &str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_lowercased_and_past_the_end_empty() {
        let layout = Layout::new("Mayor ÉLISE Okafor SAID: “No.”");
        let lower = LowerWords::new(&layout);
        let words: Vec<&str> = (0..layout.tokens.len()).map(|i| lower.get(i)).collect();
        assert_eq!(words[..4], ["mayor", "élise", "okafor", "said"]);
        assert_eq!(lower.get(layout.tokens.len()), "");
        // ASCII and non-ASCII words lowercase alike.
        for (i, w) in words.iter().enumerate() {
            let t = layout.tokens[i].text(layout.src);
            assert_eq!(*w, t.to_lowercase(), "{t}");
        }
    }
}

//! Byte offsets ↔ Unicode code-point offsets.
//!
//! Everything inside ascribe works on byte offsets into the original `&str`
//! (cheap slicing), while the output contract speaks code points (Python `str`
//! and brat indexing). `CharMap` converts in O(1) amortised with a small table:
//! one checkpoint per 64-byte block instead of one entry per byte.

const BLOCK: usize = 64;

/// Converts byte offsets of one text into code-point offsets and back.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// `None` when the text is pure ASCII: offsets are then identical.
    blocks: Option<Vec<u32>>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharMap {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return CharMap {
                blocks: None,
                len_bytes: bytes.len(),
                len_chars: bytes.len(),
            };
        }
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count: u32 = 0;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| !is_continuation(b)).count() as u32;
        }
        CharMap {
            blocks: Some(blocks),
            len_bytes: bytes.len(),
            len_chars: count as usize,
        }
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// Code-point offset of byte offset `byte` (clamped to the text length).
    /// `byte` should be a char boundary; inside a char it counts the chars
    /// that start before it.
    pub fn to_char(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match &self.blocks {
            None => byte,
            Some(blocks) => {
                let block = byte / BLOCK;
                if block >= blocks.len() {
                    return self.len_chars;
                }
                let base = blocks[block] as usize;
                let from = block * BLOCK;
                base + text.as_bytes()[from..byte]
                    .iter()
                    .filter(|&&b| !is_continuation(b))
                    .count()
            }
        }
    }

    /// Byte offset of code-point offset `ch` (clamped to the text length).
    pub fn to_byte(&self, text: &str, ch: usize) -> usize {
        if ch >= self.len_chars {
            return self.len_bytes;
        }
        match &self.blocks {
            None => ch,
            Some(blocks) => {
                // Last block whose start count is <= ch.
                let block = blocks
                    .partition_point(|&c| c as usize <= ch)
                    .saturating_sub(1);
                let mut seen = blocks[block] as usize;
                let bytes = text.as_bytes();
                let mut i = block * BLOCK;
                while i < bytes.len() {
                    if !is_continuation(bytes[i]) {
                        if seen == ch {
                            return i;
                        }
                        seen += 1;
                    }
                    i += 1;
                }
                self.len_bytes
            }
        }
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let t = "hello world";
        let m = CharMap::new(t);
        assert_eq!(m.to_char(t, 5), 5);
        assert_eq!(m.to_byte(t, 5), 5);
        assert_eq!(m.len_chars(), 11);
    }

    #[test]
    fn round_trips_on_multibyte_text_across_blocks() {
        let mut t = String::new();
        for i in 0..500 {
            t.push_str(if i % 3 == 0 { "“é”" } else { "ab𝄞" });
        }
        let m = CharMap::new(&t);
        let mut ch = 0;
        for (b, _) in t.char_indices() {
            assert_eq!(m.to_char(&t, b), ch, "byte {b}");
            assert_eq!(m.to_byte(&t, ch), b, "char {ch}");
            ch += 1;
        }
        assert_eq!(m.len_chars(), ch);
        assert_eq!(m.to_char(&t, t.len()), ch);
        assert_eq!(m.to_byte(&t, ch), t.len());
    }
}

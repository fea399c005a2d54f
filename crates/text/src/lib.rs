//! # ascribe-text
//!
//! The first stage of the ascribe pipeline: it turns a document's text into
//! tokens, sentences, paragraphs and paired quotations **without changing a
//! single character**. Every unit is a byte range into the input; [`CharMap`]
//! converts to the Unicode code-point offsets of the output contract.
//!
//! ```
//! let text = "“We will win,” Smith said. “Believe me.”";
//! let layout = ascribe_text::Layout::new(text);
//! assert_eq!(layout.sentences.len(), 2);
//! assert_eq!(layout.quotes.len(), 2);
//! ```

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod abbrev;
pub mod offsets;
pub mod quotes;
pub mod sentence;
pub mod token;

pub use offsets::CharMap;
pub use quotes::{MarkRole, Quote, QuoteStyle};
pub use token::{Token, TokenKind};

use std::ops::Range;

/// Everything the later stages need to know about the shape of a text.
#[derive(Debug, Clone)]
pub struct Layout<'a> {
    /// The text exactly as given.
    pub src: &'a str,
    /// Tokens in order.
    pub tokens: Vec<Token>,
    /// Role of each quote-character token (`None` for other tokens).
    pub marks: Vec<Option<MarkRole>>,
    /// Paragraphs as token ranges.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences as token ranges (never across paragraphs).
    pub sentences: Vec<Range<usize>>,
    /// Paired quotations, ordered by their opening mark.
    pub quotes: Vec<Quote>,
    /// Byte → code-point offsets.
    pub chars: CharMap,
}

impl<'a> Layout<'a> {
    /// Analyses `src`. Linear in its length.
    pub fn new(src: &'a str) -> Layout<'a> {
        let tokens = token::tokenize(src);
        let paragraphs = sentence::paragraphs(src, &tokens);
        let mut marks = quotes::mark_roles(src, &tokens);
        let quotes = quotes::pair_quotes(src, &tokens, &paragraphs, &mut marks);
        let sentences = sentence::sentences(src, &tokens, &paragraphs, &marks);
        Layout {
            src,
            tokens,
            marks,
            paragraphs,
            sentences,
            quotes,
            chars: CharMap::new(src),
        }
    }

    /// Text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.src)
    }

    /// Token `i` in the Penn Treebank spelling the taggers were trained on
    /// (quotes as `` and '', brackets as -LRB-, dashes as --).
    pub fn ptb_form(&self, i: usize) -> &'a str {
        let w = self.word(i);
        match w {
            "(" => "-LRB-",
            ")" => "-RRB-",
            "[" => "-LSB-",
            "]" => "-RSB-",
            "{" => "-LCB-",
            "}" => "-RCB-",
            "—" | "–" | "―" => "--",
            "…" => "...",
            _ => match self.marks[i] {
                Some(MarkRole::Open) => "``",
                Some(MarkRole::Close) | Some(MarkRole::Ambiguous) => "''",
                Some(MarkRole::Apostrophe) => "'",
                None => w,
            },
        }
    }

    /// Quote depth of every token: how many paired quotations contain it.
    pub fn quote_depths(&self) -> Vec<u8> {
        // Difference array over token positions keeps this linear.
        let mut diff = vec![0i32; self.tokens.len() + 1];
        for q in &self.quotes {
            for f in &q.fragments {
                diff[f.start] += 1;
                diff[f.end] -= 1;
            }
        }
        let mut depth = 0i32;
        diff.iter()
            .take(self.tokens.len())
            .map(|d| {
                depth += d;
                depth.clamp(0, 255) as u8
            })
            .collect()
    }

    /// Byte range covered by tokens `range` (empty range → empty span at its start).
    pub fn byte_span(&self, range: Range<usize>) -> Range<usize> {
        if range.start >= range.end || range.start >= self.tokens.len() {
            let at = self
                .tokens
                .get(range.start)
                .map_or(self.src.len(), |t| t.start);
            return at..at;
        }
        self.tokens[range.start].start..self.tokens[range.end - 1].end
    }

    /// Code-point range of a byte range.
    pub fn char_span(&self, bytes: Range<usize>) -> Range<usize> {
        self.chars.to_char(self.src, bytes.start)..self.chars.to_char(self.src, bytes.end)
    }

    /// Index of the sentence holding each token.
    pub fn sentence_of_tokens(&self) -> Vec<u32> {
        let mut out = vec![0u32; self.tokens.len()];
        for (s, r) in self.sentences.iter().enumerate() {
            for slot in &mut out[r.clone()] {
                *slot = s as u32;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<String> {
        let l = Layout::new(t);
        l.sentences
            .iter()
            .map(|r| t[l.byte_span(r.clone())].to_string())
            .collect()
    }

    fn quoted(t: &str) -> Vec<String> {
        let l = Layout::new(t);
        l.quotes
            .iter()
            .map(|q| {
                q.fragments
                    .iter()
                    .map(|f| &t[l.byte_span(f.clone())])
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    }

    #[test]
    fn sentences_survive_titles_initials_and_acronyms() {
        assert_eq!(
            sents("Mr. Smith met Sen. J. R. Jones in the U.S. capital. He left."),
            vec![
                "Mr. Smith met Sen. J. R. Jones in the U.S. capital.",
                "He left."
            ]
        );
        assert_eq!(
            sents("He moved to the U.S. The rest is history."),
            vec!["He moved to the U.S.", "The rest is history."]
        );
    }

    #[test]
    fn quotes_end_sentences() {
        assert_eq!(
            sents("“It is over.” Then she left. “Why?” he asked."),
            vec!["“It is over.”", "Then she left.", "“Why?” he asked."]
        );
    }

    #[test]
    fn pairs_all_quote_styles() {
        assert_eq!(quoted("He said “yes” and ‘no’."), vec!["yes", "no"]);
        assert_eq!(
            quoted("Sie sagte „ja“ und «non» und ‹oui›."),
            vec!["ja", "non", "oui"]
        );
        assert_eq!(quoted("He said \"yes\" and 'no'."), vec!["yes", "no"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("Sessions’ aides don’t recall the ’90s."),
            Vec::<String>::new()
        );
        assert_eq!(
            quoted("“The Sessions’ view,” he said."),
            vec!["The Sessions’ view,"]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one_quote() {
        let t = "“First part of it.\n\n“Second part,” she said.";
        let l = Layout::new(t);
        assert_eq!(l.quotes.len(), 1);
        assert_eq!(l.quotes[0].fragments.len(), 2);
        assert_eq!(quoted(t), vec!["First part of it. | Second part,"]);
    }

    #[test]
    fn stray_mark_does_not_swallow_text() {
        let t = "He said “this and more.\n\nThen nothing happened.";
        assert!(Layout::new(t).quotes.is_empty());
    }

    #[test]
    fn nested_quotes_have_depth() {
        let t = "“He called it ‘a hoax’ today,” she said.";
        let l = Layout::new(t);
        assert_eq!(l.quotes.len(), 2);
        assert_eq!(l.quotes[1].depth, 1);
        let d = l.quote_depths();
        let hoax = l.tokens.iter().position(|k| k.text(t) == "hoax").unwrap();
        assert_eq!(d[hoax], 2);
    }

    #[test]
    fn doubled_apostrophes_are_double_quotes() {
        let t = "''I don't want it,'' Cruz said.\n\n''Nor do I.''";
        assert_eq!(quoted(t), vec!["I don't want it,", "Nor do I."]);
        assert_eq!(
            sents("He left. ''Next time,'' he said."),
            vec!["He left.", "''Next time,'' he said."]
        );
    }

    #[test]
    fn numbered_abbreviation_does_not_split() {
        assert_eq!(
            sents("He is the No. 2 Republican. She left."),
            vec!["He is the No. 2 Republican.", "She left."]
        );
    }

    #[test]
    fn many_unbalanced_marks_are_fine() {
        let t = "\"".repeat(10_001) + " x ‘ “ «";
        let l = Layout::new(&t);
        assert!(l.quotes.len() <= 5001);
    }
}

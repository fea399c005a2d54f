//! Tokenization close to the Penn Treebank conventions our taggers were
//! trained on (CoreNLP): punctuation split off, clitics ("'s", "n't") separate,
//! abbreviations ("Mr.", "U.S.") kept whole. Tokens never change the text:
//! each one is a byte range into the input.

use crate::abbrev;

/// Broad class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with digits, hyphens, inner apostrophes or periods).
    Word,
    /// Starts with a digit.
    Number,
    /// Punctuation other than quotation marks.
    Punct,
    /// A character that may be a quotation mark (its role is decided in `quotes`).
    Quote,
    /// Anything else (symbols, emoji, …).
    Symbol,
}

/// One token: a byte range of the input plus layout facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Broad class.
    pub kind: TokenKind,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// Newlines in the whitespace before this token (capped at 255).
    pub newlines_before: u8,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// Characters that are always tokens of their own.
fn is_always_split(c: char) -> bool {
    matches!(
        c,
        '(' | ')' | '[' | ']' | '{' | '}' | ';' | '!' | '?' | '…' | '—' | '–' | '―' | '•' | '|'
    ) || is_quote_char(c)
}

/// Characters that may act as quotation marks (single-quote characters too,
/// which may also be apostrophes).
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '„' | '‟' | '‹' | '›' | '‘' | '’' | '\'' | '‚' | '＂'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut newlines: usize = 0;
    let mut spaced = false;
    let mut chunk_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, s, i, spaced, newlines, &mut tokens);
                newlines = 0;
            }
            spaced = true;
            if c == '\n' || c == '\u{2029}' {
                newlines += 1;
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(text, s, text.len(), spaced, newlines, &mut tokens);
    }
    tokens
}

/// Splits one whitespace-free chunk `text[start..end]` into tokens.
fn split_chunk(
    text: &str,
    start: usize,
    end: usize,
    spaced: bool,
    newlines: usize,
    out: &mut Vec<Token>,
) {
    let chunk = &text[start..end];
    let chars: Vec<(usize, char)> = chunk.char_indices().map(|(b, c)| (start + b, c)).collect();
    let n = chars.len();
    let first_out = out.len();
    let byte_at = |k: usize| if k < n { chars[k].0 } else { end };
    let push = |out: &mut Vec<Token>, a: usize, b: usize, kind: TokenKind| {
        if a < b {
            out.push(Token {
                start: a,
                end: b,
                kind,
                space_before: false,
                newlines_before: 0,
            });
        }
    };

    let mut word_start: Option<usize> = None; // index into chars
    let mut k = 0;
    while k < n {
        let c = chars[k].1;
        let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
        let next = chars.get(k + 1).map(|x| x.1);
        let in_word = word_start.is_some();

        // Doubled single marks ('' and ``, old newspaper style) are one double quote.
        if (is_apostrophe(c) || c == '`' || c == '‘') && next == Some(c) {
            if let Some(ws) = word_start.take() {
                push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
            }
            push(out, byte_at(k), byte_at(k + 2), TokenKind::Quote);
            k += 2;
            continue;
        }
        // Apostrophes and single quotes.
        if is_apostrophe(c) {
            let prev_alnum = prev.is_some_and(|p| p.is_alphanumeric()) && in_word;
            let next_alpha = next.is_some_and(|x| x.is_alphanumeric());
            if prev_alnum && next_alpha {
                // Inner apostrophe: a clitic to split off, or part of the word (O'Brien).
                let rest: String = chars[k + 1..].iter().map(|x| x.1).take(3).collect();
                let rest_lower = rest.to_lowercase();
                let clitic_len = clitic_after(&chars[k + 1..]);
                if clitic_len > 0 {
                    let ws = word_start.take().unwrap_or(k);
                    push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
                    push(
                        out,
                        byte_at(k),
                        byte_at(k + 1 + clitic_len),
                        TokenKind::Word,
                    );
                    k += 1 + clitic_len;
                    continue;
                }
                // "n't": split before the n.
                if rest_lower.starts_with('t')
                    && prev.is_some_and(|p| p == 'n' || p == 'N')
                    && chars.get(k + 2).is_none_or(|x| !x.1.is_alphanumeric())
                {
                    let ws = word_start.take().unwrap_or(k);
                    if k >= 1 && ws < k - 1 {
                        push(out, byte_at(ws), byte_at(k - 1), word_kind(chars[ws].1));
                    }
                    push(
                        out,
                        byte_at(k.saturating_sub(1).max(ws)),
                        byte_at(k + 2),
                        TokenKind::Word,
                    );
                    k += 2;
                    continue;
                }
                k += 1;
                continue;
            }
            if !in_word && next.is_some_and(|x| x.is_ascii_digit()) && is_decade(&chars[k + 1..]) {
                // ’90s
                word_start = Some(k);
                k += 1;
                continue;
            }
            // A quote mark or a possessive apostrophe: a token of its own.
            if let Some(ws) = word_start.take() {
                push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
            }
            push(out, byte_at(k), byte_at(k + 1), TokenKind::Quote);
            k += 1;
            continue;
        }

        if is_always_split(c) {
            if let Some(ws) = word_start.take() {
                push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
            }
            let kind = if is_quote_char(c) {
                TokenKind::Quote
            } else {
                TokenKind::Punct
            };
            // Runs of the same dash or "?!" stay single tokens one by one.
            push(out, byte_at(k), byte_at(k + 1), kind);
            k += 1;
            continue;
        }

        match c {
            ',' | ':' => {
                let digits_around = prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|x| x.is_ascii_digit())
                    && in_word;
                let url = c == ':' && in_word && next == Some('/');
                if digits_around || url {
                    k += 1;
                    continue;
                }
                if let Some(ws) = word_start.take() {
                    push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
                }
                push(out, byte_at(k), byte_at(k + 1), TokenKind::Punct);
                k += 1;
            }
            '.' => {
                // Ellipsis "..." is one token.
                if next == Some('.') {
                    if let Some(ws) = word_start.take() {
                        push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
                    }
                    let mut j = k;
                    while j < n && chars[j].1 == '.' {
                        j += 1;
                    }
                    push(out, byte_at(k), byte_at(j), TokenKind::Punct);
                    k = j;
                    continue;
                }
                // Inside a word (U.S., a.m., example.com, 3.5): keep going.
                if in_word && next.is_some_and(|x| x.is_alphanumeric()) {
                    k += 1;
                    continue;
                }
                if let Some(ws) = word_start {
                    let word = &text[byte_at(ws)..byte_at(k)];
                    if abbrev::keeps_period(word) {
                        word_start = None;
                        push(out, byte_at(ws), byte_at(k + 1), word_kind(chars[ws].1));
                        k += 1;
                        continue;
                    }
                    word_start = None;
                    push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
                }
                push(out, byte_at(k), byte_at(k + 1), TokenKind::Punct);
                k += 1;
            }
            '-' if next == Some('-') => {
                if let Some(ws) = word_start.take() {
                    push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
                }
                let mut j = k;
                while j < n && chars[j].1 == '-' {
                    j += 1;
                }
                push(out, byte_at(k), byte_at(j), TokenKind::Punct);
                k = j;
            }
            '-' if !in_word || next.is_none() => {
                if let Some(ws) = word_start.take() {
                    push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
                }
                push(out, byte_at(k), byte_at(k + 1), TokenKind::Punct);
                k += 1;
            }
            _ => {
                if word_start.is_none() {
                    if !c.is_alphanumeric() && !matches!(c, '@' | '#' | '$' | '&' | '%' | '/' | '_')
                    {
                        push(out, byte_at(k), byte_at(k + 1), TokenKind::Symbol);
                        k += 1;
                        continue;
                    }
                    if c == '$' || c == '%' {
                        push(out, byte_at(k), byte_at(k + 1), TokenKind::Symbol);
                        k += 1;
                        continue;
                    }
                    word_start = Some(k);
                } else if c == '%' {
                    let ws = word_start.take().unwrap_or(k);
                    push(out, byte_at(ws), byte_at(k), word_kind(chars[ws].1));
                    push(out, byte_at(k), byte_at(k + 1), TokenKind::Symbol);
                }
                k += 1;
            }
        }
    }
    if let Some(ws) = word_start {
        push(out, byte_at(ws), end, word_kind(chars[ws].1));
    }
    if let Some(first) = out.get_mut(first_out) {
        first.space_before = spaced;
        first.newlines_before = newlines.min(255) as u8;
    }
}

fn word_kind(first: char) -> TokenKind {
    if first.is_ascii_digit() {
        TokenKind::Number
    } else if first.is_alphanumeric() || first == '’' || first == '\'' {
        TokenKind::Word
    } else {
        TokenKind::Symbol
    }
}

/// Length in chars of an English clitic after an apostrophe ("s", "re", "ve",
/// "ll", "d", "m") when it ends the word, else 0.
fn clitic_after(rest: &[(usize, char)]) -> usize {
    let letters: String = rest
        .iter()
        .map(|x| x.1)
        .take_while(|c| c.is_alphanumeric())
        .take(3)
        .collect();
    let lower = letters.to_lowercase();
    match lower.as_str() {
        "s" | "d" | "m" => 1,
        "re" | "ve" | "ll" => 2,
        _ => 0,
    }
}

/// "90s", "80" after an apostrophe.
fn is_decade(rest: &[(usize, char)]) -> bool {
    let digits = rest.iter().take_while(|x| x.1.is_ascii_digit()).count();
    digits == 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|k| k.text(t)).collect()
    }

    #[test]
    fn splits_punctuation_and_keeps_abbreviations() {
        assert_eq!(
            toks("Mr. Smith, of the U.S. Senate, said: \"No.\""),
            vec![
                "Mr.", "Smith", ",", "of", "the", "U.S.", "Senate", ",", "said", ":", "\"", "No",
                ".", "\""
            ]
        );
    }

    #[test]
    fn splits_clitics() {
        assert_eq!(
            toks("Clinton’s aides don't know"),
            vec!["Clinton", "’s", "aides", "do", "n't", "know"]
        );
        assert_eq!(
            toks("they're O'Brien's"),
            vec!["they", "'re", "O'Brien", "'s"]
        );
    }

    #[test]
    fn apostrophes_at_edges() {
        assert_eq!(toks("the ’90s"), vec!["the", "’90s"]);
        assert_eq!(toks("Sessions’ aides"), vec!["Sessions", "’", "aides"]);
        assert_eq!(
            toks("‘in their heads’"),
            vec!["‘", "in", "their", "heads", "’"]
        );
        assert_eq!(
            toks("''No way,'' he said"),
            vec!["''", "No", "way", ",", "''", "he", "said"]
        );
    }

    #[test]
    fn numbers_and_dashes() {
        assert_eq!(
            toks("$1,000.50 at 10:30—later"),
            vec!["$", "1,000.50", "at", "10:30", "—", "later"]
        );
        assert_eq!(
            toks("well-known -- really..."),
            vec!["well-known", "--", "really", "..."]
        );
    }

    #[test]
    fn records_layout() {
        let t = "a b\n\nc";
        let k = tokenize(t);
        assert!(!k[0].space_before);
        assert!(k[1].space_before);
        assert_eq!(k[2].newlines_before, 2);
    }
}

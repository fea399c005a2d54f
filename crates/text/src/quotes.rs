//! Quotation-mark roles and pairing.
//!
//! Each quote-character token gets a role (open, close, apostrophe) from its
//! shape and from whether it is attached to the word before or after it; then a
//! stack pairs opens with closes inside each paragraph. A quote left open at the
//! end of a paragraph continues when the next paragraph opens again (the news
//! convention for multi-paragraph quotes); otherwise it is dropped, so a stray
//! mark never swallows the rest of a document. Linear in the number of tokens.

use crate::token::{Token, TokenKind};
use std::ops::Range;

/// What a quote-character token does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkRole {
    /// Opens a quotation.
    Open,
    /// Closes a quotation.
    Close,
    /// Could be either (straight marks between two words, or spaced on both sides).
    Ambiguous,
    /// An apostrophe (possessive "Sessions’").
    Apostrophe,
}

/// Double (“…”, "…", «…», „…“) or single (‘…’, '…', ‹…›) quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteStyle {
    /// Double marks and guillemets.
    Double,
    /// Single marks and single guillemets.
    Single,
}

/// A paired quotation: token indices of its marks and of the quoted tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Double or single.
    pub style: QuoteStyle,
    /// Nesting depth (0 = outermost).
    pub depth: u8,
    /// Token ranges of the quoted words, one per paragraph the quote spans
    /// (marks excluded).
    pub fragments: Vec<Range<usize>>,
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark.
    pub close: usize,
}

impl Quote {
    /// Token range from the first quoted token to the last (across paragraphs).
    pub fn inner(&self) -> Range<usize> {
        let s = self.fragments.first().map_or(self.open + 1, |r| r.start);
        let e = self.fragments.last().map_or(self.open + 1, |r| r.end);
        s..e
    }
}

/// The character that stands for a quote token: a doubled single mark
/// ('' ``) acts as a double quote.
fn mark_char(text: &str) -> char {
    let mut it = text.chars();
    let first = it.next().unwrap_or(' ');
    match (first, it.next()) {
        ('`', Some('`')) | ('‘', Some('‘')) => '“',
        ('’', Some('’')) => '”',
        (_, Some(_)) => '"',
        _ => first,
    }
}

fn style_of(c: char) -> Option<QuoteStyle> {
    match c {
        '"' | '“' | '”' | '«' | '»' | '„' | '‟' | '＂' => Some(QuoteStyle::Double),
        '‘' | '’' | '\'' | '‹' | '›' | '‚' => Some(QuoteStyle::Single),
        _ => None,
    }
}

/// Decides the role of every quote token. `roles[i]` is `None` for non-quote tokens.
pub fn mark_roles(src: &str, tokens: &[Token]) -> Vec<Option<MarkRole>> {
    let mut roles = vec![None; tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Quote {
            continue;
        }
        let c = mark_char(t.text(src));
        // Attached to the previous token (no space) and that token is not an opener.
        let left_attached = i > 0 && !t.space_before && !opens_context(src, &tokens[i - 1]);
        let right_attached = tokens
            .get(i + 1)
            .is_some_and(|n| !n.space_before && !closes_context(src, n));
        let role = match c {
            '“' | '„' | '«' | '‹' | '‚' | '‟' => {
                if left_attached && !right_attached {
                    MarkRole::Close
                } else {
                    MarkRole::Open
                }
            }
            '”' | '»' | '›' => {
                if !left_attached && right_attached {
                    MarkRole::Open
                } else {
                    MarkRole::Close
                }
            }
            '‘' => {
                if left_attached && right_attached {
                    MarkRole::Apostrophe
                } else if left_attached {
                    MarkRole::Close
                } else {
                    MarkRole::Open
                }
            }
            '’' | '\'' => {
                if !left_attached && right_attached {
                    MarkRole::Open
                } else if left_attached && !right_attached {
                    // Closing quote or possessive; pairing decides.
                    MarkRole::Close
                } else {
                    MarkRole::Apostrophe
                }
            }
            _ => match (left_attached, right_attached) {
                (false, true) => MarkRole::Open,
                (true, false) => MarkRole::Close,
                _ => MarkRole::Ambiguous,
            },
        };
        roles[i] = Some(role);
    }
    roles
}

fn opens_context(src: &str, t: &Token) -> bool {
    matches!(t.text(src), "(" | "[" | "{" | "—" | "–" | "--" | "-") || (t.kind == TokenKind::Quote)
}

fn closes_context(src: &str, t: &Token) -> bool {
    matches!(
        t.text(src),
        "." | "," | ";" | ":" | "!" | "?" | ")" | "]" | "}" | "…" | "..." | "—" | "–" | "--"
    ) || t.kind == TokenKind::Quote
}

/// Pairs quote marks. `paragraphs` are token ranges; `roles` from [`mark_roles`].
/// Apostrophe-like close marks that found no open single quote are turned
/// into `Apostrophe` in `roles`.
pub fn pair_quotes(
    src: &str,
    tokens: &[Token],
    paragraphs: &[Range<usize>],
    roles: &mut [Option<MarkRole>],
) -> Vec<Quote> {
    struct Open {
        style: QuoteStyle,
        tok: usize,
        /// Start token of the current fragment.
        frag_start: usize,
        fragments: Vec<Range<usize>>,
    }
    let mut quotes = Vec::new();
    // A double quote carried over from the previous paragraph.
    let mut carried: Option<Open> = None;
    for para in paragraphs {
        let mut stack: Vec<Open> = Vec::new();
        let mut first_mark_seen = false;
        for i in para.clone() {
            let Some(role) = roles[i] else { continue };
            let c = mark_char(tokens[i].text(src));
            let Some(style) = style_of(c) else { continue };
            let is_first_token = i == para.start;
            // Continuation of a multi-paragraph quote: the paragraph starts by reopening.
            if is_first_token && !first_mark_seen {
                first_mark_seen = true;
                if style == QuoteStyle::Double
                    && matches!(role, MarkRole::Open | MarkRole::Ambiguous)
                {
                    if let Some(mut open) = carried.take() {
                        open.frag_start = i + 1;
                        roles[i] = Some(MarkRole::Open);
                        stack.push(open);
                        continue;
                    }
                }
            }
            let has_open = stack.iter().any(|o| o.style == style);
            let effective = match role {
                MarkRole::Ambiguous => {
                    if has_open {
                        MarkRole::Close
                    } else {
                        MarkRole::Open
                    }
                }
                r => r,
            };
            match effective {
                MarkRole::Open => stack.push(Open {
                    style,
                    tok: i,
                    frag_start: i + 1,
                    fragments: Vec::new(),
                }),
                MarkRole::Close => {
                    if let Some(pos) = stack.iter().rposition(|o| o.style == style) {
                        // Unclosed inner quotes are dropped.
                        stack.truncate(pos + 1);
                        if let Some(mut open) = stack.pop() {
                            open.fragments.push(open.frag_start..i);
                            roles[i] = Some(MarkRole::Close);
                            roles[open.tok] = Some(MarkRole::Open);
                            quotes.push(Quote {
                                style,
                                depth: stack.len().min(255) as u8,
                                fragments: open.fragments,
                                open: open.tok,
                                close: i,
                            });
                        }
                    } else if style == QuoteStyle::Single && matches!(c, '’' | '\'') {
                        roles[i] = Some(MarkRole::Apostrophe);
                    }
                }
                _ => {}
            }
        }
        carried = None;
        // A double quote still open at the paragraph end may continue in the
        // next paragraph; only the outermost one can.
        if let Some(mut open) = stack.into_iter().find(|o| o.style == QuoteStyle::Double) {
            if para.end > open.frag_start {
                open.fragments.push(open.frag_start..para.end);
            }
            carried = Some(open);
        }
    }
    quotes.sort_by_key(|q| q.open);
    quotes
}

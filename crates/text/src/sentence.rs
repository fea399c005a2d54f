//! Paragraph and sentence boundaries over tokens.

use crate::abbrev;
use crate::quotes::MarkRole;
use crate::token::{Token, TokenKind};
use std::ops::Range;

/// Paragraphs as token ranges. A blank line always starts a paragraph; a single
/// newline does too unless the line before looks hard-wrapped (long, and not
/// ending in sentence punctuation).
pub fn paragraphs(src: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start_byte = tokens.first().map_or(0, |t| t.start);
    for i in 1..tokens.len() {
        let t = &tokens[i];
        if t.newlines_before == 0 {
            continue;
        }
        let prev = &tokens[i - 1];
        let line_len = src[line_start_byte..prev.end].chars().count();
        let prev_text = prev.text(src);
        let ends_sentence = matches!(
            prev_text,
            "." | "!" | "?" | ":" | "”" | "\"" | "’" | "'" | "…" | "..."
        );
        let hard_wrapped =
            t.newlines_before == 1 && line_len >= 60 && !ends_sentence && line_len <= 100;
        line_start_byte = t.start;
        if !hard_wrapped {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Sentences as token ranges, never crossing a paragraph boundary.
pub fn sentences(
    src: &str,
    tokens: &[Token],
    paragraphs: &[Range<usize>],
    roles: &[Option<MarkRole>],
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for para in paragraphs {
        let mut start = para.start;
        let mut i = para.start;
        while i < para.end {
            let text = tokens[i].text(src);
            let terminal = matches!(text, "." | "!" | "?" | "…" | "..." | "?!")
                || (tokens[i].kind == TokenKind::Word && text.ends_with('.') && text.len() > 1);
            if !terminal {
                i += 1;
                continue;
            }
            // Absorb closing quotes and brackets after the terminal mark.
            let mut j = i + 1;
            while j < para.end {
                let tj = tokens[j].text(src);
                let closing = matches!(roles[j], Some(MarkRole::Close)) || matches!(tj, ")" | "]");
                if closing && !tokens[j].space_before {
                    j += 1;
                } else {
                    break;
                }
            }
            if j >= para.end {
                break;
            }
            let next = tokens[j].text(src);
            let next_first = next.chars().next().unwrap_or(' ');
            let next_opens = matches!(roles[j], Some(MarkRole::Open)) || matches!(next, "(" | "[");
            let split = if tokens[i].kind == TokenKind::Word {
                // Abbreviation with its period: split only before a typical sentence opener.
                !abbrev::never_final(text) && abbrev::is_sentence_starter(next)
            } else if text == "." {
                // "the No. 2 Republican": a number after "No." continues the sentence.
                let numbered = i > 0
                    && matches!(tokens[i - 1].text(src), "No" | "no" | "Nos" | "nos")
                    && !tokens[i].space_before;
                (next_first.is_uppercase() || next_first.is_ascii_digit() || next_opens)
                    && !(numbered && next_first.is_ascii_digit())
            } else {
                // ! ? …: a lowercase continuation ("Why?" he asked) stays in the sentence.
                next_first.is_uppercase() || next_opens
            };
            if split {
                out.push(start..j);
                start = j;
            }
            i = j;
        }
        if start < para.end {
            out.push(start..para.end);
        }
    }
    out
}

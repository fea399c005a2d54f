//! Embedded social posts pasted as text: the post, then an author line
//! "— Display Name (@handle) date". Each becomes one `social` attribution;
//! extractor attributions over the same text are dropped in its favour.

use super::dates::{self, When};
use crate::types::{Attribution, Kind, Span, Speaker, SpeakerType};
use ascribe_text::Layout;
use std::ops::Range;

/// Longest display name accepted, in characters.
const MAX_NAME: usize = 100;
/// Longest handle accepted, in characters.
const MAX_HANDLE: usize = 50;
/// Lines of post text looked at above an author line.
const MAX_POST_LINES: usize = 3;

/// One embedded post; all ranges are byte ranges of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// The post text.
    pub content: Range<usize>,
    /// The display name on the author line.
    pub name: Range<usize>,
    /// The handle without "@".
    pub handle: String,
    /// The date on the author line.
    pub date: Option<When>,
    /// The whole author line.
    pub line: Range<usize>,
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '―' | '-' | '–' | '‒' | '−')
}

/// Lines of `src` as byte ranges without the line break.
fn lines(src: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in src.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && src.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(start..end);
            start = i + 1;
        }
    }
    out.push(start..src.len());
    out
}

/// Trims whitespace off a byte range of `src`.
fn trim(src: &str, r: Range<usize>) -> Range<usize> {
    let s = &src[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

/// Parses "— Display Name (@handle) date": (name, handle, date text), byte ranges of `src`.
fn author_line(
    src: &str,
    line: Range<usize>,
) -> Option<(Range<usize>, Range<usize>, Range<usize>)> {
    let r = trim(src, line);
    let text = &src[r.clone()];
    let mut chars = text.char_indices().peekable();
    let (_, first) = chars.next()?;
    if !is_dash(first) {
        return None;
    }
    // "--" and "— " are both fine.
    while chars.peek().is_some_and(|&(_, c)| is_dash(c)) {
        chars.next();
    }
    let name_start = chars.peek()?.0;
    let open = text[name_start..].find("(@")? + name_start;
    let name = trim(src, r.start + name_start..r.start + open);
    let name_text = &src[name.clone()];
    if name.is_empty()
        || name_text.chars().count() > MAX_NAME
        || !name_text.chars().any(char::is_alphabetic)
    {
        return None;
    }
    let handle_start = open + 2;
    let handle_len = text[handle_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .count();
    if handle_len == 0
        || handle_len > MAX_HANDLE
        || text.as_bytes().get(handle_start + handle_len) != Some(&b')')
    {
        return None;
    }
    let handle = r.start + handle_start..r.start + handle_start + handle_len;
    let tail = trim(src, handle.end + 1..r.end);
    Some((name, handle, tail))
}

fn is_link_only(s: &str) -> bool {
    let mut words = s.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.starts_with("http")
                || w.starts_with("pic.")
                || w.starts_with("www.")
                || w.contains(".com/")
        })
}

/// All pasted embeds of the document.
pub fn find_posts(layout: &Layout, anchor: Option<i64>) -> Vec<Post> {
    let src = layout.src;
    let lines = lines(src);
    let is_author = |i: usize| author_line(src, lines[i].clone()).is_some();
    let mut posts = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some((name, handle, tail)) = author_line(src, line.clone()) else {
            continue;
        };
        // The post: the nearest non-blank line above (one blank line allowed).
        let mut k = i;
        let mut blanks = 0;
        let mut content: Option<Range<usize>> = None;
        let mut taken = 0;
        while k > 0 && taken < MAX_POST_LINES {
            k -= 1;
            let r = trim(src, lines[k].clone());
            if r.is_empty() {
                blanks += 1;
                if blanks > 1 || content.is_some() {
                    break;
                }
                continue;
            }
            if is_author(k) {
                break;
            }
            match &mut content {
                None => content = Some(r.clone()),
                Some(c) => c.start = r.start,
            }
            taken += 1;
            // Only a link line pulls in the line above it.
            if !is_link_only(&src[r]) {
                break;
            }
        }
        let Some(content) = content else { continue };
        let date = dates::find(&src[tail.clone()], anchor)
            .into_iter()
            .next()
            .map(|f| f.when);
        posts.push(Post {
            content,
            name,
            handle: src[handle].to_string(),
            date,
            line: trim(src, line.clone()),
        });
    }
    posts
}

fn char_range(layout: &Layout, bytes: &Range<usize>) -> Range<usize> {
    layout.char_span(bytes.clone())
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Drops extractor attributions that duplicate a post (their content is
/// most of the post, or they read nothing but post text with no cue of
/// their own inside it, or they touch the author line) and appends one
/// `social` attribution per post.
pub fn merge(layout: &Layout, posts: &[Post], attributions: &mut Vec<Attribution>) {
    if posts.is_empty() {
        return;
    }
    let spans: Vec<(Range<usize>, Range<usize>)> = posts
        .iter()
        .map(|p| (char_range(layout, &p.content), char_range(layout, &p.line)))
        .collect();
    attributions.retain(|a| {
        // Posts are in document order: only those within the attribution's extent matter.
        let all = a.content.iter().chain(&a.source).chain(&a.cue);
        let lo = all.clone().map(|s| s.start).min().unwrap_or(0);
        let hi = all.map(|s| s.end).max().unwrap_or(0);
        let first = spans.partition_point(|(_, line)| line.end <= lo);
        !spans[first..]
            .iter()
            .take_while(|(post, _)| post.start < hi)
            .any(|(post, line)| {
                let touches_line = a.content.iter().any(|s| overlaps(&(s.start..s.end), line))
                    || a.source
                        .iter()
                        .chain(&a.cue)
                        .any(|s| overlaps(&(s.start..s.end), line));
                let inside = !a.content.is_empty()
                    && a.content
                        .iter()
                        .all(|s| s.start >= post.start && s.end <= post.end);
                let covered: usize = a
                    .content
                    .iter()
                    .map(|s| s.end.saturating_sub(s.start))
                    .sum();
                let own_cue = a
                    .cue
                    .iter()
                    .any(|s| s.start >= post.start && s.end <= post.end);
                touches_line || (inside && (covered * 2 >= post.len() || !own_cue))
            })
    });
    for (p, (content, _)) in posts.iter().zip(&spans) {
        let name = char_range(layout, &p.name);
        let display = layout.src[p.name.clone()].to_string();
        attributions.push(Attribution {
            kind: Kind::Social,
            content: vec![Span {
                start: content.start,
                end: content.end,
                text: layout.src[p.content.clone()].to_string(),
            }],
            cue: Vec::new(),
            source: vec![Span {
                start: name.start,
                end: name.end,
                text: display.clone(),
            }],
            speaker: Speaker {
                name: Some(display),
                kind: SpeakerType::Person,
                role: None,
            },
            venue: None,
            date: p.date.map(When::iso),
            handle: Some(p.handle.clone()),
            confidence: 0.9,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_an_embed_with_a_foreign_date() {
        let text = "Intro line.\nWe did it. pic.twitter.com/abc\n— Jane Q. Public (@jqp_1) 3 марта 2017 г.\nMore.";
        let layout = Layout::new(text);
        let posts = find_posts(&layout, None);
        assert_eq!(posts.len(), 1);
        let p = &posts[0];
        assert_eq!(&text[p.content.clone()], "We did it. pic.twitter.com/abc");
        assert_eq!(&text[p.name.clone()], "Jane Q. Public");
        assert_eq!(p.handle, "jqp_1");
        assert_eq!(p.date.map(When::iso).as_deref(), Some("2017-03-03"));
    }

    #[test]
    fn all_dash_kinds_and_a_link_line() {
        for dash in ["—", "―", "-", "–"] {
            let text =
                format!("Big news today\nhttps://t.co/x\n{dash} Acme Corp (@acme) March 2, 2017");
            let layout = Layout::new(&text);
            let posts = find_posts(&layout, None);
            assert_eq!(posts.len(), 1, "{dash}");
            assert_eq!(
                &text[posts[0].content.clone()],
                "Big news today\nhttps://t.co/x"
            );
        }
    }

    #[test]
    fn not_author_lines() {
        for text in [
            "— Jane Public said so",
            "Text\n— (@x) 2017",
            "Text\n— Jane (@) 2017",
            "Text\nJane Public (@jp) 2017",
            "— Jane (@jp) first line has no post above",
            "Text\n— Jane (@jp",
        ] {
            let layout = Layout::new(text);
            assert!(find_posts(&layout, None).is_empty(), "{text}");
        }
    }

    #[test]
    fn replaces_extractor_duplicates_but_keeps_nested_reports() {
        let text = "Jane said so.\nHe did not say anything wrong. It is fine.\n— Jane Public (@jp) March 2, 2017";
        let layout = Layout::new(text);
        let posts = find_posts(&layout, None);
        let span = |s: &str| {
            let b = text.find(s).unwrap();
            let start = text[..b].chars().count();
            Span {
                start,
                end: start + s.chars().count(),
                text: s.to_string(),
            }
        };
        let mk = |content: &str, cue: &str| Attribution {
            kind: Kind::Indirect,
            content: vec![span(content)],
            cue: if cue.is_empty() {
                vec![]
            } else {
                vec![span(cue)]
            },
            source: vec![],
            speaker: Speaker::default(),
            venue: None,
            date: None,
            handle: None,
            confidence: 1.0,
        };
        let mut atts = vec![
            mk("He did not say anything wrong. It is fine.", ""),
            mk("anything wrong", "did not say"),
            mk("so", "said"),
        ];
        merge(&layout, &posts, &mut atts);
        let contents: Vec<&str> = atts.iter().map(|a| a.content[0].text.as_str()).collect();
        assert_eq!(
            contents,
            vec![
                "anything wrong",
                "so",
                "He did not say anything wrong. It is fine."
            ]
        );
        let social = &atts[2];
        assert_eq!(social.kind, Kind::Social);
        assert_eq!(social.handle.as_deref(), Some("jp"));
        assert_eq!(social.date.as_deref(), Some("2017-03-02"));
        let c = &social.content[0];
        assert_eq!(
            text.chars()
                .skip(c.start)
                .take(c.end - c.start)
                .collect::<String>(),
            c.text
        );
    }
}

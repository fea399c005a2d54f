//! Token-level precision, recall and F1 of an extracted text against the
//! expected one, as article-extraction benchmarks compute them: both texts
//! become bags (multisets) of lowercased word tokens (maximal runs of
//! letters and digits), and the overlap is the multiset intersection.
//!
//! [`reference_text`] reduces an expected page (such as `expected.html` of a
//! benchmark) to text without the extractor's own renderer, so a renderer
//! that loses text cannot make its output look right by losing the same text
//! from the reference.

use dom_query::{Document, NodeRef};
use std::collections::HashMap;

/// Elements whose content a reader never sees as text.
const UNSEEN: &[&str] = &["head", "script", "style", "template", "noscript"];

/// Phrasing elements: their boundaries do not separate words
/// (`Hel<b>lo</b>` is one word). Every other element boundary does.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// All the text of an HTML page or fragment, the way `textContent` gives it
/// but without script and style bodies, and with a space at every boundary
/// of a non-inline element so that blocks never run together. Nothing is
/// dropped for looking like boilerplate: this is the reference side.
pub fn reference_text(html: &str) -> String {
    enum Step<'a> {
        Visit(NodeRef<'a>),
        Space,
    }
    let doc = Document::from(html);
    let mut out = String::with_capacity(html.len() / 2);
    // An explicit stack: no recursion limit to hit on deep pages.
    let mut todo = vec![Step::Visit(doc.root())];
    while let Some(step) = todo.pop() {
        let node = match step {
            Step::Space => {
                out.push(' ');
                continue;
            }
            Step::Visit(node) => node,
        };
        if node.is_text() {
            out.push_str(&node.text());
            continue;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if UNSEEN.contains(&name.as_str()) {
            continue;
        }
        let spaced = node.is_element() && !INLINE.contains(&name.as_str());
        if spaced {
            out.push(' ');
            todo.push(Step::Space);
        }
        let mut children: Vec<NodeRef> = node.children_it(false).collect();
        children.reverse();
        todo.extend(children.into_iter().map(Step::Visit));
    }
    out
}

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

    #[test]
    fn reference_keeps_all_visible_text_and_splits_words_at_blocks() {
        let html = "<html><head><title>Tab title</title></head><body>\
            <div><p>Hel<b>lo</b> there</p><p>world</p></div>\
            <script>track()</script><style>p{}</style>\
            <button>Share</button><nav>Home</nav><ul><li>one</li><li>two</li></ul></body></html>";
        let words: Vec<String> = bag_words(&reference_text(html));
        // Text our main-text renderer would drop (buttons, navigation) stays:
        // the reference does not share the extractor's idea of boilerplate.
        assert_eq!(
            words,
            ["hello", "there", "world", "share", "home", "one", "two"]
        );
    }

    fn bag_words(s: &str) -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_lowercase)
            .collect()
    }
}

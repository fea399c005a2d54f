//! DOM to plain text: one string per block, whitespace collapsed, `<br>` kept
//! as a line break inside its block.

use dom_query::{Document, NodeRef};

/// Elements whose content is never text of the page.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "button", "input", "select", "textarea", "video", "audio", "head", "title", "meta",
    "link",
];

/// Elements that are page furniture, skipped when rendering a whole body.
const BOILERPLATE: &[&str] = &["nav", "header", "footer", "aside", "form", "menu", "dialog"];

/// Class or id fragments of boilerplate containers (whole-body rendering only).
const BOILERPLATE_HINTS: &[&str] = &[
    "cookie",
    "consent",
    "comment",
    "related",
    "share",
    "social",
    "newsletter",
    "promo",
    "advert",
    "banner",
    "subscribe",
    "sidebar",
    "breadcrumb",
    "footer",
    "masthead",
    "menu",
    "popup",
    "modal",
];

/// Elements that start and end a block.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "caption",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "header",
    "footer",
    "body",
    "html",
];

/// The blocks of a document (or of its body when `whole_page`, which also
/// skips boilerplate containers).
pub fn blocks(doc: &Document, whole_page: bool) -> Vec<String> {
    let mut r = Renderer {
        blocks: Vec::new(),
        line: String::new(),
        whole_page,
    };
    let root = doc.root();
    r.walk(&root, 0);
    r.flush();
    r.blocks
}

struct Renderer {
    blocks: Vec<String>,
    line: String,
    whole_page: bool,
}

/// Deeper than this, nodes are ignored (defends the recursion against
/// pathological nesting; html5ever already limits real pages).
const MAX_DEPTH: usize = 512;

impl Renderer {
    fn walk(&mut self, node: &NodeRef, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for child in node.children_it(false) {
            if child.is_text() {
                // Line breaks in the source are spaces; only <br> breaks a line.
                let text = child.text();
                self.line.extend(
                    text.chars()
                        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
                );
            } else if child.is_element() {
                let name = child
                    .node_name()
                    .map(|n| n.to_ascii_lowercase())
                    .unwrap_or_default();
                let name = name.as_str();
                if SKIP.contains(&name) || child.has_attr("hidden") {
                    continue;
                }
                if self.whole_page && is_boilerplate(&child, name) {
                    continue;
                }
                match name {
                    "br" => self.line.push('\n'),
                    "td" | "th" => {
                        self.line.push(' ');
                        self.walk(&child, depth + 1);
                        self.line.push(' ');
                    }
                    _ if BLOCKS.contains(&name) => {
                        self.flush();
                        self.walk(&child, depth + 1);
                        self.flush();
                    }
                    _ => self.walk(&child, depth + 1),
                }
            }
        }
    }

    fn flush(&mut self) {
        if self.line.is_empty() {
            return;
        }
        let lines: Vec<String> = self
            .line
            .split('\n')
            .map(collapse)
            .filter(|l| !l.is_empty())
            .collect();
        self.line.clear();
        if !lines.is_empty() {
            self.blocks.push(lines.join("\n"));
        }
    }
}

fn is_boilerplate(node: &NodeRef, name: &str) -> bool {
    if BOILERPLATE.contains(&name) {
        return true;
    }
    if matches!(
        node.attr("role").as_deref(),
        Some("navigation" | "banner" | "contentinfo" | "dialog")
    ) {
        return true;
    }
    if matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    let mut hints = String::new();
    for attr in ["class", "id"] {
        if let Some(v) = node.attr(attr) {
            hints.push_str(&v.to_ascii_lowercase());
            hints.push(' ');
        }
    }
    // "article-body share-free" should not vanish: only a few words of
    // class names are looked at, and "body"/"content"/"article" win.
    if hints.contains("article") || hints.contains("content") || hints.contains("story") {
        return false;
    }
    BOILERPLATE_HINTS.iter().any(|h| hints.contains(h))
}

/// Words of `class`/`id` values that mark page furniture around an article.
const FURNITURE: &[&str] = &[
    "comment",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "related",
    "newsletter",
    "share",
    "sharing",
    "social",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "outbrain",
    "taboola",
    "recommended",
    "recirculation",
    "subscribe",
    "signup",
    "disqus",
];

/// Removes comment sections, cookie banners, related-article lists, share
/// bars and ads before the article is looked for: elements whose class or
/// id has a word from [`FURNITURE`] ("comments", "cookie-banner",
/// "related_links"), unless they hold at least half of the page's
/// paragraphs (then they are the article's wrapper, not furniture).
pub fn strip_boilerplate(doc: &Document) {
    let total = doc.select("p").length().max(1);
    let mut doomed = Vec::new();
    for node in doc.select("[class], [id]").nodes() {
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(name.as_str(), "html" | "body" | "main" | "article") {
            continue;
        }
        let mut words = String::new();
        for attr in ["class", "id"] {
            if let Some(v) = node.attr(attr) {
                words.push_str(&v.to_ascii_lowercase());
                words.push(' ');
            }
        }
        let hit = words
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| FURNITURE.contains(&w));
        if hit && node.find(&["p"]).len() * 2 < total {
            doomed.push(*node);
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

/// Collapses runs of white space (including non-breaking spaces) to one
/// space and trims the ends.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

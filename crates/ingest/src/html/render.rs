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

/// Elements without content or with optional end tags, which a naive count
/// of open tags must not nest.
const NO_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "td", "th", "tr", "dt", "dd", "option", "html", "head", "body", "tbody",
    "thead", "tfoot", "colgroup", "optgroup", "rt", "rp",
];

/// The deepest nesting of elements, counted from the tags alone (a linear
/// scan before parsing; comments and script bodies are not skipped, which
/// only ever makes it larger).
pub fn nesting_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        let len = b[start.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if len == 0 {
            continue;
        }
        let name = html[start..start + len].to_ascii_lowercase();
        if NO_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            let end = b[start..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(b.len(), |e| start + e);
            if end > 0 && b.get(end - 1) == Some(&b'/') {
                continue; // <x/>
            }
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Text of `html` by dropping tags (and script/style bodies) in one linear
/// pass: block-level tags end a paragraph. For pages too deep to parse.
pub fn strip_tags(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let b = html.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        let Some(off) = b[i..].iter().position(|&c| c == b'<') else {
            out.push_str(&html[i..]);
            break;
        };
        out.push_str(&html[i..i + off]);
        i += off;
        let end = b[i..]
            .iter()
            .position(|&c| c == b'>')
            .map_or(b.len(), |e| i + e + 1);
        let tag = &lower[i..end];
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !tag.starts_with("</") && (name == "script" || name == "style") {
            let close = format!("</{name}");
            i = lower[end..].find(&close).map_or(b.len(), |c| end + c);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) || name == "br" {
            out.push('\n');
        }
        i = end;
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded
        .split('\n')
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

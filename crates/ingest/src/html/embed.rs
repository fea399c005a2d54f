//! Embedded social posts: Twitter/X, Instagram, Facebook and Telegram embeds
//! are read into a [`Post`] and replaced in the page by one paragraph in the
//! form people paste them into articles, which the text-level social-post
//! detector of the `ascribe` crate reads as a `social` attribution:
//!
//! ```text
//! Post text on one line
//! — Display Name (@handle) March 2, 2017
//! ```
//!
//! The author line starts with an em dash and a space; the handle is given
//! without a URL; the date is written `Month D, YYYY` when the embed gives a
//! parsable date, else as the embed shows it, and left out when absent. A
//! post whose author has no display name repeats the handle as the name.
//! Embeds that carry no text in the page (Telegram's script widget, rendered
//! tweet iframes) are dropped.

use super::render::collapse;
use dom_query::{Document, NodeRef, Selection};
use serde::Serialize;

/// Where a post comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    /// Twitter / X.
    Twitter,
    /// Instagram.
    Instagram,
    /// Facebook.
    Facebook,
    /// Telegram.
    Telegram,
}

/// One embedded post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    /// Which network.
    pub network: Network,
    /// The post's text, on one line.
    pub text: String,
    /// Display name of the author.
    pub author: Option<String>,
    /// Handle without "@".
    pub handle: Option<String>,
    /// ISO date (`YYYY-MM-DD`) when the embed gives a parsable one.
    pub date: Option<String>,
    /// The date as shown in the author line.
    pub date_text: Option<String>,
    /// Link to the post.
    pub url: Option<String>,
}

impl Post {
    /// The author line: `— Name (@handle) Month D, YYYY`.
    pub fn author_line(&self) -> String {
        let mut line = String::from("— ");
        let name = self
            .author
            .as_deref()
            .or(self.handle.as_deref())
            .unwrap_or("");
        line.push_str(name);
        if let Some(handle) = &self.handle {
            line.push_str(&format!(" (@{handle})"));
        }
        if let Some(date) = &self.date_text {
            line.push(' ');
            line.push_str(date);
        }
        line
    }

    /// The paragraph that stands for the post in the page text.
    pub fn paragraph(&self) -> String {
        format!("{}\n{}", self.text, self.author_line())
    }
}

/// Reads one kind of embed.
type Reader = fn(&NodeRef) -> Option<Post>;

/// Finds the embeds of `doc`, replaces each with its paragraph (or removes it
/// when it has no text), and returns the posts in document order.
pub fn replace_embeds(doc: &Document) -> Vec<Post> {
    let mut found: Vec<(dom_query::NodeId, Post)> = Vec::new();
    let order = |node: &NodeRef| node.id;
    let kinds: [(&str, Reader); 5] = [
        (
            "blockquote.twitter-tweet, blockquote.twitter-video",
            twitter,
        ),
        ("blockquote.instagram-media", instagram),
        (".fb-post", facebook),
        ("blockquote.fb-xfbml-parse-ignore", facebook),
        (".tgme_widget_message, [data-telegram-post]", telegram),
    ];
    for (selector, read) in kinds {
        let selection: Selection = doc.select(selector);
        for node in selection.nodes() {
            if node.parent().is_none() {
                continue; // already replaced as part of an outer embed
            }
            match read(node) {
                Some(post)
                    if !post.text.is_empty()
                        && (post.author.is_some() || post.handle.is_some()) =>
                {
                    let html = format!(
                        "<p>{}<br>{}</p>",
                        escape(&post.text),
                        escape(&post.author_line())
                    );
                    found.push((order(node), post));
                    node.replace_with_html(html);
                }
                _ => node.remove_from_parent(),
            }
        }
    }
    // Node ids grow in parse order, which is document order for a parsed page.
    found.sort_by_key(|(id, _)| *id);
    found.into_iter().map(|(_, p)| p).collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn text_of(node: &NodeRef) -> String {
    collapse(&node.text())
}

/// Texts of the `p` elements below `node`, joined by spaces.
fn paragraphs(node: &NodeRef, keep: impl Fn(&str) -> bool) -> String {
    let mut parts = Vec::new();
    for p in node.find(&["p"]) {
        let t = text_of(&p);
        if !t.is_empty() && keep(&t) {
            parts.push(t);
        }
    }
    parts.join(" ")
}

/// Splits "Name (@handle) rest" into its parts.
fn name_handle_rest(s: &str) -> (Option<String>, Option<String>, String) {
    let s = s.trim().trim_start_matches(['—', '–', '-', '―']).trim();
    if let Some(open) = s.find("(@") {
        if let Some(close) = s[open..].find(')') {
            let name = collapse(&s[..open]);
            let handle = s[open + 2..open + close].trim().to_string();
            let rest = collapse(&s[open + close + 1..]);
            return (
                (!name.is_empty()).then_some(name),
                (!handle.is_empty()).then_some(handle),
                rest,
            );
        }
    }
    (None, None, collapse(s))
}

/// First path segment of a URL on `host` (e.g. the account of a status link).
fn account_from_url(url: &str, host: &str) -> Option<String> {
    let at = url.find(host)? + host.len();
    let path = url[at..].trim_start_matches('/');
    let seg = path.split(['/', '?', '#']).next()?.trim_start_matches('@');
    let reserved = [
        "p",
        "reel",
        "tv",
        "i",
        "intent",
        "share",
        "hashtag",
        "permalink.php",
        "story.php",
    ];
    (!seg.is_empty() && !reserved.contains(&seg)).then(|| seg.to_string())
}

fn twitter(node: &NodeRef) -> Option<Post> {
    let text = paragraphs(node, |_| true);
    // The author line is what follows the post's paragraphs.
    let mut tail = String::new();
    for child in node.children_it(false) {
        let is_p = child
            .node_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("p"));
        if !is_p {
            tail.push_str(&child.text());
        }
    }
    let (author, mut handle, rest) = name_handle_rest(&tail);
    let url = node
        .find(&["a"])
        .into_iter()
        .filter_map(|a| a.attr("href").map(|h| h.to_string()))
        .rfind(|h| h.contains("/status/"));
    if handle.is_none() {
        handle = url.as_deref().and_then(|u| {
            account_from_url(u, "twitter.com").or_else(|| account_from_url(u, "x.com"))
        });
    }
    let (date, date_text) = dates(&rest);
    Some(Post {
        network: Network::Twitter,
        text,
        author,
        handle,
        date,
        date_text,
        url,
    })
}

fn instagram(node: &NodeRef) -> Option<Post> {
    let is_byline = |t: &str| {
        t.contains("A post shared by")
            || t.contains("A photo posted by")
            || t.contains("A video posted by")
    };
    let boiler = |t: &str| t.eq_ignore_ascii_case("View this post on Instagram");
    let text = paragraphs(node, |t| !is_byline(t) && !boiler(t));
    let byline = node
        .find(&["p"])
        .into_iter()
        .map(|p| text_of(&p))
        .find(|t| is_byline(t))
        .unwrap_or_default();
    let after = ["A post shared by", "A photo posted by", "A video posted by"]
        .iter()
        .find_map(|k| byline.find(k).map(|i| &byline[i + k.len()..]))
        .unwrap_or("");
    let (mut author, mut handle, rest) = name_handle_rest(after);
    if handle.is_none() && author.is_none() && !rest.is_empty() {
        // "A post shared by handle on Mar 2, 2017"
        let who = rest.split(" on ").next().unwrap_or("").trim();
        if !who.is_empty() && !who.contains(' ') {
            handle = Some(who.trim_start_matches('@').to_string());
        } else if !who.is_empty() {
            author = Some(who.to_string());
        }
    }
    let url = node.attr("data-instgrm-permalink").map(|u| u.to_string());
    if handle.is_none() {
        handle = node
            .find(&["a"])
            .into_iter()
            .filter_map(|a| a.attr("href"))
            .find_map(|h| account_from_url(&h, "instagram.com/"));
    }
    let time = node.find(&["time"]).into_iter().next();
    let (date, date_text) = match time.as_ref().and_then(|t| t.attr("datetime")) {
        Some(dt) => dates(&dt),
        None => dates(
            rest.split(" on ")
                .nth(1)
                .unwrap_or("")
                .split(" at ")
                .next()
                .unwrap_or(""),
        ),
    };
    Some(Post {
        network: Network::Instagram,
        text,
        author,
        handle,
        date,
        date_text,
        url,
    })
}

fn facebook(node: &NodeRef) -> Option<Post> {
    let text = paragraphs(node, |_| true);
    let all = text_of(node);
    let after = all
        .rfind("Posted by ")
        .map(|i| &all[i + "Posted by ".len()..])
        .unwrap_or("");
    let (author, date_raw) = match after.find(" on ") {
        Some(i) => (collapse(&after[..i]), collapse(&after[i + 4..])),
        None => (collapse(after), String::new()),
    };
    let url = node
        .attr("data-href")
        .or_else(|| node.attr("cite"))
        .map(|u| u.to_string())
        .or_else(|| {
            node.find(&["blockquote"])
                .into_iter()
                .find_map(|b| b.attr("cite").map(|u| u.to_string()))
        });
    let handle = url
        .as_deref()
        .and_then(|u| account_from_url(u, "facebook.com/"));
    let (date, date_text) = dates(&date_raw);
    let author = (!author.is_empty()).then_some(author);
    Some(Post {
        network: Network::Facebook,
        text,
        author,
        handle,
        date,
        date_text,
        url,
    })
}

fn telegram(node: &NodeRef) -> Option<Post> {
    let post_ref = node
        .attr("data-post")
        .or_else(|| node.attr("data-telegram-post"))?
        .to_string();
    let handle = post_ref
        .split('/')
        .next()
        .map(str::to_string)
        .filter(|h| !h.is_empty());
    let sel = Selection::from(*node);
    let text = collapse(&sel.select(".tgme_widget_message_text").text());
    let author = collapse(&sel.select(".tgme_widget_message_owner_name").text());
    let (date, date_text) = match sel.select("time").attr("datetime") {
        Some(dt) => dates(&dt),
        None => (None, None),
    };
    let url = Some(format!("https://t.me/{post_ref}"));
    let author = (!author.is_empty()).then_some(author);
    Some(Post {
        network: Network::Telegram,
        text,
        author,
        handle,
        date,
        date_text,
        url,
    })
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO date and a display form (`Month D, YYYY`) of a date as embeds write
/// it: ISO timestamps, "March 3, 2017", "Mar 3, 2017", "3 March 2017",
/// optionally after a weekday ("Thursday, March 2, 2017"). Unparsable text is
/// kept as the display form.
pub fn dates(raw: &str) -> (Option<String>, Option<String>) {
    let raw = collapse(raw);
    if raw.is_empty() {
        return (None, None);
    }
    match parse_date(&raw) {
        Some((y, m, d)) => {
            let iso = format!("{y:04}-{m:02}-{d:02}");
            let display = format!("{} {d}, {y}", MONTHS[m as usize - 1]);
            (Some(iso), Some(display))
        }
        None => (None, Some(raw)),
    }
}

fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    // ISO: YYYY-MM-DD…
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let y = s.get(0..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        return valid(y, m, d);
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month_of = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        (w.len() >= 3)
            .then(|| MONTHS.iter().position(|m| m.to_lowercase().starts_with(&w)))
            .flatten()
            .map(|i| i as u32 + 1)
    };
    for i in 0..words.len() {
        if let Some(m) = month_of(words[i]) {
            // Month D, YYYY
            if let (Some(d), Some(y)) = (words.get(i + 1), words.get(i + 2)) {
                if let (Ok(d), Ok(y)) = (d.parse(), y.parse()) {
                    return valid(y, m, d);
                }
            }
            // D Month YYYY
            if i > 0 {
                if let (Ok(d), Some(Ok(y))) =
                    (words[i - 1].parse(), words.get(i + 1).map(|y| y.parse()))
                {
                    return valid(y, m, d);
                }
            }
        }
    }
    None
}

fn valid(y: u32, m: u32, d: u32) -> Option<(u32, u32, u32)> {
    ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((y, m, d))
}

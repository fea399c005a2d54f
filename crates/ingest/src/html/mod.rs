//! HTML news pages: main text, metadata and embedded social posts.
//!
//! [`extract`] parses a page (html5ever), turns embedded posts into
//! paragraphs of their own ([`embed`]), finds the article with a port of
//! Mozilla Readability (`dom_smoothie`), and renders it as plain text
//! ([`render`]): one block (heading, paragraph, list item, block quote,
//! caption) per paragraph, blocks separated by a blank line, in reading
//! order. Navigation, ads, comments, related-article lists and cookie banners
//! are what Readability leaves out. When it finds no article, the whole body
//! is rendered minus obvious boilerplate (`nav`, `header`, `footer`, `aside`,
//! forms) and the page is marked [`Page::fallback`].
//!
//! Metadata comes from JSON-LD, OpenGraph/Dublin Core/`article:*` meta tags,
//! `<link rel=canonical>` and `<title>`; the publication date also from
//! microdata, publishing-system meta tags and `<time datetime>`.

pub mod embed;
pub mod render;

pub use embed::{Network, Post};

use dom_query::Document as Dom;
use serde::Serialize;

/// Pages whose elements nest deeper than this are not parsed as HTML; their
/// text is taken by stripping tags ([`Page::fallback`] is set).
pub const MAX_NESTING: usize = 512;

/// What was read from one HTML page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    /// The main text: title (unless [`Options::include_title`] is off), then
    /// the article's blocks, separated by blank lines.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// Author(s) as the page gives them.
    pub byline: Option<String>,
    /// Publication date-time as the page gives it (usually ISO 8601).
    pub published: Option<String>,
    /// Canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`).
    pub url: Option<String>,
    /// Site or publisher name (`og:site_name`, JSON-LD `publisher.name`).
    pub outlet: Option<String>,
    /// Declared language (`<html lang>`).
    pub lang: Option<String>,
    /// Embedded social posts found in the article, in reading order.
    pub posts: Vec<Post>,
    /// True when no article was recognised and the whole body was rendered.
    pub fallback: bool,
}

/// Settings of [`extract_with`].
#[derive(Debug, Clone)]
pub struct Options {
    /// Start the text with the headline as its own paragraph (default true).
    pub include_title: bool,
    /// The page's own URL, if known (resolves nothing; used as a fallback `url`).
    pub url: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            include_title: true,
            url: None,
        }
    }
}

/// Extracts main text and metadata with default [`Options`].
pub fn extract(html: &str) -> Page {
    extract_with(html, &Options::default())
}

/// Extracts main text and metadata from a page. Never fails: a page with no
/// recognisable article yields its whole visible text ([`Page::fallback`]).
pub fn extract_with(html: &str, options: &Options) -> Page {
    if render::nesting_depth(html) > MAX_NESTING {
        // HTML parsing and article scoring are quadratic in nesting depth;
        // no real page nests this deep, hostile ones do.
        let text = render::strip_tags(html);
        return Page {
            text,
            fallback: true,
            ..Page::default()
        };
    }
    let dom = Dom::from(html);
    let canonical = dom
        .select("link[rel~=canonical]")
        .attr("href")
        .map(|h| h.trim().to_string())
        .filter(|h| h.starts_with("http"));
    let lang = dom
        .select("html")
        .attr("lang")
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    let posts = embed::replace_embeds(&dom);
    render::strip_boilerplate(&dom);

    let fallback_dom = Dom::from(html);
    let readability = dom_smoothie::Readability::with_document(dom, None, None);
    let (article, meta) = match readability {
        Ok(mut r) => {
            let meta = r.get_article_metadata(r.parse_json_ld());
            (r.parse().ok(), Some(meta))
        }
        Err(_) => (None, None),
    };

    let mut page = Page {
        lang,
        ..Page::default()
    };
    if let Some(meta) = &meta {
        page.title = nonempty(&meta.title);
        page.byline = meta.byline.as_deref().and_then(nonempty);
        page.published = meta.published_time.as_deref().and_then(nonempty);
        page.outlet = meta.site_name.as_deref().and_then(nonempty);
        page.url = meta
            .url
            .as_deref()
            .and_then(nonempty)
            .filter(|u| u.starts_with("http"));
    }
    if page.published.is_none() {
        // The second parse is still untouched (embeds and boilerplate are
        // only stripped from it below, when Readability finds no article).
        page.published = published_fallback(&fallback_dom);
    }
    if canonical.is_some() {
        page.url = canonical;
    }
    if page.url.is_none() {
        page.url = options.url.clone();
    }

    let blocks = match &article {
        Some(a) if !a.text_content.trim().is_empty() => {
            let content = Dom::from(a.content.as_ref());
            if page.title.is_none() && !a.title.trim().is_empty() {
                page.title = nonempty(&a.title);
            }
            render::blocks(&content, false)
        }
        _ => {
            page.fallback = true;
            embed::replace_embeds(&fallback_dom);
            render::strip_boilerplate(&fallback_dom);
            render::blocks(&fallback_dom, true)
        }
    };
    // Keep only posts whose paragraph survived into the text.
    page.posts = posts
        .into_iter()
        .filter(|p| blocks.iter().any(|b| *b == p.paragraph()))
        .collect();

    let mut text = String::new();
    if options.include_title {
        if let Some(title) = &page.title {
            let first_is_title = blocks.first().is_some_and(|b| same_words(b, title));
            if !first_is_title {
                text.push_str(&render::collapse(title));
            }
        }
    }
    for block in &blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(block);
    }
    page.text = text;
    page
}

/// Meta tags that carry the publication date on pages whose JSON-LD and
/// `article:published_time` Readability does not read: microdata, Dublin
/// Core and the names publishing systems and analytics tags use.
const DATE_METAS: &[&str] = &[
    "meta[itemprop=datePublished]",
    "meta[name=date]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=publish_date]",
    "meta[name='article.published']",
    "meta[name='article:published_time']",
    "meta[name='dc.date']",
    "meta[name='dc.date.issued']",
    "meta[name='DC.date.issued']",
    "meta[name='dcterms.created']",
    "meta[name='dcterms.date']",
    "meta[name='sailthru.date']",
    "meta[property='article:published']",
];

/// The publication date from where Readability's metadata does not look:
/// the meta tags of [`DATE_METAS`], a JSON-LD `datePublished` (also without
/// `@context`), then the `<time datetime>` marked as the publication date,
/// else the first one inside the article, else one styled as the date. Only
/// values that start with an ISO date (`YYYY-MM-DD`) count: "3 hours ago"
/// anchors nothing.
fn published_fallback(dom: &Dom) -> Option<String> {
    let iso = crate::doc::iso_timestamp;
    let metas = DATE_METAS
        .iter()
        .find_map(|sel| dom.select(sel).attr("content").and_then(|v| iso(&v)));
    let json_ld = || {
        dom.select("script[type='application/ld+json']")
            .iter()
            .filter_map(|s| serde_json::from_str::<serde_json::Value>(&s.text()).ok())
            .find_map(|v| date_published(&v, 0).and_then(|d| iso(&d)))
    };
    let time = || {
        [
            "time[pubdate][datetime]",
            "time[itemprop=datePublished][datetime]",
            "article time[datetime]",
        ]
        .iter()
        .find_map(|sel| dom.select(sel).attr("datetime").and_then(|v| iso(&v)))
        .or_else(|| {
            // Outside the article: a <time> the page styles as its date
            // (`class="date"`), not a comment's.
            dom.select("time[class*=date][datetime]:not([class*=comment])")
                .attr("datetime")
                .and_then(|v| iso(&v))
        })
    };
    metas.or_else(json_ld).or_else(time)
}

/// The first `datePublished` string in a JSON-LD value (objects, arrays and
/// `@graph`), looking no deeper than a few levels.
fn date_published(v: &serde_json::Value, depth: usize) -> Option<String> {
    if depth > 4 {
        return None;
    }
    match v {
        serde_json::Value::Object(map) => map
            .get("datePublished")
            .and_then(|d| d.as_str().map(str::to_string))
            .or_else(|| map.values().find_map(|x| date_published(x, depth + 1))),
        serde_json::Value::Array(items) => items.iter().find_map(|x| date_published(x, depth + 1)),
        _ => None,
    }
}

fn nonempty(s: &str) -> Option<String> {
    let t = render::collapse(s);
    (!t.is_empty()).then_some(t)
}

/// The same words, ignoring case, spacing and punctuation.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    words(a) == words(b)
}

#[cfg(test)]
mod tests;

//! Boilerplate: paragraphs that belong to the page, not to the story.
//!
//! Promotion ("Never miss a story again — sign up to our Telegram
//! channel…"), link lines ("Read more: …", and the titles listed under
//! "More on this story"), photo credits ("Photo: …",
//! "(Getty Images)"), share bars, advertisement markers and headings are
//! marked so downstream users can drop them, and attributions found inside
//! them are not emitted. Detection looks at one short paragraph at a time
//! (a long paragraph is story text whatever words it contains; the only
//! state carried over is whether a link list is open), so the scan is
//! linear in the document.

use super::dates::{month_number, weekday_number};
use crate::types::{Attribution, Boilerplate, BoilerplateKind};
use ascribe_text::{Layout, MarkRole, Token, TokenKind};
use std::ops::Range;

/// Paragraphs with more words than this are never boilerplate (headings have their own, lower limit).
const MAX_WORDS: usize = 45;

/// Boilerplate paragraphs of a document, in text order, as code-point spans.
pub fn find(layout: &Layout) -> Vec<Boilerplate> {
    let n_par = layout.paragraphs.len();
    let mut out = Vec::new();
    // Under a list header ("More on this story", "Related stories"), the
    // link lines that follow are furniture too, up to the first sentence.
    let mut in_list = false;
    for (p, par) in layout.paragraphs.iter().enumerate() {
        // The last paragraph is never a heading (nothing follows it), nor is
        // a short post above an embed's author line ("— Name (@handle)…").
        let heading = || {
            p + 1 < n_par
                && !layout
                    .paragraphs
                    .get(p + 1)
                    .and_then(|next| layout.tokens.get(next.start))
                    .is_some_and(|t| t.text(layout.src).starts_with(['—', '–', '―', '-']))
                && is_heading(layout, par.clone())
        };
        // Line by line: a link line and a share bar hard-wrapped into one
        // paragraph are two pieces of furniture. Only a one-line paragraph
        // may be a heading.
        let lines = lines(layout, par.clone());
        let single = lines.len() == 1;
        for line in lines {
            let header = is_list_header(layout, line.clone());
            let kind = classify(layout, line.clone())
                .or_else(|| header.then_some(BoilerplateKind::ReadMore))
                .or_else(|| (single && heading()).then_some(BoilerplateKind::Heading))
                .or_else(|| {
                    (in_list && is_link_line(layout, line.clone()))
                        .then_some(BoilerplateKind::ReadMore)
                });
            in_list = match kind {
                Some(BoilerplateKind::ReadMore) => in_list || header,
                Some(_) => in_list,
                None => false,
            };
            if let Some(kind) = kind {
                push(&mut out, layout, line, kind);
            }
        }
    }
    out
}

/// Read-more phrases that head a list of links rather than introduce one
/// ("Read more: …" names its one link itself).
const LIST_HEADERS: &[&str] = &[
    "more on this story",
    "related stories",
    "related articles",
    "related topics",
    "related",
    "you may also like",
    "most read",
    "top stories",
    "more stories",
];

/// First words of a short line ending in a colon that heads a list of
/// links: "More games news:", "Also on Channel 4:", "Latest from the desk:".
const LIST_OPENERS: &[&str] = &[
    "more",
    "related",
    "also",
    "recommended",
    "trending",
    "popular",
    "latest",
    "top",
];

/// Most words of a list header of the [`LIST_OPENERS`] kind.
const MAX_HEADER_WORDS: usize = 6;

/// The line is a list header of [`LIST_HEADERS`] and nothing more, or a
/// short line opening with one of [`LIST_OPENERS`] and ending in a colon.
fn is_list_header(layout: &Layout, line: Range<usize>) -> bool {
    let Some(text) = layout.src.get(layout.byte_span(line)) else {
        return false;
    };
    let t = text
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if LIST_HEADERS.contains(&t.as_str()) {
        return true;
    }
    let words = t.split_whitespace().count();
    text.trim_end().ends_with(':')
        && words <= MAX_HEADER_WORDS
        && t.split_whitespace()
            .next()
            .is_some_and(|w| LIST_OPENERS.contains(&w))
}

/// A link's title or its date under a list header: short, without a
/// sentence's closing punctuation, also inside a closing quotation mark.
/// Titles may quote a name ("Race at your own speed in ‘Forza Horizon 3’").
fn is_link_line(layout: &Layout, line: Range<usize>) -> bool {
    let Some(toks) = layout.tokens.get(line.clone()) else {
        return false;
    };
    let words = word_count(toks);
    let text = |t: Option<&Token>| t.map_or("", |t| t.text(layout.src));
    let ends = |w: &str| matches!(w, "." | "!" | "?" | ",");
    let closes_sentence = match toks {
        [.., before, last] if matches!(text(Some(last)), "\"" | "”" | "’" | "'") => {
            ends(text(Some(before)))
        }
        [.., last] => ends(text(Some(last))),
        [] => false,
    };
    words > 0 && words <= 14 && !closes_sentence
}

/// Words and numbers among `toks`.
fn word_count(toks: &[Token]) -> usize {
    toks.iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .count()
}

fn push(out: &mut Vec<Boilerplate>, layout: &Layout, toks: Range<usize>, kind: BoilerplateKind) {
    let chars = layout.char_span(layout.byte_span(toks));
    out.push(Boilerplate {
        start: chars.start,
        end: chars.end,
        kind,
    });
}

/// The lines of a paragraph, as token ranges.
fn lines(layout: &Layout, par: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = par.start;
    for i in par.start + 1..par.end {
        if layout.tokens.get(i).is_some_and(|t| t.newlines_before > 0) {
            out.push(start..i);
            start = i;
        }
    }
    if start < par.end {
        out.push(start..par.end);
    }
    out
}

/// Drops attributions whose content lies entirely inside boilerplate.
pub fn drop_inside(boilerplate: &[Boilerplate], attributions: &mut Vec<Attribution>) {
    if boilerplate.is_empty() {
        return;
    }
    attributions.retain(|a| {
        !a.content.iter().all(|s| {
            boilerplate
                .iter()
                .any(|b| b.start <= s.start && s.end <= b.end)
        })
    });
}

/// The kind of a paragraph other than a heading, or `None` for story text.
fn classify(layout: &Layout, par: Range<usize>) -> Option<BoilerplateKind> {
    let toks = layout.tokens.get(par.clone())?;
    let words = word_count(toks);
    if words == 0 || words > MAX_WORDS {
        return None;
    }
    let bytes = layout.byte_span(par.clone());
    let text = layout.src.get(bytes)?.to_lowercase();
    // Normalise the apostrophe so one spelling of each phrase suffices.
    let text = text.replace('’', "'");
    let t = text.trim_start_matches(|c: char| c == '(' || c == '[' || c.is_whitespace());
    if READ_MORE.iter().any(|p| t.starts_with(p)) {
        return Some(BoilerplateKind::ReadMore);
    }
    if CREDIT_START.iter().any(|p| t.starts_with(p))
        || (words <= 12
            && CREDIT_ANYWHERE.iter().any(|p| {
                // The credit closes the line ("… (AP Photo/Evan Vucci)"); a
                // sentence about "the Reuters/Ipsos poll" goes on after it.
                t.find(p)
                    .is_some_and(|at| t[at..].split_whitespace().count() <= 4)
            }))
    {
        return Some(BoilerplateKind::PhotoCredit);
    }
    let bare = t.trim_end_matches(|c: char| !c.is_alphanumeric());
    if ADVERTISEMENT.contains(&bare) {
        return Some(BoilerplateKind::Advertisement);
    }
    if words <= 10 && is_share_bar(layout, par.clone()) {
        return Some(BoilerplateKind::Share);
    }
    if words <= 12 && is_page_stamp(t) && !has_quotation(layout, par.clone()) {
        return Some(BoilerplateKind::Metadata);
    }
    // A promotion speaks to the reader; a quoted sentence that happens to
    // say "sign up" is somebody's words, so quotations rule it out.
    if PROMO.iter().any(|p| t.contains(p)) && !has_quotation(layout, par) {
        return Some(BoilerplateKind::Promo);
    }
    None
}

/// A reading time ("4 min read") or an update/publication stamp followed
/// by its time ("Updated 5 March 2024", "Published: 3 hours ago"); a
/// sentence that merely opens with the word ("Updated figures show …")
/// goes on with words, not a time. `t` is lowercase.
fn is_page_stamp(t: &str) -> bool {
    if READING_TIME.iter().any(|p| t.contains(p)) {
        return true;
    }
    STAMP_START.iter().any(|p| {
        t.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim_start_matches([':', ' ', '\u{a0}']);
            let rest = ["on ", "at "]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest);
            // The whole first word: a prefix test took "monthly" for "mon".
            let first = rest
                .split(|c: char| !c.is_alphanumeric() && c != '.')
                .next()
                .unwrap_or("");
            rest.starts_with(|c: char| c.is_ascii_digit())
                || month_number(first).is_some()
                || weekday_number(first).is_some()
                || DAY_WORDS.contains(&first)
        })
    })
}

/// Reading-time phrases.
const READING_TIME: &[&str] = &[" min read", " mins read", " minute read", " minutes read"];

/// Openings of update and publication stamps.
const STAMP_START: &[&str] = &[
    "last updated",
    "updated",
    "published",
    "posted",
    "first published",
];

/// Weekday abbreviations and relative days that may follow a stamp word
/// (month and weekday names come from the date reader).
const DAY_WORDS: &[&str] = &[
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "yesterday",
    "today",
];

/// Paragraph openings of link lines.
const READ_MORE: &[&str] = &[
    "read more:",
    "read more ",
    "read also:",
    "also read:",
    "related:",
    "related articles",
    "related stories",
    "see also:",
    "more on this story",
    "more from ",
    "you may also like",
    "recommended:",
    "watch:",
    "listen:",
];

/// Paragraph openings of photo and image credits.
const CREDIT_START: &[&str] = &[
    "photo:",
    "photo credit",
    "photos:",
    "photograph:",
    "image:",
    "image copyright",
    "image caption",
    "image source",
    "picture:",
    "credit:",
    "file photo",
    "getty images",
    "ap photo",
];

/// Agency credits that give a short line away as a photo credit.
const CREDIT_ANYWHERE: &[&str] = &[
    "(getty images)",
    "/ getty images",
    "/getty images",
    "via getty images",
    "(ap photo",
    "ap photo/",
    "afp photo",
    "/ afp",
    "/afp",
    "reuters/",
    "/ reuters",
    "shutterstock",
    "© ",
];

/// Whole-paragraph advertisement markers (lowercase, final punctuation removed).
const ADVERTISEMENT: &[&str] = &[
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading the main story",
    "continue reading below",
    "scroll to continue with content",
];

/// Phrases that address the reader to sell, sign up or follow.
const PROMO: &[&str] = &[
    "sign up to our",
    "sign up for our",
    "sign up to the",
    "sign up for the",
    "sign up here",
    "sign up now",
    "subscribe to our",
    "subscribe now",
    "subscribe here",
    "subscribe today",
    "click here to",
    "never miss a story",
    "follow us on",
    "like us on facebook",
    "join us on",
    "join our telegram",
    "our newsletter",
    "our daily newsletter",
    "delivered to your inbox",
    "download our app",
    "download the app",
    "support our journalism",
    "support independent journalism",
    "become a member",
    "get our free",
];

/// Words of share bars ("Share this article", "Facebook Twitter Email").
const SHARE_WORDS: &[&str] = &[
    "share",
    "this",
    "article",
    "story",
    "page",
    "on",
    "via",
    "with",
    "to",
    "tweet",
    "email",
    "e-mail",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "pinterest",
    "print",
    "copy",
    "link",
    "comments",
    "comment",
    "messenger",
    "vk",
];

/// Every word is a share-bar word and "share"/"tweet"/a network name is among them.
fn is_share_bar(layout: &Layout, par: Range<usize>) -> bool {
    let mut networks = 0;
    for i in par {
        let Some(t) = layout.tokens.get(i) else {
            return false;
        };
        match t.kind {
            TokenKind::Word => {
                let w = t.text(layout.src).to_lowercase();
                if !SHARE_WORDS.contains(&w.as_str()) {
                    return false;
                }
                if !matches!(
                    w.as_str(),
                    "this"
                        | "article"
                        | "story"
                        | "page"
                        | "on"
                        | "via"
                        | "with"
                        | "to"
                        | "link"
                        | "copy"
                ) {
                    networks += 1;
                }
            }
            TokenKind::Number | TokenKind::Quote => return false,
            TokenKind::Punct | TokenKind::Symbol => {}
        }
    }
    networks > 0
}

/// Some quotation opens inside the paragraph.
fn has_quotation(layout: &Layout, par: Range<usize>) -> bool {
    layout.quotes.iter().any(|q| par.contains(&q.open))
}

/// Function words a title-case heading may leave lowercase.
const TITLE_SMALL: &[&str] = &[
    "of", "the", "and", "in", "on", "for", "to", "a", "an", "at", "by", "with", "vs", "or", "’s",
    "'s",
];

/// Headings: short one-line paragraphs that are either wholly quoted
/// ('Honest Man') or in title case without final punctuation
/// (Sessions' Recusal).
pub fn is_heading(layout: &Layout, par: Range<usize>) -> bool {
    let n = par.end.saturating_sub(par.start);
    if n == 0 || n > 18 {
        return false;
    }
    let Some(toks) = layout.tokens.get(par.clone()) else {
        return false;
    };
    let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
    if words == 0 || words > 12 {
        return false;
    }
    // One line.
    if toks.iter().skip(1).any(|t| t.newlines_before > 0) {
        return false;
    }
    let Some(last_word) = toks.iter().rposition(|t| t.kind != TokenKind::Quote) else {
        return false;
    };
    let last = toks.get(last_word).map_or("", |t| t.text(layout.src));
    if matches!(last, "." | "!" | "?" | "…" | ":" | "," | ";") {
        return false;
    }
    let plain = toks.iter().all(|t| {
        matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Quote
        )
    });
    if !plain {
        return false;
    }
    // Wholly quoted: one quotation opens at the first token and closes at the last.
    let first_open = layout.marks.get(par.start).copied().flatten() == Some(MarkRole::Open);
    if first_open
        && layout
            .quotes
            .iter()
            .any(|q| q.open == par.start && q.close + 1 == par.end)
    {
        return true;
    }
    let cap = |t: &ascribe_text::Token| {
        let w = t.text(layout.src);
        w.chars().next().is_some_and(char::is_uppercase)
    };
    toks.first()
        .is_some_and(|t| t.kind == TokenKind::Word && cap(t))
        && toks.iter().all(|t| {
            t.kind != TokenKind::Word
                || cap(t)
                || TITLE_SMALL.contains(&t.text(layout.src).to_lowercase().as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BoilerplateKind)> {
        let layout = Layout::new(text);
        let chars: Vec<char> = text.chars().collect();
        find(&layout)
            .into_iter()
            .map(|b| {
                let s: String = chars.get(b.start..b.end).unwrap_or(&[]).iter().collect();
                (s, b.kind)
            })
            .collect()
    }

    #[test]
    fn page_stamps_are_metadata_and_sentences_are_not() {
        let text = "Updated 12 June 2025 · 4 min read\n\n\
            Published: Tuesday, 3 hours ago\n\n\
            Updated figures released on 5 March show the deficit grew, officials said.\n\n\
            Published monthly since 1990, the index tracks rents.\n\n\
            The mayor said the report was published on time.";
        assert_eq!(
            kinds(text),
            vec![
                (
                    "Updated 12 June 2025 · 4 min read".to_string(),
                    BoilerplateKind::Metadata
                ),
                (
                    "Published: Tuesday, 3 hours ago".to_string(),
                    BoilerplateKind::Metadata
                ),
            ]
        );
    }

    #[test]
    fn promo_read_more_and_credit_lines() {
        let text = "The council approved the budget on Monday.\n\
            Read more: Budget talks stall for a third week\n\
            Photo: Maria Lopez for the Gazette\n\
            The vote was close, officials said.\n\
            Never miss a story again — sign up to our Telegram channel and we’ll keep you posted!";
        assert_eq!(
            kinds(text),
            vec![
                (
                    "Read more: Budget talks stall for a third week".to_string(),
                    BoilerplateKind::ReadMore
                ),
                (
                    "Photo: Maria Lopez for the Gazette".to_string(),
                    BoilerplateKind::PhotoCredit
                ),
                (
                    "Never miss a story again — sign up to our Telegram channel and we’ll keep you posted!"
                        .to_string(),
                    BoilerplateKind::Promo
                ),
            ]
        );
    }

    #[test]
    fn agency_credit_share_bar_and_advertisement() {
        let text = "Crowds gathered outside the court.\n(Getty Images)\n\
            Share on Facebook Share on Twitter Email\nAdvertisement\nThe hearing resumed.\n\
            Share this with Facebook\nShare this page\nThe jury went out to consider.";
        let got: Vec<BoilerplateKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(
            got,
            vec![
                BoilerplateKind::PhotoCredit,
                BoilerplateKind::Share,
                BoilerplateKind::Advertisement,
                BoilerplateKind::Share,
                BoilerplateKind::Share,
            ]
        );
    }

    #[test]
    fn link_lines_under_a_list_header() {
        let text = "The mayor said the bins would be emptied every two weeks.\n\n\
            More on this story\n\nMayor says bin strike is over\n20 March 2025\n\n\
            Bin collections: what changes in June\n\n\
            Residents said they would fight the plan.";
        let got: Vec<BoilerplateKind> = kinds(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(got, vec![BoilerplateKind::ReadMore; 4]);
        // "Read more: …" names its one link: the sentence after it is story
        // text even when it is short and unpunctuated.
        let text =
            "Read more: Mayor defends bin plan\n\nResidents say no\n\nThe vote is on Monday.";
        assert_eq!(kinds(text).len(), 1);
    }

    #[test]
    fn any_short_more_line_with_a_colon_heads_a_list() {
        // Titles quoting a name still are links; a line that closes a
        // quotation with a full stop is somebody's words and ends the list.
        let text = "The studio said the game would ship in May.\n\n\
            More games news:\n\n\
            ‘Harbour Kings’ lets you build your own port\n\n\
            Review: Sail at your own pace in ‘Tidewater 2’\n\n\
            “We never expected this,” said the lead designer.";
        let got = kinds(text);
        let lines: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            lines,
            vec![
                "More games news:",
                "‘Harbour Kings’ lets you build your own port",
                "Review: Sail at your own pace in ‘Tidewater 2’"
            ]
        );
        assert!(got.iter().all(|(_, k)| *k == BoilerplateKind::ReadMore));
        // A long line with a colon is no header.
        let text = "More than forty people were hurt in the blast on the quay, police said:\n\n\
            Two are in hospital";
        assert!(kinds(text).is_empty());
    }

    #[test]
    fn headings_quoted_and_title_case() {
        let text = "Budget Row Deepens\nThe mayor spoke first.\n'Cold Comfort'\nShe left early.";
        let got = kinds(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0],
            ("Budget Row Deepens".to_string(), BoilerplateKind::Heading)
        );
        assert_eq!(
            got[1],
            ("'Cold Comfort'".to_string(), BoilerplateKind::Heading)
        );
    }

    #[test]
    fn agency_names_in_a_sentence_are_no_credit() {
        let text = "The Reuters/Ipsos poll showed Clinton ahead by four points.\nNext.";
        assert!(kinds(text).is_empty(), "{:?}", kinds(text));
        let text = "Protesters outside the court. (AP Photo/Evan Vucci)\nNext.";
        assert_eq!(kinds(text).len(), 1, "{:?}", kinds(text));
    }

    #[test]
    fn story_text_is_not_boilerplate() {
        // Quoted "sign up", a long paragraph naming a newsletter, a sentence-case line.
        let long = format!(
            "The company said {} that readers could subscribe to our newsletter.",
            "its revenue grew and ".repeat(12)
        );
        let text = format!(
            "\"Sign up to our volunteer list today,\" the organiser urged.\n{long}\nThe mayor left early.\nShe said nothing."
        );
        assert!(kinds(&text).is_empty(), "{:?}", kinds(&text));
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "Zoë Ørsted’s story…\nРеклама\nRead more: Ещё новости";
        let layout = Layout::new(text);
        let found = find(&layout);
        let last = found.last().expect("read more line");
        assert_eq!(last.kind, BoilerplateKind::ReadMore);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(last.end, chars.len());
        let s: String = chars[last.start..last.end].iter().collect();
        assert_eq!(s, "Read more: Ещё новости");
    }

    #[test]
    fn drops_attributions_inside_only() {
        use crate::types::{Kind, Span, Speaker};
        let span = |start, end| Span {
            start,
            end,
            text: String::new(),
        };
        let attr = |start, end| Attribution {
            kind: Kind::Indirect,
            content: vec![span(start, end)],
            cue: vec![],
            source: vec![],
            speaker: Speaker::default(),
            venue: None,
            date: None,
            handle: None,
            confidence: 1.0,
        };
        let bp = vec![Boilerplate {
            start: 10,
            end: 20,
            kind: BoilerplateKind::Promo,
        }];
        let mut v = vec![attr(0, 5), attr(12, 18), attr(15, 25)];
        drop_inside(&bp, &mut v);
        let starts: Vec<usize> = v.iter().map(|a| a.content[0].start).collect();
        assert_eq!(starts, vec![0, 15]);
    }
}

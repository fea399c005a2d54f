//! Venue, medium or addressee of an attribution, as written in its frame:
//! "at a press conference" → "press conference", "in an interview with Fox
//! News" → "interview with Fox News", "told RT" → "RT", "on CNN's State of the
//! Union" → "CNN's State of the Union".

use super::names::{is_calendar_word, is_capitalized_stopword};
use super::{Ctx, Frame};
use std::ops::Range;

/// Nouns naming an occasion or a medium of speech.
fn is_venue_noun(w: &str) -> bool {
    matches!(
        w,
        "conference"
            | "briefing"
            | "rally"
            | "meeting"
            | "hearing"
            | "summit"
            | "forum"
            | "event"
            | "session"
            | "ceremony"
            | "debate"
            | "speech"
            | "address"
            | "interview"
            | "interviews"
            | "statement"
            | "statements"
            | "post"
            | "posts"
            | "tweet"
            | "tweets"
            | "letter"
            | "op-ed"
            | "column"
            | "article"
            | "email"
            | "e-mail"
            | "note"
            | "video"
            | "message"
            | "blog"
            | "release"
            | "broadcast"
            | "podcast"
            | "show"
            | "programme"
            | "program"
            | "appearance"
            | "remarks"
            | "comments"
            | "testimony"
            | "memo"
            | "filing"
            | "documentary"
            | "lecture"
            | "panel"
            | "roundtable"
            | "gathering"
            | "call"
            | "conversation"
            | "chat"
            | "sermon"
            | "discussion"
            | "editorial"
            | "essay"
            | "book"
            | "memoir"
            | "communiqué"
            | "communique"
            | "declaration"
            | "announcement"
            | "livestream"
            | "stream"
            | "broadcasts"
            | "newsletter"
            | "telegram"
            | "transcript"
            | "q&a"
            | "ama"
            | "thread"
            | "report"
            | "commentary"
            | "op-eds"
            | "piece"
            | "sit-down"
            | "town-hall"
            | "presser"
            | "visit"
    )
}

/// Media and platforms that may follow "on" ("on Twitter", "on television").
fn is_medium(w: &str) -> bool {
    matches!(
        w,
        "twitter"
            | "facebook"
            | "instagram"
            | "telegram"
            | "youtube"
            | "tiktok"
            | "vkontakte"
            | "vk"
            | "television"
            | "tv"
            | "radio"
            | "air"
            | "camera"
            | "x"
            | "linkedin"
            | "reddit"
            | "weibo"
            | "wechat"
            | "truth"
            | "social"
            | "mastodon"
            | "bluesky"
            | "threads"
    )
}

/// Lowercase nouns that can be told something ("told reporters").
fn is_audience_noun(w: &str) -> bool {
    matches!(
        w,
        "reporters"
            | "journalists"
            | "media"
            | "press"
            | "lawmakers"
            | "legislators"
            | "senators"
            | "congress"
            | "parliament"
            | "deputies"
            | "mps"
            | "supporters"
            | "students"
            | "crowd"
            | "audience"
            | "crowds"
            | "voters"
            | "delegates"
            | "members"
            | "investors"
            | "analysts"
            | "employees"
            | "staff"
            | "colleagues"
            | "committee"
            | "panel"
            | "court"
            | "jury"
            | "judge"
            | "newspaper"
            | "magazine"
            | "broadcaster"
            | "channel"
            | "agency"
            | "radio"
            | "television"
            | "outlet"
            | "outlets"
            | "newsmen"
            | "correspondents"
            | "listeners"
            | "viewers"
            | "readers"
            | "officials"
            | "diplomats"
            | "graduates"
            | "troops"
            | "workers"
            | "residents"
    )
}

/// Nouns of an act of speaking itself, which an adjunct at a content's end
/// can only be about the speaking: "in a statement", "during a briefing".
fn is_speaking_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "statements"
            | "interview"
            | "interviews"
            | "briefing"
            | "conference"
            | "speech"
            | "remarks"
            | "comments"
            | "tweet"
            | "tweets"
            | "testimony"
            | "op-ed"
            | "address"
    )
}

/// Tokens at the end of a content searched for a trailing venue.
const TAIL: usize = 14;

/// Where a venue phrase that ends a content starts: "the bridge would
/// reopen in a statement on Thursday" (the model sometimes runs a content
/// over the frame's adjunct). Only a phrase headed by a noun of speaking,
/// followed by nothing but a date, counts.
pub fn trailing(ctx: &Ctx, content: Range<usize>) -> Option<usize> {
    let lo = content.end.saturating_sub(TAIL).max(content.start + 1);
    (lo..content.end).find(|&i| {
        // "in a statement", "during his news conference": a determiner,
        // at most two modifiers, the noun. ("at a conference" is as often
        // where the reported event takes place.)
        let det = i + 1;
        let head = (det + 1..(det + 4).min(content.end)).find(|&k| is_speaking_noun(ctx.low(k)));
        matches!(ctx.low(i), "in" | "during")
            && is_article(ctx.low(det))
            && head.is_some_and(|h| {
                (det + 1..h).all(|k| ctx.is_word(k) && !matches!(ctx.low(k), "and" | "or" | "of"))
            })
            && match_at(ctx, i, content.end)
                .is_some_and(|r| (r.end..content.end).all(|k| dated(ctx, k)))
    })
}

/// Token `k` may belong to a date phrase ("on Thursday", "last week",
/// "March 3, 2017").
fn dated(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.low(k);
    is_calendar_word(w)
        || matches!(
            w,
            "on" | "last"
                | "this"
                | "earlier"
                | "late"
                | "week"
                | "month"
                | "year"
                | ","
                | "."
                | "yesterday"
                | "today"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
        )
        || ctx
            .layout
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == ascribe_text::TokenKind::Number)
}

/// One venue candidate: the frame position where it starts and its tokens.
struct Hit {
    at: usize,
    range: Range<usize>,
}

/// The venue nearest the frame's focus, as written.
pub fn find(ctx: &Ctx, frame: &Frame) -> Option<String> {
    let mut hits = Vec::new();
    for run in frame.runs() {
        for i in run.clone() {
            if let Some(range) = match_at(ctx, i, run.end) {
                hits.push(Hit { at: i, range });
            }
        }
    }
    let focus = frame.focus;
    hits.into_iter()
        .min_by_key(|h| (h.at.abs_diff(focus), h.at))
        .map(|h| ctx.text(h.range).trim().to_string())
        .filter(|s| !s.is_empty())
}

fn is_article(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
    )
}

/// A proper-name run ("Fox News", "CNN's State of the Union"), up to `end`.
fn name_run(ctx: &Ctx, start: usize, end: usize) -> Option<usize> {
    let mut j = start;
    while j < end && j < start + 8 {
        let w = ctx.low(j);
        let next_cap = j + 1 < end && ctx.is_cap(j + 1);
        let glue = j > start
            && match w {
                "’s" | "'s" | "the" | "&" => next_cap,
                "of" => next_cap || (ctx.low(j + 1) == "the" && j + 2 < end && ctx.is_cap(j + 2)),
                _ => false,
            };
        if (ctx.is_cap(j) && !is_calendar_word(w))
            || glue
            || ctx.layout.tokens[j].kind == ascribe_text::TokenKind::Number && j > start
        {
            j += 1;
        } else {
            break;
        }
    }
    (j > start && !is_capitalized_stopword(ctx.low(start))).then_some(j)
}

/// A short addressee or medium noun phrase after "told", "to", "with", "on".
fn short_np(ctx: &Ctx, start: usize, end: usize) -> Option<Range<usize>> {
    let mut s = start;
    if matches!(ctx.low(s), "the" | "a" | "an") {
        s += 1;
    }
    if s >= end {
        return None;
    }
    if let Some(e) = name_run(ctx, s, end) {
        return Some(s..e);
    }
    // "told presenter Amol Shah": a title, then the name.
    if !ctx.is_cap(s) && super::names::is_person_noun(ctx.low(s)) {
        if let Some(e) = name_run(ctx, s + 1, end) {
            return Some(s..e);
        }
    }
    // "local reporters", "journalists", "the committee".
    let mut e = s;
    while e < end && e < s + 3 && ctx.is_word(e) && !ctx.is_cap(e) {
        if is_audience_noun(ctx.low(e)) || is_medium(ctx.low(e)) {
            return Some(s..e + 1);
        }
        e += 1;
    }
    None
}

/// A venue phrase starting at token `i` (not past `end`).
fn match_at(ctx: &Ctx, i: usize, end: usize) -> Option<Range<usize>> {
    let w = ctx.low(i);
    match w {
        // "told RT", "told journalists", "speaking to media", "said to reporters".
        "told" | "telling" | "tells" => short_np(ctx, i + 1, end),
        "to" if matches!(
            ctx.low(i.wrapping_sub(1)),
            "speaking"
                | "talking"
                | "said"
                | "says"
                | "saying"
                | "spoke"
                | "speak"
                | "talked"
                | "wrote"
                | "writing"
                | "explained"
                | "explaining"
        ) =>
        {
            short_np(ctx, i + 1, end)
        }
        // "at a press conference", "in an interview with Fox News", "in a Twitter post".
        "at" | "in" | "during" | "via" | "through" | "on" => {
            let mut j = i + 1;
            if j < end && is_article(ctx.low(j)) {
                j += 1;
            }
            let np_start = j;
            let mut head = None;
            while j < end
                && j < np_start + 5
                && (ctx.is_word(j) || matches!(ctx.low(j), "’s" | "'s"))
            {
                let lw = ctx.low(j);
                if is_calendar_word(lw) {
                    break;
                }
                if is_venue_noun(lw) {
                    head = Some(j);
                    // "press conference": keep the longest noun sequence.
                    if !is_venue_noun(ctx.low(j + 1)) {
                        break;
                    }
                }
                j += 1;
            }
            if let Some(h) = head {
                let mut stop = h + 1;
                // Complement: "with Fox News", "to lawmakers", "on CNN", "at the White House".
                if stop < end && matches!(ctx.low(stop), "with" | "to" | "on" | "for" | "at") {
                    if let Some(np) = short_np(ctx, stop + 1, end) {
                        stop = np.end;
                    }
                }
                return Some(np_start..stop);
            }
            if w == "on" {
                // "on CNN's State of the Union", "on Twitter", "on his Facebook page".
                if np_start < end && is_medium(ctx.low(np_start)) && !ctx.is_cap(np_start) {
                    return Some(np_start..np_start + 1);
                }
                let e = name_run(ctx, np_start, end)?;
                let all_calendar = (np_start..e).all(|k| is_calendar_word(ctx.low(k)));
                let media_like = (np_start..e)
                    .any(|k| is_medium(ctx.low(k)) || ctx.low(k).ends_with("news"))
                    || ctx
                        .word(np_start)
                        .chars()
                        .filter(|c| c.is_uppercase())
                        .count()
                        >= 2
                    || matches!(ctx.low(e), "’s" | "'s")
                    || (np_start..e).any(|k| matches!(ctx.low(k), "’s" | "'s"));
                let mut e = e;
                if e < end
                    && matches!(
                        ctx.low(e),
                        "page"
                            | "account"
                            | "channel"
                            | "feed"
                            | "show"
                            | "program"
                            | "programme"
                            | "blog"
                    )
                {
                    e += 1;
                    return Some(np_start..e);
                }
                return (!all_calendar && media_like).then_some(np_start..e);
            }
            None
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{attribution, span_of};
    use super::*;
    use ascribe_text::Layout;

    /// Venue of an attribution whose cue is `cue` and whose content is `content`.
    fn venue_of(text: &str, cue: &str, content: &str) -> Option<String> {
        let layout = Layout::new(text);
        let ctx = Ctx::new(&layout);
        let a = attribution(
            vec![],
            vec![span_of(text, cue)],
            vec![span_of(text, content)],
        );
        find(&ctx, &Frame::of(&ctx, &a))
    }

    #[test]
    fn an_addressee_with_a_title() {
        assert_eq!(
            venue_of(
                "He told presenter Amol Shah that it was over.",
                "told",
                "that it was over"
            )
            .as_deref(),
            Some("presenter Amol Shah")
        );
    }

    #[test]
    fn a_speaking_adjunct_that_ends_the_content_is_the_venue() {
        let v = |text: &str, content: &str| venue_of(text, "said", content);
        let t = "The governor said the bridge would reopen in a statement on Thursday.";
        assert_eq!(
            v(t, "the bridge would reopen in a statement on Thursday").as_deref(),
            Some("statement")
        );
        let t = "Berg said the cost was fair during her weekly briefing.";
        assert_eq!(
            v(t, "the cost was fair during her weekly briefing").as_deref(),
            Some("weekly briefing")
        );
        // Where the reported event happens, or what it is about, is no venue.
        let t = "Ames said he would speak at a conference on Friday.";
        assert_eq!(v(t, "he would speak at a conference on Friday"), None);
        let t = "Ames said she had taken shots at the mayor's comments.";
        assert_eq!(v(t, "she had taken shots at the mayor's comments"), None);
        let t = "Ames said the reporter misrepresented herself in interviews.";
        assert_eq!(
            v(t, "the reporter misrepresented herself in interviews"),
            None
        );
        // Only at the content's end.
        let t = "Ames said the statement in a letter was false and the talks would go on.";
        assert_eq!(
            v(
                t,
                "the statement in a letter was false and the talks would go on"
            ),
            None
        );
    }

    #[test]
    fn occasions_and_media() {
        assert_eq!(
            venue_of(
                "Smith said at a press conference on Thursday that it was over.",
                "said",
                "that it was over"
            )
            .as_deref(),
            Some("press conference")
        );
        assert_eq!(
            venue_of(
                "Moreover, in an interview with Fox News, he said that it was over.",
                "said",
                "that it was over"
            )
            .as_deref(),
            Some("interview with Fox News")
        );
        assert_eq!(
            venue_of(
                "Trump said in a Twitter post that it was over.",
                "said",
                "that it was over"
            )
            .as_deref(),
            Some("Twitter post")
        );
        assert_eq!(
            venue_of(
                "In a statement, the ministry stressed that it was over.",
                "stressed",
                "that it was over"
            )
            .as_deref(),
            Some("statement")
        );
        assert_eq!(
            venue_of(
                "“It is over,” she said at her weekly briefing.",
                "said",
                "It is over,"
            )
            .as_deref(),
            Some("weekly briefing")
        );
        assert_eq!(
            venue_of(
                "Graham said on CNN's State of the Union that it was over.",
                "said",
                "that it was over"
            )
            .as_deref(),
            Some("CNN's State of the Union")
        );
        assert_eq!(
            venue_of(
                "She wrote on Twitter that it was over.",
                "wrote",
                "that it was over"
            )
            .as_deref(),
            Some("Twitter")
        );
    }

    #[test]
    fn addressees() {
        assert_eq!(
            venue_of("“It is over,” the expert told RT.", "told", "It is over,").as_deref(),
            Some("RT")
        );
        assert_eq!(
            venue_of(
                "“It is over,” Peskov told journalists.",
                "told",
                "It is over,"
            )
            .as_deref(),
            Some("journalists")
        );
        assert_eq!(
            venue_of(
                "Speaking to media, senators said that it was over.",
                "said",
                "that it was over"
            )
            .as_deref(),
            Some("media")
        );
    }

    #[test]
    fn no_venue_from_dates_places_or_content() {
        assert_eq!(
            venue_of(
                "Smith said on Thursday that it was over.",
                "said",
                "that it was over"
            ),
            None
        );
        assert_eq!(
            venue_of(
                "Smith said in Moscow that it was over.",
                "said",
                "that it was over"
            ),
            None
        );
        assert_eq!(
            venue_of(
                "Smith said that talks at a press conference were over.",
                "said",
                "that talks at a press conference were over"
            ),
            None
        );
        assert_eq!(
            venue_of(
                "“He told him at a meeting,” Smith said.",
                "said",
                "He told him at a meeting,"
            ),
            None
        );
    }
}

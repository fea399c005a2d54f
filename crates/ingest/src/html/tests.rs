use super::*;

const ARTICLE: &str = r#"<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbor festival moves to September | The Lakeside Ledger</title>
<meta property="og:site_name" content="The Lakeside Ledger">
<meta property="article:published_time" content="2024-06-03T09:30:00Z">
<meta name="author" content="Dana Reyes">
<link rel="canonical" href="https://ledger.example/harbor-festival">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbor festival moves to September","datePublished":"2024-06-03T09:30:00Z","author":{"@type":"Person","name":"Dana Reyes"},"publisher":{"@type":"Organization","name":"The Lakeside Ledger"}}</script>
</head><body>
<div class="cookie-banner">We use cookies. Accept all cookies?</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Harbor festival moves to September</h1>
<p>The annual harbor festival will move from July to September this year, organizers announced on Monday after a long debate among vendors and residents.</p>
<p>"The July heat wave last summer sent a dozen people to the clinic," said festival director Ana Brook. "We would rather have a cooler crowd than an empty one."</p>
<h2>Vendors worried</h2>
<p>Local vendors said they were worried about losing tourist traffic, which peaks in the first weeks of July when the schools close for the summer.</p>
<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">September it is. See you at the harbor! <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Ana Brook (@anabrook) <a href="https://twitter.com/anabrook/status/1234567890">June 3, 2024</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
<p>The city council is expected to approve the new dates at its next meeting, according to a spokesperson for the mayor's office.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Bridge repairs delayed again</a></li><li><a href="/b">New ferry schedule</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><p>First! Great news for everyone who hates the heat.</p></section>
</main>
<footer><p>© 2024 The Lakeside Ledger. All rights reserved.</p></footer>
</body></html>"#;

#[test]
fn article_text_metadata_and_tweet() {
    let page = extract(ARTICLE);
    assert!(!page.fallback);
    assert_eq!(
        page.title.as_deref(),
        Some("Harbor festival moves to September")
    );
    assert_eq!(page.byline.as_deref(), Some("Dana Reyes"));
    assert_eq!(page.outlet.as_deref(), Some("The Lakeside Ledger"));
    assert_eq!(page.published.as_deref(), Some("2024-06-03T09:30:00Z"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://ledger.example/harbor-festival")
    );
    assert_eq!(page.lang.as_deref(), Some("en"));
    let text = &page.text;
    assert!(
        text.starts_with("Harbor festival moves to September\n\nThe annual harbor festival"),
        "{text}"
    );
    assert!(text.contains("\n\nVendors worried\n\n"), "{text}");
    assert!(
        text.contains("\n\nSeptember it is. See you at the harbor! pic.twitter.com/abc\n— Ana Brook (@anabrook) June 3, 2024\n\n"),
        "{text}"
    );
    for junk in [
        "cookies",
        "Home",
        "Related stories",
        "First!",
        "rights reserved",
    ] {
        assert!(!text.contains(junk), "{junk:?} kept in {text}");
    }
    assert_eq!(page.posts.len(), 1);
    let post = &page.posts[0];
    assert_eq!(post.handle.as_deref(), Some("anabrook"));
    assert_eq!(post.date.as_deref(), Some("2024-06-03"));
    assert_eq!(
        post.url.as_deref(),
        Some("https://twitter.com/anabrook/status/1234567890")
    );
}

#[test]
fn title_not_repeated_and_optional() {
    let page = extract_with(
        ARTICLE,
        &Options {
            include_title: false,
            url: None,
        },
    );
    assert!(
        page.text.starts_with("The annual harbor festival"),
        "{}",
        page.text
    );
}

#[test]
fn instagram_facebook_telegram_embeds() {
    let html = r#"<html><body><article>
<p>The minister answered critics on several platforms during the weekend, and her posts were widely shared by supporters and opponents alike.</p>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XYZ/"><div><p><a href="https://www.instagram.com/p/XYZ/">Back at work on the budget.</a></p><p>A post shared by <a href="https://www.instagram.com/minister.lee/">Jo Lee</a> (@minister.lee) on <time datetime="2017-03-02T18:00:00+00:00">Mar 2, 2017 at 10:00am PST</time></p></div></blockquote>
<p>She also wrote on Facebook that the plan would be published in full before the vote, a promise her office later repeated to reporters.</p>
<div class="fb-post" data-href="https://www.facebook.com/jolee/posts/10155"><blockquote cite="https://www.facebook.com/jolee/posts/10155" class="fb-xfbml-parse-ignore"><p>The full plan will be online before the vote.</p>Posted by <a href="https://www.facebook.com/jolee">Jo Lee</a> on <a href="https://www.facebook.com/jolee/posts/10155">Thursday, March 2, 2017</a></blockquote></div>
<p>Her Telegram channel carried the same message in two languages, together with a link to the consultation page for residents.</p>
<div class="tgme_widget_message" data-post="joleechannel/42"><div class="tgme_widget_message_owner_name">Jo Lee</div><div class="tgme_widget_message_text">Consultation opens tomorrow.</div><time datetime="2017-03-03T08:00:00+00:00">08:00</time></div>
<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="other/7"></script>
<p>Opposition leaders said the promises came too late to change the outcome of a vote that had been scheduled for months.</p>
</article></body></html>"#;
    let page = extract(html);
    let t = &page.text;
    assert!(
        t.contains("Back at work on the budget.\n— Jo Lee (@minister.lee) March 2, 2017"),
        "{t}"
    );
    assert!(
        t.contains(
            "The full plan will be online before the vote.\n— Jo Lee (@jolee) March 2, 2017"
        ),
        "{t}"
    );
    assert!(
        t.contains("Consultation opens tomorrow.\n— Jo Lee (@joleechannel) March 3, 2017"),
        "{t}"
    );
    assert!(!t.contains("View this post"), "{t}");
    let networks: Vec<Network> = page.posts.iter().map(|p| p.network).collect();
    assert_eq!(
        networks,
        [Network::Instagram, Network::Facebook, Network::Telegram]
    );
}

#[test]
fn tiny_page_keeps_its_text() {
    let html = "<html><body><div>Short note.</div><footer>Legal</footer></body></html>";
    let page = extract(html);
    assert!(page.text.contains("Short note."), "{page:?}");
    let fallback = render::blocks(
        &Dom::from("<body><nav>Menu</nav><p>Body</p><div class=cookie-consent>OK</div></body>"),
        true,
    );
    assert_eq!(fallback, ["Body"]);
}

#[test]
fn garbage_and_empty_input_do_not_panic() {
    for input in [
        "",
        "<",
        "<<<>>>",
        "<html><body></body></html>",
        "\u{0}\u{1}<p",
        "<table><td><p>x",
    ] {
        let _ = extract(input);
    }
    let deep =
        "<div>".repeat(5000) + "<p>deep <b>text</b></p><script>x</script>" + &"</div>".repeat(5000);
    let page = extract(&deep);
    assert!(page.fallback);
    assert_eq!(page.text, "deep text");
    assert!(
        render::nesting_depth(ARTICLE) < 20,
        "{}",
        render::nesting_depth(ARTICLE)
    );
}

#[test]
fn source_line_breaks_are_spaces_and_br_is_a_line_break() {
    let blocks = render::blocks(
        &Dom::from("<p>one\ntwo<br>three</p><ul><li>a</li><li>b</li></ul>"),
        false,
    );
    assert_eq!(blocks, ["one two\nthree", "a", "b"]);
}

#[test]
fn embed_dates() {
    use embed::dates;
    assert_eq!(
        dates("March 3, 2017"),
        (Some("2017-03-03".into()), Some("March 3, 2017".into()))
    );
    assert_eq!(
        dates("Thursday, March 2, 2017").0.as_deref(),
        Some("2017-03-02")
    );
    assert_eq!(dates("3 Mar 2017").1.as_deref(), Some("March 3, 2017"));
    assert_eq!(
        dates("3 марта 2017 г."),
        (None, Some("3 марта 2017 г.".into()))
    );
}

/// A page whose only date is `head_extra` in the head or `byline` at the
/// top of the article.
fn dated_page(head_extra: &str, byline: &str) -> String {
    format!(
        r#"<!doctype html><html><head><title>Ferry fares to rise</title>{head_extra}</head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Ferry fares to rise</h1>{byline}
<p>Ferry fares on the island routes will rise by six percent from April, the operator said on Tuesday, blaming fuel costs and new safety rules.</p>
<p>"Nobody likes paying more, but the alternative is fewer sailings," a spokeswoman for the operator told the island's radio station on Tuesday evening.</p>
<p>Passenger groups said the rise would hit commuters hardest and called on the regional government to step in with a subsidy before the summer.</p>
</article>
<section class="comments"><p>Posted <time datetime="2031-01-01">later</time> by a reader</p></section>
</body></html>"#
    )
}

#[test]
fn publication_date_from_microdata_meta_json_ld_and_time() {
    let cases = [
        (
            r#"<meta itemprop="datePublished" content="2025-02-04T07:00:00Z">"#,
            "",
            Some("2025-02-04T07:00:00Z"),
        ),
        (
            r#"<meta name="date" content="2025-02-04">"#,
            "",
            Some("2025-02-04"),
        ),
        (
            r#"<meta name="dc.date.issued" content="2025-02-04">"#,
            "",
            Some("2025-02-04"),
        ),
        // JSON-LD without "@context", nested in "@graph".
        (
            r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-02-04T07:00:00+01:00"}]}</script>"#,
            "",
            Some("2025-02-04T07:00:00+01:00"),
        ),
        (
            "",
            r#"<p class="byline">By Kim Lau, <time datetime="2025-02-04T06:30">4 February</time></p>"#,
            Some("2025-02-04T06:30"),
        ),
        // Not a date: nothing to anchor relative dates on. The comment's
        // <time> outside the article is not the publication date either.
        (r#"<meta name="date" content="3 hours ago">"#, "", None),
    ];
    for (head, byline, want) in cases {
        let page = extract(&dated_page(head, byline));
        assert_eq!(page.published.as_deref(), want, "{head}{byline}");
    }
}

#[test]
fn a_time_element_styled_as_the_date_outside_the_article_dates_the_page() {
    let page = dated_page("", "").replace(
        r#"<p>Posted <time datetime="2031-01-01">later</time> by a reader</p>"#,
        r#"<p>Posted <time class="comment-date" datetime="2031-01-01">later</time></p>"#,
    );
    let page = page.replace(
        "<nav>",
        r#"<div class="meta"><time class="date" datetime="2025-02-04T09:00:00Z">4 Feb</time></div><nav>"#,
    );
    assert_eq!(
        extract(&page).published.as_deref(),
        Some("2025-02-04T09:00:00Z")
    );
}

//! Enrichment never panics and stays linear, whatever the text and whatever
//! spans the extractor hands it; the spans it creates index the text exactly.

use ascribe::enrich::enrich;
use ascribe::{Attribution, Document, Kind, Span, Speaker};
use ascribe_text::Layout;
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "He",
    "she",
    "they",
    "It",
    "said",
    "told",
    "Mr.",
    "Ms.",
    "Jeff",
    "Sessions",
    "Annie",
    "Machon",
    "the",
    "expert",
    "president",
    "President",
    "Kremlin",
    "Spokesperson",
    "Justice",
    "Department",
    "of",
    "and",
    "for",
    "former",
    "officer",
    ",",
    ".",
    "\n",
    "\n\n",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "—",
    "―",
    "-",
    "–",
    "(@",
    "(@x)",
    ")",
    "@handle",
    "3",
    "марта",
    "2017",
    "г.",
    "März",
    "de",
    "marzo",
    "on",
    "Thursday",
    "yesterday",
    "last",
    "week",
    "at",
    "a",
    "press",
    "conference",
    "in",
    "an",
    "interview",
    "with",
    "Fox",
    "News",
    "pic.twitter.com/x",
    "https://t.co/y",
    "𝄞",
    "é",
    "Ö",
    "…",
    ":",
    ";",
    "many",
    "senators",
    "officials",
    "'Heading'",
    "Ministry",
];

fn random_text(rng: &mut Rng, words: usize) -> String {
    let mut t = String::new();
    for _ in 0..words {
        t.push_str(PIECES[rng.below(PIECES.len())]);
        if rng.below(3) > 0 {
            t.push(' ');
        }
    }
    t
}

fn span(text: &str, start: usize, end: usize) -> Span {
    let n = text.chars().count();
    let (s, e) = (start.min(n), end.min(n).max(start.min(n)));
    Span {
        start: s,
        end: e,
        text: text.chars().skip(s).take(e - s).collect(),
    }
}

fn attribution(content: Span, cue: Vec<Span>, source: Vec<Span>) -> Attribution {
    Attribution {
        kind: Kind::Indirect,
        content: vec![content],
        cue,
        source,
        speaker: Speaker::default(),
        venue: None,
        date: None,
        handle: None,
        confidence: 1.0,
    }
}

/// Random spans, including empty, reversed and out-of-range ones.
fn random_attributions(rng: &mut Rng, text: &str, n: usize) -> Vec<Attribution> {
    let len = text.chars().count() + 5;
    (0..n)
        .map(|_| {
            let no_source = rng.below(4) == 0;
            let mut pick = || {
                let a = rng.below(len);
                let b = a + rng.below(40);
                // Now and then a reversed span.
                let (a, b) = if b.is_multiple_of(11) { (b, a) } else { (a, b) };
                Span {
                    start: a,
                    end: b,
                    text: String::new(),
                }
            };
            let content = pick();
            let cue = vec![pick()];
            let source = if no_source {
                vec![]
            } else {
                vec![pick(), pick()]
            };
            attribution(content, cue, source)
        })
        .collect()
}

fn check_spans(text: &str, attributions: &[Attribution]) {
    for a in attributions.iter().filter(|a| a.kind == Kind::Social) {
        for s in a.content.iter().chain(&a.source) {
            let slice: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(
                slice, s.text,
                "social span {}..{} of {text:?}",
                s.start, s.end
            );
        }
    }
}

#[test]
fn random_text_and_random_spans_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..400 {
        let text = random_text(&mut rng, 5 + round % 120);
        let layout = Layout::new(&text);
        let published = ["2017-03-03", "", "garbage", "2017-02-30"][round % 4];
        let doc = Document {
            text: text.clone(),
            published: Some(published.to_string()),
            ..Document::default()
        };
        let mut atts = random_attributions(&mut rng, &text, round % 9);
        enrich(&layout, &doc, &mut atts);
        check_spans(&text, &atts);
    }
}

#[test]
fn degenerate_documents() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "—",
        "— (@)",
        "x\n— A (@b)",
        "\"",
        "“”",
        "He said.",
        "'A'\n'B'\n'C'",
        "Mr.",
        "Mr. Mr. Mr.",
        "3 марта",
    ] {
        let layout = Layout::new(text);
        let doc = Document {
            text: text.to_string(),
            published: Some("2017-03-03".into()),
            ..Document::default()
        };
        let n = text.chars().count();
        let mut atts = vec![attribution(
            span(text, 0, n),
            vec![span(text, 0, 1)],
            vec![span(text, 0, n)],
        )];
        enrich(&layout, &doc, &mut atts);
        check_spans(text, &atts);
    }
}

/// One paragraph type of everything enrichment looks at, repeated.
fn big_document(paragraphs: usize) -> (String, Vec<Attribution>) {
    let para =
        "Attorney General Jeff Sessions met Kremlin Spokesperson Dmitry Peskov on Thursday. \
                \"We talked a little,\" he said at a press conference. \
                The Justice Department said in a statement that many officials agreed.\n\
                'Heading'\n\
                \"It is over,\" the expert told RT.\n\
                The post text is here. pic.twitter.com/abc\n\
                — Jane Q. Public (@jqp) 3 марта 2017 г.\n";
    let mut text = String::new();
    let mut atts = Vec::new();
    for _ in 0..paragraphs {
        let base = text.chars().count();
        text.push_str(para);
        for (content, cue, source) in [
            ("We talked a little", "said", "he"),
            ("many officials agreed", "said", "The Justice Department"),
            ("It is over", "told", "the expert"),
        ] {
            let find = |s: &str| {
                let b = para.find(s).unwrap();
                let start = base + para[..b].chars().count();
                Span {
                    start,
                    end: start + s.chars().count(),
                    text: s.to_string(),
                }
            };
            atts.push(attribution(
                find(content),
                vec![find(cue)],
                vec![find(source)],
            ));
        }
    }
    (text, atts)
}

fn time_enrich(paragraphs: usize) -> Duration {
    let (text, mut atts) = big_document(paragraphs);
    let layout = Layout::new(&text);
    let doc = Document {
        text: text.clone(),
        published: Some("2017-03-03".into()),
        ..Document::default()
    };
    let t = Instant::now();
    enrich(&layout, &doc, &mut atts);
    let elapsed = t.elapsed();
    assert_eq!(
        atts.iter().filter(|a| a.kind == Kind::Social).count(),
        paragraphs
    );
    check_spans(&text, &atts);
    elapsed
}

#[test]
fn time_grows_linearly() {
    // Warm up the name table.
    time_enrich(1);
    let small = time_enrich(250);
    let large = time_enrich(2000);
    println!("enrich: 250 paragraphs {small:?}, 2000 paragraphs {large:?}");
    // 8x the text; allow generous noise but not quadratic growth (64x).
    assert!(
        large < small * 24 + Duration::from_millis(200),
        "250 paragraphs: {small:?}, 2000 paragraphs: {large:?}"
    );
}

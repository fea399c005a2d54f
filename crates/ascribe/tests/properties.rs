//! Property tests of the extraction contract, for both the learned model and
//! the rules: spans are exact slices of the text, fragments of one role never
//! overlap, extraction is deterministic (same instance, two instances, other
//! threads), and an article says the same things whatever its spacing or its
//! style of quotation marks.
//!
//! Documents come from a small grammar of invented news sentences (names,
//! cues such as "said", "told reporters", "according to", quotes before and
//! after the cue, paragraphs), plus arbitrary strings and soups of quote marks.

use ascribe::{Analysis, Attribution, Document, Extractor, Span};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::sync::OnceLock;

fn learned() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new().expect("the built-in model loads"))
}

fn rules() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::rules_only)
}

// ---------------------------------------------------------------- grammar

const NAMES: &[&str] = &[
    "Ana Ruiz",
    "Tom Berger",
    "Mayor Lena Park",
    "the finance minister",
    "Omar Haddad, the port's director",
    "a spokeswoman for the council",
    "Dr. Ingrid Vos",
    "Sen. Paul Okafor",
];

const CLAUSES: &[&str] = &[
    "the bridge will reopen in May",
    "we have no plans to raise the water tax",
    "the budget is balanced for the first time in a decade",
    "nobody expected the river to rise so early",
    "talks with the unions will continue next week",
    "the new ferry line is running on time",
    "our schools need more teachers, not more buildings",
    "the report was leaked before anyone had read it",
];

const FILLER: &[&str] = &[
    "The council met on Tuesday evening.",
    "Rain fell across the valley overnight.",
    "Ticket prices rose by 4 percent last year.",
    "The vote is expected before the summer recess.",
    "Traffic was diverted around the old market.",
];

/// Which marks open and close a quotation.
#[derive(Debug, Clone, Copy)]
enum Quotes {
    Straight,
    Curly,
}

impl Quotes {
    fn marks(self) -> (&'static str, &'static str) {
        match self {
            Quotes::Straight => ("\"", "\""),
            Quotes::Curly => ("\u{201c}", "\u{201d}"),
        }
    }
}

/// One sentence of the grammar, before quote style and spacing are chosen.
#[derive(Debug, Clone)]
struct Sentence {
    frame: usize,
    name: usize,
    clause: usize,
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl Sentence {
    fn render(&self, q: Quotes) -> String {
        let (o, c) = q.marks();
        let name = NAMES[self.name % NAMES.len()];
        let clause = CLAUSES[self.clause % CLAUSES.len()];
        let (cname, cclause) = (capitalize(name), capitalize(clause));
        match self.frame % 10 {
            0 => format!("{o}{cclause},{c} {name} said."),
            1 => format!("{o}{cclause},{c} said {name}."),
            2 => format!("{cname} said: {o}{cclause}.{c}"),
            3 => format!("{cname} said that {clause}."),
            4 => format!("{cname} told reporters {clause}."),
            5 => format!("According to {name}, {clause}."),
            6 => format!("{cclause}, according to {name}."),
            7 => format!("{o}{cclause},{c} {name} told reporters. {o}We will see.{c}"),
            8 => format!("{cname} said {o}{clause}{c} after the meeting."),
            _ => FILLER[self.clause % FILLER.len()].to_string(),
        }
    }
}

fn sentence() -> impl Strategy<Value = Sentence> {
    (0..10usize, 0..NAMES.len(), 0..CLAUSES.len()).prop_map(|(frame, name, clause)| Sentence {
        frame,
        name,
        clause,
    })
}

/// An article: paragraphs of one to four sentences.
fn article() -> impl Strategy<Value = Vec<Vec<Sentence>>> {
    prop::collection::vec(prop::collection::vec(sentence(), 1..=4), 1..=5)
}

fn render(article: &[Vec<Sentence>], q: Quotes) -> String {
    article
        .iter()
        .map(|p| p.iter().map(|s| s.render(q)).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Widens every single space to 1–3 spaces (`widths` cycles) and pads the ends
/// of paragraphs with spaces.
fn respace(text: &str, widths: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    for ch in text.chars() {
        if ch == ' ' {
            let w = widths.get(i % widths.len().max(1)).copied().unwrap_or(1);
            i += 1;
            for _ in 0..w.max(1) {
                out.push(' ');
            }
        } else {
            if ch == '\n' && !out.ends_with('\n') && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push(ch);
        }
    }
    out
}

/// Soups of the characters that stress quotation pairing and segmentation.
fn mark_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "\u{201c}",
        "\u{201d}",
        "'",
        "\u{2018}",
        "\u{2019}",
        "''",
        "``",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "said",
        "Smith",
        "told reporters",
        "according to",
        "he",
        "the",
        "(",
        ")",
        "\u{2014}",
        "\u{2026}",
        "é",
        "\u{1f600}",
        "\t",
        "Mr.",
        "\u{00a0}",
    ]);
    prop::collection::vec(pieces, 0..200).prop_map(|v| v.concat())
}

// ---------------------------------------------------------------- checks

fn roles(a: &Attribution) -> [(&'static str, &[Span]); 3] {
    [
        ("content", &a.content),
        ("cue", &a.cue),
        ("source", &a.source),
    ]
}

/// Every span is a non-empty, in-bounds code-point range whose `text` is
/// exactly that slice, and fragments of one role do not overlap.
fn check_spans(text: &str, analysis: &Analysis) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    for (i, a) in analysis.attributions.iter().enumerate() {
        for (role, spans) in roles(a) {
            for s in spans {
                prop_assert!(
                    s.start < s.end && s.end <= chars.len(),
                    "attribution {i} {role} span {}..{} outside 0..{}",
                    s.start,
                    s.end,
                    chars.len()
                );
                let slice: String = chars[s.start..s.end].iter().collect();
                prop_assert_eq!(&s.text, &slice, "attribution {} {} text", i, role);
            }
            let mut sorted: Vec<&Span> = spans.iter().collect();
            sorted.sort_by_key(|s| (s.start, s.end));
            for w in sorted.windows(2) {
                prop_assert!(
                    w[0].end <= w[1].start,
                    "attribution {i}: {role} fragments {}..{} and {}..{} overlap",
                    w[0].start,
                    w[0].end,
                    w[1].start,
                    w[1].end
                );
            }
        }
    }
    Ok(())
}

/// What an attribution says, independent of offsets, spacing and quote style.
#[derive(Debug, PartialEq, Eq)]
struct Said {
    kind: &'static str,
    content: Vec<String>,
    cue: Vec<String>,
    source: Vec<String>,
    speaker: Option<String>,
}

fn normalize(s: &str) -> String {
    s.replace(['\u{201c}', '\u{201d}'], "\"")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn said(analysis: &Analysis) -> Vec<Said> {
    let texts = |spans: &[Span]| spans.iter().map(|s| normalize(&s.text)).collect();
    analysis
        .attributions
        .iter()
        .map(|a| Said {
            kind: a.kind.as_str(),
            content: texts(&a.content),
            cue: texts(&a.cue),
            source: texts(&a.source),
            speaker: a.speaker.name.as_deref().map(normalize),
        })
        .collect()
}

fn extract(ex: &Extractor, text: &str) -> Analysis {
    ex.extract(&Document::new(text))
        .expect("documents under the size limit are analysed")
}

fn both() -> [(&'static str, &'static Extractor); 2] {
    [("learned", learned()), ("rules", rules())]
}

// ---------------------------------------------------------------- properties

proptest! {
    // No regression files: a failure prints its minimal input, which belongs
    // in a named test.
    #![proptest_config(Config { cases: 64, failure_persistence: None, ..Config::default() })]

    #[test]
    fn spans_are_exact_slices_of_articles(art in article(), curly in any::<bool>()) {
        let text = render(&art, if curly { Quotes::Curly } else { Quotes::Straight });
        for (_, ex) in both() {
            check_spans(&text, &extract(ex, &text))?;
        }
    }

    #[test]
    fn spans_are_exact_slices_of_mark_soup(text in mark_soup()) {
        for (_, ex) in both() {
            check_spans(&text, &extract(ex, &text))?;
        }
    }

    #[test]
    fn spans_are_exact_slices_of_arbitrary_strings(text in any::<String>()) {
        for (_, ex) in both() {
            check_spans(&text, &extract(ex, &text))?;
        }
    }

    #[test]
    fn extraction_is_deterministic(art in article(), soup in mark_soup()) {
        let text = format!("{}\n\n{soup}", render(&art, Quotes::Curly));
        for (name, ex) in both() {
            let first = extract(ex, &text);
            prop_assert_eq!(&first, &extract(ex, &text), "{}: same instance", name);
            // A second, independently built instance.
            let other = if ex.is_learned() {
                Extractor::new().expect("model loads")
            } else {
                Extractor::rules_only()
            };
            prop_assert_eq!(&first, &extract(&other, &text), "{}: other instance", name);
            // The shared instance on other threads.
            let from_threads: Vec<Analysis> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..2).map(|_| s.spawn(|| extract(ex, &text))).collect();
                handles.into_iter().map(|h| h.join().expect("no panic")).collect()
            });
            for a in &from_threads {
                prop_assert_eq!(&first, a, "{}: other thread", name);
            }
        }
    }

    #[test]
    fn spacing_does_not_change_what_is_said(
        art in article(),
        widths in prop::collection::vec(1u8..=3, 1..16),
    ) {
        let text = render(&art, Quotes::Curly);
        let wide = respace(&text, &widths);
        for (name, ex) in both() {
            let (a, b) = (extract(ex, &text), extract(ex, &wide));
            check_spans(&wide, &b)?;
            prop_assert_eq!(said(&a), said(&b), "{}: {:?} vs {:?}", name, text, wide);
        }
    }

    #[test]
    fn quote_style_does_not_change_what_the_rules_say(art in article()) {
        let (curly, straight) = (render(&art, Quotes::Curly), render(&art, Quotes::Straight));
        let (a, b) = (extract(rules(), &curly), extract(rules(), &straight));
        prop_assert_eq!(said(&a), said(&b), "{:?}", curly);
    }

    // The learned model hashes typographic quotes and apostrophes as their
    // ASCII forms (it did not before 2026-11-29: "Omar Haddad, the port's
    // director said: “…”" lost "Omar Haddad," from its source with curly
    // marks only).
    #[test]
    fn quote_style_does_not_change_what_the_model_says(art in article()) {
        let (curly, straight) = (render(&art, Quotes::Curly), render(&art, Quotes::Straight));
        let (a, b) = (extract(learned(), &curly), extract(learned(), &straight));
        prop_assert_eq!(said(&a), said(&b), "{:?}", curly);
    }
}

/// The grammar really produces attributions, so the properties above are
/// not vacuously true on empty outputs.
#[test]
fn grammar_articles_have_attributions() {
    let art: Vec<Vec<Sentence>> = (0..9)
        .map(|frame| {
            vec![Sentence {
                frame,
                name: frame,
                clause: frame,
            }]
        })
        .collect();
    for q in [Quotes::Straight, Quotes::Curly] {
        let text = render(&art, q);
        for (name, ex) in both() {
            let n = extract(ex, &text).attributions.len();
            assert!(n >= 6, "{name} found only {n} attributions in {text:?}");
        }
    }
}

#[test]
fn respace_only_widens_spaces() {
    let wide = respace("A b.\n\nC d.", &[2, 3]);
    assert_eq!(wide, "A  b. \n\nC   d.");
    assert_eq!(normalize(&wide), normalize("A b.\n\nC d."));
}

/// Every one-sentence article of the grammar, in both quote styles: the
/// number whose attributions differ between the styles.
fn quote_style_disagreements(ex: &Extractor) -> (usize, usize, Vec<String>) {
    let (mut differ, mut total, mut examples) = (0, 0, Vec::new());
    for frame in 0..9 {
        for name in 0..NAMES.len() {
            for clause in 0..CLAUSES.len() {
                let art = vec![vec![Sentence {
                    frame,
                    name,
                    clause,
                }]];
                let (curly, straight) =
                    (render(&art, Quotes::Curly), render(&art, Quotes::Straight));
                total += 1;
                if said(&extract(ex, &curly)) != said(&extract(ex, &straight)) {
                    differ += 1;
                    if examples.len() < 5 {
                        examples.push(curly);
                    }
                }
            }
        }
    }
    (differ, total, examples)
}

/// Over every one-sentence article of the grammar neither the rules nor the
/// model change their answer with the quote style.
#[test]
fn quote_style_census() {
    let (d, t, examples) = quote_style_disagreements(rules());
    assert_eq!(d, 0, "rules: {d}/{t} differ, e.g. {examples:#?}");
    let (d, t, examples) = quote_style_disagreements(learned());
    assert_eq!(d, 0, "learned: {d}/{t} differ, e.g. {examples:#?}");
}

//! The rule extractor on hostile input: no panics, valid spans, linear time;
//! and, at the end, the learned model on the pathological families of
//! issue 8 (the whole curve is `bench/limits/run.sh`).

use ascribe::{Analysis, Document, Extractor};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn run(text: &str) -> Analysis {
    let analysis = Extractor::rules_only()
        .extract(&Document::new(text))
        .expect("extraction succeeds");
    let n = text.chars().count();
    for a in &analysis.attributions {
        assert!(!a.content.is_empty(), "an attribution without content");
        for s in a.content.iter().chain(&a.cue).chain(&a.source) {
            assert!(
                s.start < s.end && s.end <= n,
                "span {}..{} outside 0..{n}",
                s.start,
                s.end
            );
        }
    }
    analysis
}

/// Runs `text` and fails when it takes longer than `limit` (generous: the
/// point is to catch quadratic behaviour, which would take minutes).
fn run_within(text: &str, limit: Duration) -> Analysis {
    let t = Instant::now();
    let a = run(text);
    assert!(
        t.elapsed() < limit,
        "took {:?} for {} bytes",
        t.elapsed(),
        text.len()
    );
    a
}

#[test]
fn unbalanced_quote_marks() {
    run_within(&"\"".repeat(10_000), Duration::from_secs(20));
    run_within(&"“ said he ”, ".repeat(5_000), Duration::from_secs(20));
    run_within(
        &("“".repeat(5_000) + " she said " + &"”".repeat(5_000)),
        Duration::from_secs(20),
    );
    run_within(&"'' he said ''".repeat(3_000), Duration::from_secs(20));
}

#[test]
fn huge_sentence_without_punctuation() {
    let text = "the senator said that the mayor told reporters officials believe ".repeat(80_000);
    assert!(text.len() > 5_000_000);
    run_within(&text, Duration::from_secs(60));
}

#[test]
fn many_frames_and_continuations() {
    let a = run_within(
        &"“We will see,” he said. ".repeat(100_000),
        Duration::from_secs(60),
    );
    assert_eq!(a.attributions.len(), 100_000);
    run_within(
        &"Smith said: “a b c.”\n\n“d e f.”\n\n".repeat(50_000),
        Duration::from_secs(60),
    );
    run_within(
        &"According to Smith, the plan, he said, is dead, according to Jones. ".repeat(30_000),
        Duration::from_secs(60),
    );
}

#[test]
fn long_runs_of_commas_and_names() {
    run_within(&"Smith, ".repeat(200_000), Duration::from_secs(30));
    run_within(
        &("A, ".repeat(100_000) + "said Jones."),
        Duration::from_secs(30),
    );
    run_within(&"according to, ".repeat(100_000), Duration::from_secs(30));
    run_within(&"Asked if, ".repeat(100_000), Duration::from_secs(30));
}

#[test]
fn degenerate_small_inputs() {
    for text in [
        "",
        " ",
        "\n\n",
        "said",
        "Said.",
        "“",
        "”",
        "''",
        "according to",
        "according",
        ": ",
        "A:",
        "Q: ?",
        "“said”",
        "he said,",
        ", said",
        "“A,” said",
        "“A,” he said, “",
        "asked by",
        "Asked whether",
        "(",
        ")",
        "Smith (",
        ") said",
        "told",
        "told him",
        "It is said that",
        "Trump’s said",
        "’s said",
        "’ said",
        "—Smith",
        "said “",
        "“x” ,said",
    ] {
        run(text);
    }
}

/// A small deterministic generator of token soup built from the words and
/// marks the rules react to.
#[test]
fn token_soup_never_panics() {
    const PIECES: &[&str] = &[
        "said",
        "says",
        "told",
        "according",
        "to",
        "Asked",
        "whether",
        "he",
        "she",
        "Smith",
        "Sen.",
        "the",
        "a",
        "official",
        ",",
        ".",
        ":",
        ";",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "‘",
        "''",
        "(",
        ")",
        "—",
        "that",
        "who",
        "and",
        "\n\n",
        "\n",
        "in",
        "a",
        "statement",
        "reporters",
        "called",
        "it",
        "saying",
        "?",
        "!",
        "Mr.",
        "O'Brien",
        "’s",
        "x",
        "42",
        "…",
        "-",
        "—Smith",
        "in an interview",
        "pointed",
        "out",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    for _ in 0..400 {
        let len = (next() % 120) as usize;
        let mut text = String::new();
        for _ in 0..len {
            let piece = PIECES[(next() % PIECES.len() as u64) as usize];
            if next() % 3 != 0 {
                text.push(' ');
            }
            text.push_str(piece);
        }
        run(&text);
    }
}

fn model() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new().expect("the built-in model loads"))
}

/// Best of three timings of the learned model on `text`, checking its spans.
fn time_model(text: &str) -> Duration {
    let n = text.chars().count();
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let a = model().extract(&Document::new(text)).expect("extracts");
            let elapsed = t.elapsed();
            for s in a
                .attributions
                .iter()
                .flat_map(|a| a.content.iter().chain(&a.cue).chain(&a.source))
            {
                assert!(
                    s.start < s.end && s.end <= n,
                    "span {}..{} outside 0..{n}",
                    s.start,
                    s.end
                );
            }
            elapsed
        })
        .min()
        .unwrap_or_default()
}

/// 8x the input must take well under the 64x of quadratic growth.
fn assert_linear(what: &str, make: impl Fn(usize) -> String, n: usize) {
    let small = time_model(&make(n));
    let large = time_model(&make(8 * n));
    println!("model, {what}: x1 {small:?}, x8 {large:?}");
    assert!(
        large < small * 24 + Duration::from_millis(300),
        "{what}: x1 {small:?}, x8 {large:?}"
    );
}

#[test]
fn model_time_grows_linearly_on_pathological_input() {
    // Quote marks alone (100,000 at x8), straight and curly mixed.
    assert_linear(
        "quote marks",
        |n| {
            ["\"", "\u{201c}", "\u{201d}", "'", " "]
                .iter()
                .cycle()
                .take(n)
                .copied()
                .collect()
        },
        15_625,
    );
    // Quotes nested n deep, then a cue.
    assert_linear(
        "nested quotes",
        |n| {
            let open: String = (0..n)
                .map(|i| {
                    if i % 2 == 0 {
                        "\u{201c}we "
                    } else {
                        "\u{2018}we "
                    }
                })
                .collect();
            let close: String = (0..n)
                .map(|i| {
                    if i % 2 == 0 {
                        " so\u{2019}"
                    } else {
                        " so\u{201d}"
                    }
                })
                .collect();
            format!("{open}{close} the mayor said.")
        },
        4_000,
    );
    // One paragraph without punctuation (5 MB at x8 in the benchmark; 0.5 MB here).
    assert_linear(
        "no punctuation",
        |n| "the senator said that the mayor told reporters officials believe ".repeat(n),
        1_000,
    );
}

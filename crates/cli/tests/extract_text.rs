//! `ascribe extract --format text`: the text that would be analysed, laid out
//! exactly as `ascribe text` prints it, without running the extractor.

mod common;

use common::Dir;

const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Ferry fares rise in spring | The Island Courier</title>
</head><body>
<nav><a href="/">Home</a> <a href="/ferries">Ferries</a></nav>
<article><h1>Ferry fares rise in spring</h1>
<p>Ferry fares to the outer islands will rise by eight percent from April, the transport board said on Thursday after a review of fuel costs.</p>
<p>"We held prices for three years and cannot hold them any longer," said board chair Mira Osei at a meeting in the harbor office.</p>
<p>Commuters' groups said they would ask the council to subsidise monthly passes for residents of the smaller islands.</p>
</article>
<footer>Contact the newsroom</footer>
</body></html>"#;

const NOTE: &str = "The library will close early on Friday, a spokesman said.\n";

#[test]
fn several_documents_are_introduced_by_their_ids_like_ascribe_text() {
    let dir = Dir::new("extract_format_text");
    dir.write("in/a-ferry.html", PAGE);
    dir.write("in/b-note.txt", NOTE);

    let run = dir.run(&[
        "extract",
        "--format",
        "text",
        "in/a-ferry.html",
        "in/b-note.txt",
    ]);
    run.expect_code(0);
    let out = run.stdout();
    let second = out
        .find("\n\n==> b-note <==\n")
        .unwrap_or_else(|| panic!("no separator before the second document: {out}"));
    let (first, rest) = out.split_at(second);
    assert!(
        first.starts_with(
            "==> a-ferry <==\nFerry fares rise in spring\n\nFerry fares to the outer islands"
        ),
        "{out}"
    );
    assert!(first.contains("said board chair Mira Osei"), "{out}");
    for junk in ["Home", "Contact the newsroom"] {
        assert!(!first.contains(junk), "{junk:?} in {out}");
    }
    assert_eq!(rest, format!("\n\n==> b-note <==\n{NOTE}"));

    // The same reader and layout as the `text` verb, byte for byte.
    let text = dir.run(&["text", "in/a-ferry.html", "in/b-note.txt"]);
    text.expect_code(0);
    assert_eq!(text.stdout(), out);
}

#[test]
fn one_document_has_no_header_and_no_model_is_loaded() {
    let dir = Dir::new("extract_format_text_single");
    dir.write("note.txt", NOTE);
    // A model file that does not exist would stop any run that extracts.
    let run = dir.run(&[
        "extract",
        "--format",
        "text",
        "--model",
        "missing.bin",
        "note.txt",
    ]);
    run.expect_code(0);
    assert_eq!(run.stdout(), NOTE);

    let extracting = dir.run(&["extract", "--model", "missing.bin", "note.txt"]);
    extracting.expect_code(2);
}

#[test]
fn unreadable_inputs_are_reported_and_the_rest_printed() {
    let dir = Dir::new("extract_format_text_missing");
    dir.write("note.txt", NOTE);
    let run = dir.run(&["extract", "--format", "text", "gone.txt", "note.txt"]);
    run.expect_code(1);
    assert_eq!(run.stdout(), format!("==> note <==\n{NOTE}"));
    assert!(run.stderr().contains("gone"), "{}", run.stderr());
}

/// Regression: `ascribe text --format jsonl | head -c 16` reported
/// "Broken pipe" and exited 2, because serde_json hid the I/O error kind.
#[test]
fn text_jsonl_into_a_closed_pipe_exits_quietly() {
    let dir = Dir::new("text_jsonl_broken_pipe");
    dir.write("long.txt", NOTE.repeat(20_000));
    let (first, run) = dir.run_into_closed_pipe(&["text", "--format", "jsonl", "long.txt"], 16);
    assert!(first.starts_with(b"{\""), "{first:?}");
    Dir::expect_quiet_close(&run);
}

//! HTML, JSONL `html` fields and WARC archives through the real binary:
//! `ascribe extract` and `ascribe text`.

mod common;

use common::{errors, shared_dir, Dir};
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;

const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Harbor festival moves to September | The Lakeside Ledger</title>
<meta property="og:site_name" content="The Lakeside Ledger">
<meta property="article:published_time" content="2024-06-03T09:30:00Z">
<link rel="canonical" href="https://ledger.example/harbor-festival">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbor festival moves to September</h1>
<p>The annual harbor festival will move from July to September this year, organizers announced on Monday after a long debate.</p>
<p>"The July heat wave last summer sent a dozen people to the clinic," said festival director Ana Brook.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">September it is. See you all at the harbor this autumn!</p>&mdash; Ana Brook (@anabrook) <a href="https://twitter.com/anabrook/status/1">June 3, 2024</a></blockquote>
<p>Local vendors said they were worried about losing tourist traffic during the summer months, when the harbor is busiest.</p>
</article>
<div class="comments"><p>Comment: this is a terrible idea and I will not come.</p></div>
<footer>© The Lakeside Ledger</footer>
</body></html>"#;

fn warc_record(id: &str, uri: &str, http: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-06-04T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    out.extend_from_slice(http);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_ok(html: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}").into_bytes()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn html_file_gives_main_text_metadata_and_a_social_attribution() {
    let dir = Dir::new("ingest_html_file");
    dir.write("harbor.html", PAGE);
    let text = dir.run(&["text", "harbor.html"]);
    text.expect_code(0);
    let out = text.stdout();
    assert!(
        out.starts_with("Harbor festival moves to September\n\nThe annual harbor festival"),
        "{out}"
    );
    assert!(out.contains("September it is. See you all at the harbor this autumn!\n— Ana Brook (@anabrook) June 3, 2024\n"), "{out}");
    for junk in ["Home", "Comment:", "©"] {
        assert!(!out.contains(junk), "{junk:?} in {out}");
    }

    let run = dir.run(&["extract", "--rules-only", "harbor.html"]);
    run.expect_code(0);
    let records = run.expect_ids(&["harbor"]);
    let social: Vec<&serde_json::Value> = records[0]["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "social")
        .collect();
    assert_eq!(social.len(), 1, "{}", records[0]);
    assert_eq!(social[0]["handle"], "anabrook");
    assert_eq!(
        social[0]["content"][0]["text"],
        "September it is. See you all at the harbor this autumn!"
    );
}

#[test]
fn text_jsonl_carries_page_metadata() {
    let dir = Dir::new("ingest_text_jsonl");
    dir.write("harbor.htm", PAGE);
    let run = dir.run(&["text", "--format", "jsonl", "harbor.htm"]);
    run.expect_code(0);
    let r: serde_json::Value = serde_json::from_str(run.stdout().trim()).unwrap();
    assert_eq!(r["id"], "harbor");
    assert_eq!(r["outlet"], "The Lakeside Ledger");
    assert_eq!(r["url"], "https://ledger.example/harbor-festival");
    assert_eq!(r["published"], "2024-06-03T09:30:00Z");
    assert_eq!(r["title"], "Harbor festival moves to September");
}

#[test]
fn jsonl_html_field_is_reduced_to_text_and_line_metadata_wins() {
    let dir = Dir::new("ingest_jsonl_html");
    let line1 = serde_json::json!({"id": "p1", "html": PAGE, "outlet": "Ledger Weekly"});
    let line2 = serde_json::json!({"id": "p2", "html": 42});
    dir.write("pages.jsonl", format!("{line1}\n{line2}\n"));
    let run = dir.run(&["text", "--format", "jsonl", "pages.jsonl"]);
    run.expect_code(1);
    let lines: Vec<serde_json::Value> = run
        .stdout()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["outlet"], "Ledger Weekly");
    assert_eq!(lines[0]["published"], "2024-06-03T09:30:00Z");
    assert!(lines[0]["text"]
        .as_str()
        .unwrap()
        .contains("festival director Ana Brook"));
    assert!(lines[1]["errors"][0]
        .as_str()
        .unwrap()
        .contains("\"html\" is not a string"));
}

#[test]
fn warc_records_become_documents_in_order_and_corrupt_ones_error_records() {
    let dir = Dir::new("ingest_warc");
    let good1 = gz(&warc_record(
        "one",
        "https://ledger.example/1",
        &http_ok(PAGE),
    ));
    let mut bad = gz(&warc_record(
        "two",
        "https://ledger.example/2",
        &http_ok(PAGE),
    ));
    let mid = bad.len() / 2;
    bad[mid..mid + 16].iter_mut().for_each(|b| *b ^= 0xa5);
    let good3 = gz(&warc_record(
        "three",
        "https://ledger.example/3",
        &http_ok(PAGE),
    ));
    dir.write("crawl/CC-NEWS-1.warc.gz", [good1, bad, good3].concat());
    dir.write("crawl/notes.md", "not an input");
    let run = dir.run(&["extract", "--rules-only", "-j", "2", "crawl"]);
    run.expect_code(1);
    let records = run.records();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.first(), Some(&"urn:uuid:one"), "{ids:?}");
    assert_eq!(ids.last(), Some(&"urn:uuid:three"), "{ids:?}");
    // The damaged member is one error record (named by its record id when
    // its header survived), never a document with attributions.
    let failed: Vec<&serde_json::Value> =
        records.iter().filter(|r| !errors(r).is_empty()).collect();
    assert!(!failed.is_empty(), "{records:?}");
    assert!(failed
        .iter()
        .all(|r| r["attributions"].as_array().is_some_and(|a| a.is_empty())));
    assert!(
        failed
            .iter()
            .flat_map(|r| errors(r))
            .any(|e| e.contains("gzip") || e.contains("HTTP")),
        "{failed:?}"
    );
    assert_eq!(records.len() - failed.len(), 2, "{ids:?}");
    let social = records[0]["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "social")
        .count();
    assert_eq!(social, 1, "{}", records[0]);
}

#[test]
fn warc_on_stdin() {
    let dir = Dir::new("ingest_warc_stdin");
    let bytes = warc_record("s", "https://ledger.example/s", &http_ok(PAGE));
    let run = dir.run_with_stdin(
        &["text", "--stdin-format", "warc", "--format", "jsonl"],
        Some(&bytes),
    );
    run.expect_code(0);
    let r: serde_json::Value = serde_json::from_str(run.stdout().trim()).unwrap();
    assert_eq!(r["id"], "urn:uuid:s");
    assert_eq!(r["url"], "https://ledger.example/harbor-festival");
}

#[test]
fn shared_warc_files_read_without_errors() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: ../shared not present");
        return;
    };
    let warc = shared.join("data/warc");
    if !warc.is_dir() {
        eprintln!("skipped: ../shared/data/warc not present");
        return;
    }
    let dir = Dir::new("ingest_shared_warc");
    let run = dir.run(&["text", "--format", "jsonl", warc.to_str().unwrap()]);
    run.expect_code(0);
    let lines: Vec<serde_json::Value> = run
        .stdout()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // 1 + 1 + 16 + 22 + 15 + 2 + 1 + 1 documents in the eight files.
    assert_eq!(lines.len(), 59, "{}", run.stderr());
    assert!(lines
        .iter()
        .all(|l| l["errors"].as_array().is_some_and(|e| e.is_empty())));
}

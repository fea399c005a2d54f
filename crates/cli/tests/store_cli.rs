//! The corpus verbs run as the real binary in temp dirs: ingest → search →
//! speakers → speaker → trace → export, plus bad databases and exit codes.

mod common;
mod store_support;

use common::Dir;
use serde_json::Value;

const WIRE: &str = "“We will not raise taxes on working families this year or next year,” Governor Lena Park said on Tuesday. \
                    Park said the state would cut spending instead.";
const COPY: &str = "“We will not raise taxes on working families this year,” Lena Park said.";
const ALTERED: &str =
    "“We will not raise fees on working families this year or next year,” said Governor Lena Park.";
const OTHER: &str =
    "“The stadium will open in the spring after a long delay,” said Omar Diaz, the city manager.";

fn corpus(dir: &Dir) {
    let line = |id: &str, outlet: &str, date: &str, text: &str| {
        serde_json::json!({"id": id, "outlet": outlet, "published": date, "text": text}).to_string()
    };
    let lines = [
        line("wire", "Wire Service", "2021-04-01", WIRE),
        line("copy", "Coast Daily", "2021-04-03", COPY),
        line("altered", "Metro Post", "2021-04-05", ALTERED),
        line("other", "Metro Post", "2021-04-02", OTHER),
    ];
    dir.write("news.jsonl", lines.join("\n") + "\n");
}

fn jsonl(run: &common::Run) -> Vec<Value> {
    run.records()
}

#[test]
fn ingest_search_speakers_speaker_trace_export() {
    let dir = Dir::new("store_pipeline");
    corpus(&dir);
    let run = dir.run(&["ingest", "--db", "c.db", "--rules-only", "news.jsonl"]);
    run.expect_code(0);
    assert!(
        run.stderr()
            .contains("4 new, 0 replaced, 0 unchanged, 0 failed"),
        "{}",
        run.stderr()
    );

    // Again: nothing changes.
    let run = dir.run(&["ingest", "--db", "c.db", "--rules-only", "news.jsonl"]);
    run.expect_code(0);
    assert!(
        run.stderr()
            .contains("0 new, 0 replaced, 4 unchanged, 0 failed"),
        "{}",
        run.stderr()
    );

    // Search: a phrase, as JSONL, with highlights.
    let run = dir.run(&[
        "search",
        "--db",
        "c.db",
        "\"raise taxes\"",
        "--format",
        "jsonl",
    ]);
    run.expect_code(0);
    let hits = jsonl(&run);
    let docs: Vec<&str> = hits
        .iter()
        .map(|h| h["doc_id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(docs.len(), 2, "{docs:?}");
    assert!(docs.contains(&"wire") && docs.contains(&"copy"), "{docs:?}");
    assert!(
        hits[0]["snippet"]
            .as_str()
            .unwrap_or("")
            .contains("[raise taxes]"),
        "{}",
        hits[0]
    );
    assert_eq!(hits[0]["speaker"], "Lena Park");

    // Prefix, filters, CSV.
    let run = dir.run(&[
        "search",
        "--db",
        "c.db",
        "rais*",
        "--outlet",
        "metro post",
        "--format",
        "csv",
    ]);
    run.expect_code(0);
    let out = run.stdout();
    let rows: Vec<&str> = out.lines().collect();
    assert!(
        rows[0].starts_with("attribution_id,doc_id,outlet,published,kind,"),
        "{out}"
    );
    assert_eq!(rows.len(), 2, "{out}");
    assert!(rows[1].contains("altered"), "{out}");
    let run = dir.run(&[
        "search",
        "--db",
        "c.db",
        "taxes",
        "--since",
        "2021-04-02",
        "--until",
        "2021-04",
        "--format",
        "jsonl",
    ]);
    assert_eq!(jsonl(&run).len(), 1, "{}", run.stdout());
    let run = dir.run(&[
        "search",
        "--db",
        "c.db",
        "taxes",
        "--speaker",
        "Park",
        "--kind",
        "indirect",
        "--format",
        "jsonl",
    ]);
    let kinds: Vec<Value> = jsonl(&run).iter().map(|h| h["kind"].clone()).collect();
    assert!(kinds.iter().all(|k| k == "indirect"), "{kinds:?}");
    let run = dir.run(&["search", "--db", "c.db", "taxes", "--since", "May"]);
    run.expect_code(2);

    // Most quoted: Lena Park, across three outlets.
    let run = dir.run(&["speakers", "--db", "c.db", "--format", "jsonl"]);
    run.expect_code(0);
    let top = jsonl(&run);
    assert_eq!(top[0]["name"], "Lena Park", "{}", run.stdout());
    assert_eq!(top[0]["outlets"], 3);
    let run = dir.run(&[
        "speakers",
        "--db",
        "c.db",
        "--top",
        "1",
        "--outlet",
        "Metro Post",
    ]);
    run.expect_code(0);
    assert!(
        run.stdout().contains("Lena Park") || run.stdout().contains("Omar Diaz"),
        "{}",
        run.stdout()
    );
    assert_eq!(run.stdout().lines().count(), 2, "{}", run.stdout());

    // Profile.
    let run = dir.run(&["speaker", "--db", "c.db", "Park", "--format", "json"]);
    run.expect_code(0);
    let p: Value = serde_json::from_str(&run.stdout()).expect("profile JSON");
    assert_eq!(p["name"], "Lena Park");
    let outlets: Vec<&str> = p["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().unwrap())
        .collect();
    assert_eq!(outlets.len(), 3, "{outlets:?}");
    assert_eq!(p["per_month"][0][0], "2021-04");
    assert!(
        p["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["value"] == "Governor"),
        "{}",
        p["roles"]
    );
    let run = dir.run(&["speaker", "--db", "c.db", "Lena Park"]);
    run.expect_code(0);
    assert!(
        run.stdout().contains("quotes per month"),
        "{}",
        run.stdout()
    );
    dir.run(&["speaker", "--db", "c.db", "Nobody Here"])
        .expect_code(1);

    // Trace: earliest = the wire, three outlets, the altered wording diffed.
    let run = dir.run(&[
        "trace",
        "--db",
        "c.db",
        "We will not raise taxes on working families this year",
        "--format",
        "json",
    ]);
    run.expect_code(0);
    let t: Value = serde_json::from_str(&run.stdout()).expect("trace JSON");
    assert_eq!(t["earliest"]["doc_id"], "wire", "{t:#}");
    let outlets: Vec<&str> = t["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(
        outlets,
        ["Wire Service", "Coast Daily", "Metro Post"],
        "{t:#}"
    );
    let diffs = t["variants"].to_string();
    assert!(
        diffs.contains(r#"{"op":"removed","text":"taxes"}"#)
            && diffs.contains(r#"{"op":"added","text":"fees"}"#),
        "{diffs}"
    );
    let run = dir.run(&[
        "trace",
        "--db",
        "c.db",
        "We will not raise taxes on working families this year",
    ]);
    assert!(
        run.stdout().contains("[-taxes-] {+fees+}"),
        "{}",
        run.stdout()
    );
    let id = t["earliest"]["attribution_id"]
        .as_i64()
        .unwrap()
        .to_string();
    let run = dir.run(&[
        "trace",
        "--db",
        "c.db",
        "--attribution",
        &id,
        "--format",
        "json",
    ]);
    run.expect_code(0);
    let t2: Value = serde_json::from_str(&run.stdout()).expect("trace JSON");
    assert_eq!(
        t2["occurrences"].as_array().unwrap().len(),
        t["occurrences"].as_array().unwrap().len()
    );
    dir.run(&[
        "trace",
        "--db",
        "c.db",
        "completely unrelated words about gardening and bees",
    ])
    .expect_code(1);

    // Export.
    let run = dir.run(&["export", "--db", "c.db", "--format", "csv", "-o", "out.csv"]);
    run.expect_code(0);
    let csv = std::fs::read_to_string(dir.join("out.csv")).unwrap();
    assert!(
        csv.starts_with(
            "attribution_id,doc_id,outlet,published,title,url,ord,kind,content,content_start,"
        ),
        "{csv}"
    );
    let run = dir.run(&["export", "--db", "c.db", "--format", "jsonl"]);
    run.expect_code(0);
    let rows = jsonl(&run);
    assert_eq!(rows.len(), csv.lines().count() - 1);
    assert!(rows
        .iter()
        .any(|r| r["doc_id"] == "wire" && r["speaker"] == "Lena Park"));
    for r in &rows {
        let content = r["content_spans"][0]["text"].as_str().unwrap_or("");
        assert!(!content.is_empty(), "{r}");
    }
    #[cfg(not(feature = "parquet"))]
    {
        let run = dir.run(&[
            "export",
            "--db",
            "c.db",
            "--format",
            "parquet",
            "-o",
            "x.parquet",
        ]);
        run.expect_code(2);
        assert!(
            run.stderr().contains("--features parquet"),
            "{}",
            run.stderr()
        );
    }
}

#[test]
fn a_changed_document_is_replaced_and_failures_give_exit_1() {
    let dir = Dir::new("store_replace");
    dir.write(
        "d.jsonl",
        format!("{}\n", serde_json::json!({"id": "a", "text": OTHER})),
    );
    dir.run(&["ingest", "--db", "c.db", "--rules-only", "d.jsonl"])
        .expect_code(0);
    let changed = OTHER.replace("stadium", "arena");
    dir.write(
        "d.jsonl",
        format!(
            "{}\n{{\"id\": \"b\"}}\n",
            serde_json::json!({"id": "a", "text": changed})
        ),
    );
    let run = dir.run(&["ingest", "--db", "c.db", "--rules-only", "d.jsonl"]);
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("0 new, 1 replaced, 0 unchanged, 1 failed"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("d:2: line 2: no \"text\" field"),
        "{}",
        run.stderr()
    );
    let run = dir.run(&["search", "--db", "c.db", "stadium", "--format", "jsonl"]);
    assert!(run.stdout().is_empty(), "{}", run.stdout());
    let run = dir.run(&["search", "--db", "c.db", "arena", "--format", "jsonl"]);
    assert_eq!(jsonl(&run).len(), 1);
}

#[test]
fn bad_database_files_give_clear_errors() {
    let dir = Dir::new("store_bad_files");
    dir.write("doc.txt", OTHER);
    // Missing.
    let run = dir.run(&["search", "--db", "missing.db", "x"]);
    run.expect_code(2);
    assert!(
        run.stderr().contains("no such database"),
        "{}",
        run.stderr()
    );
    assert!(!dir.join("missing.db").exists());
    // Not SQLite.
    dir.write(
        "notes.db",
        "these are my notes, not a database\n".repeat(100),
    );
    for args in [
        vec!["search", "--db", "notes.db", "x"],
        vec!["ingest", "--db", "notes.db", "--rules-only", "doc.txt"],
    ] {
        let run = dir.run(&args);
        run.expect_code(2);
        assert!(
            run.stderr().contains("is not an ascribe database"),
            "{}",
            run.stderr()
        );
        assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.db")).unwrap().len(),
        3500,
        "the file must be left alone"
    );
    // A directory.
    std::fs::create_dir_all(dir.join("adir.db")).unwrap();
    let run = dir.run(&["ingest", "--db", "adir.db", "--rules-only", "doc.txt"]);
    run.expect_code(2);
    assert!(run.stderr().contains("is a directory"), "{}", run.stderr());
}

#[test]
fn ingest_into_a_read_only_database_is_a_clear_error() {
    let dir = Dir::new("store_read_only");
    dir.write("doc.txt", OTHER);
    dir.write("doc2.txt", WIRE);
    dir.run(&["ingest", "--db", "c.db", "--rules-only", "doc.txt"])
        .expect_code(0);
    // Opened read-only through an SQLite URI: works even for root.
    let run = dir.run(&[
        "ingest",
        "--db",
        "file:c.db?mode=ro",
        "--rules-only",
        "doc2.txt",
    ]);
    run.expect_code(2);
    assert!(run.stderr().contains("read-only"), "{}", run.stderr());
    assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
    // File permissions (not enforced for root: then this part is skipped).
    let db = dir.join("c.db");
    let mut perms = std::fs::metadata(&db).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&db, perms.clone()).unwrap();
    let privileged = std::fs::OpenOptions::new().write(true).open(&db).is_ok();
    if privileged {
        eprintln!(
            "running as a privileged user: file permissions do not apply, skipping that part"
        );
    } else {
        let run = dir.run(&["ingest", "--db", "c.db", "--rules-only", "doc2.txt"]);
        run.expect_code(2);
        assert!(run.stderr().contains("read-only"), "{}", run.stderr());
        // Reading still works.
        dir.run(&["search", "--db", "c.db", "stadium"])
            .expect_code(0);
    }
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&db, perms).unwrap();
    let run = dir.run(&["search", "--db", "c.db", "stadium", "--format", "jsonl"]);
    assert_eq!(jsonl(&run).len(), 1, "the refused ingest changed nothing");
}

#[test]
fn ingest_reads_text_files_and_directories_with_defaults() {
    let dir = Dir::new("store_dirs");
    dir.write("in/one.txt", WIRE);
    dir.write("in/sub/two.txt", OTHER);
    let run = dir.run(&[
        "ingest",
        "--db",
        "c.db",
        "--rules-only",
        "--outlet",
        "Local Paper",
        "--published",
        "2022-02-02",
        "in",
    ]);
    run.expect_code(0);
    let run = dir.run(&[
        "search",
        "--db",
        "c.db",
        "--format",
        "jsonl",
        "--outlet",
        "local paper",
    ]);
    let hits = jsonl(&run);
    assert!(hits.len() >= 2, "{}", run.stdout());
    assert!(hits.iter().all(|h| h["published"] == "2022-02-02"));
    let ids: std::collections::BTreeSet<&str> =
        hits.iter().map(|h| h["doc_id"].as_str().unwrap()).collect();
    assert_eq!(ids.into_iter().collect::<Vec<_>>(), ["one", "two"]);
}

#[test]
fn synthetic_corpus_counts_are_consistent() {
    let dir = Dir::new("store_synthetic");
    dir.write("s.jsonl", store_support::jsonl_corpus(60));
    dir.run(&[
        "ingest",
        "--db",
        "c.db",
        "--rules-only",
        "--batch",
        "7",
        "s.jsonl",
    ])
    .expect_code(0);
    let store = ascribe_store::Store::open(dir.join("c.db")).unwrap();
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, 60);
    // Six invented people, each merged across documents.
    let top = store.speakers(&Default::default(), 100).unwrap();
    let people: Vec<&str> = top
        .iter()
        .filter(|s| s.kind == "person")
        .map(|s| s.name.as_str())
        .collect();
    for name in [
        "Ana Ruiz",
        "Tom Reyes",
        "Mara Quill",
        "Omar Diaz",
        "Grace Okafor",
        "Lena Park",
    ] {
        assert_eq!(
            people.iter().filter(|p| **p == name).count(),
            1,
            "{name} in {people:?}"
        );
    }
}

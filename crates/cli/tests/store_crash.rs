//! Crash safety and concurrency of `ascribe ingest`, with real processes:
//! an ingest killed with SIGKILL in the middle of a batch leaves every
//! committed batch and nothing of the open one, and a re-run stores each
//! document exactly once; readers see only whole batches while it runs.

mod common;
mod store_support;

use ascribe_store::Store;
use common::Dir;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DOCS: usize = 400;
const BATCH: u64 = 20;

/// Starts `ascribe ingest` with slow writes, so each batch's transaction
/// stays open for about BATCH × `slow_ms` milliseconds.
fn spawn_ingest(dir: &Dir, db: &str, slow_ms: u64) -> Child {
    Command::new(env!("CARGO_BIN_EXE_ascribe"))
        .args([
            "ingest",
            "--db",
            db,
            "--rules-only",
            "-j",
            "1",
            "--batch",
            &BATCH.to_string(),
            "--quiet",
            "corpus.jsonl",
        ])
        .current_dir(&dir.path)
        .env("ASCRIBE_TEST_SLOW_WRITES_MS", slow_ms.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ascribe ingest")
}

fn documents(path: &Path) -> Option<u64> {
    Store::open_read_only(path)
        .ok()?
        .stats()
        .ok()
        .map(|s| s.documents)
}

/// (document id, stored attribution count) of every document, sorted.
fn per_document(path: &Path) -> Vec<(String, i64)> {
    let store = Store::open_read_only(path).unwrap();
    let mut stmt = store
        .connection()
        .prepare("SELECT id, n_attributions FROM documents ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn speaker_names(path: &Path) -> Vec<String> {
    let store = Store::open_read_only(path).unwrap();
    let mut stmt = store
        .connection()
        .prepare("SELECT name FROM speakers ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn wait_ok(child: &mut Child, what: &str) {
    let out = child.wait().expect("wait");
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut err);
    }
    assert!(out.success(), "{what}: {out:?}\n{err}");
}

#[test]
fn killed_mid_batch_then_rerun_stores_every_document_exactly_once() {
    let dir = Dir::new("store_kill");
    dir.write("corpus.jsonl", store_support::jsonl_corpus(DOCS));
    let db = dir.join("killed.db");

    // Reference: one uninterrupted run.
    let mut reference = spawn_ingest(&dir, "reference.db", 0);
    wait_ok(&mut reference, "reference ingest");

    // Kill the second run once two batches are committed, a few ms into the
    // next one (its transaction is open ~95% of the time).
    let mut child = spawn_ingest(&dir, "killed.db", 5);
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        assert!(Instant::now() < deadline, "ingest made no progress");
        if let Some(status) = child.try_wait().unwrap() {
            panic!("ingest finished before it could be killed: {status:?}");
        }
        if documents(&db).unwrap_or(0) >= 2 * BATCH {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(37));
    child.kill().expect("SIGKILL"); // SIGKILL on Unix: no cleanup runs.
    let status = child.wait().unwrap();
    assert!(!status.success(), "{status:?}");

    // After the crash: a consistent file holding whole batches only.
    let store = Store::open(&db).expect("the killed database opens");
    let problems = store.check().unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let committed = store.stats().unwrap().documents;
    drop(store);
    assert!(
        committed >= 2 * BATCH && committed < DOCS as u64,
        "{committed} documents"
    );
    assert_eq!(
        committed % BATCH,
        0,
        "a half-written batch is visible: {committed} documents"
    );
    let reference_docs = per_document(&dir.join("reference.db"));
    let stored = per_document(&db);
    for (id, n) in &stored {
        let want = reference_docs
            .iter()
            .find(|(r, _)| r == id)
            .map(|(_, n)| *n);
        assert_eq!(
            Some(*n),
            want,
            "document {id}: {n} attributions after the crash"
        );
    }

    // Re-run to the end: each document exactly once, same content as the reference.
    let mut rerun = spawn_ingest(&dir, "killed.db", 0);
    wait_ok(&mut rerun, "re-run");
    let store = Store::open(&db).unwrap();
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    let distinct: i64 = store
        .connection()
        .query_row("SELECT COUNT(DISTINCT id) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(distinct as usize, DOCS);
    let (unchanged, new): (i64, i64) = store
        .connection()
        .query_row(
            "SELECT unchanged, new FROM runs ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        unchanged as u64, committed,
        "the re-run skips exactly the committed documents"
    );
    assert_eq!(new as u64, DOCS as u64 - committed);
    drop(store);
    assert_eq!(per_document(&db), reference_docs);
    let a = Store::open_read_only(&db).unwrap().stats().unwrap();
    let b = Store::open_read_only(dir.join("reference.db"))
        .unwrap()
        .stats()
        .unwrap();
    assert_eq!(
        (a.documents, a.attributions, a.speakers),
        (b.documents, b.attributions, b.speakers)
    );
    assert_eq!(speaker_names(&db), speaker_names(&dir.join("reference.db")));
}

#[test]
fn readers_see_whole_batches_while_an_ingest_runs() {
    let dir = Dir::new("store_readers");
    dir.write("corpus.jsonl", store_support::jsonl_corpus(DOCS / 2));
    let db = dir.join("live.db");
    let mut child = spawn_ingest(&dir, "live.db", 3);
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = Vec::new();
    let mut searches = 0;
    loop {
        assert!(Instant::now() < deadline, "ingest did not finish");
        let done = child.try_wait().unwrap().is_some();
        if let Ok(store) = Store::open_read_only(&db) {
            let n = store.stats().expect("stats while ingesting").documents;
            let hits = store
                .search(&ascribe_store::SearchQuery {
                    query: Some("bridge".into()),
                    limit: 5,
                    ..Default::default()
                })
                .expect("search while ingesting");
            assert!(hits.len() <= 5);
            let per_doc = store.check().expect("check while ingesting");
            assert!(per_doc.is_empty(), "{per_doc:?}");
            searches += 1;
            seen.push(n);
        }
        if done {
            break;
        }
        std::thread::sleep(Duration::from_millis(15));
    }
    wait_ok(&mut child, "ingest");
    assert!(searches > 3, "too few reads during the ingest: {searches}");
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "counts went backwards: {seen:?}"
    );
    let partial: Vec<u64> = seen.iter().copied().filter(|n| n % BATCH != 0).collect();
    assert!(
        partial.is_empty(),
        "a reader saw part of a batch: {partial:?}"
    );
    assert!(
        seen.iter().any(|&n| n > 0 && n < (DOCS / 2) as u64),
        "no read happened mid-ingest: {seen:?}"
    );
    assert_eq!(documents(&db), Some((DOCS / 2) as u64));
}

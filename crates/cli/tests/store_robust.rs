//! The corpus database under hostile conditions, through the real binary:
//! a disk that fills up mid-ingest, a read-only database file, a read-only
//! directory, and oversized documents (`--max-doc-bytes`).
//!
//! A real full disk is a 2 MiB tmpfs mounted in a private mount namespace
//! (`unshare -m`, root only; the mount disappears with the namespace). File
//! permissions do not bind root, so as root the read-only cases run the
//! binary as `nobody` through `setpriv`. Where neither tool works the test
//! says so and skips that part.

mod common;
mod store_support;

use ascribe_store::Store;
use common::Dir;
use std::path::Path;
use std::process::Command;

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a shell script (with `$BIN` set to the ascribe binary) and returns
/// whether the shell itself succeeded, plus its stderr.
fn sh(script: &str, cwd: &Path) -> (bool, String) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(cwd)
        .env("BIN", env!("CARGO_BIN_EXE_ascribe"))
        .output()
        .expect("run sh");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Exit code recorded by `echo $? > FILE` in a script.
fn code(path: &Path) -> i32 {
    read(path).trim().parse().unwrap_or(-1)
}

/// Builds a command that runs `ascribe ARGS` without write permission where
/// the file system says so: directly for an ordinary user, as `nobody` for
/// root. `None` when root cannot drop privileges here.
fn unprivileged(dir: &Dir, args: &[&str]) -> Option<Command> {
    let bin = env!("CARGO_BIN_EXE_ascribe");
    let mut cmd = if is_root() {
        // Can nobody run the binary and reach the database by its full path?
        // (Not in a checkout under a private home directory, or without setpriv.)
        let db = dir.join("db/c.db");
        let ok = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .args(["sh", "-c", r#"test -x "$0" && test -r "$1""#, bin])
            .arg(&db)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return None;
        }
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(args).current_dir(&dir.path);
    Some(cmd)
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Lines of `n` documents of about 6 KB each, ids `big-0…`.
fn big_docs(n: usize) -> String {
    let para =
        "“The river does not wait for budgets or for elections,” Mayor Ana Ruiz said on Monday. ";
    (0..n)
        .map(|i| {
            let text = format!("{} Article {i}.", para.repeat(70));
            serde_json::json!({"id": format!("big-{i}"), "text": text}).to_string() + "\n"
        })
        .collect()
}

#[test]
fn a_full_disk_stops_ingest_cleanly_and_keeps_earlier_batches() {
    if !is_root() {
        eprintln!("skipped: mounting a small tmpfs needs root");
        return;
    }
    let dir = Dir::new("store_disk_full");
    dir.write("in/first.jsonl", store_support::jsonl_corpus(5));
    dir.write("in/big.jsonl", big_docs(600)); // ~3.6 MB of text: more than fits
    std::fs::create_dir_all(dir.join("mnt")).unwrap();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    // Everything that touches the small disk happens inside the namespace;
    // the database is copied out before the namespace (and its mount) ends.
    let script = r#"
        set -u
        mount -t tmpfs -o size=2m tmpfs mnt || exit 77
        "$BIN" ingest --db mnt/c.db --rules-only -q --batch 8 in/first.jsonl 2> out/first.err; echo $? > out/first.rc
        "$BIN" ingest --db mnt/c.db --rules-only -q --batch 8 in/big.jsonl 2> out/big.err; echo $? > out/big.rc
        "$BIN" search --db mnt/c.db --format jsonl river > out/search.out 2> out/search.err; echo $? > out/search.rc
        cp mnt/c.db out/
        if [ -f mnt/c.db-wal ]; then cp mnt/c.db-wal out/; fi
    "#;
    let (ok, err) = sh(&format!("unshare -m sh -c '{script}'"), &dir.path);
    if !ok && read(&dir.join("out/first.rc")).is_empty() {
        eprintln!("skipped: cannot mount a tmpfs in a private namespace here ({err})");
        return;
    }
    let out = dir.join("out");
    assert_eq!(
        code(&out.join("first.rc")),
        0,
        "{}",
        read(&out.join("first.err"))
    );
    let big_err = read(&out.join("big.err"));
    assert_eq!(code(&out.join("big.rc")), 2, "{big_err}");
    assert!(big_err.contains("disk full"), "{big_err}");
    assert!(!big_err.contains("panicked"), "{big_err}");
    // Reading still works on the full disk.
    assert_eq!(
        code(&out.join("search.rc")),
        0,
        "{}",
        read(&out.join("search.err"))
    );
    assert!(!read(&out.join("search.out")).is_empty());

    let store = Store::open_read_only(out.join("c.db")).expect("the copy opens");
    assert_eq!(store.check().unwrap(), Vec::<String>::new(), "integrity");
    let hashes = store
        .stored_hashes(&["doc-00000", "doc-00004", "big-0", "big-599"])
        .unwrap();
    assert!(hashes.contains_key("doc-00000") && hashes.contains_key("doc-00004"));
    assert!(
        !hashes.contains_key("big-599"),
        "the last batch cannot have fit"
    );
    // Whole batches only: the big documents stored are a multiple of --batch.
    let stats = store.stats().unwrap();
    let big_stored = stats.documents - 5;
    assert_eq!(big_stored % 8, 0, "{big_stored} big documents stored");
    assert!(
        big_stored > 0,
        "no batch of the failing run fitted: make the disk bigger"
    );
    let without: i64 = store
        .connection()
        .query_row(
            "SELECT COUNT(*) FROM documents WHERE id LIKE 'big-%' AND n_attributions = 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(without, 0, "every stored document kept its attributions");
}

/// A database ingested by the current user, for the read-only cases.
fn corpus(dir: &Dir) {
    dir.write("in/first.jsonl", store_support::jsonl_corpus(3));
    dir.write("in/more.jsonl", big_docs(2));
    std::fs::create_dir_all(dir.join("db")).unwrap();
    dir.run(&[
        "ingest",
        "--db",
        "db/c.db",
        "--rules-only",
        "-q",
        "in/first.jsonl",
    ])
    .expect_code(0);
}

/// Checks that a write command fails with a read-only message and a read
/// command still answers; `what` names the case in failures, `why` is the
/// explanation expected in the message.
fn writes_refused_reads_work(dir: &Dir, what: &str, why: &str) {
    let Some(mut ingest) = unprivileged(
        dir,
        &[
            "ingest",
            "--db",
            "db/c.db",
            "--rules-only",
            "-q",
            "in/more.jsonl",
        ],
    ) else {
        eprintln!("skipped ({what}): cannot run as an unprivileged user");
        return;
    };
    let out = ingest.output().expect("run ingest");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
    assert!(stderr.contains("read-only"), "{what}: {stderr}");
    assert!(stderr.contains(why), "{what}: {stderr}");
    assert!(!stderr.contains("panicked"), "{what}: {stderr}");

    let mut search = unprivileged(
        dir,
        &["search", "--db", "db/c.db", "--format", "jsonl", "bridge"],
    )
    .expect("checked above");
    let out = search.output().expect("run search");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{what}: search: {stderr}");
    assert!(!out.stdout.is_empty(), "{what}: search found nothing");
}

#[test]
fn a_read_only_database_file_refuses_writes_and_serves_reads() {
    let dir = Dir::new("store_ro_file");
    corpus(&dir);
    // The directory stays writable (for anyone), only the file is read-only.
    chmod(&dir.join("db"), 0o777);
    chmod(&dir.join("db/c.db"), 0o444);
    writes_refused_reads_work(&dir, "read-only file", "the file is not writable");
    chmod(&dir.join("db/c.db"), 0o644);
    let store = Store::open_read_only(dir.join("db/c.db")).unwrap();
    assert_eq!(store.stats().unwrap().documents, 3, "nothing was written");
}

#[test]
fn a_read_only_directory_refuses_writes_and_serves_reads() {
    let dir = Dir::new("store_ro_dir");
    corpus(&dir);
    // The file is writable for the user running the command; its directory is not.
    chmod(&dir.join("db/c.db"), 0o666);
    chmod(&dir.join("db"), 0o555);
    writes_refused_reads_work(
        &dir,
        "read-only directory",
        "its directory db is not writable",
    );
    chmod(&dir.join("db"), 0o755);
    let store = Store::open_read_only(dir.join("db/c.db")).unwrap();
    assert_eq!(store.stats().unwrap().documents, 3, "nothing was written");
}

#[test]
fn oversized_documents_are_recorded_and_the_batch_goes_on() {
    let dir = Dir::new("store_max_doc_bytes");
    let lines = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "small-1", "text": "“We will rebuild,” Ana Ruiz said."}),
        serde_json::json!({"id": "huge", "text": "word ".repeat(400)}),
        serde_json::json!({"id": "small-2", "text": "“Not this year,” Tom Reyes said."}),
    );
    dir.write("in.jsonl", lines);
    let run = dir.run(&[
        "ingest",
        "--db",
        "c.db",
        "--rules-only",
        "-q",
        "--max-doc-bytes",
        "1000",
        "in.jsonl",
    ]);
    run.expect_code(1);
    assert!(
        run.stderr().contains("more than the limit of 1000 bytes"),
        "{}",
        run.stderr()
    );
    let store = Store::open_read_only(dir.join("c.db")).unwrap();
    let stored = store
        .stored_hashes(&["small-1", "huge", "small-2"])
        .unwrap();
    assert!(stored.contains_key("small-1") && stored.contains_key("small-2"));
    assert!(!stored.contains_key("huge"));
    let errors = store.ingest_errors(None).unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].doc_id, "huge");
    assert!(
        errors[0].error.contains("limit of 1000 bytes"),
        "{errors:?}"
    );
}

//! Helpers for running the real `ascribe` binary in a scratch directory.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A fresh directory for one test (under cargo's per-target temp dir).
pub struct Dir {
    pub path: PathBuf,
}

impl Dir {
    pub fn new(name: &str) -> Dir {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("cli-tests")
            .join(name);
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create test dir");
        Dir { path }
    }

    /// Writes a file (creating parent directories) and returns its path.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create parent");
        }
        std::fs::write(&p, contents).expect("write file");
        p
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.path.join(rel)
    }

    /// Runs `ascribe ARGS` in this directory with stdin closed.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, None)
    }

    /// Runs `ascribe ARGS` in this directory; `stdin` (when given) is piped in.
    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ascribe"));
        cmd.args(args)
            .current_dir(&self.path)
            .env_remove("NO_COLOR")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            });
        let mut child = cmd.spawn().expect("spawn ascribe");
        if let Some(bytes) = stdin {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            let bytes = bytes.to_vec();
            // Write from a thread so a large input cannot deadlock against stdout.
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            });
        }
        let output = child.wait_with_output().expect("wait for ascribe");
        Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            output,
        }
    }

    /// Runs `ascribe ARGS` in this directory, reads the first `n` bytes of
    /// its output, then closes the pipe as `| head -c N` does and waits.
    /// Returns the bytes read and the finished run (whose stdout is empty).
    pub fn run_into_closed_pipe(&self, args: &[&str], n: usize) -> (Vec<u8>, Run) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ascribe"))
            .args(args)
            .current_dir(&self.path)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn ascribe");
        let mut stdout = child.stdout.take().expect("stdout pipe");
        let mut head = vec![0u8; n];
        std::io::Read::read_exact(&mut stdout, &mut head).expect("read the start");
        drop(stdout);
        let output = child.wait_with_output().expect("wait for ascribe");
        let run = Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            output,
        };
        (head, run)
    }

    /// Asserts what a closed pipe must give: exit 0 and nothing on stderr.
    pub fn expect_quiet_close(run: &Run) {
        assert_eq!(run.code(), Some(0), "stderr: {}", run.stderr());
        assert_eq!(run.stderr(), "", "a closed pipe should not be reported");
    }
}

/// The result of one run, with assertion helpers that show everything on failure.
pub struct Run {
    pub args: Vec<String>,
    pub output: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    pub fn code(&self) -> Option<i32> {
        self.output.status.code()
    }

    fn describe(&self) -> String {
        format!(
            "ascribe {}\nexit: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.args.join(" "),
            self.code(),
            truncate(&self.stdout()),
            truncate(&self.stderr())
        )
    }

    /// Asserts the exit code.
    pub fn expect_code(&self, code: i32) -> &Run {
        assert_eq!(
            self.code(),
            Some(code),
            "expected exit code {code}, got {:?}\n{}",
            self.code(),
            self.describe()
        );
        self
    }

    /// Parses stdout as JSONL records.
    pub fn records(&self) -> Vec<serde_json::Value> {
        self.stdout()
            .lines()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| {
                    panic!("line is not JSON ({e}): {l:?}\n{}", self.describe())
                })
            })
            .collect()
    }

    /// Asserts the ids of the JSONL records on stdout, in order.
    pub fn expect_ids(&self, expected: &[&str]) -> Vec<serde_json::Value> {
        let records = self.records();
        let ids: Vec<String> = records
            .iter()
            .map(|r| r["id"].as_str().unwrap_or("<no id>").to_string())
            .collect();
        assert_eq!(
            ids,
            expected,
            "\nexpected ids: {expected:?}\nactual ids:   {ids:?}\n{}",
            self.describe()
        );
        for r in &records {
            check_record_shape(r);
        }
        records
    }
}

fn truncate(s: &str) -> String {
    if s.len() <= 4000 {
        return s.to_string();
    }
    let mut end = 4000;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &s[..end], s.len())
}

/// The contract: an object with a string id, an attributions array and an errors array of strings.
pub fn check_record_shape(r: &serde_json::Value) {
    assert!(r["id"].is_string(), "id is not a string: {r}");
    assert!(
        r["attributions"].is_array(),
        "attributions is not an array: {r}"
    );
    let errors = r["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("errors is not an array: {r}"));
    assert!(
        errors.iter().all(|e| e.is_string()),
        "errors are not strings: {r}"
    );
}

/// The errors of a record, as strings.
pub fn errors(r: &serde_json::Value) -> Vec<String> {
    r["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| e.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The project's shared data folder, when present (`CARGO_MANIFEST_DIR/../../../shared`).
pub fn shared_dir() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.is_dir().then_some(p)
}

/// The repository's `examples/` folder.
pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

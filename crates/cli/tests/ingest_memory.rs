//! A large WARC stream goes through `ascribe extract` in bounded memory.
//!
//! The archive is generated on the fly and piped into stdin, so nothing of
//! its size is ever on disk or in this process. Once all full chunks of
//! output have arrived, the child is still alive (waiting for more input),
//! and its peak resident size is read from /proc/PID/status (VmHWM) before
//! stdin is closed. No timing is involved.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// Documents per chunk in `ascribe extract` (commands::extract::CHUNK).
const CHUNK: usize = 256;

fn record(i: usize) -> Vec<u8> {
    // ~160 KiB of HTML per page, almost all of it script and markup that the
    // main-text extractor drops; the article itself is a few sentences.
    let filler = format!(
        "<script>var blob{i} = \"{}\";</script>",
        "x".repeat(160 * 1024)
    );
    let html = format!(
        "<html><head><title>Story {i}</title>{filler}</head><body><article>\
         <p>Officials said on Tuesday that repairs to bridge number {i} would take until the autumn.</p>\
         <p>\"We expect delays,\" said transport director Lee Park, who oversees the work.</p>\
         </article></body></html>"
    );
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:rec-{i}>\r\n\
         WARC-Target-URI: https://news.example/{i}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    out.extend_from_slice(http.as_bytes());
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn large_warc_streams_in_bounded_memory() {
    if !std::path::Path::new("/proc/self/status").exists() {
        eprintln!("skipped: no /proc");
        return;
    }
    // 4 full chunks; one more record keeps the reader waiting after them.
    let docs = 4 * CHUNK;
    let mut child = Command::new(env!("CARGO_BIN_EXE_ascribe"))
        .args([
            "extract",
            "--rules-only",
            "-j",
            "2",
            "--stdin-format",
            "warc",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn ascribe");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin");
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let writer = std::thread::spawn(move || {
        let mut written = 0u64;
        for i in 0..=docs {
            let r = record(i);
            written += r.len() as u64;
            if stdin.write_all(&r).is_err() {
                break;
            }
        }
        let _ = stdin.flush();
        // Keep stdin open until the measurement is taken.
        let _ = done_rx.recv();
        drop(stdin);
        written
    });
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    let mut seen = 0;
    while seen < docs {
        line.clear();
        let n = out.read_line(&mut line).expect("read output");
        assert!(n > 0, "ascribe ended after {seen} records");
        let record: serde_json::Value = serde_json::from_str(&line).expect("JSON record");
        assert_eq!(record["id"], format!("urn:uuid:rec-{seen}"), "order");
        assert!(
            record["errors"].as_array().is_some_and(|e| e.is_empty()),
            "{record}"
        );
        seen += 1;
    }
    let peak_kib = vm_hwm_kib(pid).expect("read VmHWM of the child");
    let _ = done_tx.send(());
    let written = writer.join().expect("writer thread");
    let mut rest = String::new();
    let _ = std::io::Read::read_to_string(&mut out, &mut rest);
    let status = child.wait().expect("wait");
    assert!(status.success(), "{status:?}");
    let input_mib = written / (1024 * 1024);
    let peak_mib = peak_kib / 1024;
    eprintln!("input {input_mib} MiB, peak RSS {peak_mib} MiB");
    assert!(input_mib >= 128, "input too small to tell: {input_mib} MiB");
    // Holding the input would take at least its size; streaming needs a
    // few records plus one chunk of texts.
    assert!(
        peak_mib < 64,
        "peak RSS {peak_mib} MiB for {input_mib} MiB of input"
    );
}

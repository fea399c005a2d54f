//! Load test: 200 simultaneous keep-alive connections against a real server
//! on a loopback port for 60 s (`ASCRIBE_LOAD_SECS` to change), half of them
//! posting a small article to `/api/extract`, half searching a small corpus.
//! Every request must succeed, and the process's resident memory must not
//! keep growing once warmed up. Prints req/s, latency percentiles and RSS.
//!
//! Its own test binary, so it doesn't share the machine with the other tests.

mod common;

use ascribe::{Document, Extractor};
use ascribe_server::Config;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CONNECTIONS: usize = 200;
/// Allowed growth of resident memory between the end of warm-up and the end.
const MAX_GROWTH_MB: f64 = 50.0;

const ARTICLE: &str = "Harbour town votes to keep its ferry

PORT ELLEN — The town council voted on Tuesday to keep the winter ferry running, after a petition signed by more than 2,000 residents.

“Without the ferry, the island empties out every November,” said council leader Marta Quinn. “We will find the money.”

The operator had warned that the route lost money in the cold months. A spokesman for the company said it would study the decision.

Fisherman Ivo Marsh told reporters the vote was long overdue.";

/// Resident memory of this process in MB (server and client both live here).
fn rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn corpus() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ascribe-server-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("corpus.db");
    let outlets = ["Wire", "Daily", "Post", "Herald", "Times", "Courier"];
    common::write_corpus(
        &path,
        (0..60).map(|i| {
            let mut doc = Document::new(ARTICLE).with_id(format!("doc-{i}"));
            doc.outlet = Some(outlets[i % outlets.len()].into());
            doc.published = Some(format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28));
            doc
        }),
    );
    path
}

fn start(db: PathBuf) -> SocketAddr {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let config = Config {
            addr: "127.0.0.1:0".parse().expect("addr"),
            db: Some(db),
            ..Config::default()
        };
        let extractor = Extractor::new().expect("built-in model");
        ascribe_server::serve(extractor, config, |a| {
            let _ = tx.send(a);
        })
        .expect("server");
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("server did not start")
}

/// One HTTP/1.1 exchange on a kept-alive connection; returns the status.
async fn exchange(s: &mut TcpStream, request: &[u8], buf: &mut Vec<u8>) -> Result<u16, String> {
    s.write_all(request)
        .await
        .map_err(|e| format!("write: {e}"))?;
    buf.clear();
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let mut chunk = [0u8; 8192];
        let n = s.read(&mut chunk).await.map_err(|e| format!("read: {e}"))?;
        if n == 0 {
            return Err("connection closed by the server".into());
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("no status in {head:?}"))?;
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| format!("no content-length in {head:?}"))?;
    while buf.len() < head_end + length {
        let mut chunk = [0u8; 8192];
        let n = s.read(&mut chunk).await.map_err(|e| format!("read: {e}"))?;
        if n == 0 {
            return Err("connection closed mid-body".into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(status)
}

struct Tally {
    latencies_us: Vec<u64>,
    errors: Vec<String>,
}

/// Sends `request` over one connection until `until`; latencies are kept
/// only after `warm`.
async fn client(addr: SocketAddr, request: Vec<u8>, warm: Instant, until: Instant) -> Tally {
    let mut tally = Tally {
        latencies_us: Vec::new(),
        errors: Vec::new(),
    };
    let mut s = match TcpStream::connect(addr).await {
        Ok(s) => s,
        Err(e) => {
            tally.errors.push(format!("connect: {e}"));
            return tally;
        }
    };
    let _ = s.set_nodelay(true);
    let mut buf = Vec::with_capacity(16 * 1024);
    while Instant::now() < until {
        let t0 = Instant::now();
        match exchange(&mut s, &request, &mut buf).await {
            Ok(200) => {
                if t0 >= warm {
                    tally.latencies_us.push(t0.elapsed().as_micros() as u64);
                }
            }
            Ok(status) => tally.errors.push(format!(
                "status {status}: {}",
                String::from_utf8_lossy(&buf[..buf.len().min(300)])
            )),
            Err(e) => {
                tally.errors.push(e);
                return tally; // the connection is gone
            }
        }
    }
    tally
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

fn report(name: &str, mut latencies: Vec<u64>, secs: f64) -> String {
    latencies.sort_unstable();
    format!(
        "{name}: {} requests, {:.0} req/s, p50 {:.1} ms, p99 {:.1} ms",
        latencies.len(),
        latencies.len() as f64 / secs,
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99)
    )
}

#[test]
fn two_hundred_keep_alive_connections() {
    let secs: u64 = std::env::var("ASCRIBE_LOAD_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60)
        .max(4);
    let rss_start = rss_mb();
    let addr = start(corpus());
    let body = serde_json::json!({ "text": ARTICLE, "published": "2024-05-14" }).to_string();
    let extract = format!(
        "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes();
    let search =
        b"GET /api/search?q=ferry&outlet=wire&limit=10 HTTP/1.1\r\nHost: localhost\r\n\r\n"
            .to_vec();

    // The requests are real work: the article has attributions, the search hits.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let mut s = TcpStream::connect(addr).await.expect("connect");
        let mut buf = Vec::new();
        for (req, needle) in [(&extract, "Marta Quinn"), (&search, "\"doc_id\":\"doc-")] {
            assert_eq!(exchange(&mut s, req, &mut buf).await, Ok(200));
            let text = String::from_utf8_lossy(&buf);
            assert!(text.contains(needle), "{needle} not in {text}");
        }
    });

    // The first sixth of the run is warm-up: pools, caches and allocator
    // arenas fill up; growth is measured from its end.
    let start = Instant::now();
    let warm = start + Duration::from_secs(secs / 6);
    let until = start + Duration::from_secs(secs);
    let (tallies, rss_warm) = rt.block_on(async {
        let tasks: Vec<_> = (0..CONNECTIONS)
            .map(|i| {
                let req = if i % 2 == 0 {
                    extract.clone()
                } else {
                    search.clone()
                };
                (i % 2 == 0, tokio::spawn(client(addr, req, warm, until)))
            })
            .collect();
        tokio::time::sleep_until(warm.into()).await;
        let rss_warm = rss_mb();
        let mut tallies = Vec::new();
        for (is_extract, t) in tasks {
            tallies.push((is_extract, t.await.expect("client task")));
        }
        (tallies, rss_warm)
    });
    let measured = until.duration_since(warm).as_secs_f64();
    let rss_end = rss_mb();

    let mut errors = Vec::new();
    let (mut ex, mut se) = (Vec::new(), Vec::new());
    for (is_extract, t) in tallies {
        errors.extend(t.errors);
        if is_extract {
            ex.extend(t.latencies_us);
        } else {
            se.extend(t.latencies_us);
        }
    }
    let mb = |x: Option<f64>| x.map_or("?".into(), |v| format!("{v:.0} MB"));
    eprintln!(
        "{CONNECTIONS} keep-alive connections, {secs} s ({:.0} s measured after warm-up)",
        measured
    );
    eprintln!("{}", report("POST /api/extract", ex.clone(), measured));
    eprintln!("{}", report("GET /api/search", se.clone(), measured));
    eprintln!(
        "RSS: {} at start, {} after warm-up, {} at the end; {} errors",
        mb(rss_start),
        mb(rss_warm),
        mb(rss_end),
        errors.len()
    );
    assert!(
        errors.is_empty(),
        "{} errors, first: {:?}",
        errors.len(),
        errors.first()
    );
    assert!(
        !ex.is_empty() && !se.is_empty(),
        "no requests completed after warm-up"
    );
    if let (Some(w), Some(e)) = (rss_warm, rss_end) {
        assert!(
            e - w < MAX_GROWTH_MB,
            "RSS grew {:.0} MB after warm-up ({w:.0} → {e:.0} MB)",
            e - w
        );
    }
}

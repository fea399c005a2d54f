//! `ascribe serve` wiring: `--allow-ingest` needs `--db`, a token is
//! generated and printed once when none is given, and SIGTERM stops the
//! server cleanly (the ingest run is marked finished).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

fn ascribe() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ascribe"));
    cmd.env_remove("ASCRIBE_TOKEN");
    cmd
}

/// `ascribe serve` with ingest allowed into `db`, rules only, any free port.
fn serve_ingest(db: &std::path::Path) -> Command {
    let mut cmd = ascribe();
    cmd.args([
        "serve",
        "--allow-ingest",
        "--rules-only",
        "--addr",
        "127.0.0.1:0",
    ])
    .arg("--db")
    .arg(db);
    cmd
}

#[test]
fn allow_ingest_needs_a_database() {
    let out = ascribe()
        .args(["serve", "--allow-ingest", "--addr", "127.0.0.1:0"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--db"));
}

#[test]
fn a_short_token_is_refused() {
    let dir = std::env::temp_dir().join(format!("ascribe-serve-short-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let out = serve_ingest(&dir.join("c.db"))
        .env("ASCRIBE_TOKEN", "short")
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("16 to 512"),
        "{out:?}"
    );
}

#[test]
fn generated_token_is_printed_once_and_works() {
    let dir = std::env::temp_dir().join(format!("ascribe-serve-token-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("tmp");
    let db = dir.join("new.db");
    let mut child = serve_ingest(&db)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let (mut token, mut addr) = (None, None);
    for line in lines.by_ref() {
        let line = line.expect("line");
        if let Some(t) = line.strip_prefix("ascribe: ingest token (shown once): ") {
            token = Some(t.to_string());
        }
        if let Some(rest) = line.split("http://").nth(1) {
            addr = rest.split('/').next().map(str::to_string);
            break;
        }
    }
    let (Some(token), Some(addr)) = (token, addr) else {
        let _ = child.kill();
        panic!("no token or address on stderr");
    };
    assert_eq!(token.len(), 64, "{token}");

    let body =
        r#"{"id": "t1", "text": "“We will reopen the pier,” said harbour master Lena Ostrova."}"#;
    let request = format!(
        "POST /api/documents HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut s = TcpStream::connect(&addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    s.write_all(request.as_bytes()).expect("write");
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains(r#""status":"new""#), "{reply}");

    // SIGTERM: a clean stop, with the run marked finished. (On other
    // systems kill() is all there is.)
    #[cfg(unix)]
    {
        let pid = child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
    }
    #[cfg(not(unix))]
    let _ = child.kill();
    let status = child.wait().expect("wait");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(
        !rest.iter().any(|l| l.contains("token")),
        "token printed again: {rest:?}"
    );
    #[cfg(unix)]
    {
        assert!(status.success(), "{status:?} {rest:?}");
        let store = ascribe_store::Store::open_read_only(&db).expect("db");
        let unfinished: i64 = store
            .connection()
            .query_row(
                "SELECT count(*) FROM runs WHERE finished IS NULL",
                [],
                |r| r.get(0),
            )
            .expect("runs");
        assert_eq!(unfinished, 0, "the ingest run was not finished");
    }
    let _ = status;
}

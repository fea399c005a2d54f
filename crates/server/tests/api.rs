//! API tests against a real server on a loopback port, spoken to over a raw
//! TCP socket (so that odd requests — bad paths, wrong content types — reach
//! the server exactly as written).

mod common;

use ascribe::{Document, Extractor};
use ascribe_server::Config;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or("<none>")
            .to_string()
    }
}

fn start(db: Option<PathBuf>, max_body: usize) -> SocketAddr {
    start_with(db, max_body, Duration::from_secs(20))
}

fn start_with(db: Option<PathBuf>, max_body: usize, timeout: Duration) -> SocketAddr {
    start_config(Config {
        addr: "127.0.0.1:0".parse().expect("addr"),
        db,
        max_body,
        timeout,
        connections: 2,
        ..Config::default()
    })
}

fn start_config(config: Config) -> SocketAddr {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        ascribe_server::serve(Extractor::rules_only(), config, |a| {
            let _ = tx.send(a);
        })
        .expect("server");
    });
    rx.recv_timeout(Duration::from_secs(30))
        .expect("server did not start")
}

fn raw(addr: SocketAddr, request: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    s.write_all(request).expect("write");
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf); // the server may reset after an early reply
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// A fresh directory for one test's database.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ascribe-server-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("tmp");
    dir
}

fn get(addr: SocketAddr, path: &str) -> Reply {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

fn post(addr: SocketAddr, path: &str, ctype: &str, body: &str) -> Reply {
    raw(
        addr,
        format!(
            "POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

fn extract(addr: SocketAddr, text: &str) -> Reply {
    let body = serde_json::json!({ "text": text }).to_string();
    post(addr, "/api/extract", "application/json", &body)
}

#[test]
fn health_and_openapi() {
    let addr = start(None, 1 << 20);
    let r = get(addr, "/api/health");
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["status"], "ok");
    assert_eq!(r.json()["corpus"], false);
    let r = get(addr, "/api/openapi.json");
    assert_eq!(r.status, 200);
    assert!(r.json()["paths"]["/api/extract"].is_object());
}

#[test]
fn extract_returns_contract_json_with_code_point_offsets() {
    let addr = start(None, 1 << 20);
    let text = "Le café — “We will rebuild the bridge,” said Mayor Ana Ruiz on Monday.";
    let r = extract(addr, text);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r
        .header("content-type")
        .unwrap_or("")
        .starts_with("application/json"));
    let v = r.json();
    let atts = v["attributions"].as_array().expect("attributions");
    assert!(!atts.is_empty(), "no attribution in {}", r.body);
    let chars: Vec<char> = text.chars().collect();
    for a in atts {
        for role in ["content", "cue", "source"] {
            for s in a[role].as_array().expect("spans") {
                let (b, e) = (
                    s["start"].as_u64().expect("start") as usize,
                    s["end"].as_u64().expect("end") as usize,
                );
                let slice: String = chars[b..e].iter().collect();
                assert_eq!(slice, s["text"].as_str().expect("text"), "{role} offsets");
            }
        }
    }
    assert_eq!(atts[0]["cue"][0]["text"], "said");
    assert!(v["errors"].is_array());
}

#[test]
fn xss_article_comes_back_inert() {
    let addr = start(None, 1 << 20);
    let text = "“We will rebuild <script>alert(1)</script> the <img src=x onerror=alert(2)> bridge <a href='javascript:alert(3)'>now</a>,” Mayor Ana Ruiz said on Friday. <b>Bold</b> & co.";
    let r = extract(addr, text);
    assert_eq!(r.status, 200, "{}", r.body);
    // No raw markup in the body: <, > and & are \u-escaped inside JSON strings…
    for bad in ["<script", "<img", "<a ", "</", "<b>"] {
        assert!(!r.body.contains(bad), "raw {bad:?} in {}", r.body);
    }
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    // …and the text still decodes exactly.
    let v = r.json();
    let content = v["attributions"][0]["content"][0]["text"]
        .as_str()
        .unwrap_or("");
    assert!(
        content.contains("<script>alert(1)</script>"),
        "{content} in {v}"
    );
    // The page itself is a static shell under a strict CSP: no inline script may run.
    let page = get(addr, "/");
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy").expect("CSP");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(!page.body.contains("alert"));
}

#[test]
fn malformed_json_is_a_json_400() {
    let addr = start(None, 1 << 20);
    let r = post(
        addr,
        "/api/extract",
        "application/json",
        "{\"text\": \"unterminated",
    );
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.error_code(), "bad_json");
    let r = post(
        addr,
        "/api/extract",
        "application/json",
        "{\"txet\": \"typo\"}",
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.error_code(), "invalid_request");
}

#[test]
fn wrong_content_type_is_415() {
    let addr = start(None, 1 << 20);
    let r = post(addr, "/api/extract", "text/plain", "{\"text\": \"hi\"}");
    assert_eq!(r.status, 415, "{}", r.body);
    assert_eq!(r.error_code(), "unsupported_media_type");
}

#[test]
fn oversized_body_is_413() {
    let addr = start(None, 64 * 1024);
    let big = "word ".repeat(20_000); // 100 KB
    let r = extract(addr, &big);
    assert_eq!(r.status, 413, "{}", &r.body[..r.body.len().min(200)]);
    assert_eq!(r.error_code(), "payload_too_large");
    // A body far over the limit, announced up front: refused, and the
    // server keeps answering.
    let r = raw(
        addr,
        b"POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 9000000000\r\n\r\n{\"text\": \"",
    );
    assert_eq!(r.status, 413);
    let r = extract(addr, "\u{201c}Fine,\u{201d} she said.");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(get(addr, "/api/health").json()["status"], "ok");
}

#[test]
fn wrong_method_and_unknown_endpoint_are_json() {
    let addr = start(None, 1 << 20);
    let r = get(addr, "/api/extract");
    assert_eq!(r.status, 405);
    assert_eq!(r.error_code(), "method_not_allowed");
    let r = get(addr, "/api/nope");
    assert_eq!(r.status, 404);
    assert_eq!(r.error_code(), "not_found");
}

#[test]
fn no_path_traversal_on_assets() {
    let addr = start(None, 1 << 20);
    assert_eq!(get(addr, "/assets/app.js").status, 200);
    for path in [
        "/assets/../Cargo.toml",
        "/assets/..%2fCargo.toml",
        "/assets/..%2f..%2f..%2fCargo.toml",
        "/assets/%2e%2e%2fsrc%2flib.rs",
        "/assets/..\\Cargo.toml",
        "/../../../../etc/passwd",
        "/assets//etc/passwd",
        "/assets/app.js%00.txt",
        "/assets/../../etc/passwd",
        "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/assets/....//....//etc/passwd",
        "/api/documents/..%2f..%2f..%2fetc%2fpasswd",
    ] {
        let r = get(addr, path);
        assert!(r.status == 404 || r.status == 400, "{path}: {}", r.status);
        assert!(
            !r.body.contains("[package]") && !r.body.contains("root:"),
            "{path} leaked a file"
        );
    }
}

#[test]
fn corpus_endpoints_without_db_say_so() {
    let addr = start(None, 1 << 20);
    let r = get(addr, "/api/search?q=x");
    assert_eq!(r.status, 404);
    assert_eq!(r.error_code(), "no_corpus");
}

/// A small corpus in its own directory (tests run in parallel).
fn corpus() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = temp_dir(&format!("corpus{n}")).join("corpus.db");
    let docs = [
        ("wire-1", "Wire", "2024-03-01", "“We will rebuild the bridge before winter,” Mayor Ana Ruiz said on Friday. <script>alert(1)</script>"),
        ("daily-1", "Daily", "2024-03-02", "“We will rebuild the old bridge before the winter,” Mayor Ana Ruiz said."),
        ("post-1", "Post", "2024-04-05", "“Taxes will not rise this year,” said Ana Ruiz, the mayor."),
    ];
    common::write_corpus(
        &path,
        docs.iter().map(|(id, outlet, date, text)| {
            let mut doc = Document::new(*text).with_id(*id);
            doc.outlet = Some((*outlet).into());
            doc.published = Some((*date).into());
            doc
        }),
    );
    path
}

#[test]
fn corpus_endpoints() {
    let addr = start(Some(corpus()), 1 << 20);
    assert_eq!(get(addr, "/api/health").json()["corpus"], true);

    let r = get(addr, "/api/search?q=rebuild");
    assert_eq!(r.status, 200, "{}", r.body);
    let hits = r.json()["hits"].as_array().cloned().unwrap_or_default();
    assert_eq!(hits.len(), 2, "{}", r.body);
    assert!(hits[0]["snippet"]
        .as_str()
        .unwrap_or("")
        .contains("\u{2}rebuild\u{3}"));

    let r = get(addr, "/api/search?q=rebuild&outlet=daily&since=2024-03-02");
    assert_eq!(
        r.json()["hits"].as_array().map(Vec::len),
        Some(1),
        "{}",
        r.body
    );
    assert_eq!(
        get(addr, "/api/search?since=yesterday").error_code(),
        "bad_request"
    );
    assert_eq!(
        get(addr, "/api/search?kind=shouted").error_code(),
        "bad_request"
    );
    assert_eq!(get(addr, "/api/search?limit=-3").error_code(), "bad_query");
    // FTS syntax errors are retried quoted, not 500s.
    assert_eq!(get(addr, "/api/search?q=%22unbalanced").status, 200);

    let r = get(addr, "/api/speakers");
    assert_eq!(r.status, 200, "{}", r.body);
    let speakers = r.json()["speakers"].as_array().cloned().unwrap_or_default();
    let ruiz = speakers
        .iter()
        .find(|s| s["name"].as_str().unwrap_or("").contains("Ruiz"))
        .expect("Ruiz listed");
    assert_eq!(ruiz["quotes"], 3);
    let id = ruiz["id"].as_i64().expect("id");

    let r = get(addr, &format!("/api/speakers/{id}"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["quotes"], 3);
    assert_eq!(get(addr, "/api/speakers/999999").status, 404);
    assert_eq!(get(addr, "/api/speakers/abc").error_code(), "bad_path");

    let r = get(addr, "/api/documents/wire-1");
    assert_eq!(r.status, 200, "{}", r.body);
    let d = r.json();
    assert!(d["text"].as_str().unwrap_or("").contains("<script>"));
    assert!(!r.body.contains("<script>"));
    let a = &d["attributions"][0];
    let chars: Vec<char> = d["text"].as_str().unwrap_or("").chars().collect();
    let s = &a["content"][0];
    let slice: String = chars
        [s["start"].as_u64().unwrap_or(0) as usize..s["end"].as_u64().unwrap_or(0) as usize]
        .iter()
        .collect();
    assert_eq!(slice, s["text"].as_str().unwrap_or("?"));
    assert_eq!(get(addr, "/api/documents/nope").status, 404);
    assert_eq!(
        get(addr, "/api/documents/..%2f..%2fetc%2fpasswd").status,
        404
    );

    let r = get(
        addr,
        "/api/trace?text=We%20will%20rebuild%20the%20bridge%20before%20winter",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let t = r.json();
    assert_eq!(t["earliest"]["doc_id"], "wire-1", "{}", r.body);
    assert_eq!(t["outlets"].as_array().map(Vec::len), Some(2));
    assert_eq!(get(addr, "/api/trace").error_code(), "bad_request");
}

#[test]
fn slow_request_times_out_with_json_503() {
    let addr = start_with(None, 8 << 20, Duration::from_millis(1));
    let text = "“We will rebuild the bridge,” Mayor Ana Ruiz said on Friday. ".repeat(5_000);
    let r = extract(addr, &text);
    assert_eq!(r.status, 503, "{}", &r.body[..r.body.len().min(200)]);
    assert_eq!(r.error_code(), "timeout");
}

/// Slowloris: a client that dribbles its headers out is cut off after the
/// header timeout, and others are served meanwhile.
#[test]
fn slow_headers_are_disconnected() {
    let addr = start_config(Config {
        addr: "127.0.0.1:0".parse().expect("addr"),
        header_timeout: Duration::from_secs(1),
        ..Config::default()
    });
    let started = std::time::Instant::now();
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_millis(50)))
        .expect("timeout");
    let request = b"GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let mut closed = false;
    'send: for b in request {
        if s.write_all(&[*b]).is_err() {
            closed = true;
            break;
        }
        // Between bytes, see whether the server hung up.
        let mut buf = [0u8; 256];
        let until = std::time::Instant::now() + Duration::from_millis(200);
        while std::time::Instant::now() < until {
            match s.read(&mut buf) {
                Ok(0) => {
                    closed = true;
                    break 'send;
                }
                Ok(_) => {} // an error status before closing is fine
                Err(e)
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(_) => {
                    closed = true;
                    break 'send;
                }
            }
        }
        if started.elapsed() > Duration::from_secs(10) {
            break;
        }
    }
    let took = started.elapsed();
    assert!(closed, "slow client still connected after {took:?}");
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(4),
        "disconnected after {took:?}, expected about 1 s"
    );
    assert_eq!(get(addr, "/api/health").status, 200);
}

/// A client that sends its headers and then stalls the body gets a 503
/// after the request timeout and is disconnected.
#[test]
fn stalled_body_times_out() {
    let addr = start_config(Config {
        addr: "127.0.0.1:0".parse().expect("addr"),
        timeout: Duration::from_secs(1),
        ..Config::default()
    });
    let started = std::time::Instant::now();
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    s.write_all(b"POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\": \"only the beginning")
        .expect("write");
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf); // ends when the server closes
    let took = started.elapsed();
    let text = String::from_utf8_lossy(&buf);
    assert!(text.starts_with("HTTP/1.1 503"), "{text}");
    assert!(text.contains("\"timeout\""), "{text}");
    assert!(took < Duration::from_secs(5), "closed after {took:?}");
}

const TOKEN: &str = "test-token-0123456789abcdef";

fn start_ingest(name: &str) -> (SocketAddr, PathBuf) {
    let db = temp_dir(name).join("new.db"); // created by the server
    let addr = start_config(Config {
        addr: "127.0.0.1:0".parse().expect("addr"),
        db: Some(db.clone()),
        connections: 2,
        ingest_token: Some(ascribe_server::Token::new(TOKEN).expect("token")),
        ..Config::default()
    });
    (addr, db)
}

fn post_documents(addr: SocketAddr, auth: Option<&str>, ctype: &str, body: &str) -> Reply {
    let auth = auth
        .map(|a| format!("Authorization: {a}\r\n"))
        .unwrap_or_default();
    raw(
        addr,
        format!(
            "POST /api/documents HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{auth}Content-Type: {ctype}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

#[test]
fn ingest_is_forbidden_unless_enabled() {
    let doc = r#"{"id": "x", "text": "“Yes,” she said."}"#;
    let bearer = format!("Bearer {TOKEN}");
    // Without a database, and with a read-only one.
    for addr in [start(None, 1 << 20), start(Some(corpus()), 1 << 20)] {
        let r = post_documents(addr, Some(&bearer), "application/json", doc);
        assert_eq!(r.status, 403, "{}", r.body);
        assert_eq!(r.error_code(), "ingest_disabled");
    }
}

#[test]
fn ingest_needs_the_token() {
    let (addr, _db) = start_ingest("auth");
    let doc = r#"{"id": "x", "text": "“Yes,” she said."}"#;
    let wrong_suffix = format!("Bearer {TOKEN}x");
    let lower = format!("bearer {}", TOKEN.to_uppercase());
    let basic = format!("Basic {TOKEN}");
    for auth in [
        None,
        Some("Bearer"),
        Some("Bearer "),
        Some("Bearer wrong-token-0123456789abcdef"),
        Some(wrong_suffix.as_str()),
        Some(lower.as_str()),
        Some(basic.as_str()),
    ] {
        let r = post_documents(addr, auth, "application/json", doc);
        assert_eq!(r.status, 401, "{auth:?}: {}", r.body);
        assert_eq!(r.error_code(), "unauthorized");
        assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    }
    // Nothing was written.
    assert_eq!(get(addr, "/api/documents/x").status, 404);
}

#[test]
fn ingested_documents_are_searchable() {
    let (addr, _db) = start_ingest("ingest");
    let bearer = format!("Bearer {TOKEN}");
    let auth = Some(bearer.as_str());
    // Nothing there yet.
    let r = get(addr, "/api/search?q=lighthouse");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["hits"].as_array().map(Vec::len), Some(0));

    let one = serde_json::json!({
        "id": "harbour-1", "outlet": "Coast Gazette", "published": "2025-06-02",
        "text": "“The lighthouse will stay open all winter,” harbour master Lena Ostrova said on Monday."
    });
    let r = post_documents(addr, auth, "application/json", &one.to_string());
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(v["new"], 1, "{v}");
    assert_eq!(v["documents"][0]["id"], "harbour-1");
    assert_eq!(v["documents"][0]["status"], "new");
    assert!(v["documents"][0]["attributions"].as_u64() >= Some(1), "{v}");

    let r = get(addr, "/api/search?q=lighthouse");
    let hits = r.json()["hits"].as_array().cloned().unwrap_or_default();
    assert_eq!(hits.len(), 1, "{}", r.body);
    assert_eq!(hits[0]["doc_id"], "harbour-1");
    assert_eq!(hits[0]["outlet"], "Coast Gazette");
    let r = get(addr, "/api/documents/harbour-1");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.json()["text"]
        .as_str()
        .unwrap_or("")
        .contains("lighthouse"));

    // A batch: the same document again (unchanged), a changed copy of it, and
    // one without an id (keyed by its content).
    let batch = serde_json::json!({ "documents": [
        one,
        { "id": "harbour-2", "text": "The ferry timetable changes in May, a spokesman for the port authority said." },
        { "text": "“Nobody told us about the lighthouse,” said fisherman Ivo Marsh." },
    ]});
    let r = post_documents(addr, auth, "application/json", &batch.to_string());
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(
        (v["new"].as_u64(), v["unchanged"].as_u64()),
        (Some(2), Some(1)),
        "{v}"
    );
    let generated = v["documents"][2]["id"].as_str().unwrap_or("").to_string();
    assert!(generated.starts_with("api-"), "{v}");
    let r = get(addr, "/api/search?q=lighthouse");
    assert_eq!(
        r.json()["hits"].as_array().map(Vec::len),
        Some(2),
        "{}",
        r.body
    );
    // Posting the id-less document again finds it by its content.
    let again = serde_json::json!({ "text": "“Nobody told us about the lighthouse,” said fisherman Ivo Marsh." });
    let v = post_documents(addr, auth, "application/json", &again.to_string()).json();
    assert_eq!(v["documents"][0]["id"], generated.as_str());
    assert_eq!(v["documents"][0]["status"], "unchanged");

    // Bad bodies are refused before anything is stored.
    let r = post_documents(addr, auth, "text/plain", &one.to_string());
    assert_eq!(r.status, 415, "{}", r.body);
    let r = post_documents(addr, auth, "application/json", "{\"documents\": ");
    assert_eq!(r.error_code(), "bad_json");
    for bad in [
        r#"{"documents": {"text": "x"}}"#,
        r#"{"documents": []}"#,
        r#"{"documents": [{"text": "ok"}, {"txet": "typo"}]}"#,
        r#"{"id": "", "text": "empty id"}"#,
        r#"{"id": "y", "text": "a", "documents": []}"#,
        r#"[1, 2]"#,
    ] {
        let r = post_documents(addr, auth, "application/json", bad);
        assert_eq!(r.status, 422, "{bad}: {}", r.body);
        assert_eq!(r.error_code(), "invalid_request");
    }
    assert_eq!(get(addr, "/api/documents/y").status, 404);
    // The body limit applies.
    let r = raw(
        addr,
        format!("POST /api/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: {bearer}\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n{{\"text\": \"").as_bytes(),
    );
    assert_eq!(r.status, 413, "{}", r.body);
    assert_eq!(r.error_code(), "payload_too_large");
}

//! The WARC reader on small archives written here (always) and on the real
//! test files in ../shared/data/warc (skipped when absent).

use ascribe_ingest::warc::{Documents, Limits, Records};
use ascribe_ingest::Error;
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::{Cursor, Write};
use std::path::PathBuf;

const PAGE: &str = "<html><head><title>Bridge reopens</title></head><body><article>\
<p>The old bridge reopened on Friday after eighteen months of repairs, the city's transport office said in a statement.</p>\
<p>\"Traffic will be lighter now,\" said engineer Sam Ortiz, who led the repair crew through two winters of work.</p>\
</article></body></html>";

fn record(kind: &str, id: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-05-18T01:58:10Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_response(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn html_record(id: &str, body: &[u8], headers: &str) -> Vec<u8> {
    let http = http_response("200 OK", headers, body);
    record(
        "response",
        id,
        &format!("https://news.example/{id}"),
        "application/http; msgtype=response",
        &http,
    )
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn read_all(bytes: Vec<u8>) -> (Vec<String>, Vec<String>) {
    let docs = Documents::new(Records::new(Cursor::new(bytes), Limits::default()).unwrap());
    let mut ids = Vec::new();
    let mut errors = Vec::new();
    for item in docs {
        match item {
            Ok(doc) => ids.push(doc.id),
            Err(e) => errors.push(e.to_string()),
        }
    }
    (ids, errors)
}

fn archive() -> Vec<Vec<u8>> {
    let chunked = {
        let body = PAGE.as_bytes();
        let mut c = format!("{:x}\r\n", 40).into_bytes();
        c.extend_from_slice(&body[..40]);
        c.extend_from_slice(format!("\r\n{:x}\r\n", body.len() - 40).as_bytes());
        c.extend_from_slice(&body[40..]);
        c.extend_from_slice(b"\r\n0\r\n\r\n");
        c
    };
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(
        "<html><body><article><p>Мэр города заявил журналистам в понедельник, что новый мост откроют до конца года, если позволит погода.</p></article></body></html>",
    );
    vec![
        record(
            "warcinfo",
            "info",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        record(
            "request",
            "req-a",
            "https://news.example/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n",
        ),
        html_record(
            "a",
            PAGE.as_bytes(),
            "Content-Type: text/html; charset=utf-8\r\n",
        ),
        html_record(
            "b",
            &chunked,
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
        ),
        html_record(
            "c",
            &gz(PAGE.as_bytes()),
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
        ),
        html_record(
            "d",
            &cp1251,
            "Content-Type: text/html; charset=windows-1251\r\n",
        ),
        record(
            "response",
            "e-404",
            "https://news.example/missing",
            "application/http; msgtype=response",
            &http_response(
                "404 Not Found",
                "Content-Type: text/html\r\n",
                b"<p>gone</p>",
            ),
        ),
        html_record("f-image", b"\x89PNG....", "Content-Type: image/png\r\n"),
        record(
            "conversion",
            "g-wet",
            "https://news.example/g",
            "text/plain",
            "Plain text of a page, as WET files keep it.".as_bytes(),
        ),
    ]
}

#[test]
fn plain_and_gzipped_archives_give_the_same_documents() {
    let records = archive();
    let plain: Vec<u8> = records.concat();
    let per_record: Vec<u8> = records.iter().flat_map(|r| gz(r)).collect();
    let one_member = gz(&plain);
    let expected = [
        "urn:uuid:a",
        "urn:uuid:b",
        "urn:uuid:c",
        "urn:uuid:d",
        "urn:uuid:g-wet",
    ];
    for bytes in [plain, per_record, one_member] {
        let (ids, errors) = read_all(bytes);
        assert_eq!(ids, expected);
        assert!(errors.is_empty(), "{errors:?}");
    }
}

#[test]
fn documents_carry_text_url_date_and_decoded_charset() {
    let bytes: Vec<u8> = archive().iter().flat_map(|r| gz(r)).collect();
    let docs: Vec<_> = Documents::new(Records::new(Cursor::new(bytes), Limits::default()).unwrap())
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let a = &docs[0];
    assert_eq!(a.url.as_deref(), Some("https://news.example/a"));
    assert_eq!(a.published.as_deref(), Some("2024-05-18T01:58:10Z"));
    assert_eq!(a.title.as_deref(), Some("Bridge reopens"));
    assert!(
        a.text
            .contains("\"Traffic will be lighter now,\" said engineer Sam Ortiz"),
        "{}",
        a.text
    );
    // Chunked and gzip-encoded bodies give the same text.
    assert_eq!(docs[1].text, a.text);
    assert_eq!(docs[2].text, a.text);
    assert!(
        docs[3].text.contains("Мэр города заявил журналистам"),
        "{}",
        docs[3].text
    );
    assert_eq!(docs[4].text, "Plain text of a page, as WET files keep it.");
}

#[test]
fn corrupt_member_is_reported_and_the_rest_read() {
    let mut members: Vec<Vec<u8>> = archive().iter().map(|r| gz(r)).collect();
    // Damage the deflate data of record "b" (index 3) in the middle.
    let m = &mut members[3];
    let mid = m.len() / 2;
    for b in &mut m[mid..mid + 8] {
        *b ^= 0x5a;
    }
    let (ids, errors) = read_all(members.concat());
    assert_eq!(
        ids,
        ["urn:uuid:a", "urn:uuid:c", "urn:uuid:d", "urn:uuid:g-wet"]
    );
    // Depending on where the damage lands, the record's garbage is caught by
    // the HTTP parser before the member's checksum fails: one or two reports.
    assert!((1..=2).contains(&errors.len()), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("corrupt gzip member")),
        "{errors:?}"
    );
}

#[test]
fn garbage_between_members_and_records_is_skipped() {
    let records = archive();
    let mut bytes = gz(&records[2]);
    bytes.extend_from_slice(b"this is not gzip at all");
    bytes.extend(gz(&records[5]));
    let (ids, errors) = read_all(bytes);
    assert_eq!(ids, ["urn:uuid:a", "urn:uuid:d"]);
    assert_eq!(errors.len(), 1, "{errors:?}");

    let mut plain = records[2].clone();
    plain.extend_from_slice(b"junk line\r\nmore junk\r\n");
    plain.extend_from_slice(&records[5]);
    let (ids, errors) = read_all(plain);
    assert_eq!(ids, ["urn:uuid:a", "urn:uuid:d"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn truncated_archives_keep_what_came_before() {
    let members: Vec<Vec<u8>> = archive().iter().map(|r| gz(r)).collect();
    let whole = members.concat();
    let cut_at = members[..4].iter().map(Vec::len).sum::<usize>() + members[4].len() / 2;
    let (ids, errors) = read_all(whole[..cut_at].to_vec());
    assert_eq!(ids, ["urn:uuid:a", "urn:uuid:b"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("truncated"), "{errors:?}");

    let plain = archive().concat();
    let (ids, errors) = read_all(plain[..plain.len() - 20].to_vec());
    assert_eq!(ids.len(), 4);
    assert!(errors[0].contains("truncated WARC record"), "{errors:?}");
}

#[test]
fn oversized_records_are_skipped_without_being_kept() {
    let records = archive();
    let bytes = records.concat();
    let limits = Limits {
        max_record: 150,
        ..Limits::default()
    };
    let docs = Documents::new(Records::new(Cursor::new(bytes), limits).unwrap());
    let (ok, err): (Vec<_>, Vec<_>) = docs.partition(Result::is_ok);
    assert_eq!(ok.len(), 1); // the WET record is small
    assert!(err
        .iter()
        .all(|e| matches!(e, Err(r) if matches!(r.error, Error::TooLarge { .. }))));
}

#[test]
fn junk_input_never_panics() {
    let mut seed = 0x2545_f491_u64;
    let base: Vec<u8> = archive().iter().flat_map(|r| gz(r)).collect();
    for round in 0..200 {
        let mut bytes = base.clone();
        for _ in 0..(round % 7 + 1) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let i = (seed as usize) % bytes.len();
            bytes[i] = (seed >> 32) as u8;
        }
        let cut = (seed as usize >> 3) % (bytes.len() + 1);
        bytes.truncate(cut.max(bytes.len() / 2));
        let _ = read_all(bytes);
    }
    let _ = read_all(Vec::new());
    let _ = read_all(b"WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n".to_vec());
    let _ = read_all(b"\x1f\x8b".to_vec());
}

fn shared(name: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/warc")
        .join(name);
    p.exists().then_some(p)
}

#[test]
fn shared_test_files() {
    // (file, documents, records) as measured when this test was written.
    let expected = [
        ("cc_whirlwind.warc.gz", 1, 4),
        ("cc_whirlwind.warc.wet.gz", 1, 2),
        ("resiliparse_warcfile.warc.gz", 16, 50),
        ("sample-0000.warc.gz", 22, 48),
        ("sample-0001.warc.gz", 15, 34),
        ("ukwa_IAH-blackbook-truncated.warc.gz", 2, 23),
        ("warcio_example-iana.org-chunked.warc", 1, 3),
        ("warcio_example.warc.gz", 1, 6),
    ];
    let mut seen = 0;
    for (name, documents, records) in expected {
        let Some(path) = shared(name) else { continue };
        seen += 1;
        let mut docs = Documents::open(&path, Limits::default()).unwrap();
        let errors: Vec<String> = docs
            .by_ref()
            .filter_map(|d| d.err().map(|e| e.to_string()))
            .collect();
        let stats = docs.stats();
        assert_eq!(
            (stats.documents, stats.records),
            (documents, records),
            "{name}: {errors:?}"
        );
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    if seen == 0 {
        eprintln!("skipped: ../shared/data/warc not present");
        return;
    }
    // The chunked example: the page text, not chunk sizes.
    if let Some(path) = shared("warcio_example-iana.org-chunked.warc") {
        let doc = Documents::open(&path, Limits::default())
            .unwrap()
            .find_map(Result::ok)
            .unwrap();
        assert!(
            doc.text.contains("Internet Assigned Numbers Authority"),
            "{}",
            doc.text
        );
    }
    // A real file cut in the middle of a gzip member.
    if let Some(path) = shared("sample-0000.warc.gz") {
        let bytes = std::fs::read(path).unwrap();
        let (ids, errors) = read_all(bytes[..bytes.len() * 2 / 3].to_vec());
        assert!(!ids.is_empty() && ids.len() < 22, "{}", ids.len());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("truncated"), "{errors:?}");
    }
}

//! Prints what the WARC reader makes of each file given: one line per
//! document or error, then the counts.
//!
//! `cargo run -p ascribe-ingest --example warc_dump -- FILE.warc.gz…`

use ascribe_ingest::warc::{Documents, Limits};

fn main() -> std::io::Result<()> {
    for path in std::env::args().skip(1) {
        let mut docs = Documents::open(path.as_ref(), Limits::default())?;
        for item in docs.by_ref() {
            match item {
                Ok(doc) => println!(
                    "doc {} url={:?} published={:?} title={:?} chars={} warnings={:?}",
                    doc.id,
                    doc.url,
                    doc.published,
                    doc.title,
                    doc.text.chars().count(),
                    doc.warnings
                ),
                Err(e) => println!("error {e}"),
            }
        }
        println!("{path}: {:?}", docs.stats());
    }
    Ok(())
}

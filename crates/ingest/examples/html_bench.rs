//! Main-text quality and speed on a folder of pages laid out like
//! ../shared/data/html-news (NAME/source.html + NAME/expected.html): prints a
//! Markdown table of token P/R/F1 per page for the article extractor and,
//! as a baseline, for the whole visible body text.
//!
//! `cargo run --release -p ascribe-ingest --example html_bench -- ../shared/data/html-news`

use ascribe_ingest::html::{self, render, Options};
use ascribe_ingest::score::{reference_text, token_prf, Prf};
use std::time::Instant;

fn main() {
    let root = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/html-news".into());
    let mut dirs: Vec<_> = match std::fs::read_dir(&root) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.join("source.html").exists())
            .collect(),
        Err(e) => {
            eprintln!("{root}: {e}");
            std::process::exit(2);
        }
    };
    dirs.sort();
    println!("| page | P | R | F1 | whole-body F1 | ms |");
    println!("|---|---|---|---|---|---|");
    let (mut sum, mut base_sum) = (Prf::default(), 0.0);
    let (mut bytes, mut secs) = (0usize, 0.0f64);
    for dir in &dirs {
        let (Ok(source), Ok(expected)) = (
            std::fs::read(dir.join("source.html")),
            std::fs::read_to_string(dir.join("expected.html")),
        ) else {
            continue;
        };
        // The reference is the expected page's own text, not our renderer's.
        let want = reference_text(&expected);
        let t = Instant::now();
        let decoded = ascribe_ingest::charset::decode_html(&source, None);
        let page = html::extract_with(
            &decoded.text,
            &Options {
                include_title: false,
                url: None,
            },
        );
        let elapsed = t.elapsed().as_secs_f64();
        bytes += source.len();
        secs += elapsed;
        let whole =
            render::blocks(&dom_query::Document::from(decoded.text.as_str()), true).join("\n\n");
        let p = token_prf(&page.text, &want);
        let b = token_prf(&whole, &want);
        sum.precision += p.precision;
        sum.recall += p.recall;
        sum.f1 += p.f1;
        base_sum += b.f1;
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {:.3} | {:.1} |",
            p.precision,
            p.recall,
            p.f1,
            b.f1,
            elapsed * 1e3
        );
    }
    let n = dirs.len().max(1) as f64;
    println!(
        "| **mean** | **{:.3}** | **{:.3}** | **{:.3}** | {:.3} | {:.1} |",
        sum.precision / n,
        sum.recall / n,
        sum.f1 / n,
        base_sum / n,
        secs * 1e3 / n
    );
    println!();
    println!(
        "{} pages, {:.1} MB of HTML in {:.2} s: {:.1} MB/s on one thread",
        dirs.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
}

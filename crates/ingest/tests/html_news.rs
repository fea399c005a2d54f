//! Main-text quality on the real news pages of ../shared/data/html-news
//! (skipped when absent): token-level P/R/F1 of the extracted body against
//! `expected.html` reduced to text, plus the metadata fields. The numbers
//! are committed in bench/ingest/RESULTS.md (`bench/ingest/run.sh`).

use ascribe_ingest::html::{self, render, Options};
use ascribe_ingest::score::{reference_text, token_prf};
use std::path::PathBuf;

fn pages() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/html-news");
    let Ok(entries) = std::fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("source.html").exists())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn main_text_token_f1() {
    let pages = pages();
    if pages.is_empty() {
        eprintln!("skipped: ../shared/data/html-news not present");
        return;
    }
    let mut f1s = Vec::new();
    for dir in &pages {
        let source = std::fs::read(dir.join("source.html")).unwrap();
        let expected = std::fs::read_to_string(dir.join("expected.html")).unwrap();
        // The reference is the expected page's own text, not our renderer's.
        let want = reference_text(&expected);
        let decoded = ascribe_ingest::charset::decode_html(&source, None);
        let page = html::extract_with(
            &decoded.text,
            &Options {
                include_title: false,
                url: None,
            },
        );
        let prf = token_prf(&page.text, &want);
        eprintln!(
            "{:<16} P {:.3} R {:.3} F1 {:.3}",
            dir.file_name().unwrap().to_string_lossy(),
            prf.precision,
            prf.recall,
            prf.f1
        );
        f1s.push(prf.f1);
    }
    let mean = f1s.iter().sum::<f64>() / f1s.len() as f64;
    let worst = f1s.iter().copied().fold(1.0, f64::min);
    eprintln!("mean F1 {mean:.3}, worst {worst:.3}");
    // Measured 0.99+ (see bench/ingest/RESULTS.md); this catches regressions.
    assert!(mean >= 0.95, "mean token F1 {mean:.3}");
    assert!(worst >= 0.80, "worst page token F1 {worst:.3}");
}

#[test]
fn metadata_matches_expected() {
    let pages = pages();
    if pages.is_empty() {
        eprintln!("skipped: ../shared/data/html-news not present");
        return;
    }
    let (mut titles, mut total) = (0, 0);
    for dir in &pages {
        let source = std::fs::read(dir.join("source.html")).unwrap();
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("expected-metadata.json")).unwrap(),
        )
        .unwrap();
        let decoded = ascribe_ingest::charset::decode_html(&source, None);
        let page = html::extract(&decoded.text);
        total += 1;
        let want = meta["title"].as_str().unwrap_or("");
        if page.title.as_deref().map(render::collapse) == Some(render::collapse(want)) {
            titles += 1;
        } else {
            eprintln!("{}: title {:?} != {want:?}", dir.display(), page.title);
        }
    }
    eprintln!("titles {titles}/{total}");
    assert!(titles * 10 >= total * 8, "titles {titles}/{total}");
}

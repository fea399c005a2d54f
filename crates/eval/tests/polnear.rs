//! Reads the real PolNeAR data from `../shared` when it is there: every
//! document must parse, and the gold scored against itself must be perfect.
//! Skips (with a note) in a fresh clone, which has no `../shared`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use ascribe_eval::{evaluate, read_brat_dir, read_predictions_jsonl, Attr, GoldDoc};

fn polnear(split: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/polnear"
    ))
    .join(split);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; skipping", dir.display());
        None
    }
}

/// The gold written in the output contract's JSONL, as an extractor would.
fn to_jsonl(docs: &[GoldDoc]) -> String {
    let spans = |text: &[char], frags: &[(usize, usize)]| {
        frags
            .iter()
            .map(|&(s, e)| serde_json::json!({"start": s, "end": e, "text": text[s..e].iter().collect::<String>()}))
            .collect::<Vec<_>>()
    };
    let mut out = String::new();
    for d in docs {
        let chars: Vec<char> = d.text.chars().collect();
        let attrs: Vec<_> = d
            .attributions
            .iter()
            .map(|a| {
                serde_json::json!({
                    "kind": "indirect",
                    "content": spans(&chars, &a.content),
                    "cue": spans(&chars, &a.cue),
                    "source": spans(&chars, &a.source),
                    "speaker": {"name": null, "type": "unknown", "role": null},
                    "confidence": 1.0,
                })
            })
            .collect();
        out += &serde_json::json!({"id": d.id, "attributions": attrs, "errors": []}).to_string();
        out.push('\n');
    }
    out
}

#[test]
fn dev_gold_against_itself_is_perfect() {
    let Some(dir) = polnear("dev") else { return };
    let docs = read_brat_dir(&dir).expect("dev parses");
    assert_eq!(docs.len(), 84);

    // Through the JSONL reader, as a real prediction file would go.
    let pred = read_predictions_jsonl(to_jsonl(&docs).as_bytes()).expect("own JSONL reads");
    let start = Instant::now();
    let r = evaluate(&docs, &pred);
    let elapsed = start.elapsed();
    println!("{}", r.to_table());
    println!("evaluated in {elapsed:?}");
    assert!(elapsed.as_secs_f64() < 1.0, "too slow: {elapsed:?}");

    // 2193 `E` lines in dev; one `Attribution-no-source` has no content and is dropped.
    assert_eq!(r.gold_attributions, 2192);
    assert_eq!(r.predicted_attributions, 2192);
    assert_eq!(r.gold_without_source, 126);
    let k = &r.recall_by_kind;
    assert_eq!(k.direct.gold + k.mixed.gold + k.indirect.gold, 2192);
    for n in [k.direct.gold, k.mixed.gold, k.indirect.gold] {
        assert!(n > 100, "every kind is common in news: {k:?}");
    }
    for p in [
        r.attribution_full,
        r.attribution_content,
        r.exact.source,
        r.exact.cue,
        r.exact.content,
        r.chars.source,
        r.chars.cue,
        r.chars.content,
    ] {
        assert_eq!(
            (p.precision, p.recall, p.f1, p.fp, p.fn_),
            (100.0, 100.0, 100.0, 0.0, 0.0),
            "{p:?}"
        );
    }
    for kr in [k.direct, k.mixed, k.indirect] {
        assert_eq!(kr.recall, 100.0);
    }
    assert_eq!(r.headline(), 100.0);

    // And predicting nothing scores 0 with every gold attribution missed.
    let r = evaluate(&docs, &HashMap::<String, Vec<Attr>>::new());
    assert_eq!(
        (r.attribution_full.fn_, r.attribution_full.f1),
        (2192.0, 0.0)
    );
}

#[test]
fn train_parses() {
    let Some(dir) = polnear("train") else { return };
    // Train has several annotators per article and spans over line breaks.
    let docs = read_brat_dir(&dir).expect("train parses");
    assert_eq!(docs.len(), 840);
    let n: usize = docs.iter().map(|d| d.attributions.len()).sum();
    println!("train: {} documents, {n} attributions", docs.len());
    assert!(n > 15_000, "{n}");
}

//! Query latency over an existing corpus database (used by `bench/store/run.sh`).
//!
//! ```text
//! cargo run --release -p ascribe-store --example bench_queries -- corpus.db
//! ```
//!
//! Runs a fixed mix of searches (words, phrases, prefixes, with and without
//! filters, limit 20) and traces (by attribution id, evenly spread over the
//! corpus, and by quote text), each in-process on a read-only connection,
//! and prints p50/p95/max latencies in milliseconds as Markdown.

use ascribe_store::{Filters, SearchQuery, Store, TraceQuery};
use std::time::Instant;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(name: &str, mut ms: Vec<f64>, results: usize) {
    ms.sort_by(f64::total_cmp);
    println!(
        "| {name} | {} | {:.2} | {:.2} | {:.2} | {:.1} |",
        ms.len(),
        percentile(&ms, 0.5),
        percentile(&ms, 0.95),
        ms.last().copied().unwrap_or(f64::NAN),
        results as f64 / ms.len().max(1) as f64
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: bench_queries DB")?;
    let rounds: usize = std::env::args()
        .nth(2)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(5);
    let store = Store::open_read_only(&path)?;
    let stats = store.stats()?;
    println!(
        "database: {} documents, {} attributions, {} speakers, {} bytes\n",
        stats.documents, stats.attributions, stats.speakers, stats.bytes
    );
    let top = store.speakers(&Filters::default(), 5)?;
    let speaker = top.first().map(|s| s.name.clone());
    let outlet: Option<String> = store
        .connection()
        .query_row(
            "SELECT outlet FROM documents WHERE outlet IS NOT NULL LIMIT 1",
            [],
            |r| r.get(0),
        )
        .ok();
    let queries = [
        "bridge",
        "budget",
        "witch hunt",
        "\"witch hunt\"",
        "\"not raise taxes\"",
        "rebuil*",
        "inv*",
        "apologize",
        "generation",
        "taxes OR fees",
        "NEAR(deal secret)",
        "promise",
        "council",
        "nurses exhausted",
        "spine community",
        "voters",
    ];
    let filter_sets: Vec<(&str, Filters)> = vec![
        ("no filter", Filters::default()),
        (
            "--outlet",
            Filters {
                outlet: outlet.clone(),
                ..Filters::default()
            },
        ),
        (
            "--since/--until",
            Filters {
                since: Some("2018-01-01".into()),
                until: Some("2019-12-31".into()),
                ..Filters::default()
            },
        ),
        (
            "--speaker",
            Filters {
                speaker: speaker.clone(),
                ..Filters::default()
            },
        ),
        (
            "--kind indirect",
            Filters {
                kind: Some("indirect".into()),
                ..Filters::default()
            },
        ),
    ];
    println!("| search (limit 20) | runs | p50 ms | p95 ms | max ms | hits/run |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let mut all = Vec::new();
    let mut all_hits = 0;
    for (name, filters) in &filter_sets {
        let mut ms = Vec::new();
        let mut hits = 0;
        for round in 0..=rounds {
            for q in queries {
                let sq = SearchQuery {
                    query: Some(q.into()),
                    filters: filters.clone(),
                    limit: 20,
                    ..SearchQuery::default()
                };
                let t = Instant::now();
                let n = store.search(&sq)?.len();
                let el = t.elapsed().as_secs_f64() * 1e3;
                if round > 0 {
                    // Round 0 warms the page cache.
                    ms.push(el);
                    hits += n;
                }
            }
        }
        all.extend(ms.iter().copied());
        all_hits += hits;
        report(name, ms, hits);
    }
    report("**all searches**", all, all_hits);

    println!("\n| trace | runs | p50 ms | p95 ms | max ms | occurrences/run |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let max_id: i64 =
        store
            .connection()
            .query_row("SELECT MAX(id) FROM attributions", [], |r| r.get(0))?;
    let samples = 200;
    let mut ms = Vec::new();
    let mut found = 0;
    for k in 0..samples {
        let id: i64 = store.connection().query_row(
            "SELECT id FROM attributions WHERE id >= ?1 ORDER BY id LIMIT 1",
            [max_id * k / samples + 1],
            |r| r.get(0),
        )?;
        let t = Instant::now();
        let tr = store.trace(&TraceQuery {
            attribution: Some(id),
            ..TraceQuery::default()
        })?;
        ms.push(t.elapsed().as_secs_f64() * 1e3);
        found += tr.occurrences.len();
    }
    report("--attribution ID (200 spread over the corpus)", ms, found);
    let texts = [
        "We will not raise taxes on working families this year",
        "The flood barriers held because people did their jobs",
        "I did not meet with the developers",
        "Our hospitals are full and the state has left us",
        "We will rebuild the bridge before the first snow",
        "witch hunt",
    ];
    let mut ms = Vec::new();
    let mut found = 0;
    for round in 0..=rounds {
        for q in texts {
            let t = Instant::now();
            let tr = store.trace(&TraceQuery {
                text: Some(q.into()),
                ..TraceQuery::default()
            })?;
            if round > 0 {
                ms.push(t.elapsed().as_secs_f64() * 1e3);
                found += tr.occurrences.len();
            }
        }
    }
    report(
        "quote text (6 quotes incl. widely syndicated ones)",
        ms,
        found,
    );
    Ok(())
}

//! Provenance of quotes: near-duplicate detection with MinHash-LSH, and
//! word-level diffs between variants.
//!
//! Each stored attribution of at least [`MIN_WORDS`] words gets a MinHash
//! signature of its word bigrams ([`HASHES`] hash functions), cut into
//! [`BANDS`] bands of [`ROWS`] rows; each band becomes one row of the
//! `quote_lsh` table (`bucket` = hash of band number and band values). Work
//! at ingest is linear in the corpus; a lookup reads [`BANDS`] index ranges.
//! Two quotes with Jaccard similarity `s` share a bucket with probability
//! `1 - (1 - s^ROWS)^BANDS`: 0.91 at s = 0.6, 0.57 at s = 0.4, 0.06 at s = 0.2.
//! Candidates are then checked exactly (Jaccard or containment of bigrams).

use crate::error::{Context, Error, Result};
use crate::hash::{fnv64, mix64};
use crate::names::fold;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Quotes shorter than this many words are not indexed for tracing.
pub const MIN_WORDS: usize = 4;
/// Bands of the LSH index.
pub const BANDS: usize = 8;
/// Rows (hash values) per band.
pub const ROWS: usize = 3;
/// MinHash functions.
pub const HASHES: usize = BANDS * ROWS;

/// Normalised words of a text: lower case, accents folded, punctuation dropped.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '—' || c == '–' || c == '/' || c == '\u{1f}')
        .flat_map(|t| t.split("--"))
        .map(fold)
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'')
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The set of word-bigram hashes (unigrams for a one-word text), sorted.
pub fn shingles(words: &[String]) -> Vec<u64> {
    let hashes: Vec<u64> = words.iter().map(|w| fnv64(w.as_bytes())).collect();
    let mut out: Vec<u64> = if hashes.len() < 2 {
        hashes
    } else {
        hashes
            .windows(2)
            .map(|p| mix64(p[0].rotate_left(17) ^ p[1]))
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// The MinHash signature of a shingle set.
fn signature(shingles: &[u64]) -> [u64; HASHES] {
    let mut sig = [u64::MAX; HASHES];
    for &s in shingles {
        for (i, slot) in sig.iter_mut().enumerate() {
            let h = mix64(s ^ SEEDS[i]);
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

/// Per-function seeds (fixed forever: bucket values are stored).
const SEEDS: [u64; HASHES] = {
    let mut seeds = [0u64; HASHES];
    let mut i = 0;
    while i < HASHES {
        // splitmix64 of i+1, computed at compile time.
        let mut z = (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        seeds[i] = z ^ (z >> 31);
        i += 1;
    }
    seeds
};

/// The LSH buckets of a text, `None` when it is too short to index.
pub fn buckets(text: &str) -> Option<[i64; BANDS]> {
    let w = words(text);
    if w.len() < MIN_WORDS {
        return None;
    }
    Some(buckets_of(&shingles(&w)))
}

fn buckets_of(shingles: &[u64]) -> [i64; BANDS] {
    let sig = signature(shingles);
    let mut out = [0i64; BANDS];
    for (b, slot) in out.iter_mut().enumerate() {
        let mut h = mix64(b as u64 + 0x5bd1_e995);
        for r in 0..ROWS {
            h = mix64(h ^ sig[b * ROWS + r]);
        }
        *slot = h as i64;
    }
    out
}

/// Similarity of two shingle sets: the larger of their Jaccard index and
/// 0.9 × containment (shared / smaller set), so a trimmed quote still
/// matches its full version.
pub fn similarity(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    let jaccard = common as f64 / union as f64;
    let containment = common as f64 / a.len().min(b.len()) as f64;
    // Containment of a tiny set says little: require three shared bigrams.
    let contained = if common >= 3 { 0.9 * containment } else { 0.0 };
    jaccard.max(contained)
}

/// One piece of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum DiffOp {
    /// Words in both.
    Same(String),
    /// Words only in the reference (dropped by the variant).
    Removed(String),
    /// Words only in the variant.
    Added(String),
}

/// Longest inputs the quadratic LCS runs on; longer ones diff as a whole replacement.
const MAX_DIFF_WORDS: usize = 2000;

/// Word-level diff from `reference` to `variant`: an LCS over words,
/// compared case- and punctuation-insensitively, shown with the variant's
/// (for same and added words) or the reference's (removed) spelling.
pub fn word_diff(reference: &str, variant: &str) -> Vec<DiffOp> {
    let a: Vec<&str> = reference.split_whitespace().collect();
    let b: Vec<&str> = variant.split_whitespace().collect();
    let ka: Vec<String> = a.iter().map(|w| fold(w)).collect();
    let kb: Vec<String> = b.iter().map(|w| fold(w)).collect();
    let mut ops: Vec<DiffOp> = Vec::new();
    let push = |ops: &mut Vec<DiffOp>, op: DiffOp| match (ops.last_mut(), &op) {
        (Some(DiffOp::Same(s)), DiffOp::Same(t))
        | (Some(DiffOp::Removed(s)), DiffOp::Removed(t))
        | (Some(DiffOp::Added(s)), DiffOp::Added(t)) => {
            s.push(' ');
            s.push_str(t);
        }
        _ => ops.push(op),
    };
    if a.len() > MAX_DIFF_WORDS || b.len() > MAX_DIFF_WORDS {
        if ka == kb {
            return vec![DiffOp::Same(variant.to_string())];
        }
        return vec![DiffOp::Removed(a.join(" ")), DiffOp::Added(b.join(" "))];
    }
    let (n, m) = (a.len(), b.len());
    // lcs[i][j] = LCS length of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if ka[i] == kb[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && ka[i] == kb[j] {
            push(&mut ops, DiffOp::Same(b[j].to_string()));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[at(i, j + 1)] > lcs[at(i + 1, j)]) {
            push(&mut ops, DiffOp::Added(b[j].to_string()));
            j += 1;
        } else {
            // Removals before additions at a tie, like `git diff --word-diff`.
            push(&mut ops, DiffOp::Removed(a[i].to_string()));
            i += 1;
        }
    }
    ops
}

/// Renders a diff in `git --word-diff` style: `[-removed-]{+added+}`.
pub fn render_diff(ops: &[DiffOp]) -> String {
    ops.iter()
        .map(|op| match op {
            DiffOp::Same(t) => t.clone(),
            DiffOp::Removed(t) => format!("[-{t}-]"),
            DiffOp::Added(t) => format!("{{+{t}+}}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What to trace.
#[derive(Debug, Clone)]
pub struct TraceQuery {
    /// A quote's text…
    pub text: Option<String>,
    /// …or a stored attribution id.
    pub attribution: Option<i64>,
    /// Minimum [`similarity`] to the query (or to a found variant) to count.
    pub min_similarity: f64,
    /// At most this many occurrences are reported (earliest first).
    pub limit: usize,
}

impl Default for TraceQuery {
    fn default() -> TraceQuery {
        TraceQuery {
            text: None,
            attribution: None,
            min_similarity: 0.5,
            limit: 1000,
        }
    }
}

/// One appearance of the quote.
#[derive(Debug, Clone, Serialize)]
pub struct Occurrence {
    /// Attribution id.
    pub attribution_id: i64,
    /// Document id.
    pub doc_id: String,
    /// Outlet of the document.
    pub outlet: Option<String>,
    /// Publication date of the document.
    pub published: Option<String>,
    /// Title of the document.
    pub title: Option<String>,
    /// URL of the document.
    pub url: Option<String>,
    /// Speaker id.
    pub speaker_id: Option<i64>,
    /// Speaker's canonical name.
    pub speaker: Option<String>,
    /// direct, indirect, mixed or social.
    pub kind: String,
    /// The content as stored (fragments joined with " … ").
    pub text: String,
    /// Similarity to the query (1.0 = same words).
    pub similarity: f64,
}

/// One outlet that carried the quote.
#[derive(Debug, Clone, Serialize)]
pub struct OutletSeen {
    /// The outlet (`null` when documents had none).
    pub outlet: Option<String>,
    /// Its earliest publication date of the quote.
    pub first: Option<String>,
    /// Its latest.
    pub last: Option<String>,
    /// Number of occurrences.
    pub count: usize,
}

/// One distinct wording.
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    /// The wording (of its earliest occurrence).
    pub text: String,
    /// How many occurrences use it (same words, ignoring case and punctuation).
    pub count: usize,
    /// Earliest publication date of this wording.
    pub first: Option<String>,
    /// Outlets that used it.
    pub outlets: Vec<String>,
    /// Word diff from the earliest wording to this one (empty for the earliest itself).
    pub diff: Vec<DiffOp>,
}

/// The provenance of a quote.
#[derive(Debug, Clone, Serialize)]
pub struct Trace {
    /// The text traced.
    pub query: String,
    /// The first appearance (earliest publication date; undated last).
    pub earliest: Option<Occurrence>,
    /// Every outlet that carried it, by first date.
    pub outlets: Vec<OutletSeen>,
    /// Distinct wordings, the earliest first, each with its diff from it.
    pub variants: Vec<Variant>,
    /// All occurrences, earliest first.
    pub occurrences: Vec<Occurrence>,
}

/// How many candidates a short quote's phrase search may bring.
const PHRASE_CANDIDATES: usize = 10_000;
/// How many distinct variants are looked up again to catch variants of variants.
const EXPAND_VARIANTS: usize = 20;

pub(crate) fn trace(conn: &Connection, path: &Path, q: &TraceQuery) -> Result<Trace> {
    let text = match (&q.text, q.attribution) {
        (Some(t), _) => t.clone(),
        (None, Some(id)) => conn
            .query_row(
                "SELECT content FROM attributions WHERE id = ?1",
                [id],
                |r| r.get::<_, String>(0),
            )
            .optional()
            .at(path)?
            .map(|t| t.replace('\u{1f}', " … "))
            .ok_or_else(|| Error::Invalid(format!("no attribution with id {id}")))?,
        (None, None) => {
            return Err(Error::Invalid(
                "trace needs a quote text or an attribution id".into(),
            ))
        }
    };
    let query_words = words(&text);
    if query_words.is_empty() {
        return Err(Error::Invalid(format!(
            "nothing to trace in {text:?}: no words"
        )));
    }
    let query_sh = shingles(&query_words);
    // Candidate ids.
    let mut candidates: HashSet<i64> = HashSet::new();
    if let Some(id) = q.attribution {
        candidates.insert(id);
    }
    if query_words.len() >= MIN_WORDS {
        lookup(conn, path, &buckets_of(&query_sh), &mut candidates)?;
    } else {
        let phrase = format!("\"{}\"", query_words.join(" ").replace('"', ""));
        let mut stmt = conn
            .prepare("SELECT rowid FROM attributions_fts WHERE attributions_fts MATCH ?1 LIMIT ?2")
            .at(path)?;
        let rows = stmt
            .query_map(rusqlite::params![phrase, PHRASE_CANDIDATES as i64], |r| {
                r.get::<_, i64>(0)
            })
            .at(path)?;
        for r in rows {
            candidates.insert(r.at(path)?);
        }
    }
    let mut found: HashMap<i64, (Occurrence, Vec<u64>)> = HashMap::new();
    let mut checked: HashSet<i64> = HashSet::new();
    let short = query_words.len() < MIN_WORDS;
    verify(
        conn,
        path,
        &candidates,
        std::slice::from_ref(&query_sh),
        q.min_similarity,
        short,
        &mut checked,
        &mut found,
    )?;
    // One round of expansion: variants of the variants found so far.
    let mut variant_sh: Vec<Vec<u64>> = Vec::new();
    let mut seen_variant: HashSet<Vec<u64>> = HashSet::new();
    let mut by_date: Vec<&(Occurrence, Vec<u64>)> = found.values().collect();
    by_date.sort_by_key(|x| date_key(&x.0));
    // (Not for a short quote: its occurrences are excerpts of longer quotes.)
    for (_, sh) in by_date.into_iter().filter(|_| !short) {
        if *sh != query_sh && sh.len() >= MIN_WORDS - 1 && seen_variant.insert(sh.clone()) {
            variant_sh.push(sh.clone());
            if variant_sh.len() >= EXPAND_VARIANTS {
                break;
            }
        }
    }
    if !variant_sh.is_empty() {
        let mut more = HashSet::new();
        for sh in &variant_sh {
            lookup(conn, path, &buckets_of(sh), &mut more)?;
        }
        let mut refs = vec![query_sh];
        refs.extend(variant_sh);
        verify(
            conn,
            path,
            &more,
            &refs,
            q.min_similarity,
            false,
            &mut checked,
            &mut found,
        )?;
    }
    let mut occurrences: Vec<Occurrence> = found.into_values().map(|(o, _)| o).collect();
    occurrences.sort_by_key(date_key);
    occurrences.truncate(q.limit);
    Ok(summarise(text, occurrences))
}

/// Sort key: dated before undated, then date, document, attribution.
fn date_key(o: &Occurrence) -> (bool, Option<String>, String, i64) {
    (
        o.published.is_none(),
        o.published.as_ref().map(|p| p.chars().take(10).collect()),
        o.doc_id.clone(),
        o.attribution_id,
    )
}

fn lookup(
    conn: &Connection,
    path: &Path,
    buckets: &[i64; BANDS],
    out: &mut HashSet<i64>,
) -> Result<()> {
    let sql = format!(
        "SELECT attribution FROM quote_lsh WHERE bucket IN ({})",
        ["?"; BANDS].join(",")
    );
    let mut stmt = conn.prepare_cached(&sql).at(path)?;
    let rows = stmt
        .query_map(params_from_iter(buckets.iter()), |r| r.get::<_, i64>(0))
        .at(path)?;
    for r in rows {
        out.insert(r.at(path)?);
    }
    Ok(())
}

/// Loads candidates not yet checked and keeps those similar enough to any
/// reference. With `short`, candidates come from a phrase search of the one
/// reference, and the share of its bigrams they contain is the similarity.
#[allow(clippy::too_many_arguments)]
fn verify(
    conn: &Connection,
    path: &Path,
    candidates: &HashSet<i64>,
    refs: &[Vec<u64>],
    min: f64,
    short: bool,
    checked: &mut HashSet<i64>,
    found: &mut HashMap<i64, (Occurrence, Vec<u64>)>,
) -> Result<()> {
    let mut ids: Vec<i64> = candidates
        .iter()
        .copied()
        .filter(|id| !checked.contains(id))
        .collect();
    ids.sort_unstable();
    checked.extend(ids.iter().copied());
    // Pass 1: contents only, each distinct text scored once.
    let mut scores: HashMap<String, Option<(f64, Vec<u64>)>> = HashMap::new();
    let mut accepted: HashMap<i64, (f64, Vec<u64>)> = HashMap::new();
    for chunk in ids.chunks(VERIFY_CHUNK) {
        let sql = format!(
            "SELECT id, content FROM attributions WHERE id IN ({})",
            vec!["?"; chunk.len()].join(",")
        );
        let mut stmt = conn.prepare_cached(&sql).at(path)?;
        let rows = stmt
            .query_map(params_from_iter(chunk.iter()), |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })
            .at(path)?;
        // Stale bucket rows of replaced attributions find nothing here.
        for row in rows {
            let (id, content) = row.at(path)?;
            let score = scores
                .entry(content)
                .or_insert_with_key(|content| score(content, refs, min, short));
            if let Some((sim, sh)) = score {
                accepted.insert(id, (*sim, sh.clone()));
            }
        }
    }
    // Pass 2: the documents of the accepted ones.
    let mut ids: Vec<i64> = accepted.keys().copied().collect();
    ids.sort_unstable();
    for chunk in ids.chunks(VERIFY_CHUNK) {
        let sql = format!(
            "SELECT a.id, d.id, d.outlet, d.published, d.title, d.url, a.speaker_id, s.name, a.kind, a.content
             FROM attributions a JOIN documents d ON d.rowid = a.doc LEFT JOIN speakers s ON s.id = a.speaker_id
             WHERE a.id IN ({})",
            vec!["?"; chunk.len()].join(",")
        );
        let mut stmt = conn.prepare_cached(&sql).at(path)?;
        let rows = stmt
            .query_map(params_from_iter(chunk.iter()), |r| {
                Ok(Occurrence {
                    attribution_id: r.get(0)?,
                    doc_id: r.get(1)?,
                    outlet: r.get(2)?,
                    published: r.get(3)?,
                    title: r.get(4)?,
                    url: r.get(5)?,
                    speaker_id: r.get(6)?,
                    speaker: r.get(7)?,
                    kind: r.get(8)?,
                    text: r.get::<_, String>(9)?.replace('\u{1f}', " … "),
                    similarity: 0.0,
                })
            })
            .at(path)?;
        for row in rows {
            let mut occ = row.at(path)?;
            if let Some((sim, sh)) = accepted.remove(&occ.attribution_id) {
                occ.similarity = sim;
                found.insert(occ.attribution_id, (occ, sh));
            }
        }
    }
    Ok(())
}

/// Candidates loaded per query in [`verify`].
const VERIFY_CHUNK: usize = 500;

/// The similarity shown for a stored content (to the query, rounded) and its
/// shingles, when it is close enough to any reference.
fn score(content: &str, refs: &[Vec<u64>], min: f64, short: bool) -> Option<(f64, Vec<u64>)> {
    let sh = shingles(&words(content));
    if short {
        let contained = refs[0]
            .iter()
            .filter(|x| sh.binary_search(x).is_ok())
            .count();
        let sim = contained as f64 / refs[0].len().max(1) as f64;
        return (sim >= min).then_some((sim, sh));
    }
    let best = refs.iter().map(|r| similarity(r, &sh)).fold(0.0, f64::max);
    (best >= min).then(|| ((similarity(&refs[0], &sh) * 1000.0).round() / 1000.0, sh))
}

fn summarise(query: String, occurrences: Vec<Occurrence>) -> Trace {
    let earliest = occurrences.first().cloned();
    let mut outlets: BTreeMap<Option<String>, OutletSeen> = BTreeMap::new();
    for o in &occurrences {
        let e = outlets
            .entry(o.outlet.clone())
            .or_insert_with(|| OutletSeen {
                outlet: o.outlet.clone(),
                first: None,
                last: None,
                count: 0,
            });
        e.count += 1;
        if let Some(p) = &o.published {
            if e.first.as_ref().is_none_or(|f| p < f) {
                e.first = Some(p.clone());
            }
            if e.last.as_ref().is_none_or(|l| p > l) {
                e.last = Some(p.clone());
            }
        }
    }
    let mut outlets: Vec<OutletSeen> = outlets.into_values().collect();
    outlets.sort_by(|a, b| {
        (a.first.is_none(), &a.first, &a.outlet).cmp(&(b.first.is_none(), &b.first, &b.outlet))
    });
    // Variants: group by normalised words, in order of first appearance.
    let mut variants: Vec<Variant> = Vec::new();
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    for o in &occurrences {
        let key = words(&o.text);
        let i = *index.entry(key).or_insert_with(|| {
            variants.push(Variant {
                text: o.text.clone(),
                count: 0,
                first: o.published.clone(),
                outlets: Vec::new(),
                diff: Vec::new(),
            });
            variants.len() - 1
        });
        let v = &mut variants[i];
        v.count += 1;
        if let Some(outlet) = &o.outlet {
            if !v.outlets.contains(outlet) {
                v.outlets.push(outlet.clone());
            }
        }
    }
    if let Some(reference) = variants.first().map(|v| v.text.clone()) {
        for v in variants.iter_mut().skip(1) {
            v.diff = word_diff(&reference, &v.text);
        }
    }
    Trace {
        query,
        earliest,
        outlets,
        variants,
        occurrences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(t: &str) -> Vec<u64> {
        shingles(&words(t))
    }

    #[test]
    fn words_fold_case_punctuation_and_quotes() {
        assert_eq!(
            words("“We’ll REBUILD—together,” she said."),
            ["we'll", "rebuild", "together", "she", "said"]
        );
    }

    #[test]
    fn similar_quotes_share_buckets_and_different_ones_do_not() {
        let a = "We will rebuild every bridge in this county before the winter comes";
        let trimmed = "We will rebuild every bridge in this county";
        let altered = "We will rebuild every road in this county before the winter comes";
        let other = "The budget deficit is a problem that the council cannot ignore any longer";
        let ba = buckets(a).unwrap();
        let shared = |t: &str| {
            buckets(t)
                .unwrap()
                .iter()
                .zip(&ba)
                .filter(|(x, y)| x == y)
                .count()
        };
        assert!(
            shared(altered) >= 1,
            "altered wording should collide in some band"
        );
        assert_eq!(shared(other), 0);
        assert_eq!(shared(a), BANDS);
        assert!(similarity(&sh(a), &sh(trimmed)) >= 0.85);
        assert!(similarity(&sh(a), &sh(altered)) >= 0.6);
        assert!(similarity(&sh(a), &sh(other)) < 0.2);
        assert_eq!(buckets("too short"), None);
    }

    #[test]
    fn seeds_are_distinct() {
        let set: HashSet<u64> = SEEDS.iter().copied().collect();
        assert_eq!(set.len(), HASHES);
    }

    #[test]
    fn word_diff_shows_substitutions_insertions_and_deletions() {
        let d = word_diff(
            "we will win this fight together",
            "We will lose this fight, together, again",
        );
        assert_eq!(
            d,
            vec![
                DiffOp::Same("We will".into()),
                DiffOp::Removed("win".into()),
                DiffOp::Added("lose".into()),
                DiffOp::Same("this fight, together,".into()),
                DiffOp::Added("again".into()),
            ]
        );
        assert_eq!(
            render_diff(&d),
            "We will [-win-] {+lose+} this fight, together, {+again+}"
        );
        assert_eq!(word_diff("a b", "a b"), vec![DiffOp::Same("a b".into())]);
        assert_eq!(word_diff("", "x"), vec![DiffOp::Added("x".into())]);
        assert_eq!(word_diff("x y", ""), vec![DiffOp::Removed("x y".into())]);
    }
}

//! Reader for the CoreNLP silver CoNLL-U files (training and evaluation).
//!
//! Keeps what the parser learns from: column 2 (form, in Penn Treebank
//! spelling), column 5 (PTB tag), column 7 (head, 1-based, `0` for the root)
//! and column 8 (basic dependency label). The gzip wrapper `read_gz` needs
//! the `train` feature; [`read`] takes any reader, so tests and examples can
//! decompress on their own.

use std::io::BufRead;
use std::path::Path;

use crate::error::ParserError;

/// Head value of the root word in [`Sentence::heads`].
pub const ROOT: u32 = u32::MAX;

/// One sentence of the silver data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Index of its document (`# newdoc id`) in file order.
    pub doc: usize,
    /// Word forms.
    pub words: Vec<String>,
    /// PTB tags.
    pub pos: Vec<String>,
    /// 0-based head index of every word; [`ROOT`] for the root.
    pub heads: Vec<u32>,
    /// Dependency labels.
    pub labels: Vec<String>,
}

impl Sentence {
    fn new(doc: usize) -> Sentence {
        Sentence {
            doc,
            words: Vec::new(),
            pos: Vec::new(),
            heads: Vec::new(),
            labels: Vec::new(),
        }
    }
}

/// Reads a gzip-compressed CoNLL-U file.
#[cfg(feature = "train")]
pub fn read_gz(path: &Path) -> Result<Vec<Sentence>, ParserError> {
    let file = std::fs::File::open(path).map_err(|source| ParserError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file));
    read(reader, path)
}

/// Reads CoNLL-U from any reader; `path` is only used in error messages.
///
/// Heads must point inside their sentence; every sentence must have exactly
/// one root. Multi-word token ranges and empty nodes are skipped (the silver
/// data has none).
pub fn read<R: BufRead>(reader: R, path: &Path) -> Result<Vec<Sentence>, ParserError> {
    let mut out = Vec::new();
    let mut doc = 0usize;
    let mut seen_doc = false;
    let mut cur = Sentence::new(0);
    let mut start_line = 0usize;
    let err = |line: usize, msg: String| ParserError::Data {
        path: path.to_path_buf(),
        line,
        msg,
    };
    let flush = |cur: &mut Sentence, out: &mut Vec<Sentence>, line: usize, doc: usize| {
        if cur.words.is_empty() {
            return Ok(());
        }
        let n = cur.words.len() as u32;
        let mut roots = 0;
        for h in &mut cur.heads {
            // Stored 1-based until the sentence is complete.
            if *h == 0 {
                *h = ROOT;
                roots += 1;
            } else if *h > n {
                return Err(err(line, format!("head {h} outside a sentence of {n}")));
            } else {
                *h -= 1;
            }
        }
        if roots != 1 {
            return Err(err(line, format!("sentence has {roots} roots")));
        }
        out.push(std::mem::replace(cur, Sentence::new(doc)));
        Ok(())
    };
    for (k, line) in reader.lines().enumerate() {
        let lineno = k + 1;
        let line = line.map_err(|e| err(lineno, e.to_string()))?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            flush(&mut cur, &mut out, start_line, doc)?;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if c.trim_start().starts_with("newdoc") {
                flush(&mut cur, &mut out, start_line, doc)?;
                if seen_doc {
                    doc += 1;
                }
                seen_doc = true;
                cur.doc = doc;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            return Err(err(lineno, format!("{} columns, expected 10", cols.len())));
        }
        let Ok(id) = cols[0].parse::<u32>() else {
            continue; // "3-4" ranges and "3.1" empty nodes are not words
        };
        if cur.words.is_empty() {
            start_line = lineno;
            cur.doc = doc;
        }
        if id as usize != cur.words.len() + 1 {
            return Err(err(lineno, format!("word id {id} out of sequence")));
        }
        let head = cols[6]
            .parse::<u32>()
            .map_err(|_| err(lineno, format!("bad head {:?}", cols[6])))?;
        if cols[7].is_empty() || cols[7].len() > 255 {
            return Err(err(lineno, "bad dependency label".into()));
        }
        cur.words.push(cols[1].to_string());
        cur.pos.push(cols[4].to_string());
        cur.heads.push(head);
        cur.labels.push(cols[7].to_string());
    }
    flush(&mut cur, &mut out, start_line, doc)?;
    Ok(out)
}

/// Whether the tree given by `heads` (0-based, [`ROOT`] for the root) is
/// projective: no arc crosses another, and none covers the root arc.
pub fn is_projective(heads: &[u32]) -> bool {
    let n = heads.len();
    // Arcs as (left, right) spans, the root arc spanning from before the
    // first word to its dependent.
    let span = |d: usize| -> (i64, i64) {
        let h = heads[d];
        if h == ROOT {
            (-1, d as i64)
        } else {
            let h = i64::from(h);
            (h.min(d as i64), h.max(d as i64))
        }
    };
    for a in 0..n {
        let (l1, r1) = span(a);
        for b in 0..n {
            let (l2, r2) = span(b);
            // Crossing: one endpoint strictly inside, the other strictly outside.
            if l1 < l2 && l2 < r1 && r1 < r2 {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_heads_labels_and_docs() {
        let text = "# newdoc id = a\n# sent_id = 1\n\
            1\tAda\tAda\t_\tNNP\t_\t2\tnsubj\t_\tNER=PERSON\n\
            2\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\tNER=O\n\
            3\t.\t.\t_\t.\t_\t2\tpunct\t_\tNER=O\n\n\
            # newdoc id = b\n\
            1\tYes\tyes\t_\tUH\t_\t0\troot\t_\tNER=O\n";
        let s = read(text.as_bytes(), Path::new("x")).unwrap_or_default();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["Ada", "said", "."]);
        assert_eq!(s[0].heads, [1, ROOT, 1]);
        assert_eq!(s[0].labels, ["nsubj", "root", "punct"]);
        assert_eq!(s[0].pos, ["NNP", "VBD", "."]);
        assert_eq!((s[0].doc, s[1].doc), (0, 1));
        assert_eq!(s[1].heads, [ROOT]);
    }

    #[test]
    fn bad_trees_are_errors_with_line_numbers() {
        let two_roots = "1\ta\t_\t_\tDT\t_\t0\troot\t_\t_\n2\tb\t_\t_\tNN\t_\t0\troot\t_\t_\n";
        let r = read(two_roots.as_bytes(), Path::new("x"));
        assert!(matches!(r, Err(ParserError::Data { line: 1, .. })), "{r:?}");
        let far_head = "1\ta\t_\t_\tDT\t_\t5\tdet\t_\t_\n";
        assert!(read(far_head.as_bytes(), Path::new("x")).is_err());
        let short = "1\tx\n";
        let r = read(short.as_bytes(), Path::new("x"));
        assert!(matches!(r, Err(ParserError::Data { line: 1, .. })));
    }

    #[test]
    fn projectivity() {
        // a <- b -> c, root b
        assert!(is_projective(&[1, ROOT, 1]));
        // 0->2, 1->3 cross
        assert!(!is_projective(&[ROOT, 3, 0, 0]));
        // an arc over the root word: 0 <- 2 with root 1
        assert!(!is_projective(&[2, ROOT, 1]));
    }
}

//! Reader for the CoreNLP silver CoNLL-U files (training and evaluation
//! only).
//!
//! Keeps what the taggers learn from: column 2 (form, already in Penn
//! Treebank spelling), column 5 (PTB tag) and the `NER=` field of column 10,
//! reduced to the four CoNLL types and converted to BIO. CoreNLP labels each
//! token, not spans, so a run of tokens with the same type is one entity
//! (two adjacent entities of one type cannot be told apart; rare in news).
//! Its numeric classes (DATE, MONEY, NUMBER...) become `O`.

use std::io::BufRead;
use std::path::Path;

use crate::error::TaggerError;
use crate::ner::EntityType;

/// One sentence of the silver data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Index of its document (`# newdoc id`) in file order.
    pub doc: usize,
    /// Word forms.
    pub words: Vec<String>,
    /// PTB tags.
    pub pos: Vec<String>,
    /// BIO entity labels (`O`, `B-PERSON`, `I-PERSON`...).
    pub ner: Vec<String>,
}

/// Reads a gzip-compressed CoNLL-U file.
pub fn read_gz(path: &Path) -> Result<Vec<Sentence>, TaggerError> {
    let file = std::fs::File::open(path).map_err(|source| TaggerError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file));
    read(reader, path)
}

/// Reads CoNLL-U from any reader; `path` is only used in error messages.
pub fn read<R: BufRead>(reader: R, path: &Path) -> Result<Vec<Sentence>, TaggerError> {
    let mut out = Vec::new();
    let mut doc = 0usize;
    let mut seen_doc = false;
    let mut cur = Sentence {
        doc: 0,
        words: Vec::new(),
        pos: Vec::new(),
        ner: Vec::new(),
    };
    let mut types: Vec<Option<EntityType>> = Vec::new();
    let err = |line: usize, msg: String| TaggerError::Data {
        path: path.to_path_buf(),
        line,
        msg,
    };
    let mut flush = |cur: &mut Sentence, types: &mut Vec<Option<EntityType>>, doc: usize| {
        if !cur.words.is_empty() {
            cur.ner = bio(types);
            cur.doc = doc;
            out.push(std::mem::replace(
                cur,
                Sentence {
                    doc,
                    words: Vec::new(),
                    pos: Vec::new(),
                    ner: Vec::new(),
                },
            ));
        }
        types.clear();
    };
    for (k, line) in reader.lines().enumerate() {
        let lineno = k + 1;
        let line = line.map_err(|e| err(lineno, e.to_string()))?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            flush(&mut cur, &mut types, doc);
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if c.trim_start().starts_with("newdoc") {
                flush(&mut cur, &mut types, doc);
                if seen_doc {
                    doc += 1;
                }
                seen_doc = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            return Err(err(lineno, format!("{} columns, expected 10", cols.len())));
        }
        // Multi-word token ranges ("3-4") and empty nodes ("3.1") are not words.
        if cols[0].parse::<u32>().is_err() {
            continue;
        }
        let ner = cols[9]
            .split('|')
            .find_map(|kv| kv.strip_prefix("NER="))
            .unwrap_or("O");
        cur.words.push(cols[1].to_string());
        cur.pos.push(cols[4].to_string());
        types.push(EntityType::from_name(ner));
    }
    flush(&mut cur, &mut types, doc);
    Ok(out)
}

/// Per-token types to BIO: a run of one type is one entity.
fn bio(types: &[Option<EntityType>]) -> Vec<String> {
    let mut prev = None;
    types
        .iter()
        .map(|&t| {
            let label = match t {
                None => "O".to_string(),
                Some(k) if prev == Some(k) => format!("I-{k}"),
                Some(k) => format!("B-{k}"),
            };
            prev = t;
            label
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sentences_docs_and_bio() {
        let text = "# newdoc id = a\n# sent_id = 1\n\
            1\tMs.\tMs.\t_\tNNP\t_\t2\tcompound\t_\tStart=0|End=3|NER=O\n\
            2\tAda\tAda\t_\tNNP\t_\t3\tnsubj\t_\tStart=4|End=7|NER=PERSON\n\
            3\tLee\tLee\t_\tNNP\t_\t0\troot\t_\tStart=8|End=11|NER=PERSON\n\
            4\tMonday\tMonday\t_\tNNP\t_\t3\tobl\t_\tStart=12|End=18|NER=DATE\n\n\
            # newdoc id = b\n# coref = 1:1-2(1)*\n\
            1\tIBM\tIBM\t_\tNNP\t_\t0\troot\t_\tStart=0|End=3|NER=ORGANIZATION\n";
        let s = read(text.as_bytes(), Path::new("x")).unwrap_or_default();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["Ms.", "Ada", "Lee", "Monday"]);
        assert_eq!(s[0].ner, ["O", "B-PERSON", "I-PERSON", "O"]);
        assert_eq!(s[0].doc, 0);
        assert_eq!(s[1].doc, 1);
        assert_eq!(s[1].ner, ["B-ORGANIZATION"]);
        assert_eq!(s[1].pos, ["NNP"]);
    }

    #[test]
    fn short_lines_are_errors_with_line_numbers() {
        let r = read("1\tx\n".as_bytes(), Path::new("bad.conllu"));
        assert!(matches!(r, Err(TaggerError::Data { line: 1, .. })));
    }
}

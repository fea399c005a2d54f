//! Reading `ascribe extract --format jsonl` output (docs/OUTPUT-CONTRACT.md).

use std::collections::HashMap;
use std::io::BufRead;

use serde::Deserialize;

use crate::{Attr, EvalError, Frag};

#[derive(Deserialize)]
struct DocLine {
    id: String,
    attributions: Vec<AttrLine>,
}

/// Roles may be missing or `null` (read as empty): some producers omit
/// empty roles, and an empty role is what they mean.
#[derive(Deserialize)]
struct AttrLine {
    #[serde(default)]
    content: Option<Vec<SpanLine>>,
    #[serde(default)]
    cue: Option<Vec<SpanLine>>,
    #[serde(default)]
    source: Option<Vec<SpanLine>>,
}

#[derive(Deserialize)]
struct SpanLine {
    start: usize,
    end: usize,
}

/// Reads predictions, one JSON document per line, keyed by `id`.
///
/// Only `id`, `attributions` and the `start`/`end` of each role's spans are
/// read; every other field is ignored. Blank lines are skipped. A line that
/// is not JSON, lacks `id`/`attributions`, has a span with `start > end`, or
/// repeats an earlier `id` is an error naming the line. Offsets beyond the
/// text cannot be checked here (the text is not in the file); evaluation clips them.
pub fn read_predictions_jsonl<R: BufRead>(r: R) -> Result<HashMap<String, Vec<Attr>>, EvalError> {
    let mut out = HashMap::new();
    for (i, line) in r.lines().enumerate() {
        let line_no = i + 1;
        let line = line.map_err(|source| EvalError::Read {
            line: line_no,
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: DocLine = serde_json::from_str(&line).map_err(|source| EvalError::Json {
            line: line_no,
            source,
        })?;
        let mut attrs = Vec::with_capacity(doc.attributions.len());
        for (k, a) in doc.attributions.into_iter().enumerate() {
            let frags =
                |role: &str, spans: Option<Vec<SpanLine>>| -> Result<Vec<Frag>, EvalError> {
                    let spans = spans.unwrap_or_default();
                    let mut v = Vec::with_capacity(spans.len());
                    for s in spans {
                        if s.start > s.end {
                            return Err(EvalError::Prediction {
                                line: line_no,
                                message: format!(
                                    "attribution {k} of {:?}: {role} span has start {} > end {}",
                                    doc.id, s.start, s.end
                                ),
                            });
                        }
                        v.push((s.start, s.end));
                    }
                    Ok(v)
                };
            attrs.push(Attr {
                content: frags("content", a.content)?,
                cue: frags("cue", a.cue)?,
                source: frags("source", a.source)?,
            });
        }
        if out.contains_key(&doc.id) {
            return Err(EvalError::Prediction {
                line: line_no,
                message: format!("duplicate id {:?}", doc.id),
            });
        }
        out.insert(doc.id, attrs);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_contract_lines_and_ignores_extra_fields() {
        let input = r#"{"id":"a","attributions":[{"kind":"direct","content":[{"start":0,"end":5,"text":"hello"},{"start":9,"end":12}],"cue":[{"start":6,"end":8}],"source":[],"speaker":{"name":null},"confidence":0.9}],"errors":[]}

{"id":"b","attributions":[{"content":[{"start":1,"end":2}],"source":null}]}
"#;
        let p = read_predictions_jsonl(input.as_bytes()).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(
            p["a"],
            vec![Attr {
                content: vec![(0, 5), (9, 12)],
                cue: vec![(6, 8)],
                source: vec![],
            }]
        );
        assert_eq!(p["b"][0].cue, vec![]);
        assert_eq!(p["b"][0].source, vec![]);
    }

    #[test]
    fn errors_name_the_line() {
        let bad_json = "{\"id\":\"a\",\"attributions\":[]}\n\n{\"id\":\"b\",";
        let e = read_predictions_jsonl(bad_json.as_bytes()).unwrap_err();
        assert!(matches!(e, EvalError::Json { line: 3, .. }), "{e}");
        assert!(e.to_string().starts_with("predictions line 3:"), "{e}");

        let reversed =
            r#"{"id":"a","attributions":[{"content":[{"start":5,"end":2}],"cue":[],"source":[]}]}"#;
        let e = read_predictions_jsonl(reversed.as_bytes()).unwrap_err();
        assert!(matches!(e, EvalError::Prediction { line: 1, .. }), "{e}");

        let missing = r#"{"id":"a"}"#;
        let e = read_predictions_jsonl(missing.as_bytes()).unwrap_err();
        assert!(e.to_string().contains("attributions"), "{e}");

        let negative = r#"{"id":"a","attributions":[{"content":[{"start":-1,"end":2}]}]}"#;
        assert!(read_predictions_jsonl(negative.as_bytes()).is_err());

        let dup = "{\"id\":\"a\",\"attributions\":[]}\n{\"id\":\"a\",\"attributions\":[]}\n";
        let e = read_predictions_jsonl(dup.as_bytes()).unwrap_err();
        assert!(matches!(e, EvalError::Prediction { line: 2, .. }), "{e}");
    }
}

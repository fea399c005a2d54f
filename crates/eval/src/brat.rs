//! Reading PolNeAR's brat standoff files into [`Attr`]s.
//!
//! The rules, in the order a line meets them (a line is what `\n` separates;
//! a trailing `\r` is ignored):
//!
//! * blank lines and `#` annotator notes are skipped;
//! * `A`, `M` (attributes), `R` (relations), `N` (normalizations) and `*`
//!   (equivalences) lines are skipped: they carry no span of an attribution;
//! * `T` lines define spans, `TYPE s e;s e…<TAB>text`. Offsets must be in
//!   range and the text must equal the fragments of the document joined by a
//!   space, as brat writes it. This check catches byte offsets or the wrong
//!   text file at once. When that text contains line breaks, brat's file has
//!   *continuation lines* (PolNeAR train has a few, one starts with "The"): the
//!   exact number of lines the document text predicts are consumed, so they
//!   cannot be mistaken for annotations;
//! * `E` lines of type `Attribution` or `Attribution-no-source` are
//!   attributions; other event types are skipped (not part of PolNeAR's schema).
//!   Roles are `Source`, `Cue`, `Content` with optional numeric suffixes
//!   (`Content2`, or brat's `Source2` for a repeated role): same-role
//!   fragments are united. The roles decide, not the event type: dev has one
//!   `Attribution-no-source` with a real `Source` role, and it is kept;
//! * an attribution whose content has no non-whitespace character is dropped:
//!   no prediction could ever match it (metric 3 needs content overlap), so it
//!   is an unfinished annotation rather than a gold attribution. Dev has one;
//! * anything else is an error naming the file and line.

use std::collections::HashMap;
use std::path::Path;

use crate::{Attr, EvalError, Frag, GoldDoc};

/// Parses one `.ann` file of `text`; errors name the file as `<ann>`.
pub fn parse_ann(text: &str, ann: &str) -> Result<Vec<Attr>, EvalError> {
    parse_ann_named(text, ann, "<ann>")
}

/// A role an `E` line may reference.
#[derive(Clone, Copy)]
enum Role {
    Source,
    Cue,
    Content,
}

fn role_of(name: &str) -> Option<Role> {
    match name.trim_end_matches(|c: char| c.is_ascii_digit()) {
        "Source" => Some(Role::Source),
        "Cue" => Some(Role::Cue),
        "Content" => Some(Role::Content),
        _ => None,
    }
}

/// Shortens a snippet for an error message.
fn snippet(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    format!("{out:?}")
}

/// [`parse_ann`] with the file name used in errors.
pub(crate) fn parse_ann_named(text: &str, ann: &str, file: &str) -> Result<Vec<Attr>, EvalError> {
    let err = |line: usize, message: String| EvalError::Ann {
        file: file.to_string(),
        line,
        message,
    };
    let chars: Vec<char> = text.chars().collect();
    let lines: Vec<&str> = ann.split('\n').collect();
    let mut spans: HashMap<&str, Vec<Frag>> = HashMap::new();
    // (line number, event id, argument tokens after the trigger)
    let mut events: Vec<(usize, Vec<&str>)> = Vec::new();

    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let lineno = i + 1;
        i += 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, rest)) = line.split_once('\t') else {
            return Err(err(
                lineno,
                format!(
                    "expected an annotation id and a tab, found {}",
                    snippet(line)
                ),
            ));
        };
        let mut id_chars = id.chars();
        let letter = id_chars.next();
        let digits = id_chars.as_str();
        let numbered = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        match letter {
            Some('*') if digits.is_empty() => continue,
            Some('A' | 'M' | 'R' | 'N') if numbered => continue,
            Some('T') if numbered => {
                let (head, span_text) = match rest.split_once('\t') {
                    Some((h, t)) => (h, Some(t)),
                    None => (rest, None),
                };
                let (_kind, offsets) = head
                    .split_once(' ')
                    .ok_or_else(|| err(lineno, format!("{id}: expected `TYPE start end`")))?;
                let frags = parse_fragments(offsets, chars.len())
                    .map_err(|m| err(lineno, format!("{id}: {m}")))?;
                if let Some(found) = span_text {
                    let expected = frags
                        .iter()
                        .map(|&(s, e)| chars[s..e].iter().collect::<String>())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let mut parts = expected.split('\n');
                    let first = parts.next().unwrap_or("");
                    let mut ok = same_line(found, first);
                    // Continuation lines: exactly as many as the text has breaks.
                    for part in parts {
                        match lines.get(i) {
                            Some(next) if ok => {
                                ok = same_line(next, part);
                                i += 1;
                            }
                            _ => ok = false,
                        }
                    }
                    if !ok {
                        return Err(err(
                            lineno,
                            format!(
                                "{id}: span text {} does not match the document text {} at {offsets} \
                                 (offsets must be code points into the matching .txt)",
                                snippet(found),
                                snippet(&expected)
                            ),
                        ));
                    }
                }
                if spans.insert(id, frags).is_some() {
                    return Err(err(lineno, format!("duplicate id {id}")));
                }
            }
            Some('E') if numbered => {
                let mut args = rest.split_whitespace();
                let trigger = args
                    .next()
                    .ok_or_else(|| err(lineno, format!("{id}: event without a trigger")))?;
                let (kind, _) = trigger.split_once(':').ok_or_else(|| {
                    err(
                        lineno,
                        format!("{id}: expected `TYPE:ID`, found {}", snippet(trigger)),
                    )
                })?;
                if kind == "Attribution" || kind == "Attribution-no-source" {
                    events.push((lineno, args.collect()));
                }
            }
            _ => {
                return Err(err(
                    lineno,
                    format!("unknown annotation id {}", snippet(id)),
                ))
            }
        }
    }

    let mut out = Vec::with_capacity(events.len());
    for (lineno, args) in events {
        let mut attr = Attr::default();
        for arg in args {
            let (role, target) = arg.split_once(':').ok_or_else(|| {
                err(
                    lineno,
                    format!("expected `Role:ID`, found {}", snippet(arg)),
                )
            })?;
            let role = role_of(role)
                .ok_or_else(|| err(lineno, format!("unknown role {}", snippet(role))))?;
            let span = spans.get(target).ok_or_else(|| {
                err(
                    lineno,
                    format!("reference to undefined span {}", snippet(target)),
                )
            })?;
            let dest = match role {
                Role::Source => &mut attr.source,
                Role::Cue => &mut attr.cue,
                Role::Content => &mut attr.content,
            };
            dest.extend_from_slice(span);
        }
        for frags in [&mut attr.source, &mut attr.cue, &mut attr.content] {
            frags.sort_unstable();
            frags.dedup();
        }
        let has_content = attr
            .content
            .iter()
            .any(|&(s, e)| chars[s..e].iter().any(|c| !c.is_whitespace()));
        if has_content {
            out.push(attr);
        }
    }
    Ok(out)
}

/// A line of the `.ann` file equals a line of the expected span text (either may keep a `\r`).
fn same_line(found: &str, expected: &str) -> bool {
    found == expected || found.trim_end_matches('\r') == expected.trim_end_matches('\r')
}

/// Parses `s e;s e…`, checking `s <= e <= len`.
fn parse_fragments(offsets: &str, len: usize) -> Result<Vec<Frag>, String> {
    let mut frags = Vec::new();
    for frag in offsets.split(';') {
        let mut nums = frag.split_whitespace().map(str::parse::<usize>);
        let (s, e) = match (nums.next(), nums.next(), nums.next()) {
            (Some(Ok(s)), Some(Ok(e)), None) => (s, e),
            _ => {
                return Err(format!(
                    "bad fragment {} (expected `start end`)",
                    snippet(frag)
                ))
            }
        };
        if s > e || e > len {
            return Err(format!(
                "fragment {s} {e} is outside the text ({len} code points) or reversed"
            ));
        }
        frags.push((s, e));
    }
    Ok(frags)
}

/// Reads `dir/text/*.txt` with their `dir/attributions/*.ann`, sorted by id.
///
/// The annotation file of `NAME.txt` is `NAME.ann` or `NAME_ANNOTATOR.ann`
/// (the annotator code has no `_`); when there are several (some PolNeAR
/// train articles were annotated by several people), the first in sorted
/// file-name order is the gold, so the choice is reproducible. A text without
/// annotation file is an error (more likely a broken copy than an article
/// without attributions); `.ann` files without a text are ignored.
pub fn read_brat_dir(dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let stems = list_files(&text_dir, "txt")?;
    let mut anns: HashMap<String, Vec<String>> = HashMap::new();
    for stem in list_files(&ann_dir, "ann")? {
        if let Some((doc, _annotator)) = stem.rsplit_once('_') {
            anns.entry(doc.to_string()).or_default().push(stem.clone());
        }
        anns.entry(stem.clone()).or_default().push(stem);
    }
    let mut docs = Vec::with_capacity(stems.len());
    for stem in stems {
        let ann_stem = anns
            .get_mut(&stem)
            .and_then(|c| {
                c.sort();
                c.first()
            })
            .ok_or_else(|| EvalError::Layout {
                path: text_dir.join(format!("{stem}.txt")),
                message: format!(
                    "no annotation file {stem}.ann or {stem}_*.ann in {}",
                    ann_dir.display()
                ),
            })?;
        let text_path = text_dir.join(format!("{stem}.txt"));
        let ann_path = ann_dir.join(format!("{ann_stem}.ann"));
        let text = read(&text_path)?;
        let ann = read(&ann_path)?;
        let attributions = parse_ann_named(&text, &ann, &ann_path.display().to_string())?;
        docs.push(GoldDoc {
            id: stem,
            text,
            attributions,
        });
    }
    Ok(docs)
}

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Sorted stems of the files with extension `ext` in `dir`.
fn list_files(dir: &Path, ext: &str) -> Result<Vec<String>, EvalError> {
    let io = |source| EvalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().and_then(|e| e.to_str()) != Some(ext) || !path.is_file() {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| EvalError::Layout {
                path: path.clone(),
                message: "file name is not valid UTF-8".to_string(),
            })?;
        out.push(stem.to_string());
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::find;

    // Own example text (line 2 of the .ann below covers a paragraph break).
    const TEXT: &str = "“We will win,” the mayor said, “and soon.”\nCritics disagreed.\nRates fell, it was announced.";

    fn ann_line(id: &str, kind: &str, frags: &[Frag]) -> String {
        let chars: Vec<char> = TEXT.chars().collect();
        let offsets: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
        let texts: Vec<String> = frags
            .iter()
            .map(|&(s, e)| chars[s..e].iter().collect())
            .collect();
        format!("{id}\t{kind} {}\t{}\n", offsets.join(";"), texts.join(" "))
    }

    fn sample_ann() -> String {
        let t = TEXT;
        let mut a = String::new();
        a += &ann_line("T1", "Content", &[find(t, "“We will win,”")]);
        a += &ann_line("T2", "Content", &[find(t, "“and soon.”")]);
        a += &ann_line("T3", "Cue", &[find(t, "said")]);
        a += &ann_line("T4", "Source", &[find(t, "the mayor")]);
        a += &ann_line("T5", "Attribution", &[find(t, "said")]);
        a += "E1\tAttribution:T5 Content:T1 Content2:T2 Cue:T3 Source:T4\n";
        a += "#1\tAnnotatorNotes T1\tA note.\n";
        a += "A1\tConfidence E1 High\n";
        // A span over the line break: brat writes its text on two lines.
        a += &ann_line("T6", "Discuss", &[find(t, "soon.”\nCritics")]);
        a += &ann_line("T7", "Content", &[find(t, "Rates fell")]);
        a += &ann_line("T8", "Cue", &[find(t, "was announced")]);
        a += &ann_line("T9", "Attribution-no-source", &[find(t, "was announced")]);
        // Trailing space, as in PolNeAR.
        a += "E2\tAttribution-no-source:T9 Cue:T8 Content:T7 \n";
        // An attribution without content is dropped.
        a += "E3\tAttribution-no-source:T9 \n";
        a += "R1\tRelated Arg1:T1 Arg2:T7\n\n";
        a
    }

    #[test]
    fn parses_roles_fragments_and_skippable_lines() {
        let ann = sample_ann();
        assert!(
            ann.contains("soon.”\nCritics\nT7"),
            "continuation line present"
        );
        let attrs = parse_ann(TEXT, &ann).unwrap();
        let t = TEXT;
        assert_eq!(
            attrs,
            vec![
                Attr {
                    content: vec![find(t, "“We will win,”"), find(t, "“and soon.”")],
                    cue: vec![find(t, "said")],
                    source: vec![find(t, "the mayor")],
                },
                Attr {
                    content: vec![find(t, "Rates fell")],
                    cue: vec![find(t, "was announced")],
                    source: vec![],
                },
            ]
        );
    }

    #[test]
    fn multi_fragment_t_line_and_crlf() {
        let t = TEXT;
        let mut a = ann_line(
            "T1",
            "Content",
            &[find(t, "We will win"), find(t, "and soon")],
        );
        a += "T2\tCue 25 29\tsaid\r\nE1\tAttribution-no-source:T2 Content:T1 Cue:T2\r\n";
        let attrs = parse_ann(t, &a).unwrap();
        assert_eq!(
            attrs[0].content,
            vec![find(t, "We will win"), find(t, "and soon")]
        );
        assert_eq!(attrs[0].cue, vec![find(t, "said")]);
    }

    fn error_of(ann: &str) -> (usize, String) {
        match parse_ann(TEXT, ann) {
            Err(EvalError::Ann {
                file,
                line,
                message,
            }) => {
                assert_eq!(file, "<ann>");
                (line, message)
            }
            other => panic!("expected an Ann error, got {other:?}"),
        }
    }

    #[test]
    fn malformed_lines_name_the_line() {
        // "said" is at code points 25..29 (bytes 29..33: the curly quotes take 3 bytes).
        let ok = "T1\tCue 25 29\tsaid\n";
        let cases = [
            (format!("{ok}T2\tCue 25 999\tsaid\n"), 2, "outside the text"),
            (format!("{ok}T2\tCue 29 25\tsaid\n"), 2, "reversed"),
            (format!("{ok}T2\tCue 25 x\tsaid\n"), 2, "bad fragment"),
            (format!("{ok}T2\tCue\tsaid\n"), 2, "TYPE start end"),
            // Byte offsets instead of code points: the text does not match.
            (format!("{ok}T2\tCue 29 33\tsaid\n"), 2, "does not match"),
            (format!("{ok}just words\n"), 2, "expected an annotation id"),
            (format!("{ok}X1\tfoo\n"), 2, "unknown annotation id"),
            (format!("{ok}T1\tCue 25 29\tsaid\n"), 2, "duplicate id T1"),
            (
                format!("{ok}\nE1\tAttribution:T1 Cue:T9\n"),
                3,
                "undefined span",
            ),
            (
                format!("{ok}E1\tAttribution:T1 Speaker:T1\n"),
                2,
                "unknown role",
            ),
            (format!("{ok}E1\tAttribution:T1 T1\n"), 2, "Role:ID"),
            (format!("{ok}E1\tAttribution\n"), 2, "TYPE:ID"),
        ];
        for (ann, line, needle) in cases {
            let (l, m) = error_of(&ann);
            assert_eq!(l, line, "{ann:?}: {m}");
            assert!(m.contains(needle), "{ann:?}: {m}");
        }
        // A span over the line break must be followed by its continuation line.
        let t = TEXT;
        let span = ann_line("T2", "Discuss", &[find(t, "soon.”\nCritics")]);
        let truncated = span.trim_end().rsplit_once('\n').unwrap().0.to_string();
        let (l, m) = error_of(&truncated);
        assert_eq!(l, 1, "{m}");
    }

    #[test]
    fn error_display_has_file_and_line() {
        let e = EvalError::Ann {
            file: "x/a_1.ann".into(),
            line: 7,
            message: "bad".into(),
        };
        assert_eq!(e.to_string(), "x/a_1.ann:7: bad");
    }

    /// A fresh directory under the system temp dir (no tempfile crate).
    fn temp_dir(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("ascribe-eval-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("text")).unwrap();
        std::fs::create_dir_all(d.join("attributions")).unwrap();
        d
    }

    #[test]
    fn reads_a_directory_choosing_the_first_annotator() {
        let d = temp_dir("dir");
        let w = |p: &str, s: &str| std::fs::write(d.join(p), s).unwrap();
        let one = |src: &str| {
            format!("T1\tSource {}\t{src}\nT2\tCue 6 10\tsaid\nT3\tContent 11 13\tno\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n", if src == "Smith" { "0 5" } else { "0 2" })
        };
        w("text/b.txt", "Smith said no.");
        // Two annotators: "aa02" sorts before "zz01".
        w("attributions/b_zz01.ann", &one("Sm"));
        w("attributions/b_aa02.ann", &one("Smith"));
        // "b_c" must not be taken for annotator "c" of "b" once it has a text.
        w("text/b_c.txt", "Smith said no.");
        w("attributions/b_c_x1.ann", &one("Sm"));
        w("text/a.txt", "Smith said no.");
        w("attributions/a.ann", "");
        w("attributions/orphan_x.ann", "garbage");
        let docs = read_brat_dir(&d).unwrap();
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "b_c"]);
        assert!(docs[0].attributions.is_empty());
        assert_eq!(docs[1].attributions[0].source, vec![(0, 5)]);
        assert_eq!(docs[2].attributions[0].source, vec![(0, 2)]);

        // Errors carry the path.
        w("attributions/b_aa02.ann", "T1\tSource 0 99\tSmith\n");
        let e = read_brat_dir(&d).unwrap_err().to_string();
        assert!(e.contains("b_aa02.ann:1:"), "{e}");
        w("attributions/b_aa02.ann", "");
        w("text/c.txt", "x");
        let e = read_brat_dir(&d).unwrap_err().to_string();
        assert!(
            e.contains("c.txt") && e.contains("no annotation file"),
            "{e}"
        );
        let e = read_brat_dir(&d.join("nope")).unwrap_err().to_string();
        assert!(e.contains("nope"), "{e}");
        let _ = std::fs::remove_dir_all(&d);
    }
}

//! Tests against the committed models (`models/*.bin`) and, when present,
//! the silver dev data in `../shared`.

use std::path::PathBuf;

use crate::{EntityType, NerTagger, PosTagger, Scratch, TaggerError};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn pos() -> PosTagger {
    PosTagger::load(&root().join("models/pos.bin")).unwrap_or_else(|e| panic!("pos.bin: {e}"))
}

fn ner() -> NerTagger {
    NerTagger::load(&root().join("models/ner.bin")).unwrap_or_else(|e| panic!("ner.bin: {e}"))
}

fn tag_names(pos: &PosTagger, words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    pos.tag(words, &mut out);
    out.iter().map(|&t| pos.tag_name(t).to_string()).collect()
}

#[test]
fn committed_pos_model_tags_an_obvious_sentence() {
    let pos = pos();
    assert_eq!(pos.num_tags(), 45);
    let words = "The senator said on Tuesday that she would vote against the bill ."
        .split(' ')
        .collect::<Vec<_>>();
    let tags = tag_names(&pos, &words);
    let expect = [
        "DT", "NN", "VBD", "IN", "NNP", "IN", "PRP", "MD", "VB", "IN", "DT", "NN", ".",
    ];
    assert_eq!(tags, expect, "{words:?}");
    assert_eq!(pos.tag_id("NNP").map(|id| pos.tag_name(id)), Some("NNP"));
    assert_eq!(pos.tag_id("NOPE"), None);
    assert_eq!(pos.tag_name(250), "");
}

#[test]
fn committed_pos_model_handles_ptb_spelling_and_odd_tokens() {
    let pos = pos();
    let words = [
        "``", "We", "do", "n't", "know", ",", "''", "Lee", "'s", "aide", "said", ".",
    ];
    let tags = tag_names(&pos, &words);
    assert_eq!(tags[0], "``");
    assert_eq!(tags[3], "RB");
    assert_eq!(tags[6], "''");
    assert_eq!(tags[8], "POS");
    assert_eq!(tags[10], "VBD");
    // Nothing here may panic: empty sentence, empty token, emoji, huge token.
    let long = "x".repeat(10_000);
    let mut out = vec![7u8; 3];
    pos.tag(&[], &mut out);
    assert!(out.is_empty());
    pos.tag(&["", "🙂", &long, "-LRB-", "Zoë", "-RRB-"], &mut out);
    assert_eq!(out.len(), 6);
}

#[test]
fn committed_ner_model_finds_a_person_and_an_organization() {
    let (pos, ner) = (pos(), ner());
    assert_eq!(ner.num_labels(), 9);
    assert_eq!(ner.label_name(ner.outside_id()), "O");
    let words = "Maria Delgado , a spokeswoman for the Riverside Water Authority , said the plan was sound ."
        .split(' ')
        .collect::<Vec<_>>();
    let (mut tags, mut labels) = (Vec::new(), Vec::new());
    pos.tag(&words, &mut tags);
    ner.tag(&words, &tags, &pos, &mut labels);
    let names: Vec<&str> = labels.iter().map(|&l| ner.label_name(l)).collect();
    let found: Vec<(EntityType, String)> = ner
        .entities(&labels)
        .iter()
        .map(|e| (e.kind, words[e.start..e.end].join(" ")))
        .collect();
    assert_eq!(
        found,
        [
            (EntityType::Person, "Maria Delgado".to_string()),
            (
                EntityType::Organization,
                "Riverside Water Authority".to_string()
            ),
        ],
        "{names:?}"
    );
    assert_eq!(names[0], "B-PERSON");
    assert!(ner.begins_entity(labels[0]));
    assert!(!ner.begins_entity(labels[1]));
    assert_eq!(ner.entity_type(labels[1]), Some(EntityType::Person));
    assert_eq!(ner.entity_type(labels[2]), None);
}

#[test]
fn ner_tolerates_missing_or_bogus_pos_tags() {
    let (pos, ner) = (pos(), ner());
    let words = ["Ada", "Lee", "visited", "Paris", "."];
    let mut out = Vec::new();
    ner.tag(&words, &[], &pos, &mut out);
    assert_eq!(out.len(), words.len());
    ner.tag(&words, &[255, 255], &pos, &mut out);
    assert_eq!(out.len(), words.len());
    ner.tag(&[], &[], &pos, &mut out);
    assert!(out.is_empty());
}

#[test]
fn scratch_reuse_and_threads_give_identical_results() {
    let (pos, ner) = (pos(), ner());
    let sentences: Vec<Vec<&str>> = [
        "Officials in Brussels said the European Commission would respond on Friday .",
        "He left .",
        "`` It is not over , '' said Senator John Smith of Ohio , a Republican .",
    ]
    .iter()
    .map(|s| s.split(' ').collect())
    .collect();
    let fresh: Vec<(Vec<u8>, Vec<u8>)> = sentences
        .iter()
        .map(|w| {
            let mut s = Scratch::new();
            let (mut t, mut l) = (Vec::new(), Vec::new());
            pos.tag_with(w, &mut s, &mut t);
            ner.tag_with(w, &t, &pos, &mut Scratch::new(), &mut l);
            (t, l)
        })
        .collect();
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let mut s = Scratch::new();
                for _ in 0..3 {
                    for (w, want) in sentences.iter().zip(&fresh) {
                        let (mut t, mut l) = (Vec::new(), Vec::new());
                        pos.tag_with(w, &mut s, &mut t);
                        ner.tag_with(w, &t, &pos, &mut s, &mut l);
                        assert_eq!((&t, &l), (&want.0, &want.1));
                        pos.tag(w, &mut t);
                        assert_eq!(t, want.0);
                        // One hashing pass for both taggers, same tags.
                        ner.tag_with_pos(w, &pos, &mut s, &mut t, &mut l);
                        assert_eq!((&t, &l), (&want.0, &want.1));
                    }
                }
            });
        }
    });
}

#[test]
fn damaged_model_files_are_errors_not_panics() {
    let bytes = std::fs::read(root().join("models/pos.bin")).unwrap_or_default();
    assert!(bytes.len() > 1000);
    assert!(matches!(
        PosTagger::from_bytes(&[]),
        Err(TaggerError::Empty)
    ));
    assert!(matches!(
        PosTagger::from_bytes(&bytes[..bytes.len() / 2]),
        Err(TaggerError::Truncated { .. })
    ));
    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x10;
    assert!(matches!(
        PosTagger::from_bytes(&flipped),
        Err(TaggerError::ChecksumMismatch { .. })
    ));
    let mut magic = bytes.clone();
    magic[..8].copy_from_slice(b"GIF89a\0\0");
    assert!(matches!(
        PosTagger::from_bytes(&magic),
        Err(TaggerError::BadMagic)
    ));
    // A valid model of the other kind.
    assert!(matches!(
        NerTagger::from_bytes(&bytes),
        Err(TaggerError::WrongKind {
            expected: "ner",
            ..
        })
    ));
    let missing = PosTagger::load(&root().join("models/does-not-exist.bin"));
    assert!(matches!(missing, Err(TaggerError::Io { .. })));
    let msg = missing.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.contains("does-not-exist.bin"), "{msg}");
}

#[test]
fn committed_models_are_small() {
    for name in ["pos.bin", "ner.bin"] {
        let len = std::fs::metadata(root().join("models").join(name)).map_or(0, |m| m.len());
        assert!(len > 0 && len <= 8 << 20, "{name}: {len} bytes");
    }
}

/// The silver dev set, if `../shared` is there.
fn silver_dev() -> Option<Vec<crate::conllu::Sentence>> {
    let path = root().join("../shared/data/polnear/silver/dev.conllu.gz");
    if !path.exists() {
        eprintln!(
            "note: {} not found; skipping dev accuracy check",
            path.display()
        );
        return None;
    }
    Some(crate::conllu::read_gz(&path).unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn dev_pos_accuracy_stays_above_floor() {
    let Some(dev) = silver_dev() else { return };
    let acc = crate::eval::pos_accuracy(&pos(), &dev);
    eprintln!(
        "POS dev accuracy {:.2}% of {} tokens",
        100.0 * acc.ratio(),
        acc.total
    );
    assert!(acc.total > 70_000);
    // Trained model: 98.18%.
    assert!(acc.ratio() >= 0.978, "POS dev accuracy {}", acc.ratio());
}

#[test]
fn dev_ner_f1_stays_above_floor() {
    let Some(dev) = silver_dev() else { return };
    let s = crate::eval::ner_scores(&pos(), &ner(), &dev);
    eprintln!("NER dev scores:\n{}", s.report());
    // Trained model: overall 86.05, PERSON 90.1, ORGANIZATION 76.2,
    // LOCATION 89.0, MISC 83.4.
    assert!(s.overall().f1() >= 0.85, "overall {}", s.overall().f1());
    assert!(s.of(EntityType::Person).f1() >= 0.88);
    assert!(s.of(EntityType::Organization).f1() >= 0.73);
    assert!(s.of(EntityType::Location).f1() >= 0.87);
    assert!(s.of(EntityType::Misc).f1() >= 0.81);
}

//! Linguistic annotation shared by training and extraction: part of speech and
//! named entities per token, from the taggers in `ascribe-tagger`.

use crate::Error;
use ascribe_parser::{ParseScratch, Parser, TagSet};
use ascribe_tagger::{EntityType, NerTagger, PosTagger, Scratch};
use ascribe_text::Layout;
use std::ops::Range;

/// The POS model compiled into the library (`models/pos.bin`).
const BUILTIN_POS: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/pos.bin"));
/// The dependency parser compiled into the library (`models/parser.bin`).
const BUILTIN_PARSER: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/parser.bin"
));
/// The NER model compiled into the library (`models/ner.bin`).
const BUILTIN_NER: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner.bin"));

/// Tags of every token of a document.
#[derive(Debug, Default, Clone)]
pub struct Tags {
    /// POS ids of the tagger.
    pub pos: Vec<u8>,
    /// Coarse word class (see [`coarse_class`]).
    pub coarse: Vec<u8>,
    /// Entity type: 0 none, 1 person, 2 organization, 3 location, 4 misc.
    pub ent: Vec<u8>,
    /// Syntactic head of each token (document token index; `u32::MAX` for a sentence root).
    pub head: Vec<u32>,
    /// Dependency relation to the head (see [`coarse_relation`]).
    pub rel: Vec<u8>,
}

/// The token ranges `ranges` cut into pieces of at most `max` tokens (empty
/// ranges give none): how overlong "sentences" are processed.
pub(crate) fn in_pieces(
    ranges: &[Range<usize>],
    max: usize,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let max = max.max(1);
    ranges.iter().flat_map(move |r| {
        (r.start..r.end)
            .step_by(max)
            .map(move |a| a..(a + max).min(r.end))
    })
}

/// Longest token run tagged and parsed as one sentence.
const MAX_TAGGED_SENTENCE: usize = 400;

/// Relations the attribution model distinguishes; the rest are 0.
pub fn coarse_relation(label: &str) -> u8 {
    match label {
        "nsubj" => 1,
        "nsubjpass" => 2,
        "dobj" | "iobj" => 3,
        "ccomp" => 4,
        "xcomp" => 5,
        "parataxis" => 6,
        "advcl" => 7,
        "mark" => 8,
        "root" | "ROOT" => 9,
        "punct" => 10,
        "conj" => 11,
        "nmod" | "nmod:poss" | "nmod:tmod" | "nmod:npmod" => 12,
        "acl" | "acl:relcl" | "relcl" => 13,
        "appos" => 14,
        "aux" | "auxpass" | "cop" => 15,
        "neg" => 16,
        "advmod" => 17,
        "det" | "amod" | "compound" | "nummod" => 18,
        "case" => 19,
        "cc" => 20,
        "csubj" | "csubjpass" => 21,
        _ => 0,
    }
}

/// Coarse class of a PTB tag: 1 verb, 2 noun, 3 proper noun, 4 pronoun,
/// 5 adjective/adverb, 6 preposition/subordinator, 7 determiner, 8 wh-word,
/// 9 modal, 10 punctuation, 0 other.
pub fn coarse_class(tag: &str) -> u8 {
    match tag {
        t if t.starts_with("VB") => 1,
        "NNP" | "NNPS" => 3,
        t if t.starts_with("NN") => 2,
        "PRP" | "PRP$" => 4,
        t if t.starts_with("JJ") || t.starts_with("RB") => 5,
        "IN" | "TO" => 6,
        "DT" | "PDT" => 7,
        t if t.starts_with('W') => 8,
        "MD" => 9,
        "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" => 10,
        _ => 0,
    }
}

/// Runs the POS and NER taggers over a layout. Without taggers it returns
/// empty vectors and the learned model falls back to word features alone.
#[derive(Debug, Default)]
pub struct Annotator {
    taggers: Option<(PosTagger, NerTagger)>,
    /// The parser, with the POS tag set as it sees it.
    parser: Option<(Parser, TagSet)>,
    /// Coarse class of every POS id, computed once.
    classes: Vec<u8>,
    /// Coarse relation of every parser label id, computed once.
    relations: Vec<u8>,
}

impl Annotator {
    /// An annotator without taggers.
    pub fn none() -> Annotator {
        Annotator {
            taggers: None,
            parser: None,
            classes: vec![0; 256],
            relations: vec![0; 256],
        }
    }

    /// The taggers built into the library.
    pub fn builtin() -> Result<Annotator, Error> {
        let pos = PosTagger::from_bytes(BUILTIN_POS).map_err(|e| Error::Model {
            what: "built-in POS tagger".into(),
            reason: e.to_string(),
        })?;
        let ner = NerTagger::from_bytes(BUILTIN_NER).map_err(|e| Error::Model {
            what: "built-in NER tagger".into(),
            reason: e.to_string(),
        })?;
        let parser = Parser::from_bytes(BUILTIN_PARSER).map_err(|e| Error::Model {
            what: "built-in parser".into(),
            reason: e.to_string(),
        })?;
        let classes = (0..=255u8)
            .map(|id| coarse_class(pos.tag_name(id)))
            .collect();
        let relations = (0..=255u8)
            .map(|id| coarse_relation(parser.label_name(id)))
            .collect();
        let tag_set = TagSet::new(pos.tag_names());
        Ok(Annotator {
            taggers: Some((pos, ner)),
            parser: Some((parser, tag_set)),
            classes,
            relations,
        })
    }

    /// POS ids and coarse entity types (0 none, 1 person, 2 organization,
    /// 3 location, 4 misc) per token.
    pub fn tag(&self, layout: &Layout) -> Tags {
        let Some((pos_tagger, ner_tagger)) = &self.taggers else {
            return Tags::default();
        };
        let n = layout.tokens.len();
        let mut pos = Vec::with_capacity(n);
        let mut ent = Vec::with_capacity(n);
        let mut words: Vec<&str> = Vec::new();
        let mut scratch = Scratch::default();
        let mut parse_scratch = ParseScratch::default();
        let (mut p, mut e) = (Vec::new(), Vec::new());
        let (mut heads, mut labels) = (Vec::new(), Vec::new());
        let mut head = Vec::with_capacity(n);
        let mut rel = Vec::with_capacity(n);
        // Overlong "sentences" (lists, dumps, a page without punctuation) are
        // tagged in pieces: the taggers' per-sentence scratch is ~200 bytes a
        // token, and no real sentence is this long.
        //
        // The taggers run over the whole document first and the parser after
        // them, rather than all three per sentence: each model's weight rows
        // then stay in cache from one sentence to the next instead of being
        // evicted by the other models' tables (same output either way).
        // Each piece with where its tags start in `pos`.
        let mut pieces = Vec::new();
        for s in in_pieces(&layout.sentences, MAX_TAGGED_SENTENCE) {
            pieces.push((s.clone(), pos.len()));
            words.clear();
            words.extend(s.map(|i| layout.ptb_form(i)));
            ner_tagger.tag_with_pos(&words, pos_tagger, &mut scratch, &mut p, &mut e);
            pos.extend_from_slice(&p);
            ent.extend(e.iter().map(|&l| match ner_tagger.entity_type(l) {
                None => 0,
                Some(EntityType::Person) => 1,
                Some(EntityType::Organization) => 2,
                Some(EntityType::Location) => 3,
                Some(EntityType::Misc) => 4,
            }));
        }
        if let Some((parser, tag_set)) = &self.parser {
            for (s, at) in pieces {
                words.clear();
                words.extend(s.clone().map(|i| layout.ptb_form(i)));
                parser.parse_ids(
                    &words,
                    pos.get(at..at + s.len()).unwrap_or(&[]),
                    tag_set,
                    &mut parse_scratch,
                    &mut heads,
                    &mut labels,
                );
                head.extend(
                    heads
                        .iter()
                        .map(|&h| if h == u32::MAX { h } else { h + s.start as u32 }),
                );
                rel.extend(labels.iter().map(|&l| self.relations[l as usize]));
            }
        }
        let coarse = pos.iter().map(|&p| self.classes[p as usize]).collect();
        Tags {
            pos,
            coarse,
            ent,
            head,
            rel,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::in_pieces;

    #[test]
    fn pieces_cover_every_token_once_and_stay_short() {
        let ranges = [0..5, 5..5, 5..17];
        let got: Vec<_> = in_pieces(&ranges, 4).collect();
        assert_eq!(got, vec![0..4, 4..5, 5..9, 9..13, 13..17]);
    }
}

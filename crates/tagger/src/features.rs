//! Feature extraction shared by training and inference.
//!
//! A feature is a (template, value) pair such as ("suffix 3", hash of "ing"),
//! hashed straight to a row of the weight table; nothing is ever stored as a
//! string. Work is split in two so the hot loop stays cheap:
//!
//! 1. `Scratch::prepare` hashes each word of the sentence **once**
//!    (form, lowercase, prefixes and suffixes, shape, flags) into a
//!    [`WordInfo`], with two padding entries on each side so that windows
//!    need no bounds checks;
//! 2. the per-position functions (`pos_static_features`,
//!    `pos_history_features` and their NER twins) only combine those
//!    precomputed hashes with template ids and the tags already predicted
//!    to the left. "Static" features do not depend on predicted tags, so
//!    a whole sentence of them is scored in one batch, which lets the CPU
//!    overlap the memory accesses (see
//!    [`Scorer::add_scores_batch`](crate::perceptron::Scorer::add_scores_batch)).
//!
//! The templates are part of the model contract: changing any of them (or
//! [`hash`](crate::hash)) changes which rows a model's weights belong to, so
//! doing so must bump [`POS_FEATURES_VERSION`] / [`NER_FEATURES_VERSION`],
//! which models record and loaders check.

use crate::hash::{bucket, hash_bytes, mix};

/// Version of the POS templates below; stored in and checked against models.
pub const POS_FEATURES_VERSION: u32 = 1;
/// Version of the NER templates below; stored in and checked against models.
pub const NER_FEATURES_VERSION: u32 = 2;

/// Number of padding entries kept on each side of the sentence.
pub(crate) const PAD: usize = 2;

/// Everything the templates need to know about one word, hashed once.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// The form as written.
    pub word: u64,
    /// The lowercased form.
    pub lower: u64,
    /// Prefixes of 1..=4 characters of the lowercased form.
    pub pre: [u64; 4],
    /// Suffixes of 1..=4 characters of the lowercased form.
    pub suf: [u64; 4],
    /// Word shape: character classes with runs collapsed ("Xx", "d,d", "X.X.").
    pub shape: u64,
    /// Bit set of [`flags`] plus a length class in bits 8..10.
    pub flags: u64,
}

/// Bits of [`WordInfo::flags`].
pub mod flags {
    /// The first character is uppercase.
    pub const INITIAL_UPPER: u64 = 1;
    /// Has an uppercase letter and no lowercase one ("NATO", "U.S.").
    pub const ALL_UPPER: u64 = 2;
    /// Contains a digit.
    pub const DIGIT: u64 = 4;
    /// Contains a hyphen.
    pub const HYPHEN: u64 = 8;
    /// Contains a lowercase letter.
    pub const LOWER: u64 = 16;
    /// Contains a period.
    pub const PERIOD: u64 = 32;
    /// Contains no letter and no digit (punctuation, symbols).
    pub const NO_ALNUM: u64 = 64;
}

impl WordInfo {
    /// A padding entry: every field is the same distinctive constant, so
    /// "no word here" is a feature value of its own.
    const fn pad(tag: u64) -> WordInfo {
        WordInfo {
            word: tag,
            lower: tag,
            pre: [tag; 4],
            suf: [tag; 4],
            shape: tag,
            flags: tag,
        }
    }
}

const START2: WordInfo = WordInfo::pad(0x5354_4152_5432_0001);
const START1: WordInfo = WordInfo::pad(0x5354_4152_5431_0002);
const END1: WordInfo = WordInfo::pad(0x454e_4431_0000_0003);
const END2: WordInfo = WordInfo::pad(0x454e_4432_0000_0004);

/// Hash used for a POS tag outside the sentence (NER windows).
const POS_PAD_BEFORE: u64 = 0x504f_5350_4144_0001;
const POS_PAD_AFTER: u64 = 0x504f_5350_4144_0002;
/// Hash of a missing POS tag (NER called with fewer tags than words).
const POS_MISSING: u64 = 0x504f_534d_4953_0003;

/// Per-sentence buffers, reused across calls so tagging allocates nothing
/// once the buffers have grown to the longest sentence seen.
///
/// Taggers keep one per thread internally; hold your own and call the
/// `tag_with` methods to control that yourself.
#[derive(Debug, Default)]
pub struct Scratch {
    /// Word infos with [`PAD`] padding entries on each side.
    pub(crate) info: Vec<WordInfo>,
    /// POS-name hashes with padding (NER only).
    pub(crate) pos: Vec<u64>,
    /// Feature rows of the current position.
    pub(crate) feats: Vec<u32>,
    /// Label scores of the current position.
    pub(crate) scores: Vec<i32>,
    /// Static features of the whole sentence.
    pub(crate) static_feats: Vec<u32>,
    /// Static scores of the whole sentence (`words × labels`).
    pub(crate) static_scores: Vec<i32>,
    /// Capitalised run `start..end` around each word (NER only; empty when
    /// the word is not in one).
    pub(crate) runs: Vec<(u32, u32)>,
    /// Lexicon tag of each word, if any (POS only).
    pub(crate) fixed: Vec<Option<u8>>,
    /// Row ranges looked up in batch.
    pub(crate) ranges: Vec<(u32, u32)>,
    /// Each word's label guessed before the left-to-right pass (see
    /// [`Scorer::touch`](crate::perceptron::Scorer::touch)).
    pub(crate) guess: Vec<u8>,
    /// Lowercasing buffer.
    lower: Vec<u8>,
}

impl Scratch {
    /// Empty buffers; they grow on first use.
    pub fn new() -> Scratch {
        Scratch::default()
    }

    /// Hashes every word of the sentence into `self.info` (with padding).
    pub(crate) fn prepare<S: AsRef<str>>(&mut self, words: &[S]) {
        self.info.clear();
        self.info.push(START2);
        self.info.push(START1);
        for w in words {
            let wi = word_info(w.as_ref(), &mut self.lower);
            self.info.push(wi);
        }
        self.info.push(END1);
        self.info.push(END2);
    }

    /// Hashes the POS tag names of the sentence into `self.pos` (with
    /// padding). `name(i)` gives the tag of word `i`, `None` when missing.
    pub(crate) fn prepare_pos<'a, F: Fn(usize) -> Option<&'a str>>(&mut self, n: usize, name: F) {
        self.pos.clear();
        self.pos.push(POS_PAD_BEFORE);
        self.pos.push(POS_PAD_BEFORE);
        for i in 0..n {
            self.pos.push(name(i).map_or(POS_MISSING, pos_name_hash));
        }
        self.pos.push(POS_PAD_AFTER);
        self.pos.push(POS_PAD_AFTER);
    }

    /// [`prepare_pos`](Scratch::prepare_pos) from hashes already made by
    /// [`pos_name_hash`]: `hash(i)` for word `i`, `None` when missing.
    pub(crate) fn prepare_pos_hashed<F: Fn(usize) -> Option<u64>>(&mut self, n: usize, hash: F) {
        self.pos.clear();
        self.pos.push(POS_PAD_BEFORE);
        self.pos.push(POS_PAD_BEFORE);
        for i in 0..n {
            self.pos.push(hash(i).unwrap_or(POS_MISSING));
        }
        self.pos.push(POS_PAD_AFTER);
        self.pos.push(POS_PAD_AFTER);
    }
}

/// The hash of a POS tag name as the NER features see it.
#[inline]
pub(crate) fn pos_name_hash(name: &str) -> u64 {
    hash_bytes(0x0050_4f53, name.as_bytes())
}

impl Scratch {
    /// Finds the runs of capitalised words (names, possibly joined by "of",
    /// "&", "de"...: "Bank of America") for the NER run features. Needs
    /// [`prepare`](Scratch::prepare) first.
    pub(crate) fn prepare_runs<S: AsRef<str>>(&mut self, words: &[S]) {
        let n = words.len();
        self.runs.clear();
        self.runs.resize(n, (0, 0));
        let cap = |k: usize| {
            self.info
                .get(k + PAD)
                .is_some_and(|w| w.flags & flags::INITIAL_UPPER != 0)
        };
        let joiner = |k: usize| {
            matches!(
                words[k].as_ref(),
                "of" | "and" | "&" | "for" | "de" | "del" | "la" | "van" | "von" | "der" | "du"
            )
        };
        let mut i = 0;
        while i < n {
            if !cap(i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            loop {
                if end < n && cap(end) {
                    end += 1;
                } else if end + 1 < n && joiner(end) && cap(end + 1) {
                    end += 2;
                } else {
                    break;
                }
            }
            for r in &mut self.runs[i..end] {
                *r = (i as u32, end as u32);
            }
            i = end;
        }
    }
}

/// Character class used by the word shape.
#[inline]
fn char_class(c: char) -> u64 {
    if c.is_ascii() {
        match c {
            'A'..='Z' => u64::from(b'X'),
            'a'..='z' => u64::from(b'x'),
            '0'..='9' => u64::from(b'd'),
            _ => c as u64,
        }
    } else if c.is_uppercase() {
        u64::from(b'X')
    } else if c.is_lowercase() || c.is_alphabetic() {
        u64::from(b'x')
    } else if c.is_numeric() {
        u64::from(b'd')
    } else {
        c as u64
    }
}

/// Hashes one word. `lower` is a reusable buffer.
///
/// Nearly all news tokens are ASCII, so they take a byte-level path; the
/// general path gives identical results on ASCII (tested), so either can
/// hash any word.
#[inline]
pub(crate) fn word_info(w: &str, lower: &mut Vec<u8>) -> WordInfo {
    if w.is_ascii() {
        word_info_ascii(w, lower)
    } else {
        word_info_general(w, lower)
    }
}

/// Sets the flags that depend on the whole word.
#[inline(always)]
fn finish_flags(mut f: u64, nchars: usize) -> u64 {
    if f & flags::LOWER != 0 {
        f &= !flags::ALL_UPPER;
    }
    let has_letter = f & (flags::ALL_UPPER | flags::LOWER | flags::INITIAL_UPPER) != 0;
    if !has_letter && f & flags::DIGIT == 0 {
        f |= flags::NO_ALNUM;
    }
    f | (nchars.min(4) as u64) << 8
}

/// Builds the info from the lowercased bytes and the byte offsets where
/// its first 1..=4 characters end and its last 1..=4 characters start.
#[inline(always)]
fn assemble(
    w: &str,
    lb: &[u8],
    ends: [usize; 4],
    starts: [usize; 4],
    shape: u64,
    f: u64,
) -> WordInfo {
    let mut pre = [0u64; 4];
    let mut suf = [0u64; 4];
    for k in 0..4 {
        pre[k] = hash_bytes(0x0050_5245_0000 + k as u64, &lb[..ends[k]]);
        suf[k] = hash_bytes(0x0053_5546_0000 + k as u64, &lb[starts[k]..]);
    }
    WordInfo {
        word: word_hash(w),
        lower: hash_bytes(0x004c_4f57_4552, lb),
        pre,
        suf,
        shape,
        flags: f,
    }
}

/// [`word_info`] for ASCII words: bytes are characters.
fn word_info_ascii(w: &str, lower: &mut Vec<u8>) -> WordInfo {
    lower.clear();
    let b = w.as_bytes();
    let mut f = 0u64;
    let mut shape = 0x5348_4150_4500_0000u64;
    let mut last_class = u64::MAX;
    for (k, &c) in b.iter().enumerate() {
        let class = u64::from(match c {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => c,
        });
        if class != last_class {
            shape = mix(shape, class);
            last_class = class;
        }
        lower.push(c.to_ascii_lowercase());
        match c {
            b'A'..=b'Z' => {
                if k == 0 {
                    f |= flags::INITIAL_UPPER;
                }
                f |= flags::ALL_UPPER;
            }
            b'a'..=b'z' => f |= flags::LOWER,
            b'0'..=b'9' => f |= flags::DIGIT,
            b'-' => f |= flags::HYPHEN,
            b'.' => f |= flags::PERIOD,
            _ => {}
        }
    }
    let n = b.len();
    let ends = [1, 2, 3, 4].map(|k: usize| k.min(n));
    let starts = [1, 2, 3, 4].map(|k: usize| n - k.min(n));
    assemble(w, lower, ends, starts, shape, finish_flags(f, n))
}

/// [`word_info`] for any word, character by character.
fn word_info_general(w: &str, lower: &mut Vec<u8>) -> WordInfo {
    lower.clear();
    let mut f = 0u64;
    let mut shape = 0x5348_4150_4500_0000u64;
    let mut last_class = u64::MAX;
    let mut nchars = 0usize;
    let mut buf = [0u8; 4];
    for (k, c) in w.chars().enumerate() {
        nchars += 1;
        let class = char_class(c);
        if class != last_class {
            shape = mix(shape, class);
            last_class = class;
        }
        if c.is_ascii() {
            lower.push(c.to_ascii_lowercase() as u8);
            match c {
                'A'..='Z' => {
                    if k == 0 {
                        f |= flags::INITIAL_UPPER;
                    }
                    f |= flags::ALL_UPPER;
                }
                'a'..='z' => f |= flags::LOWER,
                '0'..='9' => f |= flags::DIGIT,
                '-' => f |= flags::HYPHEN,
                '.' => f |= flags::PERIOD,
                _ => {}
            }
        } else {
            for l in c.to_lowercase() {
                lower.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
            if c.is_uppercase() {
                if k == 0 {
                    f |= flags::INITIAL_UPPER;
                }
                f |= flags::ALL_UPPER;
            } else if c.is_alphabetic() {
                f |= flags::LOWER;
            } else if c.is_numeric() {
                f |= flags::DIGIT;
            }
        }
    }
    let lb: &[u8] = lower;
    // Byte offsets where the first 1..=4 characters end and where the last
    // 1..=4 characters start (`lower` is UTF-8: it was built from chars).
    let mut ends = [lb.len(); 4];
    let mut starts = [0usize; 4];
    if let Ok(ls) = std::str::from_utf8(lb) {
        for (k, (i, _)) in ls.char_indices().skip(1).take(4).enumerate() {
            ends[k] = i;
        }
        for (k, (i, _)) in ls.char_indices().rev().take(4).enumerate() {
            starts[k] = i;
        }
    }
    assemble(w, lb, ends, starts, shape, finish_flags(f, nchars))
}

/// The hash of a word form as [`WordInfo::word`] holds it.
#[inline]
pub fn word_hash(w: &str) -> u64 {
    hash_bytes(0x0057_4f52_4400, w.as_bytes())
}

/// Hash of a one-part feature.
#[inline(always)]
fn f1(template: u64, a: u64, bits: u32) -> u32 {
    bucket(mix(mix(template, a), 0x31), bits)
}

/// Hash of a two-part feature.
#[inline(always)]
fn f2(template: u64, a: u64, b: u64, bits: u32) -> u32 {
    bucket(mix(mix(mix(template, a), b), 0x32), bits)
}

/// Hash of a three-part feature.
#[inline(always)]
fn f3(template: u64, a: u64, b: u64, c: u64, bits: u32) -> u32 {
    bucket(mix(mix(mix(mix(template, a), b), c), 0x33), bits)
}

/// Tag id (or the start-of-sentence marker) as a feature value.
#[inline(always)]
fn tag_value(t: Option<u8>) -> u64 {
    t.map_or(0xffff, u64::from)
}

/// Number of features [`pos_static_features`] appends.
pub(crate) const POS_STATIC: usize = 22;

/// Appends all POS features of word `i` (0-based, unpadded) given the two
/// tags predicted before it (`None` before the sentence start).
#[cfg(feature = "train")]
#[inline]
pub(crate) fn pos_features(
    info: &[WordInfo],
    i: usize,
    p1: Option<u8>,
    p2: Option<u8>,
    bits: u32,
    out: &mut Vec<u32>,
) {
    pos_static_features(info, i, bits, out);
    pos_history_features(info, i, p1, p2, bits, out);
}

/// The POS features of word `i` that do not depend on predicted tags, so
/// can be scored for the whole sentence at once (see
/// [`Weights::add_scores_batch`](crate::perceptron::Weights::add_scores_batch)).
#[inline]
pub(crate) fn pos_static_features(info: &[WordInfo], i: usize, bits: u32, out: &mut Vec<u32>) {
    let j = i + PAD;
    let (m2, m1, w, n1, n2) = (
        &info[j - 2],
        &info[j - 1],
        &info[j],
        &info[j + 1],
        &info[j + 2],
    );
    let start = u64::from(i == 0) << 16;
    out.extend_from_slice(&[
        f1(1, 0, bits), // bias
        f1(2, w.word, bits),
        f1(3, w.lower, bits),
        f1(4, w.pre[0], bits),
        f1(5, w.pre[1], bits),
        f1(6, w.pre[2], bits),
        f1(7, w.pre[3], bits),
        f1(8, w.suf[0], bits),
        f1(9, w.suf[1], bits),
        f1(10, w.suf[2], bits),
        f1(11, w.suf[3], bits),
        f1(12, w.shape, bits),
        f1(13, w.flags | start, bits),
        f1(14, m1.lower, bits),
        f1(15, n1.lower, bits),
        f1(16, m2.lower, bits),
        f1(17, n2.lower, bits),
        f1(18, m1.suf[2], bits),
        f1(19, n1.suf[2], bits),
        f1(20, n1.shape, bits),
        f2(21, m1.lower, w.lower, bits),
        f2(22, w.lower, n1.lower, bits),
    ]);
}

/// The POS features of word `i` built on the tags predicted before it.
#[inline]
pub(crate) fn pos_history_features(
    info: &[WordInfo],
    i: usize,
    p1: Option<u8>,
    p2: Option<u8>,
    bits: u32,
    out: &mut Vec<u32>,
) {
    let j = i + PAD;
    let (w, n1) = (&info[j], &info[j + 1]);
    let t1 = tag_value(p1);
    let t2 = tag_value(p2);
    out.extend_from_slice(&[
        f1(23, t1, bits),
        f2(24, t1, t2, bits),
        f1(25, t2, bits),
        f2(26, t1, w.lower, bits),
        f2(27, t1, n1.lower, bits),
        f2(28, t1, w.suf[2], bits),
    ]);
}

/// Number of features [`ner_static_features`] appends.
pub(crate) const NER_STATIC: usize = 39;

/// Appends all NER features of word `i` given the POS-name hashes of the
/// sentence (`pos`, padded like `info`) and the two labels predicted before
/// it.
#[cfg(feature = "train")]
#[inline]
#[allow(clippy::too_many_arguments)]
pub(crate) fn ner_features(
    info: &[WordInfo],
    pos: &[u64],
    runs: &[(u32, u32)],
    i: usize,
    p1: Option<u8>,
    p2: Option<u8>,
    bits: u32,
    out: &mut Vec<u32>,
) {
    ner_static_features(info, pos, runs, i, bits, out);
    ner_history_features(info, pos, i, p1, p2, bits, out);
}

/// The NER features of word `i` that do not depend on predicted labels.
#[inline]
pub(crate) fn ner_static_features(
    info: &[WordInfo],
    pos: &[u64],
    runs: &[(u32, u32)],
    i: usize,
    bits: u32,
    out: &mut Vec<u32>,
) {
    let j = i + PAD;
    let (m2, m1, w, n1, n2) = (
        &info[j - 2],
        &info[j - 1],
        &info[j],
        &info[j + 1],
        &info[j + 2],
    );
    let (q2, q1, q, r1, r2) = (pos[j - 2], pos[j - 1], pos[j], pos[j + 1], pos[j + 2]);
    let start = u64::from(i == 0) << 16;
    out.extend_from_slice(&[
        f1(101, 0, bits), // bias
        f1(102, w.word, bits),
        f1(103, w.lower, bits),
        f1(104, w.pre[1], bits),
        f1(105, w.pre[2], bits),
        f1(106, w.pre[3], bits),
        f1(107, w.suf[1], bits),
        f1(108, w.suf[2], bits),
        f1(109, w.suf[3], bits),
        f1(110, w.shape, bits),
        f1(111, w.flags | start, bits),
        f1(112, m1.lower, bits),
        f1(113, n1.lower, bits),
        f1(114, m2.lower, bits),
        f1(115, n2.lower, bits),
        f1(116, m1.word, bits),
        f1(117, n1.word, bits),
        f3(118, m1.shape, w.shape, n1.shape, bits),
        f1(119, q, bits),
        f1(120, q1, bits),
        f1(121, r1, bits),
        f1(122, q2, bits),
        f1(123, r2, bits),
        f2(124, q1, q, bits),
        f2(125, q, r1, bits),
        f2(126, w.lower, q, bits),
        f2(127, m1.lower, w.lower, bits),
        f2(128, w.lower, n1.lower, bits),
        f2(135, n1.flags, w.flags | start, bits),
        f1(136, m1.suf[2], bits),
        f1(137, n1.suf[2], bits),
        f2(138, m1.lower, w.shape, bits),
        f2(139, n1.lower, n2.lower, bits),
        f2(140, w.word, n1.word, bits),
    ]);
    // The capitalised run around the word: its length and the word's place
    // in it, its first and last words (heads like "Corp." or "University"
    // say ORGANIZATION for the whole run), and the words framing it.
    const NONE: u64 = 0x4e4f_4e45;
    let (rs, re) = runs
        .get(i)
        .map_or((0, 0), |&(a, b)| (a as usize, b as usize));
    if rs < re {
        let len = (re - rs).min(4) as u64;
        let place = if re - rs == 1 {
            0
        } else if i == rs {
            1
        } else if i + 1 == re {
            2
        } else {
            3
        };
        out.extend_from_slice(&[
            f2(141, len, place, bits),
            f1(142, info[re - 1 + PAD].lower, bits),
            f1(143, info[rs + PAD].lower, bits),
            f1(144, info[rs + PAD - 1].lower, bits),
            f1(145, info[re + PAD].lower, bits),
        ]);
    } else {
        out.extend_from_slice(&[
            f2(141, NONE, NONE, bits),
            f1(142, NONE, bits),
            f1(143, NONE, bits),
            f1(144, NONE, bits),
            f1(145, NONE, bits),
        ]);
    }
}

/// The NER features of word `i` built on the labels predicted before it.
#[inline]
#[allow(clippy::too_many_arguments)]
pub(crate) fn ner_history_features(
    info: &[WordInfo],
    pos: &[u64],
    i: usize,
    p1: Option<u8>,
    p2: Option<u8>,
    bits: u32,
    out: &mut Vec<u32>,
) {
    let j = i + PAD;
    let w = &info[j];
    let (q, r1) = (pos[j], pos[j + 1]);
    let t1 = tag_value(p1);
    let t2 = tag_value(p2);
    out.extend_from_slice(&[
        f1(129, t1, bits),
        f2(130, t1, t2, bits),
        f2(131, t1, w.lower, bits),
        f2(132, t1, w.shape, bits),
        f2(133, t1, q, bits),
        f3(134, t1, q, r1, bits),
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs_and_flags_see_case() {
        let mut buf = Vec::new();
        let a = word_info("Hillary", &mut buf);
        let b = word_info("Clinton", &mut buf);
        assert_eq!(a.shape, b.shape);
        assert_ne!(a.word, b.word);
        assert!(a.flags & flags::INITIAL_UPPER != 0);
        assert!(a.flags & flags::ALL_UPPER == 0);
        let n = word_info("NATO", &mut buf);
        assert!(n.flags & flags::ALL_UPPER != 0);
        let d = word_info("1,000", &mut buf);
        assert!(d.flags & flags::DIGIT != 0);
        let p = word_info(",", &mut buf);
        assert!(p.flags & flags::NO_ALNUM != 0);
    }

    #[test]
    fn lowercase_and_affixes_handle_non_ascii() {
        let mut buf = Vec::new();
        let a = word_info("Élysée", &mut buf);
        let b = word_info("élysée", &mut buf);
        assert_eq!(a.lower, b.lower);
        assert_eq!(a.suf, b.suf);
        assert_eq!(a.pre, b.pre);
        // Short words: affixes longer than the word are the word itself.
        let s = word_info("a", &mut buf);
        assert_eq!(s.pre[3], hash_bytes(0x0050_5245_0003, b"a"));
        let e = word_info("", &mut buf);
        assert_eq!(e.suf[0], hash_bytes(0x0053_5546_0000, b""));
    }

    #[test]
    fn static_feature_counts_match_their_constants() {
        // Batched scoring slices the static features by these constants.
        let mut s = Scratch::new();
        let words = ["The", "Bank", "of", "America", "said", "so", "."];
        s.prepare(&words);
        s.prepare_runs(&words);
        s.prepare_pos(words.len(), |_| Some("NN"));
        for i in 0..words.len() {
            let mut out = Vec::new();
            pos_static_features(&s.info, i, 18, &mut out);
            assert_eq!(out.len(), POS_STATIC);
            out.clear();
            ner_static_features(&s.info, &s.pos, &s.runs, i, 18, &mut out);
            assert_eq!(out.len(), NER_STATIC);
        }
        assert_eq!(s.runs[1], (0, 4)); // "The Bank of America"
        assert_eq!(s.runs[5], (0, 0));
    }

    #[test]
    fn ascii_fast_path_matches_general_path() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        for w in [
            "",
            "a",
            "I",
            "The",
            "said",
            "U.S.",
            "1,000",
            "-LRB-",
            "``",
            "n't",
            "'s",
            "McDonald's",
            "e-mail",
            "ABC123xyz",
            "...",
            "$",
            "Washington-based",
            "x".repeat(40).as_str(),
        ] {
            let x = word_info_ascii(w, &mut a);
            let y = word_info_general(w, &mut b);
            assert_eq!(
                (x.word, x.lower, x.pre, x.suf, x.shape, x.flags),
                (y.word, y.lower, y.pre, y.suf, y.shape, y.flags),
                "{w:?}"
            );
        }
    }

    #[test]
    fn suffixes_are_by_character() {
        let mut buf = Vec::new();
        let a = word_info("café", &mut buf);
        let b = word_info("olé", &mut buf);
        assert_eq!(a.suf[0], b.suf[0]); // "é"
        assert_ne!(a.suf[1], b.suf[1]); // "fé" vs "lé"
    }
}

//! Feature extraction for the two learned stages.
//!
//! Per document we precompute one small record of hashes per token (word,
//! shape, suffixes, tags, quote state) so that the per-position feature
//! templates only mix integers: no strings, no allocation in the hot loop.

use super::linear::{FeatId, Sequence};
use crate::lexicon;
use crate::wordnet::{self, Classes};
use ascribe_text::{Layout, MarkRole, TokenKind};

/// FxHash-style mixing (multiply-rotate), fast and good enough for feature hashing.
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// Hash of a string, lowercased on the fly.
pub fn hash_lower(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for c in s.chars().flat_map(char::to_lowercase) {
        h = mix(h, c as u64);
    }
    mix(h, 0xff)
}

fn hash_str(s: &str) -> u64 {
    let mut h = 0x8422_2325_cbf2_9ce4u64;
    for b in s.bytes() {
        h = mix(h, b as u64);
    }
    mix(h, 0xfe)
}

/// Word shape: Xxxx → "Xx", "U.S." → "X.X.", digits → "d"; runs collapsed.
fn hash_shape(s: &str) -> u64 {
    let mut h = 0x1234_5678u64;
    let mut last = ' ';
    for c in s.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k != last {
            h = mix(h, k as u64);
            last = k;
        }
    }
    h
}

/// Hash of the last `n` characters, lowercased.
fn hash_suffix(s: &str, n: usize) -> u64 {
    let count = s.chars().count();
    let mut h = 0x9e37_79b9u64 ^ n as u64;
    for c in s
        .chars()
        .skip(count.saturating_sub(n))
        .flat_map(char::to_lowercase)
    {
        h = mix(h, c as u64);
    }
    h
}

/// The per-token hashes of an ASCII word, equal to [`hash_lower`],
/// [`hash_shape`] and [`hash_suffix`] (3 and 2) but from one pass over the
/// bytes: for ASCII, characters are bytes and lowercasing is per byte.
/// `lower` receives the lowercased word.
struct AsciiHashes {
    lower: u64,
    shape: u64,
    suf3: u64,
    suf2: u64,
}

fn ascii_hashes(w: &str, lower: &mut String) -> AsciiHashes {
    lower.clear();
    lower.push_str(w);
    lower.make_ascii_lowercase();
    let lb = lower.as_bytes();
    let fold = |h: u64, bytes: &[u8]| bytes.iter().fold(h, |h, &b| mix(h, u64::from(b)));
    let suffix = |n: usize| fold(0x9e37_79b9u64 ^ n as u64, &lb[lb.len().saturating_sub(n)..]);
    let mut shape = 0x1234_5678u64;
    let mut last = b' ';
    for &c in w.as_bytes() {
        let k = match c {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => c,
        };
        if k != last {
            shape = mix(shape, u64::from(k));
            last = k;
        }
    }
    AsciiHashes {
        lower: mix(fold(0xcbf2_9ce4_8422_2325, lb), 0xff),
        shape,
        suf3: suffix(3),
        suf2: suffix(2),
    }
}

/// Strips common English inflection suffixes.
fn stem(lower: &str) -> &str {
    for suf in ["ing", "ies", "ied", "es", "ed", "s", "e"] {
        if let Some(base) = lower.strip_suffix(suf) {
            if base.chars().count() >= 3 {
                return base;
            }
        }
    }
    lower
}

/// Per-token facts shared by all templates.
#[derive(Debug, Default, Clone)]
pub struct TokenFacts {
    /// Lowercased word hash.
    pub lower: Vec<u64>,
    /// Shape hash.
    pub shape: Vec<u64>,
    /// Suffix hashes (3 and 2 characters).
    pub suf3: Vec<u64>,
    /// Suffix of 2.
    pub suf2: Vec<u64>,
    /// Crude stem hash ("urges", "urged", "urging" → "urg"), so unseen
    /// inflections of known cues share weights.
    pub stem: Vec<u64>,
    /// POS tag ids (0 when no tagger).
    pub pos: Vec<u8>,
    /// Coarse word class per token (0 when no tagger).
    pub coarse: Vec<u8>,
    /// Coarse entity type per token: 0 none, 1 person, 2 org, 3 loc, 4 misc.
    pub ent: Vec<u8>,
    /// Cue lemma hash (0 when the word is not in the cue lexicon).
    pub lex: Vec<u64>,
    /// WordNet classes of the word ([`crate::wordnet::Classes::packed`], 0 for none).
    pub sem: Vec<u64>,
    /// Quote depth.
    pub depth: Vec<u8>,
    /// Outermost quotation holding the token (`u32::MAX` for none).
    pub quote: Vec<u32>,
    /// Sentence index.
    pub sent: Vec<u32>,
    /// Paragraph index.
    pub para: Vec<u32>,
    /// Mark role: 0 none, 1 open, 2 close, 3 other quote char.
    pub mark: Vec<u8>,
    /// Syntactic head (document token index, `u32::MAX` for a root or no parse).
    pub head: Vec<u32>,
    /// Coarse dependency relation to the head (`pipeline::coarse_relation`).
    pub rel: Vec<u8>,
    /// Bit `r` set when the token has a dependent with relation `r`.
    pub child_rels: Vec<u32>,
    /// What the rule extractor says of each token: 0 nothing, 1 cue start,
    /// 2 cue inside, 3 source, 4 content.
    pub rule: Vec<u8>,
    /// Start token of the rule cue owning the token's rule role (`u32::MAX` for none).
    pub rule_owner: Vec<u32>,
    /// Prefix counts of commas (and semicolons, dashes) before each token.
    pub commas: Vec<u32>,
}

impl TokenFacts {
    /// Computes the facts of a laid-out document. `pos`/`ent` may be empty (no taggers).
    pub fn new(
        layout: &Layout,
        tags: &crate::pipeline::Tags,
        rules: &[crate::assemble::Proposal],
    ) -> TokenFacts {
        let n = layout.tokens.len();
        let (pos, ent) = (&tags.pos, &tags.ent);
        let mut f = TokenFacts {
            lower: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            suf3: Vec::with_capacity(n),
            suf2: Vec::with_capacity(n),
            stem: Vec::with_capacity(n),
            pos: if pos.len() == n {
                pos.to_vec()
            } else {
                vec![0; n]
            },
            ent: if ent.len() == n {
                ent.to_vec()
            } else {
                vec![0; n]
            },
            coarse: if tags.coarse.len() == n {
                tags.coarse.clone()
            } else {
                vec![0; n]
            },
            lex: Vec::with_capacity(n),
            sem: Vec::with_capacity(n),
            depth: layout.quote_depths(),
            quote: vec![u32::MAX; n],
            sent: layout.sentence_of_tokens(),
            para: vec![0; n],
            mark: Vec::with_capacity(n),
            commas: Vec::with_capacity(n + 1),
            rule: vec![0; n],
            rule_owner: vec![u32::MAX; n],
            head: if tags.head.len() == n {
                tags.head.clone()
            } else {
                vec![u32::MAX; n]
            },
            rel: if tags.rel.len() == n {
                tags.rel.clone()
            } else {
                vec![0; n]
            },
            child_rels: vec![0; n],
        };
        for i in 0..n {
            let h = f.head[i];
            if (h as usize) < n {
                f.child_rels[h as usize] |= 1 << (f.rel[i] & 31);
            }
        }
        // Rule proposals are stacked in as features: the model learns how far to trust them.
        for p in rules {
            let Some(cue) = p.cue.first() else { continue };
            let owner = cue.start as u32;
            for (ranges, code) in [(&p.source, 3u8), (&p.content, 4u8)] {
                for r in ranges.iter() {
                    for i in r.clone().filter(|&i| i < n) {
                        f.rule[i] = code;
                        f.rule_owner[i] = owner;
                    }
                }
            }
            for c in &p.cue {
                for i in c.clone().filter(|&i| i < n) {
                    f.rule[i] = if i == c.start { 1 } else { 2 };
                    f.rule_owner[i] = owner;
                }
            }
        }
        let mut lower_buf = String::new();
        // Direct-mapped memo of WordNet classes; `u64::MAX` marks an empty slot.
        let mut sem_memo = [(0u64, u64::MAX); 1 << SEM_MEMO_BITS];
        let mut commas = 0u32;
        let mut plain = String::new();
        for i in 0..n {
            // Typographic quotes and apostrophes hash like their ASCII
            // forms: an article must not read differently for its font.
            let w = ascii_quotes(layout.word(i), &mut plain);
            if w.is_ascii() {
                let h = ascii_hashes(w, &mut lower_buf);
                f.lower.push(h.lower);
                f.shape.push(h.shape);
                f.suf3.push(h.suf3);
                f.suf2.push(h.suf2);
            } else {
                f.lower.push(hash_lower(w));
                f.shape.push(hash_shape(w));
                f.suf3.push(hash_suffix(w, 3));
                f.suf2.push(hash_suffix(w, 2));
                lower_buf.clear();
                lower_buf.extend(w.chars().flat_map(char::to_lowercase));
            }
            let lemma = if layout.tokens[i].kind == TokenKind::Word {
                lexicon::cue_lemma(&lower_buf)
            } else {
                None
            };
            f.lex.push(lemma.map_or(0, hash_str));
            f.sem.push(if layout.tokens[i].kind == TokenKind::Word {
                // Keyed by the lowercase hash: words repeat within a
                // document, and a probe of the large table is a cache miss.
                let lower = f.lower[i];
                let slot = &mut sem_memo[(lower >> (64 - SEM_MEMO_BITS)) as usize];
                if slot.0 != lower || slot.1 == u64::MAX {
                    *slot = (lower, wordnet::classes(&lower_buf).packed());
                }
                slot.1
            } else {
                0
            });
            f.stem.push(hash_str(stem(&lower_buf)));
            f.mark.push(match layout.marks[i] {
                None => 0,
                Some(MarkRole::Open) => 1,
                Some(MarkRole::Close) => 2,
                Some(_) => 3,
            });
            f.commas.push(commas);
            if matches!(w, "," | ";" | "—" | "–" | "--") {
                commas += 1;
            }
        }
        f.commas.push(commas);
        for (p, r) in layout.paragraphs.iter().enumerate() {
            for slot in &mut f.para[r.clone()] {
                *slot = p as u32;
            }
        }
        for (qi, q) in layout.quotes.iter().enumerate() {
            if q.depth != 0 {
                continue;
            }
            let end = (q.close + 1).min(n);
            for slot in &mut f.quote[q.open.min(end)..end] {
                *slot = qi as u32;
            }
        }
        f
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.lower.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }
}

/// Slots (log2) of the per-document memo of WordNet classes.
const SEM_MEMO_BITS: u32 = 10;

const PAD_BEFORE: u64 = 0x5555_0001;
const PAD_AFTER: u64 = 0x5555_0002;

/// Pushes hashed features into a sequence, reduced to the table size.
///
/// A position's features collect in a small local buffer and reach the
/// sequence in one copy ([`Emitter::end`]): a `Vec::push` per feature
/// (length and capacity loaded and stored each time) was a measurable
/// share of feature extraction.
struct Emitter<'a> {
    seq: &'a mut Sequence,
    bits: u32,
    buf: [FeatId; EMIT_BUF],
    len: usize,
}

/// Features buffered before a copy; more than any position has.
const EMIT_BUF: usize = 64;

impl Emitter<'_> {
    fn new(seq: &mut Sequence, bits: u32) -> Emitter<'_> {
        Emitter {
            seq,
            bits,
            buf: [0; EMIT_BUF],
            len: 0,
        }
    }

    #[inline]
    fn f(&mut self, template: u64, a: u64) {
        let h = mix(mix(template.wrapping_mul(0x9e37_79b9_7f4a_7c15), a), 0x77);
        if self.len == EMIT_BUF {
            self.flush();
        }
        // `len < EMIT_BUF` here; the mask only spares a bounds check.
        self.buf[self.len % EMIT_BUF] = (h >> (64 - self.bits)) as FeatId;
        self.len += 1;
    }

    fn flush(&mut self) {
        self.seq
            .feats
            .extend_from_slice(&self.buf[..self.len.min(EMIT_BUF)]);
        self.len = 0;
    }

    /// Closes the position: its features go to the sequence.
    fn end(mut self) {
        self.flush();
        self.seq.end_position();
    }
    #[inline]
    fn f2(&mut self, template: u64, a: u64, b: u64) {
        self.f(template, mix(a, b))
    }
    #[inline]
    fn f3(&mut self, template: u64, a: u64, b: u64, c: u64) {
        self.f(template, mix(mix(a, b), c))
    }
}

fn at(v: &[u64], i: isize, pad_lo: usize, pad_hi: usize) -> u64 {
    if i < pad_lo as isize {
        PAD_BEFORE
    } else if i as usize >= pad_hi {
        PAD_AFTER
    } else {
        v[i as usize]
    }
}

fn at8(v: &[u8], i: isize, lo: usize, hi: usize) -> u64 {
    if i < lo as isize {
        PAD_BEFORE
    } else if i as usize >= hi {
        PAD_AFTER
    } else {
        v[i as usize] as u64
    }
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=5 => d as u64,
        6..=8 => 6,
        9..=12 => 7,
        13..=20 => 8,
        21..=35 => 9,
        _ => 10,
    }
}

/// Features for cue tagging of the tokens `range` (one sentence).
pub fn cue_sequence(f: &TokenFacts, range: std::ops::Range<usize>, bits: u32, seq: &mut Sequence) {
    seq.clear();
    let (lo, hi) = (range.start, range.end);
    // Sentence-level facts, computed once so the loop stays linear.
    let sent_quoted = f.depth[lo..hi].iter().any(|&d| d > 0) as u64;
    let mut verbs_seen = 0u64;
    for i in range {
        let ii = i as isize;
        let mut e = Emitter::new(seq, bits);
        let w = f.lower[i];
        e.f(1, 1);
        e.f(2, w);
        e.f(3, at(&f.lower, ii - 1, lo, hi));
        e.f(4, at(&f.lower, ii + 1, lo, hi));
        e.f(5, at(&f.lower, ii - 2, lo, hi));
        e.f(6, at(&f.lower, ii + 2, lo, hi));
        e.f(7, f.suf3[i]);
        e.f(8, f.suf2[i]);
        e.f(9, f.shape[i]);
        let p = f.pos[i] as u64;
        e.f(10, p);
        e.f2(11, at8(&f.pos, ii - 1, lo, hi), p);
        e.f2(12, p, at8(&f.pos, ii + 1, lo, hi));
        e.f(13, f.lex[i]);
        e.f(14, (f.lex[i] != 0) as u64);
        e.f2(15, f.lex[i], p);
        e.f2(16, w, at(&f.lower, ii + 1, lo, hi));
        e.f2(17, at(&f.lower, ii - 1, lo, hi), w);
        e.f(18, f.depth[i].min(2) as u64);
        e.f2(19, f.depth[i].min(2) as u64, (f.lex[i] != 0) as u64);
        // Quotation marks nearby: "…,” she said" and "said: “…"
        let near_close = (1..=3).any(|k| i >= lo + k && f.mark[i - k] == 2);
        let near_open = (1..=3).any(|k| i + k < hi && f.mark[i + k] == 1);
        e.f3(
            20,
            near_close as u64,
            near_open as u64,
            (f.lex[i] != 0) as u64,
        );
        e.f(21, at8(&f.ent, ii - 1, lo, hi));
        e.f(22, at8(&f.ent, ii + 1, lo, hi));
        e.f2(23, bucket(i - lo), (f.lex[i] != 0) as u64);
        e.f2(24, w, at8(&f.pos, ii + 1, lo, hi));
        e.f2(25, at8(&f.pos, ii - 1, lo, hi), w);
        e.f3(
            26,
            at8(&f.pos, ii - 1, lo, hi),
            p,
            at8(&f.pos, ii + 1, lo, hi),
        );
        e.f2(27, f.lex[i], at(&f.lower, ii + 1, lo, hi));
        e.f2(28, f.ent[i] as u64, p);
        e.f(30, f.stem[i]);
        let r = f.rule[i] as u64;
        e.f(40, r);
        let kids = (f.child_rels[i] & CLAUSE_RELS) as u64;
        let rel = f.rel[i] as u64;
        let head_c = f
            .head
            .get(i)
            .and_then(|&h| f.coarse.get(h as usize))
            .copied()
            .unwrap_or(99) as u64;
        e.f2(44, kids, c_of(f, i));
        e.f2(45, kids, f.stem[i]);
        e.f3(46, rel, c_of(f, i), head_c);
        e.f2(47, kids, f.lex[i]);
        e.f3(48, (kids >> 4) & 1, (kids >> 1) & 1, f.stem[i]);
        e.f2(49, rel, f.stem[i]);
        e.f2(41, r, f.lex[i]);
        e.f2(42, r, c_of(f, i));
        e.f2(43, r, at8(&f.rule, ii + 1, lo, hi));
        // Clause shape around a candidate: what follows (a verb = a complement
        // clause, "that", a quote) and what precedes (a subject).
        let c = f.coarse[i] as u64;
        let next_verb = (i + 1..hi.min(i + 8))
            .find(|&k| f.coarse[k] == 1)
            .map_or(9, |k| k - i) as u64;
        let prev_subj = (lo.max(i.saturating_sub(4))..i)
            .rev()
            .find(|&k| matches!(f.coarse[k], 2..=4))
            .map_or(9, |k| i - k) as u64;
        let verbs_before = verbs_seen.min(3);
        if f.coarse[i] == 1 {
            verbs_seen += 1;
        }
        e.f3(33, c, next_verb, prev_subj);
        e.f3(34, f.stem[i], next_verb.min(4), prev_subj.min(4));
        e.f3(35, c, sent_quoted, f.depth[i].min(1) as u64);
        e.f2(36, c, verbs_before);
        e.f3(37, f.lex[i], next_verb.min(4), sent_quoted);
        e.f3(
            38,
            c,
            at8(&f.coarse, ii - 1, lo, hi),
            at8(&f.coarse, ii + 1, lo, hi),
        );
        e.f3(
            39,
            at8(&f.ent, ii - 1, lo, hi),
            c,
            at8(&f.coarse, ii + 1, lo, hi),
        );
        e.f2(31, f.stem[i], at(&f.lower, ii + 1, lo, hi));
        e.f2(32, f.stem[i], at8(&f.pos, ii + 1, lo, hi));
        e.f2(29, bucket(hi - 1 - i), (f.lex[i] != 0) as u64);
        // WordNet class: rare cue words read like the frequent ones of their
        // class ("lament" like "say"), alone and with the clause shape.
        let cls = sem_class(f, i);
        let head_cls = f
            .head
            .get(i)
            .filter(|&&h| (h as usize) < f.len())
            .map_or(PAD_AFTER, |&h| sem_class(f, h as usize));
        e.f(50, cls);
        e.f2(51, cls, p);
        e.f2(52, cls, kids);
        e.f3(53, cls, next_verb.min(4), prev_subj.min(4));
        e.f2(54, head_cls, rel);
        e.f2(55, cls, at(&f.lower, ii + 1, lo, hi));
        e.f3(58, cls, r, (f.lex[i] != 0) as u64);
        e.f2(59, cls, at(&f.lower, ii - 1, lo, hi));
        e.f3(60, cls, near_close as u64, near_open as u64);
        e.f3(61, cls, f.depth[i].min(2) as u64, sent_quoted);
        e.f3(
            62,
            cls,
            at8(&f.ent, ii - 1, lo, hi),
            at8(&f.coarse, ii + 1, lo, hi),
        );
        e.f3(63, cls, rel, head_c);
        // Every class of any sense, by word class: a weaker signal than the
        // first sense but it covers words whose speech sense is not the first.
        let s = Classes::unpack(f.sem[i]);
        for b in 0..16u8 {
            if s.has_verb(b) {
                e.f2(56, u64::from(b), c);
            }
            if s.has_noun(b) {
                e.f2(57, u64::from(b), c);
            }
        }
        e.end();
    }
}

/// The WordNet class of token `i` as its POS reads it: a verb's first verb
/// sense, a noun's first noun sense; both for other words.
fn sem_class(f: &TokenFacts, i: usize) -> u64 {
    let s = Classes::unpack(f.sem[i]);
    match f.coarse[i] {
        1 => 0x100 | u64::from(s.verb_first),
        2 => 0x200 | u64::from(s.noun_first),
        c => (0x1000 * u64::from(c)) | (u64::from(s.verb_first) << 4) | u64::from(s.noun_first),
    }
}

fn c_of(f: &TokenFacts, i: usize) -> u64 {
    f.coarse[i] as u64
}

/// Clause-relevant part of the dependents' relations: subject, object,
/// clausal complement, open complement, parataxis, adverbial clause, marker,
/// clausal subject.
const CLAUSE_RELS: u32 = (1 << 1)
    | (1 << 2)
    | (1 << 3)
    | (1 << 4)
    | (1 << 5)
    | (1 << 6)
    | (1 << 7)
    | (1 << 8)
    | (1 << 21);

/// The syntactic head of a token range: the token whose head lies outside it.
pub fn span_head(f: &TokenFacts, a: usize, b: usize) -> usize {
    (a..b)
        .find(|&i| {
            let h = f.head[i] as usize;
            h < a || h >= b
        })
        .unwrap_or(a)
}

/// How token `i` hangs off token `c` in the parse: the relation of `c`'s
/// dependent whose subtree holds `i` (0..=31), or 40 when `i` is `c`, 41 when
/// `i` is an ancestor of `c`, 42 when unrelated. Walks are bounded.
pub fn branch(f: &TokenFacts, i: usize, c: usize) -> u64 {
    if i == c {
        return 40;
    }
    let n = f.head.len();
    let (mut prev, mut cur) = (i, f.head[i] as usize);
    for _ in 0..64 {
        if cur >= n {
            break;
        }
        if cur == c {
            return f.rel[prev] as u64;
        }
        prev = cur;
        cur = f.head[cur] as usize;
    }
    let mut cur = f.head[c] as usize;
    for _ in 0..64 {
        if cur >= n {
            break;
        }
        if cur == i {
            return 41;
        }
        cur = f.head[cur] as usize;
    }
    42
}

/// The cue whose roles we are labelling, and what the other cues look like.
#[derive(Debug, Clone, Copy)]
pub struct CueContext<'a> {
    /// First token of the cue.
    pub start: usize,
    /// One past the last token of the cue.
    pub end: usize,
    /// Prefix counts of tokens inside *any* cue (length n + 1).
    pub cue_prefix: &'a [u32],
}

/// Features for labelling source/content tokens in `window` relative to a cue.
pub fn role_sequence(
    f: &TokenFacts,
    cue: CueContext,
    window: std::ops::Range<usize>,
    bits: u32,
    seq: &mut Sequence,
) {
    seq.clear();
    let (lo, hi) = (window.start, window.end);
    let (a, b) = (cue.start, cue.end);
    let cue_lex = f.lex[a..b]
        .iter()
        .copied()
        .find(|&x| x != 0)
        .unwrap_or(f.lower[a]);
    let cue_word = f.lower[b - 1];
    let cue_stem = f.stem[a];
    let cue_rule = f.rule[a] as u64;
    let cue_head = span_head(f, a, b);
    let after_cue = at(&f.lower, b as isize, lo, hi);
    let cue_sent = f.sent[a] as i64;
    let cue_quoted = f.depth[a] > 0;
    let cue_quote = f.quote[a];
    for i in window {
        let ii = i as isize;
        let mut e = Emitter::new(seq, bits);
        let (dir, dist) = if i < a {
            (0u64, a - i)
        } else if i >= b {
            (2u64, i + 1 - b)
        } else {
            (1u64, 0)
        };
        let db = bucket(dist);
        let soff = (f.sent[i] as i64 - cue_sent).clamp(-3, 3) as u64;
        let (x, y) = if i < a { (i, a) } else { (b.min(i), i) };
        let commas = (f.commas[y] - f.commas[x]).min(3) as u64;
        // Tokens of other cues strictly between this token and the cue.
        let other_cues = if i + 1 < a {
            cue.cue_prefix[a] - cue.cue_prefix[i + 1]
        } else if i > b {
            cue.cue_prefix[i] - cue.cue_prefix[b]
        } else {
            0
        };
        let other_between = (other_cues > 0) as u64;
        let in_other = (i < a || i >= b) && cue.cue_prefix[i + 1] > cue.cue_prefix[i];
        let quoted = (f.depth[i] > 0) as u64;
        let same_quote = (cue_quote != u32::MAX && f.quote[i] == cue_quote) as u64;
        let p = f.pos[i] as u64;
        let w = f.lower[i];
        let dd = mix(dir, db);
        e.f(100, dir);
        e.f(101, dd);
        e.f2(102, dir, soff);
        e.f2(103, dir, p);
        e.f2(104, dir, w);
        e.f2(105, dir, f.shape[i]);
        e.f2(106, dir, f.ent[i] as u64);
        e.f3(107, dir, at8(&f.pos, ii - 1, lo, hi), p);
        e.f3(108, dir, p, at8(&f.pos, ii + 1, lo, hi));
        e.f2(109, dir, at(&f.lower, ii - 1, lo, hi));
        e.f2(110, dir, at(&f.lower, ii + 1, lo, hi));
        e.f3(111, dir, quoted, mix(same_quote, cue_quoted as u64));
        e.f3(112, dir, commas, soff);
        e.f3(113, dir, other_between, in_other as u64);
        e.f3(114, cue_lex, dir, db.min(6));
        e.f3(115, cue_word, dir, p);
        e.f2(116, dd, p);
        e.f2(117, dir, after_cue);
        e.f3(118, dir, after_cue, db.min(4));
        e.f2(119, dir, f.mark[i] as u64);
        e.f3(120, dir, soff, quoted);
        e.f3(121, dd, commas, other_between);
        e.f2(122, dir, (f.para[i] != f.para[a]) as u64);
        e.f3(123, cue_lex, dir, soff);
        e.f3(124, dir, f.suf3[i], soff);
        e.f3(125, dd, f.ent[i] as u64, commas);
        e.f3(126, dir, at8(&f.ent, ii - 1, lo, hi), f.ent[i] as u64);
        e.f3(
            127,
            dir,
            at8(&f.mark, ii - 1, lo, hi),
            at8(&f.mark, ii + 1, lo, hi),
        );
        e.f3(128, dir, commas, mix(p, soff));
        e.f2(129, dir, (f.lex[i] != 0) as u64);
        e.f3(130, cue_lex, dd, p);
        e.f3(131, cue_stem, dir, db.min(6));
        let br = branch(f, i, cue_head);
        e.f2(135, dir, br);
        e.f3(136, br, f.coarse[i] as u64, dir);
        e.f3(137, br, soff, dir);
        e.f3(138, cue_lex, br, dir);
        e.f3(139, br, f.rel[i] as u64, dir);
        e.f3(140, br, quoted, mix(dir, commas));
        // Rule roles: whether the rules gave this token a role for *this* cue.
        let owner = f.rule_owner[i];
        let mine = owner != u32::MAX && (a as u32..b as u32).contains(&owner);
        let rr = if f.rule[i] >= 3 {
            f.rule[i] as u64 + if mine { 0 } else { 10 }
        } else {
            f.rule[i] as u64
        };
        e.f2(132, dir, rr);
        e.f3(133, dir, rr, cue_rule);
        e.f3(
            134,
            rr,
            at8(&f.rule, ii - 1, lo, hi),
            at8(&f.rule, ii + 1, lo, hi),
        );
        e.end();
    }
}

/// `w` with curly, angled and low quotation marks and apostrophes replaced by
/// `"` and `'` (borrowed unchanged when it has none).
fn ascii_quotes<'a>(w: &'a str, buf: &'a mut String) -> &'a str {
    let map = |c: char| match c {
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '＂' => Some('"'),
        '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | '`' | '´' => Some('\''),
        _ => None,
    };
    if !w.chars().any(|c| map(c).is_some()) {
        return w;
    }
    buf.clear();
    buf.extend(w.chars().map(|c| map(c).unwrap_or(c)));
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every double and single quotation mark the layout pairs (and a few
    /// look-alikes) hashes as its ASCII form.
    #[test]
    fn quote_marks_read_as_ascii() {
        let mut buf = String::new();
        for q in ["“", "”", "„", "‟", "«", "»", "＂", "″"] {
            assert_eq!(ascii_quotes(q, &mut buf), "\"", "{q}");
        }
        for q in ["‘", "’", "‚", "‛", "‹", "›", "′", "`"] {
            assert_eq!(ascii_quotes(q, &mut buf), "'", "{q}");
        }
        assert_eq!(ascii_quotes("don’t", &mut buf), "don't");
        assert_eq!(ascii_quotes("plain", &mut buf), "plain");
    }

    #[test]
    fn emitter_keeps_every_feature_in_order() {
        // More features than the buffer holds, over two positions.
        let bits = 20;
        let mut seq = Sequence::default();
        seq.clear();
        let mut want = Vec::new();
        for (pos, count) in [(0u64, 150u64), (1, 3)] {
            let mut e = Emitter::new(&mut seq, bits);
            for t in 0..count {
                e.f(t, pos);
                let h = mix(mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15), pos), 0x77);
                want.push((h >> (64 - bits)) as FeatId);
            }
            e.end();
        }
        assert_eq!(seq.len(), 2);
        assert_eq!(seq.at(0), &want[..150]);
        assert_eq!(seq.at(1), &want[150..]);
    }

    #[test]
    fn ascii_hashes_equal_the_general_ones() {
        let mut lower = String::new();
        for w in [
            "",
            "a",
            "I",
            "He",
            "said",
            "SAID",
            "U.S.",
            "1,000",
            "--",
            "'s",
            "n't",
            "McDonald's",
            "e-mail",
            "ABC123xyz",
            "...",
            "Washington-based",
            "\"",
            "`",
        ] {
            let h = ascii_hashes(w, &mut lower);
            assert_eq!(h.lower, hash_lower(w), "{w:?}");
            assert_eq!(h.shape, hash_shape(w), "{w:?}");
            assert_eq!(h.suf3, hash_suffix(w, 3), "{w:?}");
            assert_eq!(h.suf2, hash_suffix(w, 2), "{w:?}");
            assert_eq!(lower, w.to_lowercase(), "{w:?}");
        }
        // Different words still differ.
        let a = ascii_hashes("said", &mut lower).lower;
        assert_ne!(a, ascii_hashes("sad", &mut lower).lower);
    }
}

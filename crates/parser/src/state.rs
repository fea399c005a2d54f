//! The arc-eager transition system and its feature templates.
//!
//! Words are `0..n`; the artificial root is word `n`, at the *end* of the
//! buffer (Ballesteros & Nivre 2013), so the root arc is the last one made
//! and an unfinished sentence never has its root chosen early. Index
//! `n + 1` is a "nil" word with neutral attributes: every missing context
//! position (empty stack, no leftmost child...) points there, so feature
//! extraction has no branches and no bounds surprises.
//!
//! Transitions, with `s0` the stack top and `b0` the buffer front:
//!
//! * shift: push `b0`;
//! * reduce: pop `s0` (allowed when it has a head);
//! * left-arc: `b0 → s0`, pop (allowed when `s0` has no head);
//! * right-arc: `s0 → b0`, push `b0` (not for the root).
//!
//! When only the root is left in the buffer the rest is forced: headed
//! words are reduced, a headless word above another one is attached to the
//! word below it (label `dep`: a repair that keeps the output a single
//! projective tree), and the last one becomes the root's dependent. Every
//! word is pushed once and popped once, so a sentence takes `2n`
//! transitions: linear time, and no recursion anywhere.

use ascribe_tagger::hash::{hash_bytes, mix};

/// Number of transitions the classifier chooses between.
pub const NUM_ACTIONS: usize = 4;
/// Push the buffer front.
pub const SHIFT: u8 = 0;
/// Pop the stack top.
pub const REDUCE: u8 = 1;
/// Buffer front becomes the head of the stack top, which is popped.
pub const LEFT: u8 = 2;
/// Stack top becomes the head of the buffer front, which is pushed.
pub const RIGHT: u8 = 3;

/// Label of words that have no head yet (and of the nil word).
pub const NO_LABEL: u8 = 255;

/// Version of the feature templates below; bump on any change.
pub const FEATURES_VERSION: u32 = 2;

/// Number of transition feature templates.
pub const NUM_FEATURES: usize = 85;

/// Number of label feature templates.
pub const NUM_LABEL_FEATURES: usize = 18;

/// Attribute values of the nil word and the root.
const NIL_WORD: u64 = 0x6e69_6c00;
const NIL_TAG: u64 = 0x6e69_6c01;
const ROOT_WORD: u64 = 0x726f_6f74;
const ROOT_TAG: u64 = 0x726f_6f75;
/// Seeds that keep word and tag hashes apart.
const WORD_SEED: u64 = 0x0057_4f52_4400;
const TAG_SEED: u64 = 0x0054_4147_0000;
const SUFFIX_SEED: u64 = 0x0053_5546_0000;

/// Per-sentence word attributes: hashes of the normalized form and of the
/// tag, `n + 2` long (root and nil appended).
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    /// Hash of the lowercased word with digits mapped to `0`.
    pub word: Vec<u64>,
    /// Hash of the POS tag name.
    pub tag: Vec<u64>,
    /// Hash of the last three characters of the normalized word.
    pub suffix: Vec<u64>,
    /// Running counts, over the words before each index, of commas and
    /// colons, of quotation marks, and of verbs: `count[j] - count[i + 1]`
    /// is the number between words `i` and `j`.
    commas: Vec<u32>,
    quotes: Vec<u32>,
    verbs: Vec<u32>,
    /// Normalization buffer.
    buf: Vec<u8>,
}

/// What the features need of a POS tag: its hash and whether it counts as
/// a comma, a quotation mark or a verb. Computed once per tag set when the
/// tags come as ids ([`TagSet`](crate::TagSet)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagInfo {
    hash: u64,
    kind: TagKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TagKind {
    Comma,
    Quote,
    Verb,
    Other,
}

impl TagInfo {
    /// The facts of the tag called `t`.
    pub fn of(t: &str) -> TagInfo {
        let kind = match t {
            "," | ":" => TagKind::Comma,
            "``" | "''" => TagKind::Quote,
            _ if t.starts_with('V') || t == "MD" => TagKind::Verb,
            _ => TagKind::Other,
        };
        TagInfo {
            hash: hash_bytes(TAG_SEED, t.as_bytes()),
            kind,
        }
    }
}

impl Tokens {
    /// Fills the attributes of a sentence. Missing tags (when `tags` is
    /// shorter than `words`) hash as the empty tag.
    pub fn prepare<W: AsRef<str>, T: AsRef<str>>(&mut self, words: &[W], tags: &[T]) {
        self.prepare_with(words, |i| {
            TagInfo::of(tags.get(i).map_or("", |t| t.as_ref()))
        });
    }

    /// [`prepare`](Tokens::prepare) with the tag facts of word `i` from `tag(i)`.
    pub fn prepare_with<W: AsRef<str>, F: Fn(usize) -> TagInfo>(&mut self, words: &[W], tag: F) {
        self.word.clear();
        self.tag.clear();
        self.suffix.clear();
        for v in [&mut self.commas, &mut self.quotes, &mut self.verbs] {
            v.clear();
            v.push(0);
        }
        let (mut commas, mut quotes, mut verbs) = (0u32, 0u32, 0u32);
        for (i, w) in words.iter().enumerate() {
            let w = w.as_ref();
            self.buf.clear();
            if w.is_ascii() {
                self.buf.extend(w.bytes().map(|b| {
                    if b.is_ascii_digit() {
                        b'0'
                    } else {
                        b.to_ascii_lowercase()
                    }
                }));
            } else {
                let mut tmp = [0u8; 4];
                for c in w.chars() {
                    if c.is_ascii_digit() {
                        self.buf.push(b'0');
                        continue;
                    }
                    for lc in c.to_lowercase() {
                        self.buf
                            .extend_from_slice(lc.encode_utf8(&mut tmp).as_bytes());
                    }
                }
            }
            self.word.push(hash_bytes(WORD_SEED, &self.buf));
            let cut = self.buf.len().saturating_sub(3);
            self.suffix.push(hash_bytes(SUFFIX_SEED, &self.buf[cut..]));
            let t = tag(i);
            self.tag.push(t.hash);
            match t.kind {
                TagKind::Comma => commas += 1,
                TagKind::Quote => quotes += 1,
                TagKind::Verb => verbs += 1,
                TagKind::Other => {}
            }
            self.commas.push(commas);
            self.quotes.push(quotes);
            self.verbs.push(verbs);
        }
        self.word.push(ROOT_WORD);
        self.tag.push(ROOT_TAG);
        self.suffix.push(ROOT_WORD);
        self.word.push(NIL_WORD);
        self.tag.push(NIL_TAG);
        self.suffix.push(NIL_WORD);
        // The root and nil positions add nothing between.
        for v in [&mut self.commas, &mut self.quotes, &mut self.verbs] {
            let last = v.last().copied().unwrap_or(0);
            v.push(last);
            v.push(last);
        }
    }

    /// Commas/colons, quotation marks and verbs strictly between words `i`
    /// and `j` (`i < j`), each capped at 3.
    #[inline(always)]
    fn between(&self, i: u32, j: u32) -> (u64, u64, u64) {
        let (i, j) = (i as usize + 1, j as usize);
        let count = |v: &[u32]| {
            let (a, b) = (
                v.get(i).copied().unwrap_or(0),
                v.get(j).copied().unwrap_or(0),
            );
            u64::from(b.saturating_sub(a).min(3))
        };
        (count(&self.commas), count(&self.quotes), count(&self.verbs))
    }
}

/// A parser configuration (stack, buffer, arcs so far).
#[derive(Debug, Default, Clone)]
pub struct State {
    /// Number of words; `n` is the root, `n + 1` the nil word.
    pub n: u32,
    /// Buffer front (the buffer is always `b..=n`).
    pub b: u32,
    /// The stack, bottom first.
    pub stack: Vec<u32>,
    /// Head of every word, `nil` when it has none.
    pub head: Vec<u32>,
    /// Label of every word's arc, [`NO_LABEL`] when it has none.
    pub label: Vec<u8>,
    /// Leftmost and second leftmost children.
    l1: Vec<u32>,
    l2: Vec<u32>,
    /// Rightmost and second rightmost children.
    r1: Vec<u32>,
    r2: Vec<u32>,
    /// Numbers of left and right children (saturating).
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// Label sets of the left and right children, as bit masks.
    ls: Vec<u64>,
    rs: Vec<u64>,
    /// Whether each word is on the stack.
    pub in_stack: Vec<bool>,
    /// Number of words on the stack without a head.
    headless: u32,
}

impl State {
    /// The initial configuration of a sentence of `n` words.
    pub fn reset(&mut self, n: usize) {
        let n32 = n as u32;
        let nil = n32 + 1;
        let len = n + 2;
        self.n = n32;
        self.b = 0;
        self.stack.clear();
        for v in [
            &mut self.head,
            &mut self.l1,
            &mut self.l2,
            &mut self.r1,
            &mut self.r2,
        ] {
            v.clear();
            v.resize(len, nil);
        }
        self.label.clear();
        self.label.resize(len, NO_LABEL);
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(len, 0);
        }
        for v in [&mut self.ls, &mut self.rs] {
            v.clear();
            v.resize(len, 0);
        }
        self.in_stack.clear();
        self.in_stack.resize(len, false);
        self.headless = 0;
    }

    /// Stack top, or nil.
    #[inline(always)]
    pub fn s0(&self) -> u32 {
        self.stack.last().copied().unwrap_or(self.n + 1)
    }

    /// Whether word `i` has a head.
    #[inline(always)]
    pub fn has_head(&self, i: u32) -> bool {
        self.head[i as usize] != self.n + 1
    }

    /// Which of the four transitions are allowed, as a bit mask, when the
    /// buffer front is a word (not the root).
    #[inline(always)]
    pub fn valid(&self) -> u8 {
        match self.stack.last() {
            None => 1 << SHIFT,
            Some(&s0) => {
                let headed = self.has_head(s0);
                (1 << SHIFT) | (1 << RIGHT) | if headed { 1 << REDUCE } else { 1 << LEFT }
            }
        }
    }

    /// Records the arc `h → d`.
    #[inline(always)]
    fn arc(&mut self, h: u32, d: u32, label: u8) {
        let (hu, du) = (h as usize, d as usize);
        let nil = self.n + 1;
        self.head[du] = h;
        self.label[du] = label;
        let bit = 1u64 << (label & 63);
        if d < h {
            if self.l1[hu] == nil || d < self.l1[hu] {
                self.l2[hu] = self.l1[hu];
                self.l1[hu] = d;
            } else if self.l2[hu] == nil || d < self.l2[hu] {
                self.l2[hu] = d;
            }
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.ls[hu] |= bit;
        } else {
            if self.r1[hu] == nil || d > self.r1[hu] {
                self.r2[hu] = self.r1[hu];
                self.r1[hu] = d;
            } else if self.r2[hu] == nil || d > self.r2[hu] {
                self.r2[hu] = d;
            }
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rs[hu] |= bit;
        }
    }

    fn pop(&mut self) -> u32 {
        let s0 = self.stack.pop().unwrap_or(self.n + 1);
        if let Some(x) = self.in_stack.get_mut(s0 as usize) {
            *x = false;
        }
        s0
    }

    fn push(&mut self, i: u32) {
        self.stack.push(i);
        self.in_stack[i as usize] = true;
    }

    /// Applies a transition (the caller checks it is allowed); `label` is
    /// used by the arc transitions.
    #[inline]
    pub fn apply(&mut self, action: u8, label: u8) {
        match action {
            SHIFT => {
                self.headless += 1;
                self.push(self.b);
                self.b += 1;
            }
            REDUCE => {
                self.pop();
            }
            LEFT => {
                self.headless = self.headless.saturating_sub(1);
                let d = self.pop();
                self.arc(self.b, d, label);
            }
            _ => {
                let d = self.b;
                self.arc(self.s0(), d, label);
                self.push(d);
                self.b += 1;
            }
        }
    }

    /// The forced end game, when only the root is left in the buffer (see
    /// the module docs): `repair_label(h, d)` labels the attachment of a
    /// headless `d` to the word `h` below it. Returns `false` when the
    /// parse is done.
    #[inline]
    pub fn finish_step(
        &mut self,
        root_label: u8,
        repair_label: impl FnOnce(&State, u32, u32) -> u8,
    ) -> bool {
        let Some(&s0) = self.stack.last() else {
            return false;
        };
        if self.has_head(s0) {
            self.pop();
        } else if self.stack.len() > 1 {
            let h = self.stack[self.stack.len() - 2];
            let label = repair_label(self, h, s0);
            self.headless = self.headless.saturating_sub(1);
            self.pop();
            self.arc(h, s0, label);
        } else {
            self.apply(LEFT, root_label);
        }
        true
    }

    /// Hashes of the feature templates for the current configuration
    /// (Zhang & Nivre 2011's arc-eager set, with lowercased words).
    /// Training reads them here; decoding reads the same set as
    /// [`role_features`] of [`role_words`](State::role_words) plus
    /// [`rest_features`](State::rest_features).
    #[cfg_attr(not(any(test, feature = "train")), allow(dead_code))]
    #[inline]
    pub fn features(&self, t: &Tokens, out: &mut [u64; NUM_FEATURES]) {
        let nil = self.n + 1;
        let n = self.n;
        let s0 = self.s0();
        let n0 = self.b;
        let n1 = if n0 < n { n0 + 1 } else { nil };
        let n2 = if n0 + 1 < n { n0 + 2 } else { nil };
        let s1 = match self.stack.len() {
            0 | 1 => nil,
            k => self.stack[k - 2],
        };
        // The words just after the stack top and just before the buffer
        // front: what lies between the two candidates.
        let s0_next = if s0 == nil { nil } else { s0 + 1 };
        let n0_prev = if n0 == 0 { nil } else { n0 - 1 };
        let (s0u, n0u) = (s0 as usize, n0 as usize);
        let s0h = self.head[s0u];
        let s0h2 = self.head[s0h as usize];
        let (s0l, s0l2) = (self.l1[s0u], self.l2[s0u]);
        let (s0r, s0r2) = (self.r1[s0u], self.r2[s0u]);
        let (n0l, n0l2) = (self.l1[n0u], self.l2[n0u]);
        let w = |i: u32| t.word[i as usize];
        let p = |i: u32| t.tag[i as usize];
        let lab = |i: u32| u64::from(self.label[i as usize]);
        let (s0w, s0p, n0w, n0p) = (w(s0), p(s0), w(n0), p(n0));
        let (n1w, n1p, n2w, n2p) = (w(n1), p(n1), w(n2), p(n2));
        let d = if s0 == nil {
            0
        } else {
            match n0 - s0 {
                x @ 0..=5 => u64::from(x),
                6..=10 => 6,
                _ => 7,
            }
        };
        let (s0vl, s0vr, n0vl) = (
            u64::from(self.nl[s0u]),
            u64::from(self.nr[s0u]),
            u64::from(self.nl[n0u]),
        );
        let (s0sl, s0sr, n0sl) = (self.ls[s0u], self.rs[s0u], self.ls[n0u]);
        let (commas, quotes, verbs) = if s0 == nil {
            (4, 4, 4)
        } else {
            t.between(s0, n0)
        };
        let headless = u64::from(self.headless.min(3));
        let f1 = |k: u64, a: u64| mix(mix(k, a), 0x31);
        let f2 = |k: u64, a: u64, b: u64| mix(mix(mix(k, a), b), 0x32);
        let f3 = |k: u64, a: u64, b: u64, c: u64| mix(mix(mix(mix(k, a), b), c), 0x33);
        let f4 = |k: u64, a: u64, b: u64, c: u64, e: u64| mix(f3(k, a, b, c), e);
        *out = [
            // single words
            f2(1, s0w, s0p),
            f1(2, s0w),
            f1(3, s0p),
            f2(4, n0w, n0p),
            f1(5, n0w),
            f1(6, n0p),
            f2(7, n1w, n1p),
            f1(8, n1w),
            f1(9, n1p),
            f1(10, n2w),
            f1(11, n2p),
            // pairs
            f4(12, s0w, s0p, n0w, n0p),
            f3(13, s0w, s0p, n0w),
            f3(14, s0w, n0w, n0p),
            f3(15, s0w, s0p, n0p),
            f3(16, s0p, n0w, n0p),
            f2(17, s0w, n0w),
            f2(18, s0p, n0p),
            f2(19, n0p, n1p),
            // triples
            f3(20, n0p, n1p, n2p),
            f3(21, s0p, n0p, n1p),
            f3(22, p(s0h), s0p, n0p),
            f3(23, s0p, p(s0l), n0p),
            f3(24, s0p, p(s0r), n0p),
            f3(25, s0p, n0p, p(n0l)),
            // distance
            f2(26, s0w, d),
            f2(27, s0p, d),
            f2(28, n0w, d),
            f2(29, n0p, d),
            f3(30, s0w, n0w, d),
            f3(31, s0p, n0p, d),
            // valency
            f2(32, s0w, s0vr),
            f2(33, s0p, s0vr),
            f2(34, s0w, s0vl),
            f2(35, s0p, s0vl),
            f2(36, n0w, n0vl),
            f2(37, n0p, n0vl),
            // second-order unigrams
            f1(38, w(s0h)),
            f1(39, p(s0h)),
            f2(40, lab(s0), s0p),
            f1(41, w(s0l)),
            f1(42, p(s0l)),
            f1(43, lab(s0l)),
            f1(44, w(s0r)),
            f1(45, p(s0r)),
            f1(46, lab(s0r)),
            f1(47, w(n0l)),
            f1(48, p(n0l)),
            f1(49, lab(n0l)),
            // third order
            f1(50, w(s0h2)),
            f1(51, p(s0h2)),
            f1(52, lab(s0h)),
            f1(53, w(s0l2)),
            f1(54, p(s0l2)),
            f1(55, lab(s0l2)),
            f1(56, w(s0r2)),
            f1(57, p(s0r2)),
            f1(58, lab(s0r2)),
            f1(59, w(n0l2)),
            f1(60, p(n0l2)),
            f1(61, lab(n0l2)),
            f3(62, s0p, p(s0l), p(s0l2)),
            f3(63, s0p, p(s0r), p(s0r2)),
            f3(64, s0p, p(s0h), p(s0h2)),
            f3(65, n0p, p(n0l), p(n0l2)),
            // label sets
            f2(66, s0w, s0sr),
            f2(67, s0p, s0sr),
            f2(68, s0w, s0sl),
            f2(69, s0p, s0sl),
            f2(70, n0w, n0sl),
            f2(71, n0p, n0sl),
            // bias, with whether the stack top has a head
            f1(72, lab(s0)),
            // the second stack word, and the words in between
            f1(73, w(s1)),
            f1(74, p(s1)),
            f3(75, p(s1), s0p, n0p),
            f3(76, p(s1), lab(s1), s0p),
            f4(77, s0p, p(s0_next), p(n0_prev), n0p),
            f3(78, s0p, p(s0_next), n0p),
            f3(79, s0p, p(n0_prev), n0p),
            // what lies between the stack top and the buffer front
            f4(80, s0p, n0p, commas, 1),
            f4(81, s0p, n0p, quotes, 2),
            f4(82, s0p, n0p, verbs, 3),
            f3(83, s0p, n0p, headless),
            // suffixes
            f2(84, t.suffix[s0u], s0p),
            f2(85, t.suffix[n0u], n0p),
        ];
    }
}

/// Number of single-word templates ([`role_features`]).
pub const NUM_ROLE_FEATURES: usize = 31;

/// Number of the other transition templates ([`State::rest_features`]).
pub const NUM_REST_FEATURES: usize = NUM_FEATURES - NUM_ROLE_FEATURES;

/// Word roles of a configuration that single-word templates read:
/// s0, n0, n1, n2, the head of s0, the leftmost and rightmost children of
/// s0, the leftmost child of n0, their second-order counterparts, and s1.
pub const NUM_ROLES: usize = 13;

/// The role of each of [`role_features`]' templates.
pub const ROLE_OF: [usize; NUM_ROLE_FEATURES] = [
    0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
    12,
];

/// The hashes of the 31 templates of [`State::features`] that read a single
/// word, as they are for word `i` (any index up to the nil word) in each
/// role: they depend on the word alone, so a sentence's can be summed once
/// per word instead of once per transition.
#[inline]
pub fn role_features(t: &Tokens, i: usize) -> [u64; NUM_ROLE_FEATURES] {
    let (w, p) = (t.word[i], t.tag[i]);
    let sfx = t.suffix[i];
    let f1 = |k: u64, a: u64| mix(mix(k, a), 0x31);
    let f2 = |k: u64, a: u64, b: u64| mix(mix(mix(k, a), b), 0x32);
    [
        // s0
        f2(1, w, p),
        f1(2, w),
        f1(3, p),
        f2(84, sfx, p),
        // n0
        f2(4, w, p),
        f1(5, w),
        f1(6, p),
        f2(85, sfx, p),
        // n1
        f2(7, w, p),
        f1(8, w),
        f1(9, p),
        // n2
        f1(10, w),
        f1(11, p),
        // s0h, s0l, s0r, n0l
        f1(38, w),
        f1(39, p),
        f1(41, w),
        f1(42, p),
        f1(44, w),
        f1(45, p),
        f1(47, w),
        f1(48, p),
        // s0h2, s0l2, s0r2, n0l2
        f1(50, w),
        f1(51, p),
        f1(53, w),
        f1(54, p),
        f1(56, w),
        f1(57, p),
        f1(59, w),
        f1(60, p),
        // s1
        f1(73, w),
        f1(74, p),
    ]
}

impl State {
    /// The word in each of the [`NUM_ROLES`] roles (nil when empty), in
    /// the order of [`ROLE_OF`].
    #[inline]
    pub fn role_words(&self) -> [u32; NUM_ROLES] {
        let nil = self.n + 1;
        let n = self.n;
        let s0 = self.s0();
        let n0 = self.b;
        let n1 = if n0 < n { n0 + 1 } else { nil };
        let n2 = if n0 + 1 < n { n0 + 2 } else { nil };
        let s1 = match self.stack.len() {
            0 | 1 => nil,
            k => self.stack[k - 2],
        };
        let (s0u, n0u) = (s0 as usize, n0 as usize);
        let s0h = self.head[s0u];
        [
            s0,
            n0,
            n1,
            n2,
            s0h,
            self.l1[s0u],
            self.r1[s0u],
            self.l1[n0u],
            self.head[s0h as usize],
            self.l2[s0u],
            self.r2[s0u],
            self.l2[n0u],
            s1,
        ]
    }

    /// The templates of [`features`](State::features) that are not
    /// single-word ones ([`role_features`]), in the same order: with the
    /// role sums of [`role_words`](State::role_words) they make up the
    /// whole set.
    #[inline]
    pub fn rest_features(&self, t: &Tokens, out: &mut [u64; NUM_REST_FEATURES]) {
        let nil = self.n + 1;
        let n = self.n;
        let s0 = self.s0();
        let n0 = self.b;
        let n1 = if n0 < n { n0 + 1 } else { nil };
        let n2 = if n0 + 1 < n { n0 + 2 } else { nil };
        let s1 = match self.stack.len() {
            0 | 1 => nil,
            k => self.stack[k - 2],
        };
        // The words just after the stack top and just before the buffer
        // front: what lies between the two candidates.
        let s0_next = if s0 == nil { nil } else { s0 + 1 };
        let n0_prev = if n0 == 0 { nil } else { n0 - 1 };
        let (s0u, n0u) = (s0 as usize, n0 as usize);
        let s0h = self.head[s0u];
        let s0h2 = self.head[s0h as usize];
        let (s0l, s0l2) = (self.l1[s0u], self.l2[s0u]);
        let (s0r, s0r2) = (self.r1[s0u], self.r2[s0u]);
        let (n0l, n0l2) = (self.l1[n0u], self.l2[n0u]);
        let w = |i: u32| t.word[i as usize];
        let p = |i: u32| t.tag[i as usize];
        let lab = |i: u32| u64::from(self.label[i as usize]);
        let (s0w, s0p, n0w, n0p) = (w(s0), p(s0), w(n0), p(n0));
        let (n1p, n2p) = (p(n1), p(n2));
        let d = if s0 == nil {
            0
        } else {
            match n0 - s0 {
                x @ 0..=5 => u64::from(x),
                6..=10 => 6,
                _ => 7,
            }
        };
        let (s0vl, s0vr, n0vl) = (
            u64::from(self.nl[s0u]),
            u64::from(self.nr[s0u]),
            u64::from(self.nl[n0u]),
        );
        let (s0sl, s0sr, n0sl) = (self.ls[s0u], self.rs[s0u], self.ls[n0u]);
        let (commas, quotes, verbs) = if s0 == nil {
            (4, 4, 4)
        } else {
            t.between(s0, n0)
        };
        let headless = u64::from(self.headless.min(3));
        let f1 = |k: u64, a: u64| mix(mix(k, a), 0x31);
        let f2 = |k: u64, a: u64, b: u64| mix(mix(mix(k, a), b), 0x32);
        let f3 = |k: u64, a: u64, b: u64, c: u64| mix(mix(mix(mix(k, a), b), c), 0x33);
        let f4 = |k: u64, a: u64, b: u64, c: u64, e: u64| mix(f3(k, a, b, c), e);
        *out = [
            // pairs
            f4(12, s0w, s0p, n0w, n0p),
            f3(13, s0w, s0p, n0w),
            f3(14, s0w, n0w, n0p),
            f3(15, s0w, s0p, n0p),
            f3(16, s0p, n0w, n0p),
            f2(17, s0w, n0w),
            f2(18, s0p, n0p),
            f2(19, n0p, n1p),
            // triples
            f3(20, n0p, n1p, n2p),
            f3(21, s0p, n0p, n1p),
            f3(22, p(s0h), s0p, n0p),
            f3(23, s0p, p(s0l), n0p),
            f3(24, s0p, p(s0r), n0p),
            f3(25, s0p, n0p, p(n0l)),
            // distance
            f2(26, s0w, d),
            f2(27, s0p, d),
            f2(28, n0w, d),
            f2(29, n0p, d),
            f3(30, s0w, n0w, d),
            f3(31, s0p, n0p, d),
            // valency
            f2(32, s0w, s0vr),
            f2(33, s0p, s0vr),
            f2(34, s0w, s0vl),
            f2(35, s0p, s0vl),
            f2(36, n0w, n0vl),
            f2(37, n0p, n0vl),
            // second-order
            f2(40, lab(s0), s0p),
            f1(43, lab(s0l)),
            f1(46, lab(s0r)),
            f1(49, lab(n0l)),
            f1(52, lab(s0h)),
            f1(55, lab(s0l2)),
            f1(58, lab(s0r2)),
            f1(61, lab(n0l2)),
            f3(62, s0p, p(s0l), p(s0l2)),
            f3(63, s0p, p(s0r), p(s0r2)),
            f3(64, s0p, p(s0h), p(s0h2)),
            f3(65, n0p, p(n0l), p(n0l2)),
            // label sets
            f2(66, s0w, s0sr),
            f2(67, s0p, s0sr),
            f2(68, s0w, s0sl),
            f2(69, s0p, s0sl),
            f2(70, n0w, n0sl),
            f2(71, n0p, n0sl),
            // bias, with whether the stack top has a head
            f1(72, lab(s0)),
            // the second stack word, and the words in between
            f3(75, p(s1), s0p, n0p),
            f3(76, p(s1), lab(s1), s0p),
            f4(77, s0p, p(s0_next), p(n0_prev), n0p),
            f3(78, s0p, p(s0_next), n0p),
            f3(79, s0p, p(n0_prev), n0p),
            // what lies between the stack top and the buffer front
            f4(80, s0p, n0p, commas, 1),
            f4(81, s0p, n0p, quotes, 2),
            f4(82, s0p, n0p, verbs, 3),
            f3(83, s0p, n0p, headless),
        ];
    }
}

impl State {
    /// Hashes of the label templates for the arc `h → d` about to be made:
    /// the two words, their distance, the labels `h` already gave on that
    /// side, and what `d` already governs (its leftmost child is often the
    /// complementizer that tells `ccomp` from `advcl`).
    #[inline]
    pub fn label_features(&self, t: &Tokens, h: u32, d: u32, out: &mut [u64; NUM_LABEL_FEATURES]) {
        let nil = self.n + 1;
        let (hu, du) = (h as usize, d as usize);
        let w = |i: u32| t.word[i as usize];
        let p = |i: u32| t.tag[i as usize];
        let lab = |i: u32| u64::from(self.label[i as usize]);
        let (hw, hp, dw, dp) = (w(h), p(h), w(d), p(d));
        let dist = match h.abs_diff(d) {
            x @ 0..=4 => u64::from(x),
            5..=8 => 5,
            _ => 6,
        };
        let side = if d < h { self.ls[hu] } else { self.rs[hu] };
        let dl = self.l1[du];
        let prev = if d == 0 { nil } else { d - 1 };
        let next = if d < self.n { d + 1 } else { nil };
        let f1 = |k: u64, a: u64| mix(mix(k, a), 0x31);
        let f2 = |k: u64, a: u64, b: u64| mix(mix(mix(k, a), b), 0x32);
        let f3 = |k: u64, a: u64, b: u64, c: u64| mix(mix(mix(mix(k, a), b), c), 0x33);
        *out = [
            f2(101, hw, hp),
            f2(102, dw, dp),
            f2(103, hp, dp),
            f2(104, hw, dp),
            f2(105, hp, dw),
            f2(106, hw, dw),
            f3(107, hp, dp, dist),
            f3(108, hp, dp, side),
            f2(109, dp, self.ls[du]),
            f2(110, dp, self.rs[du]),
            f2(111, dp, lab(dl)),
            f1(112, dw),
            f2(113, dp, w(dl)),
            f2(114, hp, lab(h)),
            f3(115, hw, dp, w(dl)),
            f3(116, dp, p(prev), p(next)),
            f1(117, hp),
            f1(118, 0),
        ];
    }
}

/// Row of the label table for feature hash `h` of an arc in direction
/// `dir` (0: the head is to the right, left-arc; 1: right-arc).
#[inline(always)]
pub fn label_row(h: u64, dir: u64, bits: u32) -> u32 {
    ascribe_tagger::hash::bucket(mix(h, 0x4c41_4245_4c00 | dir), bits)
}

/// Row of the transition table for feature hash `h`.
#[inline(always)]
pub fn action_row(h: u64, bits: u32) -> u32 {
    ascribe_tagger::hash::bucket(h, bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decoder's split of the templates (per-word role sums plus the
    /// rest) must be exactly the trainer's set, in every configuration.
    #[test]
    fn role_and_rest_features_are_the_full_set() {
        let words = [
            "The", "mayor", ",", "who", "spoke", "``", "briefly", "''", ",", "said", "the", "plan",
            "would", "fail", ".",
        ];
        let tags = [
            "DT", "NN", ",", "WP", "VBD", "``", "RB", "''", ",", "VBD", "DT", "NN", "MD", "VB", ".",
        ];
        let mut t = Tokens::default();
        t.prepare(&words, &tags);
        for seed in 0..20u32 {
            let mut st = State::default();
            st.reset(words.len());
            let mut x = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
            let mut steps = 0;
            while st.b < st.n {
                let mut full = [0u64; NUM_FEATURES];
                st.features(&t, &mut full);
                let mut split = Vec::with_capacity(NUM_FEATURES);
                for (k, &i) in st.role_words().iter().enumerate() {
                    let hashes = role_features(&t, i as usize);
                    split.extend(
                        hashes
                            .iter()
                            .zip(&ROLE_OF)
                            .filter(|&(_, &r)| r == k)
                            .map(|(&h, _)| h),
                    );
                }
                let mut rest = [0u64; NUM_REST_FEATURES];
                st.rest_features(&t, &mut rest);
                split.extend_from_slice(&rest);
                let mut full = full.to_vec();
                full.sort_unstable();
                split.sort_unstable();
                assert_eq!(full, split, "seed {seed}, step {steps}");
                // Some allowed transition, pseudo-randomly.
                let valid = st.valid();
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let mut a = (x >> 16) as u8 % 4;
                while valid & (1 << a) == 0 {
                    a = (a + 1) % 4;
                }
                st.apply(a, (x >> 8) as u8 % 7);
                steps += 1;
            }
            assert!(steps >= words.len());
        }
    }
}

//! # ascribe-parser
//!
//! A fast dependency parser for English news, in pure Rust: greedy
//! arc-eager transitions chosen by an averaged perceptron over hashed
//! features, with a second perceptron for the dependency labels.
//!
//! **Should I use this crate?** Use it when you have sentences split into
//! Penn Treebank tokens with PTB part-of-speech tags (as `ascribe-text` and
//! `ascribe-tagger` produce) and want basic Stanford dependencies (`nsubj`,
//! `ccomp`, `dobj`...) at several hundred thousand words per second per
//! core. It was trained on CoreNLP's parses of the PolNeAR articles
//! ("silver" data), so it imitates CoreNLP: good on news, not better than
//! it, and only projective trees.
//!
//! ```no_run
//! use ascribe_parser::{ParseScratch, Parser};
//! # fn main() -> Result<(), ascribe_parser::ParserError> {
//! let parser = Parser::load("models/parser.bin".as_ref())?;
//! let words = ["Ada", "said", "she", "would", "come", "."];
//! let tags = ["NNP", "VBD", "PRP", "MD", "VB", "."];
//! let mut scratch = ParseScratch::default();
//! let (mut heads, mut labels) = (Vec::new(), Vec::new());
//! parser.parse(&words, &tags, &mut scratch, &mut heads, &mut labels);
//! for (i, (&h, &l)) in heads.iter().zip(&labels).enumerate() {
//!     let head = if h == u32::MAX { "ROOT" } else { words[h as usize] };
//!     println!("{} <-{}- {head}", words[i], parser.label_name(l));
//! }
//! # Ok(()) }
//! ```
//!
//! ## Themes
//!
//! * **Model**: [`Parser`] is immutable and `Send + Sync`, loaded from one
//!   versioned, checksummed file ([`format`](mod@format)); a bad file is a
//!   [`ParserError`], never a panic.
//! * **Speed**: a sentence of `n` words takes exactly `2n` transitions, each
//!   scored from 85 hashed features against a dense table of four `i8`
//!   per row (the file's `i16` weights, requantized at load); labels are
//!   scored only for the `n` arcs, against a dense `i8` table. Per-sentence buffers live in a reusable [`ParseScratch`], so the
//!   hot loop allocates nothing.
//! * **Robustness**: linear time and no recursion, so a 5,000-word
//!   "sentence" is as safe as a short one; the output is always one tree.
//!
//! ## Reading order
//!
//! `state.rs` (the transition system and the feature templates), then
//! [`Parser::parse`] here (decoding), [`format`](mod@format) (the file),
//! and `train.rs` (the oracle and the trainer). Measurements and the
//! choices they led to are in `MEASUREMENTS.md` beside `Cargo.toml`.
//!
//! ## Features
//!
//! * `train`: the gzip CoNLL-U reader, the trainer (`train` module) and the
//!   `train-parser` binary (adds `flate2`).

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod conllu;
mod dense;
mod error;
pub mod eval;
pub mod format;
mod state;
#[cfg(feature = "train")]
pub mod train;

use std::path::Path;

use ascribe_tagger::perceptron::{argmax, Scorer};

use dense::LabelTable;
pub use error::ParserError;
use format::Model;
use state::{
    action_row, label_row, role_features, State, TagInfo, Tokens, FEATURES_VERSION, LEFT,
    NUM_ACTIONS, NUM_FEATURES, NUM_LABEL_FEATURES, NUM_REST_FEATURES, NUM_ROLES, REDUCE, RIGHT,
    ROLE_OF, SHIFT,
};

/// Longest sentence parsed as a tree; longer input (billions of words,
/// more than fits in memory in practice) gets a flat analysis rather than
/// overflowing the `u32` word indices.
const MAX_WORDS: usize = (u32::MAX / 2) as usize;

/// Largest transition table accepted (it is dense in memory: 128 MB).
const MAX_ACTION_BITS: u32 = 24;

/// A dependency parser.
///
/// Immutable after loading, so one instance can be shared by all threads
/// (`Send + Sync`); per-sentence buffers live in a [`ParseScratch`].
#[derive(Clone)]
pub struct Parser {
    labels: Vec<String>,
    /// `2^action_bits` rows of the four transition weights, requantized to
    /// `i8` and packed (see [`pack_actions`]).
    actions: Vec<u32>,
    action_bits: u32,
    labeler: LabelTable,
    root: u8,
    /// Label of the forced attachments of the end game (`dep`).
    repair: u8,
}

impl std::fmt::Debug for Parser {
    /// A summary: the tables are megabytes of numbers.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parser")
            .field("labels", &self.labels)
            .field("action_rows", &self.actions.len())
            .field("label_weights", &self.labeler.nonzero())
            .finish_non_exhaustive()
    }
}

/// Reusable per-sentence buffers of [`Parser::parse`].
///
/// Keep one per thread and pass it to every call: after the first few
/// sentences it has grown to size and parsing allocates nothing.
#[derive(Debug, Default, Clone)]
pub struct ParseScratch {
    tokens: Tokens,
    state: State,
    feats: RestFeatures,
    /// Per word, the packed transition sums of its single-word templates
    /// in each role (see [`state::role_features`]).
    role_sums: Vec<[(u32, u32); NUM_ROLES]>,
    label_feats: LabelFeatures,
    label_rows: Vec<u32>,
}

/// The label feature hashes of one arc.
#[derive(Debug, Clone)]
struct LabelFeatures([u64; NUM_LABEL_FEATURES]);

impl Default for LabelFeatures {
    fn default() -> LabelFeatures {
        LabelFeatures([0; NUM_LABEL_FEATURES])
    }
}

/// The hashes of the templates of a configuration that read more than
/// one word.
#[derive(Debug, Clone)]
struct RestFeatures([u64; NUM_REST_FEATURES]);

impl Default for RestFeatures {
    fn default() -> RestFeatures {
        RestFeatures([0; NUM_REST_FEATURES])
    }
}

impl Parser {
    /// Parses a model file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ParserError> {
        Parser::from_model(Model::from_bytes(bytes)?)
    }

    /// Reads and parses a model file.
    pub fn load(path: &Path) -> Result<Parser, ParserError> {
        let bytes = std::fs::read(path).map_err(|source| ParserError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Parser::from_bytes(&bytes)
    }

    /// Wraps an already-parsed model, checking that its features are this
    /// build's.
    pub fn from_model(model: Model) -> Result<Parser, ParserError> {
        if model.feature_version != FEATURES_VERSION {
            return Err(ParserError::FeatureVersion {
                expected: FEATURES_VERSION,
                found: model.feature_version,
            });
        }
        let id = |name: &str| {
            model
                .labels
                .iter()
                .position(|l| l == name)
                .and_then(|i| u8::try_from(i).ok())
        };
        let root = id("root").ok_or_else(|| ParserError::Corrupt("no `root` label".into()))?;
        let repair = id("dep").unwrap_or(root);
        let action_bits = model.actions.bits();
        if action_bits > MAX_ACTION_BITS {
            // Dense in memory: 2^26 rows would be half a gigabyte.
            return Err(ParserError::Corrupt(format!(
                "transition table of 2^{action_bits} rows (at most 2^{MAX_ACTION_BITS})"
            )));
        }
        let mut dense = vec![[0i16; NUM_ACTIONS]; 1 << action_bits];
        for r in model.actions.nonempty_rows() {
            for (class, v) in model.actions.row(r) {
                if let Some(x) = dense
                    .get_mut(r as usize)
                    .and_then(|row| row.get_mut(usize::from(class)))
                {
                    *x = v;
                }
            }
        }
        let max = dense::max_abs(&model.actions);
        let actions = dense
            .iter()
            .map(|w| pack_actions(w.map(|v| dense::to_i8(v, max))))
            .collect();
        let labeler = LabelTable::new(&model.labeler).ok_or_else(|| {
            ParserError::Corrupt(format!(
                "label table of {} labels and 2^{} rows (at most {} and 2^{})",
                model.labeler.num_labels(),
                model.labeler.bits(),
                dense::MAX_LABELS,
                dense::MAX_LABEL_BITS
            ))
        })?;
        Ok(Parser {
            labels: model.labels,
            actions,
            action_bits,
            labeler,
            root,
            repair,
        })
    }

    /// Parses one sentence: `words` in Penn Treebank spelling (`` `` ``,
    /// `-LRB-`, `n't`...) and their PTB tags, as
    /// `ascribe_tagger::PosTagger::tag_name` gives them.
    ///
    /// Writes, for every word, the 0-based index of its head (`u32::MAX` for
    /// the root of the sentence) into `heads` and its label id (see
    /// [`label_name`](Parser::label_name)) into `labels`; both are cleared
    /// first. The result is always a single tree. Empty input gives empty
    /// output; if `tags` is shorter than `words` the missing tags count as
    /// unknown.
    pub fn parse(
        &self,
        words: &[&str],
        tags: &[&str],
        scratch: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<u8>,
    ) {
        let n = words.len();
        if self.trivial(n, heads, labels) {
            return;
        }
        scratch.tokens.prepare(words, tags);
        self.parse_prepared(n, scratch, heads, labels);
    }

    /// [`parse`](Parser::parse) with the tags as ids into `set` (say, the
    /// POS tagger's tag ids): the tag names are not hashed again for every
    /// word. An id outside `set`, or a missing one, counts as the empty tag.
    pub fn parse_ids(
        &self,
        words: &[&str],
        tags: &[u8],
        set: &TagSet,
        scratch: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<u8>,
    ) {
        let n = words.len();
        if self.trivial(n, heads, labels) {
            return;
        }
        scratch
            .tokens
            .prepare_with(words, |i| set.get(tags.get(i).copied()));
        self.parse_prepared(n, scratch, heads, labels);
    }

    /// Clears the outputs; fills them and returns `true` when `n` words
    /// need no decoding (none, or more than [`MAX_WORDS`]: a flat chain).
    fn trivial(&self, n: usize, heads: &mut Vec<u32>, labels: &mut Vec<u8>) -> bool {
        heads.clear();
        labels.clear();
        if n > MAX_WORDS {
            heads.push(u32::MAX);
            heads.extend((1..n).map(|i| i as u32 - 1));
            labels.push(self.root);
            labels.resize(n, self.repair);
        }
        n == 0 || n > MAX_WORDS
    }

    /// Decodes the `n` words whose attributes `scratch.tokens` holds.
    fn parse_prepared(
        &self,
        n: usize,
        scratch: &mut ParseScratch,
        heads: &mut Vec<u32>,
        labels: &mut Vec<u8>,
    ) {
        scratch.state.reset(n);
        self.decode(scratch);
        let st = &scratch.state;
        let root = n as u32;
        heads.extend(
            st.head[..n]
                .iter()
                .map(|&h| if h == root { u32::MAX } else { h }),
        );
        labels.extend_from_slice(&st.label[..n]);
    }

    /// The packed weights of transition row `h` (see [`pack_actions`]).
    #[inline(always)]
    fn action(&self, h: u64) -> u32 {
        self.actions
            .get(action_row(h, self.action_bits) as usize)
            .copied()
            .unwrap_or(PACKED_ZEROS)
    }

    /// Fills `s.role_sums` for the sentence prepared in `s`: the 31
    /// single-word templates of every word (root and nil included), summed
    /// per role. A transition then adds 13 of these instead of hashing and
    /// loading 31 rows; the sum of all 85 rows is the same integers.
    fn role_sums(&self, s: &mut ParseScratch) {
        let len = s.tokens.word.len();
        s.role_sums.clear();
        s.role_sums.resize(len, [(0, 0); NUM_ROLES]);
        for (i, sums) in s.role_sums.iter_mut().enumerate() {
            for (&h, &role) in role_features(&s.tokens, i).iter().zip(&ROLE_OF) {
                let w = self.action(h);
                if let Some(x) = sums.get_mut(role) {
                    x.0 += w & LANES_0_2;
                    x.1 += (w >> 8) & LANES_0_2;
                }
            }
        }
    }

    /// Runs the transitions of the sentence prepared in `s`.
    fn decode(&self, s: &mut ParseScratch) {
        let n = s.state.n;
        self.role_sums(s);
        loop {
            let st = &mut s.state;
            if st.b >= n {
                let (tokens, feats, rows) = (&s.tokens, &mut s.label_feats, &mut s.label_rows);
                let more = st.finish_step(self.root, |st, h, d| {
                    st.label_features(tokens, h, d, &mut feats.0);
                    self.best_label(&feats.0, 1, rows)
                });
                if more {
                    continue;
                }
                break;
            }
            let valid = st.valid();
            if valid == 1 << SHIFT {
                // Empty stack: nothing to decide.
                st.apply(SHIFT, 0);
                continue;
            }
            st.rest_features(&s.tokens, &mut s.feats.0);
            let (mut even, mut odd) = (0u32, 0u32);
            for (role, &word) in st.role_words().iter().enumerate() {
                if let Some(&(e, o)) = s.role_sums.get(word as usize).and_then(|r| r.get(role)) {
                    even += e;
                    odd += o;
                }
            }
            // Iterations are independent loads (only the two sums carry
            // over), so the CPU keeps many cache misses in flight.
            for &h in &s.feats.0 {
                let w = self.action(h);
                even += w & LANES_0_2;
                odd += (w >> 8) & LANES_0_2;
            }
            let scores = unpack_sums(even, odd);
            let action = best_valid(&scores, valid);
            let (b, s0) = (st.b, st.s0());
            let label = if action == LEFT {
                self.predict_label(s, b, s0, 0)
            } else if action == RIGHT {
                self.predict_label(s, s0, b, 1)
            } else {
                0
            };
            s.state.apply(action, label);
        }
    }

    /// The best non-root label for the arc `h → d` (`dir` 0 when the head
    /// is to the right).
    #[inline]
    fn predict_label(&self, s: &mut ParseScratch, h: u32, d: u32, dir: u64) -> u8 {
        s.state
            .label_features(&s.tokens, h, d, &mut s.label_feats.0);
        self.best_label(&s.label_feats.0, dir, &mut s.label_rows)
    }

    /// The best non-root label given label features.
    #[inline]
    fn best_label(&self, feats: &[u64; NUM_LABEL_FEATURES], dir: u64, rows: &mut Vec<u32>) -> u8 {
        let bits = self.labeler.bits();
        rows.clear();
        rows.extend(feats.iter().map(|&f| label_row(f, dir, bits)));
        let mut scores: dense::Scores = Default::default();
        self.labeler.scores(rows, &mut scores);
        // The first label with the highest score, never the root.
        let flat = scores.as_flattened_mut();
        if let Some(x) = flat.get_mut(usize::from(self.root)) {
            *x = i32::MIN;
        }
        let labels = self.labels.len().min(flat.len());
        argmax(&flat[..labels]) as u8
    }

    /// Name of label `id` (e.g. `"nsubj"`); `""` for an id the model does
    /// not have.
    pub fn label_name(&self, id: u8) -> &str {
        self.labels.get(usize::from(id)).map_or("", String::as_str)
    }

    /// Id of the label called `name`, if the model has it.
    pub fn label_id(&self, name: &str) -> Option<u8> {
        self.labels
            .iter()
            .position(|l| l == name)
            .and_then(|i| u8::try_from(i).ok())
    }

    /// Number of labels.
    pub fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// All label names, by id.
    pub fn label_names(&self) -> &[String] {
        &self.labels
    }
}

/// The parser's view of a tag set, by tag id: see [`Parser::parse_ids`].
#[derive(Debug, Clone)]
pub struct TagSet {
    tags: Vec<TagInfo>,
    empty: TagInfo,
}

impl TagSet {
    /// The set whose tag `id` is called `names[id]`.
    pub fn new<S: AsRef<str>>(names: &[S]) -> TagSet {
        TagSet {
            tags: names.iter().map(|t| TagInfo::of(t.as_ref())).collect(),
            empty: TagInfo::of(""),
        }
    }

    fn get(&self, id: Option<u8>) -> TagInfo {
        id.and_then(|id| self.tags.get(usize::from(id)))
            .copied()
            .unwrap_or(self.empty)
    }
}

/// Four `i8` transition weights as one word: each lane biased by 2^7 to
/// an unsigned byte. Summing the even lanes (0, 2) and the odd lanes (1, 3)
/// of many such words in two accumulators widens every lane to 16 bits, so
/// a row costs a few integer operations instead of four separate
/// sign-extending additions. Exact for up to 257 rows (257 × 255 < 2^16).
///
/// Four bytes a row make the 2^18-row table 1 MB, half of what `i16`
/// weights took: the transition loads are most of the parser's time.
fn pack_actions(w: [i8; NUM_ACTIONS]) -> u32 {
    w.iter().enumerate().fold(0u32, |acc, (a, &v)| {
        acc | u32::from((i16::from(v) + 0x80) as u8) << (8 * a)
    })
}

/// The packed form of a row of zeros (what a missing row adds).
const PACKED_ZEROS: u32 = 0x8080_8080;

/// Lanes 0 and 2 of a packed word, each in its own 16-bit half.
const LANES_0_2: u32 = 0x00ff_00ff;

const _: () = assert!(NUM_FEATURES * 255 < 1 << 16, "lane sums would overflow");

/// The four scores from the accumulators of [`NUM_FEATURES`] packed rows.
#[inline(always)]
fn unpack_sums(even: u32, odd: u32) -> [i32; NUM_ACTIONS] {
    let bias = NUM_FEATURES as i32 * 0x80;
    let lane = |acc: u32, half: u32| ((acc >> half) & 0xffff) as i32 - bias;
    [lane(even, 0), lane(odd, 0), lane(even, 16), lane(odd, 16)]
}

/// The highest-scoring transition among those in the `valid` mask (lowest
/// id on ties; shift when the mask is empty).
#[inline(always)]
pub(crate) fn best_valid(scores: &[i32; NUM_ACTIONS], valid: u8) -> u8 {
    let mut best = SHIFT;
    let mut best_score = i32::MIN;
    for a in [SHIFT, REDUCE, LEFT, RIGHT] {
        if valid & (1 << a) != 0 && scores[usize::from(a)] > best_score {
            best = a;
            best_score = scores[usize::from(a)];
        }
    }
    best
}

/// Compile-time check that the parser can be shared across threads.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Parser>();
};

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe_tagger::perceptron::Trainer;

    fn model(feature_version: u32, labels: &[&str]) -> Model {
        Model {
            feature_version,
            labels: labels.iter().map(|l| l.to_string()).collect(),
            actions: Trainer::new(NUM_ACTIONS, 4).quantize(0),
            labeler: Trainer::new(labels.len(), 4).quantize(0),
        }
    }

    #[test]
    fn tag_ids_parse_like_tag_names() {
        let p = Parser::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/parser.bin"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let names = ["NNP", "VBD", "PRP", "MD", "VB", ",", "``", "''", "."];
        let set = TagSet::new(&names);
        let words = [
            "Ada", "said", ",", "``", "she", "would", "come", "''", "Lee", ".",
        ];
        // Last id out of the set: an unknown tag, as a missing one is.
        let ids = [0u8, 1, 5, 6, 2, 3, 4, 7, 0, 200];
        let tags: Vec<&str> = ids
            .iter()
            .map(|&i| names.get(usize::from(i)).copied().unwrap_or(""))
            .collect();
        let mut s = ParseScratch::default();
        let (mut h1, mut l1, mut h2, mut l2) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        p.parse(&words, &tags, &mut s, &mut h1, &mut l1);
        p.parse_ids(&words, &ids, &set, &mut s, &mut h2, &mut l2);
        assert_eq!((&h1, &l1), (&h2, &l2));
        // Fewer ids than words: the rest count as missing, like names.
        p.parse(&words, &tags[..4], &mut s, &mut h1, &mut l1);
        p.parse_ids(&words, &ids[..4], &set, &mut s, &mut h2, &mut l2);
        assert_eq!((&h1, &l1), (&h2, &l2));
        assert_eq!(h2.len(), words.len());
    }

    #[test]
    fn packed_action_sums_equal_plain_sums() {
        let rows = [
            [i8::MIN + 1, i8::MAX, 0, -1],
            [i8::MAX, i8::MAX, i8::MAX, 5],
            [0, 0, 0, 0],
            [-100, 12, 7, i8::MIN],
        ];
        // NUM_FEATURES rows cycling through the extremes above.
        let (mut even, mut odd) = (0u32, 0u32);
        let mut plain = [0i32; NUM_ACTIONS];
        for k in 0..NUM_FEATURES {
            let row = rows[k % rows.len()];
            let w = pack_actions(row);
            even += w & LANES_0_2;
            odd += (w >> 8) & LANES_0_2;
            for a in 0..NUM_ACTIONS {
                plain[a] += i32::from(row[a]);
            }
        }
        assert_eq!(unpack_sums(even, odd), plain);
        assert_eq!(pack_actions([0; NUM_ACTIONS]), PACKED_ZEROS);
        // All rows at the top of the range: the lanes must not carry over.
        let (mut even, mut odd) = (0u32, 0u32);
        for _ in 0..NUM_FEATURES {
            let w = pack_actions([i8::MAX; NUM_ACTIONS]);
            even += w & LANES_0_2;
            odd += (w >> 8) & LANES_0_2;
        }
        assert_eq!(unpack_sums(even, odd), [NUM_FEATURES as i32 * 127; 4]);
    }

    #[test]
    fn other_feature_versions_are_refused() {
        let m = model(FEATURES_VERSION + 1, &["dep", "root"]);
        let r = Parser::from_bytes(&m.to_bytes());
        assert!(
            matches!(r, Err(ParserError::FeatureVersion { found, .. }) if found == FEATURES_VERSION + 1),
            "{r:?}"
        );
    }

    #[test]
    fn an_untrained_model_still_gives_one_tree() {
        // All weights zero: every decision is a tie. The output must still
        // be a single tree over all words, with root-labelled root only.
        let p = match Parser::from_model(model(FEATURES_VERSION, &["dep", "nsubj", "root"])) {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        };
        let words = ["a", "b", "c", "d", "e"];
        let mut s = ParseScratch::default();
        let (mut heads, mut labels) = (Vec::new(), Vec::new());
        p.parse(&words, &["X"; 5], &mut s, &mut heads, &mut labels);
        assert_eq!(heads.iter().filter(|&&h| h == u32::MAX).count(), 1);
        for (i, (&h, &l)) in heads.iter().zip(&labels).enumerate() {
            assert_eq!(h == u32::MAX, p.label_name(l) == "root", "word {i}");
            assert!(h == u32::MAX || (h as usize) < words.len());
        }
    }
}

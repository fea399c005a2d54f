//! # ascribe-tagger
//!
//! Part-of-speech and named-entity taggers for English news, in pure Rust
//! with no dependencies at inference time.
//!
//! **Should I use this crate?** Use it when you have sentences already split
//! into Penn Treebank tokens (as `ascribe-text` produces) and want PTB tags
//! and PERSON / ORGANIZATION / LOCATION / MISC entities quickly. Both taggers
//! were trained on CoreNLP's output for the PolNeAR articles ("silver" data),
//! so they imitate CoreNLP: good on news, not better than it.
//!
//! ```no_run
//! use ascribe_tagger::{NerTagger, PosTagger};
//! # fn main() -> Result<(), ascribe_tagger::TaggerError> {
//! let pos = PosTagger::load("models/pos.bin".as_ref())?;
//! let ner = NerTagger::load("models/ner.bin".as_ref())?;
//! let words = ["Ada", "Lee", "joined", "Acme", "Corp.", "in", "Ohio", "."];
//! let (mut tags, mut labels) = (Vec::new(), Vec::new());
//! pos.tag(&words, &mut tags);
//! ner.tag(&words, &tags, &pos, &mut labels);
//! for e in ner.entities(&labels) {
//!     println!("{} {:?}", e.kind, &words[e.start..e.end]);
//! }
//! # Ok(()) }
//! ```
//!
//! ## Themes
//!
//! * **Models** are [`PosTagger`] and [`NerTagger`]: immutable, `Send + Sync`,
//!   loaded from one versioned, checksummed file each ([`format`](mod@format)); a bad
//!   file is a [`TaggerError`], never a panic.
//! * **Speed**: features are hashed ([`hash`], [`features`]) to rows of
//!   quantized `i16` weights ([`perceptron::Weights`]); per-sentence buffers
//!   live in a reusable [`Scratch`], so the hot loop allocates nothing.
//! * **Reuse**: [`perceptron`] is a generic averaged-perceptron trainer over
//!   hashed features with quantized export, for any greedy sequence labeller.
//!
//! ## The committed models
//!
//! Trained by `train-taggers` (see its docs) on the PolNeAR silver train
//! split, measured on the silver dev split (74k tokens, 4.6k entities):
//!
//! | model | file | dev score |
//! | --- | --- | --- |
//! | POS, 45 PTB tags | `models/pos.bin`, 2.0 MB | 98.18% token accuracy |
//! | NER, BIO × 4 types | `models/ner.bin`, 1.5 MB | 86.05 entity F1 (exact span): PER 90.1, ORG 76.2, LOC 89.0, MISC 83.4 |
//!
//! Silver means the reference is CoreNLP's output, not human annotation: the
//! scores say how closely the taggers reproduce CoreNLP.
//!
//! ## Reading order
//!
//! [`hash`] (stable FxHash-style hashing) → [`features`] (what the taggers
//! look at) → [`perceptron`] (weights, scoring, training) → [`lexicon`]
//! (words tagged by lookup) → [`pos`] and [`ner`] (decoding) →
//! [`format`](mod@format) (the file, in the [`container`] the parser shares).
//! With the `train` feature: `conllu`
//! (data), `eval` (metrics), `train` (training loops).
//!
//! ## Features
//!
//! * `train`: the CoNLL-U reader, evaluation, the trainers and the
//!   `train-taggers` binary (adds `flate2` to read the gzip data).

#![warn(missing_docs)]
#![forbid(unsafe_code)]

#[cfg(any(feature = "train", test))]
pub mod conllu;
pub mod container;
mod error;
#[cfg(any(feature = "train", test))]
pub mod eval;
pub mod features;
pub mod format;
pub mod hash;
pub mod lexicon;
pub mod ner;
pub mod perceptron;
pub mod pos;
#[cfg(feature = "train")]
pub mod train;

#[cfg(test)]
mod tests;

use std::cell::RefCell;

pub use error::TaggerError;
pub use features::Scratch;
pub use ner::{Entity, EntityType, NerTagger};
pub use pos::PosTagger;

thread_local! {
    /// Scratch of the convenience `tag` methods, one per thread.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::new());
}

/// Runs `f` with this thread's scratch buffer, or a fresh one if it is
/// unavailable (re-entrant use, or during thread teardown).
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    let mut f = Some(f);
    let mut result = None;
    let _ = SCRATCH.try_with(|cell| {
        if let Ok(mut s) = cell.try_borrow_mut() {
            if let Some(f) = f.take() {
                result = Some(f(&mut s));
            }
        }
    });
    match (result, f) {
        (Some(r), _) => r,
        (None, Some(f)) => f(&mut Scratch::new()),
        // `f` was taken only when it ran and set `result`.
        (None, None) => unreachable!("scratch closure ran without a result"),
    }
}

/// Compile-time check that the taggers can be shared across threads.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<PosTagger>();
    send_sync::<NerTagger>();
};

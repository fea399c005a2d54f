//! Cue lexicon (filled in below).

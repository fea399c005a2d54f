//! Taggers (placeholder until the tagger lands).

//! Tests against the committed models and the silver dev data.

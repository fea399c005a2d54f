//! The `Extractor`: built once, shared across threads, one `extract` per document.

use crate::assemble;
use crate::learned::features::TokenFacts;
use crate::learned::{AttributionModel, Buffers, Recall};
use crate::pipeline::Annotator;
use crate::rules;
use crate::{Analysis, Document, Error};
use ascribe_text::Layout;
use std::sync::Arc;

/// The shipped attribution model, compiled in so a clone works offline.
const BUILTIN_MODEL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/attribution.bin"
));

/// Settings of an [`Extractor`].
#[derive(Debug, Clone)]
pub struct Options {
    /// Documents larger than this many bytes are rejected with [`Error::TooLarge`].
    pub max_bytes: usize,
    /// Precision/recall setting of the learned model (no effect on the rules).
    pub recall: Recall,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            // Far above any article (a 10 MB one must still pass), and it
            // bounds memory: the model's peak grows by about 500 bytes per
            // token (bench/limits/results.tsv: 5 MB of words, 373 MB).
            max_bytes: 20 * 1024 * 1024,
            recall: Recall::default(),
        }
    }
}

/// Finds attributions in documents. Immutable after construction, so one
/// instance can serve all threads (`Send + Sync`).
#[derive(Debug, Clone)]
pub struct Extractor {
    options: Options,
    /// `None`: rules only.
    model: Option<Arc<AttributionModel>>,
    annotator: Arc<Annotator>,
}

impl Extractor {
    /// The rule-based extractor (no model files needed).
    pub fn rules_only() -> Extractor {
        Extractor {
            options: Options::default(),
            model: None,
            annotator: Arc::new(Annotator::none()),
        }
    }

    /// The default extractor: the learned model built into the library
    /// (`models/attribution.bin`, retrained with `ascribe train`).
    pub fn new() -> Result<Extractor, Error> {
        Extractor::from_model_bytes(BUILTIN_MODEL, "built-in")
    }

    /// An extractor using the model file at `path`.
    pub fn from_model_file(path: &std::path::Path) -> Result<Extractor, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        Extractor::from_model_bytes(&bytes, &path.display().to_string())
    }

    /// An extractor using a model given as bytes; `what` names it in errors.
    pub fn from_model_bytes(bytes: &[u8], what: &str) -> Result<Extractor, Error> {
        let model = AttributionModel::from_bytes(bytes).map_err(|e| Error::Model {
            what: what.to_string(),
            reason: e.0,
        })?;
        Extractor::with_model(model)
    }

    /// An extractor around an already-built model, with the built-in taggers.
    pub fn with_model(model: AttributionModel) -> Result<Extractor, Error> {
        Ok(Extractor {
            model: Some(Arc::new(model)),
            annotator: Arc::new(Annotator::builtin()?),
            ..Extractor::rules_only()
        })
    }

    /// Whether a learned model is in use.
    pub fn is_learned(&self) -> bool {
        self.model.is_some()
    }

    /// Replaces the options.
    pub fn with_options(mut self, options: Options) -> Extractor {
        if let Some(model) = &mut self.model {
            if options.recall != self.options.recall {
                // Copies the model once if another extractor shares it.
                Arc::make_mut(model).set_recall(options.recall);
            }
        }
        self.options = options;
        self
    }

    /// The options in use.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyses one document.
    pub fn extract(&self, doc: &Document) -> Result<Analysis, Error> {
        if doc.text.len() > self.options.max_bytes {
            return Err(Error::TooLarge {
                size: doc.text.len(),
                limit: self.options.max_bytes,
            });
        }
        let layout = Layout::new(&doc.text);
        let proposals = match &self.model {
            None => rules::propose(&layout),
            Some(model) => {
                let tags = self.annotator.tag(&layout);
                let ruled = crate::rules::propose(&layout);
                let facts = TokenFacts::new(&layout, &tags, &ruled);
                let mut buf = Buffers::default();
                // Rule attributions are weighed with the model's (see
                // `AttributionModel::propose`).
                let mut all = model.propose(&layout, &facts, &ruled, &mut buf);
                crate::learned::subject::complete_sources(&layout, &facts, &mut all);
                crate::learned::continued::extend_continued_quotes(&layout, &mut all);
                all
            }
        };
        let attributions = assemble::assemble(&layout, doc, proposals);
        Ok(Analysis {
            id: doc.id.clone().unwrap_or_default(),
            attributions,
            errors: Vec::new(),
            boilerplate: crate::enrich::boilerplate::find(&layout),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
    }

    #[test]
    fn oversized_document_is_an_error() {
        let ex = Extractor::rules_only().with_options(Options {
            max_bytes: 10,
            ..Options::default()
        });
        let err = ex.extract(&Document::new("x".repeat(11))).unwrap_err();
        assert!(matches!(
            err,
            Error::TooLarge {
                size: 11,
                limit: 10
            }
        ));
    }

    /// A recall setting changes what the model finds, not what it is: the
    /// bytes written are the trained model's, and going back to `Balanced`
    /// gives the trained behaviour again.
    #[test]
    fn recall_setting_leaves_the_trained_model_intact() {
        let balanced = Extractor::new().expect("built-in model");
        let highest = balanced.clone().with_options(Options {
            recall: Recall::Highest,
            ..Options::default()
        });
        let back = highest.clone().with_options(Options::default());
        let bytes = |e: &Extractor| e.model.as_ref().map(|m| m.to_bytes());
        assert_eq!(bytes(&balanced), bytes(&highest));
        // The project's own example article.
        let doc = Document::new(include_str!("../../../examples/council-vote.txt"));
        let count = |e: &Extractor| e.extract(&doc).expect("extracts").attributions.len();
        assert!(
            count(&highest) > count(&balanced),
            "{} vs {}",
            count(&highest),
            count(&balanced)
        );
        assert_eq!(
            serde_json::to_string(&balanced.extract(&doc).expect("extracts").attributions)
                .expect("json"),
            serde_json::to_string(&back.extract(&doc).expect("extracts").attributions)
                .expect("json"),
        );
    }
}

//! Python bindings of ascribe: `ascribe._ascribe`, wrapped by the pure-Python
//! package `ascribe` (python/ascribe). Results are the output contract's JSON
//! as Python objects (dicts, lists, str, int, float, None).
//!
//! Batch work releases the GIL and runs on a rayon pool owned by this module.
//! The pool is keyed by process id: after `fork` (PySpark forks its Python
//! workers) the child never touches the parent's pool, whose threads do not
//! exist there, but builds its own on first use.

use ascribe::{Analysis, Document, Extractor as Inner};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;
use serde_json::Value;
use std::sync::{Arc, Mutex, OnceLock};

/// Pools by thread count (0 = all cores).
type Pools = Vec<(usize, Arc<rayon::ThreadPool>)>;

/// The pools of the process whose id is kept with them.
static POOLS: Mutex<Option<(u32, Pools)>> = Mutex::new(None);

fn pool(threads: Option<usize>) -> PyResult<Arc<rayon::ThreadPool>> {
    let n = threads.unwrap_or(0);
    let pid = std::process::id();
    let mut guard = POOLS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if guard.as_ref().is_some_and(|(owner, _)| *owner != pid) {
        // Inherited through fork: the pools' threads are not in this
        // process. Leak them (dropping would wait for threads that never run).
        if let Some((_, pools)) = guard.take() {
            std::mem::forget(pools);
        }
    }
    let (_, pools) = guard.get_or_insert_with(|| (pid, Vec::new()));
    if let Some((_, p)) = pools.iter().find(|(k, _)| *k == n) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("ascribe-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start worker threads: {e}")))?;
    let p = Arc::new(p);
    pools.push((n, p.clone()));
    Ok(p)
}

/// Forgets the pools; called in the child after `os.fork()` (belt and braces
/// with the process-id check).
#[pyfunction]
fn _after_fork() {
    if let Ok(mut guard) = POOLS.try_lock() {
        if let Some((_, pools)) = guard.take() {
            std::mem::forget(pools);
        }
    }
}

fn to_py(py: Python<'_>, value: &Value) -> PyResult<PyObject> {
    Ok(match value {
        Value::Null => py.None(),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any().unbind()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any().unbind()
            } else {
                n.as_f64()
                    .unwrap_or(f64::NAN)
                    .into_pyobject(py)?
                    .into_any()
                    .unbind()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any().unbind(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any().unbind()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any().unbind()
        }
    })
}

/// The contract record of an analysis. `confidence` goes through its
/// shortest decimal form, so Python sees 0.93, not 0.9300000071525574.
fn record(py: Python<'_>, analysis: &Analysis) -> PyResult<PyObject> {
    // Through text, as the CLI writes it: f32 confidences keep their short form.
    let json = serde_json::to_string(analysis).map_err(|e| PyValueError::new_err(e.to_string()))?;
    let value: Value =
        serde_json::from_str(&json).map_err(|e| PyValueError::new_err(e.to_string()))?;
    to_py(py, &value)
}

fn run_one(extractor: &Inner, doc: &Document) -> Analysis {
    let id = doc.id.clone().unwrap_or_default();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(doc))) {
        Ok(Ok(mut analysis)) => {
            analysis.id = id;
            analysis
        }
        Ok(Err(e)) => Analysis {
            id,
            attributions: Vec::new(),
            errors: vec![e.to_string()],
            boilerplate: Vec::new(),
        },
        Err(_) => Analysis {
            id,
            attributions: Vec::new(),
            errors: vec!["internal error: the extractor panicked".into()],
            boilerplate: Vec::new(),
        },
    }
}

fn opt_str(dict: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<String>> {
    match dict.get_item(key)? {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(v.extract::<String>().map_err(|_| {
            PyTypeError::new_err(format!("document field {key:?} must be a str or None"))
        })?)),
    }
}

/// A document from a str, or from a dict with "text" and optional "id",
/// "published", "outlet", "url", "title", "author".
fn document(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Document> {
    if let Ok(s) = item.downcast::<PyString>() {
        return Ok(Document::new(s.to_cow()?.into_owned()));
    }
    let dict = item.downcast::<PyDict>().map_err(|_| {
        PyTypeError::new_err(format!(
            "item {index}: expected a str or a dict with \"text\""
        ))
    })?;
    let text = opt_str(dict, "text")?
        .ok_or_else(|| PyTypeError::new_err(format!("item {index}: no \"text\"")))?;
    let id = match dict.get_item("id")? {
        Some(v) if !v.is_none() => Some(v.str()?.to_cow()?.into_owned()),
        _ => None,
    };
    Ok(Document {
        id,
        text,
        title: opt_str(dict, "title")?,
        outlet: opt_str(dict, "outlet")?,
        url: opt_str(dict, "url")?,
        published: opt_str(dict, "published")?,
        author: opt_str(dict, "author")?,
    })
}

/// A reusable extractor. Immutable and thread-safe; build it once per process.
#[pyclass(module = "ascribe._ascribe", frozen)]
struct Extractor {
    inner: Arc<Inner>,
}

#[pymethods]
impl Extractor {
    /// `Extractor()` uses the built-in model; `model_path` a trained model
    /// file; `rules_only=True` the rule-based extractor. `recall` is
    /// "balanced" (default), "high" or "highest": more attributions found,
    /// more of them wrong (learned model only).
    #[new]
    #[pyo3(signature = (model_path=None, rules_only=false, recall="balanced"))]
    fn new(
        py: Python<'_>,
        model_path: Option<std::path::PathBuf>,
        rules_only: bool,
        recall: &str,
    ) -> PyResult<Self> {
        let recall = ascribe::Recall::from_name(recall).ok_or_else(|| {
            let names: Vec<&str> = ascribe::Recall::ALL.iter().map(|r| r.as_str()).collect();
            PyValueError::new_err(format!(
                "recall must be one of {names:?}, not {recall:?}"
            ))
        })?;
        if rules_only && recall != ascribe::Recall::Balanced {
            return Err(PyValueError::new_err(
                "recall applies to the learned model, not rules_only",
            ));
        }
        let inner = py.allow_threads(|| -> Result<Inner, ascribe::Error> {
            if rules_only {
                Ok(Inner::rules_only())
            } else if let Some(path) = &model_path {
                Inner::from_model_file(path)
            } else {
                Inner::new()
            }
        });
        let inner = inner.map_err(|e| PyValueError::new_err(e.to_string()))?;
        let options = ascribe::Options {
            recall,
            ..inner.options().clone()
        };
        let inner = inner.with_options(options);
        Ok(Extractor {
            inner: Arc::new(inner),
        })
    }

    /// Analyses one text; returns the contract record as a dict.
    #[pyo3(signature = (text, published=None, outlet=None, id=None, title=None, url=None))]
    #[allow(clippy::too_many_arguments)]
    fn extract(
        &self,
        py: Python<'_>,
        text: String,
        published: Option<String>,
        outlet: Option<String>,
        id: Option<String>,
        title: Option<String>,
        url: Option<String>,
    ) -> PyResult<PyObject> {
        let doc = Document {
            id,
            text,
            title,
            outlet,
            url,
            published,
            author: None,
        };
        let inner = self.inner.clone();
        let analysis = py.allow_threads(move || run_one(&inner, &doc));
        record(py, &analysis)
    }

    /// Analyses many documents in parallel, without the GIL. Items are str
    /// or dicts with "text" (and optional "id", "published", "outlet",
    /// "url", "title", "author"); `published` applies to items that give none. Returns
    /// one record per item, in order; a failed document is a record with
    /// "errors", the batch goes on.
    #[pyo3(signature = (texts, threads=None, published=None))]
    fn extract_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        published: Option<String>,
    ) -> PyResult<PyObject> {
        let mut docs = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            let mut doc = document(&item?, i)?;
            if doc.published.is_none() {
                doc.published = published.clone();
            }
            docs.push(doc);
        }
        let pool = pool(threads)?;
        let inner = self.inner.clone();
        let analyses: Vec<Analysis> = py.allow_threads(move || {
            pool.install(|| docs.par_iter().map(|d| run_one(&inner, d)).collect())
        });
        let list = PyList::empty(py);
        for analysis in &analyses {
            list.append(record(py, analysis)?)?;
        }
        Ok(list.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        format!("Extractor(learned={})", self.inner.is_learned())
    }
}

/// The shared default extractor of the module-level functions.
fn default_extractor(py: Python<'_>) -> PyResult<Arc<Inner>> {
    static DEFAULT: OnceLock<Arc<Inner>> = OnceLock::new();
    if let Some(e) = DEFAULT.get() {
        return Ok(e.clone());
    }
    let built = py
        .allow_threads(Inner::new)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(DEFAULT.get_or_init(|| Arc::new(built)).clone())
}

#[pyfunction]
#[pyo3(signature = (text, published=None, outlet=None, id=None, title=None, url=None))]
fn extract(
    py: Python<'_>,
    text: String,
    published: Option<String>,
    outlet: Option<String>,
    id: Option<String>,
    title: Option<String>,
    url: Option<String>,
) -> PyResult<PyObject> {
    let ex = Extractor {
        inner: default_extractor(py)?,
    };
    ex.extract(py, text, published, outlet, id, title, url)
}

#[pyfunction]
#[pyo3(signature = (texts, threads=None, published=None))]
fn extract_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    published: Option<String>,
) -> PyResult<PyObject> {
    let ex = Extractor {
        inner: default_extractor(py)?,
    };
    ex.extract_batch(py, texts, threads, published)
}

fn doc_dict(py: Python<'_>, doc: ascribe_ingest::Doc) -> PyResult<PyObject> {
    let d = PyDict::new(py);
    d.set_item("id", doc.id)?;
    d.set_item("text", doc.text)?;
    d.set_item("title", doc.title)?;
    d.set_item("outlet", doc.outlet)?;
    d.set_item("url", doc.url)?;
    d.set_item("published", doc.published)?;
    d.set_item("errors", doc.warnings)?;
    Ok(d.into_any().unbind())
}

/// The main text and metadata of an HTML page (bytes or str), as a dict
/// with "id", "text", "title", "outlet", "url", "published", "errors".
#[pyfunction]
#[pyo3(signature = (html, id=None, url=None))]
fn read_html(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    id: Option<String>,
    url: Option<String>,
) -> PyResult<PyObject> {
    let bytes: Vec<u8> = if let Ok(s) = html.downcast::<PyString>() {
        s.to_cow()?.as_bytes().to_vec()
    } else {
        html.extract::<Vec<u8>>()
            .map_err(|_| PyTypeError::new_err("html must be str or bytes"))?
    };
    let charset = html.downcast::<PyString>().is_ok().then_some("utf-8");
    let doc = py.allow_threads(move || {
        ascribe_ingest::Doc::from_html(
            id.unwrap_or_default(),
            &bytes,
            charset,
            url.as_deref(),
            None,
        )
    });
    doc_dict(py, doc)
}

/// Documents of a WARC/WARC.gz/WET file, streamed: iterate to get dicts like
/// `read_html`'s; records that cannot be read come as dicts with empty
/// "text" and the reason in "errors".
#[pyclass(module = "ascribe._ascribe")]
struct WarcReader {
    docs: Mutex<Option<ascribe_ingest::Documents>>,
    stem: String,
}

#[pymethods]
impl WarcReader {
    #[new]
    fn new(path: std::path::PathBuf) -> PyResult<Self> {
        let docs = ascribe_ingest::Documents::open(&path, ascribe_ingest::warc::Limits::default())
            .map_err(|e| {
                pyo3::exceptions::PyOSError::new_err(format!("{}: {e}", path.display()))
            })?;
        let stem = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(WarcReader {
            docs: Mutex::new(Some(docs)),
            stem,
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<PyObject>> {
        let taken = self.docs.lock().unwrap_or_else(|p| p.into_inner()).take();
        let Some(mut docs) = taken else {
            return Ok(None);
        };
        let (docs, item) = py.allow_threads(move || {
            let item = docs.next();
            (docs, item)
        });
        if item.is_some() {
            *self.docs.lock().unwrap_or_else(|p| p.into_inner()) = Some(docs);
        }
        match item {
            None => Ok(None),
            Some(Ok(doc)) => Ok(Some(doc_dict(py, doc)?)),
            Some(Err(e)) => {
                let id = if e.id.starts_with('@') {
                    format!("{}{}", self.stem, e.id)
                } else {
                    e.id.clone()
                };
                let doc = ascribe_ingest::Doc {
                    id,
                    warnings: vec![e.error.to_string()],
                    ..Default::default()
                };
                let d = doc_dict(py, doc)?;
                Ok(Some(d))
            }
        }
    }
}

#[pymodule]
fn _ascribe(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<WarcReader>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(read_html, m)?)?;
    m.add_function(wrap_pyfunction!(_after_fork, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

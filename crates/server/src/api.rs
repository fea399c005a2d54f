//! JSON handlers under `/api`.

use crate::corpus;
use crate::error::{content_type_json, ApiError};
use crate::State;
use ascribe::Document;
use ascribe_store::{Filters, SearchQuery, TraceQuery};
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, Path, Query, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

/// Marks around matched words in search snippets (STX/ETX: never in text).
pub const MARK_START: &str = "\u{2}";
/// End of a match.
pub const MARK_END: &str = "\u{3}";

/// Serializes `value` with `<`, `>` and `&` escaped as `\u003c`… so that the
/// body is inert even if some client sniffs it as HTML.
pub(crate) fn json_response(status: StatusCode, value: &impl Serialize) -> Response {
    match serde_json::to_string(value) {
        Ok(s) => {
            let mut out = String::with_capacity(s.len() + 16);
            for c in s.chars() {
                match c {
                    '<' => out.push_str("\\u003c"),
                    '>' => out.push_str("\\u003e"),
                    '&' => out.push_str("\\u0026"),
                    c => out.push(c),
                }
            }
            (status, [content_type_json()], out).into_response()
        }
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            [content_type_json()],
            format!(
                r#"{{"error":{{"code":"internal","message":"serialize: {}"}}}}"#,
                e
            )
            .replace('<', ""),
        )
            .into_response(),
    }
}

fn ok(value: &impl Serialize) -> Response {
    json_response(StatusCode::OK, value)
}

/// Runs blocking work (extraction, SQLite) off the async threads.
async fn blocking<R: Send + 'static>(
    f: impl FnOnce() -> Result<R, ApiError> + Send + 'static,
) -> Result<R, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::internal(format!("worker failed: {e}")))?
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
    version: &'static str,
    corpus: bool,
}

pub(crate) async fn health(axum::extract::State(st): axum::extract::State<State>) -> Response {
    ok(&Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
        corpus: st.corpus.is_some(),
    })
}

/// Body of `POST /api/extract`, and one document of `POST /api/documents`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractRequest {
    text: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    author: Option<String>,
}

impl ExtractRequest {
    fn into_document(self) -> Document {
        Document {
            id: self.id,
            text: self.text,
            title: self.title,
            outlet: self.outlet,
            url: self.url,
            published: self.published,
            author: self.author,
        }
    }
}

pub(crate) async fn extract(
    axum::extract::State(st): axum::extract::State<State>,
    body: Result<Json<ExtractRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(req) = body?;
    let doc = req.into_document();
    let analysis = blocking(move || {
        st.extractor.extract(&doc).map_err(|e| match e {
            ascribe::Error::TooLarge { .. } => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                e.to_string(),
            ),
            e => ApiError::internal(e.to_string()),
        })
    })
    .await?;
    Ok(ok(&analysis))
}

fn corpus_of(st: &State) -> Result<(), ApiError> {
    if st.corpus.is_some() {
        Ok(())
    } else {
        Err(ApiError::no_corpus())
    }
}

/// Runs `f` on a corpus connection in the blocking pool.
async fn with_corpus<R: Send + 'static>(
    st: State,
    f: impl FnOnce(&ascribe_store::Store) -> Result<R, ApiError> + Send + 'static,
) -> Result<R, ApiError> {
    corpus_of(&st)?;
    blocking(move || match &st.corpus {
        Some(c) => c.with(f),
        None => Err(ApiError::no_corpus()),
    })
    .await
}

/// Filters shared by search and speakers (no `serde(flatten)`: it breaks
/// typed fields in query strings).
#[derive(Debug, Default)]
struct FilterParams {
    speaker: Option<String>,
    outlet: Option<String>,
    since: Option<String>,
    until: Option<String>,
    kind: Option<String>,
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// `2017` → `2017-01-01` (or `-12-31` for an end bound); checks the shape.
fn date_bound(s: &str, end: bool) -> Result<String, ApiError> {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let out = match b.len() {
        4 if digits(0..4) => format!("{s}-{}", if end { "12-31" } else { "01-01" }),
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
            format!("{s}-{}", if end { "31" } else { "01" })
        }
        10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => {
            s.to_string()
        }
        _ => {
            return Err(ApiError::bad_request(format!(
                "bad date {s:?}: use YYYY, YYYY-MM or YYYY-MM-DD"
            )))
        }
    };
    Ok(out)
}

macro_rules! filters_of {
    ($p:expr) => {
        FilterParams {
            speaker: $p.speaker,
            outlet: $p.outlet,
            since: $p.since,
            until: $p.until,
            kind: $p.kind,
        }
    };
}

impl FilterParams {
    fn into_filters(self) -> Result<Filters, ApiError> {
        let kind = nonempty(self.kind);
        if let Some(k) = &kind {
            if !matches!(k.as_str(), "direct" | "indirect" | "mixed" | "social") {
                return Err(ApiError::bad_request(format!(
                    "bad kind {k:?}: use direct, indirect, mixed or social"
                )));
            }
        }
        Ok(Filters {
            speaker: nonempty(self.speaker),
            outlet: nonempty(self.outlet),
            since: nonempty(self.since)
                .map(|s| date_bound(&s, false))
                .transpose()?,
            until: nonempty(self.until)
                .map(|s| date_bound(&s, true))
                .transpose()?,
            kind,
        })
    }
}

/// Query string of `GET /api/search`.
#[derive(Debug, Deserialize)]
pub struct SearchParams {
    q: Option<String>,
    #[serde(default)]
    phrase: bool,
    limit: Option<usize>,
    speaker: Option<String>,
    outlet: Option<String>,
    since: Option<String>,
    until: Option<String>,
    kind: Option<String>,
}

const MAX_LIMIT: usize = 1000;

fn limit(n: Option<usize>, default: usize) -> Result<usize, ApiError> {
    match n.unwrap_or(default) {
        0 => Err(ApiError::bad_request("limit must be at least 1")),
        n if n > MAX_LIMIT => Err(ApiError::bad_request(format!(
            "limit is at most {MAX_LIMIT}"
        ))),
        n => Ok(n),
    }
}

#[derive(Serialize)]
struct Hits {
    hits: Vec<ascribe_store::Hit>,
}

pub(crate) async fn search(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(p) = params?;
    let q = SearchQuery {
        query: nonempty(p.q),
        phrase: p.phrase,
        filters: filters_of!(p).into_filters()?,
        limit: limit(p.limit, 20)?,
        highlight: (MARK_START.into(), MARK_END.into()),
    };
    let hits = with_corpus(st, move |s| Ok(s.search(&q)?)).await?;
    Ok(ok(&Hits { hits }))
}

/// Query string of `GET /api/speakers`.
#[derive(Debug, Deserialize)]
pub struct SpeakersParams {
    top: Option<usize>,
    speaker: Option<String>,
    outlet: Option<String>,
    since: Option<String>,
    until: Option<String>,
    kind: Option<String>,
}

#[derive(Serialize)]
struct Speakers {
    speakers: Vec<ascribe_store::SpeakerCount>,
}

pub(crate) async fn speakers(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<SpeakersParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(p) = params?;
    let filters = filters_of!(p).into_filters()?;
    let top = limit(p.top, 50)?;
    let speakers = with_corpus(st, move |s| Ok(s.speakers(&filters, top)?)).await?;
    Ok(ok(&Speakers { speakers }))
}

pub(crate) async fn speaker(
    axum::extract::State(st): axum::extract::State<State>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Response, ApiError> {
    let Path(id) = id?;
    let profile = with_corpus(st, move |s| {
        let Some(name) = corpus::speaker_name(s, id)? else {
            return Ok(None);
        };
        Ok(s.profiles(&name, 20)?.into_iter().find(|p| p.id == id))
    })
    .await?;
    match profile {
        Some(p) => Ok(ok(&p)),
        None => Err(ApiError::not_found(format!("no speaker {id}"))),
    }
}

pub(crate) async fn document(
    axum::extract::State(st): axum::extract::State<State>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let Path(id) = id?;
    let key = id.clone();
    let doc = with_corpus(st, move |s| corpus::document(s, &key)).await?;
    match doc {
        Some(d) => Ok(ok(&d)),
        None => Err(ApiError::not_found(format!("no document {id:?}"))),
    }
}

/// Query string of `GET /api/trace`.
#[derive(Debug, Deserialize)]
pub struct TraceParams {
    text: Option<String>,
    attribution: Option<i64>,
    min_similarity: Option<f64>,
    limit: Option<usize>,
}

pub(crate) async fn trace(
    axum::extract::State(st): axum::extract::State<State>,
    params: Result<Query<TraceParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(p) = params?;
    let text = nonempty(p.text);
    if text.is_none() && p.attribution.is_none() {
        return Err(ApiError::bad_request("give text or attribution"));
    }
    let min_similarity = p.min_similarity.unwrap_or(0.5);
    if !(0.0..=1.0).contains(&min_similarity) {
        return Err(ApiError::bad_request("min_similarity is between 0 and 1"));
    }
    let q = TraceQuery {
        text,
        attribution: p.attribution,
        min_similarity,
        limit: limit(p.limit, 200)?,
    };
    let trace = with_corpus(st, move |s| Ok(s.trace(&q)?)).await?;
    Ok(ok(&trace))
}

/// Whether `Authorization: Bearer <token>` matches.
fn authorized(headers: &HeaderMap, token: &crate::Token) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .map(HeaderValue::as_bytes)
        .and_then(|v| {
            let (scheme, rest) = v.split_at_checked(7)?;
            scheme.eq_ignore_ascii_case(b"bearer ").then_some(rest)
        })
        .is_some_and(|presented| token.matches(presented))
}

/// 401 with `WWW-Authenticate: Bearer`.
fn unauthorized() -> Response {
    let mut resp = ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "missing or wrong bearer token (Authorization: Bearer TOKEN)",
    )
    .into_response();
    resp.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    resp
}

/// Most documents in one `POST /api/documents` (the body limit applies too).
const MAX_DOCUMENTS: usize = 1000;

/// `{...one document...}` or `{"documents": [...]}` → documents with ids.
fn posted_documents(body: serde_json::Value) -> Result<Vec<Document>, ApiError> {
    let invalid = |m: String| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_request", m);
    let items = match body {
        serde_json::Value::Object(mut o) if o.contains_key("documents") => {
            if o.len() > 1 {
                return Err(invalid(
                    "give either one document or {\"documents\": [...]}, not both".into(),
                ));
            }
            match o.remove("documents") {
                Some(serde_json::Value::Array(a)) => a,
                _ => return Err(invalid("\"documents\" must be an array".into())),
            }
        }
        one => vec![one],
    };
    if items.is_empty() {
        return Err(invalid("no documents".into()));
    }
    if items.len() > MAX_DOCUMENTS {
        return Err(invalid(format!(
            "at most {MAX_DOCUMENTS} documents per request"
        )));
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let req: ExtractRequest =
                serde_json::from_value(v).map_err(|e| invalid(format!("document {i}: {e}")))?;
            let mut doc = req.into_document();
            match doc.id.as_deref().map(str::trim) {
                Some("") => return Err(invalid(format!("document {i}: empty id"))),
                Some(_) => {}
                None => doc.id = Some(crate::writer::default_id(&doc)),
            }
            Ok(doc)
        })
        .collect()
}

/// `POST /api/documents`: extract and store (only with a writer and its token).
pub(crate) async fn ingest(
    axum::extract::State(st): axum::extract::State<State>,
    req: Request,
) -> Result<Response, ApiError> {
    let Some(writer) = &st.writer else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "ingest_disabled",
            "writing documents is off: start the server with --allow-ingest",
        ));
    };
    // Before the body is read: strangers don't get to make us buffer it.
    if !authorized(req.headers(), &writer.token) {
        return Ok(unauthorized());
    }
    let Json(body) = Json::<serde_json::Value>::from_request(req, &()).await?;
    let docs = posted_documents(body)?;
    let reply = blocking(move || {
        let ids: Vec<&str> = docs.iter().filter_map(|d| d.id.as_deref()).collect();
        let stored = match &st.corpus {
            Some(c) => c.with(|s| s.stored_hashes(&ids))?,
            None => Default::default(),
        };
        match &st.writer {
            Some(w) => crate::writer::ingest(&st.extractor, &stored, w, docs),
            None => Err(ApiError::internal("the corpus writer is gone")),
        }
    })
    .await?;
    Ok(ok(&reply))
}

pub(crate) async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint")
}

pub(crate) async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "method not allowed",
    )
}

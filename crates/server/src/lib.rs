//! # ascribe-server
//!
//! HTTP API and web UI for ascribe in one binary: `POST /api/extract` runs
//! the extractor on a pasted article, and, when a corpus database is given,
//! `/api/search`, `/api/speakers`, `/api/documents/{id}` and `/api/trace`
//! read it through [`ascribe_store`]. The pages are static assets compiled
//! into the binary (no CDN, no framework); they build the DOM with
//! `textContent` only, so article text is never parsed as HTML.
//!
//! Defaults are conservative: bind 127.0.0.1, read-only, bodies up to 5 MB,
//! 30 s per request. Use [`router`] to embed the app, [`serve`] to run it.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod api;
mod assets;
mod corpus;
mod error;

pub use corpus::Corpus;
pub use error::{ApiError, Error};

use ascribe::Extractor;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Server settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to bind (default 127.0.0.1:8080).
    pub addr: SocketAddr,
    /// Corpus database; corpus endpoints answer 404 `no_corpus` without one.
    pub db: Option<PathBuf>,
    /// Largest request body in bytes (default 5 MB).
    pub max_body: usize,
    /// Longest time a request may take (default 30 s).
    pub timeout: Duration,
    /// Read connections to the corpus database (default 4).
    pub connections: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            db: None,
            max_body: 5 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            connections: 4,
        }
    }
}

/// What handlers share.
pub(crate) struct AppState {
    pub extractor: Extractor,
    pub corpus: Option<Corpus>,
}

pub(crate) type State = Arc<AppState>;

/// The application: API, pages and assets, with the body limit, the request
/// timeout and security headers applied.
pub fn router(extractor: Extractor, corpus: Option<Corpus>, config: &Config) -> Router {
    let state: State = Arc::new(AppState { extractor, corpus });
    let timeout = config.timeout;
    let api = Router::new()
        .route("/api/health", get(api::health))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/api/extract", post(api::extract))
        .route("/api/search", get(api::search))
        .route("/api/speakers", get(api::speakers))
        .route("/api/speakers/{id}", get(api::speaker))
        .route("/api/documents/{id}", get(api::document))
        .route("/api/trace", get(api::trace))
        .route("/api/{*rest}", axum::routing::any(api::not_found));
    let pages = Router::new()
        .route("/", get(assets::page))
        .route("/search", get(assets::page))
        .route("/speakers", get(assets::page))
        .route("/speakers/{id}", get(assets::page))
        .route("/documents/{id}", get(assets::page))
        .route("/trace", get(assets::page))
        .route("/assets/{name}", get(assets::asset));
    api.merge(pages)
        .fallback(assets::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(DefaultBodyLimit::max(config.max_body))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            with_timeout(timeout, req, next)
        }))
        .layer(middleware::map_response(security_headers))
        .with_state(state)
}

async fn with_timeout(limit: Duration, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => ApiError::timeout(limit).into_response(),
    }
}

async fn security_headers(mut resp: Response) -> Response {
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
             connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    resp
}

/// Binds `config.addr` and serves until Ctrl-C. `on_bound` is called with the
/// actual address (useful with port 0).
pub fn serve(
    extractor: Extractor,
    config: Config,
    on_bound: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    let corpus = match &config.db {
        Some(path) => Some(Corpus::open(path, config.connections)?),
        None => None,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Io {
            what: "tokio runtime".into(),
            source: e,
        })?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|e| Error::Io {
                what: format!("bind {}", config.addr),
                source: e,
            })?;
        let local = listener.local_addr().map_err(|e| Error::Io {
            what: "local address".into(),
            source: e,
        })?;
        on_bound(local);
        let app = router(extractor, corpus, &config);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Error::Io {
                what: "serve".into(),
                source: e,
            })
    })
}

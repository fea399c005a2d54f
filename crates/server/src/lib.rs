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
//! 30 s per request, 10 s to send the request headers. Writing documents
//! (`POST /api/documents`) is off unless a [`Writer`] is given, and then
//! needs its bearer [`Token`]. Use [`router`] to embed the app, [`serve`] to
//! run it.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod api;
mod assets;
mod corpus;
mod error;
mod writer;

pub use corpus::Corpus;
pub use error::{ApiError, Error};
pub use writer::{Token, Writer};

use ascribe::Extractor;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
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
    /// Longest time a client may take to send a request's headers, and
    /// longest idle time between requests on a kept-alive connection
    /// (default 10 s). Slow clients are disconnected.
    pub header_timeout: Duration,
    /// Enables `POST /api/documents` (needs `db`), guarded by this token.
    pub ingest_token: Option<Token>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            db: None,
            max_body: 5 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            connections: 4,
            header_timeout: Duration::from_secs(10),
            ingest_token: None,
        }
    }
}

/// What handlers share.
pub(crate) struct AppState {
    pub extractor: Extractor,
    pub corpus: Option<Corpus>,
    pub writer: Option<Writer>,
}

pub(crate) type State = Arc<AppState>;

/// The application: API, pages and assets, with the body limit, the request
/// timeout and security headers applied. `POST /api/documents` answers 403
/// unless a `writer` is given.
pub fn router(
    extractor: Extractor,
    corpus: Option<Corpus>,
    writer: Option<Writer>,
    config: &Config,
) -> Router {
    let state: State = Arc::new(AppState {
        extractor,
        corpus,
        writer,
    });
    let timeout = config.timeout;
    let max_body = config.max_body;
    let api = Router::new()
        .route("/api/health", get(api::health))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/api/extract", post(api::extract))
        .route("/api/search", get(api::search))
        .route("/api/speakers", get(api::speakers))
        .route("/api/speakers/{id}", get(api::speaker))
        .route("/api/documents", post(api::ingest))
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
            refuse_announced_oversize(max_body, req, next)
        }))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            with_timeout(timeout, req, next)
        }))
        .layer(middleware::map_response(security_headers))
        .with_state(state)
}

/// A body whose announced length is over the limit is refused before a byte
/// of it is read (the body limit alone would wait for the bytes to arrive).
async fn refuse_announced_oversize(max: usize, req: Request, next: Next) -> Response {
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match announced {
        Some(n) if n > max as u64 => ApiError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            format!("the body is {n} bytes; the limit is {max}"),
        )
        .into_response(),
        _ => next.run(req).await,
    }
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

/// Binds `config.addr` and serves until Ctrl-C or SIGTERM. `on_bound` is called with the
/// actual address (useful with port 0).
pub fn serve(
    extractor: Extractor,
    config: Config,
    on_bound: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    // The writer first: it creates and migrates a new database, which the
    // read-only connections then open.
    let writer = match (&config.ingest_token, &config.db) {
        (Some(token), Some(db)) => Some(Writer::open(db, token.clone())?),
        (Some(_), None) => {
            return Err(Error::Config(
                "ingest through the API needs a corpus database (--db)".into(),
            ))
        }
        (None, _) => None,
    };
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
        let app = router(extractor, corpus, writer, &config);
        accept_loop(listener, app, config.header_timeout, stop_signal()).await;
        Ok(())
    })
}

/// Ctrl-C, or SIGTERM (service managers, `kill`): both stop cleanly, so an
/// ingest run is marked finished.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Serves connections until `shutdown` completes, then lets open requests
/// finish (at most 5 s). Each connection gets hyper's header-read timeout,
/// which also closes connections idle between requests.
async fn accept_loop(
    listener: tokio::net::TcpListener,
    app: Router,
    header_timeout: Duration,
    shutdown: impl Future<Output = ()>,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .keep_alive(true);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            () = &mut shutdown => break,
        };
        let stream = match accepted {
            Ok((stream, _peer)) => stream,
            // Out of file descriptors and the like: back off instead of spinning.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Small JSON replies on kept-alive connections: don't wait for Nagle.
        let _ = stream.set_nodelay(true);
        let conn =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // Resets, timeouts and malformed requests end just that connection.
            let _ = conn.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
}

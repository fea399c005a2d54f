//! Static assets compiled into the binary. Names are looked up in a fixed
//! table, never joined to a filesystem path, so `..` can't reach outside it.

use crate::error::ApiError;
use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

const INDEX: &str = include_str!("../assets/index.html");
const OPENAPI: &str = include_str!("../assets/openapi.json");

/// (name, content type, body)
const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../assets/app.js"),
    ),
    (
        "style.css",
        "text/css; charset=utf-8",
        include_str!("../assets/style.css"),
    ),
];

fn body(ctype: &'static str, text: &'static str, cache: &'static str) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(ctype)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        text,
    )
        .into_response()
}

/// Every page is the same shell; `app.js` renders the view for the path.
pub(crate) async fn page() -> Response {
    body("text/html; charset=utf-8", INDEX, "no-cache")
}

pub(crate) async fn openapi() -> Response {
    body("application/json", OPENAPI, "no-cache")
}

pub(crate) async fn asset(
    name: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Response {
    let found = name
        .ok()
        .and_then(|Path(n)| ASSETS.iter().find(|(a, _, _)| *a == n));
    match found {
        Some((_, ctype, text)) => body(ctype, text, "max-age=300"),
        None => ApiError::not_found("no such asset").into_response(),
    }
}

pub(crate) async fn not_found() -> ApiError {
    ApiError::not_found("no such page")
}

#[cfg(test)]
mod tests {
    #[test]
    fn openapi_is_json_and_lists_every_route() {
        let v: serde_json::Value = serde_json::from_str(super::OPENAPI).expect("valid JSON");
        let paths = v["paths"].as_object().expect("paths");
        for p in [
            "/api/extract",
            "/api/health",
            "/api/search",
            "/api/speakers",
            "/api/speakers/{id}",
            "/api/documents",
            "/api/documents/{id}",
            "/api/trace",
        ] {
            assert!(paths.contains_key(p), "{p} missing from openapi.json");
        }
    }

    #[test]
    fn pages_never_use_inner_html() {
        // Article text must reach the DOM through textContent only.
        for (name, _, text) in super::ASSETS {
            for bad in [
                "innerHTML",
                "outerHTML",
                "insertAdjacentHTML",
                "document.write",
                "eval(",
            ] {
                assert!(!text.contains(bad), "{name} uses {bad}");
            }
        }
    }
}

//! GraphiQL, served entirely from the binary, so it works offline: our page
//! (`graphiql/page.html`, `start.js`, `page.css`) and the production builds
//! of GraphiQL and React vendored in `assets/graphiql/` (fetched from npm at
//! pinned versions by its `update.sh`). No CDN is ever involved.
//!
//! Assets live at `/graphiql/{fingerprint}/{name}`, the fingerprint taken
//! from the file's SHA-256, so browsers may keep them for a year: a build
//! whose files changed links to new URLs. The page itself is never cached
//! (in dev mode it holds a token) and carries a Content-Security-Policy that
//! admits this server only, plus `data:` fonts and images (GraphiQL's CSS
//! embeds them) and, by a per-page nonce, the one `<style>` element
//! GraphiQL's dialogs add. No `unsafe-eval`, no `unsafe-inline`: the
//! bundles need neither.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::json;

use crate::app::AppState;

/// Where the assets are routed.
pub const ASSET_ROUTE: &str = "/graphiql/{fingerprint}/{name}";

const JS: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";
const TEXT: &str = "text/plain; charset=utf-8";
const CACHE_FOREVER: &str = "public, max-age=31536000, immutable";

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "react.production.min.js",
        content_type: JS,
        body: include_bytes!("../../assets/graphiql/react.production.min.js"),
    },
    Asset {
        name: "react-dom.production.min.js",
        content_type: JS,
        body: include_bytes!("../../assets/graphiql/react-dom.production.min.js"),
    },
    Asset {
        name: "graphiql.min.js",
        content_type: JS,
        body: include_bytes!("../../assets/graphiql/graphiql.min.js"),
    },
    Asset {
        name: "graphiql.min.css",
        content_type: CSS,
        body: include_bytes!("../../assets/graphiql/graphiql.min.css"),
    },
    Asset {
        name: "LICENSES.txt",
        content_type: TEXT,
        body: include_bytes!("../../assets/graphiql/LICENSES.txt"),
    },
    Asset {
        name: "start.js",
        content_type: JS,
        body: include_bytes!("graphiql/start.js"),
    },
    Asset {
        name: "page.css",
        content_type: CSS,
        body: include_bytes!("graphiql/page.css"),
    },
];

const PAGE_TEMPLATE: &str = include_str!("graphiql/page.html");

/// Each asset's fingerprint, in `ASSETS` order.
static FINGERPRINTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ASSETS
        .iter()
        .map(|asset| {
            let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, asset.body);
            URL_SAFE_NO_PAD.encode(&digest.as_ref()[..12])
        })
        .collect()
});

/// The page with the asset URLs filled in; `{{settings}}` is left for each
/// request.
static PAGE: LazyLock<String> = LazyLock::new(|| {
    ASSETS.iter().zip(FINGERPRINTS.iter()).fold(
        PAGE_TEMPLATE.to_owned(),
        |page, (asset, fingerprint)| {
            page.replace(
                &format!("{{{{{}}}}}", asset.name),
                &format!("/graphiql/{fingerprint}/{}", asset.name),
            )
        },
    )
});

/// The GraphiQL page, mounted on `/graphql`. In dev mode its headers editor
/// opens with the demo user's `Authorization` header.
pub fn page(app: &AppState) -> Response {
    let nonce = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>());
    let headers = app
        .dev
        .as_ref()
        .filter(|dev| !dev.graphiql_authorization.is_empty())
        .map(|dev| {
            serde_json::to_string_pretty(&json!({ "Authorization": dev.graphiql_authorization }))
                .unwrap_or_default()
        });
    let settings = json!({ "endpoint": "/graphql", "headers": headers, "styleNonce": nonce });
    // In a <script> block, `</script` or `<!--` would change how the page parses.
    let settings = settings.to_string().replace('<', "\\u003c");
    let policy = format!(
        "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; \
         img-src 'self' data:; font-src data:; connect-src 'self'; \
         base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::CONTENT_SECURITY_POLICY, policy.as_str()),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        PAGE.replace("{{settings}}", &settings),
    )
        .into_response()
}

/// `GET /graphiql/{fingerprint}/{name}`: a file of the page, when the
/// fingerprint is the current one.
pub async fn asset(Path((fingerprint, name)): Path<(String, String)>) -> Response {
    let found = ASSETS
        .iter()
        .zip(FINGERPRINTS.iter())
        .find(|(asset, current)| asset.name == name && **current == fingerprint);
    let Some((asset, _)) = found else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::CACHE_CONTROL, CACHE_FOREVER),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        asset.body,
    )
        .into_response()
}

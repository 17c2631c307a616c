//! Dev-mode only routes: the example single-page app (embedded, so it works
//! from any working directory) with its copies of Passage's JavaScript SDK
//! and of Apollo Client, and the one dev-only script that points that SDK at
//! the Passage emulator.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::app::AppState;

const SPA_INDEX: &str = include_str!("../../examples/spa/index.html");
const SPA_SCRIPT: &str = include_str!("../../examples/spa/app.js");
/// `@passageidentity/passage-js` 4.1.2 from npm, bundled with its imports
/// (`examples/spa/vendor/update.sh`).
const PASSAGE_JS: &str = include_str!("../../examples/spa/vendor/passage-js.js");
/// `@apollo/client` 4.3.8 from npm, bundled with graphql, rxjs and its other
/// imports (`examples/spa/vendor/update.sh`).
const APOLLO_CLIENT: &str = include_str!("../../examples/spa/vendor/apollo-client.js");
/// The licences of every package in the two bundles.
const VENDOR_LICENSES: &str = include_str!("../../examples/spa/vendor/LICENSES.txt");

const JAVASCRIPT: &str = "text/javascript; charset=utf-8";

pub async fn home() -> Redirect {
    Redirect::temporary("/spa/")
}

/// The example app. Asked for on a loopback IP address, it sends the browser
/// to `localhost` instead: passkeys are bound to a host name, and browsers
/// refuse an IP address as one.
pub async fn spa_index(headers: HeaderMap) -> Response {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if let Some(port) = loopback_ip_port(host) {
        return Redirect::temporary(&format!("http://localhost:{port}/spa/")).into_response();
    }
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        SPA_INDEX,
    )
        .into_response()
}

/// The port of a `Host` header naming a loopback IP address (`127.0.0.1:8080`,
/// `[::1]:8080`).
fn loopback_ip_port(host: &str) -> Option<u16> {
    let (ip, port) = host.rsplit_once(':')?;
    let ip = ip.trim_start_matches('[').trim_end_matches(']');
    let is_loopback = ip
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback());
    is_loopback.then(|| port.parse().ok()).flatten()
}

pub async fn spa_script() -> Response {
    ([(header::CONTENT_TYPE, JAVASCRIPT)], SPA_SCRIPT).into_response()
}

pub async fn passage_js() -> Response {
    ([(header::CONTENT_TYPE, JAVASCRIPT)], PASSAGE_JS).into_response()
}

pub async fn apollo_client() -> Response {
    ([(header::CONTENT_TYPE, JAVASCRIPT)], APOLLO_CLIENT).into_response()
}

pub async fn vendor_licenses() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        VENDOR_LICENSES,
    )
        .into_response()
}

/// `/dev/passage-emulator.js`, the dev-only piece of the example app:
/// passage-js sends every call to the constant `https://auth.passage.id`;
/// this wraps `fetch` (which the SDK looks up at each call) to send those
/// calls to the emulator instead. Nothing else in the app knows about the
/// emulator.
pub async fn passage_emulator_shim(State(app): State<AppState>) -> Response {
    let Some(dev) = &app.dev else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let emulator = serde_json::to_string(&format!("{}/", dev.emulator_url.trim_end_matches('/')))
        .expect("a string serialises");
    let script = format!(
        r#"// DEV ONLY, served by passage-graphql in dev mode: points Passage's JavaScript
// SDK at the Passage emulator. passage-js calls the constant origin
// https://auth.passage.id; this rewrites those fetches to the emulator. Load it
// before the SDK; a production build of the app leaves it out.
(() => {{
  const passage = "https://auth.passage.id/";
  const emulator = {emulator};
  const fetchFromNetwork = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (resource, options) => {{
    const url = resource instanceof Request ? resource.url : String(resource);
    if (!url.startsWith(passage)) return fetchFromNetwork(resource, options);
    const target = emulator + url.slice(passage.length);
    const request = resource instanceof Request ? new Request(target, resource) : target;
    return fetchFromNetwork(request, options);
  }};
}})();
"#
    );
    (
        [
            (header::CONTENT_TYPE, JAVASCRIPT),
            // The emulator's port can change between runs.
            (header::CACHE_CONTROL, "no-store"),
        ],
        script,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::loopback_ip_port;

    #[test]
    fn only_loopback_ip_hosts_are_sent_to_localhost() {
        assert_eq!(loopback_ip_port("127.0.0.1:8080"), Some(8080));
        assert_eq!(loopback_ip_port("[::1]:9000"), Some(9000));
        assert_eq!(loopback_ip_port("localhost:8080"), None);
        assert_eq!(loopback_ip_port("localhost"), None);
        assert_eq!(loopback_ip_port("example.com:80"), None);
    }
}

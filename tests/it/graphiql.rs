//! GraphiQL's page and files, over plain HTTP: everything it loads comes
//! from this server, exactly the vendored files, cacheable for good; the
//! page is never cached and admits nothing else. (`browser.rs` runs it.)

use std::path::Path;

use serde_json::Value;

use crate::support::{TestApp, spawn_app, spawn_dev_app_with_graphiql_user};

/// The page at `GET /graphql` as a browser asks for it, checked for its
/// headers.
async fn graphiql_page(app: &TestApp) -> String {
    let page = app
        .http
        .get(app.url("/graphql"))
        .header("accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let header = |name: &str| {
        page.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "text/html; charset=utf-8");
    assert_eq!(header("cache-control"), "no-store");
    let policy = header("content-security-policy");
    for directive in [
        "default-src 'none'",
        "script-src 'self';",
        "connect-src 'self'",
        "font-src data:",
        "frame-ancestors 'none'",
    ] {
        assert!(policy.contains(directive), "{directive} in {policy}");
    }
    assert!(!policy.contains("unsafe"), "{policy}");
    page.text().await.unwrap()
}

/// The `src` and `href` values in `html`.
fn links(html: &str) -> Vec<&str> {
    [" src=\"", " href=\""]
        .iter()
        .flat_map(|attr| html.split(attr).skip(1))
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// The JSON the page hands to its script.
fn settings(html: &str) -> Value {
    let start = r#"<script type="application/json" id="graphiql-settings">"#;
    let json = html
        .split(start)
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the page has its settings block");
    serde_json::from_str(json).expect("the settings are JSON")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphiql_loads_only_its_own_files_from_this_server() {
    let app = spawn_app().await;
    let html = graphiql_page(&app).await;
    let links = links(&html);
    assert_eq!(links.len(), 8, "{links:?}");
    let vendored = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/graphiql");
    for link in links {
        if link == "data:," {
            continue; // the empty favicon
        }
        assert!(link.starts_with("/graphiql/"), "{link} is not ours");
        let response = app.http.get(app.url(link)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{link}");
        let header = |name: &str| response.headers()[name].to_str().unwrap().to_owned();
        let name = link.rsplit('/').next().unwrap();
        let content_type = match name.rsplit('.').next() {
            Some("js") => "text/javascript; charset=utf-8",
            Some("css") => "text/css; charset=utf-8",
            _ => "text/plain; charset=utf-8",
        };
        assert_eq!(header("content-type"), content_type, "{link}");
        assert_eq!(
            header("cache-control"),
            "public, max-age=31536000, immutable",
            "{link}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff", "{link}");
        let body = response.bytes().await.unwrap();
        if let Ok(file) = std::fs::read(vendored.join(name)) {
            assert!(body == file, "{link} is not the vendored {name}");
        }
    }

    let licenses = html
        .split("<link rel=\"license\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page links its licences");
    let text = app.http.get(app.url(licenses)).send().await.unwrap();
    let text = text.text().await.unwrap();
    assert!(text.contains("graphiql@") && text.contains("react-dom@"));

    let stale = licenses.replace("/graphiql/", "/graphiql/x");
    let stale = app.http.get(app.url(&stale)).send().await.unwrap();
    assert_eq!(stale.status(), 404, "an old fingerprint is not served");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphiql_opens_with_the_dev_authorization_header_in_dev_mode_only() {
    let (dev, _, token) = spawn_dev_app_with_graphiql_user("graphiql-dev@example.com").await;
    let html = graphiql_page(&dev).await;
    let settings = settings(&html);
    assert_eq!(settings["endpoint"], "/graphql");
    let headers: Value = serde_json::from_str(settings["headers"].as_str().unwrap()).unwrap();
    assert_eq!(headers["Authorization"], format!("Bearer {token}"));
    let nonce = settings["styleNonce"].as_str().unwrap();
    assert!(nonce.len() >= 16, "{nonce}");
    let again = self::settings(&graphiql_page(&dev).await);
    assert_ne!(again["styleNonce"], nonce, "a nonce per page");

    let production = spawn_app().await;
    let settings = self::settings(&graphiql_page(&production).await);
    assert_eq!(
        settings["headers"],
        Value::Null,
        "no token outside dev mode"
    );
}

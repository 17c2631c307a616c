//! Traces from the real binary (tracing is set up once per process): with
//! `OTEL_EXPORTER_OTLP_ENDPOINT` set, a request's spans reach an OTLP/HTTP
//! receiver run by the test, continue the caller's `traceparent`, link up to
//! the request span, and carry no token, email or variable.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::post;
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;
use serde_json::json;

use crate::support::server_process::ServerProcess;
use crate::support::{GqlResponse, spawn_app};

/// Spans received so far.
type Received = Arc<Mutex<Vec<Span>>>;

/// An OTLP/HTTP (protobuf) trace receiver on a free port: its base URL and
/// what it has received.
async fn start_receiver() -> (String, Received) {
    let received = Received::default();
    let router = axum::Router::new()
        .route("/v1/traces", post(receive))
        .with_state(received.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, received)
}

async fn receive(State(received): State<Received>, body: Bytes) -> Vec<u8> {
    let request = ExportTraceServiceRequest::decode(body).expect("an OTLP protobuf export");
    let spans = request
        .resource_spans
        .into_iter()
        .flat_map(|r| r.scope_spans)
        .flat_map(|s| s.spans);
    received.lock().unwrap().extend(spans);
    ExportTraceServiceResponse::default().encode_to_vec()
}

/// Polls until the trace `trace_id` holds a span of every name in `names`.
async fn wait_for_spans(received: &Received, trace_id: &[u8], names: &[&str]) -> Vec<Span> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let trace: Vec<Span> = received
            .lock()
            .unwrap()
            .iter()
            .filter(|s| s.trace_id == trace_id)
            .cloned()
            .collect();
        if names.iter().all(|n| trace.iter().any(|s| s.name == *n)) {
            return trace;
        }
        let seen: Vec<&str> = trace.iter().map(|s| s.name.as_str()).collect();
        assert!(
            Instant::now() < deadline,
            "spans {names:?} never all arrived; the trace has {seen:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_exports_linked_spans_that_continue_its_traceparent() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("ada-traces@example.com");
    app.register(&token, "Ada").await;
    let (otlp, received) = start_receiver().await;
    let server = ServerProcess::start(
        &app,
        &[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", otlp.as_str()),
            ("OTEL_BSP_SCHEDULE_DELAY", "100"),
        ],
    )
    .await;

    let trace_id: [u8; 16] = rand::random();
    let caller_span_id: [u8; 8] = rand::random();
    let traceparent = format!("00-{}-{}-01", hex(&trace_id), hex(&caller_span_id));
    let new_email = "ada-traces-new@example.com";
    let response = app
        .http
        .post(server.url("/graphql"))
        .header("traceparent", &traceparent)
        .bearer_auth(&token)
        .json(&json!({
            "query": "mutation($input: UpdateMeInput!) { updateMe(input: $input) { name email } }",
            "variables": { "input": { "email": new_email } },
        }))
        .send()
        .await
        .unwrap();
    let response = GqlResponse::from(response).await;
    assert_eq!(
        response.data()["updateMe"]["email"],
        new_email,
        "{}",
        response.text
    );

    let trace = wait_for_spans(
        &received,
        &trace_id,
        &[
            "request",
            "graphql.parse",
            "graphql.validate",
            "graphql.execute",
            "passage.call",
            "db.query",
        ],
    )
    .await;
    server.sigterm();

    let request = trace.iter().find(|s| s.name == "request").unwrap();
    assert_eq!(
        request.parent_span_id, caller_span_id,
        "the request span's parent is the caller's span"
    );
    let by_id: HashMap<&[u8], &Span> = trace.iter().map(|s| (&s.span_id[..], s)).collect();
    for span in &trace {
        let mut ancestor = span;
        while ancestor.span_id != request.span_id {
            ancestor = by_id
                .get(&ancestor.parent_span_id[..])
                .unwrap_or_else(|| panic!("{} does not lead up to the request span", span.name));
        }
    }
    for span in &trace {
        let text = format!("{span:?}");
        for secret in [token.as_str(), "ada-traces@example.com", new_email] {
            assert!(
                !text.contains(secret),
                "{} records {secret}: {text}",
                span.name
            );
        }
    }

    let exited = server.exited(Duration::from_secs(10)).await;
    assert!(exited.status.success(), "{}", exited.stderr);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

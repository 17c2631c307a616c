//! Counts each routed request by route (the pattern, never the path's
//! values) and status, with its latency: `http_requests_total` and
//! `http_request_duration_seconds`.
//!
//! A route layer of its own rather than `axum::middleware::from_fn`, which
//! clones and boxes the route and boxes its future on every request; and
//! each route keeps the handles of its series, so that counting builds no
//! label.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock, RwLock};
use std::task::{Context, Poll};
use std::time::Instant;

use axum::extract::MatchedPath;
use axum::http::Request;
use axum::response::Response;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::histogram::Histogram;
use tower::{Layer, Service};

use crate::observability::metrics::{HttpLabels, RouteLabels, Telemetry};

/// The route layer (give it to `Router::route_layer`, which makes one
/// `RecordRequests` per route and method).
#[derive(Clone)]
pub struct RecordRequestsLayer {
    telemetry: Arc<Telemetry>,
}

impl RecordRequestsLayer {
    pub fn new(telemetry: Arc<Telemetry>) -> Self {
        Self { telemetry }
    }
}

impl<S> Layer<S> for RecordRequestsLayer {
    type Service = RecordRequests<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RecordRequests {
            inner,
            series: Arc::new(RouteSeries {
                telemetry: self.telemetry.clone(),
                route: OnceLock::new(),
                by_status: RwLock::default(),
            }),
        }
    }
}

/// One route's series, found on its first request (the route's pattern is
/// known only then, from [`MatchedPath`]).
struct RouteSeries {
    telemetry: Arc<Telemetry>,
    /// The route's pattern and its latency histogram.
    route: OnceLock<(String, Histogram)>,
    /// The route's counter for each status it has answered with.
    by_status: RwLock<Vec<(u16, Counter)>>,
}

impl RouteSeries {
    fn record(&self, route: Option<&MatchedPath>, status: u16, started: Instant) {
        let took = started.elapsed();
        let route = route.map_or("unmatched", MatchedPath::as_str);
        let (own_route, duration) = self.route.get_or_init(|| {
            let duration = self
                .telemetry
                .http_duration
                .get_or_create(&RouteLabels {
                    route: route.to_owned(),
                })
                .clone();
            (route.to_owned(), duration)
        });
        if own_route != route {
            // Not expected (the router layers each route apart), but then
            // the labels are built as the request says.
            self.telemetry.http_request(route, status, took);
            return;
        }
        duration.observe(took.as_secs_f64());
        self.count_status(own_route, status);
    }

    /// Counts a response with `status`, finding its counter once.
    fn count_status(&self, route: &str, status: u16) {
        if let Some((_, counter)) = self
            .by_status
            .read()
            .unwrap()
            .iter()
            .find(|(s, _)| *s == status)
        {
            counter.inc();
            return;
        }
        let counter = self
            .telemetry
            .http_requests
            .get_or_create(&HttpLabels {
                route: route.to_owned(),
                status,
            })
            .clone();
        counter.inc();
        let mut by_status = self.by_status.write().unwrap();
        if !by_status.iter().any(|(s, _)| *s == status) {
            by_status.push((status, counter));
        }
    }
}

#[derive(Clone)]
pub struct RecordRequests<S> {
    inner: S,
    series: Arc<RouteSeries>,
}

impl<S, B> Service<Request<B>> for RecordRequests<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Recorded<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let route = request.extensions().get::<MatchedPath>().cloned();
        Recorded {
            inner: self.inner.call(request),
            series: self.series.clone(),
            route,
            started: Instant::now(),
        }
    }
}

pin_project_lite::pin_project! {
    /// The route's response, counted when it is ready.
    pub struct Recorded<F> {
        #[pin]
        inner: F,
        series: Arc<RouteSeries>,
        route: Option<MatchedPath>,
        started: Instant,
    }
}

impl<F, E> Future for Recorded<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let result = std::task::ready!(this.inner.poll(cx));
        if let Ok(response) = &result {
            this.series.record(
                this.route.as_ref(),
                response.status().as_u16(),
                *this.started,
            );
        }
        Poll::Ready(result)
    }
}

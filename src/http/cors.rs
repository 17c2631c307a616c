//! CORS, with a short way for the requests that are no CORS requests: most
//! requests (servers, apps, scripts) send no `Origin`, and for them
//! tower-http's layer still builds a header map and joins its `Vary` list
//! into a new value each time, and the layer (its lists) is cloned with the
//! route's stack on every request.
//!
//! Such a request gets the very headers tower-http would add (worked out
//! once, by running its layer over a request without `Origin`: `Vary` and,
//! with credentials allowed, `Access-Control-Allow-Credentials`), added the
//! way it adds them; a request with an `Origin`, and every `OPTIONS`
//! (tower-http answers any as a preflight), goes through tower-http's layer
//! as before.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::http::{HeaderName, HeaderValue, Method, Request, Response, header};
use futures::FutureExt;
use tower::{Layer, Service, ServiceExt};
use tower_http::cors::CorsLayer;

/// tower-http's [`CorsLayer`], skipped for requests without `Origin`.
#[derive(Clone)]
pub struct CorsUnlessNoOrigin {
    shared: Arc<Shared>,
}

struct Shared {
    cors: CorsLayer,
    /// What `cors` adds to the response to a request without `Origin`.
    without_origin: Vec<(HeaderName, HeaderValue)>,
}

impl CorsUnlessNoOrigin {
    pub fn new(cors: CorsLayer) -> Self {
        let without_origin = headers_without_origin(&cors);
        Self {
            shared: Arc::new(Shared {
                cors,
                without_origin,
            }),
        }
    }
}

/// The headers `cors` adds to the response to a `GET` without `Origin`.
fn headers_without_origin(cors: &CorsLayer) -> Vec<(HeaderName, HeaderValue)> {
    let answer = cors
        .layer(tower::service_fn(|_: Request<()>| async {
            Ok::<_, std::convert::Infallible>(Response::new(()))
        }))
        .oneshot(Request::new(()))
        .now_or_never()
        .expect("tower-http's CORS adds its headers without waiting")
        .expect("infallible");
    answer
        .headers()
        .iter()
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect()
}

impl<S> Layer<S> for CorsUnlessNoOrigin {
    type Service = CorsService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        CorsService {
            inner,
            shared: self.shared.clone(),
        }
    }
}

#[derive(Clone)]
pub struct CorsService<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for CorsService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>> + Clone,
    ResBody: Default,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = CorsFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        if request.method() != Method::OPTIONS && !request.headers().contains_key(header::ORIGIN) {
            return CorsFuture::NoOrigin {
                inner: self.inner.call(request),
                shared: self.shared.clone(),
            };
        }
        // The service made ready is the one called (tower's contract).
        let clone = self.inner.clone();
        let ready = std::mem::replace(&mut self.inner, clone);
        CorsFuture::Cors {
            inner: self.shared.cors.layer(ready).call(request),
        }
    }
}

pin_project_lite::pin_project! {
    /// The response, with the CORS headers.
    #[project = CorsFutureProj]
    pub enum CorsFuture<F> {
        NoOrigin {
            #[pin]
            inner: F,
            shared: Arc<Shared>,
        },
        Cors {
            #[pin]
            inner: tower_http::cors::ResponseFuture<F>,
        },
    }
}

impl<F, B, E> Future for CorsFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: Default,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project() {
            CorsFutureProj::NoOrigin { inner, shared } => {
                let mut response = std::task::ready!(inner.poll(cx))?;
                let headers = response.headers_mut();
                for (name, value) in &shared.without_origin {
                    // As tower-http adds them: `Vary` beside the response's
                    // own, the others in place of any.
                    if name == header::VARY {
                        headers.append(name, value.clone());
                    } else {
                        headers.insert(name, value.clone());
                    }
                }
                Poll::Ready(Ok(response))
            }
            CorsFutureProj::Cors { inner } => inner.poll(cx),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use axum::http::HeaderMap;
    use tower_http::cors::AllowOrigin;

    use super::*;

    fn layer() -> CorsLayer {
        CorsLayer::new()
            .allow_origin(AllowOrigin::predicate(|origin, _| {
                origin == "http://app.example"
            }))
            .allow_credentials(true)
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
            .max_age(Duration::from_secs(600))
    }

    type Answer = std::future::Ready<Result<Response<String>, std::convert::Infallible>>;
    type Handler = tower::util::ServiceFn<fn(Request<()>) -> Answer>;

    /// A handler's answer, with a `Vary` and an
    /// `Access-Control-Allow-Credentials` of its own.
    fn handle(_: Request<()>) -> Answer {
        let mut response = Response::new(String::new());
        let headers = response.headers_mut();
        headers.insert(header::VARY, HeaderValue::from_static("accept"));
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
            HeaderValue::from_static("false"),
        );
        std::future::ready(Ok(response))
    }

    /// The response headers `request` gets through `layer`.
    fn answer<L>(layer: L, request: Request<()>) -> HeaderMap
    where
        L: Layer<Handler>,
        L::Service: Service<Request<()>, Response = Response<String>>,
        <L::Service as Service<Request<()>>>::Error: std::fmt::Debug,
    {
        let handler: Handler = tower::service_fn(handle as fn(Request<()>) -> Answer);
        let response = layer
            .layer(handler)
            .oneshot(request)
            .now_or_never()
            .unwrap()
            .unwrap();
        response.headers().clone()
    }

    fn request(method: Method, origin: Option<&str>) -> Request<()> {
        let mut request = Request::builder().method(method).uri("/graphql");
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        request.body(()).unwrap()
    }

    #[test]
    fn answers_as_tower_http_does_with_and_without_an_origin() {
        for (method, origin) in [
            (Method::POST, None),
            (Method::GET, None),
            (Method::POST, Some("http://app.example")),
            (Method::POST, Some("http://evil.example")),
            (Method::OPTIONS, None),
            (Method::OPTIONS, Some("http://app.example")),
        ] {
            let ours = answer(
                CorsUnlessNoOrigin::new(layer()),
                request(method.clone(), origin),
            );
            let theirs = answer(layer(), request(method.clone(), origin));
            assert_eq!(ours, theirs, "{method} with origin {origin:?}");
        }
        let without = answer(
            CorsUnlessNoOrigin::new(layer()),
            request(Method::POST, None),
        );
        assert_eq!(
            without.get_all(header::VARY).iter().count(),
            2,
            "{without:?}"
        );
        assert_eq!(without[header::ACCESS_CONTROL_ALLOW_CREDENTIALS], "true");
    }
}

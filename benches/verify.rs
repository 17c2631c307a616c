//! Token verification alone: header checks, routing, key lookup (cached
//! JWKS), and the RS256 signature (jsonwebtoken) and claims checks of one
//! Passage token; first seen (no verified-token cache) and repeated.
//!
//! `cargo bench --bench verify` (bench/run reports it).

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use passage_emulator::Emulator;
use passage_graphql::auth::{Issuer, TokenVerifier};
use passage_graphql::passage;

const APP_ID: &str = "bench-app";

fn verify_token(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let (_emulator, verifier, token) = runtime.block_on(async {
        let emulator = Emulator::start(APP_ID, "bench-key").await.unwrap();
        let user = emulator.create_user("bench@example.com");
        let token = emulator.token_for(&user.id);
        let http = passage::http_client(Duration::from_secs(5));
        let passage = Issuer::passage(http, &emulator.passage_settings(), 30);
        passage.jwks.refresh().await;
        assert!(passage.jwks.is_loaded());
        let verifier = TokenVerifier::new(vec![passage], Duration::from_secs(30));
        (emulator, verifier, token)
    });
    c.bench_function("verify_token", |b| {
        b.to_async(&runtime).iter(|| async {
            verifier
                .verify_without_cache(&token)
                .await
                .expect("valid token")
        })
    });
    c.bench_function("verify_token_cached", |b| {
        b.to_async(&runtime)
            .iter(|| async { verifier.verify(&token).await.expect("valid token") })
    });
}

criterion_group!(benches, verify_token);
criterion_main!(benches);

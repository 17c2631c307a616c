//! Fuzzes POST /graphql's body behind the media-type check (src/http/graphql.rs):
//! never a panic, and the same answer for the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_graphql::fuzzing;

fuzz_target!(|data: &[u8]| {
    let first = fuzzing::post_request(data);
    assert_eq!(first, fuzzing::post_request(data), "a second read differs");
});

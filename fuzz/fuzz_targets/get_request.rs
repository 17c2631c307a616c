//! Fuzzes GET /graphql's query string (src/http/get_request.rs) and the mutation check:
//! never a panic, and the same answer for the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_graphql::fuzzing;

fuzz_target!(|data: &[u8]| {
    let first = fuzzing::get_request(data);
    assert_eq!(first, fuzzing::get_request(data), "a second read differs");
});

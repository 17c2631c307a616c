//! Fuzzes the token splitter, the JOSE header and the claims checks (src/auth/policy.rs):
//! never a panic, and the same answer for the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_graphql::fuzzing;

fuzz_target!(|data: &[u8]| {
    let first = fuzzing::token(data);
    assert_eq!(first, fuzzing::token(data), "a second read differs");
});

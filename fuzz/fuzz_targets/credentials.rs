//! Fuzzes the Bearer header and the token cookies (src/auth/extract.rs):
//! never a panic, and the same answer for the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_graphql::fuzzing;

fuzz_target!(|data: &[u8]| {
    let first = fuzzing::credentials(data);
    assert_eq!(first, fuzzing::credentials(data), "a second read differs");
});

//! Fuzzes the dashboard export of `passage import-export` (src/moving/export.rs):
//! never a panic, and the same answer for the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_graphql::fuzzing;

fuzz_target!(|data: &[u8]| {
    let first = fuzzing::export_csv(data);
    assert_eq!(first, fuzzing::export_csv(data), "a second read differs");
});

//! Fuzzes the [[issuers]] configuration file (src/issuers/settings.rs):
//! never a panic, and the same answer for the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passage_graphql::fuzzing;

fuzz_target!(|data: &[u8]| {
    let first = fuzzing::issuers_toml(data);
    assert_eq!(first, fuzzing::issuers_toml(data), "a second read differs");
});

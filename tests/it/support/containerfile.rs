//! The production image's Containerfile (`deploy/container/Containerfile`),
//! read as instructions, for checking other files against it.

use std::collections::BTreeMap;

const CONTAINERFILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/deploy/container/Containerfile"
);

/// The Containerfile's instructions (continuation lines joined), as
/// (instruction, arguments).
pub fn instructions() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(CONTAINERFILE).unwrap();
    let joined = text.replace("\\\n", " ");
    joined
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (instruction, args) = line.split_once(' ').unwrap_or((line, ""));
            (instruction.to_uppercase(), args.trim().to_owned())
        })
        .collect()
}

pub fn arg(instruction: &str) -> String {
    instructions()
        .into_iter()
        .find(|(i, _)| i == instruction)
        .unwrap_or_else(|| panic!("the Containerfile has no {instruction}"))
        .1
}

/// The Containerfile's `ENV` variables.
pub fn env() -> BTreeMap<String, String> {
    instructions()
        .into_iter()
        .filter(|(i, _)| i == "ENV")
        .flat_map(|(_, args)| {
            args.split_whitespace()
                .filter_map(|pair| pair.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect()
}

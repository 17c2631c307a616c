//! The layout ARCHITECTURE.md describes, checked: every `crate::` import
//! (outside comments and unit tests) of a top-level module of `src/` points
//! to a module of a lower layer, so no two modules import each other, even
//! through others. A new module must be given a layer here (and there).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules of `src/`, lowest layer first; a module may import
/// only modules of layers below its own.
const LAYERS: &[&[&str]] = &[
    &["identity", "observability"],
    &["issuers", "db"],
    &["error", "passage"],
    &["profile", "rate_limits", "events"],
    &["auth"],
    &["moving"],
    &["graphql", "webhooks"],
    &["config"],
    &["app", "provider_sync"],
    &["http", "dev_mode"],
    &["startup"],
    &["cli"],
    &["commands"],
    &["server"],
    &["fuzzing"],
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to.
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    let name = first.to_str().unwrap().trim_end_matches(".rs");
    match name {
        // The build without the emulator's stand-in for `dev_mode`.
        "dev_mode_unavailable" => "dev_mode".to_owned(),
        other => other.to_owned(),
    }
}

/// The top-level modules `code` names as `crate::<module>`, ignoring
/// comment lines and the unit tests at the end of a file.
fn imports(code: &str) -> BTreeSet<String> {
    let code = code
        .split("#[cfg(test)]\nmod tests {")
        .next()
        .unwrap_or_default();
    let mut found = BTreeSet::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

#[test]
fn every_module_imports_only_modules_of_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer: BTreeMap<&str, usize> = LAYERS
        .iter()
        .enumerate()
        .flat_map(|(i, names)| names.iter().map(move |n| (*n, i)))
        .collect();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let Some(&own) = layer.get(module.as_str()) else {
            wrong.push(format!(
                "{}: module `{module}` has no layer in LAYERS",
                file.display()
            ));
            continue;
        };
        let code = std::fs::read_to_string(file).unwrap();
        for target in imports(&code) {
            if target == module {
                continue;
            }
            match layer.get(target.as_str()) {
                Some(&theirs) if theirs < own => {}
                Some(_) => wrong.push(format!(
                    "{}: `{module}` imports `{target}`, which is not below it",
                    file.display()
                )),
                None => wrong.push(format!(
                    "{}: imports `crate::{target}`, which has no layer",
                    file.display()
                )),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_checker_sees_imports_and_ignores_comments_and_unit_tests() {
    let code = "use crate::db::users;\n// see crate::http\nfn f() { crate::error::code::X }\n\
                #[cfg(test)]\nmod tests {\n use crate::startup;\n}\n";
    let found: Vec<String> = imports(code).into_iter().collect();
    assert_eq!(found, ["db", "error"]);
}

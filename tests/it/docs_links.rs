//! The documentation's links hold: every relative link of the top-level
//! documents, the folders' READMEs and every page of the book (`docs/src/`)
//! leads to a file or folder that exists, and every `#anchor` to a heading of
//! its target, as GitHub and mdBook name headings; and every page under
//! `docs/src/` is in `docs/src/SUMMARY.md`, so none is left out of the book.
//!
//! Markdown is read with pulldown-cmark (the parser mdBook renders with), so
//! links in code blocks and code spans are not links, and reference links are.

use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The documents outside the book whose links are checked, from the
/// repository's root.
const DOCUMENTS: &[&str] = &[
    "README.md",
    "CONTRIBUTING.md",
    "ARCHITECTURE.md",
    "SECURITY.md",
    "CHANGELOG.md",
    "deploy/README.md",
    "bench/README.md",
    "fuzz/README.md",
    "crates/passage-emulator/README.md",
];
const BOOK: &str = "docs/src";

/// What mdBook and GitHub parse beside CommonMark (no smart punctuation,
/// which would change headings' text).
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

#[test]
fn every_relative_link_and_anchor_of_the_documentation_resolves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut documents: Vec<PathBuf> = DOCUMENTS.iter().map(PathBuf::from).collect();
    let book = markdown_files(&root.join(BOOK));
    assert!(
        book.len() > 10,
        "the book has its pages under {BOOK} (found {})",
        book.len()
    );
    documents.extend(
        book.iter()
            .map(|p| p.strip_prefix(root).unwrap().to_owned()),
    );

    let problems = check_links(root, &documents);
    assert!(
        problems.is_empty(),
        "broken links in the documentation:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn every_page_of_the_book_is_in_its_summary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let problems = pages_missing_from_summary(&root.join(BOOK));
    assert!(
        problems.is_empty(),
        "pages under {BOOK} that SUMMARY.md does not list (mdBook would leave them out):\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn headings_are_named_as_github_and_mdbook_name_them() {
    let anchors = anchors_of(
        "# Probes and shutdown (Kubernetes)\n\
         ## `_entities` floods and persisted queries\n\
         ## Profile sources: `email` and `phone` for every user\n\
         ## From [Apollo Client](https://www.apollographql.com), urql\n\
         ## Limits\n## Limits\n\
         ```sh\n# not a heading\n```\n",
    );
    let expected = [
        "probes-and-shutdown-kubernetes",
        "_entities-floods-and-persisted-queries",
        "profile-sources-email-and-phone-for-every-user",
        "from-apollo-client-urql",
        "limits",
        "limits-1",
    ];
    assert_eq!(
        anchors,
        expected
            .iter()
            .map(|s| s.to_string())
            .collect::<BTreeSet<_>>()
    );
}

/// The checker itself fails on what it is for: a missing file, a missing
/// anchor (here and in another document), and a page left out of SUMMARY.md;
/// and lets through what resolves.
#[test]
fn a_broken_link_a_broken_anchor_and_a_page_outside_the_summary_are_reported() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "docs-links-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "README.md",
        "# Top\n\n## Getting started\n\n\
         [fine](docs/src/page.md#a-section) [fine too](#getting-started) [folder](docs/)\n\
         [gone](docs/src/missing.md) [no such section](docs/src/page.md#nowhere)\n\
         [not here](#no-such-heading)\n\
         `[in code](nowhere.md)` [web](https://example.com/x.md)\n",
    );
    write(
        "docs/src/SUMMARY.md",
        "# Summary\n\n- [Page](page.md)\n- [Gone](gone.md)\n",
    );
    write(
        "docs/src/page.md",
        "# Page\n\n## A section\n\n[up](../../README.md#top)\n",
    );
    write("docs/src/orphan.md", "# Orphan\n");

    let documents: Vec<PathBuf> = ["README.md", "docs/src/SUMMARY.md", "docs/src/page.md"]
        .iter()
        .map(PathBuf::from)
        .collect();
    let problems = check_links(&dir, &documents);
    let missing_pages = pages_missing_from_summary(&dir.join("docs/src"));
    std::fs::remove_dir_all(&dir).unwrap();

    let joined = problems.join("\n");
    for expected in [
        "README.md: docs/src/missing.md: no such file",
        "README.md: docs/src/page.md#nowhere: no heading",
        "README.md: #no-such-heading: no heading",
        "docs/src/SUMMARY.md: gone.md: no such file",
    ] {
        assert!(
            joined.contains(expected),
            "expected {expected:?} among:\n{joined}"
        );
    }
    assert_eq!(problems.len(), 4, "only the broken links: {joined}");
    assert_eq!(missing_pages, ["orphan.md"]);
}

/// Every problem with the relative links of `documents` (paths from
/// `root`), as `document: target: what is wrong`.
fn check_links(root: &Path, documents: &[PathBuf]) -> Vec<String> {
    let mut anchors: HashMap<PathBuf, BTreeSet<String>> = HashMap::new();
    let mut anchors_of_file = |path: &Path| -> BTreeSet<String> {
        anchors
            .entry(path.to_owned())
            .or_insert_with(|| {
                anchors_of(&std::fs::read_to_string(root.join(path)).unwrap_or_default())
            })
            .clone()
    };
    let mut problems = Vec::new();
    for document in documents {
        let text = std::fs::read_to_string(root.join(document))
            .unwrap_or_else(|err| panic!("{} cannot be read: {err}", document.display()));
        for target in link_targets(&text) {
            if has_scheme(&target) {
                continue;
            }
            let mut problem =
                |what: &str| problems.push(format!("{}: {target}: {what}", document.display()));
            let (file, anchor) = match target.split_once('#') {
                Some((file, anchor)) => (file, Some(anchor)),
                None => (target.as_str(), None),
            };
            if file.starts_with('/') {
                problem("an absolute path, which leads nowhere on GitHub or in the book");
                continue;
            }
            let linked = if file.is_empty() {
                document.clone()
            } else {
                match resolve(document, file) {
                    Some(path) => path,
                    None => {
                        problem("leads out of the repository");
                        continue;
                    }
                }
            };
            let on_disk = root.join(&linked);
            if !on_disk.exists() {
                problem("no such file");
                continue;
            }
            let Some(anchor) = anchor else { continue };
            if linked.extension().is_some_and(|e| e == "md") {
                if !anchors_of_file(&linked).contains(anchor) {
                    problem("no heading has this anchor");
                }
            } else if on_disk.is_dir() {
                problem("an anchor on a folder");
            }
        }
    }
    problems
}

/// The pages under `book` (the book's `src`) that its `SUMMARY.md` does not
/// link, as paths from `book`.
fn pages_missing_from_summary(book: &Path) -> Vec<String> {
    let summary = std::fs::read_to_string(book.join("SUMMARY.md")).expect("SUMMARY.md exists");
    let listed: BTreeSet<PathBuf> = link_targets(&summary)
        .iter()
        .filter(|t| !has_scheme(t))
        .filter_map(|t| resolve(Path::new(""), t.split('#').next().unwrap()))
        .collect();
    markdown_files(book)
        .into_iter()
        .map(|page| page.strip_prefix(book).unwrap().to_owned())
        .filter(|page| page != Path::new("SUMMARY.md") && !listed.contains(page))
        .map(|page| page.to_string_lossy().replace('\\', "/"))
        .collect()
}

/// The destinations of the links and images of a Markdown text.
fn link_targets(markdown: &str) -> Vec<String> {
    Parser::new_ext(markdown, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .filter(|target| !target.is_empty())
        .collect()
}

/// The anchors of a Markdown text's headings: the heading's text (code
/// spans' included, links' text only) lower-cased, letters, digits, `_` and
/// `-` kept, spaces made `-`, the rest dropped; a repeated one gets `-1`,
/// `-2`... (GitHub's rule, and mdBook's for these headings).
fn anchors_of(markdown: &str) -> BTreeSet<String> {
    let mut anchors = BTreeSet::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let slug = slug(&heading.take().unwrap_or_default());
                let count = seen.entry(slug.clone()).or_insert(0);
                anchors.insert(if *count == 0 {
                    slug.clone()
                } else {
                    format!("{slug}-{count}")
                });
                *count += 1;
            }
            _ => {}
        }
    }
    anchors
}

fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c.to_lowercase().next()?),
            c if c.is_whitespace() => Some('-'),
            _ => None,
        })
        .collect()
}

fn has_scheme(target: &str) -> bool {
    target.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    })
}

/// `file` (a link, relative to `document`'s folder) as a path from the
/// repository's root, or `None` when it climbs out of it.
fn resolve(document: &Path, file: &str) -> Option<PathBuf> {
    let mut path = PathBuf::new();
    for component in document
        .parent()
        .unwrap_or(Path::new(""))
        .join(file)
        .components()
    {
        match component {
            // Above the root: out of the repository.
            Component::ParentDir => path.pop().then_some(())?,
            Component::Normal(part) => path.push(part),
            _ => {}
        }
    }
    Some(path)
}

/// Every `.md` file under `dir`, sorted.
fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the book's folder is readable") {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

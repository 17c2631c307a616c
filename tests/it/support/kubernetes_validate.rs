//! `kubernetes-validate` (PyPI), which checks manifests against the
//! Kubernetes API's schemas offline, and the YAML reader of the Python it
//! runs on (its PyYAML), so a test sees the documents exactly as they are
//! validated.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// `kubernetes-validate` and the Python it runs on.
pub struct Validator {
    program: PathBuf,
    python: PathBuf,
}

impl Validator {
    /// `KUBERNETES_VALIDATE`, else `kubernetes-validate` on `PATH`. Without
    /// it a test fails in CI, saying how to install it, and is skipped
    /// elsewhere (`None`), as the browser tests are.
    pub fn find(test: &str) -> Option<Self> {
        let found = std::env::var_os("KUBERNETES_VALIDATE")
            .map(PathBuf::from)
            .or_else(|| on_path("kubernetes-validate"));
        let Some(program) = found else {
            let why = "kubernetes-validate not found: install it (.ci/run does: python3 -m venv \
                       /opt/kubernetes-validate && /opt/kubernetes-validate/bin/pip install \
                       kubernetes-validate==1.37.0) and put it on PATH or name it in \
                       KUBERNETES_VALIDATE";
            assert!(std::env::var_os("CI").is_none(), "{test}: {why}");
            eprintln!("SKIPPED {test}: {why}");
            return None;
        };
        // A pip-installed script names its interpreter in its first line.
        let script = std::fs::read_to_string(&program)
            .unwrap_or_else(|e| panic!("{} unreadable: {e}", program.display()));
        let python = script
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("#!"))
            .map(|interpreter| PathBuf::from(interpreter.trim()))
            .unwrap_or_else(|| panic!("{} has no #! line", program.display()));
        Some(Self { program, python })
    }

    /// `kubernetes-validate --strict` of `files` for `version`.
    pub fn validate(&self, version: &str, files: &[PathBuf]) -> Output {
        Command::new(&self.program)
            .args(["--strict", "--kubernetes-version", version])
            .args(files)
            .output()
            .expect("kubernetes-validate runs")
    }

    /// The YAML documents of `path`, as JSON.
    pub fn documents(&self, path: &Path) -> Vec<Value> {
        let output = Command::new(&self.python)
            .args([
                "-c",
                "import json, sys, yaml\n\
                 print(json.dumps(list(yaml.safe_load_all(open(sys.argv[1])))))",
            ])
            .arg(path)
            .output()
            .expect("python runs");
        assert!(
            output.status.success(),
            "{} is not YAML: {}",
            path.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).expect("JSON from python")
    }

    /// The one document of `path`.
    pub fn document(&self, path: &Path) -> Value {
        let mut documents = self.documents(path);
        assert_eq!(documents.len(), 1, "{}: one document", path.display());
        documents.remove(0)
    }
}

fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
}

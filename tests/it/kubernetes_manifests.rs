//! The Kubernetes manifests under `deploy/kubernetes/`: valid for the
//! Kubernetes API (`kubernetes-validate --strict`, offline, from PyPI; the
//! validator refuses broken copies, so the check can fail), and true to the
//! server and the image: the probes' paths answer on the server, the ports
//! are the ones it listens on, the grace period outlasts drain + grace, the
//! user is the image's, the issuers file is one the server accepts, and
//! every secret comes by reference.
//!
//! The YAML is read by the validator's own Python (its PyYAML), so the test
//! sees the documents exactly as they are validated.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Output;

use passage_graphql::config::{
    DEFAULT_LISTEN_ADDR, DEFAULT_SHUTDOWN_DRAIN_SECS, DEFAULT_SHUTDOWN_GRACE_SECS,
};
use serde_json::Value;

use crate::support::containerfile;
use crate::support::kubernetes_validate::Validator;
use crate::support::{config_file, random_name, spawn_app, spawn_app_unready};

const MANIFESTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/kubernetes");

/// The oldest Kubernetes still commonly run, and the newest the pinned
/// validator knows: the manifests must be valid for both.
const KUBERNETES_VERSIONS: [&str; 2] = ["1.29.0", "1.37.0"];

/// Variables that hold secrets: never a literal value in a manifest.
fn is_secret(name: &str) -> bool {
    matches!(name, "DATABASE_URL" | "REDIS_URL" | "DATABASE_LISTEN_URL")
        || ["_KEY", "_SECRET", "_TOKEN", "_PASSWORD"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
}

/// The resources `kustomization.yaml` lists, after checking that they are
/// every YAML file beside it.
fn listed_manifests(validator: &Validator) -> Vec<PathBuf> {
    let kustomization = validator.document(&Path::new(MANIFESTS).join("kustomization.yaml"));
    let mut listed: Vec<String> = kustomization["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .map(|r| r.as_str().expect("a file name").to_owned())
        .collect();
    listed.sort();
    let mut present: Vec<String> = std::fs::read_dir(MANIFESTS)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml") && name != "kustomization.yaml")
        .collect();
    present.sort();
    assert_eq!(listed, present, "kustomization.yaml lists every manifest");
    listed
        .iter()
        .map(|name| Path::new(MANIFESTS).join(name))
        .collect()
}

#[track_caller]
fn assert_valid(output: &Output, what: &str) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && !stdout.contains("ERROR") && !stderr.contains("ERROR"),
        "{what} refused:\n{stdout}{stderr}"
    );
}

#[test]
fn the_manifests_pass_the_kubernetes_schemas() {
    let Some(validator) = Validator::find("the_manifests_pass_the_kubernetes_schemas") else {
        return;
    };
    let manifests = listed_manifests(&validator);
    for version in KUBERNETES_VERSIONS {
        let output = validator.validate(version, &manifests);
        assert_valid(
            &output,
            &format!("deploy/kubernetes for Kubernetes {version}"),
        );
        // A kind it has no schema for passes with a warning only: every
        // manifest must have been checked.
        let report = String::from_utf8_lossy(&output.stdout);
        for manifest in &manifests {
            let name = manifest.display().to_string();
            assert!(
                report
                    .lines()
                    .any(|line| line.contains(&name) && line.contains("passed")),
                "{name} not checked for {version}:\n{report}"
            );
        }
    }
}

#[test]
fn the_validator_refuses_broken_manifests() {
    let Some(validator) = Validator::find("the_validator_refuses_broken_manifests") else {
        return;
    };
    let deployment = std::fs::read_to_string(Path::new(MANIFESTS).join("deployment.yaml")).unwrap();
    let broken = [
        (
            "a string where a number goes",
            deployment.replace(
                "terminationGracePeriodSeconds: 40",
                "terminationGracePeriodSeconds: forty",
            ),
            "forty",
        ),
        (
            "a misspelled field",
            deployment.replace("readinessProbe:", "readynessProbe:"),
            "readynessProbe",
        ),
    ];
    for (what, text, named) in broken {
        assert_ne!(text, deployment, "{what}: the manifest changed");
        let path = std::env::temp_dir().join(format!("pgql-broken-{}.yaml", random_name(8)));
        std::fs::write(&path, text).unwrap();
        let output = validator.validate(KUBERNETES_VERSIONS[1], std::slice::from_ref(&path));
        std::fs::remove_file(&path).unwrap();
        let report = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{what} accepted:\n{report}");
        assert!(
            report.contains(named),
            "{what}: the report names it:\n{report}"
        );
    }
}

fn port_of(addr: &str) -> u16 {
    addr.parse::<SocketAddr>()
        .unwrap_or_else(|e| panic!("{addr}: not an address: {e}"))
        .port()
}

/// The manifests by kind.
fn manifests_by_kind(validator: &Validator) -> BTreeMap<String, Value> {
    listed_manifests(validator)
        .iter()
        .map(|path| {
            let document = validator.document(path);
            (document["kind"].as_str().unwrap().to_owned(), document)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deployment_matches_the_server_and_the_image() {
    let Some(validator) = Validator::find("the_deployment_matches_the_server_and_the_image") else {
        return;
    };
    let manifests = manifests_by_kind(&validator);
    let deployment = &manifests["Deployment"];
    let pod = &deployment["spec"]["template"]["spec"];
    let containers = pod["containers"].as_array().unwrap();
    assert_eq!(containers.len(), 1);
    let container = &containers[0];

    // The environment: literal values, and which variables come from where.
    let mut env = BTreeMap::new();
    for var in container["env"].as_array().unwrap() {
        let name = var["name"].as_str().unwrap();
        if is_secret(name) {
            assert!(
                var.get("value").is_none() && var["valueFrom"]["secretKeyRef"].is_object(),
                "{name} must come from a Secret by reference: {var}"
            );
        }
        if let Some(value) = var["value"].as_str() {
            env.insert(name.to_owned(), value.to_owned());
        }
    }
    assert!(
        container["env"]
            .as_array()
            .unwrap()
            .iter()
            .any(|var| var["name"] == "DATABASE_URL"),
        "DATABASE_URL is set"
    );

    // Ports: the server's, the image's and the manifests' agree.
    let ports: BTreeMap<String, u64> = container["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_owned(),
                p["containerPort"].as_u64().unwrap(),
            )
        })
        .collect();
    let http = ports["http"];
    assert_eq!(
        u64::from(port_of(DEFAULT_LISTEN_ADDR)),
        http,
        "the server's port"
    );
    assert_eq!(u64::from(port_of(&env["LISTEN_ADDR"])), http, "LISTEN_ADDR");
    let image_env = containerfile::env();
    assert_eq!(
        u64::from(port_of(&image_env["LISTEN_ADDR"])),
        http,
        "the image's LISTEN_ADDR"
    );
    assert!(
        image_env["LISTEN_ADDR"].starts_with("0.0.0.0:"),
        "the image listens on every address, not the server's loopback default"
    );
    assert_eq!(containerfile::arg("EXPOSE"), http.to_string(), "EXPOSE");
    if let Some(metrics) = env.get("METRICS_LISTEN_ADDR") {
        assert_eq!(u64::from(port_of(metrics)), ports["metrics"]);
    }
    for port in manifests["Service"]["spec"]["ports"].as_array().unwrap() {
        let target = port["targetPort"].as_str().expect("a named targetPort");
        assert!(ports.contains_key(target), "Service targets {target}");
    }

    // The probes, on the http port; their paths answered on the server.
    let mut probe_paths = Vec::new();
    for probe in ["startupProbe", "livenessProbe", "readinessProbe"] {
        let get = &container[probe]["httpGet"];
        if probe != "startupProbe" {
            assert!(get.is_object(), "{probe} is an HTTP GET");
        }
        if get.is_object() {
            let port = &get["port"];
            assert!(
                port == "http" || port.as_u64() == Some(http),
                "{probe} on the http port: {port}"
            );
            probe_paths.push((probe, get["path"].as_str().unwrap().to_owned()));
        }
    }
    assert_eq!(
        probe_paths
            .iter()
            .find(|(probe, _)| *probe == "readinessProbe")
            .unwrap()
            .1,
        "/ready",
        "readiness is /ready (it turns 503 on SIGTERM)"
    );
    let app = spawn_app().await;
    for (probe, path) in &probe_paths {
        let status = app.http.get(app.url(path)).send().await.unwrap().status();
        assert_eq!(status, 200, "{probe} {path} on a ready server");
    }

    // Shutdown: Kubernetes waits longer than the server drains and finishes.
    let secs = |name: &str, default: u64| {
        env.get(name)
            .map_or(default, |v| v.parse().expect("a number of seconds"))
    };
    let drain = secs("SHUTDOWN_DRAIN_SECS", DEFAULT_SHUTDOWN_DRAIN_SECS);
    let grace = secs("SHUTDOWN_GRACE_SECS", DEFAULT_SHUTDOWN_GRACE_SECS);
    let termination = pod["terminationGracePeriodSeconds"].as_u64().unwrap();
    assert!(
        termination > drain + grace,
        "terminationGracePeriodSeconds {termination} must exceed drain {drain} + grace {grace}"
    );

    // Non-root as the image's user, on a read-only root.
    let user = containerfile::arg("USER");
    let uid: u64 = user
        .split(':')
        .next()
        .unwrap()
        .parse()
        .expect("a numeric USER");
    assert_ne!(uid, 0);
    assert_eq!(pod["securityContext"]["runAsNonRoot"], true);
    assert_eq!(pod["securityContext"]["runAsUser"].as_u64(), Some(uid));
    let security = &container["securityContext"];
    assert_eq!(security["readOnlyRootFilesystem"], true);
    assert_eq!(security["allowPrivilegeEscalation"], false);

    // The issuers file: the ConfigMap mounted where CONFIG_FILE points.
    let config_path = Path::new(&env["CONFIG_FILE"]);
    let mount = container["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| Path::new(m["mountPath"].as_str().unwrap()) == config_path.parent().unwrap())
        .expect("a volume mounted at CONFIG_FILE's folder");
    let volume = pod["volumes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == mount["name"])
        .expect("the mounted volume");
    let config_map = &manifests["ConfigMap"];
    assert_eq!(volume["configMap"]["name"], config_map["metadata"]["name"]);
    let file_name = config_path.file_name().unwrap().to_str().unwrap();
    let issuers = config_map["data"][file_name]
        .as_str()
        .unwrap_or_else(|| panic!("the ConfigMap holds {file_name}"));
    // The server accepts it (its keys are fetched later, so it need not be
    // reachable), given the secrets the Deployment passes.
    let file = config_file(issuers);
    let accepting = spawn_app_unready(|c| {
        c.config_file = Some(file);
        c.clerk_secret_key = Some("sk_test_manifest".into());
    })
    .await;
    let health = accepting.http.get(accepting.url("/health")).send().await;
    assert_eq!(health.unwrap().status(), 200);

    // The other objects aim at this Deployment and its pods.
    let name = &deployment["metadata"]["name"];
    let labels = &deployment["spec"]["template"]["metadata"]["labels"];
    let hpa = &manifests["HorizontalPodAutoscaler"];
    assert_eq!(&hpa["spec"]["scaleTargetRef"]["name"], name);
    assert!(
        hpa["spec"]["minReplicas"].as_u64().unwrap() >= 2,
        "a node drain leaves a replica serving"
    );
    assert!(
        deployment["spec"].get("replicas").is_none(),
        "the autoscaler owns the replica count"
    );
    let selects_pods = |selector: &Value| {
        selector
            .as_object()
            .unwrap()
            .iter()
            .all(|(k, v)| &labels[k] == v)
    };
    assert!(selects_pods(
        &manifests["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"]
    ));
    assert!(selects_pods(&manifests["Service"]["spec"]["selector"]));
}

//! The production image (`deploy/container/`): built by its own script with
//! podman into a store of the test's own, its root filesystem exported, and
//! the binary run from that filesystem alone under `chroot`, as the image's
//! user, in production mode (a `CONFIG_FILE` issuer, no emulator) against
//! the tests' Postgres. It must need nothing but the files it copies: the
//! files are checked to be exactly the binary, what `ldd` says it loads, the
//! CA certificates and the minimal `/etc`, and it must then serve `/ready`,
//! `createUser` and `me`, finding Postgres by a name only DNS knows and the
//! issuer's keys by `localhost` (/etc/hosts), through the image's glibc and
//! `nsswitch.conf`.
//!
//! Needs root, podman and chroot (`.ci/run` installs podman); without them
//! it fails in CI (`CI` set), saying so, and is skipped elsewhere or with
//! `SKIP_CONTAINER_TEST=1`. The binary is
//! `CONTAINER_TEST_BINARY` when set, else the script builds it with the
//! `container` profile (the release build without its slowest settings).

use std::collections::BTreeSet;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::process::Command;

use crate::support::dns::DnsServer;
use crate::support::free_port;
use crate::support::image_store::{self, ImageStore, run};
use crate::support::process_group::{OwnProcessGroup, ProcessGroup};
use crate::support::provider::{Alg, StandIn};
use crate::support::{GqlResponse, TestDatabase, random_name};

const BUILD_SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/container/build");
/// Where the image puts the binary, and the user it runs as.
const BINARY_IN_IMAGE: &str = "usr/local/bin/passage-graphql";
const IMAGE_USER: &str = "10001:10001";
const AUDIENCE: &str = "https://api.example.test";
/// Postgres' name, known only to the test's DNS server.
const POSTGRES_NAME: &str = "postgres.image.test";
/// Where a deployment mounts the issuers file (deploy/kubernetes).
const CONFIG_IN_IMAGE: &str = "/etc/passage-graphql/issuers.toml";

/// The production binary and the script's arguments for it:
/// `CONTAINER_TEST_BINARY`, else the one the script builds with the
/// `container` profile.
fn production_binary() -> (PathBuf, Vec<std::ffi::OsString>) {
    if let Some(binary) = std::env::var_os("CONTAINER_TEST_BINARY") {
        return (PathBuf::from(&binary), vec!["--binary".into(), binary]);
    }
    let binary = container_target().join("container/passage-graphql");
    (binary, vec!["--profile".into(), "container".into()])
}

/// Where that build goes: a folder of the target's own (a profile of its own
/// shares nothing with the test build anyway). CI builds the binary before
/// the tests and names it in `CONTAINER_TEST_BINARY`.
fn container_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("container-build")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_image_serves_from_its_own_files_under_chroot() {
    if let Some(missing) = image_store::missing_tools() {
        if std::env::var("SKIP_CONTAINER_TEST").as_deref() == Ok("1")
            || std::env::var_os("CI").is_none()
        {
            // Outside CI, as the browser tests are (CI sets `CI`).
            eprintln!("SKIPPED container_image: {missing}");
            return;
        }
        panic!(
            "the container image test cannot run: {missing}. Run the tests as root with podman \
             installed (.ci/run does), or set SKIP_CONTAINER_TEST=1 to skip it"
        );
    }
    let work = ImageStore(std::env::temp_dir().join(format!("pgql-image-{}", random_name(10))));
    std::fs::create_dir_all(&work.0).unwrap();
    let work_dir = work.0.as_path();

    // The image, from the script.
    let (binary, binary_args) = production_binary();
    let tag = format!(
        "localhost/passage-graphql-test:{}",
        random_name(8).to_lowercase()
    );
    let started = Instant::now();
    run(
        Command::new(BUILD_SCRIPT)
            .args(binary_args)
            .args(["--tag", &tag])
            .env("CARGO", env!("CARGO"))
            .env("CARGO_TARGET_DIR", container_target())
            .env("PODMAN_OPTS", work.podman_opts()),
        "deploy/container/build",
    )
    .await;
    eprintln!(
        "container_image: deploy/container/build took {:.0?}",
        started.elapsed()
    );
    let inspected = run(
        work.podman()
            .args(["image", "inspect", "--format", "{{json .Config}}", &tag]),
        "podman image inspect",
    )
    .await;
    let config: Value = serde_json::from_slice(&inspected.stdout).expect("the image's config");
    assert_eq!(config["User"], IMAGE_USER, "{config}");
    assert!(config["ExposedPorts"]["8080/tcp"].is_object(), "{config}");
    assert_eq!(config["Entrypoint"], json!([format!("/{BINARY_IN_IMAGE}")]));

    // Its root filesystem, as a container of it would see it.
    let created = run(
        work.podman().args(["create", "--pull", "never", &tag]),
        "podman create",
    )
    .await;
    let container = String::from_utf8_lossy(&created.stdout).trim().to_owned();
    let archive = work_dir.join("rootfs.tar");
    run(
        work.podman()
            .args(["export", "--output"])
            .arg(&archive)
            .arg(&container),
        "podman export",
    )
    .await;
    run(work.podman().args(["rm", &container]), "podman rm").await;
    let rootfs = work_dir.join("rootfs");
    std::fs::create_dir(&rootfs).unwrap();
    run(
        Command::new("tar")
            .arg("-xf")
            .arg(&archive)
            .arg("-C")
            .arg(&rootfs),
        "tar",
    )
    .await;
    run(work.podman().args(["rmi", &tag]), "podman rmi").await;

    // Exactly: the binary, what it loads, the certificates, the minimal /etc.
    let files = image_store::files_under(&rootfs);
    assert!(
        !files
            .iter()
            .any(|f| f.contains("libssl") || f.contains("libcrypto")),
        "OpenSSL in the image: {files:?}"
    );
    let mut expected: BTreeSet<String> = [
        BINARY_IN_IMAGE,
        "etc/ssl/certs/ca-certificates.crt",
        "etc/passwd",
        "etc/group",
        "etc/nsswitch.conf",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let libraries = image_store::loaded_libraries(&binary).await;
    assert!(
        libraries.iter().any(|l| l.contains("ld-linux")),
        "the loader is among them: {libraries:?}"
    );
    expected.extend(libraries);
    assert_eq!(files, expected, "the image's files");
    let certificates = std::fs::read_to_string(rootfs.join("etc/ssl/certs/ca-certificates.crt"))
        .expect("the CA bundle");
    assert!(certificates.contains("BEGIN CERTIFICATE"));
    let passwd = std::fs::read_to_string(rootfs.join("etc/passwd")).unwrap();
    let uid = IMAGE_USER.split(':').next().unwrap();
    assert!(
        passwd.lines().any(|l| l.split(':').nth(2) == Some(uid)),
        "the image's user is in its /etc/passwd: {passwd}"
    );

    // What a runtime adds: /etc/hosts and /etc/resolv.conf (here with a
    // DNS server that knows Postgres' name), and the issuers file as a
    // mount. The keys are fetched by `localhost` (/etc/hosts), Postgres is
    // reached by a name only DNS knows: both through the image's glibc.
    let dns = DnsServer::start(&[(POSTGRES_NAME, Ipv4Addr::LOCALHOST)]).await;
    std::fs::write(rootfs.join("etc/hosts"), "127.0.0.1 localhost\n").unwrap();
    std::fs::write(
        rootfs.join("etc/resolv.conf"),
        format!("nameserver {}\n", dns.ip),
    )
    .unwrap();
    let issuer = StandIn::start().await;
    let iss = issuer.base().to_owned();
    let keys_by_name = iss.replacen("//127.0.0.1:", "//localhost:", 1);
    assert_ne!(keys_by_name, iss, "the stand-in on 127.0.0.1");
    let config_file = rootfs.join(CONFIG_IN_IMAGE.trim_start_matches('/'));
    std::fs::create_dir_all(config_file.parent().unwrap()).unwrap();
    std::fs::write(
        &config_file,
        format!(
            "[[issuers]]\nissuer = \"{iss}\"\naudiences = [\"{AUDIENCE}\"]\n\
             jwks_uri = \"{keys_by_name}/.well-known/jwks.json\"\n"
        ),
    )
    .unwrap();

    // The server from the image, in production mode.
    let db = TestDatabase::create().await;
    let database_url = db
        .url
        .replacen("@127.0.0.1:", &format!("@{POSTGRES_NAME}:"), 1);
    assert_ne!(database_url, db.url, "the test's Postgres on 127.0.0.1");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let log_path = work_dir.join("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let mut command = Command::new("chroot");
    command
        .arg(format!("--userspec={IMAGE_USER}"))
        .arg(&rootfs)
        .args(
            config["Entrypoint"]
                .as_array()
                .into_iter()
                .chain(config["Cmd"].as_array())
                .flatten()
                .map(|arg| arg.as_str().unwrap()),
        )
        .env_clear()
        .envs(
            config["Env"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|pair| pair.as_str().unwrap().split_once('=')),
        )
        .env("LISTEN_ADDR", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", &database_url)
        .env("CONFIG_FILE", CONFIG_IN_IMAGE)
        .env("SHUTDOWN_DRAIN_SECS", "0")
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .own_process_group()
        .kill_on_drop(true);
    let mut server = command.spawn().expect("chroot starts");
    let _group = ProcessGroup::of(server.id());
    let pid = server.id().unwrap();
    let server_log = || std::fs::read_to_string(&log_path).unwrap_or_default();

    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = server.try_wait().unwrap() {
            panic!(
                "the server from the image exited ({status}):\n{}",
                server_log()
            );
        }
        let ready = http.get(format!("{base}/ready")).send().await;
        if ready.is_ok_and(|r| r.status() == 200) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the server from the image never became ready:\n{}",
            server_log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(dns.queries() > 0, "Postgres' name was asked of DNS");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let real_uid = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().next())
        .unwrap()
        .to_owned();
    assert_eq!(real_uid, uid, "it runs as the image's user");

    // A user of that issuer registers and reads themself back.
    let now = chrono::Utc::now().timestamp();
    let claims = json!({
        "iss": iss, "sub": "image-user-1", "aud": AUDIENCE, "iat": now, "exp": now + 300,
    });
    let token = issuer.sign(Alg::Rs256, json!({}), &claims);
    let gql = |query: &'static str| {
        let request = http
            .post(format!("{base}/graphql"))
            .bearer_auth(&token)
            .json(&json!({ "query": query }));
        async move { GqlResponse::from(request.send().await.expect("request sent")).await }
    };
    let created = gql("mutation { createUser(input: {name: \"Image\"}) { id name } }").await;
    let created = created.data()["createUser"].clone();
    assert_eq!(created["name"], "Image");
    let me = gql("{ me { id name identities { issuer subject } } }").await;
    let me = &me.data()["me"];
    assert_eq!(me["id"], created["id"]);
    assert_eq!(
        me["identities"],
        json!([{ "issuer": iss, "subject": "image-user-1" }])
    );
    assert_eq!(
        db.count("SELECT count(*) AS n FROM users").await,
        1,
        "the row is in the test's database"
    );

    // SIGTERM ends it cleanly, as an orchestrator stops it.
    // SAFETY: signalling our own child process.
    assert_eq!(
        unsafe { libc::kill(i32::try_from(pid).unwrap(), libc::SIGTERM) },
        0
    );
    let exited = tokio::time::timeout(Duration::from_secs(30), server.wait())
        .await
        .expect("it exits after SIGTERM")
        .unwrap();
    assert!(exited.success(), "{exited}:\n{}", server_log());
    assert!(!server_log().contains(&token), "the token is never logged");
}

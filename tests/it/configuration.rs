//! The configuration as an operator meets it, through the real binary:
//! settings in the file under the environment and the flags, `config
//! check`, secrets from files, each subcommand's own flags, dev mode with a
//! provider of one's own, and the generated reference.

use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::support::cli::Cli;
use crate::support::provider::{Alg, StandIn};
use crate::support::{config_file, random_name, spawn_app};

fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The value and origin `config check` printed for the variable `name`.
fn setting_line(stdout: &str, name: &str) -> (String, String) {
    let line = stdout
        .lines()
        .find(|line| line.split_whitespace().next() == Some(name))
        .unwrap_or_else(|| panic!("no {name} in:\n{stdout}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    (words[1].to_owned(), words[words.len() - 1].to_owned())
}

/// A generic OIDC issuer on the stand-in, for audience `api`.
fn stand_in_issuer(stand_in: &StandIn) -> String {
    format!(
        "[[issuers]]\nissuer = \"{}\"\naudiences = [\"api\"]\njwks_uri = \"{}/jwks.json\"\n",
        stand_in.base(),
        stand_in.base()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() {
    let file = config_file("graphql_max_depth = 7\nrequest_timeout_ms = 2500\n");
    let run = |flag: bool, env: bool, file_set: bool| {
        let mut cli = Cli::new().args(["config", "check"]);
        if flag {
            cli = cli.args(["--graphql-max-depth", "9"]);
        }
        if env {
            cli = cli.env("GRAPHQL_MAX_DEPTH", "8");
        }
        if file_set {
            cli = cli.env("CONFIG_FILE", &file);
        }
        cli.output()
    };
    for (flag, env, file_set, value, origin) in [
        (true, true, true, "9", "(flag)"),
        (false, true, true, "8", "(env)"),
        (false, false, true, "7", "(file)"),
        (false, false, false, "12", "(default)"),
    ] {
        let out = run(flag, env, file_set).await;
        let (stdout, stderr) = text(&out);
        assert_eq!(
            setting_line(&stdout, "GRAPHQL_MAX_DEPTH"),
            (value.to_owned(), origin.to_owned()),
            "flag {flag}, env {env}, file {file_set}:\n{stdout}\n{stderr}"
        );
    }
    let (stdout, _) = text(&run(false, false, true).await);
    assert_eq!(
        setting_line(&stdout, "REQUEST_TIMEOUT_MS"),
        ("2500".to_owned(), "(file)".to_owned())
    );
    let _ = std::fs::remove_file(file);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_check_passes_a_good_configuration_and_prints_no_secret() {
    let app = spawn_app().await;
    let stand_in = StandIn::start().await;
    let passage = app.emulator.passage_settings();
    let key_file = config_file(&format!("{}\n", passage.api_key));
    let webhook_secret_file = config_file("whsec_c2VjcmV0LW9mLXRoZS13ZWJob29r\n");
    let file = config_file(&format!(
        "database_url = \"{}\"\npassage_api_key_file = \"{}\"\n{}\
         webhook_path = \"/webhooks/identity\"\nwebhook_format = \"standard\"\n\
         webhook_secret_env = \"PGQL_CHECK_WEBHOOK_SECRET\"\n",
        app.db.url,
        key_file.display(),
        stand_in_issuer(&stand_in)
    ));
    let out = Cli::new()
        .args(["config", "check"])
        .env("CONFIG_FILE", &file)
        .env("PASSAGE_APP_ID", &passage.app_id)
        .env("PASSAGE_AUTH_URL", &passage.auth_url)
        .env("PASSAGE_API_URL", &passage.api_url)
        .env("PGQL_CHECK_WEBHOOK_SECRET_FILE", &webhook_secret_file)
        .output()
        .await;
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("webhook /webhooks/identity: ok"),
        "{stdout}"
    );
    assert!(!stdout.contains("whsec_") && !stderr.contains("whsec_"));
    assert!(
        !stdout.contains(&passage.api_key) && !stderr.contains(&passage.api_key),
        "the key was printed:\n{stdout}\n{stderr}"
    );
    let key_line = stdout
        .lines()
        .find(|l| l.trim_start().starts_with("PASSAGE_API_KEY "))
        .unwrap();
    assert!(
        key_line.contains("<redacted>") && key_line.contains("(PASSAGE_API_KEY_FILE, file)"),
        "{key_line}"
    );
    assert_eq!(setting_line(&stdout, "DATABASE_URL").1, "(file)");
    let issuers_ok = stdout
        .lines()
        .filter(|l| l.trim().starts_with("issuer ") && l.contains(": ok"))
        .count();
    assert_eq!(issuers_ok, 2, "Passage's and the stand-in's:\n{stdout}");
    assert!(
        stdout.contains(&format!("issuer {}: ok", stand_in.base())),
        "{stdout}"
    );
    assert!(
        stdout.contains("database: ok (connected; migrated)"),
        "{stdout}"
    );
    for path in [file, key_file, webhook_secret_file] {
        let _ = std::fs::remove_file(path);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_check_fails_with_status_1_on_a_database_it_cannot_reach() {
    let app = spawn_app().await;
    let out = Cli::new()
        .args(["config", "check"])
        .on(&app)
        .env(
            "DATABASE_URL",
            "postgres://nobody:hunter2-secret@127.0.0.1:1/none",
        )
        .output()
        .await;
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        stdout
            .lines()
            .any(|l| l.trim().starts_with("database: failed")),
        "{stdout}"
    );
    assert!(
        !stdout.contains("hunter2-secret") && !stderr.contains("hunter2-secret"),
        "{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("postgres://nobody:<redacted>@127.0.0.1:1/none"),
        "{stdout}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_key_or_a_bad_value_in_the_file_exits_2_naming_both() {
    for (text_of_file, key) in [
        ("graphql_max_dept = 12\n", "graphql_max_dept"),
        ("graphql_max_depth = \"deep\"\n", "graphql_max_depth"),
    ] {
        let file = config_file(text_of_file);
        for args in [&["config", "check"][..], &["serve"][..]] {
            let out = Cli::new()
                .args(args)
                .env("CONFIG_FILE", &file)
                .output()
                .await;
            let (stdout, stderr) = text(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {stdout}\n{stderr}");
            assert!(
                stderr.contains(&format!("`{key}`"))
                    && stderr.contains(&file.display().to_string()),
                "{stderr}"
            );
        }
        let _ = std::fs::remove_file(file);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secret_and_its_file_both_set_or_an_unreadable_file_exit_2() {
    let key_file = config_file("from-the-file\n");
    let out = Cli::new()
        .args(["config", "check"])
        .env("PASSAGE_API_KEY", "from-the-env")
        .env("PASSAGE_API_KEY_FILE", &key_file)
        .output()
        .await;
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("PASSAGE_API_KEY and PASSAGE_API_KEY_FILE are both set"),
        "{stderr}"
    );
    let absent = std::env::temp_dir().join(format!("pgql-absent-{}", random_name(8)));
    let out = Cli::new()
        .args(["migrate"])
        .env("DATABASE_URL_FILE", &absent)
        .output()
        .await;
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("DATABASE_URL_FILE {}", absent.display())),
        "{stderr}"
    );
    let _ = std::fs::remove_file(key_file);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_subcommand_lists_only_the_settings_it_takes() {
    let help = |args: &'static [&'static str]| async move {
        let out = Cli::new().args(args).output().await;
        assert!(out.status.success(), "{args:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let schema = help(&["schema", "--help"]).await;
    assert!(!schema.contains("DATABASE_URL"), "{schema}");
    assert!(!schema.contains("REDIS_URL"), "{schema}");
    for server in [help(&["--help"]).await, help(&["serve", "--help"]).await] {
        for wanted in [
            "DATABASE_URL",
            "GRAPHQL_MAX_DEPTH",
            "Database:",
            "Dev mode:",
        ] {
            assert!(server.contains(wanted), "{wanted}: {server}");
        }
    }
    let grant = help(&["admin", "grant", "--help"]).await;
    assert!(grant.contains("DATABASE_URL"), "{grant}");
    assert!(!grant.contains("GRAPHQL_MAX_DEPTH"), "{grant}");
    // A flag the subcommand does not take is refused, as any unknown flag.
    let out = Cli::new()
        .args(["schema", "--database-url", "postgres://x/y"])
        .output()
        .await;
    assert_eq!(out.status.code(), Some(2));
}

/// `MODE=dev` with an issuer of one's own: the local Postgres (no
/// `DATABASE_URL`), introspection on, and that issuer's tokens accepted;
/// the listen address comes from the file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_mode_with_a_provider_of_ones_own() {
    let stand_in = StandIn::start().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let data_dir = std::env::temp_dir().join(format!("pgql-devany-{}", random_name(8)));
    let file = config_file(&format!(
        "listen_addr = \"127.0.0.1:{port}\"\nemulator = \"off\"\n{}",
        stand_in_issuer(&stand_in)
    ));
    let mut child = Cli::new()
        .env("MODE", "dev")
        .env("CONFIG_FILE", &file)
        .env("DATA_DIR", &data_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    // The banner is printed once the server listens; a cluster's first
    // start (initdb) takes a few seconds.
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut banner = String::new();
    while !banner.contains("GraphiQL") {
        let line = tokio::time::timeout_at(deadline.into(), lines.next_line())
            .await
            .expect("the dev banner in time")
            .unwrap()
            .expect("the banner before stdout closes");
        banner.push_str(&line);
        banner.push('\n');
    }
    assert!(banner.contains("DEV MODE"), "{banner}");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });

    let now = chrono::Utc::now().timestamp();
    let claims = json!({
        "iss": stand_in.base(), "sub": "user-dev-1", "aud": "api",
        "iat": now, "exp": now + 300,
    });
    let token = stand_in.sign(Alg::Rs256, json!({}), &claims);
    let post = |query: &'static str, token: Option<String>| async move {
        let mut request = reqwest::Client::new()
            .post(format!("http://127.0.0.1:{port}/graphql"))
            .json(&json!({ "query": query }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        (
            response.status().as_u16(),
            response.json::<Value>().await.unwrap(),
        )
    };
    let (status, body) = post("{ __schema { queryType { name } } }", None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["__schema"]["queryType"]["name"], "Query",
        "{body}"
    );
    let (status, body) = post(
        "mutation { createUser(input: {name: \"Dev\"}) { name } }",
        Some(token.clone()),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["createUser"]["name"], "Dev", "{body}");
    let (_, body) = post("{ me { name } }", Some(token)).await;
    assert_eq!(body["data"]["me"]["name"], "Dev", "{body}");
    assert!(
        data_dir.join("postgres").exists(),
        "the local cluster lives in DATA_DIR"
    );
    drop(child);
    let _ = std::fs::remove_file(file);
    let _ = std::fs::remove_dir_all(data_dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_mode_refuses_a_public_listen_address() {
    let stand_in = StandIn::start().await;
    let file = config_file(&stand_in_issuer(&stand_in));
    let stderr = Cli::new()
        .env("MODE", "dev")
        .env("CONFIG_FILE", &file)
        .env("LISTEN_ADDR", "0.0.0.0:0")
        .refused_start()
        .await;
    assert!(
        stderr.contains("dev mode listens on loopback only, but LISTEN_ADDR is 0.0.0.0:0"),
        "{stderr}"
    );
    let _ = std::fs::remove_file(file);
}

/// `docs/src/reference/configuration.md` is exactly what the code
/// generates (`passage-graphql config reference`).
#[test]
fn configuration_reference_matches_the_code() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/src/reference/configuration.md"
    );
    let generated = passage_graphql::cli::reference::markdown();
    if std::env::var_os("UPDATE_REFERENCE").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &generated).expect("the reference is written");
        return;
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    if on_disk != generated {
        let first = on_disk
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| on_disk.lines().count().min(generated.lines().count()));
        panic!(
            "docs/src/reference/configuration.md is stale (first difference at line {}): \
             run `UPDATE_REFERENCE=1 cargo test --test it -- configuration_reference`",
            first + 1
        );
    }
}

use super::*;

fn config(args: &[&str]) -> Config {
    let mut all = vec!["passage-graphql"];
    all.extend_from_slice(args);
    Config::try_from_args(all).expect("valid flags")
}

#[test]
fn production_mode_names_the_missing_variable() {
    let c = config(&["--passage-app-id", "app"]);
    assert_eq!(c.mode(), Err(ConfigError::Missing("PASSAGE_API_KEY")));
    let c = config(&["--passage-app-id", "app", "--passage-api-key", "k"]);
    assert_eq!(c.mode(), Err(ConfigError::Missing("DATABASE_URL")));
}

#[test]
fn production_mode_with_everything_set() {
    let c = config(&[
        "--passage-app-id",
        "app",
        "--passage-api-key",
        "k",
        "--database-url",
        "postgres://x/y",
        "--passage-auth-url",
        "http://127.0.0.1:9/",
    ]);
    let Ok(Mode::Production(Some(p))) = c.mode() else {
        panic!("expected production mode");
    };
    assert_eq!(p.auth_url, "http://127.0.0.1:9");
    assert!(!format!("{p:?}").contains("\"k\""));
}

/// Production settings with `extra` flags on top.
fn production(extra: &[&str]) -> Config {
    let mut args = vec![
        "--passage-app-id",
        "app",
        "--passage-api-key",
        "k",
        "--database-url",
        "postgres://x/y",
    ];
    args.extend_from_slice(extra);
    config(&args)
}

#[test]
fn production_needs_https_off_loopback() {
    for (flag, name) in [
        ("--passage-auth-url", "PASSAGE_AUTH_URL"),
        ("--passage-api-url", "PASSAGE_API_URL"),
    ] {
        for url in [
            "http://auth.example.com",
            "http://10.0.0.5:8080/",
            "http://[2001:db8::1]:80",
            "http://localhost.example.com",
            "http://127.0.0.1.example.com",
        ] {
            let err = production(&[flag, url]).mode().expect_err(url).to_string();
            assert!(err.contains(name) && err.contains("https"), "{url}: {err}");
        }
    }
    for url in [
        "https://auth.example.com",
        "http://localhost:8081",
        "http://127.0.0.1:9/",
        "http://127.8.9.10",
        "http://[::1]:8081",
    ] {
        let c = production(&["--passage-auth-url", url, "--passage-api-url", url]);
        assert!(c.mode().is_ok(), "{url}: {:?}", c.mode());
    }
}

#[test]
fn a_leeway_over_five_minutes_is_refused() {
    let err = production(&["--jwt-leeway-secs", "301"])
        .mode()
        .expect_err("301 s of leeway")
        .to_string();
    assert!(err.contains("JWT_LEEWAY_SECS"), "{err}");
    assert!(config(&["--jwt-leeway-secs", "86400"]).mode().is_err());
    assert!(production(&["--jwt-leeway-secs", "300"]).mode().is_ok());
}

#[test]
fn debug_output_hides_the_api_key_and_the_database_password() {
    let c = config(&[
        "--passage-app-id",
        "app-id-visible",
        "--passage-api-key",
        "sk-live-SECRET",
        "--database-url",
        "postgres://ada:hunter2@db.internal:5432/shop?sslmode=require",
    ]);
    for text in [format!("{c:?}"), format!("{c:#?}")] {
        assert!(!text.contains("SECRET"), "{text}");
        assert!(!text.contains("hunter2"), "{text}");
        for visible in [
            "app-id-visible",
            "ada",
            "db.internal:5432",
            "/shop",
            "sslmode",
        ] {
            assert!(text.contains(visible), "{visible}: {text}");
        }
    }
    for url in [
        "postgres://ada@db.internal/shop?sslmode=require&password=hunter2",
        "host=db.internal user=ada password=hunter2 dbname=shop",
        "host=db.internal user=ada password='hunter2 x' dbname=shop",
        "postgres://ada:hun%40ter2@db.internal/shop",
        "postgres://ada:hunter2/x@y@db.internal:5432/shop",
    ] {
        let text = format!("{:?}", config(&["--database-url", url]));
        assert!(
            !text.contains("hunter2") && !text.contains("hun%40"),
            "{text}"
        );
        assert!(
            text.contains("ada") && text.contains("db.internal"),
            "{text}"
        );
        assert!(text.contains("shop"), "{text}");
    }
}

#[test]
fn debug_output_hides_the_redis_password() {
    for url in [
        "redis://:hunter2@cache.internal:6379/0",
        "rediss://ada:hunter2@cache.internal:6380",
        "rediss://ada:hunter2/x@y@cache.internal:6380",
        "redis-sentinel://ada:hunter2@cache.internal:26379/0?sentinelServiceName=main&sentinelPassword=hunter2",
    ] {
        let c = config(&["--redis-url", url, "--redis-timeout-ms", "250"]);
        for text in [format!("{c:?}"), format!("{c:#?}")] {
            assert!(!text.contains("hunter2"), "{text}");
            assert!(text.contains("cache.internal"), "{text}");
            assert!(text.contains("250"), "{text}");
        }
    }
    let text = format!(
        "{:?}",
        config(&[
            "--redis-url",
            "redis://:hunter2@x/0?sentinelServiceName=main"
        ])
    );
    assert!(text.contains("sentinelServiceName=main"), "{text}");
}

#[test]
fn dev_mode_refuses_a_public_address() {
    let c = config(&["--listen-addr", "0.0.0.0:8080"]);
    assert!(matches!(c.mode(), Err(ConfigError::DevModeNotLoopback(..))));
    assert_eq!(config(&[]).mode(), Ok(Mode::Dev));
}

/// GraphiQL's documentation explorer in dev mode needs it; the browser
/// test's harness, which names a Passage app, turns it on to match.
#[test]
fn introspection_is_on_in_dev_mode_and_off_in_production_unless_set() {
    assert!(config(&[]).graphql_limits().introspection);
    assert!(!production(&[]).graphql_limits().introspection);
    let on = production(&["--graphql-introspection", "true"]);
    assert!(on.graphql_limits().introspection);
}

#[test]
fn a_configuration_file_without_passage_is_production_never_dev_mode() {
    let c = config(&["--config", "/etc/passage-graphql/issuers.toml"]);
    assert_eq!(c.mode(), Err(ConfigError::Missing("DATABASE_URL")));
    let c = config(&[
        "--config",
        "/etc/passage-graphql/issuers.toml",
        "--database-url",
        "postgres://x/y",
    ]);
    assert_eq!(c.mode(), Ok(Mode::Production(None)));
    assert!(!c.graphql_limits().introspection, "production defaults");
}

#[test]
fn log_format_is_text_unless_asked() {
    assert_eq!(config(&[]).log_format, LogFormat::Text);
    assert_eq!(
        config(&["--log-format", "json"]).log_format,
        LogFormat::Json
    );
    assert!(Config::try_from_args(["passage-graphql", "--log-format", "xml"]).is_err());
}

#[test]
fn the_shutdown_drain_waits_for_balancers_in_production_only() {
    assert_eq!(config(&[]).shutdown_drain(), Duration::ZERO);
    let production = production(&[]);
    assert_eq!(
        production.shutdown_drain(),
        Duration::from_secs(DEFAULT_SHUTDOWN_DRAIN_SECS)
    );
    assert_eq!(
        config(&["--shutdown-drain-secs", "12"]).shutdown_drain(),
        Duration::from_secs(12)
    );
}

/// Production configured by its file alone (other issuers, no Passage) has
/// balancers to wait for as much as Passage's does.
#[test]
fn a_configuration_file_alone_drains_as_production() {
    let c = config(&[
        "--config",
        "/etc/passage-graphql/issuers.toml",
        "--database-url",
        "postgres://x/y",
    ]);
    assert_eq!(c.mode(), Ok(Mode::Production(None)));
    assert_eq!(
        c.shutdown_drain(),
        Duration::from_secs(DEFAULT_SHUTDOWN_DRAIN_SECS)
    );
    assert!(!c.graphql_limits().introspection, "the same mode");
}

#[test]
fn rate_limits_are_off_unless_set() {
    assert!(config(&[]).rate_limits().is_off());
    let limits = config(&[
        "--rate-limit-user-per-minute",
        "120",
        "--rate-limit-ip-per-minute",
        "0",
    ])
    .rate_limits();
    assert_eq!(limits.user_per_minute.map(|n| n.get()), Some(120));
    assert_eq!(limits.ip_per_minute, None);
    assert!(
        Config::try_from_args(["passage-graphql", "--rate-limit-ip-per-minute", "-1"]).is_err()
    );
}

/// `MODE=dev` with issuers of a file: dev mode (no database required,
/// introspection on, no drain), without the emulator unless asked.
#[test]
fn explicit_dev_mode_keeps_the_file_issuers() {
    let c = config(&["--mode", "dev", "--config", "/tmp/issuers.toml"]);
    assert!(c.is_dev());
    assert!(
        c.runs_emulator(),
        "the emulator runs beside the file's issuers"
    );
    assert_eq!(c.mode(), Ok(Mode::Dev));
    let c = config(&[
        "--dev",
        "--config",
        "/tmp/issuers.toml",
        "--emulator",
        "off",
    ]);
    assert_eq!(c.mode(), Ok(Mode::Production(None)));
    assert!(c.graphql_limits().introspection);
    assert_eq!(c.shutdown_drain(), Duration::ZERO);
    let c = config(&["--mode", "dev", "--emulator", "off"]);
    assert_eq!(c.mode(), Err(ConfigError::NoIssuer));
    let c = config(&["--mode", "dev", "--listen-addr", "0.0.0.0:8080"]);
    assert!(matches!(
        c.mode(),
        Err(ConfigError::DevModeNotLoopback("LISTEN_ADDR", _))
    ));
}

#[test]
fn explicit_production_is_the_inferred_production() {
    let c = production(&["--mode", "production"]);
    assert_eq!(c.mode(), production(&[]).mode());
    assert_eq!(
        config(&["--mode", "production"]).mode(),
        Err(ConfigError::NoIssuer)
    );
}

#[test]
fn secrets_come_from_files_without_their_newline() {
    let dir = std::env::temp_dir().join(format!("pgql-secret-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("key");
    std::fs::write(&key, "sk-from-file\n").unwrap();
    let path = key.to_str().unwrap();
    let mut c = config(&["--passage-api-key-file", path]);
    secret_files::resolve(&mut c).unwrap();
    assert_eq!(
        c.passage_api_key.as_ref().map(|k| k.expose_secret()),
        Some("sk-from-file")
    );
    let mut both = config(&["--passage-api-key-file", path, "--passage-api-key", "x"]);
    let err = secret_files::resolve(&mut both).unwrap_err().to_string();
    assert!(
        err.contains("PASSAGE_API_KEY and PASSAGE_API_KEY_FILE"),
        "{err}"
    );
    let missing = dir.join("absent");
    let mut c = config(&["--database-url-file", missing.to_str().unwrap()]);
    let err = secret_files::resolve(&mut c).unwrap_err().to_string();
    assert!(err.contains(missing.to_str().unwrap()), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_file_names_its_unknown_keys_and_bad_values() {
    let settings = Config::settings_command();
    let path = std::path::Path::new("/etc/pgql.toml");
    let ok = file::SettingsFile::parse(
        "graphql_max_depth = 7\ncors_allowed_origins = [\"https://a\", \"https://b\"]\n\
         metrics_public = true\n[[issuers]]\nissuer = \"https://x\"\n",
        path,
        &settings,
    )
    .unwrap();
    assert_eq!(
        ok.keys().collect::<Vec<_>>(),
        [
            "cors_allowed_origins",
            "graphql_max_depth",
            "metrics_public"
        ]
    );
    let err = file::SettingsFile::parse("graphql_max_dept = 7", path, &settings)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("/etc/pgql.toml") && err.contains("`graphql_max_dept`"),
        "{err}"
    );
    for bad in [
        "graphql_max_depth = \"deep\"",
        "graphql_max_depth = [1]",
        "listen_addr = 8080",
    ] {
        let err = file::SettingsFile::parse(bad, path, &settings)
            .unwrap_err()
            .to_string();
        let key = bad.split(' ').next().unwrap();
        assert!(
            err.contains("/etc/pgql.toml") && err.contains(&format!("`{key}`")),
            "{err}"
        );
    }
}

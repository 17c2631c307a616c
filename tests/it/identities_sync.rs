//! `identities sync --issuer <clerk>`: the real binary against the Clerk
//! stand-in (`support::provider`), 1,200 users listed in pages of 500, and
//! against Prism serving Clerk's published spec. Local users come in the ways
//! they do in production: `createUser` with a Clerk token, a Passage-era user
//! with a snapshot; the numbers each run prints are checked against the
//! database.

use std::path::PathBuf;
use std::process::Output;

use serde_json::json;

use crate::support::clerk_spec::ClerkSpec;
use crate::support::cli::Cli;
use crate::support::moving::{import_snapshots, passage_era};
use crate::support::provider::{
    Alg, CLERK_APP, CLERK_SECRET, StandIn, auth0_issuer, clerk_claims, clerk_issuer,
};
use crate::support::{TestApp, config_file, spawn_app_with};

/// Users at Clerk in the big scenarios: three pages of 500.
const CLERK_USERS: usize = 1_200;

struct Clerk {
    clerk: StandIn,
    iss: String,
    file: PathBuf,
    app: TestApp,
}

/// A server with the stand-in as a Clerk issuer (its entry, then `extra`).
async fn clerk_app(extra: &str) -> Clerk {
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let file = config_file(&format!("{}{extra}", clerk_issuer(&iss, &iss)));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file.clone());
        c.clerk_secret_key = Some(CLERK_SECRET.into());
    })
    .await;
    Clerk {
        clerk,
        iss,
        file,
        app,
    }
}

impl Clerk {
    /// `user_0000`.. at Clerk, each with a verified `<id>@example.com`
    /// (`user_0700`: `ada@example.com`).
    fn add_users(&self, n: usize) {
        for i in 0..n {
            let id = format!("user_{i:04}");
            let email = if i == 700 {
                "ada@example.com".to_owned()
            } else {
                format!("{id}@example.com")
            };
            self.clerk.add_clerk_user(&id, &email, true, None);
        }
    }

    /// `id` signs in with Clerk and the browser calls `createUser`.
    async fn register(&self, id: &str) {
        let claims = clerk_claims(&self.iss, id, Some(CLERK_APP));
        let token = self.clerk.sign(Alg::Rs256, json!({}), &claims);
        let user = self.app.register(&token, id).await;
        assert!(user["id"].is_string(), "{user}");
    }

    /// A user that was at Clerk, registered here, then deleted at Clerk
    /// while the webhook endpoint was down.
    async fn register_then_delete_at_clerk(&self, id: &str) {
        self.clerk
            .add_clerk_user(id, &format!("{id}@example.com"), true, None);
        self.register(id).await;
        self.clerk.remove_clerk_user(id);
    }

    /// `identities sync --issuer <iss>` and `args`, with `key` as
    /// `CLERK_SECRET_KEY`.
    async fn sync_with_key(&self, key: &str, args: &[&str]) -> Output {
        Cli::new()
            .args(["identities", "sync", "--issuer", &self.iss])
            .args(args)
            .on(&self.app)
            .env("CONFIG_FILE", &self.file)
            .env("CLERK_SECRET_KEY", key)
            .output()
            .await
    }

    /// A run expected to succeed; its stdout.
    async fn sync(&self, args: &[&str]) -> String {
        let output = self.sync_with_key(CLERK_SECRET, args).await;
        assert!(
            output.status.success(),
            "stdout: {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// (local users, the issuer's identities).
    async fn local(&self) -> (i64, i64) {
        let db = &self.app.db;
        (
            db.count("SELECT count(*) AS n FROM users").await,
            db.count(&format!(
                "SELECT count(*) AS n FROM identities WHERE issuer = '{}'",
                self.iss
            ))
            .await,
        )
    }

    async fn has_identity(&self, subject: &str) -> bool {
        let sql = format!(
            "SELECT count(*) AS n FROM identities WHERE issuer = '{}' AND subject = '{subject}'",
            self.iss
        );
        self.app.db.count(&sql).await == 1
    }
}

/// The number after `label: ` in a summary.
fn figure(out: &str, label: &str) -> i64 {
    out.lines()
        .find_map(|line| line.strip_prefix(&format!("{label}: ")))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no {label:?} in:\n{out}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_creates_the_missing_links_the_passage_era_and_deletes_the_gone_only_when_asked() {
    let s = clerk_app("link_verified_email = true\n").await;
    // Ada, from Passage's days, proved her address there.
    let ada = passage_era(&s.app, &[("ada@example.com", "Ada")]).await;
    import_snapshots(&s.app, &[(&ada[0].0, "ada@example.com", true)]).await;
    s.add_users(CLERK_USERS);
    for id in ["user_0000", "user_0500", "user_1100"] {
        s.register(id).await;
    }
    for id in ["user_gone_a", "user_gone_b"] {
        s.register_then_delete_at_clerk(id).await;
    }
    let before = s.local().await;
    assert_eq!(before.1, 5);

    let dry = s.sync(&["--dry-run", "--apply-deletes"]).await;
    assert!(dry.contains("dry run: nothing was changed"), "{dry}");
    assert_eq!(figure(&dry, "seen at the provider"), CLERK_USERS as i64);
    assert_eq!(figure(&dry, "would create"), CLERK_USERS as i64 - 4);
    assert_eq!(figure(&dry, "would link"), 1);
    assert_eq!(figure(&dry, "already present"), 3);
    assert_eq!(figure(&dry, "missing at the provider"), 2);
    assert!(dry.contains("(would delete)"), "{dry}");
    assert_eq!(s.local().await, before, "a dry run changes nothing");
    let runs = "SELECT count(*) AS n FROM identity_sync_runs";
    assert_eq!(s.app.db.count(runs).await, 0, "nor leaves a run behind");

    let real = s.sync(&[]).await;
    assert!(!real.contains("resumed"), "{real}");
    assert_eq!(figure(&real, "seen at the provider"), CLERK_USERS as i64);
    assert_eq!(figure(&real, "created"), CLERK_USERS as i64 - 4);
    assert_eq!(figure(&real, "linked"), 1);
    assert_eq!(figure(&real, "already present"), 3);
    assert_eq!(figure(&real, "missing at the provider"), 2);
    assert!(real.contains("(kept; --apply-deletes"), "{real}");
    let after = s.local().await;
    assert_eq!(after.0, before.0 + CLERK_USERS as i64 - 4, "{real}");
    assert_eq!(after.1, CLERK_USERS as i64 + 2);
    // Ada's own row got her Clerk identity, by the email rule.
    let ada_linked = format!(
        "SELECT count(*) AS n FROM identities i JOIN users u ON u.id = i.user_id \
         WHERE u.passage_id = '{}' AND i.subject = 'user_0700' AND i.linked_by = 'verified_email'",
        ada[0].0
    );
    assert_eq!(s.app.db.count(&ada_linked).await, 1);
    // The webhook's name rule: no first or last name, no username: the email.
    let named = "SELECT count(*) AS n FROM users u JOIN identities i ON i.user_id = u.id \
                 WHERE i.subject = 'user_0001' AND u.name = 'user_0001@example.com'";
    assert_eq!(s.app.db.count(named).await, 1);
    assert!(
        s.has_identity("user_gone_a").await,
        "kept without --apply-deletes"
    );

    let again = s.sync(&[]).await;
    assert_eq!(figure(&again, "created"), 0, "{again}");
    assert_eq!(figure(&again, "linked"), 0);
    assert_eq!(figure(&again, "already present"), CLERK_USERS as i64);
    assert_eq!(s.local().await, after);

    let deletes = s.sync(&["--apply-deletes"]).await;
    assert_eq!(figure(&deletes, "missing at the provider"), 2, "{deletes}");
    assert!(deletes.contains("(deleted)"), "{deletes}");
    assert!(!s.has_identity("user_gone_a").await);
    assert!(!s.has_identity("user_gone_b").await);
    assert_eq!(s.local().await, (after.0 - 2, after.1 - 2));

    let settled = s.sync(&["--apply-deletes"]).await;
    assert_eq!(figure(&settled, "missing at the provider"), 0, "{settled}");
    assert_eq!(figure(&settled, "created"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interrupted_sync_resumes_from_its_last_completed_page() {
    let s = clerk_app("").await;
    s.add_users(CLERK_USERS);
    s.register_then_delete_at_clerk("user_gone").await;
    s.clerk.fail_clerk_listing_call(2);

    let failed = s.sync_with_key(CLERK_SECRET, &[]).await;
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(!failed.status.success(), "{stderr}");
    assert!(stderr.contains("HTTP 503"), "{stderr}");
    assert!(stderr.contains("run the same command again"), "{stderr}");
    assert_eq!(s.local().await.1, 500 + 1, "the first page is in");

    // Registered after the run started, and never at Clerk: not counted as
    // gone, the run's pages before it being read already.
    s.register("user_late").await;
    let listed = s.clerk.clerk_listings().len();
    let resumed = s.sync(&[]).await;
    assert!(
        resumed.contains("resumed the run started") && resumed.contains("from page 2"),
        "{resumed}"
    );
    let listings = s.clerk.clerk_listings();
    let first_again = &listings[listed];
    assert!(
        first_again.contains(&("starting_after".into(), "user_0499".into())),
        "{first_again:?}"
    );
    assert_eq!(listings.len() - listed, 2, "pages 2 and 3 only");
    assert_eq!(
        figure(&resumed, "created"),
        CLERK_USERS as i64,
        "the run's totals"
    );
    assert_eq!(figure(&resumed, "seen at the provider"), CLERK_USERS as i64);
    assert_eq!(figure(&resumed, "missing at the provider"), 1);
    assert_eq!(s.local().await.1, CLERK_USERS as i64 + 2);

    let next = s.sync(&[]).await;
    assert!(!next.contains("resumed"), "a finished run starts a new one");
    assert_eq!(figure(&next, "missing at the provider"), 2, "{next}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_key_or_an_unreachable_api_says_what_to_check_and_the_run_resumes() {
    let s = clerk_app("").await;
    s.add_users(3);

    let refused = s.sync_with_key("sk_test_wrong", &[]).await;
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success());
    assert!(stderr.contains("CLERK_SECRET_KEY"), "{stderr}");
    assert!(
        !stderr.contains("sk_test_wrong"),
        "the key is never shown: {stderr}"
    );
    assert_eq!(s.local().await.1, 0);
    let resumed = s.sync(&[]).await;
    assert!(resumed.contains("resumed"), "{resumed}");
    assert_eq!(figure(&resumed, "created"), 3);

    let nowhere = config_file(&clerk_issuer(&s.iss, "http://127.0.0.1:1"));
    let unreachable = Cli::new()
        .args(["identities", "sync", "--issuer", &s.iss])
        .on(&s.app)
        .env("CONFIG_FILE", &nowhere)
        .env("CLERK_SECRET_KEY", CLERK_SECRET)
        .output()
        .await;
    let stderr = String::from_utf8_lossy(&unreachable.stderr);
    assert!(!unreachable.status.success());
    assert!(stderr.contains("clerk_api_url"), "{stderr}");

    let auth0 = "https://tenant.auth0.test/";
    let file = config_file(&auth0_issuer(auth0, "api", ""));
    let other = Cli::new()
        .args(["identities", "sync", "--issuer", auth0])
        .on(&s.app)
        .env("CONFIG_FILE", &file)
        .output()
        .await;
    let stderr = String::from_utf8_lossy(&other.stderr);
    assert!(!other.status.success());
    assert!(stderr.contains("sync supports Clerk issuers"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_sends_only_requests_clerks_spec_accepts_and_reads_its_answer() {
    let Some(mock) = ClerkSpec::start_or_skip("identities_sync").await else {
        return;
    };
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let file = config_file(&clerk_issuer(&iss, mock.api_url()));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file.clone());
        c.clerk_secret_key = Some(CLERK_SECRET.into());
    })
    .await;

    let output = Cli::new()
        .args(["identities", "sync", "--issuer", &iss, "--dry-run"])
        .on(&app)
        .env("CONFIG_FILE", &file)
        .env("CLERK_SECRET_KEY", CLERK_SECRET)
        .output()
        .await;
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let requests = mock.requests().await;
    let paths: Vec<&str> = requests.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(paths, ["/v1/users/count", "/v1/users"]);
    for seen in &requests {
        assert_eq!(seen.method, "GET");
        assert!(seen.authorized, "no Authorization header");
        assert!(
            seen.request_violations.is_empty(),
            "Prism found the request non-conforming: {seen:?}"
        );
        assert_eq!(seen.status, 200, "{seen:?}");
    }
    let list = &requests[1].query;
    assert!(list.contains(&("limit".into(), "500".into())), "{list:?}");
    assert!(list.contains(&("order_by".into(), "+created_at".into())));

    // What Prism answered is what the dry run counted.
    let answered: Vec<serde_json::Value> = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(format!("{}/v1/users", mock.api_url()))
        .bearer_auth(CLERK_SECRET)
        .query(&[("limit", "500"), ("order_by", "+created_at")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(!answered.is_empty());
    let n = answered.len() as i64;
    assert_eq!(figure(&out, "seen at the provider"), n, "{out}");
    assert_eq!(figure(&out, "would create"), n, "{out}");
    let (users, identities) = (
        app.db.count("SELECT count(*) AS n FROM users").await,
        app.db.count("SELECT count(*) AS n FROM identities").await,
    );
    assert_eq!((users, identities), (0, 0), "a dry run changes nothing");
}

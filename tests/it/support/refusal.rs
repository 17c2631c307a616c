//! What every refused token gets, whatever the reason: shared by the tests
//! of the request guard, of other issuers and of how tokens travel.

use super::GqlResponse;

/// A 401 refusal of the token: `UNAUTHENTICATED`, no `data`, a Bearer
/// `invalid_token` challenge and a reason a developer can act on.
#[track_caller]
pub fn assert_refused(response: &GqlResponse, case: &str) {
    assert_eq!(response.status, 401, "{case}: {}", response.body);
    assert_eq!(response.error_code(), "UNAUTHENTICATED", "{case}");
    assert!(response.body.get("data").is_none(), "{case}: no data");
    let challenge = response.headers["www-authenticate"].to_str().unwrap();
    assert!(
        challenge.starts_with("Bearer error=\"invalid_token\""),
        "{case}: {challenge}"
    );
    let message = response.body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.len() > 10,
        "{case}: a reason a developer can act on"
    );
}

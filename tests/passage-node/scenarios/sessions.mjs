// Sign-ins through the auth API (one-time codes, as passage-js makes them)
// as the Management API reports them (login_count, last_login_at,
// recent_events), and passage.user.revokeRefreshTokens / signOut ending
// the sessions: the next refresh, which passage-js would make, fails.
// Deactivated users can neither refresh nor sign in.
export default async function sessions(kit) {
  const { input, passage, check, equal, refused, checkUser, signInWithCode, refresh, authApi } = kit;
  const email = input.email;

  const first = await signInWithCode(email, "register");
  const user = checkUser(await passage.user.getByIdentifier(email), "after registering");
  equal([user.status, user.login_count, user.email_verified], ["active", 1, true], "registered with a code");
  equal(user.recent_events.length, 1, "one event");
  const [registered] = user.recent_events;
  equal([registered.type, registered.action, registered.status], ["otp_register", "register", "complete"], "registration event");
  equal([registered.ip_addr, registered.user_agent, registered.user_agent_display], ["127.0.0.1", "node", "node"], "who");

  const second = await signInWithCode(email, "login");
  const after = checkUser(await passage.user.get(user.id), "after signing in");
  equal(after.login_count, 2, "login_count moved");
  check(after.last_login_at > user.last_login_at, "last_login_at moved");
  equal(after.recent_events.map((e) => e.type), ["otp_login", "otp_register"], "events, newest first");

  // A refresh works (and rotates); after revokeRefreshTokens none does.
  const rotated = await refresh(first.refresh_token);
  equal(rotated.status, 200, "a refresh before revoking");
  equal(await passage.user.revokeRefreshTokens(user.id), true, "revokeRefreshTokens");
  for (const [token, which] of [
    [rotated.body.auth_result.refresh_token, "the rotated one"],
    [second.refresh_token, "the second session's"],
  ]) {
    const denied = await refresh(token);
    equal([denied.status, denied.body.code], [401, "invalid_refresh_token"], `refresh with ${which} after revoking`);
  }
  // The old name does the same.
  const third = await signInWithCode(email, "login");
  equal(await passage.user.signOut(user.id), true, "signOut");
  equal((await refresh(third.refresh_token)).status, 401, "refresh after signOut");

  // Deactivated: no refresh, no sign-in; activated again: both.
  const fourth = await signInWithCode(email, "login");
  await passage.user.deactivate(user.id);
  equal((await refresh(fourth.refresh_token)).status, 401, "refresh while inactive");
  const refusedCode = await authApi("/login/otp", { identifier: email });
  equal([refusedCode.status, refusedCode.body.code], [403, "user_inactive"], "sign-in while inactive");
  await passage.user.activate(user.id);
  await signInWithCode(email, "login");
  const last = checkUser(await passage.user.get(user.id), "at the end");
  equal(last.login_count, 5, "every sign-in counted");

  const unknown = await refused(passage.user.revokeRefreshTokens("nobody"), 404, "user_not_found", "revokeRefreshTokens(unknown)");
  return { userId: user.id, loginCount: last.login_count, unknown };
}

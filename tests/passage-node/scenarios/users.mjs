// passage.user: create, get, getByIdentifier (and its old name), update,
// deactivate, activate, listDevices, delete; and the refusals, with the
// status and code the SDK's error models name.
export default async function users({ input, sdk, passage, check, equal, refused, rejects, checkUser }) {
  const email = input.email;
  const created = checkUser(
    await passage.user.create({ email, user_metadata: { plan: "pro" } }),
    "create(email)",
  );
  equal(created.email, email, "created email");
  equal(created.phone, "", "an absent phone is empty");
  equal(created.status, "active", "created status");
  equal(created.login_count, 0, "a created user never signed in");
  equal(created.last_login_at.getUTCFullYear(), 1, "never signed in: the zero time");
  equal(created.user_metadata, { plan: "pro" }, "created metadata");
  equal(created.external_id, "", "external_id");
  equal([created.webauthn, created.webauthn_devices, created.recent_events], [false, [], []], "no credentials yet");

  const byPhone = checkUser(await passage.user.create({ phone: input.phone }), "create(phone)");
  equal([byPhone.email, byPhone.phone], ["", input.phone], "a phone-only user");

  const got = checkUser(await passage.user.get(created.id), "get");
  equal([got.id, got.email, got.user_metadata], [created.id, email, { plan: "pro" }], "get");
  // The SDK lowercases the identifier and reads the user through the list.
  const found = checkUser(await passage.user.getByIdentifier(email.toUpperCase()), "getByIdentifier");
  equal(found.id, created.id, "getByIdentifier(email)");
  const foundByPhone = checkUser(await passage.user.getUserByIdentifier(input.phone), "getUserByIdentifier");
  equal(foundByPhone.id, byPhone.id, "getUserByIdentifier(phone)");

  const newEmail = `new-${email}`;
  const updated = checkUser(
    await passage.user.update(created.id, { email: newEmail, user_metadata: { plan: "team" } }),
    "update",
  );
  equal([updated.email, updated.email_verified, updated.user_metadata], [newEmail, false, { plan: "team" }], "update");
  check(updated.updated_at >= created.updated_at, "updated_at did not move");

  equal(checkUser(await passage.user.deactivate(created.id), "deactivate").status, "inactive", "deactivate");
  equal(checkUser(await passage.user.get(created.id), "get").status, "inactive", "stays inactive");
  equal(checkUser(await passage.user.activate(created.id), "activate").status, "active", "activate");
  equal(await passage.user.listDevices(created.id), [], "listDevices of a user with no passkey");

  const refusals = {
    getUnknown: await refused(passage.user.get("nobody-here-000000000000"), 404, "user_not_found", "get(unknown)"),
    activateUnknown: await refused(passage.user.activate("nobody"), 404, "user_not_found", "activate(unknown)"),
    devicesUnknown: await refused(passage.user.listDevices("nobody"), 404, "user_not_found", "listDevices(unknown)"),
    revokeUnknownDevice: await refused(
      passage.user.revokeDevice(created.id, "no-such-device"),
      404,
      "device_not_found",
      "revokeDevice(unknown device)",
    ),
    duplicate: await refused(passage.user.create({ email: newEmail }), 400, "invalid_request", "create(taken email)"),
    badEmail: await refused(passage.user.create({ email: "not-an-email" }), 400, "invalid_request", "create(bad email)"),
    badPhone: await refused(
      passage.user.update(byPhone.id, { phone: "555" }),
      400,
      "invalid_request",
      "update(bad phone)",
    ),
    takenPhone: await refused(
      passage.user.update(created.id, { phone: input.phone }),
      400,
      "invalid_request",
      "update(taken phone)",
    ),
  };
  // getByIdentifier finds nobody: the SDK's own error, from an empty list.
  refusals.unknownIdentifier = await rejects(passage.user.getByIdentifier("nobody@example.com"), "getByIdentifier");
  check(refusals.unknownIdentifier.includes("User not found"), refusals.unknownIdentifier);
  const wrongKey = new sdk.Passage({ appID: input.appId, apiKey: "not-the-key" });
  refusals.wrongKey = await refused(wrongKey.user.get(created.id), 401, "invalid_access_token", "a wrong API key");
  const wrongApp = new sdk.Passage({ appID: "no-such-app", apiKey: input.apiKey });
  refusals.wrongApp = await refused(wrongApp.user.get(created.id), 404, "app_not_found", "another app");

  equal(await passage.user.delete(byPhone.id), true, "delete");
  await refused(passage.user.get(byPhone.id), 404, "user_not_found", "get(deleted)");
  await refused(passage.user.delete(byPhone.id), 404, "user_not_found", "delete(deleted)");

  return { created: { id: created.id, email: newEmail }, deleted: byPhone.id, refusals };
}

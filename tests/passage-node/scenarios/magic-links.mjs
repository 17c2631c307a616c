// passage.auth.createMagicLink by email, phone and user ID (with options),
// the older passage.createMagicLink, the refusals; the link in the emulator's
// inbox when sent; and the link at work: activated as passage-js does, it
// signs the user in (a token validateJwt accepts), once.
export default async function magicLinks(kit) {
  const { input, sdk, passage, check, equal, refused, rejects, checkUser, checkMagicLink, inbox, authApi } = kit;
  const { MagicLinkType, MagicLinkChannel } = sdk;
  const email = input.email;

  const byEmail = checkMagicLink(
    await passage.auth.createMagicLink({ email, type: MagicLinkType.Login, send: true }),
    "createMagicLink(email)",
  );
  equal([byEmail.identifier, byEmail.type, byEmail.activated, byEmail.app_id], [email, "login", false, input.appId], "link by email");
  equal([byEmail.ttl, byEmail.redirect_url], [5, "/"], "defaults");
  const url = new URL(byEmail.url);
  equal(url.searchParams.get("psg_magic_link"), byEmail.secret, "the URL carries the secret");
  const sent = (await inbox(email)).filter((m) => m.purpose === "magic_link");
  equal(sent.map((m) => m.magic_link), [byEmail.url], "the inbox has the link, once");
  // A new identifier: a pending user, whom the link will register.
  const pending = checkUser(await passage.user.get(byEmail.user_id), "the link's user");
  equal([pending.email, pending.status, pending.login_count], [email, "pending", 0], "a pending user");

  const phoneUser = await passage.user.create({ phone: input.phone });
  const byPhone = checkMagicLink(
    await passage.auth.createMagicLink({ phone: input.phone, type: MagicLinkType.VerifyIdentifier, send: false }, { ttl: 2 }),
    "createMagicLink(phone)",
  );
  equal(
    [byPhone.user_id, byPhone.identifier, byPhone.type, byPhone.ttl],
    [phoneUser.id, input.phone, "verify_identifier", 2],
    "link by phone",
  );
  equal((await inbox(input.phone)).length, 0, "a link not sent is not in the inbox");

  const byUser = checkMagicLink(
    await passage.auth.createMagicLink(
      { userId: byEmail.user_id, channel: MagicLinkChannel.Email, type: MagicLinkType.Login, send: false },
      { language: "de", magicLinkPath: "/welcome", redirectUrl: "/dashboard", ttl: 10 },
    ),
    "createMagicLink(userId)",
  );
  equal([byUser.user_id, byUser.identifier, byUser.redirect_url, byUser.ttl], [byEmail.user_id, email, "/dashboard", 10], "link by user");
  equal(new URL(byUser.url).pathname, "/welcome", "magicLinkPath");
  const older = checkMagicLink(
    await passage.createMagicLink({ email, channel: "email", send: false, type: "login" }),
    "passage.createMagicLink",
  );
  equal(older.user_id, byEmail.user_id, "the older method, same user");

  const refusals = {
    unknownUser: await refused(
      passage.auth.createMagicLink({ userId: "nobody", channel: MagicLinkChannel.Email, type: MagicLinkType.Login, send: false }),
      404,
      "user_not_found",
      "createMagicLink(unknown user)",
    ),
    absolutePath: await refused(
      passage.auth.createMagicLink({ email, type: MagicLinkType.Login, send: false }, { magicLinkPath: "https://evil.example/" }),
      400,
      "invalid_request",
      "createMagicLink(absolute path)",
    ),
    badEmail: await refused(
      passage.auth.createMagicLink({ email: "nope", type: MagicLinkType.Login, send: false }),
      400,
      "invalid_request",
      "createMagicLink(bad email)",
    ),
  };

  // The browser's half: passage-js posts the psg_magic_link parameter.
  const activated = await authApi("/magic-link/activate", { magic_link: url.searchParams.get("psg_magic_link") });
  equal(activated.status, 200, `activate (${JSON.stringify(activated.body)})`);
  const token = activated.body.auth_result.auth_token;
  equal(await passage.auth.validateJwt(token), byEmail.user_id, "the link's token validates");
  const again = await authApi("/magic-link/activate", { magic_link: byEmail.secret });
  equal([again.status, again.body.code], [400, "invalid_request"], "a link works once");

  const registered = checkUser(await passage.user.get(byEmail.user_id), "after the link");
  equal([registered.status, registered.email_verified, registered.login_count], ["active", true, 1], "registered by the link");
  const [event] = registered.recent_events;
  equal([event.type, event.action, event.status], ["magic_link_register", "register", "complete"], "the event");
  check(event.completed_at instanceof Date, "completed_at");

  await rejects(passage.auth.validateJwt(`${token}x`), "a tampered token");
  return { userId: byEmail.user_id, url: byEmail.url, refusals };
}

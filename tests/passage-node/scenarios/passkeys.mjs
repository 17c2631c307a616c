// Passkeys made through passage-js (examples/spa in headless Chromium, a
// virtual WebAuthn authenticator) as passage-node sees them: the device in
// webauthn_devices and listDevices, with the authenticator's credential ID;
// sign-ins moving login_count, last_login_at, the device's usage and
// recent_events; passage.user.revokeDevice ending that passkey's sign-ins;
// passage.user.revokeRefreshTokens ending the page's session's refresh.
import { chromium } from "playwright-core";

const WAIT = { timeout: 15000 };

export default async function passkeys({ input, passage, check, equal, checkUser, checkDevice, refresh }) {
  const { app, email, name } = input;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    const visible = (selector) => page.waitForSelector(`${selector}:not([hidden])`, WAIT);
    const signOut = async () => {
      await page.click("#signout-button");
      await visible("#signed-out");
    };
    const signInWithPasskey = async (typed) => {
      await page.fill("#signin-email", typed);
      await page.click("#signin-passkey");
    };
    const shownError = async () => {
      await page.waitForFunction(() => document.getElementById("error").textContent !== "", null, WAIT);
      return page.textContent("#error");
    };

    await page.goto(`${app}/spa/`);
    await visible("#signed-out");
    await page.fill("#register-email", email);
    await page.fill("#register-name", name);
    await page.click("#register-passkey");
    await visible("#profile");

    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    equal(credentials.length, 1, "credentials in the authenticator");
    const credId = Buffer.from(credentials[0].credentialId, "base64").toString("base64url");

    const registered = checkUser(await passage.user.getByIdentifier(email), "after registering");
    equal([registered.status, registered.webauthn, registered.webauthn_types], ["active", true, ["passkey"]], "a passkey user");
    equal(registered.webauthn_devices.length, 1, "one device");
    const [device] = registered.webauthn_devices;
    equal([device.cred_id, device.type, device.usage_count], [credId, "passkey", 1], "the device is the authenticator's");
    const listed = (await passage.user.listDevices(registered.id)).map((d) => checkDevice(d, "listDevices"));
    equal(listed.map((d) => [d.id, d.cred_id]), [[device.id, credId]], "listDevices");
    const [registration] = registered.recent_events;
    equal([registration.type, registration.action], ["passkey_register", "register"], "registration event");
    check(registration.user_agent.includes("Chrome"), `user_agent: ${registration.user_agent}`);
    equal(registration.user_agent_display, "Chrome on Linux", "user_agent_display");

    await signOut();
    await signInWithPasskey(email);
    await visible("#profile");
    const signedIn = checkUser(await passage.user.get(registered.id), "after a passkey sign-in");
    equal(signedIn.login_count, registered.login_count + 1, "login_count moved");
    check(signedIn.last_login_at > registered.last_login_at, "last_login_at moved");
    equal(signedIn.webauthn_devices[0].usage_count, 2, "the device's usage moved");
    check(signedIn.webauthn_devices[0].last_login_at > device.last_login_at, "the device's last_login_at moved");
    equal(signedIn.recent_events[0].type, "passkey_login", "the sign-in is an event");

    // The page's session: its refresh token, then revoked.
    const refreshToken = await page.evaluate(() => localStorage.getItem("psg_refresh_token"));
    check(refreshToken, "passage-js stored a refresh token");
    equal(await passage.user.revokeRefreshTokens(registered.id), true, "revokeRefreshTokens");
    const denied = await refresh(refreshToken);
    equal([denied.status, denied.body.code], [401, "invalid_refresh_token"], "the page's next refresh");

    equal(await passage.user.revokeDevice(registered.id, device.id), true, "revokeDevice");
    equal(await passage.user.listDevices(registered.id), [], "no devices after revoking");
    const revoked = checkUser(await passage.user.get(registered.id), "after revoking the device");
    equal([revoked.webauthn, revoked.webauthn_devices], [false, []], "no passkey left");

    // The authenticator still holds the passkey; the emulator no longer
    // accepts it, with the email typed or without (the browser picks it).
    await signOut();
    await signInWithPasskey(email);
    const withEmail = await shownError();
    check(await page.isHidden("#profile"), "a revoked passkey signed in (email typed)");
    await page.reload();
    await visible("#signed-out");
    await signInWithPasskey("");
    const discovered = await shownError();
    check(await page.isHidden("#profile"), "a revoked passkey signed in (discoverable)");
    const after = checkUser(await passage.user.get(registered.id), "after the refused sign-ins");
    equal(after.login_count, signedIn.login_count, "refused sign-ins are not counted");
    return { userId: registered.id, credId, deviceId: device.id, refused: { withEmail, discovered } };
  } finally {
    await browser.close();
  }
}

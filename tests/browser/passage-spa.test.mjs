// Drives examples/spa, which runs Passage's own JavaScript SDK
// (@passageidentity/passage-js) and Apollo Client, in Debian's headless
// Chromium against the dev server and its Passage emulator. Passkeys are real
// WebAuthn: a virtual authenticator from the DevTools WebAuthn domain (ctap2,
// internal, resident keys, user verification) signs the emulator's
// challenges. Every request the page sends to /graphql is recorded off the
// wire (what it carried, what the server answered).
//
// Usage: node passage-spa.test.mjs <scenario> <app URL> <emulator URL> <email> <name>
//   app URL: http://localhost:<port> (WebAuthn refuses IP addresses)
//   scenarios: passkey | one-time-code | refresh | wrong-code
// Prints one JSON line with what it saw, the GraphQL requests under "wire";
// exits 1 on any failure.
import { createHash } from "node:crypto";
import { chromium } from "playwright-core";

const [scenario, app, emulator, email, name] = process.argv.slice(2);
if (!name) {
  console.error("usage: node passage-spa.test.mjs <scenario> <app URL> <emulator URL> <email> <name>");
  process.exit(2);
}

const WAIT = { timeout: 15000 };

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const context = await browser.newContext();
const page = await context.newPage();
page.on("console", (message) => console.error(`page console: ${message.text()}`));
page.on("pageerror", (error) => console.error(`page error: ${error.message}`));

// The page's GraphQL requests in the order it sent them, each filled in with
// the server's answer once it arrives.
const wire = [];
page.on("request", (request) => {
  if (new URL(request.url()).pathname !== "/graphql") return;
  const sent = request.postDataJSON() ?? {};
  const text = typeof sent.query === "string" && sent.query.length > 0;
  const hash = sent.extensions?.persistedQuery?.sha256Hash ?? null;
  const entry = {
    method: request.method(),
    operation: sent.operationName ?? null,
    withText: text,
    hash,
    hashIsTheTextsSha256: text && hash ? createHash("sha256").update(sent.query).digest("hex") === hash : null,
  };
  entry.settled = (async () => {
    entry.authorization = /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test((await request.allHeaders()).authorization ?? "")
      ? "Bearer <JWT>"
      : null;
    const response = await request.response();
    entry.status = response?.status() ?? null;
    const body = await response?.json().catch(() => null);
    entry.answered = body?.errors ? body.errors.map((e) => e.extensions?.code ?? "ERROR").join(",") : body?.data ? "data" : null;
  })();
  wire.push(entry);
});

async function settledWire() {
  await Promise.all(wire.map((entry) => entry.settled));
  return wire.map(({ settled, ...entry }) => entry);
}

// A passkey authenticator inside the browser, as a laptop's would be.
async function addVirtualAuthenticator() {
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
  return {
    credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
  };
}

async function visible(selector) {
  await page.waitForSelector(`${selector}:not([hidden])`, WAIT);
}

async function errorText() {
  return (await page.textContent("#error")) ?? "";
}

// The profile is on screen with exactly this user's name and email.
async function expectProfile(when) {
  await visible("#profile");
  const shownName = await page.textContent("#me-name");
  const shownEmail = await page.textContent("#me-email");
  check(shownName === name, `${when}: name shown is ${JSON.stringify(shownName)}, not ${JSON.stringify(name)}`);
  check(shownEmail === email, `${when}: email shown is ${JSON.stringify(shownEmail)}, not ${JSON.stringify(email)}`);
  const error = await errorText();
  check(error === "", `${when}: the page shows an error: ${error}`);
  return { name: shownName, email: shownEmail };
}

async function storedTokens() {
  return page.evaluate(() => ({
    auth: localStorage.getItem("psg_auth_token"),
    refresh: localStorage.getItem("psg_refresh_token"),
  }));
}

function claims(token) {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
}

// The newest one-time code the emulator "sent" to this email that is not in
// `seen` (polled: the page may still be waiting for its answer).
async function codeFromInbox(purpose, seen = new Set()) {
  const deadline = Date.now() + WAIT.timeout;
  while (Date.now() < deadline) {
    const response = await fetch(`${emulator}/emulator/inbox?identifier=${encodeURIComponent(email)}`);
    check(response.ok, `inbox answered ${response.status}`);
    const { messages } = await response.json();
    const message = messages.find((m) => m.purpose === purpose && !seen.has(m.otp_id));
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${purpose} code for ${email} in the emulator's inbox`);
}

async function signOut() {
  await page.click("#signout-button");
  await visible("#signed-out");
  const tokens = await storedTokens();
  check(tokens.auth === null && tokens.refresh === null, "signing out left tokens in localStorage");
}

async function registerWithCode() {
  await page.fill("#register-email", email);
  await page.fill("#register-name", name);
  await page.click("#register-code");
  await visible("#code-form");
  return codeFromInbox("register");
}

const scenarios = {
  // Register with a passkey -> createUser -> me; reload; sign out; sign in
  // with the passkey (email typed), sign out, sign in with no email (the
  // browser picks the passkey).
  async passkey() {
    const authenticator = await addVirtualAuthenticator();
    await page.fill("#register-email", email);
    await page.fill("#register-name", name);
    await page.click("#register-passkey");
    const registered = await expectProfile("after registering with a passkey");
    const credentials = await authenticator.credentials();
    check(credentials.length === 1, `the authenticator holds ${credentials.length} credentials`);
    check(credentials[0].rpId === "localhost", `passkey RP ID is ${credentials[0].rpId}`);
    check(credentials[0].isResidentCredential, "the passkey is not discoverable");
    const tokens = await storedTokens();
    check(tokens.auth?.split(".").length === 3 && tokens.refresh, "the SDK stored no session");

    await page.reload();
    await expectProfile("after a reload");

    await signOut();
    await page.fill("#signin-email", email);
    await page.click("#signin-passkey");
    await expectProfile("after signing in with the passkey");

    await signOut();
    await page.fill("#signin-email", "");
    await page.click("#signin-passkey");
    const discovered = await expectProfile("after signing in with the passkey, no email typed");
    const [used] = await authenticator.credentials();
    check(used.signCount >= 2, `the passkey signed ${used.signCount} times`);
    return { registered, discovered, signCount: used.signCount };
  },

  // Register with a one-time code -> createUser -> me; sign out; sign in
  // with a one-time code.
  async "one-time-code"() {
    const registration = await registerWithCode();
    await page.fill("#code", registration.code);
    await page.click("#code-submit");
    const registered = await expectProfile("after registering with a one-time code");
    await signOut();
    await page.fill("#signin-email", email);
    await page.click("#signin-code");
    await visible("#code-form");
    const login = await codeFromInbox("login", new Set([registration.otp_id]));
    await page.fill("#code", login.code);
    await page.click("#code-submit");
    const signedIn = await expectProfile("after signing in with a one-time code");
    return { registered, signedIn };
  },

  // The auth token expires (the test set a short lifetime); the next call
  // goes through getAuthToken(), which refreshes it with the refresh token,
  // and the old refresh token is used up.
  async refresh() {
    const registration = await registerWithCode();
    await page.fill("#code", registration.code);
    await page.click("#code-submit");
    await expectProfile("after registering");
    const before = await storedTokens();
    const expiresAt = claims(before.auth).exp;
    // Expired as the SDK counts it: whole seconds past `exp`.
    await page.waitForFunction((exp) => Math.floor(Date.now() / 1000) > exp, expiresAt, {
      timeout: 20000,
      polling: 100,
    });
    await page.click("#reload-me");
    await page
      .waitForFunction((old) => localStorage.getItem("psg_auth_token") !== old, before.auth, WAIT)
      .catch(() => {
        throw new Error("the expired auth token was never replaced: no refresh through the SDK");
      });
    const shown = await expectProfile("after the SDK refreshed the expired token");
    const after = await storedTokens();
    check(claims(after.auth).exp > expiresAt, "the new auth token does not outlive the old one");
    check(after.refresh && after.refresh !== before.refresh, "the refresh token was not rotated");
    const reuse = await fetch(`${emulator}/v1/apps/${claims(after.auth).aud[0]}/tokens`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: before.refresh }),
    });
    check(reuse.status === 401, `the used refresh token still works (${reuse.status})`);
    return { shown, expiredAt: expiresAt, newExpiry: claims(after.auth).exp };
  },

  // A wrong code: the SDK's error (the emulator's message) is on the page and
  // nobody is signed in; the right code then works.
  async "wrong-code"() {
    const registration = await registerWithCode();
    const wrong = registration.code.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    await page.fill("#code", wrong);
    await page.click("#code-submit");
    await page.waitForFunction(() => document.getElementById("error").textContent !== "", null, WAIT);
    const shownError = await errorText();
    check(await page.isVisible("#code-form"), "the code form left the screen after a wrong code");
    check(await page.isHidden("#profile"), "a wrong code showed the profile");
    check((await storedTokens()).auth === null, "a wrong code left an auth token");
    await page.fill("#code", registration.code);
    await page.click("#code-submit");
    const shown = await expectProfile("after the right code");
    return { shownError, shown };
  },
};

try {
  check(scenarios[scenario], `unknown scenario ${scenario}`);
  await page.goto(`${app}/spa/`);
  await visible("#signed-out");
  const seen = await scenarios[scenario]();
  console.log(JSON.stringify({ scenario, ...seen, wire: await settledWire() }));
} catch (error) {
  console.error(`browser test ${scenario} failed: ${error.message}`);
  console.error(`page error text: ${await errorText().catch(() => "?")}`);
  await browser.close();
  process.exit(1);
}
await browser.close();

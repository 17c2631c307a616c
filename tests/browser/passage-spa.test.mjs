// Drives examples/spa, which runs Passage's own JavaScript SDK
// (@passageidentity/passage-js) and Apollo Client, in Debian's headless
// Chromium against the dev server and its Passage emulator. Passkeys are real
// WebAuthn: a virtual authenticator from the DevTools WebAuthn domain (ctap2,
// internal, resident keys, user verification) signs the emulator's
// challenges. Every request the page sends to /graphql is recorded off the
// wire (what it carried, what the server answered), and so is every frame of
// its graphql-ws sockets.
//
// Usage: node passage-spa.test.mjs <scenario> <app URL> <emulator URL> <email> <name>
//   app URL: http://localhost:<port> (WebAuthn refuses IP addresses)
//   scenarios: passkey | one-time-code | refresh | wrong-code | live
// Prints one JSON line with what it saw, the GraphQL requests under "wire";
// exits 1 on any failure.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
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

// The page's graphql-ws sockets: what each sent and received.
const sockets = [];
function recordSockets(target, origin) {
  target.on("websocket", (socket) => {
    const entry = { origin, url: socket.url(), openedAt: Date.now(), sent: [], received: [] };
    const frame = (payload) => {
      try {
        return JSON.parse(payload);
      } catch {
        return { unparsed: String(payload).slice(0, 80) };
      }
    };
    socket.on("framesent", ({ payload }) => entry.sent.push(frame(payload)));
    socket.on("framereceived", ({ payload }) => entry.received.push(frame(payload)));
    sockets.push(entry);
  });
}
recordSockets(page, "app");

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

// The page's live-updates line once it says `state` (on, off).
async function liveStatus(target, state) {
  await target
    .waitForSelector(`#live[data-state="${state}"]`, WAIT)
    .catch(async () => {
      throw new Error(`live updates never ${state}: ${await target.textContent("#live")}`);
    });
  return target.textContent("#live");
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
  // and the old refresh token is used up. The live socket, closed by the
  // server at the expiry, comes back signed in with the renewed cookie.
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
    // The server closed the live socket at the token's expiry; the page
    // renewed the token and its new socket was signed in again.
    const deadline = Date.now() + WAIT.timeout;
    const renewed = () =>
      sockets.some((s) => s.openedAt > expiresAt * 1000 && s.received.some((f) => f.type === "connection_ack"));
    while (!renewed() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    check(renewed(), `no live socket was signed in after the expiry: ${JSON.stringify(sockets)}`);
    const reuse = await fetch(`${emulator}/v1/apps/${claims(after.auth).aud[0]}/tokens`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: before.refresh }),
    });
    check(reuse.status === 401, `the used refresh token still works (${reuse.status})`);
    const expiredSockets = sockets.filter((s) => s.openedAt <= expiresAt * 1000 && s.received.some((f) => f.type === "connection_ack"));
    return { shown, expiredAt: expiresAt, newExpiry: claims(after.auth).exp, liveBeforeExpiry: expiredSockets.length, liveAfterExpiry: renewed() };
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

// Live updates through Apollo Client's GraphQLWsLink: the socket is signed
// in by the cookie passage-js sets; a rename made elsewhere shows on the page
// with no request from it; the same page served from another origin of the
// same site (another port of localhost, so the browser sends the cookie
// along) has its socket refused.
scenarios.live = async () => {
  const signedOut = await liveStatus(page, "off");
  const registration = await registerWithCode();
  await page.fill("#code", registration.code);
  await page.click("#code-submit");
  await expectProfile("after registering");
  await liveStatus(page, "on");
  const cookie = (await context.cookies(app)).find((c) => c.name === "psg_auth_token");
  check(cookie, "passage-js set no psg_auth_token cookie");
  const token = (await storedTokens()).auth;
  check(cookie.value === token, "the cookie is not the SDK's auth token");

  // The subscription is live some moment after `subscribe`: rename until
  // the page shows a name it did not ask for.
  const requestsBefore = wire.length;
  let renamed = null;
  for (let n = 0; n < 40 && !renamed; n += 1) {
    const newName = `${name} ${n}`;
    const response = await fetch(`${app}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: "mutation Rename($name: String!) { updateMe(input: { name: $name }) { name } }",
        variables: { name: newName },
      }),
    });
    const body = await response.json();
    check(response.ok && !body.errors && body.data.updateMe.name === newName, `updateMe: ${JSON.stringify(body)}`);
    renamed = await page
      .waitForFunction((expected) => document.getElementById("me-name").textContent === expected, newName, {
        timeout: 300,
      })
      .then(() => newName)
      .catch(() => null);
  }
  check(renamed, "no rename reached the page");
  check(wire.length === requestsBefore, "the page asked the server over HTTP for the rename");

  // Another origin, same site: a server on another port of this machine
  // that hands out the app's own files (so it is the same page); its socket
  // goes to the app, with the cookie.
  const mirror = createServer(async (request, response) => {
    const upstream = await fetch(`${app}${request.url}`);
    response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "text/plain" });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((resolve) => mirror.listen(0, "127.0.0.1", resolve));
  const foreign = `http://localhost:${mirror.address().port}`;
  const other = await context.newPage();
  recordSockets(other, "foreign");
  await other.goto(`${foreign}/spa/?graphql=${encodeURIComponent(`${app}/graphql`)}`);
  const refused = await liveStatus(other, "off");
  const stillShown = await page.textContent("#me-name");
  await other.close();
  mirror.close();

  const live = sockets.map(({ origin, url, sent, received }) => ({
    origin,
    url,
    initCarriedToken: sent.some((f) => f.type === "connection_init" && JSON.stringify(f.payload ?? {}).includes(token)),
    acknowledged: received.some((f) => f.type === "connection_ack"),
    subscribed: sent.filter((f) => f.type === "subscribe").map((f) => f.payload.operationName ?? null),
    heard: received.filter((f) => f.type === "next").map((f) => f.payload?.data?.meChanged?.name ?? null),
  }));
  return { signedOut, renamed, stillShown, refused, sockets: live };
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

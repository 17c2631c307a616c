// Drives the page of server.mjs (better-auth's own client) in Debian's
// headless Chromium, as a Passage-era user moving to better-auth: a code
// emailed by better-auth proves their address, they add a passkey (real
// WebAuthn: a virtual authenticator from the DevTools WebAuthn domain signs
// better-auth's challenges), sign out, and sign in again with the passkey
// alone (discoverable, no email typed). After each sign-in the page sends
// better-auth's JWT to the GraphQL server and shows `me`.
//
// Usage: node browser.test.mjs <better-auth URL> <control URL> <GraphQL URL> <email>
// Prints one JSON line with what it saw; exits 1 on any failure.
import { chromium } from 'playwright-core';

const [base, controlUrl, graphql, email] = process.argv.slice(2);
if (!email) {
  console.error('usage: node browser.test.mjs <better-auth URL> <control URL> <GraphQL URL> <email>');
  process.exit(2);
}

const WAIT = { timeout: 15000 };

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const context = await browser.newContext();
const page = await context.newPage();
page.on('console', (message) => console.error(`page console: ${message.text()}`));
page.on('pageerror', (error) => console.error(`page error: ${error.message}`));

// A passkey authenticator inside the browser, as a laptop's would be.
async function addVirtualAuthenticator() {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

async function errorText() {
  return (await page.textContent('#error')) ?? '';
}

/** Clicks `selector` and waits until the page's handler is done, without an error. */
async function act(selector, what) {
  await page.click(selector);
  await page.waitForSelector('body:not([data-busy])', { ...WAIT, state: 'attached' });
  const error = await errorText();
  check(error === '', `${what}: the page shows an error: ${error}`);
}

async function visible(selector) {
  await page.waitForSelector(`${selector}:not([hidden])`, WAIT);
}

function claims(token) {
  const [header, payload] = token.split('.').slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
  return { header, payload };
}

// Signed in: the session's email, and the `me` the page got with the JWT.
async function signedIn(when) {
  await visible('#signed-in');
  const sessionEmail = await page.textContent('#session-email');
  check(sessionEmail === email, `${when}: better-auth's session is for ${sessionEmail}, not ${email}`);
  const seen = await page.evaluate(() => window.seen);
  check(seen?.token, `${when}: the page sent no JWT`);
  check(seen.status === 200 && !seen.body.errors, `${when}: me answered ${seen.status} ${JSON.stringify(seen.body)}`);
  const shown = await page.isVisible('#me')
    ? { id: await page.textContent('#me-id'), name: await page.textContent('#me-name') }
    : null;
  return { ...claims(seen.token), me: seen.body.data.me, shown };
}

// The newest code better-auth "emailed" to this address for `type`
// (polled: the page may still be waiting for its answer).
async function codeFromMail(type) {
  const deadline = Date.now() + WAIT.timeout;
  while (Date.now() < deadline) {
    const response = await fetch(`${controlUrl}/mail?email=${encodeURIComponent(email)}`);
    check(response.ok, `the control server answered ${response.status}`);
    const { messages } = await response.json();
    const message = messages.findLast((m) => m.type === type);
    if (message) return message.otp;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`better-auth sent no ${type} code to ${email}`);
}

try {
  await page.goto(`${base}/?graphql=${encodeURIComponent(graphql)}`);
  await page.waitForSelector('body[data-ready]', { ...WAIT, state: 'attached' });
  await visible('#signed-out');
  const authenticator = await addVirtualAuthenticator();

  // The address is proved by a code better-auth emails.
  await page.fill('#email', email);
  await act('#send-code', 'sending the code');
  await visible('#code-form');
  await page.fill('#code', await codeFromMail('sign-in'));
  await act('#code-submit', 'signing in with the code');
  const byCode = await signedIn('after signing in with the emailed code');

  await act('#add-passkey', 'adding a passkey');
  const passkeys = await page.textContent('#passkeys');
  check(passkeys === '1', `better-auth lists ${passkeys} passkeys`);
  const credentials = await authenticator.credentials();
  check(credentials.length === 1, `the authenticator holds ${credentials.length} credentials`);
  check(credentials[0].rpId === 'localhost', `passkey RP ID is ${credentials[0].rpId}`);
  check(credentials[0].isResidentCredential, 'the passkey is not discoverable');

  await act('#sign-out', 'signing out');
  await visible('#signed-out');
  await page.fill('#email', '');
  await act('#signin-passkey', 'signing in with the passkey');
  const byPasskey = await signedIn('after signing in with the passkey');
  const [used] = await authenticator.credentials();
  check(used.signCount >= 2, `the passkey signed ${used.signCount} times`);

  console.log(JSON.stringify({ byCode, byPasskey, signCount: used.signCount }));
} catch (error) {
  console.error(`better-auth browser test failed: ${error.message}`);
  console.error(`page error text: ${await errorText().catch(() => '?')}`);
  await browser.close();
  process.exit(1);
}
await browser.close();

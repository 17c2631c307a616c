// The page's script (bundled by server.mjs): better-auth's own client with
// its email OTP, passkey and JWT plugins, and a GraphQL call with the JWT,
// as an app that moved off Passage does it.
import { passkeyClient } from '@better-auth/passkey/client';
import { createAuthClient } from 'better-auth/client';
import { emailOTPClient, jwtClient } from 'better-auth/client/plugins';

const ME = '{ me { id name email emailVerified identities { issuer subject } } }';

// baseURL: this origin's /api/auth.
const authClient = createAuthClient({ plugins: [emailOTPClient(), passkeyClient(), jwtClient()] });
const graphql = new URLSearchParams(window.location.search).get('graphql');

const $ = (id) => document.getElementById(id);

/** What the page last did, for the test driving it: the JWT sent and `me`'s answer. */
window.seen = null;

function showError(error) {
  $('error').textContent = error ? (error.message ?? String(error)) : '';
}

// better-auth's client answers `{ data, error }`; an error is shown and thrown.
async function call(what, promise) {
  const { data, error } = await promise;
  if (error) throw new Error(`${what}: ${error.message ?? error.statusText ?? JSON.stringify(error)}`);
  return data;
}

async function me() {
  const { token } = await call('token', authClient.token());
  const response = await fetch(graphql, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ME }),
  });
  const body = await response.json();
  window.seen = { token, status: response.status, body };
  if (body.errors) throw new Error(`me: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data.me;
}

async function render() {
  const session = await call('session', authClient.getSession());
  $('signed-out').hidden = Boolean(session);
  $('signed-in').hidden = !session;
  $('me').hidden = true;
  $('no-me').hidden = true;
  if (!session) {
    $('code-form').hidden = true;
    return;
  }
  $('session-email').textContent = session.user.email;
  const passkeys = await call('passkeys', authClient.passkey.listUserPasskeys());
  $('passkeys').textContent = String(passkeys.length);
  const user = await me();
  if (user) {
    $('me-id').textContent = user.id;
    $('me-name').textContent = user.name;
    $('me-email').textContent = user.email ?? '';
  }
  $('me').hidden = !user;
  $('no-me').hidden = Boolean(user);
}

function on(id, event, action) {
  $(id).addEventListener(event, async (e) => {
    e.preventDefault();
    showError(null);
    document.body.dataset.busy = 'true';
    try {
      await action();
    } catch (error) {
      showError(error);
    } finally {
      delete document.body.dataset.busy;
    }
  });
}

on('email-form', 'submit', async () => {
  await call('send code', authClient.emailOtp.sendVerificationOtp({ email: $('email').value, type: 'sign-in' }));
  $('code-form').hidden = false;
});
on('code-form', 'submit', async () => {
  await call('sign in', authClient.signIn.emailOtp({ email: $('email').value, otp: $('code').value }));
  await render();
});
on('signin-passkey', 'click', async () => {
  await call('passkey sign-in', authClient.signIn.passkey());
  await render();
});
on('add-passkey', 'click', async () => {
  await call('add passkey', authClient.passkey.addPasskey({ name: 'this laptop' }));
  await render();
});
on('sign-out', 'click', async () => {
  await call('sign out', authClient.signOut());
  window.seen = null;
  await render();
});

render().then(() => { document.body.dataset.ready = 'true'; }, showError);

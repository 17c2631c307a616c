// The example single-page app: plain JS, no build step, Passage's own SDK.
//
// This is what an app written against Passage contains. Passage signs the user
// in (a passkey, or a one-time code); the app sends the auth token from
// `passage.session.getAuthToken()` (which refreshes it when it has expired) to
// its GraphQL server, calls `createUser` once after registration, and reads
// `me`. Nothing here knows about the emulator: in dev mode one script in
// index.html points the SDK there.

import { Passage } from "@passageidentity/passage-js";

// Your Passage app ID. passage-graphql's dev mode runs an emulator for this one.
const PASSAGE_APP_ID = "passage-graphql-dev";
// The GraphQL endpoint: this page's server, unless `?graphql=<url>` says otherwise.
const GRAPHQL_URL =
  new URLSearchParams(location.search).get("graphql") || new URL("/graphql", location.href).href;

const passage = new Passage(PASSAGE_APP_ID);
const $ = (id) => document.getElementById(id);

async function graphql(query, variables = {}) {
  const token = await passage.session.getAuthToken();
  const response = await fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(body.errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; "));
  }
  return body.data;
}

// Passage's guide: after registration, record the user in the app's database.
async function createUser(name) {
  await graphql("mutation($name: String!) { createUser(input: { name: $name }) { id } }", { name });
}

const views = ["signed-out", "code-form", "complete-form", "profile"];
function show(view) {
  for (const id of views) $(id).hidden = id !== view;
}

async function showMe() {
  const { me } = await graphql("{ me { name email } }");
  if (!me) return show("complete-form");
  $("me-name").textContent = me.name;
  $("me-email").textContent = me.email ?? "(none)";
  show("profile");
}

function handle(element, event, action) {
  element.addEventListener(event, async (e) => {
    e.preventDefault();
    $("error").textContent = "";
    try {
      await action();
    } catch (error) {
      $("error").textContent = error.message;
    }
  });
}

// A one-time code on its way: what to do once the user types it.
let pendingCode = null;

function askForCode(email, otpId, then) {
  pendingCode = { otpId, then };
  $("code-sent-to").textContent = email;
  $("code").value = "";
  show("code-form");
}

handle($("register-form"), "submit", async () => {
  await passage.passkey.register($("register-email").value);
  await createUser($("register-name").value);
  await showMe();
});

handle($("register-code"), "click", async () => {
  if (!$("register-form").reportValidity()) return;
  const email = $("register-email").value;
  const name = $("register-name").value;
  const { otpId } = await passage.oneTimePasscode.register(email);
  askForCode(email, otpId, async () => {
    await createUser(name);
    await showMe();
  });
});

// With no email, the browser offers the passkeys it has for this site.
handle($("signin-form"), "submit", async () => {
  await passage.passkey.login($("signin-email").value || undefined);
  await showMe();
});

handle($("signin-code"), "click", async () => {
  const email = $("signin-email").value;
  if (!email) throw new Error("Type your email to get a code.");
  const { otpId } = await passage.oneTimePasscode.login(email);
  askForCode(email, otpId, showMe);
});

handle($("code-form"), "submit", async () => {
  await passage.oneTimePasscode.activate($("code").value, pendingCode.otpId);
  const { then } = pendingCode;
  pendingCode = null;
  await then();
});

handle($("code-cancel"), "click", async () => show("signed-out"));

handle($("complete-form"), "submit", async () => {
  await createUser($("complete-name").value);
  await showMe();
});

handle($("reload-me"), "click", showMe);

handle($("signout-button"), "click", async () => {
  await passage.session.signOut();
  show("signed-out");
});

// Signed in from an earlier visit? getAuthToken() answers from storage, or
// refreshes an expired token; it throws when there is no session.
let signedIn = true;
await passage.session.getAuthToken().catch(() => (signedIn = false));
if (signedIn) {
  await showMe().catch((error) => {
    $("error").textContent = error.message;
    show("signed-out");
  });
} else {
  show("signed-out");
}

// The example single-page app: plain JS, no build step, Passage's own SDK and
// Apollo Client.
//
// This is what an app written against Passage contains. Passage signs the user
// in (a passkey, or a one-time code); the app sends the auth token from
// `passage.session.getAuthToken()` (which refreshes it when it has expired) to
// its GraphQL server through Apollo Client, calls `createUser` once after
// registration, and reads `me`. Nothing here knows about the emulator: in dev
// mode one script in index.html points the SDK there.

import { Passage } from "@passageidentity/passage-js";
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

// Your Passage app ID. passage-graphql's dev mode runs an emulator for this one.
const PASSAGE_APP_ID = "passage-graphql-dev";
// The GraphQL endpoint: this page's server, unless `?graphql=<url>` says otherwise.
const GRAPHQL_URL =
  new URLSearchParams(location.search).get("graphql") || new URL("/graphql", location.href).href;

const passage = new Passage(PASSAGE_APP_ID);
const $ = (id) => document.getElementById(id);

// The hex SHA-256 of a query's text, from the browser's Web Crypto.
async function sha256(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// Each operation asks the SDK for the token as it goes out, so an expired one
// is refreshed first. Automatic persisted queries: the first request carries
// only the query's hash; a server that has not seen it answers
// PERSISTED_QUERY_NOT_FOUND and the link sends the text once; from then on
// the hash is enough.
const apollo = new ApolloClient({
  link: new SetContextLink(async ({ headers }) => ({
    headers: { ...headers, Authorization: `Bearer ${await passage.session.getAuthToken()}` },
  }))
    .concat(new PersistedQueryLink({ sha256 }))
    .concat(new HttpLink({ uri: GRAPHQL_URL })),
  cache: new InMemoryCache(),
});

// The data, or an error naming each GraphQL error's code, as the page shows it.
async function graphql(operation) {
  try {
    const { data, error } = await operation;
    if (error) throw error;
    return data;
  } catch (error) {
    if (!CombinedGraphQLErrors.is(error)) throw error;
    throw new Error(error.errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; "));
  }
}

const ME = gql`
  query Me {
    me {
      name
      email
    }
  }
`;

const CREATE_USER = gql`
  mutation CreateUser($name: String!) {
    createUser(input: { name: $name }) {
      id
    }
  }
`;

// Passage's guide: after registration, record the user in the app's database.
async function createUser(name) {
  await graphql(apollo.mutate({ mutation: CREATE_USER, variables: { name } }));
}

const views = ["signed-out", "code-form", "complete-form", "profile"];
function show(view) {
  for (const id of views) $(id).hidden = id !== view;
}

// Always from the server: Reload is how a user sees a change made elsewhere.
async function showMe() {
  const { me } = await graphql(apollo.query({ query: ME, fetchPolicy: "network-only" }));
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
  // The next user to sign in on this page sees nothing of this one's.
  await apollo.clearStore();
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

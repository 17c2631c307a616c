// The example single-page app: plain JS, no build step, Passage's own SDK and
// Apollo Client, with live updates over graphql-ws.
//
// This is what an app written against Passage contains. Passage signs the user
// in (a passkey, or a one-time code); the app sends the auth token from
// `passage.session.getAuthToken()` (which refreshes it when it has expired) to
// its GraphQL server through Apollo Client, calls `createUser` once after
// registration, reads `me`, and keeps it up to date through the `meChanged`
// subscription. Nothing here knows about the emulator: in dev mode one script
// in index.html points the SDK there.

import { Passage } from "@passageidentity/passage-js";
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { CloseCode, createClient } from "graphql-ws";

// Your Passage app ID. passage-graphql's dev mode runs an emulator for this one.
const PASSAGE_APP_ID = "passage-graphql-dev";
// The GraphQL endpoint: this page's server, unless `?graphql=<url>` says otherwise.
const GRAPHQL_URL =
  new URLSearchParams(location.search).get("graphql") || new URL("/graphql", location.href).href;
// Subscriptions: the same path, as a WebSocket (graphql-ws).
const LIVE_URL = GRAPHQL_URL.replace(/^http/, "ws");

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
const http = new SetContextLink(async ({ headers }) => ({
  headers: { ...headers, Authorization: `Bearer ${await passage.session.getAuthToken()}` },
}))
  .concat(new PersistedQueryLink({ sha256 }))
  .concat(new HttpLink({ uri: GRAPHQL_URL }));

// Live updates. A page cannot set headers on a WebSocket, and needs none
// here: the browser sends the `psg_auth_token` cookie, which passage-js keeps
// beside localStorage, with the socket's upgrade, and the server signs the
// socket in with it. The server takes a cookie only from a page of its own
// origin or an allowed one (CORS_ALLOWED_ORIGINS), so a copy of this page on
// another origin gets the socket refused (4403). An API on another site
// would pass the token instead: `connectionParams: async () => ({
// authorization: `Bearer ${await passage.session.getAuthToken()}` })`.
//
// Each sign-in or sign-out opens a new socket, signed by the cookie of the
// moment; `live.link` is always the current one.
const live = { client: null, link: null, subscription: null };
const subscriptions = new ApolloLink((operation) => live.link.request(operation));

const apollo = new ApolloClient({
  link: ApolloLink.split((operation) => operation.operationType === "subscription", subscriptions, http),
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

const ME_CHANGED = gql`
  subscription MeChanged {
    meChanged {
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

function showProfile(me) {
  $("me-name").textContent = me.name;
  $("me-email").textContent = me.email ?? "(none)";
}

// From the server; a change made elsewhere arrives by itself (meChanged),
// and Reload asks again.
async function showMe() {
  const { me } = await graphql(apollo.query({ query: ME, fetchPolicy: "network-only" }));
  if (!me) return show("complete-form");
  showProfile(me);
  show("profile");
}

function liveStatus(state, text) {
  $("live").dataset.state = state;
  $("live").textContent = text;
}

function stopLive() {
  live.subscription?.unsubscribe();
  live.client?.dispose();
  Object.assign(live, { client: null, link: null, subscription: null });
}

// Opens a socket (signed in by the cookie, if any) and subscribes to
// meChanged; the status line says whether updates are coming.
function startLive() {
  stopLive();
  liveStatus("connecting", "Live updates: connecting");
  const client = createClient({
    url: LIVE_URL,
    // At its token's expiry the server closes the socket with 4403 and says
    // so: reconnecting signs in again with the cookie, which passage-js
    // renews with the token. Any other refusal stands until the next
    // sign-in; other closes (a restart, the network) are retried.
    shouldRetry: (event) => event?.code !== CloseCode.Forbidden || /expired/.test(event.reason ?? ""),
    // The upgrade carries the cookie as it is then: first let passage-js
    // renew an expired token (it rewrites the cookie), then back off.
    retryWait: async (retries) => {
      await passage.session.getAuthToken().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10000)));
    },
    on: {
      connected: () => liveStatus("on", "Live updates: on"),
      closed: (event) => {
        if (live.client === client && event?.code === CloseCode.Forbidden) {
          liveStatus("off", `Live updates: off (${event.reason})`);
        }
      },
    },
  });
  Object.assign(live, { client, link: new GraphQLWsLink(client) });
  live.subscription = apollo.subscribe({ query: ME_CHANGED }).subscribe({
    next: ({ data, error }) => {
      if (data?.meChanged) showProfile(data.meChanged);
      if (error) liveStatus("off", `Live updates: off (${error.message})`);
    },
    error: (error) => liveStatus("off", `Live updates: off (${error.message})`),
  });
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

// Signed in and registered: the profile, kept up to date.
async function showMeLive() {
  await showMe();
  startLive();
}

handle($("register-form"), "submit", async () => {
  await passage.passkey.register($("register-email").value);
  await createUser($("register-name").value);
  await showMeLive();
});

handle($("register-code"), "click", async () => {
  if (!$("register-form").reportValidity()) return;
  const email = $("register-email").value;
  const name = $("register-name").value;
  const { otpId } = await passage.oneTimePasscode.register(email);
  askForCode(email, otpId, async () => {
    await createUser(name);
    await showMeLive();
  });
});

// With no email, the browser offers the passkeys it has for this site.
handle($("signin-form"), "submit", async () => {
  await passage.passkey.login($("signin-email").value || undefined);
  await showMeLive();
});

handle($("signin-code"), "click", async () => {
  const email = $("signin-email").value;
  if (!email) throw new Error("Type your email to get a code.");
  const { otpId } = await passage.oneTimePasscode.login(email);
  askForCode(email, otpId, showMeLive);
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
  await showMeLive();
});

handle($("reload-me"), "click", showMe);

handle($("signout-button"), "click", async () => {
  await passage.session.signOut();
  // The next user to sign in on this page sees nothing of this one's.
  stopLive();
  liveStatus("off", "Live updates: off (signed out)");
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
// The socket goes by the cookie, not by what this page holds: it says
// whether this browser's sign-in reaches the server from here.
startLive();

// The example single-page app: plain JS, no build step.
//
// Where things are: the GraphQL endpoint is this page's origin + /graphql
// unless `?graphql=<url>` says otherwise; the Passage emulator's address and
// app ID come from the server's dev-mode `/dev/passage.json`.

const params = new URLSearchParams(location.search);
const graphqlUrl = params.get("graphql") || new URL("/graphql", location.href).href;
const $ = (id) => document.getElementById(id);

async function passageConfig() {
  const response = await fetch(new URL("/dev/passage.json", graphqlUrl));
  if (!response.ok) throw new Error("the server is not in dev mode (no /dev/passage.json)");
  return response.json();
}

// Passage Elements keep the auth token in this cookie; the server reads it.
function setAuthCookie(token) {
  document.cookie = `psg_auth_token=${token}; path=/; SameSite=Lax; max-age=3600`;
}

function clearAuthCookie() {
  document.cookie = "psg_auth_token=; path=/; SameSite=Lax; max-age=0";
}

async function passage(route, email, extra = {}) {
  const { appId, authUrl } = await passageConfig();
  const response = await fetch(`${authUrl}/v1/apps/${appId}/emulator/${route}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, ...extra }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `Passage said ${response.status}`);
  return body.auth_token;
}

async function graphql(query, variables = {}) {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    credentials: "include",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(body.errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; "));
  }
  return body.data;
}

async function createUser(name) {
  await graphql("mutation($name: String!) { createUser(input: { name: $name }) { id } }", { name });
}

function show(view) {
  $("signed-out").hidden = view !== "signed-out";
  $("complete-form").hidden = view !== "complete";
  $("profile").hidden = view !== "profile";
}

async function showMe() {
  const { me } = await graphql("{ me { name email } }");
  if (!me) return show("complete");
  $("me-name").textContent = me.name;
  $("me-email").textContent = me.email ?? "(none)";
  show("profile");
}

function handle(form, action) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    $("error").textContent = "";
    try {
      await action();
    } catch (error) {
      $("error").textContent = error.message;
    }
  });
}

handle($("register-form"), async () => {
  setAuthCookie(await passage("register", $("register-email").value));
  await createUser($("register-name").value);
  await showMe();
});

handle($("signin-form"), async () => {
  setAuthCookie(await passage("login", $("signin-email").value));
  await showMe();
});

handle($("complete-form"), async () => {
  await createUser($("complete-name").value);
  await showMe();
});

$("signout-button").addEventListener("click", () => {
  clearAuthCookie();
  show("signed-out");
});

if (document.cookie.includes("psg_auth_token=")) {
  showMe().catch(() => show("signed-out"));
}

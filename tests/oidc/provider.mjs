// A real, independent OpenID provider for the interoperability tests:
// oidc-provider (the certified Node implementation) on 127.0.0.1, issuing
// RFC 9068 JWT access tokens for one API audience, signed with keys made at
// start (RS256 RSA-2048 and ES256 P-256, both in its JWKS).
//
//   node tests/oidc/provider.mjs --audience https://api.example.test
//
// When ready it prints one JSON line on stdout:
//   {"issuer", "jwks_uri", "audience", "control", "kids": {"RS256", "ES256"}}
//
// Tests never sign tokens themselves: the control server (a second loopback
// port, so the issuer serves nothing a real provider would not) runs the
// provider's own authorization-code flow with PKCE for the user it is given and
// exchanges the code at the provider's token endpoint with a `resource`.
//   POST {control}/token  {sub, email?, phone?, email_verified?, phone_number_verified? (null: no such claim),
//                          alg: "RS256"|"ES256", audience?}  -> {access_token, ...}
//   POST {control}/rotate {keep_old?: bool}                   -> {kids, jwks_kids}
//   POST {control}/counts {}                                  -> {userinfo} (requests to its UserInfo endpoint)
// `userinfo: true` in /token asks for a token for the provider's own UserInfo
// instead: no `resource`, so oidc-provider issues an opaque access token
// without an audience, the only kind its UserInfo endpoint accepts (its JWT
// access tokens are not stored and always carry an audience, and UserInfo
// refuses both; see tests/it/userinfo.rs).
// The process exits when its stdin closes (the test that started it is gone).

import * as crypto from 'node:crypto';
import * as http from 'node:http';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

// stdout carries the ready line only; oidc-provider's notices go to stderr.
console.info = console.warn;

const { values: args } = parseArgs({
  options: {
    audience: { type: 'string' },
  },
});
if (!args.audience || !URL.parse(args.audience)) {
  fail('usage: provider.mjs --audience <absolute URI>');
}

// The alg of an access token is picked by the client that asks for it, as a
// provider ties a signing key choice to a registration; one client per alg.
const CLIENTS = { RS256: 'harness-rs256', ES256: 'harness-es256' };
// The client that asks for UserInfo tokens: no resource, so no audience.
const USERINFO_CLIENT = 'harness-userinfo';
const ALG_OF_CLIENT = Object.fromEntries(Object.entries(CLIENTS).map(([alg, id]) => [id, alg]));
const REDIRECT_URI = 'http://127.0.0.1/callback'; // never fetched: the control client reads Location
const API_SCOPE = 'api:read';
const HOP_TIMEOUT_MS = 5_000;
const MAX_HOPS = 10;

/** Requests to the UserInfo endpoint so far. */
let userinfoRequests = 0;
/** Accounts by id (the token's `sub`), with the claims the tests asked for. */
const accounts = new Map();
/** Signing keys (private JWKs); the first of an alg is the one that signs. */
let keys = [newKey('RS256'), newKey('ES256')];
/** Signed cookies must survive a key rotation's new Provider instance. */
const cookieKeys = [crypto.randomBytes(32).toString('base64url')];

const issuerServer = http.createServer((req, res) => route(req, res).catch((err) => {
  log(`issuer: ${err.stack ?? err}`);
  if (!res.headersSent) res.writeHead(500);
  res.end();
}));
const controlServer = http.createServer((req, res) => control(req, res).catch((err) => {
  log(`control: ${err.stack ?? err}`);
  sendJson(res, 500, { error: String(err.message ?? err) });
}));

const issuerPort = await listen(issuerServer);
const controlPort = await listen(controlServer);
const issuer = `http://127.0.0.1:${issuerPort}`;
let provider = newProvider();

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

process.stdout.write(`${JSON.stringify({
  issuer,
  jwks_uri: `${issuer}/jwks`,
  audience: args.audience,
  control: `http://127.0.0.1:${controlPort}`,
  kids: currentKids(),
})}\n`);

function newKey(alg) {
  const { privateKey } = alg === 'RS256'
    ? crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
    : crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = `${alg.toLowerCase()}-${crypto.randomBytes(6).toString('hex')}`;
  return { ...privateKey.export({ format: 'jwk' }), kid, alg, use: 'sig' };
}

function currentKids() {
  return {
    RS256: keys.find((k) => k.alg === 'RS256').kid,
    ES256: keys.find((k) => k.alg === 'ES256').kid,
  };
}

// oidc-provider reads its keys once, at construction, as a real deployment
// does at start; rotating means a new instance on the same issuer (its
// in-memory store is shared by every instance in the process).
function newProvider() {
  const signingKid = currentKids();
  const p = new Provider(issuer, {
    clients: [...Object.values(CLIENTS), USERINFO_CLIENT].map((clientId) => ({
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: [REDIRECT_URI],
    })),
    jwks: { keys: keys.map((k) => ({ ...k })) },
    cookies: { keys: cookieKeys },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
    },
    scopes: ['openid', 'email', 'phone'],
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    // The account's email and phone ride in the access token itself, so the
    // API can read them from a verified token.
    async extraTokenClaims(_ctx, token) {
      if (!token.accountId) return undefined;
      return accounts.get(token.accountId);
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // The UserInfo client's tokens are for UserInfo alone: no resource.
        defaultResource: async (_ctx, client) => (
          client.clientId === USERINFO_CLIENT ? undefined : args.audience
        ),
        useGrantedResource: async () => true,
        // Any absolute URI is a resource server here, so a test can get a
        // token for an audience the API does not accept.
        getResourceServerInfo: async (_ctx, resource, client) => {
          const alg = ALG_OF_CLIENT[client.clientId] ?? 'RS256';
          return {
            audience: resource,
            scope: API_SCOPE,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg, kid: signingKid[alg] } },
          };
        },
      },
    },
  });
  p.on('server_error', (_ctx, err) => log(`server_error: ${err.stack ?? err}`));
  return p;
}

async function route(req, res) {
  if (new URL(req.url, issuer).pathname === '/me') userinfoRequests += 1;
  const match = /^\/interaction\/([^/?]+)/.exec(req.url);
  if (match && req.method === 'GET') {
    await interaction(req, res);
    return;
  }
  provider.callback()(req, res);
}

// A sign-in page that signs in whoever `login_hint` names (the tests are the
// user), then a consent page that grants what the client asked for.
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params } = details;
  if (prompt.name === 'login') {
    const accountId = params.login_hint;
    const result = accounts.has(accountId)
      ? { login: { accountId } }
      : { error: 'access_denied', error_description: `unknown account ${accountId}` };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    return;
  }
  if (prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
      grant.addResourceScope(resource, scopes.join(' '));
    }
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    return;
  }
  res.writeHead(501).end(`prompt ${prompt.name} not handled`);
}

async function control(req, res) {
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'POST only' });
    return;
  }
  const body = JSON.parse((await readBody(req)) || '{}');
  if (req.url === '/token') {
    const result = await accessToken(body);
    sendJson(res, result.error ? 400 : 200, result);
  } else if (req.url === '/counts') {
    sendJson(res, 200, { userinfo: userinfoRequests });
  } else if (req.url === '/rotate') {
    keys = [newKey('RS256'), ...keys.filter((k) => body.keep_old || k.alg !== 'RS256')];
    provider = newProvider();
    sendJson(res, 200, { kids: currentKids(), jwks_kids: keys.map((k) => k.kid) });
  } else {
    sendJson(res, 404, { error: `no ${req.url}` });
  }
}

/** Runs the authorization-code flow (PKCE) for one user and returns the token response. */
async function accessToken({
  sub, email, phone, email_verified = true, phone_number_verified = true, alg = 'RS256', audience,
  userinfo = false,
}) {
  if (typeof sub !== 'string' || !sub) return { error: 'sub is required' };
  const clientId = userinfo ? USERINFO_CLIENT : CLIENTS[alg];
  if (!clientId) return { error: `alg must be one of ${Object.keys(CLIENTS).join(', ')}` };
  // None for UserInfo: no `resource` parameter is sent at all.
  const resource = userinfo ? undefined : (audience ?? args.audience);

  const claims = {};
  // A null flag leaves the claim out: an issuer that shares an address but
  // does not say whether it verified it.
  const present = (value) => value !== undefined && value !== null;
  if (present(email)) {
    claims.email = email;
    if (present(email_verified)) claims.email_verified = email_verified;
  }
  if (present(phone)) {
    claims.phone_number = phone;
    if (present(phone_number_verified)) claims.phone_number_verified = phone_number_verified;
  }
  accounts.set(sub, claims);

  const discovery = await (await fetchHop(`${issuer}/.well-known/openid-configuration`)).json();
  const verifier = crypto.randomBytes(32).toString('base64url');
  const state = crypto.randomBytes(16).toString('base64url');
  const authorize = new URL(discovery.authorization_endpoint);
  authorize.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: userinfo ? 'openid email phone' : `openid email phone ${API_SCOPE}`,
    ...(resource ? { resource } : {}),
    state,
    login_hint: sub,
    code_challenge: crypto.createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });

  // A browser's part: follow redirects by hand, carrying this flow's cookies.
  const jar = new Map();
  let url = authorize.href;
  let callback;
  for (let hop = 0; hop < MAX_HOPS && !callback; hop += 1) {
    const response = await fetchHop(url, {
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (!location) {
      return { error: `authorization flow stopped at ${url}: ${response.status} ${(await response.text()).slice(0, 500)}` };
    }
    url = new URL(location, url).href;
    if (url.startsWith(`${REDIRECT_URI}?`)) callback = new URL(url);
  }
  if (!callback) return { error: `no redirect back to the client after ${MAX_HOPS} hops` };
  if (callback.searchParams.get('error')) {
    return { error: `${callback.searchParams.get('error')}: ${callback.searchParams.get('error_description')}` };
  }
  if (callback.searchParams.get('state') !== state) return { error: 'state mismatch' };

  const token = await fetchHop(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code'),
      redirect_uri: REDIRECT_URI,
      client_id: clientId,
      code_verifier: verifier,
      ...(resource ? { resource } : {}),
    }),
  });
  const answer = await token.json();
  if (!token.ok) return { error: `token endpoint ${token.status}: ${JSON.stringify(answer)}` };
  return answer;
}

function fetchHop(url, init = {}) {
  return fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(HOP_TIMEOUT_MS) });
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function log(message) {
  process.stderr.write(`oidc-provider harness: ${message}\n`);
}

function fail(message) {
  log(message);
  process.exit(2);
}

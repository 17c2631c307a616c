// better-auth (npm `better-auth`, as an app that moved off Passage would run
// it) on loopback, the real provider in the tests of moving to better-auth:
// its JWT plugin (defaults: EdDSA, `iss` and `aud` the base URL, JWKS at
// /api/auth/jwks), its passkey plugin and its email OTP plugin, on its
// memory adapter; and, from the same origin, a tiny sign-in page on
// better-auth's own client that calls the GraphQL server with the JWT.
//
//   node tests/better-auth/server.mjs [--email-verified-claim]
//
// --email-verified-claim: the JWT also carries a standard `email_verified`
// beside better-auth's `emailVerified` (through `jwt.definePayload`).
//
// When ready it prints one JSON line on stdout:
//   {"base_url", "jwks_uri", "control"}
// base_url is http://localhost:PORT (WebAuthn refuses IP addresses), the
// tokens' `iss` and `aud`. The page is at {base_url}/?graphql=<GraphQL URL>.
//
// The mail a real app would send goes to the control server (a second
// loopback port, so the provider's origin serves nothing a real app would
// not):
//   GET {control}/mail?email=...  -> {messages: [{email, otp, type}]}, oldest first
// The process exits when its stdin closes (the test that started it is gone).

import * as crypto from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

import { passkey } from '@better-auth/passkey';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { toNodeHandler } from 'better-auth/node';
import { emailOTP, jwt } from 'better-auth/plugins';
import * as esbuild from 'esbuild';

// stdout carries the ready line only.
console.log = console.error;
console.info = console.error;

const { values: args } = parseArgs({
  options: {
    'email-verified-claim': { type: 'boolean', default: false },
  },
});

const HERE = path.dirname(new URL(import.meta.url).pathname);

/** What better-auth "sent" by email, oldest first. */
const outbox = [];

const appServer = http.createServer();
const controlServer = http.createServer((req, res) => {
  try {
    control(req, res);
  } catch (err) {
    log(`control: ${err.stack ?? err}`);
    sendJson(res, 500, { error: String(err.message ?? err) });
  }
});
const appPort = await listen(appServer);
const controlPort = await listen(controlServer);
const baseURL = `http://localhost:${appPort}`;

const jwtOptions = args['email-verified-claim']
  ? {
      jwt: {
        definePayload: ({ user }) => ({ ...user, email_verified: user.emailVerified }),
      },
    }
  : {};

const auth = betterAuth({
  appName: 'passage-graphql moving test',
  baseURL,
  secret: crypto.randomBytes(32).toString('base64url'),
  database: memoryAdapter({
    user: [], session: [], account: [], verification: [], passkey: [], jwks: [],
  }),
  telemetry: { enabled: false },
  plugins: [
    emailOTP({
      async sendVerificationOTP({ email, otp, type }) {
        outbox.push({ email, otp, type });
      },
    }),
    passkey({ rpID: 'localhost', rpName: 'passage-graphql moving test', origin: baseURL }),
    jwt(jwtOptions),
  ],
});

// The page's script: better-auth's client and its plugins, bundled once at
// start (esbuild, from npm) as an app's build would.
const bundle = await esbuild.build({
  entryPoints: [path.join(HERE, 'page.js')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
});
const pageScript = bundle.outputFiles[0].text;
const pageHtml = await fs.readFile(path.join(HERE, 'page.html'), 'utf8');

const authHandler = toNodeHandler(auth);
appServer.on('request', (req, res) => {
  const url = new URL(req.url, baseURL);
  if (url.pathname.startsWith('/api/auth/')) {
    authHandler(req, res).catch((err) => {
      log(`better-auth: ${err.stack ?? err}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  } else if (url.pathname === '/' && req.method === 'GET') {
    send(res, 200, 'text/html; charset=utf-8', pageHtml);
  } else if (url.pathname === '/page.js' && req.method === 'GET') {
    send(res, 200, 'text/javascript; charset=utf-8', pageScript);
  } else {
    send(res, 404, 'text/plain', 'not found');
  }
});

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

process.stdout.write(`${JSON.stringify({
  base_url: baseURL,
  jwks_uri: `${baseURL}/api/auth/jwks`,
  control: `http://127.0.0.1:${controlPort}`,
})}\n`);

function control(req, res) {
  const url = new URL(req.url, 'http://control');
  if (req.method === 'GET' && url.pathname === '/mail') {
    const email = (url.searchParams.get('email') ?? '').toLowerCase();
    sendJson(res, 200, { messages: outbox.filter((m) => m.email.toLowerCase() === email) });
  } else {
    sendJson(res, 404, { error: `no ${req.method} ${url.pathname}` });
  }
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, 'application/json', JSON.stringify(value));
}

function log(message) {
  process.stderr.write(`better-auth harness: ${message}\n`);
}

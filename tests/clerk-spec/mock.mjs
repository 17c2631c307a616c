// Clerk's Backend API as its own OpenAPI spec describes it: Prism
// (@stoplight/prism-cli) serving bapi-2026-05-12.yml, which validates every
// request against the spec (its security scheme, each parameter's schema)
// and refuses one that does not conform (401, 422, ...), behind a front on
// 127.0.0.1 that serves the spec's server path (`https://api.clerk.com/v1`:
// Prism's mock routes the spec's paths from `/`) and writes down what Prism
// said of each request.
//
//   node tests/clerk-spec/mock.mjs
//
// When ready it prints one JSON line on stdout:
//   {"api_url": "http://127.0.0.1:PORT", "control": "http://127.0.0.1:PORT"}
// `api_url` is what `clerk_api_url` names (requests go to `{api_url}/v1/...`).
//   GET {control}/requests -> [{method, path, query: [[name, value]], authorized,
//                               status, request_violations: [{location, code, message}],
//                               response_violations: ["0.email_addresses.0.linked_to.0.type", ...]}]
// `request_violations` are what Prism (its `sl-violations` header) found
// wrong with the request; `response_violations`, where its own answer, made
// from the spec's schemas, breaks the spec. The spec gives a `User` no
// example, and Prism's static answer (every string "string") breaks some
// of the spec's own rules (`linked_to[].type` against `^oauth_[a-z]+$`,
// required fields of `saml_connection` and `enterprise_connection`), so
// Prism runs without `--errors`, which would make every `GET /users`
// answer a 500. A non-conforming request is refused either way. Nothing
// here logs a request's headers or an answer's body. The process exits
// when its stdin closes (the test that started it is gone).

import { spawn } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SPEC = path.join(HERE, 'bapi-2026-05-12.yml');
const SERVER_PATH = '/v1';
const PRISM_TIMEOUT_MS = 60_000;

const records = [];

const prism = spawn(process.execPath, [
  path.join(HERE, 'node_modules/@stoplight/prism-cli/dist/index.js'),
  'mock', SPEC, '--host', '127.0.0.1', '--port', '0',
], { stdio: ['ignore', 'pipe', 'pipe'] });
prism.on('exit', (code, signal) => fail(`prism exited (${code ?? signal})`));
prism.stderr.on('data', (chunk) => process.stderr.write(chunk));

const prismUrl = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('prism did not start listening')), PRISM_TIMEOUT_MS);
  const lines = readline.createInterface({ input: prism.stdout });
  lines.on('line', (line) => {
    // Prism's request log would carry query values; keep only the start line.
    const listening = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
    if (listening) {
      clearTimeout(timer);
      resolve(listening[1]);
    }
  });
}).catch((err) => fail(err.message));

const front = http.createServer((req, res) => forward(req, res).catch((err) => {
  log(`front: ${err.message}`);
  if (!res.headersSent) res.writeHead(502);
  res.end();
}));
const control = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/requests') {
    sendJson(res, 200, records);
  } else {
    sendJson(res, 404, { error: `no ${req.method} ${req.url}` });
  }
});
const frontPort = await listen(front);
const controlPort = await listen(control);

process.stdin.on('end', quit);
process.stdin.on('error', quit);
process.stdin.resume();

process.stdout.write(`${JSON.stringify({
  api_url: `http://127.0.0.1:${frontPort}`,
  control: `http://127.0.0.1:${controlPort}`,
})}\n`);

async function forward(req, res) {
  const url = new URL(req.url, 'http://front');
  if (!url.pathname.startsWith(`${SERVER_PATH}/`)) {
    sendJson(res, 404, { error: `not under the spec's server path ${SERVER_PATH}` });
    return;
  }
  const headers = { ...req.headers };
  for (const hop of ['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']) {
    delete headers[hop];
  }
  const body = await readBody(req);
  const answer = await fetch(`${prismUrl}${url.pathname.slice(SERVER_PATH.length)}${url.search}`, {
    method: req.method,
    headers,
    body: body.length ? body : undefined,
  });
  const violations = JSON.parse(answer.headers.get('sl-violations') ?? '[]');
  records.push({
    method: req.method,
    path: url.pathname,
    query: [...url.searchParams],
    authorized: typeof req.headers.authorization === 'string',
    status: answer.status,
    request_violations: violations
      .filter((v) => v.location?.[0] === 'request')
      .map(({ location, code, message }) => ({ location, code, message })),
    response_violations: violations
      .filter((v) => v.location?.[0] === 'response' && v.location[1] === 'body')
      .map((v) => v.location.slice(2).join('.')),
  });
  const payload = Buffer.from(await answer.arrayBuffer());
  res.writeHead(answer.status, {
    'content-type': answer.headers.get('content-type') ?? 'application/json',
    'content-length': payload.length,
  });
  res.end(payload);
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
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function quit() {
  prism.removeAllListeners('exit');
  prism.kill();
  process.exit(0);
}

function log(message) {
  process.stderr.write(`clerk spec mock: ${message}\n`);
}

function fail(message) {
  log(message);
  process.exit(2);
}

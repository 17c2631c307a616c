// Drives Passage's official server SDK, @passageidentity/passage-node, against
// the Passage emulator, as an app's backend would against Passage: every
// user, device, token, magic-link and JWT method it offers, checking what
// comes back against the SDK's own generated models (instanceOf*: every
// field the Management API's OpenAPI document requires) and against the
// values the scenario expects.
//
// The SDK's hosts are constants (https://api.passage.id/v1 through
// node-fetch, https://auth.passage.id for the JWKS through jose), so before
// the SDK loads, node:https's request/get are wrapped to send those two
// hosts to the emulator over http. The SDK itself is untouched.
//
// Usage: node sdk.test.mjs <scenario> '<JSON input>'
//   input: { emulator, appId, apiKey, ... } (see each scenario)
//   scenarios: users | auth | magic-links | sessions | passkeys
// Prints one JSON line with what it saw; exits 1 on any failure.
import http from "node:http";
import https from "node:https";
import { syncBuiltinESMExports } from "node:module";

const [scenario, rawInput] = process.argv.slice(2);
if (!rawInput) {
  console.error("usage: node sdk.test.mjs <scenario> '<JSON input>'");
  process.exit(2);
}
const input = JSON.parse(rawInput);
const emulator = new URL(input.emulator);
const PASSAGE_HOSTS = new Set(["api.passage.id", "auth.passage.id"]);
const seenHosts = new Set();

// https://{api,auth}.passage.id/... -> http://{emulator}/...
function redirected(args) {
  const [first, ...rest] = args;
  let url;
  let options = {};
  if (typeof first === "string" || first instanceof URL) {
    url = new URL(first);
    if (rest[0] && typeof rest[0] === "object") options = rest[0];
  } else {
    options = first;
    url = new URL(`https://${options.hostname ?? options.host}${options.path ?? "/"}`);
  }
  if (!PASSAGE_HOSTS.has(url.hostname)) return null;
  seenHosts.add(url.hostname);
  const callback = args.find((a) => typeof a === "function");
  const { agent, protocol, host, hostname, port, path, href, ...kept } = options;
  const target = {
    ...kept,
    protocol: "http:",
    hostname: emulator.hostname,
    port: emulator.port,
    path: url.pathname + url.search,
  };
  return [target, callback].filter(Boolean);
}
for (const name of ["request", "get"]) {
  const original = https[name];
  https[name] = (...args) => {
    const target = redirected(args);
    return target ? http[name](...target) : original(...args);
  };
}
syncBuiltinESMExports();

const sdk = await import("@passageidentity/passage-node");
const { Passage, PassageError } = sdk;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: got ${a}, expected ${e}`);
}

const passage = new Passage({ appID: input.appId, apiKey: input.apiKey });

// The promise rejects with the SDK's PassageError for this status and code.
async function refused(promise, status, code, what) {
  try {
    await promise;
  } catch (error) {
    check(error instanceof PassageError, `${what}: not a PassageError: ${error}`);
    equal(error.statusCode, status, `${what}: statusCode`);
    equal(error.errorCode, code, `${what}: errorCode`);
    return error.message;
  }
  throw new Error(`${what}: succeeded; expected ${status} ${code}`);
}

// The promise rejects (any error); its message.
async function rejects(promise, what) {
  try {
    await promise;
  } catch (error) {
    return String(error.message ?? error);
  }
  throw new Error(`${what}: succeeded; expected a failure`);
}

const enumValues = (e) => Object.values(e);

function checkDate(value, what) {
  check(value instanceof Date && !Number.isNaN(value.getTime()), `${what}: not a date (${value})`);
}

// Everything the SDK's models require, with the right types and enum values.
function checkUser(user, what) {
  check(sdk.instanceOfUserInfo(user), `${what}: not a UserInfo (missing fields): ${JSON.stringify(user)}`);
  for (const field of ["created_at", "updated_at", "last_login_at"]) checkDate(user[field], `${what}.${field}`);
  for (const field of ["id", "email", "phone", "external_id"]) {
    check(typeof user[field] === "string", `${what}.${field} is not a string`);
  }
  for (const field of ["email_verified", "phone_verified", "webauthn"]) {
    check(typeof user[field] === "boolean", `${what}.${field} is not a boolean`);
  }
  check(Number.isInteger(user.login_count), `${what}.login_count is not an integer`);
  check(enumValues(sdk.UserStatus).includes(user.status), `${what}.status ${user.status}`);
  check(sdk.instanceOfUserSocialConnections(user.social_connections), `${what}.social_connections`);
  check(user.user_metadata === null || typeof user.user_metadata === "object", `${what}.user_metadata`);
  for (const type of user.webauthn_types) {
    check(enumValues(sdk.WebAuthnType).includes(type), `${what}.webauthn_types has ${type}`);
  }
  user.webauthn_devices.forEach((d, i) => checkDevice(d, `${what}.webauthn_devices[${i}]`));
  user.recent_events.forEach((event, i) => {
    const at = `${what}.recent_events[${i}]`;
    check(sdk.instanceOfUserRecentEvent(event), `${at}: not a UserRecentEvent: ${JSON.stringify(event)}`);
    checkDate(event.created_at, `${at}.created_at`);
    check(enumValues(sdk.UserEventStatus).includes(event.status), `${at}.status ${event.status}`);
    check(enumValues(sdk.UserEventAction).includes(event.action), `${at}.action ${event.action}`);
  });
  return user;
}

function checkDevice(device, what) {
  check(sdk.instanceOfWebAuthnDevices(device), `${what}: not a WebAuthnDevices: ${JSON.stringify(device)}`);
  check(sdk.instanceOfWebAuthnIcons(device.icons), `${what}.icons`);
  check(enumValues(sdk.WebAuthnType).includes(device.type), `${what}.type ${device.type}`);
  for (const field of ["created_at", "updated_at", "last_login_at"]) checkDate(device[field], `${what}.${field}`);
  return device;
}

function checkMagicLink(link, what) {
  check(sdk.instanceOfMagicLink(link), `${what}: not a MagicLink: ${JSON.stringify(link)}`);
  check(enumValues(sdk.MagicLinkType).includes(link.type), `${what}.type ${link.type}`);
  return link;
}

// The emulator's own routes (not the SDK): the inbox and the auth API.
async function emulatorJson(path, init) {
  const response = await fetch(new URL(path, emulator), init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function inbox(identifier) {
  const { body } = await emulatorJson(`/emulator/inbox?identifier=${encodeURIComponent(identifier)}`);
  return body.messages;
}

function authApi(path, body) {
  return emulatorJson(`/v1/apps/${input.appId}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

// Registers or signs in `email` with a one-time code, as passage-js would.
async function signInWithCode(email, purpose) {
  const sent = await authApi(`/${purpose}/otp`, { identifier: email });
  equal(sent.status, 201, `${purpose}/otp status`);
  const [message] = (await inbox(email)).filter((m) => m.otp_id === sent.body.otp_id);
  const activated = await authApi("/otp/activate", { otp: message.code, otp_id: message.otp_id });
  equal(activated.status, 200, `otp/activate status (${JSON.stringify(activated.body)})`);
  return activated.body.auth_result;
}

function refresh(refreshToken) {
  return authApi("/tokens", { refresh_token: refreshToken });
}

const SCENARIOS = ["users", "auth", "magic-links", "sessions", "passkeys"];

const kit = {
  input,
  sdk,
  passage,
  check,
  equal,
  refused,
  rejects,
  checkUser,
  checkDevice,
  checkMagicLink,
  inbox,
  authApi,
  signInWithCode,
  refresh,
  emulatorJson,
};

try {
  check(SCENARIOS.includes(scenario), `unknown scenario ${scenario}`);
  const { default: run } = await import(`./scenarios/${scenario}.mjs`);
  const seen = await run(kit);
  check(seenHosts.size > 0, "the SDK never called Passage's hosts: the redirect did not apply");
  console.log(JSON.stringify({ scenario, hosts: [...seenHosts].sort(), ...seen }));
} catch (error) {
  console.error(`passage-node scenario ${scenario} failed: ${error.stack ?? error}`);
  process.exit(1);
}

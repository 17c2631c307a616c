// graphql-ws's own client against the server, for tests/it/live.rs.
// Usage: node live.mjs <scenario> '<json>' ; prints one JSON line.
//   json: {"http": "http://.../graphql", "ws": "ws://.../graphql",
//          "tokens": ["..."], "query": "subscription {...}", "origin": "..."}
// Scenarios:
//   me        subscribe with tokens[0]; mutate updateMe until an event
//             arrives; report it.
//   refused   connect (tokens[0] may be absent or bad); report the close,
//             or the connection if it was accepted.
//   expiry    connectionParams hands out tokens in turn (the first
//             short-lived); report the closes, then an event received after
//             the client reconnected by itself.
//   held      subscribe and wait: report the close (the test signs the user
//             out some other way).
//   registered  an admin (tokens[0]) hears newcomers (tokens[1..]) register.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [scenario, raw] = process.argv.slice(2);
const args = JSON.parse(raw);
const tokens = [...(args.tokens ?? [])];
const closes = [];
let connections = 0;
let lastToken = null;

const done = (result) => {
  console.log(JSON.stringify(result));
  process.exit(0);
};
setTimeout(() => done({ timedOut: true, closes, connections }), 20000);

class OriginWebSocket extends WebSocket {
  constructor(url, protocols) {
    super(url, protocols, args.origin || args.cookie
      ? { headers: { ...(args.origin ? { Origin: args.origin } : {}), ...(args.cookie ? { Cookie: args.cookie } : {}) } }
      : undefined);
  }
}

const client = createClient({
  url: args.ws,
  webSocketImpl: OriginWebSocket,
  lazy: false,
  retryAttempts: scenario === "expiry" ? 5 : 0,
  retryWait: async () => new Promise((r) => setTimeout(r, 100)),
  shouldRetry: () => scenario === "expiry",
  connectionParams: () => {
    if (tokens.length > 0) lastToken = tokens.shift();
    return lastToken ? { authorization: `Bearer ${lastToken}` } : {};
  },
  on: {
    connected: () => {
      connections += 1;
      // A socket expected to be refused that is accepted: say so at once.
      if (scenario === "refused") done({ closes, connections });
    },
    closed: (event) => {
      closes.push({ code: event.code, reason: event.reason });
      if (["refused", "held"].includes(scenario)) done({ closes, connections });
    },
  },
});

async function gql(query, token) {
  const response = await fetch(args.http, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

function subscribe(onEvent) {
  client.subscribe(
    { query: args.query ?? "subscription { meChanged { id name } }" },
    {
      next: (value) => onEvent(value),
      error: (error) => onEvent({ subscriptionError: String(error?.message ?? JSON.stringify(error)) }),
      complete: () => {},
    },
  );
}

/// Renames the user every 200 ms until an event arrives (the subscription
/// is live some moment after `subscribe`).
async function mutateUntil(received, token) {
  for (let n = 0; n < 40 && !received.value; n += 1) {
    await gql(`mutation { updateMe(input: {name: "Live ${n}"}) { name } }`, token);
    await new Promise((r) => setTimeout(r, 200));
  }
}

switch (scenario) {
  case "me": {
    const received = {};
    subscribe((value) => {
      received.value = value;
      // Keys in the order the server sent them.
      done({ event: value, keys: Object.keys(value?.data?.meChanged ?? {}), closes, connections });
    });
    await mutateUntil(received, args.tokens[0]);
    break;
  }
  case "registered": {
    // tokens[0]: an admin's; then newcomers', who register one after the
    // other until the admin hears of one (the subscription is live some
    // moment after `subscribe`).
    const received = {};
    subscribe((value) => {
      received.value = value;
      done({ event: value, closes, connections });
    });
    for (const token of args.tokens.slice(1)) {
      if (received.value) break;
      await gql(`mutation { createUser(input: {name: "Newcomer"}) { id } }`, token);
      await new Promise((r) => setTimeout(r, 200));
    }
    break;
  }
  case "refused":
    subscribe((value) => done({ event: value, closes, connections }));
    break;
  case "expiry": {
    const received = {};
    subscribe((value) => {
      if (connections >= 2) {
        received.value = value;
        done({ event: value, closes, connections });
      }
    });
    while (connections < 2) await new Promise((r) => setTimeout(r, 50));
    await mutateUntil(received, args.tokens.at(-1));
    break;
  }
  case "held":
    subscribe(() => {});
    break;
  default:
    throw new Error(`unknown scenario ${scenario}`);
}

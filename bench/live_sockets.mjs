// Opens N graphql-ws sockets, each subscribed to meChanged, for
// bench/live_sockets.py; `ws` comes from tests/live (npm ci there first).
// Usage: node live_sockets.mjs <port> <token> <n>
// Prints {"ready": n, "open_ms": ...} once every socket is subscribed, then
// answers stdin lines: "fanout" -> renames the user and prints
// {"fanout_ms": ...} once all n sockets have the event; "close" -> exits.
import { createRequire } from "node:module";
import readline from "node:readline";

const require = createRequire(new URL("../tests/live/package.json", import.meta.url));
const WebSocket = require("ws");

const [port, token, count] = process.argv.slice(2);
const n = Number(count);
const sockets = [];
let waiting = null;

function open() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
    socket.on("open", () => {
      socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
    });
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === "connection_ack") {
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { meChanged { id name } }" } }));
        resolve(socket);
      } else if (message.type === "next" && waiting) {
        waiting.left -= 1;
        if (waiting.left === 0) waiting.done();
      } else if (message.type === "ping") {
        socket.send(JSON.stringify({ type: "pong" }));
      }
    });
    socket.on("error", reject);
    socket.on("close", (code) => {
      if (code !== 1000 && code !== 1005) console.error(`socket closed ${code}`);
    });
  });
}

const started = Date.now();
for (let i = 0; i < n; i += 500) {
  const batch = [];
  for (let j = i; j < Math.min(n, i + 500); j += 1) batch.push(open());
  sockets.push(...(await Promise.all(batch)));
}
// A subscription is live a moment after `subscribe` is sent: one round of
// events first, not timed, so that every socket is listening.
async function rename(name) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation { updateMe(input: {name: "${name}"}) { id } }` }),
  });
  await response.text();
}
async function fanout(name) {
  const all = new Promise((resolve) => {
    waiting = { left: sockets.length, done: resolve };
  });
  const t0 = performance.now();
  await rename(name);
  await all;
  waiting = null;
  return performance.now() - t0;
}
let warmed = false;
for (let attempt = 0; attempt < 20 && !warmed; attempt += 1) {
  const timeout = new Promise((resolve) => setTimeout(() => resolve("late"), 3000));
  warmed = (await Promise.race([fanout(`Warm ${attempt}`), timeout])) !== "late";
}
console.log(JSON.stringify({ ready: sockets.length, open_ms: Date.now() - started, warmed }));

let rounds = 0;
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line === "fanout") {
    rounds += 1;
    console.log(JSON.stringify({ fanout_ms: await fanout(`Fan ${rounds}`) }));
  } else if (line === "close") {
    break;
  }
}
for (const socket of sockets) socket.terminate();
process.exit(0);

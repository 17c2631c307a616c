// Signs webhook deliveries with the providers' own libraries, for
// tests/it/webhooks.rs. Reads a JSON array on stdin of
//   {"library": "svix" | "standardwebhooks", "secret": "whsec_...",
//    "id": "msg_...", "timestamp": <unix seconds>, "payload": "<body>"}
// and prints one JSON line: the array of each delivery's signature header.
import { Webhook as SvixWebhook } from "svix";
import { Webhook as StandardWebhook } from "standardwebhooks";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const signatures = JSON.parse(input).map(({ library, secret, id, timestamp, payload }) => {
  const at = new Date(timestamp * 1000);
  switch (library) {
    case "svix":
      return new SvixWebhook(secret).sign(id, at, payload);
    case "standardwebhooks":
      return new StandardWebhook(secret).sign(id, at, payload);
    default:
      throw new Error(`unknown library ${library}`);
  }
});
console.log(JSON.stringify(signatures));

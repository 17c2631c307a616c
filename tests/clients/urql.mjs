// urql (@urql/core) with its persisted exchange against the server at
// argv[2], signed in with the token in argv[3]: the same query twice, over
// GET for hashes (`preferGetForPersistedQueries`), then a mutation over
// POST. Every request is recorded off the wire and printed with the results
// as one JSON line.
import { createHash } from "node:crypto";
import { Client, fetchExchange, gql } from "@urql/core";
import { persistedExchange } from "@urql/exchange-persisted";

const [url, token] = process.argv.slice(2);
const wire = [];
const recordingFetch = async (input, init = {}) => {
  const target = new URL(typeof input === "string" ? input : input.url);
  const method = init.method ?? "GET";
  const sent =
    method === "POST"
      ? JSON.parse(init.body)
      : {
          query: target.searchParams.get("query") ?? undefined,
          extensions: JSON.parse(target.searchParams.get("extensions") ?? "{}"),
        };
  const response = await fetch(input, init);
  wire.push({
    method,
    status: response.status,
    withText: typeof sent.query === "string" && sent.query.length > 0,
    hash: sent.extensions?.persistedQuery?.sha256Hash ?? null,
  });
  return response;
};

const client = new Client({
  url,
  fetch: recordingFetch,
  fetchOptions: { headers: { authorization: `Bearer ${token}` } },
  requestPolicy: "network-only",
  exchanges: [
    persistedExchange({
      preferGetForPersistedQueries: true,
      generateHash: async (query) => createHash("sha256").update(query).digest("hex"),
    }),
    fetchExchange,
  ],
});
const ME = gql`query UrqlMe { me { id name } }`;
const RENAME = gql`mutation Rename($name: String!) { updateMe(input: { name: $name }) { name } }`;
const results = [];
for (const [kind, document, variables] of [
  ["query", ME, {}],
  ["query", ME, {}],
  ["mutation", RENAME, { name: "Urql Renamed" }],
]) {
  const result = await client[kind](document, variables).toPromise();
  if (result.error) throw new Error(`urql: ${result.error.message}`);
  results.push(result.data);
}
console.log(JSON.stringify({ results, wire }));

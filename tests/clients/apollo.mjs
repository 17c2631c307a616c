// Apollo Client 4 against the server at argv[2], signed in with the token in
// argv[3]: HttpLink, BatchHttpLink, and PersistedQueryLink over POST and
// over GET (useGETForHashedQueries). Every request the links send is
// recorded off the wire (method, whether it carried the query text, the
// hash) and printed with the results as one JSON line.
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { BatchHttpLink } from "@apollo/client/link/batch-http";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

const [url, token] = process.argv.slice(2);
const wire = [];
const recordingFetch = async (input, init = {}) => {
  const target = new URL(typeof input === "string" ? input : input.url);
  const method = init.method ?? "GET";
  let sent = {};
  if (method === "POST") {
    sent = JSON.parse(init.body);
  } else {
    sent = {
      query: target.searchParams.get("query") ?? undefined,
      extensions: JSON.parse(target.searchParams.get("extensions") ?? "{}"),
    };
  }
  const requests = Array.isArray(sent) ? sent : [sent];
  const response = await fetch(input, init);
  wire.push({
    method,
    status: response.status,
    batch: Array.isArray(sent) ? sent.length : null,
    withText: requests.map((r) => typeof r.query === "string" && r.query.length > 0),
    hash: requests[0]?.extensions?.persistedQuery?.sha256Hash ?? null,
    cacheControl: response.headers.get("cache-control"),
  });
  return response;
};

const headers = { authorization: `Bearer ${token}` };
const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const client = (link) => new ApolloClient({ link, cache: new InMemoryCache() });
const ME = gql`query Me { me { id name } }`;
const NAME = gql`query Name { me { name } }`;

async function run(name, link, queries) {
  const start = wire.length;
  const results = [];
  for (const query of queries) {
    // A fresh cache each time: every query goes over the wire.
    const { data, error } = await client(link).query({ query, fetchPolicy: "network-only" });
    if (error) throw new Error(`${name}: ${error.message}`);
    results.push(data.me);
  }
  return { results, wire: wire.slice(start) };
}

const out = {};
out.http = await run("HttpLink", new HttpLink({ uri: url, headers, fetch: recordingFetch }), [ME]);
{
  const link = new BatchHttpLink({ uri: url, headers, fetch: recordingFetch, batchMax: 5, batchInterval: 20 });
  const start = wire.length;
  const apollo = client(link);
  const [a, b] = await Promise.all([
    apollo.query({ query: ME, fetchPolicy: "network-only" }),
    apollo.query({ query: NAME, fetchPolicy: "network-only" }),
  ]);
  if (a.error || b.error) throw new Error(`BatchHttpLink: ${(a.error ?? b.error).message}`);
  out.batch = { results: [a.data.me, b.data.me], wire: wire.slice(start) };
}
for (const [key, useGETForHashedQueries] of [["apqPost", false], ["apqGet", true]]) {
  // One link for both queries: the link remembers nothing, the server does.
  const persisted = new PersistedQueryLink({ sha256, useGETForHashedQueries });
  const link = persisted.concat(new HttpLink({ uri: url, headers, fetch: recordingFetch }));
  out[key] = await run(key, link, key === "apqPost" ? [ME, ME] : [NAME, NAME]);
}
console.log(JSON.stringify(out));

// A federated graph around passage-graphql, all of it from npm: an orders
// subgraph and a legacy one on @apollo/subgraph (served by @apollo/server),
// a supergraph composed by @theguild/federation-composition from our
// committed subgraph SDL and theirs, served by Hive Gateway's runtime
// (@graphql-hive/gateway-runtime), which forwards the client's
// `Authorization` and `Cookie` headers to every subgraph.
//
//   node graph.mjs --users http://127.0.0.1:PORT/graphql --sdl ../../schema.federation.graphql
//
// Prints one JSON line when ready: {"gateway": URL, "orders": URL}; runs
// until stdin closes (the test's process ends).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

const { values: args } = parseArgs({
  options: { users: { type: 'string' }, sdl: { type: 'string' } },
});
if (!args.users || !args.sdl) {
  console.error('usage: graph.mjs --users URL --sdl FILE');
  process.exit(2);
}

// Orders are a pure function of the buyer's local user ID, so the test
// knows every value: user N has two orders, totals N + 0.25 and N * 2.
const ordersOf = (userId) => {
  const n = Number(userId);
  return [
    { id: `${userId}-1`, total: n + 0.25, buyerId: userId },
    { id: `${userId}-2`, total: n * 2, buyerId: userId },
  ];
};

const ordersTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type User @key(fields: "id") {
    id: ID!
    "This user's orders."
    orders: [Order!]!
  }

  type Order @key(fields: "id") {
    id: ID!
    total: Float!
    "Who placed it: resolved by the users subgraph (passage-graphql)."
    buyer: User!
  }

  type Query {
    "The latest order of each of these buyers (local user IDs), in order."
    latestOrders(buyerIds: [ID!]!): [Order!]!
  }
`);

/** Representations of User this subgraph was asked for, in all. */
let userReferences = 0;

const ordersSchema = buildSubgraphSchema({
  typeDefs: ordersTypeDefs,
  resolvers: {
    User: {
      __resolveReference(user) {
        userReferences += 1;
        return { id: user.id };
      },
      orders: (user) => ordersOf(user.id),
    },
    Order: {
      __resolveReference: (order) =>
        ordersOf(order.id.split('-')[0]).find((o) => o.id === order.id),
      buyer: (order) => ({ __typename: 'User', id: order.buyerId }),
    },
    Query: {
      latestOrders: (_, { buyerIds }) => buyerIds.map((id) => ordersOf(id)[1]),
    },
  },
});

const orders = new ApolloServer({
  schema: ordersSchema,
  plugins: [ApolloServerPluginInlineTraceDisabled()],
});
const { url: ordersUrl } = await startStandaloneServer(orders, {
  listen: { host: '127.0.0.1', port: 0 },
});

// A subgraph from the Passage era that kept only buyers' Passage IDs: its
// references reach users by the `passageId` key.
const legacyTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type User @key(fields: "passageId", resolvable: false) {
    passageId: ID
  }

  type LegacyOrder {
    reference: String!
    buyer: User!
  }

  type Query {
    "One legacy order per Passage user ID, in order."
    legacyOrders(passageIds: [ID!]!): [LegacyOrder!]!
  }
`);
const legacy = new ApolloServer({
  schema: buildSubgraphSchema({
    typeDefs: legacyTypeDefs,
    resolvers: {
      Query: {
        legacyOrders: (_, { passageIds }) =>
          passageIds.map((passageId) => ({
            reference: `legacy-${passageId}`,
            buyer: { __typename: 'User', passageId },
          })),
      },
    },
  }),
  plugins: [ApolloServerPluginInlineTraceDisabled()],
});
const { url: legacyUrl } = await startStandaloneServer(legacy, {
  listen: { host: '127.0.0.1', port: 0 },
});

const composed = composeServices([
  { name: 'users', typeDefs: parse(readFileSync(args.sdl, 'utf8')), url: args.users },
  { name: 'orders', typeDefs: ordersTypeDefs, url: ordersUrl },
  { name: 'legacy', typeDefs: legacyTypeDefs, url: legacyUrl },
]);
if (composed.errors?.length) {
  console.error(`composition failed:\n${composed.errors.map((e) => e.message).join('\n')}`);
  process.exit(1);
}

const gateway = createGatewayRuntime({
  supergraph: composed.supergraphSdl,
  // The subgraphs see the client's own credentials and verify them.
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? undefined,
      cookie: request.headers.get('cookie') ?? undefined,
    }),
  },
  logging: 'error',
});

const server = createServer((req, res) => {
  if (req.url === '/counts') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ userReferences }));
    return;
  }
  gateway(req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

console.log(
  JSON.stringify({
    gateway: `http://127.0.0.1:${port}/graphql`,
    counts: `http://127.0.0.1:${port}/counts`,
    orders: ordersUrl,
    supergraph: composed.supergraphSdl.length,
  }),
);

process.stdin.resume();
process.stdin.on('end', () => process.exit(0));

// Relay (relay-runtime) with persisted queries against the server at
// argv[2], signed in with the token in argv[3]: the network layer sends
// only `doc_id` and the variables, as Relay does for an operation the
// relay-compiler persisted (`persistConfig`); the operation is argv[4]'s
// id of `query RelayMe { me { id name } }`, its artifact written out here
// as relay-compiler writes it. Prints the data and what went over the
// wire as one JSON line.
import { Environment, Network, RecordSource, Store, fetchQuery } from "relay-runtime";

const [url, token, docId] = process.argv.slice(2);
const wire = [];
const network = Network.create(async (params, variables) => {
  const body = { doc_id: params.id, variables };
  wire.push(body);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return response.json();
});
const environment = new Environment({ network, store: new Store(new RecordSource()) });

const selections = [
  {
    alias: null,
    args: null,
    concreteType: "User",
    kind: "LinkedField",
    name: "me",
    plural: false,
    selections: [
      { alias: null, args: null, kind: "ScalarField", name: "id", storageKey: null },
      { alias: null, args: null, kind: "ScalarField", name: "name", storageKey: null },
    ],
    storageKey: null,
  },
];
const RelayMe = {
  fragment: {
    argumentDefinitions: [],
    kind: "Fragment",
    metadata: null,
    name: "RelayMe",
    selections,
    type: "Query",
    abstractKey: null,
  },
  kind: "Request",
  operation: { argumentDefinitions: [], kind: "Operation", name: "RelayMe", selections },
  params: { id: docId, metadata: {}, name: "RelayMe", operationKind: "query", text: null },
};

const data = await fetchQuery(environment, RelayMe, {}).toPromise();
console.log(JSON.stringify({ data, wire }));

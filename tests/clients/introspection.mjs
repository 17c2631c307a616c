// Sends graphql-js's own full introspection query (every option on, as
// GraphiQL, GraphQL Code Generator and IDE plugins build it) to the server
// at argv[2], builds a client schema from the answer, and prints what it
// found as one JSON line. Exits non-zero, saying why, when the server
// refuses it or the answer is not a schema.
import { buildClientSchema, getIntrospectionQuery, printSchema } from "graphql";

const url = process.argv[2];
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const response = await fetch(url, {
  method: "POST",
  headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
  body: JSON.stringify({ query, operationName: "IntrospectionQuery" }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.error(`introspection refused: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
  process.exit(1);
}
const schema = buildClientSchema(body.data);
const queryType = schema.getQueryType();
console.log(
  JSON.stringify({
    queryType: queryType.name,
    queryFields: Object.keys(queryType.getFields()),
    userFields: Object.keys(schema.getType("User").getFields()),
    sdlBytes: printSchema(schema).length,
  }),
);

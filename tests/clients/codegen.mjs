// GraphQL Code Generator (client preset, persisted documents with SHA-256
// hashes) against the running server at argv[2]: reads its schema by
// introspection and the operations in operations/, and writes the typed
// documents and persisted-documents.json into argv[3]. Prints what it
// generated as one JSON line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { preset as clientPreset } from "@graphql-codegen/client-preset";

const [url, out] = process.argv.slice(2);
const here = fileURLToPath(new URL(".", import.meta.url));
await generate(
  {
    cwd: here,
    schema: url,
    documents: join(here, "operations", "*.graphql"),
    silent: true,
    generates: {
      [`${out}/`]: {
        preset: clientPreset,
        presetConfig: { persistedDocuments: { hashAlgorithm: "sha256" }, fragmentMasking: false },
      },
    },
  },
  true,
);
const manifest = join(out, "persisted-documents.json");
const types = readFileSync(join(out, "graphql.ts"), "utf8");
console.log(
  JSON.stringify({
    manifest,
    documents: JSON.parse(readFileSync(manifest, "utf8")),
    typesMeQuery: /export type CodegenMeQuery\b/.test(types),
    typesRenameVariables: /export type CodegenRenameMutationVariables\b/.test(types),
  }),
);

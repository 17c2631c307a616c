#!/usr/bin/env bash
# Rebuilds the example app's two vendored ES modules from the npm registry,
# at the versions package.json pins, with what they import at the versions
# package-lock.json pins (npm checks each tarball against the lock file's
# integrity hash):
#
# - passage-js.js: Passage's JavaScript SDK, @passageidentity/passage-js.
#   Its ESM build imports other packages by bare name, and one of them
#   (ua-parser-js, via @passageidentity/webauthnutils) ships no ES module, so
#   a browser cannot load the files as published.
# - apollo-client.js: Apollo Client, @apollo/client with graphql and rxjs:
#   everything "@apollo/client" exports, plus SetContextLink,
#   PersistedQueryLink and GraphQLWsLink, and graphql-ws's createClient (the
#   live updates' socket), which shares its copy of graphql. Its files
#   import graphql, rxjs, tslib and others by bare name, and one import map
#   entry per package would be dozens.
#
# esbuild joins each, unminified and otherwise unchanged, into one ES
# module; the page maps the package names to them with an import map. Each
# bundled package's licence goes to LICENSES.txt, the checksums to
# SHA256SUMS.
#
# To upgrade: change the version in package.json, run `npm install
# --package-lock-only` here, run this script, check `git diff --stat`, run
# `cargo test --test it browser`, commit.
#
# Usage: examples/spa/vendor/update.sh   (needs npm and access to its registry)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --silent)

version() { node -p "require('$work/node_modules/$1/package.json').version"; }

# bundle <output file> <banner> <entry module's text>
bundle() {
  echo "$3" >"$work/${1%.js}.entry.js"
  (cd "$work" && npx --no-install esbuild "${1%.js}.entry.js" --bundle --format=esm \
    --platform=browser --target=es2020 --legal-comments=eof --metafile="${1%.js}.meta.json" \
    --banner:js="// $2, from the npm registry, bundled by examples/spa/vendor/update.sh. Licences: LICENSES.txt." \
    --outfile="$1" --log-level=warning)
  cp "$work/$1" "$here/$1"
}

passage_js="$(version @passageidentity/passage-js)"
bundle passage-js.js "@passageidentity/passage-js $passage_js and its dependencies" \
  'export * from "@passageidentity/passage-js";'

apollo="$(version @apollo/client)"
graphql="$(version graphql)"
rxjs="$(version rxjs)"
graphql_ws="$(version graphql-ws)"
# The default export conditions: __DEV__ is off unless the page sets
# globalThis.__DEV__, as Apollo's own ESM build does.
bundle apollo-client.js "@apollo/client $apollo with graphql $graphql, rxjs $rxjs, graphql-ws $graphql_ws and their dependencies" \
  'export * from "@apollo/client";
export * from "@apollo/client/link/context";
export * from "@apollo/client/link/persisted-queries";
export * from "@apollo/client/link/subscriptions";
export { createClient, CloseCode } from "graphql-ws";'

# The packages whose files went into each bundle, with their licences.
node - "$work" passage-js.js apollo-client.js >"$here/LICENSES.txt" <<'JS'
const fs = require("fs");
const path = require("path");
const [work, ...bundles] = process.argv.slice(2);
const licenceFile = (dir) => fs.readdirSync(dir).find((f) => /^licen[sc]e(\.md|\.txt)?$/i.test(f));
const repository = (pkg) => String(pkg.repository?.url ?? pkg.repository ?? "").replace(/^git\+|\.git$/g, "");

const packages = new Map(); // name -> { pkg, dir, bundles }
for (const bundle of bundles) {
  const meta = JSON.parse(fs.readFileSync(path.join(work, bundle.replace(/\.js$/, ".meta.json")), "utf8"));
  for (const input of Object.keys(meta.inputs)) {
    const match = input.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (!match) continue;
    const name = match[1];
    if (!packages.has(name)) {
      const dir = path.join(work, "node_modules", name);
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
      packages.set(name, { pkg, dir, bundles: new Set() });
    }
    packages.get(name).bundles.add(bundle);
  }
}

console.log(`Third-party software in examples/spa/vendor/${bundles.join(" and ")}, as`);
console.log("published on the npm registry. Each package's licence file follows, verbatim.");
for (const name of [...packages.keys()].sort()) {
  const { pkg, dir, bundles: into } = packages.get(name);
  let file = licenceFile(dir);
  let note = "";
  if (!file) {
    // Some packages of a monorepo (@wry/trie, @wry/context) publish no
    // licence file: use the one a package from the same repository ships.
    const sibling = [...packages.values()].find(
      (other) => other !== packages.get(name) && repository(other.pkg) === repository(pkg) && licenceFile(other.dir),
    );
    if (!repository(pkg) || !sibling) throw new Error(`${name} has no licence file`);
    file = path.relative(dir, path.join(sibling.dir, licenceFile(sibling.dir)));
    note = `\nThe package has no licence file; this is the one ${sibling.pkg.name}, from the same\nrepository (${repository(pkg)}), publishes.\n`;
  }
  console.log("\n================================================================");
  console.log(`${name}@${pkg.version} (${pkg.license}), in ${[...into].join(", ")}`);
  console.log("================================================================");
  console.log(`${note}\n${fs.readFileSync(path.join(dir, file), "utf8").trimEnd()}`);
}
JS

(cd "$here" && sha256sum passage-js.js apollo-client.js LICENSES.txt >SHA256SUMS)
echo "@passageidentity/passage-js@$passage_js bundled into $here/passage-js.js"
echo "@apollo/client@$apollo (graphql@$graphql, rxjs@$rxjs, graphql-ws@$graphql_ws) bundled into $here/apollo-client.js"

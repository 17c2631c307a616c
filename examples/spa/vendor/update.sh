#!/usr/bin/env bash
# Rebuilds passage-js.js, the example app's copy of Passage's JavaScript SDK,
# from the npm registry: @passageidentity/passage-js at the version pinned in
# package.json, with what it imports at the versions package-lock.json pins
# (npm checks each tarball against the lock file's integrity hash).
#
# passage-js's ESM build imports other packages by bare name, and one of them
# (ua-parser-js, via @passageidentity/webauthnutils) ships no ES module, so a
# browser cannot load the files as published. esbuild joins them, unminified
# and otherwise unchanged, into one ES module; the page maps the name
# "@passageidentity/passage-js" to it with an import map. Each bundled
# package's licence goes to LICENSES.txt, the checksums to SHA256SUMS.
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

version="$(node -p "require('$work/node_modules/@passageidentity/passage-js/package.json').version")"
echo 'export * from "@passageidentity/passage-js";' >"$work/entry.js"
(cd "$work" && npx --no-install esbuild entry.js --bundle --format=esm --platform=browser \
  --target=es2020 --legal-comments=eof --metafile=meta.json \
  --banner:js="// @passageidentity/passage-js $version and its dependencies, from the npm registry, bundled by examples/spa/vendor/update.sh. Licences: LICENSES.txt." \
  --outfile=passage-js.js --log-level=warning)
cp "$work/passage-js.js" "$here/passage-js.js"

# The packages whose files went into the bundle, with their licences.
node - "$work" >"$here/LICENSES.txt" <<'JS'
const fs = require("fs");
const path = require("path");
const work = process.argv[2];
const meta = JSON.parse(fs.readFileSync(path.join(work, "meta.json"), "utf8"));
const dirs = new Set();
for (const input of Object.keys(meta.inputs)) {
  const match = input.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (match) dirs.add(match[1]);
}
console.log("Third-party software in examples/spa/vendor/passage-js.js, as published");
console.log("on the npm registry. Each package's licence file follows, verbatim.");
for (const name of [...dirs].sort()) {
  const dir = path.join(work, "node_modules", name);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const file = fs.readdirSync(dir).find((f) => /^licen[sc]e(\.md|\.txt)?$/i.test(f));
  if (!file) throw new Error(`${name} has no licence file`);
  console.log("\n================================================================");
  console.log(`${name}@${pkg.version} (${pkg.license})`);
  console.log("================================================================\n");
  console.log(fs.readFileSync(path.join(dir, file), "utf8").trimEnd());
}
JS

(cd "$here" && sha256sum passage-js.js LICENSES.txt >SHA256SUMS)
echo "@passageidentity/passage-js@$version bundled into $here/passage-js.js"

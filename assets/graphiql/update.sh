#!/usr/bin/env bash
# Re-fetches the GraphiQL page's third-party files from the npm registry at
# the pinned versions below and writes them here, with their licences
# (LICENSES.txt) and checksums (SHA256SUMS). The server embeds these files
# (src/http/graphiql.rs) so GraphiQL works with no CDN and no internet.
#
# Only the minified browser builds are kept: GraphiQL's UMD bundle (it bundles
# its own dependencies, graphql-js and CodeMirror 5 among them, and expects
# the globals React and ReactDOM) and React's production UMD builds.
# GraphiQL 4 and later ship no such bundle (they need a bundler), hence 3.x.
#
# To upgrade: change a version, run this script, check `git diff --stat`,
# run `cargo test --test it browser`, commit.
#
# Usage: assets/graphiql/update.sh   (needs npm and access to its registry)
set -euo pipefail

GRAPHIQL_VERSION=3.9.0
REACT_VERSION=18.3.1

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# `npm pack` checks each tarball against the registry's integrity hash.
unpack() { # name version -> $work/name
  local file
  file="$(cd "$work" && npm pack --silent "$1@$2")"
  mkdir -p "$work/$1"
  tar -xzf "$work/$file" -C "$work/$1" --strip-components=1
  local found
  found="$(node -p "require('$work/$1/package.json').version")"
  [ "$found" = "$2" ] || { echo "expected $1@$2, got $found" >&2; exit 1; }
}

unpack graphiql "$GRAPHIQL_VERSION"
unpack react "$REACT_VERSION"
unpack react-dom "$REACT_VERSION"

cp "$work/graphiql/graphiql.min.js" "$here/graphiql.min.js"
cp "$work/graphiql/graphiql.min.css" "$here/graphiql.min.css"
cp "$work/react/umd/react.production.min.js" "$here/react.production.min.js"
cp "$work/react-dom/umd/react-dom.production.min.js" "$here/react-dom.production.min.js"

{
  echo "Third-party software in passage-graphql's GraphiQL page, as published"
  echo "on the npm registry. Each package's LICENSE file follows, verbatim."
  echo "graphiql.min.js also bundles graphiql's own dependencies (see"
  echo "https://github.com/graphql/graphiql and each package's licence)."
  for package in "graphiql@$GRAPHIQL_VERSION" "react@$REACT_VERSION" "react-dom@$REACT_VERSION"; do
    name="${package%@*}"
    license="$(node -p "require('$work/$name/package.json').license")"
    echo
    echo "================================================================"
    echo "$package ($license)"
    echo "================================================================"
    echo
    cat "$work/$name/LICENSE"
  done
} >"$here/LICENSES.txt"

(cd "$here" && sha256sum graphiql.min.js graphiql.min.css react.production.min.js \
  react-dom.production.min.js LICENSES.txt >SHA256SUMS)
echo "graphiql@$GRAPHIQL_VERSION, react@$REACT_VERSION, react-dom@$REACT_VERSION written to $here"

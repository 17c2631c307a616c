#!/usr/bin/env python3
"""The cost of a request by text against by hash and by trusted id,
side by side, rerunnable.

Starts the server in dev mode (bench/devserver.py) with a trusted-documents
manifest of one query in `log` mode (so text, an automatic persisted
query's hash and the trusted `documentId` all run), stores the query's
hash once, then runs wrk (2 threads, BENCH_CONNS connections,
BENCH_DURATION seconds a phase) on each way of sending it, in
BENCH_ROUNDS alternating rounds, and prints the median requests/s, p50 and
p99 of each, and each one's ratio to text within its round. Talks only to
127.0.0.1; stops by itself. Needs wrk (Debian's `wrk`).

    bench/persisted.py                       # builds and uses the release binary
    BENCH_BIN=target/release/passage-graphql BENCH_ROUNDS=5 bench/persisted.py
    BENCH_DOCUMENT=large bench/persisted.py  # a ~650-byte document (a fragment, 26 aliased fields)
"""

import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devserver import ROOT, DevServer, binary, post, run_wrk  # noqa: E402

DURATION = os.environ.get("BENCH_DURATION", "10")
CONNS = os.environ.get("BENCH_CONNS", "32")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SMALL = "query BenchMe { me { id name email } }"
# About 650 bytes: a screen query with a fragment and aliases.
LARGE = (
    "query BenchScreen { me { ...Card identities { issuer subject profileSource } } "
    + " ".join(f"a{i}: me {{ ...Card }}" for i in range(25))
    + " } fragment Card on User { id name email emailVerified phone createdAt updatedAt role }"
)


def wrk(port, token, body):
    return run_wrk(port, token, body, CONNS, DURATION)


def main():
    document = LARGE if os.environ.get("BENCH_DOCUMENT") == "large" else SMALL
    digest = hashlib.sha256(document.encode()).hexdigest()
    manifest = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump({digest: document}, manifest)
    manifest.close()
    env = {
        "GRAPHQL_TRUSTED_DOCUMENTS": manifest.name,
        "GRAPHQL_TRUSTED_DOCUMENTS_MODE": "log",
        "GRAPHQL_MAX_ALIASES": "100",
        "GRAPHQL_MAX_COMPLEXITY": "1000",
    }
    bodies = {
        "text": {"query": document},
        "apq hash": {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}}},
        "trusted id": {"documentId": f"sha256:{digest}"},
    }
    results = {name: [] for name in bodies}
    with DevServer(binary(), env) as server:
        # Stores the hash (the text once), as a client's first request does.
        status, body = post(server.port, {"query": document, **bodies["apq hash"]}, server.token)
        if status != 200 or b'"errors"' in body:
            sys.exit(f"storing the hash failed: {status} {body[:300]!r}")
        for body in bodies.values():
            wrk(server.port, server.token, body)  # warm up
        for _ in range(ROUNDS):
            for name, body in bodies.items():
                results[name].append(wrk(server.port, server.token, body))
    os.unlink(manifest.name)
    print(f"document: {len(document)} bytes; {ROUNDS} rounds of {DURATION} s, {CONNS} connections")
    print("| sent as | req/s (median) | ratio to text | p50 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for name, runs in results.items():
        ratios = [run[0] / text[0] for run, text in zip(runs, results["text"])]
        print(f"| {name} | {statistics.median(r[0] for r in runs):,.0f} | "
              f"{statistics.median(ratios):.2f} | {statistics.median(r[1] for r in runs):.2f} | "
              f"{statistics.median(r[2] for r in runs):.2f} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Live updates at scale: 10,000 graphql-ws sockets, each subscribed to
`meChanged`, on one dev-mode server (release build; BENCH_BIN for another).

Measures, side by side in one run:
- the server's RSS with the sockets open (target: under 256 MiB);
- the time for one event (an `updateMe`) to reach all of them, median of
  BENCH_FANOUTS rounds (target: under 1 s);
- `me { id name email }` throughput over HTTP (wrk, 64 connections) with
  the sockets open, against the same load with none, in alternating rounds
  (target: within 15%).

Run: `npm ci --prefix tests/live && bench/live_sockets.py`
(BENCH_SOCKETS, BENCH_DURATION, BENCH_ROUNDS, BENCH_FANOUTS to change it).
"""

import json
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devserver import ROOT, DevServer, binary, run_wrk  # noqa: E402

SOCKETS = int(os.environ.get("BENCH_SOCKETS", "10000"))
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
FANOUTS = int(os.environ.get("BENCH_FANOUTS", "5"))
CONNS = 64


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wrk(port, token):
    return run_wrk(port, token, {"query": "{ me { id name email } }"}, CONNS, DURATION)[0]


def main():
    env = {"LIVE_MAX_SOCKETS_PER_USER": str(SOCKETS + 10)}
    with DevServer(binary(), env) as server:
        idle_rss = rss_mib(server.pid)
        client = subprocess.Popen(
            ["node", os.path.join(ROOT, "bench", "live_sockets.mjs"),
             str(server.port), server.token, str(SOCKETS)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

        def ask(line):
            client.stdin.write(line + "\n")
            client.stdin.flush()
            return json.loads(client.stdout.readline())

        ready = json.loads(client.stdout.readline())
        if ready["ready"] != SOCKETS or not ready["warmed"]:
            sys.exit(f"not every socket was subscribed: {ready}")
        open_rss = rss_mib(server.pid)
        fanouts = [ask("fanout")["fanout_ms"] for _ in range(FANOUTS)]
        with_sockets = [wrk(server.port, server.token) for _ in range(ROUNDS)]
        loaded_rss = rss_mib(server.pid)
        client.stdin.write("close\n")
        client.stdin.flush()
        client.wait(timeout=60)
        without = [wrk(server.port, server.token) for _ in range(ROUNDS)]
    ratio = statistics.median(with_sockets) / statistics.median(without)
    print(f"sockets: {SOCKETS}, each with one subscription (opened in {ready['open_ms']} ms)")
    print(f"RSS: idle {idle_rss:.0f} MiB, sockets open {open_rss:.0f} MiB, "
          f"after the HTTP load {loaded_rss:.0f} MiB (target < 256)")
    print(f"fan-out to all: median {statistics.median(fanouts):.0f} ms "
          f"(rounds: {' '.join(f'{f:.0f}' for f in fanouts)}; target < 1000)")
    print(f"me over HTTP: {statistics.median(with_sockets):.0f} req/s with the sockets, "
          f"{statistics.median(without):.0f} without, ratio {ratio:.2f} "
          f"(rounds with: {' '.join(f'{r:.0f}' for r in with_sockets)}; "
          f"without: {' '.join(f'{r:.0f}' for r in without)}; target >= 0.85)")


if __name__ == "__main__":
    main()

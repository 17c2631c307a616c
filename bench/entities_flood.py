#!/usr/bin/env python3
"""Other clients' `me` latency while `_entities` floods run, rerunnable.

Starts the server in dev mode (its own local Postgres and Passage emulator,
on free loopback ports, in a temporary DATA_DIR), registers a user, then:

1. idle: BENCH_SAMPLES sequential `{ me { id name email } }`;
2. flood: the same, while BENCH_FLOODERS threads (default 4) each send,
   one after another, a POST of `_entities` with BENCH_REPRESENTATIONS
   copies (default 33,000, about 1 MiB) of the user's own reference and
   `email status lastLoginAt`.

It prints the medians and p99 of both phases and their ratio, the flood
requests' count and median answer time, and the server's CPU seconds per
flood request (utime + stime from /proc over the phase). Talks only to
127.0.0.1; stops by itself.

    bench/entities_flood.py                       # builds and uses the release binary
    BENCH_BIN=target/debug/passage-graphql bench/entities_flood.py
    BENCH_REPRESENTATIONS=1000 ...                # the largest request GRAPHQL_MAX_ENTITIES allows
    BENCH_COMPARE=OLD_BINARY BENCH_ROUNDS=3 ...   # this build and OLD_BINARY alternately
"""

import concurrent.futures
import os
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devserver import DevServer, cpu_seconds, post  # noqa: E402
from devserver import binary as devserver_binary  # noqa: E402

SAMPLES = int(os.environ.get("BENCH_SAMPLES", "300"))
FLOODERS = int(os.environ.get("BENCH_FLOODERS", "4"))
REPRESENTATIONS = int(os.environ.get("BENCH_REPRESENTATIONS", "33000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
# Longest one flood request may take before the phase gives up on it.
FLOOD_TIMEOUT = float(os.environ.get("BENCH_FLOOD_TIMEOUT", "120"))
ME = "{ me { id name email } }"
ENTITIES = (
    "query($reps: [_Any!]!) { _entities(representations: $reps) "
    "{ ... on User { email status lastLoginAt } } }"
)


def me_latencies(port, token):
    took = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        status, body = post(port, {"query": ME}, token)
        took.append((time.perf_counter() - started) * 1000)
        if status != 200 or b'"errors"' in body:
            sys.exit(f"`me` failed: {status} {body[:200]!r}")
    took.sort()
    return statistics.median(took), took[int(len(took) * 0.99) - 1]


def measure(binary):
    with DevServer(binary, {"REQUEST_TIMEOUT_MS": "120000"}) as server:
        port, token, user_id = server.port, server.token, server.user_id
        for _ in range(50):
            post(port, {"query": ME}, token)
        idle = me_latencies(port, token)
        reps = [{"__typename": "User", "id": user_id}] * REPRESENTATIONS
        flood_body = {"query": ENTITIES, "variables": {"reps": reps}}
        stop = threading.Event()
        answers = []

        def flood():
            while not stop.is_set():
                started = time.perf_counter()
                status, body = post(port, flood_body, token, timeout=FLOOD_TIMEOUT)
                answers.append(((time.perf_counter() - started) * 1000, status, len(body)))

        cpu_before = cpu_seconds(server.pid)
        with concurrent.futures.ThreadPoolExecutor(max_workers=FLOODERS) as pool:
            for _ in range(FLOODERS):
                pool.submit(flood)
            time.sleep(0.5)  # the floods are under way
            loaded = me_latencies(port, token)
            stop.set()
        cpu = cpu_seconds(server.pid) - cpu_before
        return idle, loaded, answers, cpu


def report(binary, idle, loaded, answers, cpu):
    times = sorted(a[0] for a in answers)
    statuses = sorted({a[1] for a in answers})
    print(f"binary: {binary}")
    print(f"  me idle:        median {idle[0]:.2f} ms, p99 {idle[1]:.2f} ms ({SAMPLES} requests)")
    print(f"  me under flood: median {loaded[0]:.2f} ms, p99 {loaded[1]:.2f} ms "
          f"(x{loaded[0] / idle[0]:.2f} the idle median)")
    if times:
        print(f"  flood: {len(answers)} requests of {REPRESENTATIONS} representations by {FLOODERS} "
              f"clients, median answer {statistics.median(times):.1f} ms, statuses {statuses}, "
              f"answer {answers[0][2]} bytes; server CPU {cpu / len(answers) * 1000:.1f} ms a request")


def main():
    binary = devserver_binary()
    compare = os.environ.get("BENCH_COMPARE")
    if not compare:
        report(binary, *measure(binary))
        return
    ratios = {binary: [], compare: []}
    for _ in range(ROUNDS):
        for candidate in (binary, compare):
            idle, loaded, answers, cpu = measure(candidate)
            report(candidate, idle, loaded, answers, cpu)
            ratios[candidate].append(loaded[0] / idle[0])
    for candidate, values in ratios.items():
        print(f"median me slowdown under flood, {candidate}: x{statistics.median(values):.2f}")


if __name__ == "__main__":
    main()

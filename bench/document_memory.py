#!/usr/bin/env python3
"""RSS growth from large anonymous GraphQL documents, rerunnable.

Starts the server in dev mode (its own local Postgres and Passage emulator,
on free loopback ports, in a temporary DATA_DIR), sends 40 anonymous POSTs
of about 900 KB each to /graphql, and prints the server's RSS (VmRSS from
/proc) before and after, and the difference. Talks only to 127.0.0.1; stops
by itself.

    bench/document_memory.py                  # builds and uses the release binary
    BENCH_BIN=target/debug/passage-graphql bench/document_memory.py
    BENCH_REQUESTS=40 BENCH_QUERY_KB=900 BENCH_SHAPE=fields|comment ...
    BENCH_CONCURRENCY=40 ...                  # all 40 at once (default 1: one after another)
    BENCH_COMPARE=OLD_BINARY BENCH_ROUNDS=3 ...   # this build and OLD_BINARY alternately

With BENCH_COMPARE each binary runs BENCH_ROUNDS times (a fresh server each
time), alternately, and the medians of the growth and of the peak (VmHWM
over the RSS before) are printed side by side.

Shapes: `fields` (default) repeats `__typename` (a document of ~82,000
fields, which complexity does not count: it used to be parsed, into about
60 MiB, and answered; it is now refused by the token limit before parsing);
`comment` is `{ __typename }` padded with a comment (parsed and answered).
"""

import concurrent.futures
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "40"))
QUERY_KB = int(os.environ.get("BENCH_QUERY_KB", "900"))
SHAPE = os.environ.get("BENCH_SHAPE", "fields")
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "1"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field}")


def rss_kib(pid):
    return status_kib(pid, "VmRSS")


def reset_peak(pid):
    """Makes VmHWM start again from the current RSS (Linux 4.0 and later)."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as clear:
            clear.write("5")
    except OSError:
        pass


def query(i):
    size = QUERY_KB * 1000
    if SHAPE == "comment":
        head = f"query Big{i} {{ __typename }} #"
        return head + "x" * (size - len(head))
    head, field = f"query Big{i} {{", " __typename"
    return head + field * ((size - len(head) - 2) // len(field)) + " }"


def post(port, body, timeout=60):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps(body).encode(),
        headers={"content-type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def measure(binary, quiet=False):
    """One fresh server: (growth KiB, peak KiB over the RSS before)."""
    port, emulator_port = free_port(), free_port()
    data_dir = tempfile.mkdtemp(prefix="pgql-memory-")
    if os.getuid() == 0:
        shutil.chown(data_dir, "postgres", "postgres")
        os.chmod(data_dir, 0o777)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PASSAGE_", "DATABASE_", "REDIS_", "METRICS_"))
    }
    env.update(
        LISTEN_ADDR=f"127.0.0.1:{port}",
        EMULATOR_LISTEN_ADDR=f"127.0.0.1:{emulator_port}",
        DATA_DIR=data_dir,
        RUST_LOG="warn",
    )
    log = open(os.path.join(data_dir, "server.log"), "w")
    server = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=log)
    try:
        deadline = time.time() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if server.poll() is not None or time.time() > deadline:
                sys.exit(f"the server did not become ready; see {data_dir}/server.log")
            time.sleep(0.2)
        # Warm up: the same small requests a real client sends first.
        for _ in range(20):
            post(port, {"query": "{ __typename }"})
        time.sleep(1)
        before = rss_kib(server.pid)
        reset_peak(server.pid)
        statuses = {}
        started = time.time()
        with concurrent.futures.ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            bodies = [{"query": query(i)} for i in range(REQUESTS)]
            for status, body in pool.map(lambda b: post(port, b), bodies):
                key = (status, json.loads(body)["errors"][0]["message"][:60]) if status != 200 or b'"errors"' in body else status
                statuses[key] = statuses.get(key, 0) + 1
        took = time.time() - started
        time.sleep(2)  # the caches' maintenance timer runs meanwhile
        after = rss_kib(server.pid)
        peak = status_kib(server.pid, "VmHWM")
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics").read().decode()
        kept = [l for l in metrics.splitlines() if l.startswith("graphql_document_cache_")]
        if not quiet:
            print(f"binary: {binary}")
            print(f"{REQUESTS} anonymous requests of {QUERY_KB} KB ({SHAPE}), {CONCURRENCY} at a time, "
                  f"in {took:.1f} s, answers {statuses}")
            print(f"RSS before: {before / 1024:.1f} MiB, peak: {peak / 1024:.1f} MiB, "
                  f"after: {after / 1024:.1f} MiB, growth: {(after - before) / 1024:.1f} MiB")
            for line in kept:
                print(line)
        return after - before, max(peak - before, 0), took
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(data_dir, ignore_errors=True)


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def main():
    binary = os.environ.get("BENCH_BIN")
    if not binary:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, "target/release/passage-graphql")
    old = os.environ.get("BENCH_COMPARE")
    if not old:
        measure(binary)
        return
    results = {binary: [], old: []}
    for round in range(ROUNDS):
        for candidate in (old, binary):
            growth, peak, took = measure(candidate, quiet=True)
            results[candidate].append((growth, peak, took))
            print(f"round {round + 1}: {candidate}: growth {growth / 1024:.1f} MiB, "
                  f"peak +{peak / 1024:.1f} MiB, {took:.1f} s", flush=True)
    print(f"{REQUESTS} requests of {QUERY_KB} KB ({SHAPE}), {CONCURRENCY} at a time; "
          f"medians of {ROUNDS} rounds:")
    for candidate, runs in results.items():
        print(f"  {candidate}: growth {median([r[0] for r in runs]) / 1024:.1f} MiB, "
              f"peak +{median([r[1] for r in runs]) / 1024:.1f} MiB, "
              f"{median([r[2] for r in runs]):.1f} s")


if __name__ == "__main__":
    main()

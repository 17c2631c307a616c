"""A dev-mode server for the Python benchmarks: the release binary (or
BENCH_BIN) with its own local Postgres and Passage emulator, on free
loopback ports, in a temporary DATA_DIR; a registered user and their token.
Talks only to 127.0.0.1."""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    """BENCH_BIN, else the release build (built now)."""
    found = os.environ.get("BENCH_BIN")
    if not found:
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
        found = os.path.join(ROOT, "target", "release", "passage-graphql")
    return found


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def post(port, body, token, timeout=30):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps(body, separators=(",", ":")).encode(),
        headers={"content-type": "application/json", "authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


class DevServer:
    """`with DevServer(binary, extra_env) as server:` server.port, .token,
    .user_id, .pid."""

    def __init__(self, binary, env=None):
        self.binary = binary
        self.extra_env = env or {}

    def __enter__(self):
        self.port, emulator_port = free_port(), free_port()
        self.data_dir = tempfile.mkdtemp(prefix="pgql-bench-")
        if os.getuid() == 0:
            shutil.chown(self.data_dir, "postgres", "postgres")
            os.chmod(self.data_dir, 0o777)
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PASSAGE_", "DATABASE_", "REDIS_", "METRICS_", "GRAPHQL_", "CONFIG_"))
        }
        env.update(
            LISTEN_ADDR=f"127.0.0.1:{self.port}",
            EMULATOR_LISTEN_ADDR=f"127.0.0.1:{emulator_port}",
            DATA_DIR=self.data_dir,
            RUST_LOG="error",
        )
        env.update(self.extra_env)
        log = open(os.path.join(self.data_dir, "server.log"), "w")
        self.server = subprocess.Popen([self.binary, "serve"], env=env, stdout=log, stderr=log)
        self.pid = self.server.pid
        deadline = time.time() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/ready", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if self.server.poll() is not None or time.time() > deadline:
                sys.exit(f"the server did not become ready; see {self.data_dir}/server.log")
            time.sleep(0.2)
        self.token = subprocess.run(
            [self.binary, "dev-token", "--email", "bench@example.com"],
            env=env, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]
        status, body = post(
            self.port,
            {"query": 'mutation { createUser(input: {name: "Bench"}) { id } }'},
            self.token,
        )
        if status != 200 or b'"errors"' in body:
            sys.exit(f"createUser failed: {status} {body[:200]!r}")
        self.user_id = json.loads(body)["data"]["createUser"]["id"]
        return self

    def __exit__(self, *exc):
        self.server.terminate()
        self.server.wait(timeout=30)
        shutil.rmtree(self.data_dir, ignore_errors=True)


def run_wrk(port, token, body, conns, duration):
    """wrk (2 threads, bench/graphql.lua) posting `body` with `token` for
    `duration` seconds over `conns` connections: (req/s, p50 ms, p99 ms).
    Any bad response ends the benchmark."""
    env = dict(os.environ, TOKEN=token, BODY=json.dumps(body), WRK_THREADS="2")
    out = subprocess.run(
        ["wrk", "-t2", f"-c{conns}", f"-d{duration}s", "--timeout", "10s",
         "-s", os.path.join(ROOT, "bench", "graphql.lua"), f"http://127.0.0.1:{port}"],
        env=env, check=True, capture_output=True, text=True,
    ).stdout
    line = next(l for l in out.splitlines() if l.startswith("RESULT"))
    fields = dict(kv.split("=") for kv in line.split()[1:])
    if int(fields["errors"]) or int(fields["socket_errors"]):
        sys.exit(f"bad responses: {line}")
    rps = int(fields["requests"]) / (int(fields["duration_us"]) / 1e6)
    return rps, int(fields["p50_us"]) / 1000, int(fields["p99_us"]) / 1000

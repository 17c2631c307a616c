#!/usr/bin/env python3
"""Where a request's CPU time goes: reads `perf script` output (call stacks
from a frame-pointer build, see `BENCH_PROFILE=1 bench/run`) and gives each
sample to the first category, in the order below, that a frame of its stack
matches; prints each category's share and its microseconds per request.

usage: perf script | bench/profile.py REQUESTS_DURING_THE_RECORDING [HZ]
"""
import collections
import re
import sys

CATEGORIES = [
    ("Postgres: viewer lookup (request side)", r"passage_lookups|viewer_record|find_by_identity"),
    ("Postgres: tokio-postgres connection task", r"tokio_postgres::connection|drive_connection"),
    ("GraphQL: validation", r"validation::check_rules"),
    ("GraphQL: User fields (Passage profile cache)", r"graphql::user::"),
    ("GraphQL: response shaping (spec order, nulls)", r"shape::shape_response"),
    ("GraphQL: parse (document cache, clone)", r"parse_query"),
    ("GraphQL: execution machinery (async-graphql)", r"Schema<.*>::execute|async_graphql::"),
    ("token check (authenticate)", r"http::graphql::authenticate"),
    ("request body read + JSON parse", r"JsonGraphQLRequest|receive_batch_body|GraphQLBatchRequest"),
    ("response body (serialise)", r"http::graphql::respond|GraphQLResponse|serde_json"),
    ("HTTP/1 head parse + encode (hyper)", r"role::Server"),
    ("kernel: socket writes (incl. loopback delivery)", r"sys_write|sys_sendto|sys_sendmsg|do_writev|tcp_sendmsg"),
    ("kernel: socket reads", r"sys_read|sys_recvfrom|sys_recvmsg|tcp_recvmsg"),
    ("kernel: epoll, futex, scheduling", r"do_epoll_wait|futex_|__schedule|sys_sched_yield|sys_epoll"),
    ("middleware layers (CORS, request id, trace, metrics)", r"tower_http::|axum::middleware|record_request"),
    ("allocator (mimalloc)", r"\bmi_|_mi_"),
    ("tokio runtime, hyper dispatch, routing", r"tokio::|hyper|axum::"),
]


def stacks(lines):
    frames = []
    for line in lines:
        if not line.strip():
            if frames:
                yield "\n".join(frames)
            frames = []
        elif line[0] in " \t":
            frames.append(line.strip())
    if frames:
        yield "\n".join(frames)


def main():
    requests = float(sys.argv[1])
    hz = float(sys.argv[2]) if len(sys.argv) > 2 else 1999.0
    compiled = [(name, re.compile(rx)) for name, rx in CATEGORIES]
    counts = collections.Counter()
    total = 0
    for stack in stacks(sys.stdin):
        total += 1
        name = next((n for n, rx in compiled if rx.search(stack)), "other")
        counts[name] += 1
    if not total:
        sys.exit("no samples")
    per_request = total / hz / requests * 1e6
    print(f"{total} samples at {hz:.0f} Hz over {requests:.0f} requests: "
          f"{per_request:.0f} us of server CPU per request\n")
    print("| share | us/request | where |")
    print("|---:|---:|---|")
    for name, n in counts.most_common():
        print(f"| {100 * n / total:.1f}% | {n / hz / requests * 1e6:.1f} | {name} |")


if __name__ == "__main__":
    main()

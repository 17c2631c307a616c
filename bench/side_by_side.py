#!/usr/bin/env python3
"""The side-by-side table of `bench/run`: each server's `me` loads against the
limit anchor's, in alternating rounds. Reads the phases bench/run recorded
(one per line, tab-separated):

    phase ROUND QUERY SERVER REQ_S P50_MS P99_MS ERRORS CPU_US_PER_REQUEST
    rss SERVER PEAK_KIB

and prints a Markdown table of medians, then one of the ratios to the anchor
(req/s, taken within each round, and their median). The last line, for
bench/run, is `RATIOS <median> ...`, one per query in the order recorded, for
the first server recorded.

usage: bench/side_by_side.py RESULTS_FILE ANCHOR_NAME
"""
import collections
import statistics
import sys


def median(values):
    return statistics.median_low(values)


def main():
    path, anchor = sys.argv[1], sys.argv[2]
    phases = collections.defaultdict(list)  # (query, server) -> [(round, fields)]
    rss = {}
    queries, servers = [], []
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "rss":
            rss[parts[1]] = int(parts[2])
        elif parts[0] == "phase":
            rnd, query, server = int(parts[1]), parts[2], parts[3]
            rps, p50, p99, errors, cpu = parts[4:9]
            phases[(query, server)].append(
                (rnd, float(rps), float(p50), float(p99), int(errors), float(cpu)))
            if query not in queries:
                queries.append(query)
            if server not in servers:
                servers.append(server)

    print("| query | server | req/s | p50 | p99 | errors | CPU/request | peak RSS | rounds (req/s) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for query in queries:
        for server in servers:
            rows = phases[(query, server)]
            if not rows:
                continue
            peak = rss.get(server)
            print(f"| `{query}` | {server} | {median([r[1] for r in rows]):.0f} "
                  f"| {median([r[2] for r in rows])} ms | {median([r[3] for r in rows])} ms "
                  f"| {sum(r[4] for r in rows)} | {median([r[5] for r in rows])} us "
                  f"| {'—' if peak is None else f'{peak // 1024} MiB'} "
                  f"| {' '.join(f'{r[1]:.0f}' for r in rows)} |")
    print()
    print("| query | server / anchor | ratio (median of the rounds) | rounds | p99 rounds (server; anchor) |")
    print("|---|---|---:|---|---|")
    summary = []
    for query in queries:
        anchor_rows = {r[0]: r for r in phases[(query, anchor)]}
        for server in servers:
            if server == anchor:
                continue
            ratios, p99s = [], []
            for r in phases[(query, server)]:
                a = anchor_rows.get(r[0])
                if a:
                    ratios.append(r[1] / a[1])
                    p99s.append(f"{r[3]}; {a[3]}")
            if not ratios:
                continue
            med = median(ratios)
            if server == next(s for s in servers if s != anchor):
                summary.append(f"{med:.3f}")
            print(f"| `{query}` | {server} | **{med:.3f}** "
                  f"| {' '.join(f'{x:.3f}' for x in ratios)} | {' / '.join(p99s)} |")
    print("RATIOS " + " ".join(summary))


if __name__ == "__main__":
    main()

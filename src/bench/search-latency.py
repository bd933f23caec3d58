#!/usr/bin/env python3
"""Search latency (p50/p99 per query over one keep-alive connection) and throughput (mixed queries from several
connections) against a running Inkstone whose index is ready.

Usage: search-latency.py http://127.0.0.1:18080 [requests-per-case] [seconds] [connections]
"""
import http.client
import statistics
import sys
import threading
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 10
connections = int(sys.argv[4]) if len(sys.argv) > 4 else 8


def q(text, extra=""):
    return "/api/v1/search?perPage=10&q=" + urllib.parse.quote(text) + extra


cases = {
    "two characters (算力)": q("算力"),
    "four characters (模型训练)": q("模型训练"),
    "mixed (算力 platform)": q("算力 platform"),
    "English, stemmed (systems architectures)": q("systems architectures"),
    "phrase (\"算力模型\")": q('"算力模型"'),
    "rare pair (芯片 ecosystem)": q("芯片 ecosystem"),
    "with tag filter (数据, bench-tag-17)": q("数据", "&tag=bench-tag-17"),
    "one common character, page 20 (的)": q("的", "&page=20"),
}


def get(conn, path):
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status} {body[:300]!r}")
    return response.getheader("X-Total-Count")


conn = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
print("| query | hits | p50 ms | p99 ms |")
print("|---|---|---|---|")
for name, path in cases.items():
    for _ in range(20):
        total = get(conn, path)
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        get(conn, path)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(f"| {name} | {total} | {statistics.median(samples):.2f} | {p99:.2f} |")

done = [0] * connections
stop = time.perf_counter() + seconds


def worker(index):
    own = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    paths = list(cases.values())
    i = index
    while time.perf_counter() < stop:
        get(own, paths[i % len(paths)])
        done[index] += 1
        i += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"\nThroughput, the queries above in turn from {connections} connections for {seconds:.0f} s: "
      f"{sum(done) / seconds:.0f} req/s")

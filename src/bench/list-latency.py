#!/usr/bin/env python3
"""Median and p99 latency of list requests against a running Inkstone, over one keep-alive connection.

Usage: list-latency.py http://127.0.0.1:18080 [requests-per-case]
Prints one table row per case; used by list-scale.sh to compare 1,000 and 100,000 posts.
"""
import http.client
import json
import statistics
import sys
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
conn = http.client.HTTPConnection(base.hostname, base.port, timeout=30)


def get(path):
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status} {body[:200]!r}")
    return json.loads(body)


# Page 500 by cursor (the cursor that follows page 499), or the last full page of a smaller set.
pages = get("/api/v1/posts?perPage=10")["page"]["totalPages"]
deep = min(500, pages - 1)
cursor = get(f"/api/v1/posts?page={deep - 1}&perPage=10")["nextCursor"]
cases = {
    "newest 10 (page 1)": "/api/v1/posts?perPage=10",
    f"page {deep} by cursor": "/api/v1/posts?perPage=10&cursor=" + urllib.parse.quote(cursor),
    f"page {deep} by offset": f"/api/v1/posts?perPage=10&page={deep}",
    "tag filter": "/api/v1/posts?perPage=10&tag=bench-tag-17",
    "two tags, all": "/api/v1/posts?perPage=10&tag=bench-tag-17,bench-tag-54&tagMatch=all",
    "category subtree": "/api/v1/posts?perPage=10&category=bench-cat-1",
    "include tags+categories": "/api/v1/posts?perPage=100&include=tags,categories",
}
print(f"| case | p50 ms | p99 ms |")
print(f"|---|---|---|")
for name, path in cases.items():
    for _ in range(20):
        get(path)
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        get(path)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(f"| {name} | {statistics.median(samples):.2f} | {p99:.2f} |")

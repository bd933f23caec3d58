#!/usr/bin/env python3
"""Search latency per query class and distinct-query throughput against a running Inkstone whose index is ready.

A rotating set of 240 distinct queries in 8 classes (Chinese of 1, 2 and 4 characters, unspaced multi-word Chinese,
mixed Chinese and English, English, phrases, and queries with a tag or category filter), all asking for 10 hits
with highlights. Several connections take the queries in turn as a token holder (the admin token given), whose
answers the response cache never keeps: this measures the search itself. p50/p99 per class, and the overall rate.

Usage: search-latency.py http://127.0.0.1:18080 token [seconds] [connections]
"""
import http.client
import itertools
import statistics
import sys
import threading
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
headers = {"Authorization": "Bearer " + sys.argv[2]}
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20
connections = int(sys.argv[4]) if len(sys.argv) > 4 else 8

# The benchmark text's alphabet (seed-search.sql): frequent characters first.
HAN = ("算力模型训练推理数据中心芯片开源社区应用场景企业市研究团队方向验证创新优化工程产品户体平台生态记忆学习范式竞争合作"
       "成本能电资投入回报风险技术路线架构系统服务部署的一是在不了有和人这大为上个国我以要他时来们到地于出就分对会可主发年动同也")
WORDS = ("model training inference data center chip open source community application enterprise market research "
         "team direction innovation optimization engineering product user experience platform ecosystem memory "
         "learning paradigm competition cost energy capital risk architecture system service deployment").split()
ZH2 = ["算力", "模型", "训练", "推理", "数据", "中心", "芯片", "开源", "社区", "应用", "场景", "企业", "研究", "团队",
       "方向", "验证", "创新", "优化", "工程", "产品", "用户", "平台", "生态", "记忆", "学习", "范式", "竞争", "合作",
       "成本", "能源", "资本", "投入", "回报", "风险", "技术", "路线", "架构", "系统", "服务", "部署"]


def q(text, extra=""):
    return "/api/v1/search?perPage=10&q=" + urllib.parse.quote(text) + extra


classes = {
    "Chinese, 1 character": [q(c) for c in HAN[:40]],
    "Chinese, 2 characters": [q(w) for w in ZH2],
    "Chinese, 4 characters": [q(a + b) for a, b in zip(ZH2[:30], ZH2[10:40])],
    "Chinese, unspaced multi-word": [q(a + b + c) for a, b, c in zip(ZH2[:30], ZH2[5:35], ZH2[10:40])],
    "mixed Chinese and English": [q(f"{w} {e}") for w, e in zip(ZH2[:30], itertools.cycle(WORDS))],
    "English": [q(f"{a} {b}") for a, b in zip(WORDS[:30], WORDS[3:33])],
    "phrase": [q(f'"{a}{b}"') for a, b in zip(ZH2[:15], ZH2[1:16])] + [q(f'"{a} {b}"') for a, b in
                                                                        zip(WORDS[:15], WORDS[1:16])],
    "with a tag or category filter": [q(w, f"&tag=bench-tag-{i * 7 % 200 + 1}") for i, w in enumerate(ZH2[:20])]
    + [q(w, f"&category=bench-cat-{i % 12 + 1}") for i, w in enumerate(ZH2[20:40])],
}
work = [(name, path) for name, paths in classes.items() for path in paths]
assert len({p for _, p in work}) >= 200, len(work)


def get(conn, path):
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status} {body[:300]!r}")
    return response.getheader("X-Total-Count")


# Warm up: every query once.
warm = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
for _, path in work:
    get(warm, path)

samples = {name: [] for name in classes}
done = [0] * connections
stop = time.perf_counter() + seconds


def worker(index):
    own = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    i = index * 31
    while time.perf_counter() < stop:
        name, path = work[i % len(work)]
        start = time.perf_counter()
        get(own, path)
        samples[name].append((time.perf_counter() - start) * 1000)
        done[index] += 1
        i += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"| query class ({len(work)} distinct queries, {connections} connections, {seconds:.0f} s) | queries | "
      "requests | p50 ms | p99 ms |")
print("|---|---|---|---|---|")
for name, values in samples.items():
    values.sort()
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))] if values else float("nan")
    med = statistics.median(values) if values else float("nan")
    print(f"| {name} | {len(classes[name])} | {len(values)} | {med:.1f} | {p99:.1f} |")
every = sorted(v for values in samples.values() for v in values)
print(f"| all | {len(work)} | {len(every)} | {statistics.median(every):.1f} | "
      f"{every[min(len(every) - 1, int(len(every) * 0.99))]:.1f} |")
print(f"\nDistinct-query throughput: {sum(done) / seconds:.0f} req/s")

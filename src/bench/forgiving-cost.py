#!/usr/bin/env python3
"""The measuring half of forgiving-cost.sh.

  forgiving-cost.py measure URL token seconds connections pid config results.jsonl
      warms up (`seconds` of the load of search-latency.py --forgiving), then runs the same load
      for `seconds` and appends one line: the configuration, latency samples per class, requests, and the CPU
      seconds the app process (pid) used meanwhile (/proc/<pid>/stat: user + system, every thread).
  forgiving-cost.py table results.jsonl
      one markdown table: p50 / p99 ms per class under each configuration (all rounds pooled), app CPU per query.
  forgiving-cost.py suggest URL seconds connections
      suggestion latency: `connections` processes (no shared interpreter lock in the client) call
      /api/v1/search/suggest with rotating prefixes for `seconds` after a warm-up; prints p50/p99 and the rate.
"""
import http.client
import importlib.util
import json
import multiprocessing
import os
import sys
import time
import urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("search_latency", os.path.join(here, "search-latency.py"))
latency = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latency)


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the file, 12 and 13 after the command name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(url, token, seconds, connections, pid, config, out):
    classes = latency.classes(forgiving=True)
    # The warm-up load takes every query in turn; asking each once beforehand, one at a time, took minutes.
    latency.run(url, token, seconds, connections, classes, warm_up=False)
    before = cpu_seconds(pid)
    samples, requests = latency.run(url, token, seconds, connections, classes, warm_up=False)
    cpu = cpu_seconds(pid) - before
    with open(out, "a") as results:
        results.write(json.dumps({"config": config, "samples": samples, "requests": requests, "cpu": cpu,
                                  "seconds": seconds}) + "\n")
    print(f"  {config}: {requests / seconds:.0f} req/s, app CPU {1000 * cpu / requests:.2f} ms per query")


def table(path):
    configs, classes = {}, {}
    with open(path) as results:
        for line in results:
            run = json.loads(line)
            pooled = configs.setdefault(run["config"], {"samples": {}, "requests": 0, "cpu": 0.0, "runs": 0})
            for name, values in run["samples"].items():
                classes.setdefault(name, None)
                pooled["samples"].setdefault(name, []).extend(values)
            pooled["requests"] += run["requests"]
            pooled["cpu"] += run["cpu"]
            pooled["runs"] += 1
    names = list(configs)
    print("| query class | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for name in list(classes) + ["all"]:
        cells = []
        for config in names:
            samples = configs[config]["samples"]
            values = [v for vs in samples.values() for v in vs] if name == "all" else samples.get(name, [])
            cells.append(f"{latency.p50(values):.1f} / {latency.p99(values):.1f}")
        print(f"| {'**all**' if name == 'all' else name} | " + " | ".join(cells) + " |")
    base = None
    cells = []
    for config in names:
        per_query = 1000 * configs[config]["cpu"] / max(1, configs[config]["requests"])
        base = base or per_query
        cells.append(f"{per_query:.2f} ({100 * per_query / base:.0f} %)")
    print("| **app CPU ms per query** (vs first column) | " + " | ".join(cells) + " |")
    rate = [f"{configs[c]['requests'] / (configs[c]['runs'] * json_seconds(path)):.0f}" for c in names]
    print("| requests/s | " + " | ".join(rate) + " |")


def json_seconds(path):
    with open(path) as results:
        return json.loads(results.readline())["seconds"]


# Prefixes of the seeded titles (第 N 篇：…), tags (标签 N) and categories (分类 N), as typed: Chinese, pinyin,
# initials, and some that complete to nothing.
PREFIXES = ["第", "第 1", "第 12", "第 123", "第 1234", "标", "标签", "标签 1", "标签 19", "分类", "分类 1", "di",
            "di 1", "biao", "biaoqian", "bq", "fen", "fenlei", "fl", "算", "suan", "s", "x", "model", "zzqq"]


def suggest_worker(url, stop, index, queue):
    base = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    samples, i = [], index * 7
    while time.time() < stop:
        path = "/api/v1/search/suggest?q=" + urllib.parse.quote(PREFIXES[i % len(PREFIXES)])
        start = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        samples.append((time.perf_counter() - start) * 1000)
        i += 1
    queue.put(samples)


def suggest_load(url, seconds, connections):
    queue = multiprocessing.Queue()
    stop = time.time() + seconds
    workers = [multiprocessing.Process(target=suggest_worker, args=(url, stop, i, queue))
               for i in range(connections)]
    for w in workers:
        w.start()
    samples = [v for _ in workers for v in queue.get()]
    for w in workers:
        w.join()
    return samples


def suggest(url, seconds, connections):
    suggest_load(url, seconds, connections)
    samples = suggest_load(url, seconds, connections)
    print(f"Suggestions ({len(PREFIXES)} prefixes, {connections} connections, {seconds:.0f} s): "
          f"p50 {latency.p50(samples):.1f} ms, p99 {latency.p99(samples):.1f} ms, {len(samples) / seconds:.0f} req/s")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "measure":
        measure(args[0], args[1], float(args[2]), int(args[3]), int(args[4]), args[5], args[6])
    elif command == "table":
        table(args[0])
    elif command == "suggest":
        suggest(args[0], float(args[1]), int(args[2]))
    else:
        raise SystemExit(__doc__)

#!/usr/bin/env python3
"""Search latency per query class and distinct-query throughput against a running Inkstone whose index is ready.

A rotating set of 270 distinct queries in 8 classes (Chinese of 1, 2 and 4 characters, unspaced multi-word Chinese,
mixed Chinese and English, English, phrases, and queries with a tag or category filter), all asking for 10 hits
with highlights; with --forgiving also 6 classes readers type carelessly (pinyin, as typed so far, typos, questions,
synonyms, cross-language). Several connections take the queries in turn as a token holder (the admin token given),
whose answers the response cache never keeps: this measures the search itself. p50/p99 per class, and the overall
rate. forgiving-cost.py imports it to run the same set under each configuration.

Usage: search-latency.py http://127.0.0.1:18080 token [seconds] [connections] [--forgiving] [--rounds=N] [--pid=N]
       search-latency.py --list [--forgiving]        the queries in turn, "class TAB path" a line (search-classes.lua)
       search-latency.py --summarize=DIR seconds     the table for search-classes.lua's latencies in DIR
"""
import http.client
import itertools
import os
import statistics
import sys
import threading
import time
import urllib.parse

# The benchmark text's alphabet (seed-search.sql): frequent characters first.
HAN = ("算力模型训练推理数据中心芯片开源社区应用场景企业市研究团队方向验证创新优化工程产品户体平台生态记忆学习范式竞争合作"
       "成本能电资投入回报风险技术路线架构系统服务部署的一是在不了有和人这大为上个国我以要他时来们到地于出就分对会可主发年动同也")
WORDS = ("model training inference data center chip open source community application enterprise market research "
         "team direction innovation optimization engineering product user experience platform ecosystem memory "
         "learning paradigm competition cost energy capital risk architecture system service deployment").split()
ZH2 = ["算力", "模型", "训练", "推理", "数据", "中心", "芯片", "开源", "社区", "应用", "场景", "企业", "研究", "团队",
       "方向", "验证", "创新", "优化", "工程", "产品", "用户", "平台", "生态", "记忆", "学习", "范式", "竞争", "合作",
       "成本", "能源", "资本", "投入", "回报", "风险", "技术", "路线", "架构", "系统", "服务", "部署"]
# The toneless pinyin of the first 30 of ZH2, as a reader would type them.
PINYIN = ["suanli", "moxing", "xunlian", "tuili", "shuju", "zhongxin", "xinpian", "kaiyuan", "shequ", "yingyong",
          "changjing", "qiye", "yanjiu", "tuandui", "fangxiang", "yanzheng", "chuangxin", "youhua", "gongcheng",
          "chanpin", "yonghu", "pingtai", "shengtai", "jiyi", "xuexi", "fanshi", "jingzheng", "hezuo", "chengben",
          "nengyuan"]
TYPOS = ["modle", "trainnig", "infrence", "platfrom", "arhcitecture", "deplyment", "comunity", "enterprize",
         "reserach", "optimizaton", "enginering", "ecosytem", "paradgim", "competiton", "captial", "sytem", "servcie",
         "applicaton", "innovaton", "experiance"]
# Words of the built-in synonym groups (synonyms.txt); the seed text has few of them, so these measure what the added
# clauses cost more than what extra hits cost.
SYNONYM_WORDS = ["記憶體", "内存", "伺服器", "資料庫", "演算法", "軟體", "網路", "程式設計", "人工智能", "手机", "缓存",
                 "日志", "并发", "调试", "加密"]
CROSS = ["memory", "algorithm", "server", "database", "network", "software", "hardware", "interface", "thread",
         "mobile", "cache", "logging", "concurrency", "debugging", "encryption", "blockchain", "ai", "editor",
         "plugin", "kubernetes"]
QUESTIONS_ZH = ["如何 {}{}", "怎么 {} {}", "为什么 {} 的 {}", "如何在 {} 上 {}", "{} 和 {} 是什么"]
QUESTIONS_EN = ["how to {} {}", "what is the {} of {}", "how do i use {} {}", "why is {} {}"]


def q(text, extra=""):
    return "/api/v1/search?perPage=10&q=" + urllib.parse.quote(text) + extra


def classes(forgiving=False):
    """Query class name → distinct request paths."""
    found = {
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
    if forgiving:
        found.update({
            "pinyin (suanli, shu ju, sl)": [q(p) for p in PINYIN[:20]]
            + [q(" ".join(split(p))) for p in PINYIN[20:25]] + [q("".join(s[0] for s in split(p))) for p in
                                                               PINYIN[25:30]],
            "as typed so far (model traini)": [q(f"{a} {b[:max(3, len(b) * 2 // 3)]}") for a, b in
                                               zip(WORDS[:20], WORDS[5:25])],
            "typo (modle)": [q(t) for t in TYPOS[:10]] + [q(f"{w} {t}") for w, t in zip(WORDS[20:30], TYPOS[10:])],
            "question (如何…, how to…)": [q(f.format(a, b)) for f, (a, b) in
                                         zip(itertools.cycle(QUESTIONS_ZH), zip(ZH2[:10], ZH2[20:30]))]
            + [q(f.format(a, b)) for f, (a, b) in zip(itertools.cycle(QUESTIONS_EN), zip(WORDS[:10], WORDS[20:30]))],
            "synonym (資料庫, 内存)": [q(w) for w in SYNONYM_WORDS] + [q(f"{w} {z}") for w, z in
                                                                 zip(SYNONYM_WORDS[:5], ZH2[15:20])],
            "cross-language (memory, 算法)": [q(w) for w in CROSS],
        })
    return found


def split(pinyin):
    """A known word's syllables: enough for the list above (initial consonant cluster + final)."""
    syllables, i = [], 0
    vowels = "aeiouv"
    while i < len(pinyin):
        j = i
        while j < len(pinyin) and pinyin[j] not in vowels:
            j += 1
        while j < len(pinyin) and pinyin[j] in vowels:
            j += 1
        if pinyin[j:j + 2] == "ng" and (j + 2 == len(pinyin) or pinyin[j + 2] not in vowels):
            j += 2
        elif j < len(pinyin) and pinyin[j] in "nr" and (j + 1 == len(pinyin) or pinyin[j + 1] not in vowels):
            j += 1
        syllables.append(pinyin[i:j])
        i = j
    return syllables


def get(conn, path, headers):
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status} {body[:300]!r}")
    return response.getheader("X-Total-Count")


def in_turn(query_classes):
    """(class, path) in the order connections take them: classes interleaved, so a short run on a slow machine still
    samples each."""
    return [(name, paths[i]) for i in range(max(len(p) for p in query_classes.values()))
            for name, paths in query_classes.items() if i < len(paths)]


def run(base_url, token, seconds, connections, query_classes, warm_up=True):
    """Every query once (unless not warm_up), then `connections` connections for `seconds`: (samples in ms per
    class, requests)."""
    base = urllib.parse.urlparse(base_url)
    headers = {"Authorization": "Bearer " + token}
    # Connections started evenly apart in the rotation.
    work = in_turn(query_classes)
    warm = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    for _, path in work if warm_up else []:
        get(warm, path, headers)
    samples = {name: [] for name in query_classes}
    done = [0] * connections
    stop = time.perf_counter() + seconds

    def worker(index):
        own = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
        i = index * len(work) // connections
        while time.perf_counter() < stop:
            name, path = work[i % len(work)]
            start = time.perf_counter()
            get(own, path, headers)
            samples[name].append((time.perf_counter() - start) * 1000)
            done[index] += 1
            i += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return samples, sum(done)


def p50(values):
    return statistics.median(values) if values else float("nan")


def p99(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * 0.99))] if values else float("nan")


def table(query_classes, samples, requests, seconds, connections, title):
    total = sum(len(paths) for paths in query_classes.values())
    print(f"| {title} ({total} distinct queries, {connections} connections, {seconds:.0f} s) | queries | "
          "requests | p50 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for name, values in samples.items():
        print(f"| {name} | {len(query_classes[name])} | {len(values)} | {p50(values):.1f} | {p99(values):.1f} |")
    every = [v for values in samples.values() for v in values]
    print(f"| all | {total} | {len(every)} | {p50(every):.1f} | {p99(every):.1f} |")
    print(f"\nDistinct-query throughput: {requests / seconds:.0f} req/s")


def cpu_seconds(pids):
    """User and system CPU of these processes so far (/proc/<pid>/stat), in seconds; gone ones count nothing."""
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_pids():
    """The PostgreSQL server's processes on this machine: a search's token check and filters cost CPU there too."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as comm:
                    if comm.read().strip().startswith("postgres"):
                        found.append(entry)
            except OSError:
                pass
    return found


def summarize(directory, seconds, query_classes):
    """The table for the latencies search-classes.lua wrote (wrk as the client): class TAB microseconds TAB status."""
    samples = {name: [] for name in query_classes}
    failed = 0
    files = sorted(os.listdir(directory))  # one per connection
    for name in files:
        with open(os.path.join(directory, name), encoding="utf-8") as lines:
            for line in lines:
                query_class, micros, status = line.rstrip("\n").split("\t")
                samples[query_class].append(int(micros) / 1000)
                failed += status != "200"
    if failed:
        raise SystemExit(f"{failed} responses were not 200")
    requests = sum(len(values) for values in samples.values())
    table(query_classes, samples, requests, seconds, len(files), "wrk as the client, query class")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--list" in sys.argv:
        for name, path in in_turn(classes("--forgiving" in sys.argv)):
            print(f"{name}\t{path}")
        return
    directory = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--summarize=")), None)
    if directory:
        summarize(directory, float(args[0]), classes("--forgiving" in sys.argv))
        return
    # --pid=N: the app's process; each round then also reports its CPU per request, and PostgreSQL's. Steadier than
    # requests per second on a machine whose speed drifts by a fifth from one half-hour to the next (2026-12-07).
    pid = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--pid=")), None)
    seconds = float(args[2]) if len(args) > 2 else 20
    connections = int(args[3]) if len(args) > 3 else 8
    # --rounds=N: N runs back to back on the same JVM. On 2 cores the JIT still compiles the search path (C2 took a
    # fifth of the CPU) for two to three minutes of this load, and throughput more than doubled from the first round
    # to the eighth: the first round measures a JVM warming up, the last one the steady state a running server is in.
    rounds = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--rounds=")), 1)
    query_classes = classes("--forgiving" in sys.argv)
    total = sum(len(paths) for paths in query_classes.values())
    assert total >= 200, total
    results = []
    for number in range(1, rounds + 1):
        before = (cpu_seconds([pid]), cpu_seconds(postgres_pids())) if pid else None
        samples, requests = run(args[0], args[1], seconds, connections, query_classes, warm_up=number == 1)
        results.append((samples, requests))
        cpu = ""
        if pid:
            app, database = cpu_seconds([pid]) - before[0], cpu_seconds(postgres_pids()) - before[1]
            served = requests + (total if number == 1 else 0)  # the first round's warm-up asks every query once
            cpu = (f", CPU per request: app {app * 1000 / served:.2f} ms, "
                   f"PostgreSQL {database * 1000 / served:.2f} ms")
        if rounds > 1 or pid:
            every = [v for values in samples.values() for v in values]
            print(f"round {number}: {requests / seconds:.0f} req/s, p50 {p50(every):.1f} ms, p99 {p99(every):.1f} ms"
                  + cpu, flush=True)
    if rounds > 1:
        print()
        table(query_classes, *results[0], seconds, connections, "first round, query class")
        print()
        table(query_classes, *results[-1], seconds, connections, f"round {rounds}, query class")
    else:
        table(query_classes, *results[0], seconds, connections, "query class")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples, by share, over the threads whose name matches a pattern.

Usage: jfr-top-frames.py recording.jfr [thread-name-regex] [count] [package-prefix]
Counts, per sample, the first frame in package-prefix (default: any frame), so "where our requests spend time"
can be read at the level of Lucene or our code instead of java.lang; then the inclusive share of a few stages of a
search (a sample counts for a stage when the stage's frame is anywhere on its stack). Needs the JDK's `jfr`.
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
threads = re.compile(sys.argv[2] if len(sys.argv) > 2 else "executor-thread|vert.x-eventloop")
count = int(sys.argv[3]) if len(sys.argv) > 3 else 15
prefix = sys.argv[4] if len(sys.argv) > 4 else ""
text = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", recording], capture_output=True,
                      text=True, check=True).stdout
STAGES = {
    "highlighting (UnifiedHighlighter)": "UnifiedHighlighter.",
    "matching, scoring, counting (IndexSearcher.search)": "IndexSearcher.search",
    "query analysis (QueryBuilder)": "QueryBuilder.",
    "stored fields of the shown hits": "StoredFields",
    "JSON writing (Jackson)": "com.fasterxml.jackson",
    "tag and category lookups (Hibernate)": "org.hibernate",
}
frames = collections.Counter()
stages = collections.Counter()
total = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if not thread or not threads.search(thread.group(1)):
        continue
    stack = re.findall(r"^\s+([\w$.<>]+)\(", event.split("stackTrace = [", 1)[-1], re.M)
    chosen = next((f for f in stack if f.startswith(prefix)), None)
    if chosen is None:
        continue
    total += 1
    frames[chosen] += 1
    for stage, marker in STAGES.items():
        if any(marker in f for f in stack):
            stages[stage] += 1
print(f"{total} samples on threads /{threads.pattern}/")
for frame, n in frames.most_common(count):
    print(f"{100 * n / total:5.1f}%  {frame}")
print("inclusive share of stages:")
for stage in STAGES:
    print(f"{100 * stages[stage] / max(total, 1):5.1f}%  {stage}")

#!/usr/bin/env bash
# The search's own cost per query class, without HTTP, the database or concurrency: runs search-cost/SearchCost.java
# (compiled here against each packaged app given) on an index a search-scale.sh run left behind, over the queries
# of search-latency.py (its 8 classes and, with BENCH_FORGIVING=1, the forgiving ones), one thread, after warm-up
# rounds; the apps take turns, twice, so that a drift of the machine does not favour one. Prints a table per run.
# Usage: bash src/bench/search-cost.sh index-dir app-dir...   (an app dir holds quarkus-app/, e.g. target; BENCH_RUNS
# measured runs per query, default 8; BENCH_WARM warm-up rounds over every query, default 4;
# BENCH_SLOWEST how many of the slowest queries to name, default 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 2 ] || { sed -n '2,7p' "$0"; exit 2; }
index=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/queries.tsv" "${BENCH_FORGIVING:-}" <<'PY'
import importlib.util, os, sys, urllib.parse
spec = importlib.util.spec_from_file_location("search_latency", os.path.join("src", "bench", "search-latency.py"))
latency = importlib.util.module_from_spec(spec)
spec.loader.exec_module(latency)
with open(sys.argv[1], "w") as out:
    for name, paths in latency.classes(bool(sys.argv[2])).items():
        for path in paths:
            out.write(name + "\t" + urllib.parse.parse_qs(urllib.parse.urlparse(path).query)["q"][0] + "\n")
PY
for round in 1 2; do
    for app in "$@"; do
        classpath="$app/quarkus-app/app/*:$app/quarkus-app/lib/main/*"
        mkdir -p "$work/classes"
        javac -nowarn -d "$work/classes" -cp "$classpath" src/bench/search-cost/SearchCost.java
        echo "## $app, round $round"
        java -Xmx512m -cp "$work/classes:$classpath" dev.inkstone.search.SearchCost "$index" "$work/queries.tsv" \
            "${BENCH_RUNS:-8}" "${BENCH_WARM:-4}" "${BENCH_SLOWEST:-8}" 2> "$work/java.err" || { cat "$work/java.err"; exit 1; }
        rm -rf "$work/classes"
    done
done

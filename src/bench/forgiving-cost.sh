#!/usr/bin/env bash
# The cost of each forgiving addition of search (synonyms, pinyin, prefix, fuzzy, relaxing) at a given size: seeds
# one PostgreSQL database as search-scale.sh does (search-seed.sh), builds its index once, then restarts the app on
# that same index once per configuration (everything on, each addition off in turn, everything off) and runs the same
# queries (search-latency.py --forgiving: its 8 classes plus pinyin, as typed so far, typos, questions, synonyms and
# cross-language) against each, for several rounds, the order reversed every other round so that drift in the
# machine's load does not favour one configuration. Prints one markdown table, README-ready: p50 / p99 ms per query
# class for each configuration, all rounds pooled, and the app's CPU per query (its process' user + system time
# while measuring, every thread: the number a loaded machine disturbs least). Then suggestion latency (p50/p99 with 8
# connections) with everything on. Aliases are not among the configurations: they cost nothing at query time (they
# are indexed into the label fields) and turning them off changes the index (inkstone.search.forgiving.aliases).
# Usage: bash src/bench/forgiving-cost.sh posts [rounds] [seconds]   (e.g. 100000 3 20; default 2 rounds of 20 s
# per configuration, after a warm-up as long); needs PostgreSQL on 127.0.0.1:5432. BENCH_PORT (default 18104);
# BENCH_APP measures an earlier build instead of building (search-seed.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { sed -n '2,14p' "$0"; exit 2; }
n=$1
rounds=${2:-2}
seconds=${3:-20}
. src/bench/search-seed.sh
build_app
export INKSTONE_PORT=${BENCH_PORT:-18104} INKSTONE_ADMIN_TOKEN=bench
url="http://127.0.0.1:$INKSTONE_PORT"
db="inkstone_bench_fc_$n"
index="target/bench-fc-index-$n"
log="target/bench-fc-$n.log"
results="target/bench-fc-$n.jsonl"
rm -f "$results"
seed_database "$db" "$n" "$index" "$log"
off=false
configs=("all on|"
    "synonyms off|INKSTONE_SEARCH_FORGIVING_SYNONYMS=$off"
    "pinyin off|INKSTONE_SEARCH_FORGIVING_PINYIN=$off"
    "prefix off|INKSTONE_SEARCH_FORGIVING_PREFIX=$off"
    "fuzzy off|INKSTONE_SEARCH_FORGIVING_FUZZY=$off"
    "relaxing off|INKSTONE_SEARCH_RELAX_BELOW=0"
    "all off (strict)|INKSTONE_SEARCH_FORGIVING_SYNONYMS=$off INKSTONE_SEARCH_FORGIVING_PINYIN=$off\
 INKSTONE_SEARCH_FORGIVING_PREFIX=$off INKSTONE_SEARCH_FORGIVING_FUZZY=$off INKSTONE_SEARCH_RELAX_BELOW=0")
echo "## Cost of forgiving search at $n posts (PostgreSQL, $(nproc) cores, $(date -u +%Y-%m-%d)," \
    "load average at start $(cut -d' ' -f1-3 /proc/loadavg))"
# The first start builds the index; every later one opens it.
start_app "$log"
wait_searchable
grep -o 'Search index rebuilt: .*' "$log"
du -sh "$index" | awk '{print "Index size: " $1}'
stop_app
for round in $(seq 1 "$rounds"); do
    order=("${configs[@]}")
    if [ $((round % 2)) = 0 ]; then
        order=()
        for ((i = ${#configs[@]} - 1; i >= 0; i--)); do order+=("${configs[i]}"); done
    fi
    echo "Round $round of $rounds:"
    for entry in "${order[@]}"; do
        name=${entry%%|*}
        # shellcheck disable=SC2086 # the settings are words on purpose
        start_app "$log" ${entry#*|}
        wait_searchable
        python3 src/bench/forgiving-cost.py measure "$url" bench "$seconds" 8 "$app" "$name" "$results"
        stop_app
    done
done
echo
echo "p50 / p99 ms per query class, $rounds rounds of $seconds s per configuration pooled, 8 connections:"
echo
python3 src/bench/forgiving-cost.py table "$results"
echo
start_app "$log"
wait_searchable
python3 src/bench/forgiving-cost.py suggest "$url" "$seconds" 8
stop_app
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db"
rm -rf "$app_dir" "$index"

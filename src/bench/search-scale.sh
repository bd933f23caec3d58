#!/usr/bin/env bash
# Search at 10,000 and 100,000 posts: builds the PostgreSQL jar, seeds each size into a fresh database
# (seed-posts.sql, then seed-search.sql for varied text), starts the app on an empty index directory so it rebuilds
# the index from the database (build time from its log), waits until search answers, then runs search-latency.py
# (270 distinct queries in 8 classes, computed: a token holder's; BENCH_SEARCH_ROUNDS rounds of 20 s, default 8,
# the first and the last reported: the JIT needs two to three minutes of this load to settle), the same queries for
# 20 s more with wrk as the client (search-classes.lua, per class as well), then one repeated
# anonymous search (served by the response cache) and, beside it, nginx serving the same bytes as a static file,
# both with wrk.
# Usage: bash src/bench/search-scale.sh [sizes...]   (default: 10000 100000); needs PostgreSQL on 127.0.0.1:5432,
# wrk and nginx. BENCH_CPUS pins the app and nginx to the same cores (src/bench/cores.sh); BENCH_APP measures an
# earlier build instead of building (search-seed.sh); the app runs with src/bench/jvm-options unless BENCH_JAVA_OPTS
# says otherwise (" " for a plain java -jar, as before 2026-12-06).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/cores.sh
source src/bench/cores.sh
sizes=("$@")
[ $# -gt 0 ] || sizes=(10000 100000)
. src/bench/search-seed.sh
build_app
port=18090
nginx_port=18091
out=$(mktemp -d)
# nginx's workers run as www-data: mktemp's 0700 would answer every request 403, which wrk counts as served.
chmod 755 "$out"
nginx_start "$out/nginx.conf" "$out/nginx.pid" "$out/nginx-error.log" \
    "server { listen 127.0.0.1:$nginx_port; root $out; location / { default_type application/json; } }"
wrk_line() { # url: requests/s, p50 and p99 of 8 connections for 10 s, after 10 s of warm-up (as run.sh: the JIT
    # compiles the path a repeated request takes only after the distinct queries before it have run)
    wrk -t2 -c8 -d10s "$1" > /dev/null 2>&1
    wrk -t2 -c8 -d10s --latency "$1" | awk '/Requests\/sec/{r=$2} $1=="50%"{p50=$2} $1=="99%"{p99=$2}
        END{print r " req/s, p50 " p50 ", p99 " p99}'
}
for n in "${sizes[@]}"; do
    db="inkstone_bench_search_$n"
    index="target/bench-search-index-$n"
    export INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench
    seed_database "$db" "$n" "$index" "target/bench-search-$n.log"
    start_app "target/bench-search-$n.log"
    wait_searchable
    echo "## $n posts (PostgreSQL, $(nproc) cores, $(date -u +%Y-%m-%d))"
    grep -o 'Search index rebuilt: .*' "target/bench-search-$n.log"
    # The rebuilt index is merged into one segment in the background; measure the index searches settle on.
    # (BENCH_COMPACT_WAIT=0 for a build from before 2026-12-06, which does not compact.)
    for _ in $(seq 1 "${BENCH_COMPACT_WAIT:-600}"); do
        grep -q 'Search index compacted\|Search index not merged' "target/bench-search-$n.log" && break
        sleep 1
    done
    grep -o 'Search index compacted: .*\|Search index not merged.*' "target/bench-search-$n.log" \
        || echo "Search index not compacted (waited ${BENCH_COMPACT_WAIT:-600} s)"
    du -sh "$index" | awk '{print "Index size: " $1}'
    # Rounds of 20 s on one JVM until the JIT has compiled the search path; the first and the last are reported.
    python3 src/bench/search-latency.py "http://127.0.0.1:$port" bench 20 8 --rounds="${BENCH_SEARCH_ROUNDS:-8}" \
        --pid="$app"
    # Then the same queries for 20 s with wrk as the client (search-classes.lua): Python's threads took about a fifth
    # of a core on the same two cores as the app, and their own queueing was in the tail they reported (wrk's p99 of
    # all queries was 0.7-1.5 ms lower on 2026-12-08).
    python3 src/bench/search-latency.py --list > "$out/queries.tsv"
    rm -rf "$out/latency" && mkdir "$out/latency"
    wrk -t8 -c8 -d20s -s src/bench/search-classes.lua "http://127.0.0.1:$port" -- 8 "$out/queries.tsv" \
        "$out/latency" bench > /dev/null
    python3 src/bench/search-latency.py --summarize="$out/latency" 20
    search="http://127.0.0.1:$port/api/v1/search?perPage=10&q=%E8%8A%AF%E7%89%87"
    curl -s "$search" > "$out/search.json"
    echo "Repeated anonymous search 芯片 (response cache): $(wrk_line "$search")"
    echo "nginx, the same bytes as a static file:          $(wrk_line "http://127.0.0.1:$nginx_port/search.json")"
    stop_app
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db"
done
nginx -c "$out/nginx.conf" -s stop
rm -rf "$app_dir" "$out"

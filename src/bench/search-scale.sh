#!/usr/bin/env bash
# Search at 10,000 and 100,000 posts: builds the PostgreSQL jar, seeds each size into a fresh database
# (seed-posts.sql, then seed-search.sql for varied text), starts the app on an empty index directory so it rebuilds
# the index from the database (build time from its log), waits until search answers, then runs search-latency.py.
# Usage: bash src/bench/search-scale.sh [sizes...]   (default: 10000 100000); needs PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ $# -gt 0 ] || sizes=(10000 100000)
INKSTONE_DB_KIND=postgresql ./mvnw -B -ntp -q -DskipTests package
# Run a copy, so that building in the worktree meanwhile does not pull the jars from under the running app.
app_dir=$(mktemp -d)
cp -r target/quarkus-app "$app_dir/"
port=18090
for n in "${sizes[@]}"; do
    db="inkstone_bench_search_$n"
    index="target/bench-search-index-$n"
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
    rm -rf "$index"
    export INKSTONE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" INKSTONE_DB_USER=postgres \
        INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench INKSTONE_SEARCH_DIR="$index"
    # A first start creates the schema; the data goes in while the app is down, so the next start rebuilds.
    java -jar "$app_dir/quarkus-app/quarkus-run.jar" > "target/bench-search-$n.log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
    kill $app; wait $app 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -q -v posts="$n" -f src/bench/seed-posts.sql "$db" >/dev/null
    psql -h 127.0.0.1 -U postgres -q -f src/bench/seed-search.sql "$db" >/dev/null
    rm -rf "$index"
    java -jar "$app_dir/quarkus-app/quarkus-run.jar" > "target/bench-search-$n.log" 2>&1 &
    app=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/search?q=x")" = 200 ]; do
        sleep 0.5
    done
    echo "## $n posts (PostgreSQL, $(nproc) cores, $(date -u +%Y-%m-%d))"
    grep -o 'Search index rebuilt: .*' "target/bench-search-$n.log"
    du -sh "$index" | awk '{print "Index size: " $1}'
    python3 src/bench/search-latency.py "http://127.0.0.1:$port" 200 10 8
    kill $app; wait $app 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db"
done
rm -rf "$app_dir"

#!/usr/bin/env bash
# Does a list page cost the same at 1,000 and at 100,000 posts? Builds the PostgreSQL jar, loads each size into a
# fresh database with seed-posts.sql, starts the app, and prints p50/p99 per list case (list-latency.py).
# Usage: bash src/bench/list-scale.sh [sizes...]   (default: 1000 100000); needs PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-1000 100000}")
[ $# -gt 0 ] || sizes=(1000 100000)
INKSTONE_DB_KIND=postgresql ./mvnw -B -ntp -q -DskipTests package
port=18080
for n in "${sizes[@]}"; do
    db="inkstone_bench_$n"
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
    export INKSTONE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" INKSTONE_DB_USER=postgres \
        INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench
    java -jar target/quarkus-app/quarkus-run.jar > "target/bench-$n.log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
    psql -h 127.0.0.1 -U postgres -q -v posts="$n" -f src/bench/seed-posts.sql "$db" >/dev/null
    echo "## $n posts (PostgreSQL, $(nproc) cores, $(date -u +%Y-%m-%d))"
    python3 src/bench/list-latency.py "http://127.0.0.1:$port" 200
    kill $app; wait $app 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db"
done

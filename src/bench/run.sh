#!/usr/bin/env bash
# The benchmark harness: one command builds the packaged app, starts it on a fresh database, loads a deterministic
# data set through the API, warms up, and drives wrk over loopback for each read the budget names; then serves the
# newest-10 answer's exact bytes from nginx on the same machine as the reference. Writes target/bench/report.md.
#
# Usage: bash src/bench/run.sh [posts]          (default 10000; PostgreSQL on 127.0.0.1:5432)
#        BENCH_DB=h2 bash src/bench/run.sh 1000  (embedded H2 instead)
# Knobs: BENCH_CONNECTIONS (32), BENCH_SECONDS (10), BENCH_THREADS (2), BENCH_PORT (18080), NGINX_PORT (18090),
#        BENCH_JAVA_OPTS (none: the JVM's defaults).
set -euo pipefail
cd "$(dirname "$0")/../.."
posts=${1:-10000}
db_kind=${BENCH_DB:-postgresql}
connections=${BENCH_CONNECTIONS:-32}
seconds=${BENCH_SECONDS:-10}
threads=${BENCH_THREADS:-2}
port=${BENCH_PORT:-18080}
nginx_port=${NGINX_PORT:-18090}
out=target/bench
mkdir -p "$out"

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light
need curl curl

echo "== build ($db_kind)"
INKSTONE_DB_KIND=$db_kind ./mvnw -B -ntp -q -DskipTests package
if [ "$db_kind" = postgresql ]; then
    dbname="inkstone_bench_run"
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $dbname" -c "create database $dbname"
    export INKSTONE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$dbname" INKSTONE_DB_USER=postgres
else
    rm -rf "$out/h2"
    export INKSTONE_DB_URL="jdbc:h2:file:./$out/h2/inkstone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
export INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== start"
t0=$(date +%s%N)
# BENCH_JAVA_OPTS: JVM options of the measured server (heap size decides most of its RSS).
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
app=$!
pids+=("$app")
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.05; done
startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
quarkus_started=$(grep -o 'started in [0-9.]*s' "$out/app.log" | head -1)
echo "   ready after ${startup_ms} ms (Quarkus: ${quarkus_started})"

echo "== load $posts posts through the API"
python3 src/bench/generate.py --url "http://127.0.0.1:$port" --token bench-token --posts "$posts" --threads 4

api="http://127.0.0.1:$port/api/v1"
cursor=$(curl -s "$api/posts?perPage=10&page=49" | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextCursor"])')
slug=bench-post-$(( posts / 2 ))
etag=$(curl -sI "$api/posts?perPage=10" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

# The reference: nginx serving the newest-10 answer's bytes as a static file.
curl -s "$api/posts?perPage=10" > "$out/newest10.json"
cat > "$out/nginx.conf" <<NGINX
worker_processes 1;
pid $PWD/$out/nginx.pid;
error_log $PWD/$out/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/json json; }
    server {
        listen 127.0.0.1:$nginx_port;
        root $PWD/$out;
        location / { try_files /newest10.json =404; default_type application/json; }
    }
}
NGINX
nginx -c "$PWD/$out/nginx.conf"
pids+=("$(cat "$out/nginx.pid" 2>/dev/null || echo 0)")
trap 'cleanup; nginx -c "$PWD/$out/nginx.conf" -s stop 2>/dev/null || true' EXIT

declare -A cases=(
    ["1 newest 10"]="$api/posts?perPage=10"
    ["2 page 50 by page"]="$api/posts?perPage=10&page=50"
    ["3 page 50 by cursor"]="$api/posts?perPage=10&cursor=$cursor"
    ["4 post by slug"]="$api/posts/slug/$slug"
    ["5 posts by tag"]="$api/posts?perPage=10&tag=bench-tag-17"
    ["6 category subtree"]="$api/posts?perPage=10&category=bench-cat-1"
    ["8 nginx reference"]="http://127.0.0.1:$nginx_port/newest10.json"
)

# Resident memory of the app right after each run (under load moments before).
rss_kb() { awk '/VmRSS/{print $2}' "/proc/$app/status"; }
report="$out/report.md"
{
    echo "# Inkstone benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $db_kind, $posts posts"
    echo
    echo "wrk -t$threads -c$connections -d${seconds}s on loopback, after a ${seconds}s warm-up per case; startup ${startup_ms} ms to ready (Quarkus: ${quarkus_started}); JVM options: ${BENCH_JAVA_OPTS:-defaults}."
    echo
    echo "| case | req/s | p50 | p99 | errors | share of nginx |"
    echo "|---|---|---|---|---|---|"
} > "$report"

run_case() { # name url [header]
    local name=$1 url=$2 header=${3:-}
    local args=(-t"$threads" -c"$connections" -d"${seconds}s" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" "$url" > /dev/null 2>&1
    wrk "${args[@]}" "$url" > "$out/wrk.txt" 2>&1
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/{print $2}' "$out/wrk.txt")
    p50=$(awk '$1=="50%"{print $2}' "$out/wrk.txt")
    p99=$(awk '$1=="99%"{print $2}' "$out/wrk.txt")
    errors=$(awk '/Non-2xx/{n+=$NF} /Socket errors/{gsub(",","");n+=$4+$6+$8+$10} END{print n+0}' "$out/wrk.txt")
    echo "$name|$rps|$p50|$p99|$errors|$(rss_kb)"
}

results=()
for name in $(printf '%s\n' "${!cases[@]}" | sort | tr ' ' '_'); do
    key=${name//_/ }
    echo "== ${key#* }"
    results+=("$(run_case "${key#* }" "${cases[$key]}")")
done
echo "== conditional GET answered 304"
results+=("$(run_case "conditional GET (304)" "$api/posts?perPage=10" "If-None-Match: $etag")")

nginx_rps=$(printf '%s\n' "${results[@]}" | awk -F'|' '$1=="nginx reference"{print $2}')
max_rss=0
for row in "${results[@]}"; do
    IFS='|' read -r name rps p50 p99 errors rss <<< "$row"
    [ "${rss:-0}" -gt "$max_rss" ] && max_rss=$rss
    share=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN{ if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }')
    echo "| $name | $rps | $p50 | $p99 | $errors | $share |" >> "$report"
done
echo >> "$report"
echo "Server RSS: max $(( max_rss / 1024 )) MB over the runs." >> "$report"
cat "$report"

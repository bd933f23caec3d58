#!/usr/bin/env bash
# The import benchmark: generates a deterministic WXR (generate-wxr.py), builds the packaged app (H2, or BENCH_DB),
# starts it on a fresh database with GC logging, imports the file through POST /api/v1/imports/path and reports
# posts/second and the peak heap (the largest heap occupancy before any GC, from -Xlog:gc). Writes
# target/bench/import-report.md.
#
# Usage: bash src/bench/import.sh [posts]      (default 10000)
#        BENCH_DB=postgresql bash src/bench/import.sh 2000   (a fresh database BENCH_PG_DB, default
#        inkstone_bench_import, on 127.0.0.1:5432 as user postgres; dropped at the end)
# Knobs: BENCH_PORT (18081), BENCH_JAVA_OPTS (default -Xmx512m), BENCH_RERUN=1 also times the idempotent re-run,
# BENCH_NO_BUILD=1 skips the build, BENCH_JAR runs another packaged jar (two builds compared in one window),
# BENCH_URL_EXTRA appends settings to the H2 URL (the shipped default's, src/main/resources/application.properties).
# Each run also reports the app's own CPU time (utime + stime from /proc/<pid>/stat, all its threads, the search
# index's included) per 1,000 posts: steadier than wall time on a machine shared with other work.
set -euo pipefail
cd "$(dirname "$0")/../.."
posts=${1:-10000}
port=${BENCH_PORT:-18081}
out=target/bench
mkdir -p "$out/import"
file="$out/import/bench-$posts.xml"

echo "== generate $posts posts"
python3 src/bench/generate-wxr.py "$posts" "$file"
echo "   $(du -h "$file" | cut -f1) $file"

db_kind=${BENCH_DB:-h2}
echo "== build ($db_kind)"
[ -n "${BENCH_NO_BUILD:-}" ] || INKSTONE_DB_KIND=$db_kind ./mvnw -B -ntp -q -DskipTests package
jar=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
rm -rf "$out/import/h2" "$out/import/search" "$out/import/images"
if [ "$db_kind" = postgresql ]; then
    pg_db=${BENCH_PG_DB:-inkstone_bench_import}
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $pg_db with (force)" -c "create database $pg_db"
    export INKSTONE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pg_db" INKSTONE_DB_USER=postgres
else
    # The shipped default URL (durable commits, H2's parsed-statement cache) on this run's own file; until
    # 2026-12-07 the benchmark used H2's defaults instead (a commit written to disk within half a second).
    shipped=$(sed -n 's/^inkstone.default-db-url.h2=//p' src/main/resources/application.properties)
    export INKSTONE_DB_URL="${shipped/.\/data\/inkstone/.\/$out\/import\/h2\/inkstone}${BENCH_URL_EXTRA:-}"
fi
# The search index and images of this run only: an index left by another database would be rebuilt first.
export INKSTONE_SEARCH_DIR="$PWD/$out/import/search" INKSTONE_IMAGES_DIR="$PWD/$out/import/images"
export INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token INKSTONE_IMPORT_PATH="$PWD/$out/import"
export INKSTONE_IMPORT_DIR="$PWD/$out/import/work"

# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xmx512m} -Xlog:gc:file="$out/import/gc.log" -jar "$jar" \
    > "$out/import/app.log" 2>&1 &
app=$!
finish() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    if [ "$db_kind" = postgresql ]; then
        psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $pg_db with (force)" || true
    fi
}
trap finish EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.1; done

api="http://127.0.0.1:$port/api/v1"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
tick=$(getconf CLK_TCK)
run() {
    local t0 id status job c0
    t0=$(date +%s%N)
    c0=$(cpu_ticks)
    id=$(curl -sS -H "Authorization: Bearer bench-token" -H "Content-Type: application/json" \
        -d "{\"path\": \"bench-$posts.xml\"}" "$api/imports/path" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
    while :; do
        job=$(curl -sS -H "Authorization: Bearer bench-token" "$api/imports/$id")
        status=$(printf '%s' "$job" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
        [ "$status" = queued ] || [ "$status" = running ] || break
        sleep 0.1   # a re-run takes a few seconds: poll finely enough not to add to it
    done
    elapsed_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    # The search index follows the change log on its own thread: wait until the app is idle again, so its share
    # of the work is counted too (the CPU time stops growing).
    local c1 c2 waited=0
    c1=$(cpu_ticks); sleep 1; c2=$(cpu_ticks)
    while [ "$c2" -gt "$((c1 + tick / 20))" ] && [ $((waited += 1)) -lt 60 ]; do c1=$c2; sleep 1; c2=$(cpu_ticks); done
    echo "$job" > "$out/import/job-$id.json"
    [ "$status" = completed ] || { echo "import failed: $job" >&2; exit 1; }
    echo "$elapsed_ms $(( (c1 - c0) * 1000 / tick )) $job"
}
cpu_line() { # run output: app CPU ms per 1,000 posts
    local rest=${1#* }
    python3 -c "print(round(${rest%% *} / $posts_created * 1000))"
}
echo "== import"
first=$(run)
first_ms=${first%% *}
report="$out/import-report.md"
peak=$(grep -o '[0-9]*M->' "$out/import/gc.log" | sed 's/M->//' | sort -n | tail -1)
posts_created=$(( posts - posts / 50 ))   # every 50th item is a page, which is skipped
rate=$(python3 -c "print(round($posts_created / ($first_ms / 1000), 1))")
{
    echo "# Import benchmark ($posts-post WXR, $db_kind, $(date -u +%F))"
    echo
    echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| run | seconds | posts/s | app CPU ms per 1,000 posts | peak heap (MB, before GC) |"
    echo "|---|---|---|---|---|"
    echo "| first import | $(python3 -c "print(round($first_ms/1000,1))") | $rate | $(cpu_line "$first") | ${peak:-?} |"
} > "$report"
if [ "${BENCH_RERUN:-0}" = 1 ]; then
    echo "== re-run (idempotent)"
    second=$(run)
    second_ms=${second%% *}
    peak=$(grep -o '[0-9]*M->' "$out/import/gc.log" | sed 's/M->//' | sort -n | tail -1)
    echo "| re-run, all unchanged | $(python3 -c "print(round($second_ms/1000,1))") | $(python3 -c "print(round($posts_created / ($second_ms / 1000), 1))") | $(cpu_line "$second") | ${peak:-?} |" >> "$report"
fi
job=${first#* }
echo "   job: ${job#* }"
cat "$report"

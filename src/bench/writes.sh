#!/usr/bin/env bash
# Write cost on the embedded H2 database: starts the packaged H2 jar on a fresh file database and loads posts through
# PUT /api/v1/posts/slug/{slug} (generate.py), once with one client thread (each commit waits alone) and once with
# four. Compares the shipped default H2 URL (durable commits) with the same URL plus WRITE_DELAY=500, H2's own
# default, which acknowledges commits up to half a second before they reach the file.
#
# Usage: bash src/bench/writes.sh [posts]   (default 1000; builds the H2 jar unless BENCH_NO_BUILD=1)
# Knobs: BENCH_PORT (18081), BENCH_JAVA_OPTS (default: src/bench/jvm-options), BENCH_ROUNDS (2), BENCH_JAR,
# BENCH_GENERATE_ARGS (e.g. "--batch 100": posts through POST /api/v1/posts/batch, 100 per request),
# BENCH_ONLY_DURABLE=1 (skip the WRITE_DELAY=500 comparison), BENCH_THREADS ("1 4"),
# BENCH_WARM (0): posts written first on the same JVM and not counted, so the timed ones meet compiled code rather than
# a JIT still compiling (the timed posts are new posts numbered after them), BENCH_JFR=1: a JFR recording (profile
# settings) of the timed part only, in the run's folder as writes.jfr.
# Each line also gives the app's own CPU time per post (utime + stime from /proc/<pid>/stat, all threads, the search
# index's included, counted until the app is idle again): steadier than posts/s on a machine shared with other work.
set -euo pipefail
cd "$(dirname "$0")/../.."
posts=${1:-1000}
port=${BENCH_PORT:-18081}
rounds=${BENCH_ROUNDS:-2}
java_opts=${BENCH_JAVA_OPTS:-$(cat src/bench/jvm-options)}
out=$PWD/target/bench
jar=${BENCH_JAR:-$PWD/target/quarkus-app/quarkus-run.jar}
mkdir -p "$out"
[ -n "${BENCH_NO_BUILD:-}" ] || INKSTONE_DB_KIND=h2 ./mvnw -B -ntp -q -DskipTests package
default_url=$(sed -n 's/^inkstone.default-db-url.h2=//p' src/main/resources/application.properties)
old_url=${default_url/;WRITE_DELAY=0/}

app=0
tick=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
# Waits until the app used under a twentieth of a core for a second (the search index caught up), at most a minute;
# prints its CPU ticks from the start of that quiet second.
wait_idle() {
    local c1 c2 waited=0
    c1=$(cpu_ticks); sleep 1; c2=$(cpu_ticks)
    while [ "$c2" -gt "$((c1 + tick / 20))" ] && [ $((waited += 1)) -lt 60 ]; do c1=$c2; sleep 1; c2=$(cpu_ticks); done
    echo "$c1"
}
stop_app() { [ "$app" = 0 ] || { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=0; }; }
trap stop_app EXIT

run() { # label, database URL, client threads
    local dir="$out/writes-$1-$3"
    rm -rf "$dir" && mkdir -p "$dir"
    # shellcheck disable=SC2086
    (cd "$dir" && INKSTONE_DB_URL="$2" INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token \
        exec java $java_opts -jar "$jar" > app.log 2>&1) &
    app=$!
    until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
        kill -0 "$app" 2>/dev/null || { tail -20 "$dir/app.log"; exit 1; }
        sleep 0.05
    done
    printf '%-24s threads=%s  ' "$1" "$3"
    local c0 c1 rate warm=${BENCH_WARM:-0}
    if [ "$warm" -gt 0 ]; then
        # shellcheck disable=SC2086
        python3 src/bench/generate.py --url "http://127.0.0.1:$port" --token bench-token --posts "$warm" \
            --threads "$3" ${BENCH_GENERATE_ARGS:-} >/dev/null
        wait_idle >/dev/null
    fi
    [ -z "${BENCH_JFR:-}" ] || jcmd "$app" JFR.start settings=profile filename="$dir/writes.jfr" >/dev/null
    c0=$(cpu_ticks)
    # shellcheck disable=SC2086
    rate=$(python3 src/bench/generate.py --url "http://127.0.0.1:$port" --token bench-token --posts "$posts" \
        --first $((warm + 1)) --threads "$3" ${BENCH_GENERATE_ARGS:-} |
        tail -1 | awk -v n="$posts" '{ printf "%s s, %.0f posts/s", $(NF-1), n / $(NF-1) }')
    c1=$(wait_idle)
    [ -z "${BENCH_JFR:-}" ] || jcmd "$app" JFR.stop >/dev/null
    echo "$rate, app CPU $(python3 -c "print(round(($c1 - $c0) * 1000 / $tick / $posts, 2))") ms/post," \
        "load $(cut -d' ' -f1 /proc/loadavg)"
    stop_app
}

for round in $(seq "$rounds"); do
    for threads in ${BENCH_THREADS:-1 4}; do
        run durable-default "$default_url" "$threads"
        [ -n "${BENCH_ONLY_DURABLE:-}" ] || run write-delay-500 "$old_url;WRITE_DELAY=500" "$threads"
    done
done

#!/usr/bin/env bash
# Startup to the first successful request (GET /api/v1/posts?perPage=1 answered 200) of the packaged app with the
# production JVM options, on an empty database (migrations run) and on an existing one, for each database kind
# and build asked for. Reports wall time and the process's CPU time until that answer (user+sys from /proc: far
# steadier than wall time when other work shares the cores), the median of BENCH_ROUNDS starts each, and RSS then.
# Builds are measured alternately in every round, so a change in the machine's load hits them alike.
#
# Usage: bash src/bench/startup.sh                       (H2 and PostgreSQL on 127.0.0.1:5432, fast-jar)
#        BENCH_ARCHIVES=1 bash src/bench/startup.sh      (also, side by side: the fast-jar with the AppCDS archive
#            Quarkus makes at package time, and the fast-jar with an archive from a training run)
# Knobs: BENCH_DBS ("h2 postgresql"), BENCH_ROUNDS (3), BENCH_POSTS (10000: posts in the existing PostgreSQL
#        database, seeded with seed-posts.sql; the existing H2 one holds what a first start makes), BENCH_PORT
#        (18080), BENCH_JAVA, BENCH_JAVA_OPTS (default src/bench/jvm-options), BENCH_CPUS (src/bench/cores.sh),
#        BENCH_SKIP_BUILD=1 (reuse the builds an earlier run left under target/bench/startup).
# Writes target/bench/startup.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/cores.sh
source src/bench/cores.sh
dbs=${BENCH_DBS:-h2 postgresql}
rounds=${BENCH_ROUNDS:-3}
posts=${BENCH_POSTS:-10000}
port=${BENCH_PORT:-18080}
java_bin=${BENCH_JAVA:-java}
java_opts=${BENCH_JAVA_OPTS:-$(cat src/bench/jvm-options)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token
out=$PWD/target/bench/startup
mkdir -p "$out"
builds=(fast-jar)
[ -n "${BENCH_ARCHIVES:-}" ] && builds+=(appcds trained)
tick=$(getconf CLK_TCK)

build() { # kind build: packages the app and keeps a copy under $out, so the next build does not replace it
    local flags=()
    [ -n "${BENCH_SKIP_BUILD:-}" ] && return
    [ "$2" = appcds ] && flags+=(-Dquarkus.package.jar.appcds.enabled=true)
    [ "$2" = trained ] && [ -d "$out/$1-fast-jar" ] || INKSTONE_DB_KIND=$1 ./mvnw -B -ntp -q -DskipTests package "${flags[@]}"
    rm -rf "${out:?}/$1-$2"
    # cp -a: an archive is valid only for the jar it was made with, checked by size and modification time.
    if [ "$2" = trained ]; then cp -a "$out/$1-fast-jar" "$out/$1-$2"; else cp -a target/quarkus-app "$out/$1-$2"; fi
    [ "$2" = trained ] && train "$1"
    return 0
}

train() { # kind: the training run: a start on a scratch database and the first requests; the JVM writes app.jsa
    use_db "$1" inkstone_bench_su_train fresh
    KEEP=1 start "$out/$1-trained" "$out/$1-train.log" -XX:ArchiveClassesAtExit=app.jsa > /dev/null
    for u in "api/v1/posts?perPage=10" api/v1/tags api/v1/categories "api/v1/search?q=x" feeds/rss.xml sitemap.xml; do
        curl -s -o /dev/null "http://127.0.0.1:$port/$u"
    done
    kill "$kept"; wait "$kept" 2>/dev/null || true
    [ -s "$out/$1-trained/app.jsa" ] || { echo "the training run wrote no archive; log: $out/$1-train.log"; exit 1; }
}

use_db() { # kind name [fresh]: points the app at database name (emptied first when fresh) and its own folders
    if [ "$1" = postgresql ]; then
        [ -n "${3:-}" ] && psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $2 with (force)" \
            -c "create database $2 encoding 'UTF8' template template0"
        export INKSTONE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$2" INKSTONE_DB_USER=postgres
    else
        [ -n "${3:-}" ] && rm -rf "${out:?}/$2"
        export INKSTONE_DB_URL="jdbc:h2:file:$out/$2/inkstone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
        unset INKSTONE_DB_USER
    fi
    [ -n "${3:-}" ] && rm -rf "${out:?}/$2-files"
    export INKSTONE_SEARCH_DIR="$out/$2-files/search" INKSTONE_IMAGES_DIR="$out/$2-files/images" \
        INKSTONE_IMPORT_DIR="$out/$2-files/imports"
}

kept=0
start() { # app-dir log [java options]: starts, waits for the first 200, prints "wall_ms cpu_ms rss_mb", stops
    # (with KEEP set it leaves the app running, its pid in $kept)
    local dir=$1 log=$2 cds=() t0 pid ut st rss wall
    shift 2
    [ -f "$dir/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
    [ -f "$dir/app.jsa" ] && cds=(-XX:SharedArchiveFile=app.jsa)
    t0=$(date +%s%N)
    # The archive records the class path as quarkus-run.jar relative to the folder, so start from there.
    # shellcheck disable=SC2086
    (cd "$dir" && exec "${pinned[@]}" "$java_bin" $java_opts "${cds[@]}" "$@" -jar quarkus-run.jar) > "$log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/posts?perPage=1"; do
        kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; echo "the app died; log: $log" >&2; exit 1; }
        sleep 0.01
    done
    wall=$(( ($(date +%s%N) - t0) / 1000000 ))
    read -r ut st < <(awk '{print $14, $15}' "/proc/$pid/stat")
    rss=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
    if [ -n "${KEEP:-}" ]; then kept=$pid; else kill "$pid"; wait "$pid" 2>/dev/null || true; fi
    echo "$wall $(( (ut + st) * 1000 / tick )) $(( rss / 1024 ))"
}

median() { sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
declare -A results
for kind in $dbs; do
    for b in "${builds[@]}"; do
        echo "== build $kind $b"
        build "$kind" "$b"
        # The existing database: made by a first start, then (PostgreSQL) filled with the posts.
        use_db "$kind" "inkstone_bench_su_existing_${b//-/_}" fresh
        start "$out/$kind-$b" "$out/$kind-$b-prepare.log" > /dev/null
        [ "$kind" = postgresql ] && psql -h 127.0.0.1 -U postgres -q -v posts="$posts" -f src/bench/seed-posts.sql \
            "inkstone_bench_su_existing_${b//-/_}" > /dev/null
    done
    for r in $(seq "$rounds"); do
        for b in "${builds[@]}"; do
            use_db "$kind" "inkstone_bench_su_empty" fresh
            results["$kind $b empty"]+="$(start "$out/$kind-$b" "$out/$kind-$b-empty-$r.log")"$'\n'
            use_db "$kind" "inkstone_bench_su_existing_${b//-/_}"
            results["$kind $b existing"]+="$(start "$out/$kind-$b" "$out/$kind-$b-existing-$r.log")"$'\n'
            echo "   round $r $kind $b: empty $(tail -2 <<< "${results["$kind $b empty"]}" | head -1)," \
                "existing $(tail -2 <<< "${results["$kind $b existing"]}" | head -1) (wall ms, CPU ms, RSS MB)"
        done
    done
done

report="$out/../startup.md"
{
    echo "Startup to the first 200, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg),"
    echo "$("$java_bin" -version 2>&1 | head -1), options: $java_opts; median of $rounds starts: wall time (CPU time)."
    echo
    printf '| database |'; printf ' %s |' "${builds[@]}"; echo
    printf '|---|'; printf -- '---|%.0s' "${builds[@]}"; echo
    for kind in $dbs; do
        for state in empty existing; do
            label="$kind, empty database (migrations run)"
            [ "$state" = existing ] && label="$kind, existing database"
            [ "$state" = existing ] && [ "$kind" = postgresql ] && label+=", $posts posts"
            printf '| %s |' "$label"
            for b in "${builds[@]}"; do
                rows=${results["$kind $b $state"]}
                wall=$(awk 'NF{print $1}' <<< "$rows" | median)
                cpu=$(awk 'NF{print $2}' <<< "$rows" | median)
                rss=$(awk 'NF{print $3}' <<< "$rows" | median)
                awk -v w="$wall" -v c="$cpu" -v m="$rss" 'BEGIN{printf " %.2f s (%.2f s CPU), %s MB |", w/1000, c/1000, m}'
            done
            echo
        done
    done
} > "$report"
cat "$report"

#!/usr/bin/env bash
# The startup floor of the stack on this machine: how long an application with Inkstone's Quarkus extensions and
# nothing of its own (one entity, one Flyway migration, GET /notes reading a page of rows; startup-floor/) takes to its
# first 200, beside the same application with only the extensions the project's stack fixes (REST with Jackson,
# Hibernate ORM with Panache, H2, Flyway, SmallRye OpenAPI, scheduler, security) and with Quarkus REST alone. Each
# variant is packaged as a fast-jar, started once on a fresh H2 database (migrations run), then restarted on it
# BENCH_ROUNDS times, the variants taking turns; wall time to the first 200 and the process's CPU time then, as
# startup.sh measures Inkstone. BENCH_APP=<folder holding quarkus-app/ of an H2 build> adds Inkstone itself.
# BENCH_ARCHIVES=1 also starts each from a training-run class archive (-XX:ArchiveClassesAtExit) and BENCH_C1=1 adds
# -XX:TieredStopAtLevel=1 to every start.
# Usage: bash src/bench/startup-floor.sh    (knobs: BENCH_ROUNDS 5, BENCH_PORT 18080, BENCH_JAVA, BENCH_JAVA_OPTS
#        (default src/bench/jvm-options), BENCH_CPUS (src/bench/cores.sh)). Writes target/bench/startup-floor.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/cores.sh
source src/bench/cores.sh
rounds=${BENCH_ROUNDS:-5}
port=${BENCH_PORT:-18080}
java_bin=${BENCH_JAVA:-java}
java_opts="${BENCH_JAVA_OPTS:-$(cat src/bench/jvm-options)}"
[ -n "${BENCH_C1:-}" ] && java_opts+=" -XX:TieredStopAtLevel=1"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} FLOOR_PORT=$port INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token
out=$PWD/target/bench/startup-floor
tick=$(getconf CLK_TCK)
rm -rf "$out"
mkdir -p "$out"

optional="quarkus-hibernate-validator quarkus-smallrye-health quarkus-micrometer-registry-prometheus"
fixed_data="quarkus-hibernate-orm-panache quarkus-jdbc-h2 quarkus-flyway quarkus-smallrye-openapi quarkus-scheduler"
declare -A dropped=([all]="" [mandated]="$optional" [rest-only]="$optional $fixed_data quarkus-security")
variants=(all mandated rest-only)

build() { # variant: the floor's sources with the variant's extensions dropped, packaged into $out/<variant>
    local src="$out/src-$1" artifact
    cp -r src/bench/startup-floor "$src"
    for artifact in ${dropped[$1]}; do
        sed -i "/<artifactId>$artifact<\/artifactId>/d" "$src/pom.xml"
    done
    if [ "$1" = rest-only ]; then
        rm -r "$src/src/main/resources/db" "$src/src/main/java/bench/floor/Note.java"
        cp "$src/rest-only/NoteResource.java" "$src/src/main/java/bench/floor/"
        printf 'quarkus.http.port=${FLOOR_PORT:8080}\n' > "$src/src/main/resources/application.properties"
    fi
    ./mvnw -B -ntp -q -f "$src/pom.xml" -DskipTests package
    cp -a "$src/target/quarkus-app" "$out/$1"
}

url() { # variant: the request its startup is timed to
    if [ "$1" = inkstone ]; then echo "http://127.0.0.1:$port/api/v1/posts?perPage=1"; else echo "http://127.0.0.1:$port/notes"; fi
}

start() { # variant log [java options]: starts it on its database, prints "wall_ms cpu_ms classes", stops it
    local variant=$1 log=$2 t0 pid ut st wall
    shift 2
    export FLOOR_DB_URL="jdbc:h2:file:$out/db-$variant/floor;WRITE_DELAY=0"
    export INKSTONE_DB_URL="jdbc:h2:file:$out/db-$variant/inkstone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
    export INKSTONE_SEARCH_DIR="$out/db-$variant/search" INKSTONE_IMAGES_DIR="$out/db-$variant/images" \
        INKSTONE_IMPORT_DIR="$out/db-$variant/imports"
    t0=$(date +%s%N)
    # An archive records the class path relative to the folder, so every start is made from there.
    # shellcheck disable=SC2086
    (cd "$out/$variant" && exec ${pinned[@]+"${pinned[@]}"} "$java_bin" $java_opts "$@" -jar quarkus-run.jar) \
        > "$log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "$(url "$variant")"; do
        kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; echo "$variant died; log: $log" >&2; exit 1; }
        sleep 0.01
    done
    wall=$(( ($(date +%s%N) - t0) / 1000000 ))
    read -r ut st < <(awk '{print $14, $15}' "/proc/$pid/stat")
    [ -n "${TRAIN:-}" ] && for _ in 1 2 3; do curl -s -o /dev/null "$(url "$variant")"; done
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$wall $(( (ut + st) * 1000 / tick ))"
}

for v in "${variants[@]}"; do
    echo "== build $v"
    build "$v"
done
if [ -n "${BENCH_APP:-}" ]; then
    cp -a "$BENCH_APP/quarkus-app" "$out/inkstone"
    variants+=(inkstone)
fi
modes=(plain)
[ -n "${BENCH_ARCHIVES:-}" ] && modes+=(archive)
for v in "${variants[@]}"; do
    start "$v" "$out/$v-first.log" > /dev/null   # the database made, migrations run
    if [ -n "${BENCH_ARCHIVES:-}" ]; then
        TRAIN=1 start "$v" "$out/$v-train.log" -XX:ArchiveClassesAtExit=app.jsa > /dev/null
    fi
    # The classes one start loads until its first 200, counted from the class-loading log.
    start "$v" "$out/$v-classes.log" "-Xlog:class+load:file=$out/$v-classes.txt" > /dev/null
done
declare -A results
for r in $(seq "$rounds"); do
    for v in "${variants[@]}"; do
        for m in "${modes[@]}"; do
            flags=()
            [ "$m" = archive ] && flags=(-XX:SharedArchiveFile=app.jsa)
            results["$v $m"]+="$(start "$v" "$out/$v-$m-$r.log" "${flags[@]}")"$'\n'
            echo "   round $r $v $m: $(tail -2 <<< "${results["$v $m"]}" | head -1) (wall ms, CPU ms)"
        done
    done
done

median() { sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
declare -A names=([all]="the floor: Inkstone's extensions, one entity, one migration"
    [mandated]="the floor with only the extensions the stack fixes" [rest-only]="Quarkus REST with Jackson alone"
    [inkstone]="Inkstone")
{
    echo "Startup to the first 200, $(date -u +%Y-%m-%d), $(nproc) cores, existing H2 database,"
    echo "$("$java_bin" -version 2>&1 | head -1), options: $java_opts; median of $rounds starts (range), wall time (CPU time)."
    echo
    printf '| application | classes loaded |'; printf ' %s |' "${modes[@]}"; echo
    printf '|---|---|'; printf -- '---|%.0s' "${modes[@]}"; echo
    for v in "${variants[@]}"; do
        printf '| %s | %s |' "${names[$v]}" "$(grep -c 'source:' "$out/$v-classes.txt")"
        for m in "${modes[@]}"; do
            rows=${results["$v $m"]}
            wall=$(awk 'NF{print $1}' <<< "$rows" | median)
            cpu=$(awk 'NF{print $2}' <<< "$rows" | median)
            low=$(awk 'NF{print $1}' <<< "$rows" | sort -n | head -1)
            high=$(awk 'NF{print $1}' <<< "$rows" | sort -n | tail -1)
            awk -v w="$wall" -v c="$cpu" -v l="$low" -v h="$high" \
                'BEGIN{printf " %.2f s (%.2f-%.2f), %.2f s CPU |", w/1000, l/1000, h/1000, c/1000}'
        done
        echo
    done
} > "$out.md"
cat "$out.md"

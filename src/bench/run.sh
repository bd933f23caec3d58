#!/usr/bin/env bash
# The benchmark harness: one command builds the packaged app, starts it on a fresh database, loads a deterministic
# data set through the API, warms up, and drives wrk over loopback for each read the budget names (lists, a post
# by slug, search, a cached image variant, a 304); then serves the newest-10 answer's exact bytes from nginx on the
# same machine as the reference. Times startup on the empty database and again on restart with the data loaded,
# and reads the server's RSS after every run. Writes target/bench/report.md.
#
# Usage: bash src/bench/run.sh [posts]          (default 10000; PostgreSQL on 127.0.0.1:5432)
#        BENCH_DB=h2 bash src/bench/run.sh 1000  (embedded H2 instead)
# Knobs: BENCH_CONNECTIONS (32), BENCH_SECONDS (10), BENCH_THREADS (2), BENCH_PORT (18080), NGINX_PORT (18090),
#        BENCH_ONLY (a grep -E pattern: only the cases whose names match, and the nginx reference; e.g. 'feed|sitemap'),
#        BENCH_CPUS (a taskset list: pins the app and nginx to the same cores; nginx runs one worker per core),
#        BENCH_JAVA (java: the JVM that runs the server),
#        BENCH_JAVA_OPTS (default: src/bench/jvm-options, the production options README recommends),
#        MALLOC_ARENA_MAX (2),
#        BENCH_AOT=1 (package as aot-jar, record the classes in a training run, start from that archive: an AOT
#        cache on JDK 25+, a dynamic AppCDS archive on older JDKs),
#        BENCH_IMAGE (the photo of the image case; default a 4032x3024 JPEG drawn by src/bench/MakePhoto.java).
set -euo pipefail
cd "$(dirname "$0")/../.."
posts=${1:-10000}
db_kind=${BENCH_DB:-postgresql}
connections=${BENCH_CONNECTIONS:-32}
seconds=${BENCH_SECONDS:-10}
threads=${BENCH_THREADS:-2}
port=${BENCH_PORT:-18080}
nginx_port=${NGINX_PORT:-18090}
java_bin=${BENCH_JAVA:-java}
java_opts=${BENCH_JAVA_OPTS:-$(cat src/bench/jvm-options)}
aot=${BENCH_AOT:-}
only=${BENCH_ONLY:-}
# glibc gives each thread that allocates its own malloc arena; two hold the JVM's native allocations as well.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# shellcheck source=src/bench/cores.sh
source src/bench/cores.sh
image=${BENCH_IMAGE:-}
out=target/bench
mkdir -p "$out"
if [ -z "$image" ]; then
    image=$out/photo-4032x3024.jpg
    [ -f "$image" ] || "$java_bin" src/bench/MakePhoto.java "$image" 4032 3024
fi

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light
need curl curl

echo "== build ($db_kind${aot:+, aot-jar})"
# aot-jar puts every class on the JVM's class path, where the JDK's AOT cache can hold them; on a plain JVM it
# starts slower than the default fast-jar, so it is only built for BENCH_AOT.
INKSTONE_DB_KIND=$db_kind ./mvnw -B -ntp -q -DskipTests package ${aot:+-Dquarkus.package.jar.type=aot-jar}

fresh_db() { # name: an empty database for the app, exported as INKSTONE_DB_URL
    if [ "$db_kind" = postgresql ]; then
        psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $1 with (force)" -c "create database $1"
        export INKSTONE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" INKSTONE_DB_USER=postgres
    else
        rm -rf "${out:?}/$1"
        export INKSTONE_DB_URL="jdbc:h2:file:./$out/$1/inkstone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
    fi
    rm -rf "${out:?}/$1-search" "${out:?}/$1-images"
    export INKSTONE_SEARCH_DIR="$out/$1-search" INKSTONE_IMAGES_DIR="$out/$1-images"
}
# Feeds and sitemaps need the site's public base URL; none of their links is followed here.
export INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token INKSTONE_SITE_URL=https://blog.example.com
site="http://127.0.0.1:$port"
api="$site/api/v1"

app=0
extra_opts=()
start_app() { # log file; sets app and startup_ms
    local t0
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    "${pinned[@]}" "$java_bin" $java_opts "${extra_opts[@]}" -jar target/quarkus-app/quarkus-run.jar > "$1" 2>&1 &
    app=$!
    until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
        kill -0 "$app" 2>/dev/null || { tail -20 "$1"; echo "the app died; log: $1"; exit 1; }
        sleep 0.02
    done
    startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=0; }
cleanup() { stop_app; [ -f "$out/nginx.pid" ] && nginx -c "$PWD/$out/nginx.conf" -s stop 2>/dev/null || true; }
trap cleanup EXIT

upload_image() { # prints the URL of the image's w640.webp variant, made once here so the runs read it stored
    [ -f "$image" ] || return 0
    local url
    url=$(curl -sf -H 'Authorization: Bearer bench-token' -F "file=@$image" "$api/images" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["url"].rsplit("/", 1)[0] + "/w640.webp")')
    curl -sf -o /dev/null "http://127.0.0.1:$port$url"
    echo "http://127.0.0.1:$port$url"
}

java_version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/{print $2}')
if [ -n "$aot" ]; then
    # Training: the same build on its own database, exercised on every case, then stopped; as it exits the JVM
    # writes what it loaded: on JDK 25+ an AOT cache (classes loaded and linked, method profiles), before that a
    # dynamic AppCDS archive (classes parsed and verified).
    echo "== AOT training run ($java_bin, JDK $java_version)"
    fresh_db inkstone_bench_train
    rm -f "$out/app.aot"
    if [ "${java_version%%.*}" -ge 25 ]; then
        extra_opts=(-XX:AOTCacheOutput="$out/app.aot")
        use_cache=(-XX:AOTCache="$out/app.aot")
    else
        extra_opts=(-XX:ArchiveClassesAtExit="$out/app.aot")
        use_cache=(-XX:SharedArchiveFile="$out/app.aot")
    fi
    start_app "$out/train.log"
    python3 src/bench/generate.py --url "http://127.0.0.1:$port" --token bench-token --posts 300 --threads 4 > /dev/null
    train_image=$(upload_image)
    for u in "$api/posts?perPage=10" "$api/posts?perPage=10&page=5" "$api/posts/slug/bench-post-7" \
        "$api/posts?perPage=10&tag=bench-tag-17" "$api/posts?perPage=10&category=bench-cat-1" \
        "$api/search?q=%E8%8A%AF%E7%89%87" "$api/tags" "$api/categories" "$site/feeds/rss.xml" \
        "$site/feeds/tag/bench-tag-17/feed.json" "$site/sitemap.xml" "$site/sitemaps/posts-1.xml" \
        ${train_image:+"$train_image"}; do
        wrk -t1 -c4 -d2s "$u" > /dev/null 2>&1
    done
    stop_app
    [ -s "$out/app.aot" ] || { echo "the training run wrote no archive; its log: $out/train.log"; exit 1; }
    extra_opts=("${use_cache[@]}")
fi

echo "== start on an empty database"
fresh_db inkstone_bench_run
start_app "$out/app.log"
startup_empty_ms=$startup_ms
quarkus_started=$(grep -o 'started in [0-9.]*s' "$out/app.log" | head -1)
echo "   ready after ${startup_ms} ms (Quarkus: ${quarkus_started})"

echo "== load $posts posts through the API"
load_log=$(python3 src/bench/generate.py --url "http://127.0.0.1:$port" --token bench-token --posts "$posts" --threads 4 |
    tee /dev/stderr | tail -1)
image_url=$(upload_image)

echo "== restart with the data"
stop_app
start_app "$out/app-restart.log"
startup_loaded_ms=$startup_ms
echo "   ready after ${startup_ms} ms"
# The index is rebuilt only when missing; on restart it catches up from its stored position. Wait for search.
until curl -sf -o /dev/null "$api/search?q=test"; do sleep 0.2; done

cursor=$(curl -s "$api/posts?perPage=10&page=49" | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextCursor"])')
slug=bench-post-$(( posts / 2 ))
etag=$(curl -sI "$api/posts?perPage=10" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
search_q="%E8%8A%AF%E7%89%87" # 芯片: in about one post in thirty of the random text (369 of 10,000)
search_hits=$(curl -s -D - -o /dev/null "$api/search?q=$search_q" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')

# The reference: nginx serving the newest-10 answer's bytes as a static file.
curl -s "$api/posts?perPage=10" > "$out/newest10.json"
nginx_start "$PWD/$out/nginx.conf" "$PWD/$out/nginx.pid" "$PWD/$out/nginx-error.log" "server {
        listen 127.0.0.1:$nginx_port;
        root $PWD/$out;
        location / { try_files /newest10.json =404; default_type application/json; }
    }"

declare -A cases=(
    ["01 newest 10"]="$api/posts?perPage=10"
    ["02 page 50 by page"]="$api/posts?perPage=10&page=50"
    ["03 page 50 by cursor"]="$api/posts?perPage=10&cursor=$cursor"
    ["04 post by slug"]="$api/posts/slug/$slug"
    ["05 posts by tag"]="$api/posts?perPage=10&tag=bench-tag-17"
    ["06 category subtree"]="$api/posts?perPage=10&category=bench-cat-1"
    ["07 search (${search_hits:-?} hits)"]="$api/search?q=$search_q"
    ["09a feed, RSS of the newest 20"]="$site/feeds/rss.xml"
    ["09b feed, JSON Feed of a tag"]="$site/feeds/tag/bench-tag-17/feed.json"
    ["09c sitemap index"]="$site/sitemap.xml"
    ["09d sitemap posts-1.xml (${posts} URLs)"]="$site/sitemaps/posts-1.xml"
    ["10 nginx reference"]="http://127.0.0.1:$nginx_port/newest10.json"
)
[ -n "$image_url" ] && cases["08 image w640.webp, stored"]=$image_url
wanted() { [ -z "$only" ] || [[ $1 == *nginx* ]] || grep -qE "$only" <<< "$1"; }
for key in "${!cases[@]}"; do wanted "$key" || unset "cases[$key]"; done

rss_kb() { awk '/VmRSS/{print $2}' "/proc/$app/status"; }
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

# The first case would otherwise pay for the JIT's work on the code every case shares.
echo "== warm-up"
for key in "${!cases[@]}"; do
    wrk -t"$threads" -c"$connections" -d"$(( seconds < 3 ? seconds : 3 ))s" "${cases[$key]}" > /dev/null 2>&1
done

results=()
while IFS= read -r key; do
    echo "== ${key#* }"
    results+=("$(run_case "${key#* }" "${cases[$key]}")")
done < <(printf '%s\n' "${!cases[@]}" | sort)
if wanted "conditional GET (304)"; then
    echo "== conditional GET answered 304"
    results+=("$(run_case "conditional GET (304)" "$api/posts?perPage=10" "If-None-Match: $etag")")
fi

report="$out/report.md"
{
    echo "# Inkstone benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $db_kind, $posts posts"
    echo
    echo "JVM: $("$java_bin" -version 2>&1 | head -1); options: ${java_opts:-defaults}${aot:+; aot-jar, ${use_cache[*]} from a training run}."
    echo "wrk -t$threads -c$connections -d${seconds}s on loopback, after a ${seconds}s warm-up per case; app and nginx on ${bench_cpus:-every core} (nginx: $nginx_workers workers)."
    echo
    echo "Startup to ready: ${startup_empty_ms} ms on the empty database (Quarkus: ${quarkus_started}), ${startup_loaded_ms} ms on restart with the data."
    echo "Loading through the API: ${load_log}."
    echo
    echo "| case | req/s | p50 | p99 | errors | share of nginx |"
    echo "|---|---|---|---|---|---|"
} > "$report"
nginx_rps=$(printf '%s\n' "${results[@]}" | awk -F'|' '$1=="nginx reference"{print $2}')
max_rss=0
for row in "${results[@]}"; do
    IFS='|' read -r name rps p50 p99 errors rss <<< "$row"
    [ "${rss:-0}" -gt "$max_rss" ] && max_rss=$rss
    share=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN{ if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }')
    echo "| $name | $rps | $p50 | $p99 | $errors | $share |" >> "$report"
done
echo >> "$report"
echo "Server RSS: max $(( max_rss / 1024 )) MB over the runs (read right after each)." >> "$report"
cat "$report"

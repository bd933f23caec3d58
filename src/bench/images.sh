#!/usr/bin/env bash
# Image benchmark: variant generation time and peak heap for a 4000-px JPEG, and throughput of serving a cached
# variant. Builds the packaged app (embedded H2, filesystem storage under target/bench/images), starts it with a
# small fixed heap and GC logging, uploads the image given (by default a 4032x3024 JPEG drawn by MakePhoto.java;
# the README's numbers are for a 2.9 MB camera photo of that size), times the first request of each rendition (made then) against the second (read from the storage), reads
# the peak heap from the GC log (the largest heap occupancy any collection found during the image work), and
# drives wrk at one cached variant. Writes target/bench/images.md.
#
# Usage: bash src/bench/images.sh [image]
# Knobs: BENCH_HEAP (128m), BENCH_PORT (18081), BENCH_CONNECTIONS (32), BENCH_SECONDS (10), BENCH_THREADS (2),
#        BENCH_IMAGE (the image, when not given as the argument).
set -euo pipefail
cd "$(dirname "$0")/../.."
heap=${BENCH_HEAP:-128m}
port=${BENCH_PORT:-18081}
connections=${BENCH_CONNECTIONS:-32}
seconds=${BENCH_SECONDS:-10}
threads=${BENCH_THREADS:-2}
image=${1:-${BENCH_IMAGE:-}}
out=target/bench
mkdir -p "$out"
if [ -z "$image" ]; then
    image=$out/photo-4032x3024.jpg
    [ -f "$image" ] || java src/bench/MakePhoto.java "$image" 4032 3024
fi

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need curl curl

echo "== build (h2)"
[ -n "${BENCH_SKIP_BUILD:-}" ] || INKSTONE_DB_KIND=h2 ./mvnw -B -ntp -q -DskipTests package
rm -rf "$out/images" "$out/images-h2"
export INKSTONE_DB_URL="jdbc:h2:file:./$out/images-h2/inkstone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
export INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token INKSTONE_IMAGES_DIR=$out/images

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== start with -Xmx$heap"
java -Xmx"$heap" -Xlog:gc:file="$out/images-gc.log" -jar target/quarkus-app/quarkus-run.jar > "$out/images-app.log" 2>&1 &
pids+=("$!")
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.05; done
# Collections from here on saw the image work (plus the idle server's own few MB).
gc_before=$(grep -c 'Pause' "$out/images-gc.log" || true)

api="http://127.0.0.1:$port/api/v1"
ms() { python3 -c "print(round($1 * 1000, 1))"; }
upload_s=$(curl -s -o "$out/images-upload.json" -w '%{time_total}' -H 'Authorization: Bearer bench-token' \
    -F "file=@$image;type=image/jpeg" "$api/images")
base=$(python3 -c 'import json; d=json.load(open("target/bench/images-upload.json")); print(d["url"].rsplit("/", 1)[0])')
dims=$(python3 -c 'import json; d=json.load(open("target/bench/images-upload.json")); print("%dx%d" % (d["width"], d["height"]))')
echo "   uploaded $dims in $(ms "$upload_s") ms"

{
    echo "# Image benchmark"
    echo
    echo "$(basename "$image"), $dims, $(stat -c %s "$image") bytes; heap -Xmx$heap; $(nproc) cores; $(date -u +%F)."
    echo
    echo "Upload (sniff, header probe, EXIF, one subsampled decode for the placeholder, store): $(ms "$upload_s") ms"
    echo
    echo "| rendition | first request (made) ms | second request (stored) ms | bytes |"
    echo "|---|---|---|---|"
} > "$out/images.md"
for file in original.jpg w320.jpg w320.webp w640.jpg w640.webp w1280.jpg w1920.jpg w1920.webp; do
    first=$(curl -sf -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$base/$file") \
        || { echo "$file failed" >&2; exit 1; }
    second=$(curl -s -o "$out/images-variant" -w '%{time_total}' "http://127.0.0.1:$port$base/$file")
    echo "| $file | $(ms "$first") | $(ms "$second") | $(stat -c %s "$out/images-variant") |" >> "$out/images.md"
done

# Heap: G1 logs each collection as "before->after(size)". The largest "after" is the most the image work kept
# alive; the largest "before" is bounded by the heap size. That every rendition was made inside -Xmx is the
# frugality claim; BENCH_HEAP lowers the ceiling to test it.
peak_before=$(awk -v skip="$gc_before" '/Pause/ { n++; if (n > skip && match($0, /[0-9]+M->/)) { v = substr($0, RSTART, RLENGTH - 3) + 0; if (v > max) max = v } } END { print max + 0 }' "$out/images-gc.log")
peak_after=$(awk -v skip="$gc_before" '/Pause/ { n++; if (n > skip && match($0, /->[0-9]+M/)) { v = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (v > max) max = v } } END { print max + 0 }' "$out/images-gc.log")
collections=$(( $(grep -c 'Pause' "$out/images-gc.log" || true) - gc_before ))
{
    echo
    echo "All renditions made inside -Xmx$heap. Heap at the $collections collections during upload and generation:"
    echo "at most ${peak_before} MB before, ${peak_after} MB after (young collections leave old-generation garbage,"
    echo "so 'after' bounds the live set from above)."
} >> "$out/images.md"

url="http://127.0.0.1:$port$base/w640.webp"
curl -s -o /dev/null "$url"
wrk -t"$threads" -c"$connections" -d3s "$url" > /dev/null
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url" > "$out/images-wrk.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$out/images-wrk.txt")
p50=$(awk '$1=="50%" {print $2}' "$out/images-wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$out/images-wrk.txt")
{
    echo
    echo "Serving the cached w640.webp ($(curl -s "$url" | wc -c) bytes; wrk -t$threads -c$connections -d${seconds}s):"
    echo "$rps req/s, p50 $p50, p99 $p99."
} >> "$out/images.md"
cat "$out/images.md"

#!/usr/bin/env bash
# Webhook delivery throughput: how many signed deliveries per second one instance sends to a local receiver
# (src/bench/webhook-receiver.py, which answers 200 at once). Starts the packaged H2 jar on a fresh file database,
# queues N pings on an inactive webhook (an inactive webhook's deliveries wait), switches it on, and times the
# receiver from the first delivery to the last: claiming (SKIP LOCKED), signing, the POST and recording each outcome.
#
# Usage: bash src/bench/webhooks.sh [deliveries]   (default 2000; builds the H2 jar unless BENCH_NO_BUILD=1)
# Knobs: BENCH_PORT (18082), BENCH_RECEIVER_PORT (18083), BENCH_JAVA_OPTS (default: src/bench/jvm-options),
# BENCH_JAR, INKSTONE_WEBHOOKS_BATCH_SIZE (deliveries sent at once, default 16).
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-2000}
port=${BENCH_PORT:-18082}
receiver_port=${BENCH_RECEIVER_PORT:-18083}
java_opts=${BENCH_JAVA_OPTS:-$(cat src/bench/jvm-options)}
out=$PWD/target/bench/webhooks
jar=${BENCH_JAR:-$PWD/target/quarkus-app/quarkus-run.jar}
api=http://127.0.0.1:$port/api/v1
auth="Authorization: Bearer bench-token"
[ -n "${BENCH_NO_BUILD:-}" ] || INKSTONE_DB_KIND=h2 ./mvnw -B -ntp -q -DskipTests package
rm -rf "$out" && mkdir -p "$out"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# shellcheck disable=SC2086
(cd "$out" && INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=bench-token INKSTONE_WEBHOOKS_ALLOW_PRIVATE=true \
    exec java $java_opts -jar "$jar" > app.log 2>&1) &
pids+=($!)
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
    kill -0 "${pids[0]}" 2>/dev/null || { tail -20 "$out/app.log"; exit 1; }
    sleep 0.05
done

python3 src/bench/webhook-receiver.py --port "$receiver_port" --count "$count" > "$out/receiver.log" &
pids+=($!)
until grep -q ready "$out/receiver.log" 2>/dev/null; do sleep 0.05; done

id=$(curl -sf -X POST "$api/webhooks" -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"url\": \"http://127.0.0.1:$receiver_port/hook\", \"events\": [\"*\"], \"active\": false}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
python3 - "$api" "$id" "$count" <<'PY'
import concurrent.futures, sys, urllib.request
api, webhook, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
def ping(_):
    request = urllib.request.Request(f"{api}/webhooks/{webhook}/ping", method="POST",
                                     headers={"Authorization": "Bearer bench-token"})
    with urllib.request.urlopen(request) as response:
        assert response.status == 202
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    list(pool.map(ping, range(count)))
PY
curl -sf -X PATCH "$api/webhooks/$id" -H "$auth" -H 'Content-Type: application/merge-patch+json' \
    -d '{"active": true}' > /dev/null
wait "${pids[1]}"
tail -1 "$out/receiver.log"

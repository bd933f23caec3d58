#!/usr/bin/env bash
# The live WordPress import, end to end: setup.sh installs and fills a real WordPress on 127.0.0.1:$WP_PORT (Debian
# packages, local MariaDB), the packaged app (built for H2 if target/quarkus-app is missing; LIVE_BUILD=1 rebuilds)
# starts on a fresh embedded database on $LIVE_PORT, and POST /api/v1/imports/wordpress reads the site twice with its
# application password and fetchMedia; the counts are asserted with python. Exits non-zero on any mismatch.
#
# Usage: bash src/test/wordpress/live-import.sh      (root: it installs packages and starts nginx and php-fpm)
# Knobs: WP_PORT (8090), LIVE_PORT (8185), LIVE_KEEP=1 leaves the app's data under target/live-wordpress.
set -euo pipefail
cd "$(dirname "$0")/../../.."
port=${LIVE_PORT:-8185}
out=target/live-wordpress
started=$(date +%s)

echo "== WordPress"
credentials=$(bash src/test/wordpress/setup.sh | tail -1)
user=${credentials%%:*}
password=${credentials#*:}
site="http://127.0.0.1:${WP_PORT:-8090}"

if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${LIVE_BUILD:-0}" = 1 ]; then
    echo "== build (h2)"
    INKSTONE_DB_KIND=h2 ./mvnw -B -ntp -q -DskipTests package
fi
rm -rf "$out" && mkdir -p "$out"
export INKSTONE_DB_URL="jdbc:h2:file:./$out/h2/inkstone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
export INKSTONE_PORT=$port INKSTONE_ADMIN_TOKEN=live-token INKSTONE_IMPORT_ALLOW_PRIVATE=true
export INKSTONE_IMPORT_DIR="$PWD/$out/work" INKSTONE_IMAGES_DIR="$PWD/$out/images" INKSTONE_SEARCH_DIR="$PWD/$out/search"
java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; [ "${LIVE_KEEP:-0}" = 1 ] || rm -rf "$out/h2" "$out/images" "$out/search"' EXIT
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 0.1; done

api="http://127.0.0.1:$port/api/v1"
import() {
    local id job status
    id=$(curl -sSf -H "Authorization: Bearer live-token" -H "Content-Type: application/json" \
        -d "{\"url\": \"$site\", \"username\": \"$user\", \"applicationPassword\": \"$password\", \"fetchMedia\": true}" \
        "$api/imports/wordpress" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    while :; do
        job=$(curl -sSf -H "Authorization: Bearer live-token" "$api/imports/$id")
        status=$(printf '%s' "$job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
        [ "$status" = queued ] || [ "$status" = running ] || break
        sleep 0.2
    done
    printf '%s' "$job"
}

echo "== import"
first=$(import)
echo "$first"
echo "== import again"
second=$(import)
echo "$second"
python3 - "$first" "$second" <<'PY'
import json, sys
first, second = json.loads(sys.argv[1]), json.loads(sys.argv[2])
# 6 categories + 5 tags + 32 posts (30 published, a draft, a private one) + 1 image created; 2 pages skipped
# (the seeded page and WordPress' own draft privacy policy page).
expected = {"status": "completed", "created": 44, "skipped": 2, "failed": 0, "missing": 0}
got = {k: first[k] for k in expected}
assert got == expected, "first run: %s, expected %s" % (got, expected)
assert second["status"] == "completed" and second["created"] == 0 and second["updated"] == 0, second
print("ok: first run created %d items, the second created nothing (%d unchanged)"
      % (first["created"], second["unchanged"]))
PY
curl -sSf "$api/posts/slug/%E8%A5%BF%E6%B9%96-1" | python3 -c '
import json, sys
post = json.load(sys.stdin)
assert post["categories"][0]["path"] == ["中国故事", "商业", "奇葩故事"], post["categories"]
assert post["featuredImage"] is not None, "featured image"
print("ok: 西湖-1 has its category path and its featured image")'
echo "== done in $(( $(date +%s) - started )) s"

#!/usr/bin/env bash
# Imports a file into a running Inkstone and shows the job's progress until it ends.
#
#   INKSTONE_TOKEN=ink_… src/main/scripts/inkstone-import.sh blog.wordpress.xml [--dry-run]
#
# The file: a WordPress export (WXR), a Markdown file with front matter, a zip of Markdown files, or an Inkstone
# export (GET /api/v1/export). INKSTONE_URL defaults to http://localhost:8080. Needs curl only. Exits 0 when the
# job completed, 1 when it failed (the reason is printed), 2 on bad usage. Re-running with the same file updates
# what changed and creates nothing twice. The report: GET $INKSTONE_URL/api/v1/imports/<id>/items.
set -euo pipefail
file=${1:?usage: inkstone-import.sh FILE [--dry-run]}
dry=false
[ "${2:-}" = "--dry-run" ] && dry=true
url=${INKSTONE_URL:-http://localhost:8080}
auth="Authorization: Bearer ${INKSTONE_TOKEN:?set INKSTONE_TOKEN to an editor or admin token}"
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 2; }

field() { sed -n "s/.*\"$1\":\(\"[^\"]*\"\|[0-9a-z]*\).*/\1/p" | tr -d '"'; }

answer=$(curl -sS -H "$auth" -F "file=@$file" "$url/api/v1/imports?dryRun=$dry")
id=$(printf '%s' "$answer" | field id)
[ -n "$id" ] || { echo "the import was refused: $answer" >&2; exit 1; }
note=""
[ "$dry" = true ] && note=" (dry run: nothing is written)"
echo "import job $id: $file$note"
while :; do
    job=$(curl -sS -H "$auth" "$url/api/v1/imports/$id")
    status=$(printf '%s' "$job" | field status)
    printf '\r%-9s %s/%s items: %s created, %s updated, %s unchanged, %s skipped, %s missing, %s failed   ' \
        "$status" "$(printf '%s' "$job" | field processed)" "$(printf '%s' "$job" | field total)" \
        "$(printf '%s' "$job" | field created)" "$(printf '%s' "$job" | field updated)" \
        "$(printf '%s' "$job" | field unchanged)" "$(printf '%s' "$job" | field skipped)" \
        "$(printf '%s' "$job" | field missing)" "$(printf '%s' "$job" | field failed)"
    case $status in
        queued|running) sleep 1 ;;
        completed) echo; echo "report: $url/api/v1/imports/$id/items"; exit 0 ;;
        *) echo; echo "error: $(printf '%s' "$job" | sed -n 's/.*"error":"\([^"]*\)".*/\1/p')" >&2; exit 1 ;;
    esac
done

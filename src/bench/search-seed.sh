# Shared by search-scale.sh and forgiving-cost.sh (source it from the project root): a runnable copy of the
# PostgreSQL build, a database seeded with varied search text, and starting the app on it. The caller exports
# INKSTONE_PORT and INKSTONE_ADMIN_TOKEN.

# Builds the PostgreSQL jar and copies it to $app_dir, so that building in the worktree meanwhile does not pull the
# jars from under the running app. With BENCH_APP set (a directory holding quarkus-app/ of an earlier PostgreSQL
# build, e.g. main's copied aside) that build is copied instead: the same script measures "before" and "after".
build_app() {
    local from=${BENCH_APP:-}
    if [ -z "$from" ]; then
        INKSTONE_DB_KIND=postgresql ./mvnw -B -ntp -q -DskipTests package
        from=target
    fi
    app_dir=$(mktemp -d)
    cp -r "$from/quarkus-app" "$app_dir/"
}

# start_app log [NAME=value...]: starts the app in the background with these settings added; its pid in $app. The JVM
# runs with the options README recommends (src/bench/jvm-options; BENCH_JAVA_OPTS=" " for a plain java -jar), as in
# run.sh: a plain java -jar's heap (a quarter of the machine) hid that a rebuild did not fit the recommended one.
app=
start_app() {
    local java_opts
    read -r -a java_opts <<< "${BENCH_JAVA_OPTS:-$(cat src/bench/jvm-options)}"
    # Pinned like nginx when the caller sourced cores.sh with BENCH_CPUS set.
    env "${@:2}" ${pinned[@]+"${pinned[@]}"} java ${java_opts[@]+"${java_opts[@]}"} \
        -jar "$app_dir/quarkus-app/quarkus-run.jar" > "$1" 2>&1 &
    app=$!
}
trap '[ -z "$app" ] || kill $app 2>/dev/null || true' EXIT

stop_app() {
    kill $app; wait $app 2>/dev/null || true
    app=
}

# Waits until search answers, that is until the index is built or opened.
wait_searchable() {
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$INKSTONE_PORT/api/v1/search?q=x")" = 200 ]
    do
        sleep 0.5
    done
}

# seed_database db posts index log: a fresh database $db with that many posts (seed-posts.sql, then seed-search.sql
# for varied text) and an empty index directory, exported as the app's settings; the next start_app rebuilds.
seed_database() {
    local db=$1 posts=$2 index=$3 log=$4
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
    rm -rf "$index"
    export INKSTONE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" INKSTONE_DB_USER=postgres INKSTONE_SEARCH_DIR="$index"
    # A first start creates the schema; the data goes in while the app is down, so the next start rebuilds.
    start_app "$log"
    until curl -sf "http://127.0.0.1:$INKSTONE_PORT/q/health/ready" >/dev/null; do sleep 0.5; done
    stop_app
    psql -h 127.0.0.1 -U postgres -q -v posts="$posts" -f src/bench/seed-posts.sql "$db" >/dev/null
    psql -h 127.0.0.1 -U postgres -q -f src/bench/seed-search.sql "$db" >/dev/null
    rm -rf "$index"
}

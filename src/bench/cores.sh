# Sourced by the benchmarks that compare the app with nginx: both get the same cores, so the reference is fair.
# BENCH_CPUS (a taskset list, e.g. 0-1 or 1; default every core) pins the app and nginx alike; nginx runs one worker
# per core it may use, as the JVM sizes its event loops and worker pool by the cores it sees.
bench_cpus=${BENCH_CPUS:-}
if [ -n "$bench_cpus" ]; then
    pinned=(taskset -c "$bench_cpus")
else
    pinned=()
fi
nginx_workers=$("${pinned[@]}" nproc)

nginx_start() { # conf-file pid-file error-log server-block: writes the configuration and starts nginx
    cat > "$1" <<NGINX
worker_processes $nginx_workers;
pid $2;
error_log $3;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/json json; }
    $4
}
NGINX
    rm -f "$2"
    "${pinned[@]}" nginx -c "$1"
}

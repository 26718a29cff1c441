#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for the test suites (never the packaged cluster).
#   eval "$(bash tests/pg/pg_cluster.sh start)"   initdb's a temporary folder, starts the server and prints
#                                                 `export RETRAINER_TEST_PG=postgresql://retrainer@127.0.0.1:PORT/postgres`
#   bash tests/pg/pg_cluster.sh stop              stops the server and removes the folder
# PORT comes from RETRAINER_PG_PORT (default 55432). Run as root, the server runs as the `postgres` user
# (initdb refuses root). Authentication is `trust` on loopback only: the cluster holds nothing but test data.
set -euo pipefail
port="${RETRAINER_PG_PORT:-55432}"
dir="${RETRAINER_PG_DIR:-${TMPDIR:-/tmp}/retrainer-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$bin/initdb" ] || { echo "pg_cluster: PostgreSQL server programs not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "pg_cluster: already running in $dir" >&2
    else
      rm -rf "$dir"
      mkdir -p "$dir"
      [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
      as_owner "$bin/initdb" -D "$dir/data" -U retrainer --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
      # fsync off: a crash loses a test database, never anything else; it makes CREATE DATABASE fast.
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    fi
    echo "export RETRAINER_TEST_PG=postgresql://retrainer@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

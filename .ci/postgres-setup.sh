#!/usr/bin/env bash
# CI: a throw-away PostgreSQL server from Debian's packages, for the store tests on PostgreSQL.
#   bash .ci/postgres-setup.sh start   -> installs PostgreSQL if needed, starts a server, prints the SETIA_TEST_PG URL
#   bash .ci/postgres-setup.sh stop    -> stops it and removes its files
# PostgreSQL refuses to run as root, so as root the server runs as the 'postgres' user the package creates.
set -euo pipefail
PG_PORT=${SETIA_CI_PG_PORT:-55433}
PG_DIR=${SETIA_CI_PG_DIR:-/tmp/setia-ci-pg}

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

case "${1:-start}" in
start)
    if [ -z "$(pg_bin)" ]; then
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    PG_BIN=$(pg_bin)
    if [ -d "$PG_DIR/data" ]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >&2 2>/dev/null || true; fi
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1
    # A test server: speed over durability (nothing here outlives the run).
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2
    "$PG_BIN/psql" -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE setia LOGIN PASSWORD 'setia-ci'" -c "CREATE DATABASE setia_test OWNER setia" >&2
    echo "jdbc:postgresql://localhost:$PG_PORT/setia_test?user=setia&password=setia-ci"
    ;;
stop)
    PG_BIN=$(pg_bin)
    if [ -n "$PG_BIN" ] && [ -d "$PG_DIR/data" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
    ;;
esac

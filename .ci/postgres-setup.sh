#!/usr/bin/env bash
# CI: a throw-away PostgreSQL server (Debian's packages) for the store tests on PostgreSQL. Source it:
#   . .ci/postgres-setup.sh   -> exports SETIA_TEST_PG; the server stops when the calling shell exits.
# PostgreSQL refuses to run as root, so as root the server runs as the 'postgres' user the package creates.
set -euo pipefail
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=${SETIA_CI_PG_PORT:-55433}
PG_DIR=$(mktemp -d /tmp/setia-ci-pg.XXXXXX)
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log"
# A test server: speed over durability (nothing here outlives the run).
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; }
trap stop_pg EXIT
"$PG_BIN/psql" -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE setia LOGIN PASSWORD 'setia-ci'" -c "CREATE DATABASE setia_test OWNER setia"
export SETIA_TEST_PG="jdbc:postgresql://localhost:$PG_PORT/setia_test?user=setia&password=setia-ci"
echo "PostgreSQL test server on port $PG_PORT (SETIA_TEST_PG set)"

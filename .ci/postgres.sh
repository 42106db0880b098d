# Sourced by .ci/run: start_postgres starts a throwaway PostgreSQL server for the tests and exports its URL as
# VEILLE_TEST_DB; stop_postgres stops it and removes its files.
#
# The server comes from Debian's postgresql package (installed when missing and we are root). PostgreSQL refuses to
# run as root, so as root the cluster belongs to the package's 'postgres' user. It lives in a temporary folder, on
# a free port of 127.0.0.1 only, with trust authentication and fsync off: a test server, never a deployment.

_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

_pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    if [ -z "$(_pg_bin)" ]; then
        if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
            echo "PostgreSQL is not installed and cannot be installed here (needs root and apt-get)" >&2
            return 1
        fi
        apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
    fi
    local bin port
    bin="$(_pg_bin)"
    PG_TEST_DIR="$(mktemp -d /tmp/veille-postgres.XXXXXX)"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    if [ "$(id -u)" = 0 ]; then chown postgres "$PG_TEST_DIR"; fi
    _pg_as_owner "$bin/initdb" -D "$PG_TEST_DIR/data" -U veille --auth=trust -E UTF8 --no-locale >/dev/null
    _pg_as_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w start \
        -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" >/dev/null
    PG_TEST_CTL="$bin/pg_ctl"
    export VEILLE_TEST_DB="postgresql+psycopg://veille@127.0.0.1:$port/postgres"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests at $VEILLE_TEST_DB" >&2
}

stop_postgres() {
    if [ -n "${PG_TEST_DIR:-}" ]; then
        _pg_as_owner "$PG_TEST_CTL" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null || true
        rm -rf "$PG_TEST_DIR"
    fi
}

#!/usr/bin/env bash
# Runs every test: builds the solution once, then runs each test project against real parts
# (private RabbitMQ nodes, real Kestrel HTTP/2, SQLite files, Python grpcio, and PostgreSQL when its
# server is installed).
set -euo pipefail
cd "$(dirname "$0")/.."

# PostgreSQL is the production database option. When Debian's server binaries are here (CI installs
# package postgresql) and no server was given, the run starts a private cluster on a free port, like
# the private RabbitMQ nodes, and the PostgreSQL cases of the audit and persistence tests run on it.
pg_dir=""
stop_private_postgres() {
    if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
        "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null || true
    fi
    [ -z "$pg_dir" ] || rm -rf "$pg_dir"
}
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
as_postgres=()
if [ -n "$pg_bin" ] && [ -z "${AUDIT_TEST_POSTGRES:-}${PERSISTENCE_TEST_POSTGRES:-}" ]; then
    pg_dir="$(mktemp -d /tmp/landplatform-pg.XXXXXX)"
    trap stop_private_postgres EXIT
    if [ "$(id -u)" -eq 0 ]; then
        # The server refuses to run as root; Debian's package created the postgres account.
        chown postgres "$pg_dir"
        as_postgres=(runuser -u postgres --)
    fi
    pg_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
        -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
    export AUDIT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
    export PERSISTENCE_TEST_POSTGRES="$AUDIT_TEST_POSTGRES"
    echo "PostgreSQL cases run on a private server at 127.0.0.1:$pg_port"
fi

dotnet build LandPlatform.sln -c Release -warnaserror
dotnet test LandPlatform.sln -c Release --no-build --logger "console;verbosity=normal" "$@"

#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on 127.0.0.1, and stops it afterwards.
# Sets PGHOST, PGPORT, PGUSER and PGDATABASE for the command.
set -euo pipefail
PGBIN=$(pg_config --bindir 2>/dev/null || true)
[ -x "$PGBIN/initdb" ] || PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
export PGHOST=127.0.0.1 PGPORT=${POINTSDESK_PGPORT:-55432} PGUSER=postgres PGDATABASE=pointsdesk_test
# A server runs for the command: a PostgreSQL test that finds none fails, it does not skip.
export POINTSDESK_REQUIRE_POSTGRESQL=1
PGTMP=$(mktemp -d)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGTMP"
  as_pg=(runuser -u postgres --)
fi
stop() {
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap stop EXIT
"${as_pg[@]}" "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 30 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGTMP -c fsync=on" start >/dev/null
"$PGBIN/pg_isready" -t 10 >/dev/null
psql -v ON_ERROR_STOP=1 -d postgres -qc "CREATE DATABASE $PGDATABASE"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on $PGHOST:$PGPORT"
"$@"

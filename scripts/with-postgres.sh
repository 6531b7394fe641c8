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

# TLS with throw-away certificates: a root that signed the server's (127.0.0.1, localhost) and
# an unrelated root, for the tests of verify-full. The suite's own connections do not use TLS
# (PGSSLMODE=disable) unless an address asks for it.
tls="$PGTMP/tls"
mkdir -p "$tls"
openssl_quiet() { openssl "$@" >/dev/null 2>&1; }
openssl_quiet req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=PointsDesk test root" \
  -keyout "$tls/root.key" -out "$tls/root.crt"
openssl_quiet req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Someone else's root" \
  -keyout "$tls/other-root.key" -out "$tls/other-root.crt"
openssl_quiet req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr"
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$tls/san.ext"
openssl_quiet x509 -req -in "$tls/server.csr" -CA "$tls/root.crt" -CAkey "$tls/root.key" -CAcreateserial \
  -days 2 -extfile "$tls/san.ext" -out "$tls/server.crt"
chmod 600 "$tls/server.key"
[ ${#as_pg[@]} -eq 0 ] || chown postgres:postgres "$tls/server.key" "$tls/server.crt"
chmod 755 "$tls"; chmod 644 "$tls"/*.crt
export POINTSDESK_PG_TLS_ROOT="$tls/root.crt" POINTSDESK_PG_TLS_OTHER_ROOT="$tls/other-root.crt" PGSSLMODE=disable

# One login that needs its password (the others are trusted): tests of passwords kept out of addresses
printf 'host all pd_password_user 127.0.0.1/32 scram-sha-256\n' > "$PGTMP/hba"
cat "$PGTMP/data/pg_hba.conf" >> "$PGTMP/hba"
cp "$PGTMP/hba" "$PGTMP/data/pg_hba.conf"
[ ${#as_pg[@]} -eq 0 ] || chown postgres:postgres "$PGTMP/data/pg_hba.conf"
export POINTSDESK_PG_PASSWORD_USER=pd_password_user POINTSDESK_PG_PASSWORD=pd-test-secret-7

"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 30 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGTMP -c fsync=on -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key" start >/dev/null
"$PGBIN/pg_isready" -t 10 >/dev/null
psql -v ON_ERROR_STOP=1 -d postgres -qc "CREATE DATABASE $PGDATABASE"
psql -v ON_ERROR_STOP=1 -d postgres -qc "CREATE ROLE $POINTSDESK_PG_PASSWORD_USER LOGIN SUPERUSER PASSWORD '$POINTSDESK_PG_PASSWORD'"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on $PGHOST:$PGPORT"
"$@"

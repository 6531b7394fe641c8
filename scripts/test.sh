#!/usr/bin/env bash
# README command 2: installs what is missing, builds, starts a PostgreSQL server on
# 127.0.0.1 and runs the whole test suite on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
# each step's time, for the CI's record
started=$SECONDS
took() { echo "== $1: $((SECONDS - started)) s"; started=$SECONDS; }
scripts/install-deps.sh
took "packages"
scripts/build.sh
took "build"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
# With a server started here the PostgreSQL runs must really run: a skip is a failure.
export POINTSDESK_REQUIRE_POSTGRESQL=1
scripts/with-postgres.sh ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
took "test suite (SQLite and PostgreSQL)"
# the parsers and importers against hostile files: 30 s per fuzz target (ASan + UBSan), after
# their regression inputs; longer runs by hand (scripts/fuzz.sh 3600)
scripts/fuzz.sh "${POINTSDESK_FUZZ_SECONDS:-30}"
took "fuzzing (its build included)"
# the whole suite again under ASan + UBSan (on SQLite, and on PostgreSQL where the dialect's own
# code runs); the crash and race tests ran full size above, here they run shorter (each desk is
# a sanitized process, several times slower)
POINTSDESK_CRASH_CYCLES=${POINTSDESK_CRASH_CYCLES:-10} POINTSDESK_RACE_ROUNDS=${POINTSDESK_RACE_ROUNDS:-20} scripts/test-sanitizers.sh
took "sanitizer suite (its build included)"

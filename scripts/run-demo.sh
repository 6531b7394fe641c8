#!/usr/bin/env bash
# README command 1: installs what is missing, builds, creates a demo database on the first
# run and opens PointsDesk on it. Pass --db FILE to use another file.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh pointsdesk pointsdesk-cli # the two programs only: the tests build with scripts/test.sh
db=${POINTSDESK_DEMO_DB:-$PWD/demo.sqlite}
if [ "${1:-}" = "--db" ] && [ -n "${2:-}" ]; then db=$2; fi
if [ ! -e "$db" ]; then
  echo "Creating a demo database at $db …"
  build/app/pointsdesk-cli --db "$db" demo --members 3000 --receipts 20000
fi
exec build/app/pointsdesk --db "$db"

#!/usr/bin/env bash
# The whole test suite once more, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (build-asan/), on SQLite, and on a real PostgreSQL server for the tests that take the
# dialect's own paths. Any leak, overflow, use after free or undefined behaviour stops the test
# that hit it. scripts/test.sh runs this in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
# line tables only (-g1): the reports keep their file:line stacks, the build and its links are
# much lighter than with full debug information; -O1 (as the sanitizers' own documentation
# advises) compiles in less time than -O2 and keeps the stacks closer to the source
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOINTSDESK_SANITIZE=ON \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" >/dev/null
ninja -C build-asan
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export POINTSDESK_REQUIRE_POSTGRESQL=1
# The sanitizers look at our C++. Both engines run the same C++ but for the dialect's branches
# (connections, transactions, writes sent with the next round trip, row scans, lots, the ledger
# pass, migrations), so every test runs
# on SQLite and, on PostgreSQL, those that go through the branches: the plain run before this
# one ran every test on both engines. The screens run in one time zone here (the plain run
# had both): a second zone changes the texts compared, not the C++ that runs.
pg_branches='^tst_(migrations|ledger|ledgerpass|tamper|contention|redemptionrace|crash|writebehind|serverloss)\.postgresql$'
scripts/with-postgres.sh bash -c 'ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" -E "\.(postgresql|utc)$" "${@:2}" &&
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" -R "$1" "${@:2}"' _ "$pg_branches" "$@"

#!/usr/bin/env bash
# The whole test suite once more, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (build-asan/), on SQLite and a real PostgreSQL server. Any leak, overflow, use after free or
# undefined behaviour stops the test that hit it. scripts/test.sh runs this in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOINTSDESK_SANITIZE=ON >/dev/null
ninja -C build-asan
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export POINTSDESK_REQUIRE_POSTGRESQL=1
scripts/with-postgres.sh ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" "$@"

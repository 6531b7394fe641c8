#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan (build-fuzz/) and runs each for
# SECONDS (default 60; CI runs 30). Regression inputs (tests/fuzz/regressions) run first.
# Stops with an error on any crash, leak, undefined behaviour or input slower than 1 s;
# the input is then in build-fuzz/artifacts/. Long run: scripts/fuzz.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
# line tables only: crash reports keep file:line, the build is lighter
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOINTSDESK_FUZZ=ON \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" >/dev/null
ninja -C build-fuzz
mkdir -p build-fuzz/artifacts
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in fuzz_csvreader fuzz_parsers fuzz_importers fuzz_campaigns; do
  bin=build-fuzz/tests/fuzz/$target
  regressions=$(ls tests/fuzz/regressions/"$target"-* 2>/dev/null || true)
  if [ -n "$regressions" ]; then
    # shellcheck disable=SC2086
    "$bin" -timeout=1 $regressions
  fi
  work=$(mktemp -d)
  cp tests/fuzz/corpus/"$target"/* "$work"/
  echo "== $target: $seconds s"
  status=0
  "$bin" "$work" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
         -artifact_prefix=build-fuzz/artifacts/"$target"- >build-fuzz/"$target".log 2>&1 || status=$?
  rm -rf "$work"
  grep -E '^(Done|stat::number_of_executed_units)' build-fuzz/"$target".log || true
  if [ "$status" -ne 0 ]; then
    tail -40 build-fuzz/"$target".log >&2
    echo "$target failed (exit $status): the input is in build-fuzz/artifacts/" >&2
    exit 1
  fi
done

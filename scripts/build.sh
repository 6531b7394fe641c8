#!/usr/bin/env bash
# Configures (once) and builds PointsDesk into ./build with Ninja and ccache: the targets named
# (scripts/run-demo.sh names the two programs), or everything (tests, fuzz helpers, benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build --parallel "$(nproc)" "${targets[@]}"

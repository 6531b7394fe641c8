#!/usr/bin/env bash
# Builds the two programs and makes the Debian package build/package/pointsdesk_VERSION_ARCH.deb
# (install it with: sudo apt install ./build/package/pointsdesk_*.deb).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh pointsdesk pointsdesk-cli
cpack -G DEB --config build/CPackConfig.cmake -B build/package
ls build/package/pointsdesk_*.deb

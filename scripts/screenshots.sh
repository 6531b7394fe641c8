#!/usr/bin/env bash
# Makes docs/screenshots/*.png from the real screens, in Chinese and English, under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x800x24" build/tests/pointsdesk-screenshots docs/screenshots

#!/usr/bin/env bash
# Installs the Debian 12 packages PointsDesk builds, runs and tests with (only the missing ones).
set -euo pipefail
packages=(g++ cmake ninja-build ccache pkg-config binutils clang libclang-rt-14-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev libsodium-dev libssl-dev libicu-dev libzxcvbn-dev
  postgresql xvfb xauth imagemagick fonts-dejavu-core fonts-wqy-microhei
  dpkg-dev desktop-file-utils openssl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

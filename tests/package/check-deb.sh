#!/usr/bin/env bash
# The Debian package as a user receives it: CPack builds it from this build tree, its control
# data declares what it needs, it holds the programs, the icons, the .desktop entry and the
# guide, and the programs unpacked from it run (in Chinese too: the translations are inside).
#   check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack did not make the package"; }
debs=("$work"/out/pointsdesk_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one pointsdesk_*.deb, found: ${debs[*]}"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb -f "$deb" Package Version Architecture Depends Recommends)
echo "$info"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6 libsodium23 libicu72 \
              libsqlite3-0 libssl3 libqt6sql6-sqlite fonts-wqy-microhei; do
  grep -Eq "(^|[ ,|])$needed( |,|$)" <<< "$depends" || fail "Depends lacks $needed: $depends"
done
grep -q libqt6sql6-psql <<< "$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks libqt6sql6-psql"

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for path in ./usr/bin/pointsdesk ./usr/bin/pointsdesk-cli ./usr/share/applications/pointsdesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/pointsdesk.svg ./usr/share/icons/hicolor/16x16/apps/pointsdesk.png \
            ./usr/share/icons/hicolor/256x256/apps/pointsdesk.png ./usr/share/doc/pointsdesk/user-guide.md \
            ./usr/share/doc/pointsdesk/screenshots/zh_CN-members.png; do
  grep -qx -- "$path" <<< "$contents" || fail "the package does not hold $path"
done

root="$work/root"
dpkg -x "$deb" "$root"
cli="$root/usr/bin/pointsdesk-cli"
version=$("$cli" --version)
expected=$("$build/app/pointsdesk-cli" --version)
[ "$version" = "$expected" ] || fail "unpacked pointsdesk-cli --version said '$version', the build says '$expected'"
grep -Eq '^pointsdesk-cli [0-9]+\.[0-9]+\.[0-9]+ \(schema [0-9]+\)$' <<< "$version" || fail "version line '$version'"
echo "$version"
gui=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/pointsdesk" --version)
number=${version#pointsdesk-cli }
[ "$gui" = "PointsDesk ${number%% *}" ] || fail "unpacked pointsdesk --version said '$gui'"
echo "$gui"

# Chinese from the unpacked program itself
set +e
zh=$(LC_ALL= LANGUAGE= LANG=zh_CN.UTF-8 "$cli" no-such-command 2>&1 >/dev/null)
rc=$?
set -e
[ $rc -ne 0 ] || fail "an unknown command succeeded"
grep -q '未知命令“no-such-command”' <<< "$zh" || fail "no Chinese from the unpacked program: $zh"

# It works on a database: a small demo, then the ledger check
db="$work/demo.sqlite"
"$cli" --db "$db" demo --members 30 --receipts 200 > "$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "demo"; }
"$cli" --db "$db" verify > "$work/verify.log" 2>&1 || { cat "$work/verify.log" >&2; fail "verify after demo"; }
[ "$(stat -c %a "$db")" = 600 ] || fail "the database file is $(stat -c %a "$db"), not 600"

if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$root/usr/share/applications/pointsdesk.desktop" || fail "the .desktop entry is not valid"
fi
grep -qx 'Name\[zh_CN\]=积分管家' "$root/usr/share/applications/pointsdesk.desktop" || fail "no Chinese name in the .desktop entry"
echo "package checked"

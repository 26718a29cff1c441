#!/usr/bin/env bash
# Saves a PNG of every page of the console (dashboard, each tab of the clinic model, alerts, event log,
# audit trail) from a fresh demo workspace, under Xvfb, at 1280x800 and 1024x700, in English and Spanish:
# resources/screenshots/<size>-<language>/<page>.png. The demo comes with its replayed past (four weeks of runs);
# the clinic model is then trained twice and rolled back once so that its chart also shows live points and a
# rollback. The Backtest tab is saved after a replay of the last four weeks (its default).
#   packaging/screenshots.sh [OUT_DIR] [SIZES] [LANGUAGES]   e.g. packaging/screenshots.sh /tmp/shots "1024x700" "es"
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/app/retrainer ] || bash packaging/build.sh
bin="$PWD/build/app/retrainer"
out="${1:-$PWD/resources/screenshots}"
sizes="${2:-1280x800 1024x700}"
languages="${3:-en es}"
workspace="$(mktemp -d)"
config="$(mktemp -d)"
trap 'rm -rf "$workspace" "$config"' EXIT
export RETRAINER_WORKSPACE="$workspace"
export XDG_CONFIG_HOME="$config" # a fresh window layout, not the user's
"$bin" init --demo >/dev/null
"$bin" train --all >/dev/null 2>&1
"$bin" train clinic-waiting-time --force >/dev/null 2>&1
"$bin" rollback clinic-waiting-time 1 >/dev/null 2>&1 || true # refused when the second training was not better (version 1 still in service)
for size in $sizes; do
  for language in $languages; do
    dir="$out/$size-$language"
    mkdir -p "$dir"
    case "$language" in en) locale=en_GB.UTF-8 ;; es) locale=es_ES.UTF-8 ;; hi) locale=hi_IN.UTF-8 ;; *) locale="$language" ;; esac
    rm -rf "$config/Retrainer" # the window's saved size must not override the one asked for
    if command -v xvfb-run >/dev/null; then
      LC_ALL="$locale" LANG="$locale" RETRAINER_SCREENSHOT_SIZE="$size" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$bin" --workspace "$workspace" --screenshots "$dir"
    else
      LC_ALL="$locale" LANG="$locale" RETRAINER_SCREENSHOT_SIZE="$size" QT_QPA_PLATFORM=offscreen \
        "$bin" --workspace "$workspace" --screenshots "$dir"
    fi
  done
done
find "$out" -name '*.png' | sort

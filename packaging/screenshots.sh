#!/usr/bin/env bash
# Saves a PNG of every page of the console (dashboard, each tab of the clinic model, alerts, event log) to
# docs/screenshots/, from a fresh demo workspace, under Xvfb. The clinic model is trained twice and rolled
# back once so that its chart shows points, markers and a rollback.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/app/retrainer ] || bash packaging/build.sh
bin="$PWD/build/app/retrainer"
out="${1:-$PWD/docs/screenshots}"
workspace="$(mktemp -d)"
config="$(mktemp -d)"
trap 'rm -rf "$workspace" "$config"' EXIT
export RETRAINER_WORKSPACE="$workspace"
export XDG_CONFIG_HOME="$config" # a fresh window layout, not the user's
"$bin" init --demo >/dev/null
"$bin" train --all >/dev/null 2>&1
"$bin" train clinic-waiting-time --force >/dev/null 2>&1
"$bin" rollback clinic-waiting-time 1 >/dev/null
mkdir -p "$out"
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1400x900x24" "$bin" --workspace "$workspace" --screenshots "$out"
else
  QT_QPA_PLATFORM=offscreen "$bin" --workspace "$workspace" --screenshots "$out"
fi
ls -1 "$out"

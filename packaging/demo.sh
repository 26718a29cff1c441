#!/usr/bin/env bash
# README command 1: install, build, create the demo workspace (once), train every demo model once, then open
# the console on it. Without a display the app says so and runs the headless daemon instead.
# The workspace is $RETRAINER_WORKSPACE, else ~/retrainer-demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
export RETRAINER_WORKSPACE="${RETRAINER_WORKSPACE:-$HOME/retrainer-demo}"
bin=build/app/retrainer
echo "== Demo workspace: $RETRAINER_WORKSPACE"
if [ ! -f "$RETRAINER_WORKSPACE/workspace.json" ]; then
  "$bin" init --demo
fi
echo "== Training every demo model once (progress on stderr)"
"$bin" train --all || true
echo "== Status"
"$bin" status
echo
echo "Opening the console. From another terminal, commands act inside it: $bin train clinic-waiting-time,"
echo "$bin simulate --rows 5 (new consultations), $bin next, $bin history clinic-waiting-time."
exec "$bin" --workspace "$RETRAINER_WORKSPACE"

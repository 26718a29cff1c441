#!/usr/bin/env bash
# README command 1: install, build, create the demo workspace, train every demo model, show the status.
# The workspace is $RETRAINER_WORKSPACE, else ~/retrainer-demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
export RETRAINER_WORKSPACE="${RETRAINER_WORKSPACE:-$HOME/retrainer-demo}"
bin=build/app/retrainer
echo "== Demo workspace: $RETRAINER_WORKSPACE"
"$bin" init --demo
echo "== Training every demo model (progress on stderr)"
"$bin" train --all || true
echo "== Status"
"$bin" status
echo "== Versions of the clinic model"
"$bin" versions clinic-waiting-time
echo
echo "Next: $bin history clinic-waiting-time, $bin train clinic-waiting-time --force, $bin rollback clinic-waiting-time 1"
echo "Automatic retraining: $bin --headless --source-poll 2   (then, in another terminal: $bin simulate --rows 5)"
echo "What happens next: $bin next"

#!/usr/bin/env bash
# README command 2: install, build and run every test (Qt Test suites through CTest, offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
source tests/pg/ensure_cluster.sh # a throw-away PostgreSQL on 127.0.0.1 for the store suites
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j "${JOBS:-2}"

#!/usr/bin/env bash
# Model settings saved while quality reports read them, under ThreadSanitizer (issue 11, fault 2). Builds only
# the suite it runs (no GUI, -fsanitize=thread) into ./build-tsan, then runs it; a race report fails it.
#   bash packaging/tsan.sh            (about 10 minutes from nothing on 2 cores; seconds with ccache warm)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
      -DRETRAINER_GUI=OFF -DRETRAINER_SANITIZE=thread "${launcher[@]}" >/dev/null
cmake --build build-tsan -j "${JOBS:-2}" --target tst_settings_race
# Qt and glibc are not built for ThreadSanitizer: their locks (futexes) are invisible to it, so memory they
# hand between threads under those locks (a QFuture's state, a posted event, glibc's time zone) read as races.
# ignore_noninstrumented_modules drops the accesses made from inside those libraries; every access made by our
# code (and by Qt's inline templates compiled into it) is still checked, and our own hand-offs use std::mutex
# (core/common/on_worker.h), which TSan sees. No suppression list.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1"
QT_QPA_PLATFORM=offscreen build-tsan/tests/engine/tst_settings_race

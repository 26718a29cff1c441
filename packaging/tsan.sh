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
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/sanitizers/tsan.supp"
QT_QPA_PLATFORM=offscreen build-tsan/tests/engine/tst_settings_race

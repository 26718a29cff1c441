#!/usr/bin/env bash
# The core, CLI, daemon and API suites under AddressSanitizer + UndefinedBehaviorSanitizer (.ci/run runs it
# after the README's test command). Builds without Widgets into ./build-asan (-O1: the sanitizers' usual level)
# and stops at the first error a sanitizer reports. The GUI suites are not built here.
#   bash packaging/sanitize.sh [ctest -R regex]      (RETRAINER_SANITIZE=thread for ThreadSanitizer into build-tsan)
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
sanitize="${RETRAINER_SANITIZE:-address,undefined}"
dir=build-asan
[ "$sanitize" = thread ] && dir=build-tsan
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
      -DRETRAINER_GUI=OFF -DRETRAINER_SANITIZE="$sanitize" "${launcher[@]}" >/dev/null
cmake --build "$dir" -j "${JOBS:-2}"
source tests/pg/ensure_cluster.sh # a throw-away PostgreSQL on 127.0.0.1 for the store suites
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Qt and glibc are not built for ThreadSanitizer: their locks (futexes) are invisible to it, so memory they
# hand between threads under those locks (a QFuture's state, a posted event, glibc's time zone) read as races.
# ignore_noninstrumented_modules drops the accesses made from inside those libraries; every access made by our
# code (and by Qt's inline templates compiled into it) is still checked, and our own hand-offs use std::mutex
# (core/common/on_worker.h), which TSan sees. No suppression list.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1"
# The 24-hour soak and the timing-driven kill series are covered by the plain build; here every suite else.
QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure -j "${JOBS:-2}" -E 'crash_kill_trials' ${1:+-R "$1"}

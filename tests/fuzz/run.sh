#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) into build-fuzz and runs each for N executions
# (default 1,000,000) from its seed corpus under tests/fuzz/corpus; prints executions and crashes per harness.
#   bash tests/fuzz/run.sh [N] [harness…]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-1000000}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(fuzz_csv_rows fuzz_jsonl_rows fuzz_json_body fuzz_cron fuzz_command_message fuzz_workspace_file fuzz_api_body fuzz_predict_rows fuzz_artifact)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DRETRAINER_FUZZ=ON -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j "${JOBS:-2}" --target "${harnesses[@]}"
printf '%-18s %12s %8s %s\n' harness executions crashes seconds
status=0
for h in "${harnesses[@]}"; do
  corpus="build-fuzz/corpus/${h#fuzz_}"
  artifacts="build-fuzz/crashes/$h/"
  mkdir -p "$corpus" "$artifacts"
  start=$(date +%s)
  set +e
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "build-fuzz/tests/fuzz/$h" -runs="$runs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$artifacts" "$corpus" "tests/fuzz/corpus/${h#fuzz_}" >"build-fuzz/$h.log" 2>&1
  code=$?
  set -e
  done_runs=$(grep -o 'Done [0-9]* runs' "build-fuzz/$h.log" | grep -o '[0-9]*' || echo 0)
  crashes=$(find "$artifacts" -type f | wc -l)
  printf '%-18s %12s %8s %s\n' "$h" "${done_runs:-0}" "$crashes" "$(( $(date +%s) - start ))"
  [ "$code" -ne 0 ] || [ "$crashes" -ne 0 ] && status=1
done
exit $status

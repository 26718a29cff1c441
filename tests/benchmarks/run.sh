#!/usr/bin/env bash
# Retrainer side by side with the scikit-learn pipeline it replaces and with a bare dlib fit: one table.
# Usage: bash tests/benchmarks/run.sh [--quick] [--build DIR]   (see side_by_side.py for what each row runs)
# Needs the benchmark packages: bash packaging/install-deps.sh --benchmark
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/side_by_side.py" "$@"

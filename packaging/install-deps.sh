#!/usr/bin/env bash
# Installs Retrainer's build and test dependencies from Debian's packages.
# Idempotent: packages already present are left as they are.
# --benchmark also installs what tests/benchmarks/run.sh compares Retrainer with and measures it by
# (scikit-learn, pandas, joblib, GNU time, wrk): benchmark dependencies, not build ones.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config lld   # lld: links a test 5× faster than GNU ld (CMakeLists.txt)
  qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
  qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libzstd-dev libqt6svg6 qt6-translations-l10n
  qcoro-qt6-dev libdlib-dev libblas-dev liblapack-dev nlohmann-json3-dev libcsv-dev
  libcurl4-openssl-dev libssl-dev python3-aiosmtpd openssl
  postgresql libqt6sql6-psql
  libqt6opengl6-dev libgl-dev libegl-dev libvulkan-dev libxkbcommon-dev
  fonts-noto-core xvfb xauth
  appstream desktop-file-utils bash-completion man-db systemd   # ctest packaging_files
)
BENCHMARK_PACKAGES=(python3-sklearn python3-pandas python3-joblib python3-numpy time wrk)
if [ "${1:-}" = "--benchmark" ]; then
  PACKAGES+=("${BENCHMARK_PACKAGES[@]}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

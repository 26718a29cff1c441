#!/usr/bin/env bash
# Builds the Debian packages retrainerd and retrainer with dpkg-buildpackage, checks them with lintian (no
# errors allowed), installs them with apt-get, and runs a smoke test of the installed programs.
# Run as root or with sudo (apt-get). The packages land in build-deb/; JOBS=N sets the build's parallelism.
#   bash packaging/deb.sh            build, check, install, smoke test
#   bash packaging/deb.sh --no-build install and smoke-test the packages already in build-deb/
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
version=$(sed -n '1s/^retrainer (\([^)]*\)).*/\1/p' packaging/debian/changelog)
out=$root/build-deb
stage=$out/retrainer-$version
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

if [ "${1:-}" != "--no-build" ]; then
  echo "== Staging the source in $stage (debian/ from packaging/debian)"
  rm -rf "$out"
  mkdir -p "$stage"
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$stage"
  else
    tar --exclude='./build*' --exclude='./.git' -cf - . | tar -xf - -C "$stage"
  fi
  cp -r packaging/debian "$stage/debian"

  echo "== Installing the build tools and the Build-Depends of packaging/debian/control"
  $SUDO apt-get install -y -qq --no-install-recommends dpkg-dev debhelper lintian >/dev/null
  $SUDO apt-get build-dep -y -qq "$stage" >/dev/null

  # debhelper gives the build a HOME of its own: point ccache (when there is one) at the usual cache.
  if command -v ccache >/dev/null; then
    CCACHE_DIR=$(ccache -k cache_dir)
    export CCACHE_DIR CCACHE_BASEDIR=$out
  fi
  echo "== dpkg-buildpackage (binary packages, $out/build.log)"
  (cd "$stage" && dpkg-buildpackage -b -us -uc -j"${JOBS:-2}") >"$out/build.log" 2>&1 \
    || { tail -40 "$out/build.log"; echo "deb: the package build failed (whole log: $out/build.log)"; exit 1; }

  echo "== lintian (errors fail this script; warnings and notes are listed)"
  lintian --fail-on error --info "$out"/retrainer_"${version}"_*.changes
fi

debs=("$out"/retrainerd_"${version}"_*.deb "$out"/retrainer_"${version}"_*.deb)
echo "== The daemon's package depends on no graphical library"
deps=$(dpkg-deb -f "${debs[0]}" Depends)
echo "retrainerd Depends: $deps"
if grep -qiE 'libqt6(widgets|gui|charts|opengl)' <<<"$deps"; then
  echo "deb: retrainerd depends on a graphical library"; exit 1
fi

echo "== apt-get install ${debs[*]##*/}"
$SUDO apt-get install -y -qq --reinstall "${debs[@]}" >/dev/null

echo "== Smoke test of the installed programs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws=$work/workspace
set -x
command -v retrainerd retrainer
retrainerd --version
retrainer --version
retrainerd --workspace "$ws" init --demo
retrainerd --workspace "$ws" train --all
retrainerd --workspace "$ws" status
systemd-analyze verify /usr/lib/systemd/user/retrainer.service
mkdir -m 700 "$work/runtime"
XDG_RUNTIME_DIR=$work/runtime systemd-analyze --user verify /usr/lib/systemd/user/retrainer.service
desktop-file-validate /usr/share/applications/retrainer.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.retrainer.Retrainer.metainfo.xml
test -s /usr/share/icons/hicolor/scalable/apps/retrainer.svg
man -w retrainer retrainerd
test -s /usr/share/bash-completion/completions/retrainerd -a -s /usr/share/bash-completion/completions/retrainer
! ldd /usr/bin/retrainerd | grep -E 'libQt6(Widgets|Gui|Charts|OpenGL)'
# The console starts (offscreen) on the trained workspace and is still running after 5 s.
rc=0; QT_QPA_PLATFORM=offscreen timeout 5 retrainer --workspace "$ws" >"$work/console.log" 2>&1 || rc=$?
test "$rc" -eq 124 || { cat "$work/console.log"; exit 1; }
set +x
echo "deb: packages built, installed and smoke-tested: ${debs[*]##*/}"

#!/usr/bin/env bash
# Checks the files the packages install, from the source tree and a built retrainerd (ctest packaging_files):
# AppStream metainfo, desktop entry, systemd user unit, man pages (clean, and naming every command of
# `retrainerd --help`), the Debian changelog's version against the binary's, and the bash completion.
# Usage: check_packaging.sh SOURCE_DIR RETRAINERD_BINARY
set -uo pipefail
src=$1
bin=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

appstreamcli validate --no-net "$src/packaging/retrainer.metainfo.xml" >"$tmp/as.txt" 2>&1 \
    && pass "metainfo validates" || fail "appstreamcli validate: $(cat "$tmp/as.txt")"

out=$(desktop-file-validate "$src/packaging/retrainer.desktop" 2>&1)
[[ $? -eq 0 && -z $out ]] && pass "desktop entry validates" || fail "desktop-file-validate: $out"

# The unit as installed runs /usr/bin/retrainerd; verify it against the built binary in both managers.
grep -qx 'ExecStart=/usr/bin/retrainerd' "$src/packaging/retrainer.service" || fail "the unit does not run /usr/bin/retrainerd"
mkdir -m 700 "$tmp/runtime"
sed "s#^ExecStart=/usr/bin/retrainerd#ExecStart=$bin#" "$src/packaging/retrainer.service" >"$tmp/retrainer.service"
out=$(XDG_RUNTIME_DIR="$tmp/runtime" systemd-analyze --user verify "$tmp/retrainer.service" 2>&1)
[[ $? -eq 0 && -z $out ]] && pass "user unit verifies" || fail "systemd-analyze --user verify: $out"

for page in retrainer retrainerd; do
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$src/packaging/man/$page.1" 2>&1 >/dev/null)
    [[ -z $out ]] && pass "$page.1 formats without warnings" || fail "$page.1: $out"
done
# Every command `retrainerd --help` lists (an indented first word) must be described in retrainerd.1.
commands=$("$bin" --help | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u)
[[ $(wc -w <<<"$commands") -ge 20 ]] || fail "found only these commands in --help: $commands"
page=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$src/packaging/man/retrainerd.1" 2>/dev/null | col -b)
missing=""
for c in $commands; do
    grep -qE "^ {7}$c( |$)" <<<"$page" || missing+=" $c"
done
[[ -z $missing ]] && pass "retrainerd.1 describes all $(wc -w <<<"$commands") commands" \
    || fail "retrainerd.1 does not describe:$missing"

changelog=$(sed -n '1s/^retrainer (\([^)]*\)).*/\1/p' "$src/packaging/debian/changelog")
binary=$("$bin" --version | awk '{ print $2 }')
[[ ${changelog%%-*} == "$binary" ]] && pass "debian/changelog is at $binary" \
    || fail "debian/changelog says $changelog, retrainerd --version says $binary"

# Bash completion: commands by prefix, and model names read from the workspace given on the line.
"$bin" --workspace "$tmp/ws" init --demo >/dev/null 2>&1 || fail "init --demo for the completion check"
complete_line() {
    PATH="$(dirname "$bin"):$PATH" bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _retrainer "$1" "${!#}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$src/packaging/completion/retrainer.bash" "$@"
}
got=$(complete_line retrainerd tr)
[[ $got == "train trigger " ]] && pass "completes 'tr' to: $got" || fail "completion of 'tr' gave '$got'"
got=$(complete_line retrainerd --workspace "$tmp/ws" train de)
[[ $got == "delivery-delay delivery-quality " ]] && pass "completes model names: $got" \
    || fail "completion of 'train de' gave '$got'"
got=$(complete_line retrainerd model add x --algorithm s)
[[ $got == "svm_rbf " ]] && pass "completes --algorithm: $got" || fail "completion of '--algorithm s' gave '$got'"

[[ $failures -eq 0 ]] && echo "packaging files: all checks passed" || echo "packaging files: $failures check(s) failed"
exit $((failures > 0))

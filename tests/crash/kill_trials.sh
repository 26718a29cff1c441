#!/usr/bin/env bash
# Crash injection: SIGKILL at a random moment of a training (which may end in a promotion) or of an import
# into the sample store, N times (default 200), then checks the contract of the reliability issue:
#   every version's file matches its checksum and the active one loads (predict answers),
#   no run is left in a non-terminal state once Retrainer has started again,
#   no accepted sample is lost (an import that exited 0 is stored whole) and none is stored twice.
# Prints one table. Usage: bash tests/crash/kill_trials.sh [N]   (RETRAINERD=path/to/retrainerd)
set -euo pipefail
cd "$(dirname "$0")/../.."
trials="${1:-200}"
bin="${RETRAINERD:-$PWD/build/app/retrainerd}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
ws="$dir/ws"
r() { "$bin" --workspace "$ws" "$@"; }
python3 - "$dir" <<'PY'
import sys, random
random.seed(7)
def rows(path, n, noise):
    with open(path, "w") as f:
        f.write("x1,x2,x3,y\n")
        for i in range(n):
            a, b, c = random.random(), random.random(), random.random()
            f.write(f"{a:.6f},{b:.6f},{c:.6f},{3*a-2*b+c*c+random.gauss(0,noise):.6f}\n")
rows(sys.argv[1] + "/big.csv", 30000, 0.1)    # a forest on it trains for about a second
rows(sys.argv[1] + "/batch.csv", 50000, 0.1)  # an import of it takes about a second
PY
r init >/dev/null
r model add big --source "csv:$dir/big.csv" --task regression --label y --algorithm random_forest >/dev/null
r train big >/dev/null 2>&1
r model add posted --source store: --task regression --label y --features x1,x2,x3 --algorithm linear >/dev/null
count_samples() {
  python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"select count(*) from samples where model='posted'\").fetchone()[0])" "$ws/retrainer.sqlite"
}
accepted=0 killed=0 unloadable=0 nonterminal=0 lost=0 duplicated=0 trained=0 imported=0
for ((i = 1; i <= trials; i++)); do
  if (( RANDOM % 2 )); then
    kind=train; trained=$((trained + 1)); "$bin" --workspace "$ws" train big --force >/dev/null 2>&1 &
  else
    kind=import; imported=$((imported + 1)); "$bin" --workspace "$ws" import posted "$dir/batch.csv" >/dev/null 2>&1 &
  fi
  pid=$!
  sleep "$(( RANDOM % 2 )).$(( RANDOM % 10 ))$(( RANDOM % 10 ))"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  code=0; wait "$pid" 2>/dev/null || code=$?
  if [ "$kind" = import ] && [ "$code" -eq 0 ]; then accepted=$((accepted + 50000)); fi
  # Starting again marks the killed run interrupted; then nothing may be left unfinished.
  r status >/dev/null 2>&1 || true
  states=$(r history big --json --limit 1000 | python3 -c "import json,sys; print(' '.join(x['state'] for x in json.load(sys.stdin)))")
  for s in $states; do case "$s" in queued|loading|training|evaluating) nonterminal=$((nonterminal + 1));; esac; done
  bad=$(r versions big --json | python3 -c "import json,sys; print(sum(1 for v in json.load(sys.stdin) if not v.get('checksum_ok')))")
  unloadable=$((unloadable + bad))
  echo '[{"x1": 0.5, "x2": 0.25, "x3": 0.1}]' > "$dir/row.json"
  r predict big --input "$dir/row.json" >/dev/null 2>&1 || unloadable=$((unloadable + 1))
  stored=$(count_samples)
  (( stored < accepted )) && lost=$((accepted - stored))
  (( stored % 50000 != 0 )) && duplicated=$((duplicated + 1))  # a half-stored import
  accepted=$(( stored > accepted ? stored : accepted ))        # an import killed after its commit counts too
done
printf '%-10s %-8s %-8s %-8s %-12s %-13s %-6s %s\n' trials killed trains imports unloadable non-terminal lost partial
printf '%-10s %-8s %-8s %-8s %-12s %-13s %-6s %s\n' "$trials" "$killed" "$trained" "$imported" "$unloadable" "$nonterminal" "$lost" "$duplicated"
[ "$unloadable" -eq 0 ] && [ "$nonterminal" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$duplicated" -eq 0 ]

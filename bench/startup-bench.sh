#!/usr/bin/env bash
# Start-up benchmark of the snapfolio command line (docs/PERFORMANCE.md, "Start-up").
#
# Times, with hyperfine (median of --runs runs each, after --warmup runs), short commands against
# the embedded server, which the first run starts and later runs reuse:
#   --version, --help, account list, snapshots -a <account>, movement add (one deposit)
# each twice: on the baseline build and on this one. The baseline is launched as its own tree
# launches it: with that tree's bin/snapfolio when DIR is <tree>/bootstrap/target of a source tree
# (same JVM options and its own CDS archive: compares builds), else `java -jar snapfolio.jar`
# (JVM defaults: what bin/snapfolio did before it had options).
#
# Usage: bench/startup-bench.sh [--runs N] [--account ID] [--baseline DIR] [--export FILE.json]
#   prints each command's median (hyperfine's JSON has every run) after hyperfine's own summary
#   --baseline DIR  a distribution directory (snapfolio.jar + lib/) to time as the baseline, e.g.
#                   bootstrap/target of an older commit built elsewhere:
#                     git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && mvn -B -q -o \
#                       -pl bootstrap -am package -DskipTests)   # then --baseline /tmp/base/bootstrap/target
#                   default: this distribution.
# Uses SNAPFOLIO_HOME (default ~/.snapfolio); set it to a scratch home. Needs a built distribution
# (mvn -B -q -DskipTests package) and an account with snapshots (e.g. bin/snapfolio demo --years 3).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=10
ACCOUNT=1
BASELINE="$ROOT/bootstrap/target"
EXPORT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --account) ACCOUNT="$2"; shift 2 ;;
    --baseline) BASELINE="$(cd "$2" && pwd)"; shift 2 ;;
    --export) EXPORT="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

SNAP="$ROOT/bin/snapfolio"
if [ -x "$BASELINE/../../bin/snapfolio" ]; then
  BASE="$(cd "$BASELINE/../.." && pwd)/bin/snapfolio"
  "$BASE" account list >/dev/null # its CDS archive, made by its first database command
else
  BASE="java -jar $BASELINE/snapfolio.jar"
fi
echo "baseline: $BASE" >&2
# the archive is made by the first database command after a build; make sure it exists
"$SNAP" account list >/dev/null
"$SNAP" account create --name startup-bench >/dev/null 2>&1 || true
DEPOSIT="movement add -a startup-bench --kind DEPOSIT --date 2026-01-02 --amount 1"

args=(--runs "$RUNS" --warmup 1 --style basic --ignore-failure)
[ -n "$EXPORT" ] || EXPORT="$(mktemp --suffix=.json)"
args+=(--export-json "$EXPORT")
hyperfine "${args[@]}" \
  -n "baseline --version" "$BASE --version" \
  -n "now --version" "$SNAP --version" \
  -n "baseline --help" "$BASE --help" \
  -n "now --help" "$SNAP --help" \
  -n "baseline account list" "$BASE account list" \
  -n "now account list" "$SNAP account list" \
  -n "baseline snapshots -a $ACCOUNT" "$BASE snapshots -a $ACCOUNT" \
  -n "now snapshots -a $ACCOUNT" "$SNAP snapshots -a $ACCOUNT" \
  -n "baseline movement add" "$BASE $DEPOSIT" \
  -n "now movement add" "$SNAP $DEPOSIT"

echo
echo "median wall time (s), user CPU mean (s) — $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$EXPORT" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:<32} median {r["median"]:6.3f}   user {r["user"]:6.3f}   runs {len(r["times"])}')
PY


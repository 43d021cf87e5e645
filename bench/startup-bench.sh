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
# Usage: bench/startup-bench.sh [--runs N] [--account ID] [--baseline DIR] [--export FILE.json] [--interleaved]
#   prints each command's median (hyperfine's JSON has every run) after hyperfine's own summary
#   --interleaved   instead of hyperfine (all runs of one command, then the next), alternate the
#                   baseline and this build run by run: on a machine whose load drifts, the pair
#                   then meets the same load; prints median wall time and median CPU (user+system)
#   --baseline DIR  a distribution directory (snapfolio.jar + lib/) to time as the baseline, e.g.
#                   bootstrap/target of an older commit built elsewhere:
#                     git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && mvn -B -q -o \
#                       -pl bootstrap -am package -DskipTests)   # then --baseline /tmp/base/bootstrap/target
#                   default: this distribution.
# Uses SNAPFOLIO_HOME (default ~/.snapfolio; BASELINE_HOME for the baseline if set); set it to a scratch home. Needs a built distribution
# (mvn -B -q -DskipTests package) and an account with snapshots (e.g. bin/snapfolio demo --years 3).
set -euo pipefail
# the class-data archive learns a command on its first run after a build, in the background unless
# asked to wait: waiting keeps that work out of the runs that are timed
export SNAPFOLIO_CDS=wait
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=10
ACCOUNT=1
BASELINE="$ROOT/bootstrap/target"
EXPORT=""
INTERLEAVED=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --account) ACCOUNT="$2"; shift 2 ;;
    --baseline) BASELINE="$(cd "$2" && pwd)"; shift 2 ;;
    --export) EXPORT="$2"; shift 2 ;;
    --interleaved) INTERLEAVED=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ "$INTERLEAVED" = 1 ] || command -v hyperfine >/dev/null \
  || { echo "hyperfine is needed (apt-get install hyperfine), or use --interleaved" >&2; exit 2; }

SNAP="$ROOT/bin/snapfolio"
# BASELINE_HOME: the baseline's own SNAPFOLIO_HOME, for a baseline whose schema is older than this
# build's (a build refuses a database migrated past what it knows); holds the same demo history
PREFIX=""
[ -z "${BASELINE_HOME:-}" ] || PREFIX="env SNAPFOLIO_HOME=$BASELINE_HOME "
if [ -x "$BASELINE/../../bin/snapfolio" ]; then
  BASE="$PREFIX$(cd "$BASELINE/../.." && pwd)/bin/snapfolio"
  $BASE account list >/dev/null # its CDS archive, made by its first database command
else
  BASE="${PREFIX}java -jar $BASELINE/snapfolio.jar"
fi
[ -z "$PREFIX" ] || $BASE account create --name startup-bench >/dev/null 2>&1 || true
echo "baseline: $BASE" >&2
# the archive is made by the first database command after a build; make sure it exists
"$SNAP" account list >/dev/null
"$SNAP" account create --name startup-bench >/dev/null 2>&1 || true
DEPOSIT="movement add -a startup-bench --kind DEPOSIT --date 2026-01-02 --amount 1"

if [ "$INTERLEAVED" = 1 ]; then
  echo "interleaved, $RUNS runs of each after one warm-up — $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
  python3 - "$RUNS" "$BASE" "$SNAP" "--version" "--help" "account list" "snapshots -a $ACCOUNT" "$DEPOSIT" <<'PY'
import os, resource, shlex, statistics, subprocess, sys, time
runs, base, now, lines = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
for line in lines:
    timed(base + " " + line); timed(now + " " + line)
    got = {"baseline": [], "now": []}
    for _ in range(runs):
        got["baseline"].append(timed(base + " " + line))
        got["now"].append(timed(now + " " + line))
    b, n = (statistics.median(w for w, _ in got[k]) for k in ("baseline", "now"))
    bc, nc = (statistics.median(c for _, c in got[k]) for k in ("baseline", "now"))
    print(f"{line[:32]:<32} wall {b:6.3f} -> {n:6.3f} s ({b / n:4.2f}x)   cpu {bc:6.3f} -> {nc:6.3f} s")
PY
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
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


#!/usr/bin/env bash
# Bulk rebuild against refresh with one worker, on N generated accounts x Y years, on one database
# (docs/PERFORMANCE.md, "Bulk rebuild against refresh"). Needs the built jar (mvn -B -q -DskipTests
# package) and a MariaDB server; the database named by DB is dropped and created again, unless
# KEEP=1 reuses the accounts already generated on it.
#   N=2000 Y=2 DB=snap_rebuild bench/scripts/rebuild-vs-refresh.sh
# Steps: A rebuild writing every row, B refresh (one worker) writing every row, C refresh and
# D rebuild with nothing to write, E a rebuild killed half-way and run again (it resumes), F a rebuild
# after a change touching every tenth account (one stored figure off on each of their rows).
# STEPS picks the steps to run (default ABCDEF); the ratios B/A and C/D are printed when both ran.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N=${N:-2000}
Y=${Y:-2}
DB=${DB:-snap_rebuild}
HOST=${HOST:-127.0.0.1}
KEEP=${KEEP:-0}
STEPS=${STEPS:-ABCDEF}
step() { [[ "$STEPS" == *"$1"* ]]; }
declare -A WALL
export SNAPFOLIO_DB_URL="jdbc:mariadb://$HOST:3306/$DB" SNAPFOLIO_DB_USER=root SNAPFOLIO_DB_PASSWORD=
# the launcher's class-data archive learns a command on its first run after a build: before the
# command exits, so that work is not timed with the next step
export SNAPFOLIO_CDS=wait
export SNAPFOLIO_TODAY=${SNAPFOLIO_TODAY:-2026-12-07}
export SNAPFOLIO_HOME=${SNAPFOLIO_HOME:-$ROOT/.home}
SQL="mysql -h $HOST -u root -N -B $DB"
# SNAPFOLIO_CMD: another command line to measure (e.g. "java -jar /copy/of/snapfolio.jar")
snap() { ${SNAPFOLIO_CMD:-$ROOT/bin/snapfolio} "$@"; }
now() { date +%s%N; }
ms_since() { echo $(( ($(now) - $1) / 1000000 )); }
load() { uptime | sed 's/.*load average: //'; }

digest() {
  { $SQL -e "SELECT * FROM financial_snapshot ORDER BY account_id, snapshot_date, currency"
    $SQL -e "SELECT * FROM ticker_snapshot ORDER BY account_id, snapshot_date, ticker, currency"
    $SQL -e "SELECT * FROM account_state ORDER BY account_id, state_date"; } | sha256sum | cut -c1-16
}
rows() { $SQL -e "SELECT (SELECT COUNT(*) FROM financial_snapshot) + (SELECT COUNT(*) FROM ticker_snapshot) + (SELECT COUNT(*) FROM account_state)"; }
# What a price re-import (or any change) leaves: every account dirty from its first movement.
mark_all_dirty() {
  $SQL -e "INSERT INTO dirty_mark (account_id, dirty_from, counter) SELECT account_id, MIN(business_date), 1 FROM movement GROUP BY account_id ON DUPLICATE KEY UPDATE dirty_from = VALUES(dirty_from), counter = counter + 1"
}
clear_rows() { $SQL -e "DELETE FROM ticker_snapshot; DELETE FROM financial_snapshot; DELETE FROM account_state"; }
last_run() { $SQL -e "SELECT COALESCE(MAX(id), 0) FROM run_log"; }
# runs logged since run id $1, and the statements they counted
runs_since() { $SQL -e "SELECT CONCAT(COUNT(*), ' runs, ', COALESCE(SUM(queries), 0), ' statements in runs') FROM run_log WHERE id > $1"; }
# a rebuild's csv summary (accounts,rows_written,failures,statements,elapsed_ms) with its rates
rebuild_summary() {
  tail -1 | awk -F, '{ printf "accounts %s, rows written %s, failures %s, statements %s (%.2f per account), in the command %s ms", $1, $2, $3, $4, ($1 > 0 ? $4 / $1 : 0), $5;
    if ($5 > 0) printf ", %.0f rows/s", $2 * 1000 / $5; printf "\n" }'
}

if [ "$KEEP" != 1 ]; then
  mysql -h "$HOST" -u root -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  echo "== generate (load: $(load))"
  t=$(now); snap sample-accounts --accounts "$N" --years "$Y" --no-process --format csv | tail -1
  echo "generate: $(ms_since "$t") ms"
fi
echo "movements: $($SQL -e "SELECT COUNT(*) FROM movement"), accounts: $($SQL -e "SELECT COUNT(*) FROM account")"

if step A; then
echo "== A. rebuild --all on empty snapshot tables (every row written)   [$(date -u +%H:%M:%S), load $(load)]"
clear_rows; mark_all_dirty
t=$(now); snap rebuild --all --restart --format csv | rebuild_summary; WALL[A]=$(ms_since "$t"); echo "wall: ${WALL[A]} ms   [load $(load)]"
echo "rows stored: $(rows)  digest: $(digest)"
fi

if step B; then
echo "== B. refresh (one worker) of every account on empty snapshot tables (every row written)   [$(date -u +%H:%M:%S), load $(load)]"
clear_rows; mark_all_dirty; r=$(last_run)
t=$(now); snap refresh > /dev/null; WALL[B]=$(ms_since "$t"); echo "wall: ${WALL[B]} ms   [load $(load)]"
echo "$(runs_since "$r"); rows stored: $(rows)  digest: $(digest)"
fi

if step C; then
echo "== C. refresh (one worker) of every account marked dirty, rows already right (nothing to write)   [$(date -u +%H:%M:%S), load $(load)]"
mark_all_dirty; r=$(last_run)
t=$(now); snap refresh > /dev/null; WALL[C]=$(ms_since "$t"); echo "wall: ${WALL[C]} ms   [load $(load)]"
echo "$(runs_since "$r"); digest: $(digest)"
fi

if step D; then
echo "== D. rebuild --all, every account marked dirty, rows already right (nothing to write)   [$(date -u +%H:%M:%S), load $(load)]"
mark_all_dirty
t=$(now); snap rebuild --all --restart --format csv | rebuild_summary; WALL[D]=$(ms_since "$t"); echo "wall: ${WALL[D]} ms   [load $(load)]"
echo "digest: $(digest)"
fi

if step E; then
echo "== E. rebuild --all on empty tables killed (SIGKILL) half-way, then run again   [$(date -u +%H:%M:%S), load $(load)]"
clear_rows; mark_all_dirty
t=$(now)
${SNAPFOLIO_CMD:-$ROOT/bin/snapfolio} rebuild --all --restart --format csv > /dev/null 2>&1 &
child=$!
while [ "$($SQL -e "SELECT COUNT(DISTINCT account_id) FROM account_state")" -lt $(( N / 2 )) ] && kill -0 "$child" 2>/dev/null; do
  sleep 0.5
done
# bin/snapfolio may run java as its child rather than exec it: end both
kill -9 $(pgrep -P "$child" || true) "$child" 2>/dev/null || true; wait "$child" 2>/dev/null || true
echo "killed after $(ms_since "$t") ms with $($SQL -e "SELECT COUNT(DISTINCT account_id) FROM account_state") accounts holding rows"
t=$(now); snap rebuild --all --format csv 2> >(grep -i resuming >&2) | rebuild_summary; echo "resume wall: $(ms_since "$t") ms   [load $(load)]"
echo "rows stored: $(rows)  digest: $(digest)"
t=$(now); snap rebuild --all --format csv | rebuild_summary; echo "a second run (starts over, nothing to write) wall: $(ms_since "$t") ms"
fi

if step F; then
echo "== F. rebuild --all after a change touching every tenth account (rows of the others already right)   [$(date -u +%H:%M:%S), load $(load)]"
before=$(digest)
$SQL -e "UPDATE financial_snapshot SET fees = fees + 1 WHERE account_id % 10 = 0; UPDATE ticker_snapshot SET fees = fees + 1 WHERE account_id % 10 = 0"
mark_all_dirty
echo "touched: $($SQL -e "SELECT COUNT(DISTINCT account_id) FROM financial_snapshot WHERE account_id % 10 = 0") accounts"
t=$(now); snap rebuild --all --restart --format csv | rebuild_summary; WALL[F]=$(ms_since "$t"); echo "wall: ${WALL[F]} ms   [load $(load)]"
echo "digest: $(digest) (before the change: $before)"
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
if [ -n "${WALL[A]:-}" ] && [ -n "${WALL[B]:-}" ]; then echo "B/A (refresh / rebuild, every row written): $(ratio "${WALL[B]}" "${WALL[A]}")x"; fi
if [ -n "${WALL[C]:-}" ] && [ -n "${WALL[D]:-}" ]; then echo "C/D (refresh / rebuild, nothing to write): $(ratio "${WALL[C]}" "${WALL[D]}")x"; fi

#!/usr/bin/env bash
# Refresh workers on one database: N accounts x Y years, all dirty, processed by 1, 2 and 4 workers
# as threads of one process (refresh --workers W) and as separate processes (W x refresh).
# Every configuration starts from the same state: the accounts' snapshot rows and states deleted
# and each account marked dirty from its first movement date (a full recompute of every account).
# Prints per configuration: wall time, REFRESH runs logged (should be N), runs per status, accounts
# still dirty (should be 0), leases left (should be 0); with VERIFY=1 also `verify` of every account.
#
# Usage (external MariaDB; the database is dropped and created):
#   mvn -B -o -q -pl bootstrap -am package -DskipTests
#   ACCOUNTS=200 YEARS=2 DB=snap_workers bench/scripts/refresh-workers.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ACCOUNTS=${ACCOUNTS:-200}
YEARS=${YEARS:-2}
DB=${DB:-snap_workers}
CONFIGS=${CONFIGS:-"threads:1 threads:2 threads:4 processes:2 processes:4"}
export SNAPFOLIO_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SNAPFOLIO_DB_USER=root SNAPFOLIO_DB_PASSWORD=
export SNAPFOLIO_TODAY=2026-01-01 SNAPFOLIO_HOME="$ROOT/.home"
SQL="mariadb -h127.0.0.1 -uroot -N -B"
JAVA=(java -jar "$ROOT/bootstrap/target/snapfolio.jar")

$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
"${JAVA[@]}" demo --years "$YEARS" --last 0 >/dev/null
TEMPLATE=$($SQL $DB -e "SELECT MAX(id) FROM account")
COLS=$($SQL $DB -e "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = '$DB' AND table_name = 'movement' AND column_name NOT IN ('id', 'account_id')")
for i in $(seq 2 "$ACCOUNTS"); do
  echo "INSERT INTO account (name, broker, currency) VALUES ('copy-$i', 'Copy Broker', 'USD');
        INSERT INTO movement (account_id, $COLS) SELECT LAST_INSERT_ID(), $COLS FROM movement WHERE account_id = $TEMPLATE ORDER BY id;"
done | $SQL $DB
echo "accounts: $($SQL $DB -e 'SELECT COUNT(*) FROM account'), movements: $($SQL $DB -e 'SELECT COUNT(*) FROM movement')"

reset() {
  $SQL $DB -e "DELETE FROM ticker_snapshot; DELETE FROM financial_snapshot; DELETE FROM account_state; DELETE FROM run_log;
    INSERT INTO dirty_mark (account_id, dirty_from, counter) SELECT account_id, MIN(business_date), 1 FROM movement GROUP BY account_id
    ON DUPLICATE KEY UPDATE dirty_from = VALUES(dirty_from), counter = counter + 1, claimed_by = NULL, claimed_until = NULL"
}

for config in $CONFIGS; do
  kind=${config%%:*}; workers=${config##*:}
  reset
  start=$(date +%s.%N)
  if [ "$kind" = threads ]; then
    "${JAVA[@]}" refresh --workers "$workers" >/dev/null
  else
    pids=()
    for w in $(seq 1 "$workers"); do "${JAVA[@]}" refresh >/dev/null & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p"; done
  fi
  end=$(date +%s.%N)
  runs=$($SQL $DB -e "SELECT COUNT(*) FROM run_log WHERE run_trigger = 'REFRESH'")
  distinct=$($SQL $DB -e "SELECT COUNT(DISTINCT account_id) FROM run_log WHERE run_trigger = 'REFRESH'")
  statuses=$($SQL $DB -e "SELECT GROUP_CONCAT(CONCAT(status, '=', n)) FROM (SELECT status, COUNT(*) n FROM run_log
    WHERE run_trigger = 'REFRESH' GROUP BY status) s")
  dirty=$($SQL $DB -e "SELECT COUNT(*) FROM dirty_mark WHERE dirty_from IS NOT NULL")
  leased=$($SQL $DB -e "SELECT COUNT(*) FROM dirty_mark WHERE claimed_by IS NOT NULL")
  verify=""
  if [ "${VERIFY:-0}" = 1 ]; then
    "${JAVA[@]}" verify >/dev/null && verify=" verify=ok" || verify=" verify=FAILED($?)"
  fi
  printf "%-9s %d worker(s): %7.1f s  runs=%s accounts=%s [%s] dirty=%s leased=%s%s\n" "$kind" "$workers" \
    "$(echo "$end - $start" | bc)" "$runs" "$distinct" "$statuses" "$dirty" "$leased" "$verify"
done

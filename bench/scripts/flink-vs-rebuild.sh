#!/usr/bin/env bash
# The Flink rebuild (parallelism 1 and 2, local MiniCluster; optionally the same job submitted to a
# standalone Flink cluster) against the in-process `rebuild --all`, on N generated accounts x Y years
# on one MariaDB database (docs/PERFORMANCE.md, "Flink rebuild against the in-process rebuild").
# Every run starts from empty snapshot tables, so each writes every row; the digest of all snapshot
# and state rows must be the same after each. Needs the built jars (mvn -B -q -DskipTests package)
# and a MariaDB server; the database named by DB is dropped and created again.
#   N=200 Y=1 RANGE=25 DB=snap_flink bench/scripts/flink-vs-rebuild.sh
# GENERATE=no reuses the accounts already in DB. RUNS picks the runs, in order, from in-process,
# in-process-c2, flink-1, flink-2, cluster-2 and again (default: "in-process flink-1 flink-2 again"). cluster-2
# submits the shaded jar (mvn -B -q -DskipTests -Pflink-cluster package) to the standalone cluster
# started by `bench/scripts/flink-cluster.sh start`, with parallelism 2. again: flink-2 once more
# with every row already right (nothing to write).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N=${N:-200}
Y=${Y:-1}
DB=${DB:-snap_flink}
# accounts per range of the Flink runs: small enough that both tasks get ranges
RANGE=${RANGE:-25}
HOST=${HOST:-127.0.0.1}
RUNS=${RUNS:-in-process flink-1 flink-2 again}
export SNAPFOLIO_DB_URL="jdbc:mariadb://$HOST:3306/$DB" SNAPFOLIO_DB_USER=root SNAPFOLIO_DB_PASSWORD=
export SNAPFOLIO_TODAY=${SNAPFOLIO_TODAY:-2026-12-07}
export SNAPFOLIO_HOME=${SNAPFOLIO_HOME:-$ROOT/.home}
SQL="mysql -h $HOST -u root -N -B $DB"
snap() { "$ROOT/bin/snapfolio" "$@"; }
now() { date +%s%N; }
ms_since() { echo $(( ($(now) - $1) / 1000000 )); }
when() { echo "$(date -u '+%F %T') UTC, load average $(uptime | sed 's/.*load average: //')"; }

digest() {
  { $SQL -e "SELECT * FROM financial_snapshot ORDER BY account_id, snapshot_date, currency"
    $SQL -e "SELECT * FROM ticker_snapshot ORDER BY account_id, snapshot_date, ticker, currency"
    $SQL -e "SELECT * FROM account_state ORDER BY account_id, state_date"; } | sha256sum | cut -c1-16
}
rows() { $SQL -e "SELECT (SELECT COUNT(*) FROM financial_snapshot) + (SELECT COUNT(*) FROM ticker_snapshot) + (SELECT COUNT(*) FROM account_state)"; }
clear_rows() { $SQL -e "DELETE FROM ticker_snapshot; DELETE FROM financial_snapshot; DELETE FROM account_state"; }

echo "== start: $(when)"
if [ "${GENERATE:-yes}" != no ]; then
  mysql -h "$HOST" -u root -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  t=$(now); snap sample-accounts --accounts "$N" --years "$Y" --no-process --format csv | tail -1
  echo "generate: $(ms_since "$t") ms"
fi
echo "accounts: $($SQL -e "SELECT COUNT(*) FROM account"); movements: $($SQL -e "SELECT COUNT(*) FROM movement")"

for run in $RUNS; do
  if [ "$run" != again ]; then clear_rows; fi
  t=$(now)
  case "$run" in
    in-process) snap rebuild --all --format csv | tail -1 ;;
    # bin/snapfolio runs commands with the C1 compiler only (tuned for start-up); this one with C2 too,
    # as the Flink launcher runs
    in-process-c2) SNAPFOLIO_JAVA_OPTS=-XX:TieredStopAtLevel=4 snap rebuild --all --format csv | tail -1 ;;
    flink-1) snap rebuild --engine flink --parallelism 1 --range-size "$RANGE" --format csv | tail -1 ;;
    flink-2|again) snap rebuild --engine flink --parallelism 2 --range-size "$RANGE" --format csv | tail -1 ;;
    cluster-2) "$ROOT/bench/scripts/flink-cluster.sh" submit -p 2 rebuild --engine flink --parallelism 2 \
                 --range-size "$RANGE" --db-url "$SNAPFOLIO_DB_URL" --db-user root --format csv | tail -1 ;;
    *) echo "unknown run '$run'" >&2; exit 2 ;;
  esac
  echo "== $run: wall $(ms_since "$t") ms; rows stored $(rows); digest $(digest); $(when)"
done

#!/usr/bin/env bash
# The Flink rebuild (parallelism 1 and 2, local MiniCluster) against the in-process `rebuild --all`,
# on N generated accounts x Y years on one MariaDB database (docs/PERFORMANCE.md, "Flink rebuild
# against the in-process rebuild"). Every run starts from empty snapshot tables, so each writes every
# row; the digest of all snapshot and state rows must be the same after each. Needs the built jars
# (mvn -B -q -DskipTests package) and a MariaDB server; the database named by DB is dropped and
# created again.
#   N=200 Y=1 RANGE=25 DB=snap_flink bench/scripts/flink-vs-rebuild.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N=${N:-200}
Y=${Y:-1}
DB=${DB:-snap_flink}
# accounts per range of the Flink runs: small enough that both tasks get ranges
RANGE=${RANGE:-25}
HOST=${HOST:-127.0.0.1}
export SNAPFOLIO_DB_URL="jdbc:mariadb://$HOST:3306/$DB" SNAPFOLIO_DB_USER=root SNAPFOLIO_DB_PASSWORD=
export SNAPFOLIO_TODAY=${SNAPFOLIO_TODAY:-2026-12-07}
export SNAPFOLIO_HOME=${SNAPFOLIO_HOME:-$ROOT/.home}
SQL="mysql -h $HOST -u root -N -B $DB"
snap() { "$ROOT/bin/snapfolio" "$@"; }
now() { date +%s%N; }
ms_since() { echo $(( ($(now) - $1) / 1000000 )); }

digest() {
  { $SQL -e "SELECT * FROM financial_snapshot ORDER BY account_id, snapshot_date, currency"
    $SQL -e "SELECT * FROM ticker_snapshot ORDER BY account_id, snapshot_date, ticker, currency"
    $SQL -e "SELECT * FROM account_state ORDER BY account_id, state_date"; } | sha256sum | cut -c1-16
}
rows() { $SQL -e "SELECT (SELECT COUNT(*) FROM financial_snapshot) + (SELECT COUNT(*) FROM ticker_snapshot) + (SELECT COUNT(*) FROM account_state)"; }
clear_rows() { $SQL -e "DELETE FROM ticker_snapshot; DELETE FROM financial_snapshot; DELETE FROM account_state"; }

mysql -h "$HOST" -u root -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
t=$(now); snap sample-accounts --accounts "$N" --years "$Y" --no-process --format csv | tail -1
echo "generate: $(ms_since "$t") ms; movements: $($SQL -e "SELECT COUNT(*) FROM movement")"

for run in in-process flink-1 flink-2; do
  clear_rows
  t=$(now)
  case "$run" in
    in-process) snap rebuild --all --format csv | tail -1 ;;
    flink-1) snap rebuild --engine flink --parallelism 1 --range-size "$RANGE" --format csv | tail -1 ;;
    flink-2) snap rebuild --engine flink --parallelism 2 --range-size "$RANGE" --format csv | tail -1 ;;
  esac
  echo "== $run: wall $(ms_since "$t") ms; rows stored $(rows); digest $(digest)"
done
echo "== flink-2 again (nothing to write)"
t=$(now); snap rebuild --engine flink --parallelism 2 --range-size "$RANGE" --format csv | tail -1; echo "wall: $(ms_since "$t") ms; digest $(digest)"

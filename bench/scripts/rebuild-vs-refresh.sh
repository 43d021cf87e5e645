#!/usr/bin/env bash
# Bulk rebuild against refresh with one worker, on N generated accounts x Y years, on one database
# (docs/PERFORMANCE.md, "Bulk rebuild against refresh"). Needs the built jar (mvn -B -q -DskipTests
# package) and a MariaDB server; the database named by DB is dropped and created again.
#   N=2000 Y=2 DB=snap_rebuild bench/scripts/rebuild-vs-refresh.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N=${N:-2000}
Y=${Y:-2}
DB=${DB:-snap_rebuild}
HOST=${HOST:-127.0.0.1}
export SNAPFOLIO_DB_URL="jdbc:mariadb://$HOST:3306/$DB" SNAPFOLIO_DB_USER=root SNAPFOLIO_DB_PASSWORD=
export SNAPFOLIO_TODAY=${SNAPFOLIO_TODAY:-2026-12-07}
export SNAPFOLIO_HOME=${SNAPFOLIO_HOME:-$ROOT/.home}
SQL="mysql -h $HOST -u root -N -B $DB"
# SNAPFOLIO_CMD: another command line to measure (e.g. "java -jar /copy/of/snapfolio.jar")
snap() { ${SNAPFOLIO_CMD:-$ROOT/bin/snapfolio} "$@"; }
now() { date +%s%N; }
ms_since() { echo $(( ($(now) - $1) / 1000000 )); }

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

mysql -h "$HOST" -u root -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
t=$(now); snap sample-accounts --accounts "$N" --years "$Y" --no-process --format csv | tail -1
echo "generate: $(ms_since "$t") ms"
movements=$($SQL -e "SELECT COUNT(*) FROM movement")
echo "movements: $movements"

echo "== A. rebuild --all on empty snapshot tables (every row written)"
t=$(now); snap rebuild --all --format csv | tail -1; echo "wall: $(ms_since "$t") ms"
echo "rows stored: $(rows)  digest: $(digest)"

echo "== B. refresh (one worker) of every account on empty snapshot tables (every row written)"
clear_rows; mark_all_dirty
t=$(now); snap refresh > /dev/null; echo "wall: $(ms_since "$t") ms"
echo "rows stored: $(rows)  digest: $(digest)"

echo "== C. refresh (one worker) of every account marked dirty, rows already right (nothing to write)"
mark_all_dirty
t=$(now); snap refresh > /dev/null; echo "wall: $(ms_since "$t") ms"
echo "digest: $(digest)"

echo "== D. rebuild --all, rows already right (nothing to write)"
mark_all_dirty
t=$(now); snap rebuild --all --format csv | tail -1; echo "wall: $(ms_since "$t") ms"
echo "digest: $(digest)"

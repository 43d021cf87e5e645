package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's batch write against a plain JDBC batched insert of the same rows on the same pool
 * (DESIGN §8: at least 80 %, measured by the bench). Four rounds after three warm-up rounds, the
 * order alternating, totals compared and logged: 73–86 % on a lightly loaded machine. Single rounds
 * swing 3× on a machine shared with builds, so the bound here is 50 %: it catches lost batching,
 * a plugin proxy per statement, type handlers resolved per parameter or NULLs bound as
 * Types.OTHER (which stops Connector/J's multi-row rewrite): this test measured 20 %, 50 % and
 * 50 % before each of those was fixed.
 */
class BatchWriteThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriteThroughputTest.class);
    private static final int ROWS = 10_000;
    private static final String INSERT = "INSERT INTO ticker_snapshot (account_id, snapshot_date, ticker, currency, shares,"
            + " cost_basis, invested, realized, dividends, dividend_taxes, options_premium, commissions, fees,"
            + " total_income, capital_deployed, performance, market_price, market_value, unrealized_gains, open_trades)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final TestDatabase db = TestDatabase.embedded();

    @Test
    void batchWritesKeepUpWithPlainJdbcBatching() throws SQLException {
        db.clean();
        long account = db.get(AccountRepository.class).create(new Account(0, "Throughput", null, Currency.USD)).id();
        List<TickerSnapshot> rows = rows(account);
        long adapterTotal = 0;
        long jdbcTotal = 0;
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            // alternate which path goes first, so neither always meets a just-flushed server
            long adapter;
            long jdbc;
            if (round % 2 == 0) {
                adapter = timeAdapter(rows);
                jdbc = timeJdbc(rows);
            } else {
                jdbc = timeJdbc(rows);
                adapter = timeAdapter(rows);
            }
            rounds.add(adapter / 1_000_000 + "/" + jdbc / 1_000_000);
            if (round > 2) { // rounds 0 to 2 warm both paths up (JIT)
                adapterTotal += adapter;
                jdbcTotal += jdbc;
            }
        }
        double ratio = (double) jdbcTotal / adapterTotal;
        LOG.info("batch write of {} ticker rows, rounds 4-7: adapter {} ms, plain JDBC {} ms, adapter throughput = {} %"
                + " of JDBC; adapter/JDBC ms per round: {}", ROWS, adapterTotal / 1_000_000, jdbcTotal / 1_000_000,
                Math.round(ratio * 100), rounds);
        assertThat(ratio).isGreaterThan(0.5);
    }

    private long timeAdapter(List<TickerSnapshot> rows) throws SQLException {
        deleteRows();
        long t0 = System.nanoTime();
        db.get(UnitOfWork.class).run(() -> db.get(SnapshotStore.class).write(new SnapshotChanges(List.of(), List.of(),
                List.of(), rows, List.of(), List.of(), List.of(), List.of())));
        long elapsed = System.nanoTime() - t0;
        assertThat(db.count("ticker_snapshot")).isEqualTo(ROWS);
        return elapsed;
    }

    private long timeJdbc(List<TickerSnapshot> rows) throws SQLException {
        deleteRows();
        long t0 = System.nanoTime();
        plainJdbc(rows);
        long elapsed = System.nanoTime() - t0;
        assertThat(db.count("ticker_snapshot")).isEqualTo(ROWS);
        return elapsed;
    }

    private void plainJdbc(List<TickerSnapshot> rows) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (TickerSnapshot t : rows) {
                    int i = 1;
                    ps.setLong(i++, t.accountId());
                    ps.setObject(i++, t.date());
                    ps.setString(i++, t.ticker().symbol());
                    ps.setString(i++, t.currency().code());
                    for (BigDecimal d : Arrays.asList(t.shares(), t.costBasis(), t.invested(), t.realized(), t.dividends(),
                            t.dividendTaxes(), t.optionsPremium(), t.commissions(), t.fees(), t.totalIncome(),
                            t.capitalDeployed(), t.performance(), t.marketPrice(), t.marketValue(), t.unrealizedGains())) {
                        ps.setBigDecimal(i++, d);
                    }
                    ps.setBoolean(i, t.openTrades());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private void deleteRows() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM ticker_snapshot");
        }
    }

    private static List<TickerSnapshot> rows(long account) {
        List<TickerSnapshot> rows = new ArrayList<>(ROWS);
        LocalDate start = LocalDate.of(2016, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            BigDecimal m = Decimals.money(BigDecimal.valueOf(i, 2));
            rows.add(new TickerSnapshot(account, start.plusDays(i / 20), Ticker.of("T" + (i % 20)), Currency.USD,
                    Decimals.quantity(BigDecimal.valueOf(i)), Decimals.price("101.5"), m, m, m, m, m, m, m, m, m,
                    Decimals.percent(BigDecimal.ONE), i % 3 == 0 ? null : Decimals.price("102"), m, m, i % 2 == 0));
        }
        return rows;
    }
}

package dev.snapfolio.bootstrap.reliability;

import static dev.snapfolio.application.testing.M.deposit;
import static dev.snapfolio.application.testing.M.put;
import static dev.snapfolio.application.testing.M.sellToOpen;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refresh with nothing dirty costs the same statements whatever the number of accounts (counted
 * at the JDBC driver, on the real database): no account is read for its expiries. Option expiries
 * still become due — also on a database whose next expiries were never recorded (what the V6
 * migration leaves), whose first refresh reads them from the stored states.
 */
class IdleRefreshStatementsTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-12-01");

    @Test
    void anIdleRefreshIssuesTheSameStatementsAtTenAndAtAThousandAccounts() {
        long[] ten = idleRefreshStatements(10);
        long[] thousand = idleRefreshStatements(1_000);

        System.out.printf("idle refresh: %d, %d statements at 10 accounts; %d, %d at 1,000%n", ten[0], ten[1],
                thousand[0], thousand[1]);
        assertThat(thousand).containsExactly(ten);
        assertThat(ten[1]).as("a handful: expiries due, one claim").isLessThanOrEqualTo(5);
    }

    @Test
    void aDueExpiryIsFoundOnADatabaseWhoseNextExpiriesWereNeverRecorded() {
        Cli cli = Cli.onFreshEmbeddedHome("snapfolio-expiry-");
        try {
            assertThat(cli.run("account", "list").exit()).isZero();
            Database db = Database.of(cli);
            long account;
            try (HikariDataSource pool = pool(db); Snapfolio app = Snapfolio.embedded(pool).today(TODAY).build()) {
                account = app.createAccount().create(new CreateAccountCommand("options", null, Currency.USD)).id();
                record(app, account, deposit("2025-11-03", "10000"));
                record(app, account, sellToOpen("2025-11-10", put("SOFI", "6.5", "2025-12-19"), "1", "50"));
            }
            // What V6 leaves on a database from before: every account's next expiry unknown.
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                    "UPDATE dirty_mark SET next_expiry = NULL, expiry_known = FALSE")) {
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }

            try (HikariDataSource pool = pool(db);
                    Snapfolio app = Snapfolio.embedded(pool).today(LocalDate.parse("2026-01-05")).build()) {
                List<ProcessingOutcome> refreshed = app.refresh().refresh();

                assertThat(refreshed).singleElement().satisfies(o -> {
                    assertThat(o.run().accountId()).isEqualTo(account);
                    assertThat(o.run().fromDate()).isEqualTo(LocalDate.parse("2025-12-19"));
                });
                List<FinancialSnapshot> rows = app.snapshots().financials(account, null, null, null);
                assertThat(rows).last().satisfies(f -> assertThat(f.openTrades()).isFalse());
                assertThat(app.refresh().refresh()).as("nothing due any more").isEmpty();
            }
        } finally {
            cli.close();
            Cli.deleteTree(cli.home());
        }
    }

    /** The statements of two refreshes in a row on a database of {@code accounts} clean accounts. */
    private static long[] idleRefreshStatements(int accounts) {
        Cli cli = Cli.onFreshEmbeddedHome("snapfolio-idle-");
        try {
            assertThat(cli.run("account", "list").exit()).isZero();
            Database db = Database.of(cli);
            try (HikariDataSource pool = pool(db)) {
                CountingDataSource counting = new CountingDataSource(pool);
                try (Snapfolio app = Snapfolio.embedded(counting.dataSource()).today(TODAY).build()) {
                    for (int i = 0; i < accounts; i++) {
                        long id = app.createAccount().create(new CreateAccountCommand("a" + i, null, Currency.USD)).id();
                        if (i < 10) {
                            // Ten accounts hold an option not yet due, whatever the total.
                            record(app, id, deposit("2025-11-03", "10000"));
                            record(app, id, sellToOpen("2025-11-10", put("SOFI", "6.5", "2026-01-16"), "1", "50"));
                        }
                    }
                    long[] counts = new long[2];
                    for (int r = 0; r < 2; r++) {
                        long before = counting.statements();
                        assertThat(app.refresh().refresh()).isEmpty();
                        counts[r] = counting.statements() - before;
                    }
                    return counts;
                }
            }
        } finally {
            cli.close();
            Cli.deleteTree(cli.home());
        }
    }

    private static void record(Snapfolio app, long account, dev.snapfolio.domain.movement.Movement movement) {
        app.recordMovement().record(new RecordMovementCommand(account, movement));
    }

    private static HikariDataSource pool(Database db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }
}

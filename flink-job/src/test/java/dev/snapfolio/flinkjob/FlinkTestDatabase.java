package dev.snapfolio.flinkjob;

import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.adapter.out.persistence.TestDatabase;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.RecomputeUseCase.RecomputeCommand;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/**
 * The database of the Flink tests (the embedded MariaDB, or SNAPFOLIO_DB_URL's server when set), the
 * engine factory the jobs use on it, and generated accounts. Today is pinned to the day after the
 * generated histories end.
 */
final class FlinkTestDatabase {
    static final LocalDate TODAY = HistorySpec.DEFAULT_END.plusDays(1);

    final TestDatabase database = TestDatabase.external().orElseGet(TestDatabase::embedded);

    SnapfolioEngines engines() {
        DatabaseSettings settings = database.settings();
        return settings.isEmbedded() ? SnapfolioEngines.embedded(settings.dataDir().orElseThrow(), Optional.of(TODAY))
                : SnapfolioEngines.external(settings.url().orElseThrow(), settings.user(), Optional.of(TODAY));
    }

    /** A Snapfolio on the same database, for setting up and checking. */
    Snapfolio snapfolio() {
        DatabaseSettings settings = database.settings();
        return settings.isEmbedded()
                ? Snapfolio.embeddedMariaDb(settings.dataDir().orElseThrow()).keepServerRunning(true).today(TODAY).build()
                : Snapfolio.embedded(database.dataSource()).today(TODAY).build();
    }

    /** A small generated history (no splits, no prices: shared reference data stays out of the way). */
    static HistorySpec spec(long seed, int days, int movementsPerDay) {
        return new HistorySpec("flink-" + seed, HistorySpec.DEFAULT_END.minusDays(days - 1), HistorySpec.DEFAULT_END,
                3, 1, movementsPerDay, 0, seed, "");
    }

    /** The local MiniCluster the Flink tests run on: one TaskManager of 2 slots. */
    static MiniClusterExtension miniCluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2)
                .setConfiguration(FlinkSettings.local(2)).build());
    }

    /**
     * {@code count} generated accounts (30 days, 4 movements a day, seeds from {@code firstSeed}),
     * imported and recomputed one by one; their ids.
     */
    static List<Long> generateRecomputed(Snapfolio snapfolio, String prefix, int count, long firstSeed) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Movement> movements = generate(snapfolio, prefix + i, spec(firstSeed + i, 30, 4));
            long id = movements.get(0).accountId();
            importAll(snapfolio, id, movements);
            snapfolio.recompute().recompute(new RecomputeCommand(id, null, Strategy.BATCH));
            ids.add(id);
        }
        return ids;
    }

    /** Creates an account and returns its generated movements, with its id and their source keys. */
    static List<Movement> generate(Snapfolio snapfolio, String name, HistorySpec spec) {
        long id = snapfolio.createAccount().create(new CreateAccountCommand(name, "Generated", Currency.USD)).id();
        return HistoryGenerator.generate(spec, id).movements();
    }

    /**
     * {@code count} pairs of accounts with the same generated history ({@code days} days, seeds from
     * {@code seed}): one twin imported in one go, the other's movements returned in date order (each
     * account's own order kept) for a stream to record.
     */
    Twins twins(String name, int count, long seed, int days) {
        List<Long> streamed = new ArrayList<>();
        List<Long> batch = new ArrayList<>();
        List<Movement> movements = new ArrayList<>();
        try (Snapfolio snapfolio = snapfolio()) {
            for (int i = 0; i < count; i++) {
                HistorySpec spec = spec(seed + i, days, 5);
                List<Movement> stream = generate(snapfolio, name + "-" + i, spec);
                List<Movement> twin = generate(snapfolio, name + "-batch-" + i, spec);
                importAll(snapfolio, twin.get(0).accountId(), twin);
                streamed.add(stream.get(0).accountId());
                batch.add(twin.get(0).accountId());
                movements.addAll(stream);
            }
        }
        movements.sort(Comparator.comparing(Movement::timestamp));
        return new Twins(streamed, batch, movements);
    }

    /** Accounts {@code streamed.get(i)} and {@code batch.get(i)} are twins; {@code movements} the streamed ones'. */
    record Twins(List<Long> streamed, List<Long> batch, List<Movement> movements) {
    }

    static void importAll(Snapfolio snapfolio, long accountId, List<Movement> movements) {
        List<ImportRow> rows = new ArrayList<>();
        for (Movement m : movements) {
            rows.add(new ImportRow(m, "generated:" + (rows.size() + 1)));
        }
        snapfolio.importMovements().importMovements(new ImportMovementsCommand(accountId, "generated", rows, false));
    }

    /** SHA-256 over every snapshot and state row, in key order, every column as stored. */
    String digest() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String query : List.of("SELECT * FROM financial_snapshot ORDER BY account_id, snapshot_date, currency",
                    "SELECT * FROM ticker_snapshot ORDER BY account_id, snapshot_date, ticker, currency",
                    "SELECT * FROM account_state ORDER BY account_id, state_date")) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 31);
                        }
                        digest.update((byte) 30);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) {
        return database.count(table);
    }

    void execute(String sql) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of one account's snapshots, without its id, in key order: comparable across accounts. */
    List<String> snapshotRows(long accountId) {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String query : List.of(
                    "SELECT * FROM financial_snapshot WHERE account_id = " + accountId
                            + " ORDER BY snapshot_date, currency",
                    "SELECT * FROM ticker_snapshot WHERE account_id = " + accountId
                            + " ORDER BY snapshot_date, ticker, currency")) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 2; i <= columns; i++) { // column 1 is account_id
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}

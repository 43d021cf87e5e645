package dev.snapfolio.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.snapfolio.adapter.out.persistence.TestDatabase;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.EditMovementUseCase.EditMovementCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RecomputeUseCase.RecomputeCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.RecordPricesCommand;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyCommand;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.bootstrap.reliability.FaultyDataSource.Fault;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.Price;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fault-injecting DataSource over a real MariaDB (a fresh database on the embedded server; on
 * SNAPFOLIO_DB_URL's server when set) fails, one at a time, every write point of a batch recompute,
 * a per-date recompute, an import, an edit and a refresh — the statement fails, or the connection
 * drops — and then: a batch whose writes failed rolled back and fell back with its reason recorded
 * (rows already equal a clean run's); every date is either as before or as a clean run has it
 * (per-date commits per date); the account is consistent or still dirty; one rerun of the same
 * operation completes and the stored rows equal a clean run's.
 */
class DatabaseFaultInjectionTest {
    private static final LocalDate TODAY = LocalDate.parse("2024-03-01");
    private static final Currency USD = Currency.USD;
    private static final List<String> TABLES = List.of("ticker_snapshot", "financial_snapshot", "account_state",
            "dirty_mark", "movement", "import_batch", "run_log", "processing_setting", "price", "split", "account");
    private static final Map<Operation, Integer> POINTS = new TreeMap<>();

    private static DataSource direct;
    private static String database;
    private static DataSource admin;

    /** The operations whose write points are failed, each from its own starting state. */
    enum Operation {
        BATCH_RECOMPUTE, PER_DATE_RECOMPUTE, IMPORT, EDIT, REFRESH
    }

    @BeforeAll
    static void freshDatabase() throws SQLException {
        TestDatabase server = TestDatabase.external().orElseGet(TestDatabase::embedded);
        admin = server.dataSource();
        HikariDataSource pool = admin.unwrap(HikariDataSource.class);
        database = "snapfolio_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pool.getJdbcUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + database));
        config.setUsername(pool.getUsername());
        config.setPassword(pool.getPassword());
        config.setMaximumPoolSize(6);
        config.setPoolName("faults");
        direct = new HikariDataSource(config);
    }

    @AfterAll
    static void dropDatabase() {
        ((HikariDataSource) direct).close();
        execute(admin, "DROP DATABASE IF EXISTS " + database);
        System.out.println("database faults: write points per operation " + POINTS + ", faults injected "
                + POINTS.values().stream().mapToInt(i -> 2 * i).sum());
    }

    /** One engine on the faulty source: today pinned, and the operation's strategy where it has a say. */
    private static Snapfolio engine(FaultyDataSource faults) {
        return Snapfolio.embedded(faults.dataSource()).today(TODAY).build();
    }

    private static Movement deposit(String date, String amount) {
        return Movement.of(0, LocalDateTime.parse(date + "T09:00"), USD, new Deposit(new BigDecimal(amount)));
    }

    private static Movement trade(String date, String ticker, Side side, String quantity, String price) {
        return Movement.of(0, LocalDateTime.parse(date + "T10:00"), USD, new Trade(Ticker.of(ticker), side,
                new BigDecimal(quantity), new BigDecimal(price), BigDecimal.ONE, BigDecimal.ZERO));
    }

    /** Ten movements over eight trading days in two tickers. */
    private static List<ImportRow> history() {
        List<Movement> movements = List.of(deposit("2024-01-02", "10000"),
                trade("2024-01-03", "AAA", Side.BUY, "10", "100"), trade("2024-01-04", "BBB", Side.BUY, "5", "50"),
                trade("2024-01-05", "AAA", Side.BUY, "4", "110"), trade("2024-01-08", "AAA", Side.SELL, "6", "120"),
                trade("2024-01-09", "BBB", Side.SELL, "2", "55"), deposit("2024-01-10", "500"),
                trade("2024-01-11", "BBB", Side.BUY, "3", "52"), trade("2024-01-12", "AAA", Side.SELL, "8", "115"),
                deposit("2024-01-15", "100"));
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < movements.size(); i++) {
            rows.add(new ImportRow(movements.get(i).withSourceKey("k" + i), "history.csv:" + (i + 2)));
        }
        return rows;
    }

    private static List<Price> prices() {
        return List.of(new Price(Ticker.of("AAA"), USD, LocalDate.parse("2024-01-04"), new BigDecimal("105")),
                new Price(Ticker.of("BBB"), USD, LocalDate.parse("2024-01-09"), new BigDecimal("53")),
                new Price(Ticker.of("AAA"), USD, LocalDate.parse("2024-01-12"), new BigDecimal("118")));
    }

    /** The operation's starting state, written with no fault armed; the account's id. */
    private static long seed(Snapfolio app, Operation operation) {
        long id = app.createAccount().create(new CreateAccountCommand("main", null, USD)).id();
        if (operation != Operation.IMPORT) {
            app.importMovements().importMovements(new ImportMovementsCommand(id, "history.csv", history(), false));
        }
        if (operation == Operation.BATCH_RECOMPUTE || operation == Operation.PER_DATE_RECOMPUTE
                || operation == Operation.REFRESH) {
            // Late prices: the account is dirty and every row from 2024-01-04 on is to be rewritten.
            app.recordPrices().recordPrices(new RecordPricesCommand(prices()));
        }
        return id;
    }

    /** Runs the operation once; its outcome when it got as far as a run. */
    private static Optional<ProcessingOutcome> perform(Snapfolio app, long id, Operation operation) {
        return switch (operation) {
            case BATCH_RECOMPUTE -> Optional.of(app.recompute().recompute(new RecomputeCommand(id, null, Strategy.BATCH)));
            case PER_DATE_RECOMPUTE -> Optional.of(app.recompute().recompute(
                    new RecomputeCommand(id, null, Strategy.PER_DATE)));
            case IMPORT -> app.importMovements().importMovements(
                    new ImportMovementsCommand(id, "history.csv", history(), false)).outcome();
            case EDIT -> {
                Movement first = app.movements().list(id, null, null).get(1);
                Movement edited = trade("2024-01-03", "AAA", Side.BUY, "12", "99").withId(first.id())
                        .withAccount(id);
                yield Optional.of(app.editMovement().edit(new EditMovementCommand(id, first.id(), edited)).outcome());
            }
            case REFRESH -> app.refresh().refresh().stream().findFirst();
        };
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void everyWritePointFailedOnceLeavesTheAccountConsistentAndARerunEqualsACleanRun(Operation operation)
            throws SQLException {
        // A dropped connection leaves the pool for good, its session (and any lock in it) ended.
        FaultyDataSource faults = new FaultyDataSource(direct, ((HikariDataSource) direct)::evictConnection);
        try (Snapfolio app = engine(faults)) {
            // The clean run: its rows, and how many write points the operation has.
            empty();
            long id = seed(app, operation);
            Map<LocalDate, List<String>> before = rowsByDate();
            faults.countOnly();
            assertThat(perform(app, id, operation)).hasValueSatisfying(
                    o -> assertThat(o.run().status()).isEqualTo(RunStatus.SUCCEEDED));
            int points = faults.writePoints();
            List<String> seen = faults.seen();
            Map<LocalDate, List<String>> clean = rowsByDate();
            List<String> cleanMovements = movements();
            assertThat(points).as("write points of %s: %s", operation, seen).isGreaterThan(3);
            POINTS.put(operation, points);

            for (Fault fault : Fault.values()) {
                for (int n = 1; n <= points; n++) {
                    String where = operation + ", " + fault + " at write point " + n + " (" + seen.get(n - 1) + ")";
                    empty();
                    id = seed(app, operation);
                    faults.failAt(n, fault);
                    Optional<ProcessingOutcome> outcome;
                    try {
                        outcome = perform(app, id, operation);
                    } catch (RuntimeException e) {
                        outcome = Optional.empty();
                    } finally {
                        faults.countOnly();
                    }

                    Map<LocalDate, List<String>> after = rowsByDate();
                    if (outcome.isPresent() && outcome.get().fellBack()) {
                        assertThat(outcome.get().run().fallbackReason()).as(where).isNotNull();
                        assertThat(after).as("%s: the fallback completed the run", where).isEqualTo(clean);
                    }
                    // Per date: as before the operation, or as the clean run has it — never a mixture.
                    for (LocalDate date : union(before, clean, after)) {
                        assertThat(after.getOrDefault(date, List.of())).as("%s: rows of %s", where, date)
                                .isIn(before.getOrDefault(date, List.of()), clean.getOrDefault(date, List.of()));
                    }
                    boolean consistent = app.verify().verify(new VerifyCommand(OptionalLong.of(id), false))
                            .differences().isEmpty();
                    assertThat(consistent || dirty(id)).as("%s: consistent or still dirty", where).isTrue();

                    Optional<ProcessingOutcome> rerun = perform(app, id, operation);
                    if (rerun.isEmpty()) {
                        // Nothing left to process (an import or refresh): the faulted run had finished its work.
                        assertThat(after).as(where).isEqualTo(clean);
                    } else {
                        assertThat(rerun).as(where).hasValueSatisfying(o -> assertThat(o.run().status())
                                .as("%s: the rerun", where).isEqualTo(RunStatus.SUCCEEDED));
                    }
                    assertThat(rowsByDate()).as("%s: rows after the rerun", where).isEqualTo(clean);
                    assertThat(movements()).as("%s: movements after the rerun", where).isEqualTo(cleanMovements);
                    assertThat(dirty(id)).as("%s: dirty after the rerun", where).isFalse();
                    assertThat(app.verify().verify(new VerifyCommand(OptionalLong.of(id), false)).differences())
                            .as(where).isEmpty();
                }
            }
        }
    }

    private static List<LocalDate> union(Map<LocalDate, ?> a, Map<LocalDate, ?> b, Map<LocalDate, ?> c) {
        TreeMap<LocalDate, Boolean> all = new TreeMap<>();
        for (Map<LocalDate, ?> m : List.of(a, b, c)) {
            m.keySet().forEach(d -> all.put(d, true));
        }
        return List.copyOf(all.keySet());
    }

    private static void empty() {
        try (Connection c = direct.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : TABLES) {
                s.execute("TRUNCATE TABLE " + table);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Financial and ticker rows, by date, every column. */
    private static Map<LocalDate, List<String>> rowsByDate() {
        Map<LocalDate, List<String>> rows = new TreeMap<>();
        query("SELECT * FROM financial_snapshot ORDER BY snapshot_date, currency", r -> {
            rows.computeIfAbsent(LocalDate.parse(r.get(1)), d -> new ArrayList<>()).add("F " + r);
            return null;
        });
        query("SELECT * FROM ticker_snapshot ORDER BY snapshot_date, ticker, currency", r -> {
            rows.computeIfAbsent(LocalDate.parse(r.get(1)), d -> new ArrayList<>()).add("T " + r);
            return null;
        });
        return rows;
    }

    /**
     * Movements without their ids and import ids (a rolled-back insert uses up auto-increment
     * values; import_id is the table's last column).
     */
    private static List<String> movements() {
        List<String> rows = new ArrayList<>();
        query("SELECT * FROM movement ORDER BY source_key", r -> rows.add(r.subList(1, r.size() - 1).toString()));
        return rows;
    }

    private static boolean dirty(long id) {
        List<String> marks = new ArrayList<>();
        query("SELECT account_id FROM dirty_mark WHERE dirty_from IS NOT NULL", r -> marks.add(r.get(0)));
        return marks.contains(Long.toString(id));
    }

    private static void query(String sql, Function<List<String>, Object> row) {
        try (Connection c = direct.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
                row.apply(values);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows loaded with LOAD DATA LOCAL INFILE read back exactly as the same rows INSERTed, odd text
 * included; a server that refuses local infile gets INSERTs instead. On the embedded server (its
 * settings are changed here).
 */
class LocalInfileLoaderTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    private final TestDatabase db = TestDatabase.embedded();
    private long loaded;
    private long inserted;

    @BeforeEach
    void twoAccounts() {
        db.clean();
        LocalInfileLoader.reset();
        loaded = db.get(AccountRepository.class).create(new Account(0, "loaded", null, Currency.USD)).id();
        inserted = db.get(AccountRepository.class).create(new Account(0, "inserted", null, Currency.USD)).id();
    }

    @AfterEach
    void localInfileOnAgain() throws SQLException {
        execute("SET GLOBAL local_infile = 1");
        LocalInfileLoader.reset();
    }

    @Test
    void loadedRowsReadBackEqualToInsertedRowsOddTextIncluded() throws SQLException {
        List<String> bodies = List.of("{\"v\":1,\"q\":\"say \\\"hi\\\"\"}", "back\\slash and \\N and \\\\t", "tab\tin",
                "new\nline and\r\nCRLF", "non-ASCII é ü ß € 株 😀", "nul\0byte", "\\", "", "'single' \"double\"");
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                rows.add(new String[] {Integer.toString(i), bodies.get(i)});
            }
            assertThat(LocalInfileLoader.load(c, "account_state", "account_id, state_date, body", false, rows,
                    (line, row) -> line.id(loaded).date(DAY.plusDays(Integer.parseInt(row[0]))).text(row[1]))).isTrue();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO account_state (account_id, state_date, body) VALUES (?, ?, ?)")) {
                for (String[] row : rows) {
                    ps.setLong(1, inserted);
                    ps.setObject(2, DAY.plusDays(Integer.parseInt(row[0])));
                    ps.setString(3, row[1]);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }

        List<String> fromLoad = rows("SELECT state_date, body FROM account_state WHERE account_id = " + loaded
                + " ORDER BY state_date");
        assertThat(fromLoad).hasSize(bodies.size());
        assertThat(fromLoad).isEqualTo(rows("SELECT state_date, body FROM account_state WHERE account_id = "
                + inserted + " ORDER BY state_date"));
        assertThat(fromLoad.get(4)).endsWith("|non-ASCII é ü ß € 株 😀");
    }

    @Test
    void aBulkWriteLoadsLargeInsertKindsAndTheRowsEqualThoseOfInserts() throws SQLException {
        long loadsBefore = loads();
        write(changes(loaded), true);
        assertThat(loads() - loadsBefore).as("LOAD DATA statements").isEqualTo(3);
        write(changes(inserted), false);
        assertThat(loads() - loadsBefore).as("LOAD DATA statements").isEqualTo(3);

        for (String table : List.of("financial_snapshot", "ticker_snapshot", "account_state")) {
            String sql = "SELECT * FROM " + table + " WHERE account_id = %d ORDER BY 2, 3"
                    + (table.equals("ticker_snapshot") ? ", 4" : "");
            List<String> fromLoad = rows(String.format(sql, loaded));
            assertThat(fromLoad).as(table).hasSizeGreaterThanOrEqualTo(SnapshotBatchWriter.LOAD_DATA_MIN_ROWS);
            assertThat(withoutAccount(fromLoad)).as(table).isEqualTo(withoutAccount(rows(String.format(sql, inserted))));
        }
    }

    @Test
    void aServerRefusingLocalInfileGetsInsertsAndTheSameRows() throws SQLException {
        execute("SET GLOBAL local_infile = 0");
        write(changes(loaded), true);

        assertThat(LocalInfileLoader.enabled()).isFalse();
        execute("SET GLOBAL local_infile = 1");
        LocalInfileLoader.reset();
        write(changes(inserted), true);
        assertThat(LocalInfileLoader.enabled()).isTrue();
        assertThat(withoutAccount(rows("SELECT * FROM ticker_snapshot WHERE account_id = " + loaded
                + " ORDER BY 2, 3, 4"))).hasSizeGreaterThanOrEqualTo(SnapshotBatchWriter.LOAD_DATA_MIN_ROWS)
                .isEqualTo(withoutAccount(rows("SELECT * FROM ticker_snapshot WHERE account_id = " + inserted
                        + " ORDER BY 2, 3, 4")));
    }

    /** Enough rows of every insert kind for a bulk load, with NULL prices, odd symbols and varied scales. */
    private static SnapshotChanges changes(long account) {
        List<FinancialSnapshot> financials = new ArrayList<>();
        List<TickerSnapshot> tickers = new ArrayList<>();
        List<AccountState> states = new ArrayList<>();
        for (int i = 0; i < SnapshotBatchWriter.LOAD_DATA_MIN_ROWS; i++) {
            LocalDate day = DAY.plusDays(i);
            BigDecimal money = new BigDecimal(i).movePointLeft(i % 7).negate();
            financials.add(new FinancialSnapshot(account, day, Currency.USD, i, money, money, BigDecimal.ZERO,
                    new BigDecimal("0.10"), money, money, money, money, money, money, money, money, i % 2 == 0,
                    money, money, i % 3));
            tickers.add(new TickerSnapshot(account, day, Ticker.of(i % 2 == 0 ? "AAPL" : "ÄÖ\"X\\Y'"), Currency.EUR,
                    new BigDecimal("0.12345678"), money, money, money, money, money, money, money, money, money, money,
                    money, i % 4 == 0 ? null : new BigDecimal("123.45"), money, money, i % 2 == 1));
            states.add(AccountState.restore(account, day, Map.of(), Map.of(), Map.of()));
        }
        return new SnapshotChanges(financials, List.of(), List.of(), tickers, List.of(), List.of(), states, List.of());
    }

    private void write(SnapshotChanges changes, boolean bulk) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            SnapshotBatchWriter.write(c, changes, db.get(Dialect.class), bulk);
            c.commit();
        }
    }

    /** LOAD DATA statements the server has run. */
    private long loads() throws SQLException {
        return Long.parseLong(rows("SHOW GLOBAL STATUS LIKE 'Com_load'").get(0).split("\\|")[1]);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<String> withoutAccount(List<String> rows) {
        return rows.stream().map(r -> r.substring(r.indexOf('|') + 1)).toList();
    }
}

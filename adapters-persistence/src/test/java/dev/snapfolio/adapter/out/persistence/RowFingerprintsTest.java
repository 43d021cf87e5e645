package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRangeStore;
import dev.snapfolio.application.port.out.AccountRangeStore.AccountWrite;
import dev.snapfolio.application.port.out.AccountRangeStore.Comparison;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row fingerprints against the real server (the one of SNAPFOLIO_DB_URL when set, the embedded one
 * otherwise): what the server computes over stored rows equals what is computed here over the same
 * rows, for every column kind, and any one differing value tells.
 */
class RowFingerprintsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private final TestDatabase db = TestDatabase.external().orElseGet(TestDatabase::embedded);
    private long id;
    private long other;

    @BeforeEach
    void twoAccounts() {
        db.clean();
        id = db.get(AccountRepository.class).create(new Account(0, "fingerprinted", null, Currency.USD)).id();
        other = db.get(AccountRepository.class).create(new Account(0, "neighbour", null, Currency.EUR)).id();
    }

    @Test
    void serverAndJavaFingerprintsOfTheSameRowsAreEqualForEveryColumnKind() {
        SnapshotChanges rows = rows(id, dec("1234567.5"), dec("0.00000001"), dec("-17.25"));
        write(rows);

        Map<Long, Comparison> answers = compare(Map.of(id, rows));

        assertThat(answers).containsEntry(id, Comparison.SAME);
    }

    @Test
    void aDecimalWhoseScaleDiffersFromTheColumnsStillMatches() {
        write(rows(id, new BigDecimal("100.000000"), new BigDecimal("3.00000000"), new BigDecimal("-0.500000")));

        Map<Long, Comparison> answers = compare(Map.of(id, rows(id, new BigDecimal("100"), new BigDecimal("3"),
                new BigDecimal("-0.5"))));

        assertThat(answers).containsEntry(id, Comparison.SAME);
    }

    @Test
    void anyOneDifferingValueOrRowTells() {
        SnapshotChanges stored = rows(id, dec("10"), dec("2"), dec("3"));
        write(stored);

        assertThat(compare(Map.of(id, rows(id, dec("10.000001"), dec("2"), dec("3"))))).containsEntry(id,
                Comparison.DIFFERENT);
        assertThat(compare(Map.of(id, rows(id, dec("10"), dec("2.00000001"), dec("3"))))).containsEntry(id,
                Comparison.DIFFERENT);
        // the NULL market price given a value
        assertThat(compare(Map.of(id, rows(id, dec("10"), dec("2"), dec("3"), dec("3"))))).containsEntry(id,
                Comparison.DIFFERENT);
        // a state of another date
        SnapshotChanges otherState = new SnapshotChanges(stored.insertFinancials(), List.of(), List.of(),
                stored.insertTickers(), List.of(), List.of(), List.of(state(id, DAY.plusDays(1))), List.of());
        assertThat(compare(Map.of(id, otherState))).containsEntry(id, Comparison.DIFFERENT);
        // a row fewer
        SnapshotChanges fewer = new SnapshotChanges(stored.insertFinancials().subList(0, 1), List.of(), List.of(),
                stored.insertTickers(), List.of(), List.of(), stored.upsertStates(), List.of());
        assertThat(compare(Map.of(id, fewer))).containsEntry(id, Comparison.DIFFERENT);
        // a value that does not fit the column's scale cannot match
        assertThat(compare(Map.of(id, rows(id, dec("10.0000001"), dec("2"), dec("3"))))).containsEntry(id,
                Comparison.DIFFERENT);
        assertThat(compare(Map.of(id, stored))).containsEntry(id, Comparison.SAME);
    }

    @Test
    void anAccountWithNothingStoredIsToldSoAndAnEmptyComputationOfItMatches() {
        write(rows(id, dec("1"), dec("1"), dec("1")));

        Map<Long, Comparison> answers = compare(Map.of(id, SnapshotChanges.none(), other,
                rows(other, dec("1"), dec("1"), dec("1"))));

        assertThat(answers).containsEntry(id, Comparison.DIFFERENT).containsEntry(other, Comparison.NOTHING_STORED);
    }

    @Test
    void stateBodiesHashAlikeOnTheServerAndHereWhateverTheirCharacters() throws Exception {
        List<String> bodies = List.of("{\"v\":1,\"c\":[]}", "quote \" and 'single'", "back\\slash \\N \\\\",
                "tab\there", "new\nline\r\n", "non-ASCII: é ü ß € 株 😀", "|pipes|", "");
        long expected = 0;
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO account_state (account_id, state_date, body) VALUES (?, ?, ?)")) {
            for (int i = 0; i < bodies.size(); i++) {
                insert.setLong(1, id);
                insert.setObject(2, DAY.plusDays(i));
                insert.setString(3, bodies.get(i));
                insert.executeUpdate();
                StringBuilder text = new StringBuilder();
                RowTextReference.stateText(DAY.plusDays(i), bodies.get(i), text);
                expected += RowTextReference.hash(md5, text);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            try (PreparedStatement ps = c.prepareStatement(RowFingerprints.STATES)) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.setObject(3, DAY.plusDays(100));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(2)).isEqualTo(bodies.size());
                    assertThat(rs.getBigDecimal(3).toBigInteger().longValue()).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aRangeIsFingerprintedWithOneStatementPerTable() {
        write(rows(id, dec("1"), dec("1"), dec("1")));
        QueryMeter meter = db.get(QueryMeter.class);
        long before = meter.count();

        compare(Map.of(id, rows(id, dec("1"), dec("1"), dec("1")), other, SnapshotChanges.none()));

        assertThat(meter.count() - before).isEqualTo(3);
    }

    private Map<Long, Comparison> compare(Map<Long, SnapshotChanges> computed) {
        return db.get(AccountRangeStore.class).compareStored(Math.min(id, other), Math.max(id, other), DAY.plusDays(10),
                computed);
    }

    private void write(SnapshotChanges changes) {
        long account = changes.upsertStates().isEmpty() ? id : changes.upsertStates().get(0).accountId();
        assertThat(db.get(AccountRangeStore.class).writeRange(List.of(new AccountWrite(account, Optional.empty(),
                changes, null)), List.of())).isEmpty();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static SnapshotChanges rows(long account, BigDecimal money, BigDecimal shares, BigDecimal price) {
        return rows(account, money, shares, price, null);
    }

    /** Two financial rows (two currencies), two ticker rows (one with a NULL price unless given), a state. */
    private static SnapshotChanges rows(long account, BigDecimal money, BigDecimal shares, BigDecimal price,
            BigDecimal secondPrice) {
        List<FinancialSnapshot> financials = new ArrayList<>();
        for (Currency currency : List.of(Currency.EUR, Currency.USD)) {
            financials.add(new FinancialSnapshot(account, DAY, currency, 3, money, money.negate(), BigDecimal.ZERO,
                    new BigDecimal("0.10"), money, money, money, money, money, money, money, money, true, money,
                    money, 2));
        }
        List<TickerSnapshot> tickers = List.of(
                new TickerSnapshot(account, DAY, Ticker.of("AAPL"), Currency.USD, shares, money, money, money, money,
                        money, money, money, money, money, money, money, price, money, money, false),
                new TickerSnapshot(account, DAY, Ticker.of("SAP"), Currency.EUR, shares, money, money, money, money,
                        money, money, money, money, money, money, money, secondPrice, money, money, true));
        return new SnapshotChanges(financials, List.of(), List.of(), tickers, List.of(), List.of(),
                List.of(state(account, DAY)), List.of());
    }

    private static AccountState state(long account, LocalDate date) {
        return AccountState.restore(account, date, Map.of(), Map.of(), Map.of());
    }
}

package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MyBatis transaction really wraps the work (counted with plain JDBC, outside MyBatis): a
 * batch write that fails half-way leaves nothing, and the run lock outlives the run's commits.
 */
class TransactionsTest {
    private final TestDatabase db = TestDatabase.embedded();

    @BeforeEach
    void emptyTables() {
        db.clean();
    }

    @Test
    void throwingInsideATransactionLeavesNoRow() {
        AccountRepository accounts = db.get(AccountRepository.class);

        assertThatThrownBy(() -> db.get(UnitOfWork.class).run(() -> {
            accounts.create(new Account(0, "Written then rolled back", null, Currency.USD));
            assertThat(db.count("account")).as("not visible outside before commit").isZero();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(db.count("account")).isZero();
    }

    @Test
    void aBatchWriteThatFailsHalfWayLeavesNoRowOfTheTransaction() {
        long account = db.get(AccountRepository.class).create(new Account(0, "Main", null, Currency.USD)).id();
        SnapshotStore store = db.get(SnapshotStore.class);
        List<FinancialSnapshot> rows = new ArrayList<>();
        LocalDate d = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 500; i++) {
            rows.add(row(account, d.plusDays(i)));
        }
        rows.add(row(account, d)); // a duplicate key: the batch fails at its end

        assertThatThrownBy(() -> db.get(UnitOfWork.class).run(() -> {
            db.get(AccountRepository.class).create(new Account(0, "Also rolled back", null, Currency.USD));
            store.write(new SnapshotChanges(rows, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of()));
        })).isInstanceOf(RuntimeException.class);

        assertThat(db.count("financial_snapshot")).isZero();
        assertThat(db.count("account")).isEqualTo(1);
    }

    @Test
    void aWriteCalledOutsideAUnitOfWorkIsATransactionOfItsOwn() {
        long account = db.get(AccountRepository.class).create(new Account(0, "Main", null, Currency.USD)).id();
        SnapshotStore store = db.get(SnapshotStore.class);
        LocalDate d = LocalDate.of(2024, 1, 1);
        List<FinancialSnapshot> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row(account, d.plusDays(i)));
        }
        store.write(new SnapshotChanges(rows, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()));
        assertThat(db.count("financial_snapshot")).as("committed on return").isEqualTo(50);

        List<FinancialSnapshot> failing = List.of(row(account, d.minusDays(1)), row(account, d.minusDays(1)));
        assertThatThrownBy(() -> store.write(new SnapshotChanges(failing, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()))).isInstanceOf(RuntimeException.class);

        assertThat(db.count("financial_snapshot")).as("the failed write's first row rolled back").isEqualTo(50);
    }

    @Test
    void theRunLockOutlivesTheCommitsOfTheRun() throws Exception {
        AccountRunLock lock = db.get(AccountRunLock.class);
        try (AccountRunLock.Lease lease = lock.tryAcquire(42, Duration.ofSeconds(1)).orElseThrow()) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                db.get(UnitOfWork.class).run(() -> db.get(AccountRepository.class)
                        .create(new Account(0, "Committed " + n, null, Currency.USD)));
            }
            boolean otherGotIt = CompletableFuture.supplyAsync(() -> lock.tryAcquire(42, Duration.ofMillis(200))
                    .map(l -> {
                        l.close();
                        return true;
                    }).orElse(false)).get(30, TimeUnit.SECONDS);

            assertThat(otherGotIt).isFalse();
            assertThat(db.count("account")).isEqualTo(3);
        }
    }

    private static FinancialSnapshot row(long account, LocalDate date) {
        BigDecimal m = Decimals.money(1);
        return new FinancialSnapshot(account, date, Currency.USD, 1, m, m, m, m, m, m, m, m, m, m, m,
                Decimals.percent(BigDecimal.ONE), false, m, Decimals.percent(BigDecimal.ONE), 0);
    }
}

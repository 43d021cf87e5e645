package dev.snapfolio.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link DirtyMarkRepository} does. Implementations start each test with no accounts or marks. */
public abstract class DirtyMarkRepositoryContract {
    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    protected abstract DirtyMarkRepository marks();

    protected abstract AccountRepository accounts();

    protected abstract UnitOfWork unitOfWork();

    private long newAccount(String name) {
        return accounts().create(new Account(0, name, null, Currency.USD)).id();
    }

    @Test
    void markingAgainKeepsTheEarliestDateAndMovesTheCounter() {
        long account = newAccount("Main");

        marks().markDirty(account, D);
        DirtyMark first = marks().find(account).orElseThrow();
        marks().markDirty(account, D.plusDays(5));
        DirtyMark second = marks().find(account).orElseThrow();
        marks().markDirty(account, D.minusDays(5));
        DirtyMark third = marks().find(account).orElseThrow();

        assertThat(first.dirtyFrom()).isEqualTo(D);
        assertThat(second.dirtyFrom()).isEqualTo(D);
        assertThat(third.dirtyFrom()).isEqualTo(D.minusDays(5));
        assertThat(second.counter()).isGreaterThan(first.counter());
        assertThat(third.counter()).isGreaterThan(second.counter());
    }

    @Test
    void aMarkIsClearedOnlyWhileItsCounterIsUnchanged() {
        long account = newAccount("Main");
        marks().markDirty(account, D);
        DirtyMark seen = marks().find(account).orElseThrow();
        marks().markDirty(account, D.plusDays(1)); // a change arrives while the run works

        assertThat(marks().clearIfUnchanged(account, seen.counter())).isFalse();
        assertThat(marks().find(account)).isPresent();

        DirtyMark latest = marks().find(account).orElseThrow();
        assertThat(marks().clearIfUnchanged(account, latest.counter())).isTrue();
        assertThat(marks().find(account)).isEmpty();
        assertThat(marks().clearIfUnchanged(account, latest.counter())).isFalse();
    }

    @Test
    void aMarkSetAgainAfterClearingNeverReusesACounter() {
        long account = newAccount("Main");
        marks().markDirty(account, D);
        DirtyMark before = marks().find(account).orElseThrow();
        marks().clearIfUnchanged(account, before.counter());

        marks().markDirty(account, D.plusDays(3));

        DirtyMark after = marks().find(account).orElseThrow();
        assertThat(after.dirtyFrom()).isEqualTo(D.plusDays(3));
        assertThat(after.counter()).isNotEqualTo(before.counter());
        assertThat(marks().clearIfUnchanged(account, before.counter())).isFalse();
    }

    @Test
    void aClearThatKeepsADateLeavesTheAccountDirtyFromItWithANewCounterOnlyWhileTheCounterIsUnchanged() {
        long account = newAccount("Main");
        marks().markDirty(account, D);
        DirtyMark seen = marks().find(account).orElseThrow();
        marks().markDirty(account, D.plusDays(1));

        assertThat(marks().clearIfUnchanged(account, seen.counter(), D.plusDays(9))).isFalse();
        assertThat(marks().find(account).orElseThrow().dirtyFrom()).isEqualTo(D);

        DirtyMark latest = marks().find(account).orElseThrow();
        assertThat(marks().clearIfUnchanged(account, latest.counter(), D.plusDays(9))).isTrue();
        DirtyMark kept = marks().find(account).orElseThrow();
        assertThat(kept.dirtyFrom()).isEqualTo(D.plusDays(9));
        assertThat(kept.counter()).isNotEqualTo(latest.counter());
        assertThat(marks().clearIfUnchanged(account, latest.counter(), null)).isFalse();
        assertThat(marks().clearIfUnchanged(account, kept.counter(), null)).isTrue();
        assertThat(marks().find(account)).isEmpty();
    }

    @Test
    void findAllListsOnlyDirtyAccounts() {
        long a = newAccount("A");
        long b = newAccount("B");
        long c = newAccount("C");
        marks().markDirty(a, D);
        marks().markDirty(b, D.plusDays(1));
        marks().markDirty(c, D.plusDays(2));
        marks().clearIfUnchanged(b, marks().find(b).orElseThrow().counter());

        assertThat(marks().findAll()).extracting(DirtyMark::accountId).containsExactlyInAnyOrder(a, c);
        assertThat(marks().find(b)).isEmpty();
    }

    @Test
    void claimTakesAtMostTheLimit() {
        long a = newAccount("A");
        long b = newAccount("B");
        long c = newAccount("C");
        marks().markDirty(a, D);
        marks().markDirty(b, D);
        marks().markDirty(c, D);

        List<DirtyMark> claimed = unitOfWork().inTransaction(() -> marks().claim(2));

        assertThat(claimed).hasSize(2);
        assertThat(claimed).extracting(DirtyMark::accountId).isSubsetOf(a, b, c);
        assertThat(unitOfWork().inTransaction(() -> marks().claim(10))).hasSize(3);
    }

    @Test
    void aMarkClaimedByOneWorkerIsSkippedByAnother() throws Exception {
        long a = newAccount("A");
        long b = newAccount("B");
        marks().markDirty(a, D);
        marks().markDirty(b, D.plusDays(1));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<List<DirtyMark>> first = worker.submit(() -> unitOfWork().inTransaction(() -> {
                List<DirtyMark> mine = marks().claim(1);
                claimed.countDown();
                await(release);
                return mine;
            }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

            List<DirtyMark> second = unitOfWork().inTransaction(() -> marks().claim(5));
            release.countDown();
            List<DirtyMark> firstClaim = first.get(30, TimeUnit.SECONDS);

            assertThat(firstClaim).hasSize(1);
            assertThat(second).hasSize(1);
            assertThat(second.get(0).accountId()).isNotEqualTo(firstClaim.get(0).accountId());
        } finally {
            release.countDown();
            worker.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

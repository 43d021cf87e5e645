package dev.snapfolio.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
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
    private static final Duration LEASE = Duration.ofMinutes(5);

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

        List<DirtyMark> claimed = unitOfWork().inTransaction(() -> marks().claim("w1", D, 2, LEASE));

        assertThat(claimed).hasSize(2);
        assertThat(claimed).extracting(DirtyMark::accountId).isSubsetOf(a, b, c);
        assertThat(unitOfWork().inTransaction(() -> marks().claim("w2", D, 10, LEASE)))
                .as("the first worker's two stay leased").hasSize(1);
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
                List<DirtyMark> mine = marks().claim("w1", D.plusDays(1), 1, LEASE);
                claimed.countDown();
                await(release);
                return mine;
            }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

            List<DirtyMark> second = unitOfWork().inTransaction(() -> marks().claim("w2", D.plusDays(1), 5, LEASE));
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

    @Test
    void aCommittedClaimHoldsItsMarksFromOtherWorkersUntilReleased() {
        long a = newAccount("A");
        long b = newAccount("B");
        marks().markDirty(a, D);
        marks().markDirty(b, D);

        List<DirtyMark> first = unitOfWork().inTransaction(() -> marks().claim("w1", D, 1, LEASE));
        List<DirtyMark> second = unitOfWork().inTransaction(() -> marks().claim("w2", D, 5, LEASE));
        List<DirtyMark> third = unitOfWork().inTransaction(() -> marks().claim("w3", D, 5, LEASE));

        assertThat(first).hasSize(1);
        assertThat(second).extracting(DirtyMark::accountId).containsExactly(first.get(0).accountId() == a ? b : a);
        assertThat(third).as("both are leased").isEmpty();
        assertThat(marks().release("w1")).isEqualTo(1);
        assertThat(unitOfWork().inTransaction(() -> marks().claim("w3", D, 5, LEASE)))
                .extracting(DirtyMark::accountId).containsExactly(first.get(0).accountId());
    }

    @Test
    void anExpiredLeaseIsClaimedByAnotherWorkerAndTheFirstCannotRenewIt() throws Exception {
        long a = newAccount("A");
        marks().markDirty(a, D);
        assertThat(unitOfWork().inTransaction(() -> marks().claim("dead", D, 5, Duration.ofMillis(200)))).hasSize(1);
        assertThat(unitOfWork().inTransaction(() -> marks().claim("w2", D, 5, LEASE))).as("lease still running").isEmpty();

        Thread.sleep(1_200);

        assertThat(unitOfWork().inTransaction(() -> marks().claim("w2", D, 5, LEASE)))
                .extracting(DirtyMark::accountId).containsExactly(a);
        assertThat(marks().renew(a, "dead", LEASE)).isFalse();
        assertThat(marks().renew(a, "w2", LEASE)).isTrue();
    }

    @Test
    void aWorkerNeverClaimsAgainAMarkItStillHolds() {
        long a = newAccount("A");
        marks().markDirty(a, D);
        assertThat(unitOfWork().inTransaction(() -> marks().claim("w1", D, 5, LEASE))).hasSize(1);
        marks().markDirty(a, D); // raised again while w1 ran it: the account stays dirty, and leased to w1

        assertThat(unitOfWork().inTransaction(() -> marks().claim("w1", D, 5, LEASE))).isEmpty();
        assertThat(marks().release("w1")).isEqualTo(1);
        assertThat(unitOfWork().inTransaction(() -> marks().claim("w2", D, 5, LEASE))).hasSize(1);
    }

    @Test
    void aClearReleasesTheLeaseAndAMarkRaisedDuringTheRunKeepsTheAccountDirty() {
        long a = newAccount("A");
        long b = newAccount("B");
        marks().markDirty(a, D);
        marks().markDirty(b, D);
        List<DirtyMark> claimed = unitOfWork().inTransaction(() -> marks().claim("w1", D, 5, LEASE));
        DirtyMark markA = claimed.stream().filter(m -> m.accountId() == a).findFirst().orElseThrow();
        DirtyMark markB = claimed.stream().filter(m -> m.accountId() == b).findFirst().orElseThrow();
        marks().markDirty(b, D.plusDays(2)); // a change to b arrives during its run

        assertThat(marks().clearIfUnchanged(a, markA.counter(), null, Optional.empty())).isTrue();
        assertThat(marks().clearIfUnchanged(b, markB.counter(), null, Optional.empty())).isFalse();

        assertThat(marks().find(a)).isEmpty();
        assertThat(marks().find(b)).isPresent();
        assertThat(marks().renew(a, "w1", LEASE)).as("the clear released a").isFalse();
        assertThat(marks().renew(b, "w1", LEASE)).as("b is still w1's").isTrue();
    }

    @Test
    void aMarkDirtyOnlyFromAFutureDateIsNotClaimableUntilThatDay() {
        long a = newAccount("A");
        marks().markDirty(a, D.plusDays(1));

        assertThat(unitOfWork().inTransaction(() -> marks().claim("w1", D, 5, LEASE))).isEmpty();
        assertThat(unitOfWork().inTransaction(() -> marks().claim("w1", D.plusDays(1), 5, LEASE))).hasSize(1);
    }

    @Test
    void aDueNextExpiryMarksTheAccountDirtyFromItOnce() {
        long due = newAccount("Due");
        long later = newAccount("Later");
        long none = newAccount("None");
        long earlier = newAccount("Earlier");
        marks().recordNextExpiry(due, Optional.of(D));
        marks().recordNextExpiry(later, Optional.of(D.plusDays(1)));
        marks().recordNextExpiry(none, Optional.empty());
        marks().markDirty(earlier, D.minusDays(10));
        marks().recordNextExpiry(earlier, Optional.of(D.minusDays(3)));

        assertThat(marks().markExpiriesDue(D)).isEqualTo(1);

        assertThat(marks().find(due).orElseThrow().dirtyFrom()).isEqualTo(D);
        assertThat(marks().find(later)).isEmpty();
        assertThat(marks().find(none)).isEmpty();
        assertThat(marks().find(earlier).orElseThrow().dirtyFrom()).as("already dirty from before").isEqualTo(D.minusDays(10));
        assertThat(marks().markExpiriesDue(D)).as("already dirty from it").isZero();
    }

    @Test
    void aRunThatClearsRecordsTheNextExpiryAndAnUnknownOneIsListedUntilRecorded() {
        long a = newAccount("A");
        marks().markDirty(a, D);
        long counter = marks().find(a).orElseThrow().counter();
        assertThat(marks().findUnknownNextExpiry(10)).as("dirty: its run will record it").doesNotContain(a);
        marks().clearIfUnchanged(a, counter, null, null);
        assertThat(marks().findUnknownNextExpiry(10)).contains(a);

        marks().recordNextExpiry(a, Optional.empty());
        assertThat(marks().findUnknownNextExpiry(10)).doesNotContain(a);

        marks().markDirty(a, D);
        marks().clearIfUnchanged(a, marks().find(a).orElseThrow().counter(), null, Optional.of(D.plusDays(30)));
        assertThat(marks().markExpiriesDue(D.plusDays(29))).isZero();
        assertThat(marks().markExpiriesDue(D.plusDays(30))).isEqualTo(1);
        assertThat(marks().find(a).orElseThrow().dirtyFrom()).isEqualTo(D.plusDays(30));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

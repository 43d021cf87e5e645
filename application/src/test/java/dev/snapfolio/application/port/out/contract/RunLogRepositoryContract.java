package dev.snapfolio.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every {@link RunLogRepository} does. Implementations start each test with an empty log. */
public abstract class RunLogRepositoryContract {
    protected abstract RunLogRepository runs();

    protected abstract AccountRepository accounts();

    protected abstract UnitOfWork unitOfWork();

    private long newAccount(String name) {
        return accounts().create(new Account(0, name, null, Currency.USD)).id();
    }

    static RunRecord run(long accountId, Trigger trigger, RunStatus status, int seed) {
        return RunRecord.started(accountId, trigger, Strategy.AUTO, Instant.parse("2024-03-01T10:15:30.123456Z")
                        .plusSeconds(seed))
                .used(Strategy.BATCH, "visits 12 dates > 5")
                .fellBack(status == RunStatus.FELL_BACK ? FallbackReason.PERSIST_FAILED : null)
                .range(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 1))
                .processed(12 + seed, 40 + seed, Map.of(Scenario.A, 3, Scenario.C, 0, Scenario.H, 2))
                .timings(11, 22, 33, 70)
                .queries(6)
                .ended(status, status == RunStatus.FAILED ? "movement #3 TRADE AAPL on 2024-01-05: no lot" : null);
    }

    @Test
    void appendAssignsAnIdAndEveryFieldRoundTrips() {
        long account = newAccount("Main");
        RunRecord fellBack = run(account, Trigger.IMPORT, RunStatus.FELL_BACK, 1);
        RunRecord failed = run(account, Trigger.EDIT, RunStatus.FAILED, 2);

        long id1 = runs().append(fellBack);
        long id2 = runs().append(failed);

        assertThat(id1).isPositive();
        assertThat(id2).isGreaterThan(id1);
        assertThat(runs().findAll()).containsExactly(fellBack.withId(id1), failed.withId(id2));
    }

    @Test
    void aDeferredRunThatUsedNoStrategyRoundTrips() {
        long account = newAccount("Main");
        RunRecord deferred = RunRecord.started(account, Trigger.EDIT, Strategy.AUTO, Instant.parse("2024-03-01T10:00:00Z"))
                .used(null, "run lock held by another run; deferred to refresh")
                .range(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 1))
                .ended(RunStatus.DEFERRED, null);

        long id = runs().append(deferred);

        assertThat(runs().findAll()).containsExactly(deferred.withId(id));
    }

    @Test
    void aRunIsLoggedRunningAtItsStartAndReplacedByHowItEnded() {
        long account = newAccount("Main");
        RunRecord ended = run(account, Trigger.IMPORT, RunStatus.SUCCEEDED, 1);
        RunRecord running = RunRecord.started(account, Trigger.IMPORT, Strategy.AUTO, ended.startedAt())
                .range(ended.fromDate(), ended.toDate()).ended(RunStatus.RUNNING, null);

        long id = runs().begin(running, "interrupted");
        assertThat(runs().findAll()).containsExactly(running.withId(id));
        runs().finish(ended.withId(id));

        assertThat(runs().findAll()).containsExactly(ended.withId(id));
    }

    @Test
    void beginningARunMarksTheAccountsRunsStillRunningInterruptedAndNoOtherAccounts() {
        long a = newAccount("A");
        long b = newAccount("B");
        RunRecord killedA = RunRecord.started(a, Trigger.IMPORT, Strategy.BATCH, Instant.parse("2024-03-01T10:00:00Z"))
                .ended(RunStatus.RUNNING, null);
        RunRecord runningB = RunRecord.started(b, Trigger.EDIT, Strategy.AUTO, Instant.parse("2024-03-01T10:00:01Z"))
                .ended(RunStatus.RUNNING, null);
        long killed = runs().begin(killedA, "lost");
        long other = runs().begin(runningB, "lost");

        long next = runs().begin(RunRecord.started(a, Trigger.REFRESH, Strategy.AUTO,
                Instant.parse("2024-03-01T10:00:02Z")).ended(RunStatus.RUNNING, null), "did not finish");

        assertThat(runs().findAll()).extracting(RunRecord::id, RunRecord::status, RunRecord::error).containsExactly(
                org.assertj.core.groups.Tuple.tuple(killed, RunStatus.INTERRUPTED, "did not finish"),
                org.assertj.core.groups.Tuple.tuple(other, RunStatus.RUNNING, null),
                org.assertj.core.groups.Tuple.tuple(next, RunStatus.RUNNING, null));
    }

    @Test
    void recentRunsComeNewestFirstLimitedAndOptionallyOfOneAccount() {
        long a = newAccount("A");
        long b = newAccount("B");
        long r1 = runs().append(run(a, Trigger.EDIT, RunStatus.SUCCEEDED, 1));
        long r2 = runs().append(run(b, Trigger.REFRESH, RunStatus.DEFERRED, 2));
        long r3 = runs().append(run(a, Trigger.RECOMPUTE, RunStatus.SUCCEEDED, 3));

        assertThat(runs().findRecent(2, OptionalLong.empty())).extracting(RunRecord::id).containsExactly(r3, r2);
        assertThat(runs().findRecent(10, OptionalLong.of(a))).extracting(RunRecord::id).containsExactly(r3, r1);
        assertThat(runs().findRecent(10, OptionalLong.of(b))).extracting(RunRecord::id).containsExactly(r2);
        assertThat(runs().findAll()).extracting(RunRecord::id).containsExactly(r1, r2, r3);
    }

    @Test
    void aRunAppendedInsideARolledBackTransactionIsKept() {
        long account = newAccount("Main");
        RunRecord logged = run(account, Trigger.IMPORT, RunStatus.FELL_BACK, 1);

        assertThatThrownBy(() -> unitOfWork().run(() -> {
            runs().append(logged);
            throw new IllegalStateException("the batch failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(runs().findAll()).hasSize(1);
        assertThat(runs().findAll().get(0)).isEqualTo(logged.withId(runs().findAll().get(0).id()));
    }
}

package dev.snapfolio.application.processing;


import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import static dev.snapfolio.application.testing.M.buy;
import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.ProcessingMetrics;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.application.testing.RandomHistory;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A batch that fails at any write point, while loading, or with an unsuccessful result leaves no
 * row of its own behind; the coordinator falls back to per-date, whose rows equal a clean run's,
 * and the run log and metrics show the fallback and its reason (DESIGN §4.3, §9).
 */
class BatchFaultInjectionTest {
    private static final long SEED = 11;

    /**
     * The account's history is stored, then disturbed so a batch from its start must insert
     * (a new first date, with a deposit and a buy), update (every cumulative row after it) and delete
     * (stale rows on a date outside the snapshot dates) financial rows, ticker rows and states.
     */
    private static Setup disturbed(long seed) {
        RandomHistory history = RandomHistory.generate(seed);
        FakeApplication app = Histories.app(history.today, Strategy.BATCH);
        long accountId = Histories.account(app);
        app.referenceData.savePrices(history.prices);
        app.referenceData.saveSplits(history.splits);
        Histories.importAll(app, accountId, history.movements);
        StoredSnapshots stored = app.store.everything(accountId);
        LocalDate gap = firstDateWithoutRows(stored, history.today);
        FinancialSnapshot someRow = stored.financials().get(stored.financials().size() - 1);
        TickerSnapshot someTicker = stored.tickers().get(stored.tickers().size() - 1);
        AccountState someState = stored.states().values().iterator().next();
        app.store.seed(List.of(at(someRow, gap)), List.of(at(someTicker, gap)), List.of(someState.withAsOf(gap)));
        LocalDate before = RandomHistory.START.minusDays(1);
        app.movements.insert(deposit(before.toString(), "123.45").withAccount(accountId));
        app.movements.insert(buy(before.toString(), "AAA", "1", "10").withAccount(accountId));
        app.dirtyMarks.markDirty(accountId, before);
        return new Setup(app, accountId, before);
    }

    private record Setup(FakeApplication app, long accountId, LocalDate from) {
        ProcessingOutcome process() {
            return app.coordinator.process(accountId, from, Trigger.RECOMPUTE);
        }
    }

    @Test
    void batchFailingAtEveryWritePointFallsBackToRowsEqualToACleanRun() {
        Setup clean = disturbed(SEED);
        int writesBefore = clean.app().store.rowWrites();
        ProcessingOutcome cleanOutcome = clean.process();
        assertThat(cleanOutcome.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cleanOutcome.run().used()).isEqualTo(Strategy.BATCH);
        int rows = clean.app().store.rowWrites() - writesBefore;
        List<Integer> points = writePoints(clean.app().store.lastWriteShape());
        assertThat(clean.app().store.lastWriteShape()).as("the batch inserts, updates and deletes every kind of row")
                .allMatch(size -> size > 0);
        assertThat(points.get(points.size() - 1)).isEqualTo(rows - 1);

        for (int point : points) {
            Setup faulty = disturbed(SEED);
            faulty.app().store.failAfterRowWrites(point);

            ProcessingOutcome outcome = faulty.process();

            assertThat(outcome.fellBack()).as("failure at row write %d", point).isTrue();
            assertThat(outcome.run().fallbackReason()).isEqualTo(FallbackReason.PERSIST_FAILED);
            assertThat(outcome.run().requested()).isEqualTo(Strategy.BATCH);
            assertThat(outcome.run().used()).isEqualTo(Strategy.PER_DATE);
            assertThat(outcome.run().error()).contains("injected write failure");
            Histories.assertSameRows(faulty.app(), clean.app(), faulty.accountId(), "failure at row write " + point);
            assertThat(faulty.app().dirtyMarks.find(faulty.accountId())).isEmpty();
            ProcessingMetrics metrics = faulty.app().metrics.metrics();
            assertThat(metrics.fallbacksByReason()).containsEntry(FallbackReason.PERSIST_FAILED, 1L);
            assertThat(metrics.perDateRuns()).isEqualTo(1);
        }
    }

    @Test
    void batchFailingAtAnyRowLeavesNoPartialRows() {
        Setup probe = disturbed(SEED);
        int before = probe.app().store.rowWrites();
        probe.app().batch.process(probe.accountId(), probe.from(), Policy.of(probe.app().clock.today()));
        int rows = probe.app().store.rowWrites() - before;

        for (int point = 0; point < rows; point += Math.max(1, rows / 40)) {
            Setup faulty = disturbed(SEED);
            StoredSnapshots untouched = faulty.app().store.everything(faulty.accountId());
            faulty.app().store.failAfterRowWrites(point);

            assertThatThrownBy(() -> faulty.app().batch.process(faulty.accountId(), faulty.from(),
                    Policy.of(faulty.app().clock.today())))
                    .isInstanceOfSatisfying(BatchFailureException.class,
                            e -> assertThat(e.phase()).isEqualTo(BatchFailureException.Phase.PERSIST));
            assertThat(faulty.app().store.everything(faulty.accountId())).as("after a failure at row %d", point)
                    .isEqualTo(untouched);
        }
    }

    @Test
    void failedCommitOfTheBatchFallsBack() {
        Setup clean = disturbed(SEED);
        clean.process();
        Setup faulty = disturbed(SEED);
        faulty.app().unitOfWork.failCommit(1);

        ProcessingOutcome outcome = faulty.process();

        assertThat(outcome.run().fallbackReason()).isEqualTo(FallbackReason.PERSIST_FAILED);
        Histories.assertSameRows(faulty.app(), clean.app(), faulty.accountId(), "after a failed commit");
    }

    @Test
    void timeoutWhileWritingIsRecordedAsTimeout() {
        Setup clean = disturbed(SEED);
        clean.process();
        Setup faulty = disturbed(SEED);
        faulty.app().store.timeOutAfterRowWrites(3);

        ProcessingOutcome outcome = faulty.process();

        assertThat(outcome.run().fallbackReason()).isEqualTo(FallbackReason.TIMEOUT);
        assertThat(faulty.app().metrics.metrics().fallbacksByReason()).containsEntry(FallbackReason.TIMEOUT, 1L);
        Histories.assertSameRows(faulty.app(), clean.app(), faulty.accountId(), "after a timeout");
    }

    @Test
    void failureWhileLoadingFallsBackWithLoadFailed() {
        Setup clean = disturbed(SEED);
        clean.process();
        Setup faulty = disturbed(SEED);
        faulty.app().store.failNextLoad("findRange");

        ProcessingOutcome outcome = faulty.process();

        assertThat(outcome.run().status()).isEqualTo(RunStatus.FELL_BACK);
        assertThat(outcome.run().fallbackReason()).isEqualTo(FallbackReason.LOAD_FAILED);
        assertThat(faulty.app().runLog.findAll()).last()
                .satisfies(run -> assertThat(run.fallbackReason()).isEqualTo(FallbackReason.LOAD_FAILED));
        assertThat(faulty.app().metrics.metrics().fallbacksByReason()).isEqualTo(Map.of(FallbackReason.LOAD_FAILED, 1L));
        Histories.assertSameRows(faulty.app(), clean.app(), faulty.accountId(), "after a load failure");
    }

    @Test
    void failureOfTheBatchStateLoadIsALoadFailure() {
        Setup faulty = disturbed(SEED);
        faulty.app().store.failNextLoad("findStateBefore");

        assertThatThrownBy(() -> faulty.app().batch.process(faulty.accountId(), faulty.from(),
                Policy.of(faulty.app().clock.today())))
                .isInstanceOfSatisfying(BatchFailureException.class,
                        e -> assertThat(e.phase()).isEqualTo(BatchFailureException.Phase.LOAD));
    }

    @Test
    void unsuccessfulBatchResultFallsBack() {
        Setup clean = disturbed(SEED);
        clean.process();
        Setup faulty = disturbed(SEED);
        FakeApplication app = faulty.app();
        BatchProcessor unsuccessful = new BatchProcessor(app.movements, app.referenceData, app.store, app.unitOfWork,
                app.meter, app.calculator) {
            @Override
            public ProcessingResult process(long accountId, LocalDate from, Policy policy) {
                return new ProcessingResult(Strategy.BATCH, false, from, policy.today(), RowCounts.none(), 0, 0, 0, 0,
                        0, 0, 0, 0, List.of("range too large for memory"));
            }
        };
        SnapshotProcessingCoordinator coordinator = new SnapshotProcessingCoordinator(app.perDate, unsuccessful,
                app.planner, app.store, app.movements, app.referenceData, app.dirtyMarks, app.runLock, app.runLog, app.unitOfWork,
                app.settings, app.meter, app.clock);

        ProcessingOutcome outcome = coordinator.process(faulty.accountId(), faulty.from(), Trigger.RECOMPUTE);

        assertThat(outcome.run().fallbackReason()).isEqualTo(FallbackReason.UNSUCCESSFUL_RESULT);
        assertThat(outcome.run().error()).contains("range too large for memory");
        ProcessingMetrics metrics = app.metrics.metrics();
        assertThat(metrics.fallbacksByReason()).containsEntry(FallbackReason.UNSUCCESSFUL_RESULT, 1L);
        // The import ran as a successful batch; the recompute attempted batch and fell back.
        assertThat(metrics.batchAttempts()).isEqualTo(2);
        assertThat(metrics.batchSuccesses()).isEqualTo(1);
        Histories.assertSameRows(app, clean.app(), faulty.accountId(), "after an unsuccessful result");
    }

    /** The first and the last row of each statement of the write (row indexes, 0-based). */
    private static List<Integer> writePoints(List<Integer> shape) {
        TreeSet<Integer> points = new TreeSet<>();
        int offset = 0;
        for (int size : shape) {
            if (size > 0) {
                points.add(offset);
                points.add(offset + size - 1);
            }
            offset += size;
        }
        return new ArrayList<>(points);
    }

    private static LocalDate firstDateWithoutRows(StoredSnapshots stored, LocalDate today) {
        TreeSet<LocalDate> used = new TreeSet<>(stored.states().keySet());
        for (LocalDate date = RandomHistory.START; !date.isAfter(today); date = date.plusDays(1)) {
            if (!used.contains(date)) {
                return date;
            }
        }
        throw new IllegalStateException("no free date");
    }

    private static FinancialSnapshot at(FinancialSnapshot f, LocalDate date) {
        return new FinancialSnapshot(f.accountId(), date, f.currency(), f.movementCount(), f.deposited(),
                f.withdrawn(), f.commissions(), f.fees(), f.dividendsReceived(), f.optionsIncome(), f.otherIncome(),
                f.realizedGains(), f.netCashFlow(), f.invested(), f.unrealizedGains(), f.realizedPercentage(),
                f.openTrades(), f.marketValue(), f.unrealizedPercentage(), f.unpricedPositions());
    }

    private static TickerSnapshot at(TickerSnapshot t, LocalDate date) {
        return new TickerSnapshot(t.accountId(), date, t.ticker(), t.currency(), t.shares(), t.costBasis(),
                t.invested(), t.realized(), t.dividends(), t.dividendTaxes(), t.optionsPremium(), t.commissions(),
                t.fees(), t.totalIncome(), t.capitalDeployed(), t.performance(), t.marketPrice(), t.marketValue(),
                t.unrealizedGains(), t.openTrades());
    }

}

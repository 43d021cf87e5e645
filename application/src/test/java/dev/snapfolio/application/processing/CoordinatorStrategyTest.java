package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RunRecord;
import static dev.snapfolio.application.testing.M.buy;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static dev.snapfolio.application.testing.M.sell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.RecomputeUseCase.RecomputeCommand;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.out.AccountRunLock.Lease;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The coordinator picks the strategy per trigger from the settings, honours the batch switch and
 * the rollout cohort, applies the AUTO rule, and says in the outcome which strategy ran and why; it
 * defers when the account is busy, fails (without fallback) on a domain error, and clears the
 * dirty mark only when no change arrived during the run.
 */
class CoordinatorStrategyTest {
    private static final LocalDate TODAY = d("2024-03-01");

    private final FakeApplication app = new FakeApplication(TODAY);
    private final long accountId = Histories.account(app);

    /** Twenty dates of movements, stored with a batch import. */
    private void history() {
        List<Movement> movements = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            movements.add(deposit(d("2024-01-02").plusDays(i).toString(), "100").withSourceKey("k" + i));
        }
        Histories.importAll(app, accountId, movements);
    }

    private ProcessingOutcome record(Movement movement) {
        return app.recordMovement.record(new RecordMovementCommand(accountId, movement)).outcome();
    }

    @Test
    void importUsesTheConfiguredBatch() {
        history();

        RunRecord run = app.runLog.findAll().get(0);

        assertThat(run.trigger()).isEqualTo(Trigger.IMPORT);
        assertThat(run.requested()).isEqualTo(Strategy.BATCH);
        assertThat(run.used()).isEqualTo(Strategy.BATCH);
        assertThat(run.strategyReason()).isEqualTo("BATCH configured for IMPORT");
        assertThat(run.dates()).isEqualTo(20);
        assertThat(run.fromDate()).isEqualTo(d("2024-01-02"));
        assertThat(run.toDate()).isEqualTo(TODAY);
    }

    @Test
    void autoRunsASmallEditPerDateAndABackDatedOneAsBatch() {
        history();

        RunRecord small = record(deposit("2024-01-21", "5")).run();
        RunRecord backDated = record(deposit("2024-01-03", "5")).run();

        assertThat(small.requested()).isEqualTo(Strategy.AUTO);
        assertThat(small.used()).isEqualTo(Strategy.PER_DATE);
        assertThat(small.strategyReason()).isEqualTo("AUTO: 1 dates to visit <= 5");
        assertThat(backDated.used()).isEqualTo(Strategy.BATCH);
        assertThat(backDated.strategyReason()).isEqualTo("AUTO: 19 dates to visit > 5");
    }

    @Test
    void autoThresholdIsASetting() {
        history();
        app.processingControl.update(new UpdateProcessingCommand(null, null, null, 30, null));

        RunRecord run = record(deposit("2024-01-03", "5")).run();

        assertThat(run.used()).isEqualTo(Strategy.PER_DATE);
        assertThat(run.strategyReason()).isEqualTo("AUTO: 19 dates to visit <= 30");
    }

    @Test
    void batchSwitchOffForcesPerDateAndTheOutcomeSaysWhy() {
        app.processingControl.update(UpdateProcessingCommand.batchMode(false));
        history();

        RunRecord run = app.runLog.findAll().get(0);

        assertThat(run.requested()).isEqualTo(Strategy.BATCH);
        assertThat(run.used()).isEqualTo(Strategy.PER_DATE);
        assertThat(run.strategyReason()).isEqualTo("batch-mode off (persisted)");
        Histories.assertVerifiesClean(app, accountId, "per-date import");
    }

    @Test
    void environmentOverrideBeatsThePersistedSwitch() {
        app.processingControl.update(UpdateProcessingCommand.batchMode(false));
        app.configuration.override(ProcessingSettings.BATCH_ENABLED, "on");
        history();

        assertThat(app.runLog.findAll().get(0).used()).isEqualTo(Strategy.BATCH);
        assertThat(app.processingControl.show().sources())
                .containsEntry(ProcessingSettings.BATCH_ENABLED, ProcessingSettings.SOURCE_OVERRIDE);
    }

    @Test
    void perTriggerStrategyIsHonoured() {
        app.processingControl.update(new UpdateProcessingCommand(null,
                Map.of(Trigger.IMPORT, Strategy.PER_DATE, Trigger.EDIT, Strategy.BATCH), null, null, null));
        history();

        RunRecord imported = app.runLog.findAll().get(0);
        RunRecord edited = record(deposit("2024-01-21", "5")).run();

        assertThat(imported.used()).isEqualTo(Strategy.PER_DATE);
        assertThat(imported.strategyReason()).isEqualTo("PER_DATE configured for IMPORT");
        assertThat(edited.used()).isEqualTo(Strategy.BATCH);
        assertThat(edited.strategyReason()).isEqualTo("BATCH configured for EDIT");
    }

    @Test
    void rolloutCohortDecidesPerAccountAndSticks() {
        history();
        int bucket = StrategyDecision.rolloutBucket(accountId);

        app.processingControl.update(new UpdateProcessingCommand(null, null, bucket, null, null));
        RunRecord outside = recompute(null).run();
        app.processingControl.update(new UpdateProcessingCommand(null, null, bucket + 1, null, null));
        RunRecord inside = recompute(null).run();
        app.processingControl.update(new UpdateProcessingCommand(null, null, 0, null, null));
        RunRecord none = recompute(null).run();

        assertThat(outside.used()).isEqualTo(Strategy.PER_DATE);
        assertThat(outside.strategyReason()).isEqualTo(
                "account not in the batch rollout (bucket " + bucket + " >= " + bucket + "%)");
        assertThat(inside.used()).isEqualTo(Strategy.BATCH);
        assertThat(none.used()).isEqualTo(Strategy.PER_DATE);
    }

    @Test
    void commandStrategyWinsOverConfiguration() {
        history();
        app.processingControl.update(UpdateProcessingCommand.batchMode(false));

        RunRecord batch = recompute(Strategy.BATCH).run();
        RunRecord perDate = recompute(Strategy.PER_DATE).run();

        assertThat(batch.used()).isEqualTo(Strategy.BATCH);
        assertThat(batch.strategyReason()).isEqualTo("BATCH requested by the command");
        assertThat(perDate.used()).isEqualTo(Strategy.PER_DATE);
        assertThat(perDate.strategyReason()).isEqualTo("PER_DATE requested by the command");
    }

    @Test
    void busyAccountDefersTheRunKeepsTheChangeAndTheDirtyMark() {
        history();
        Lease other = app.runLock.tryAcquire(accountId, Duration.ZERO).orElseThrow();

        ProcessingOutcome outcome = record(deposit("2024-01-10", "7"));

        assertThat(outcome.deferred()).isTrue();
        assertThat(outcome.run().status()).isEqualTo(RunStatus.DEFERRED);
        assertThat(app.movementQueries.list(accountId, d("2024-01-10"), d("2024-01-10"))).hasSize(2);
        assertThat(app.dirtyMarks.find(accountId)).hasValueSatisfying(
                mark -> assertThat(mark.dirtyFrom()).isEqualTo(d("2024-01-10")));
        assertThat(app.metrics.metrics().deferredRuns()).isEqualTo(1);

        other.close();
        List<ProcessingOutcome> refreshed = app.refresh.refresh();

        assertThat(refreshed).singleElement().satisfies(o -> {
            assertThat(o.run().status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(o.run().trigger()).isEqualTo(Trigger.REFRESH);
            assertThat(o.run().fromDate()).isEqualTo(d("2024-01-10"));
        });
        assertThat(app.dirtyMarks.find(accountId)).isEmpty();
        Histories.assertVerifiesClean(app, accountId, "after refresh");
    }

    @Test
    void changeDuringARunKeepsTheAccountDirty() {
        history();
        PerDateProcessor meddling = new PerDateProcessor(app.movements, app.referenceData, app.store, app.unitOfWork,
                app.meter, app.calculator) {
            @Override
            public ProcessingResult process(long id, LocalDate from, AccountState start, Policy policy) {
                // Another process records a change while this run works.
                app.unitOfWork.run(() -> app.dirtyMarks.markDirty(id, d("2024-01-05")));
                return super.process(id, from, start, policy);
            }
        };
        SnapshotProcessingCoordinator coordinator = new SnapshotProcessingCoordinator(meddling, app.batch, app.planner,
                app.store, app.movements, app.referenceData, app.dirtyMarks, app.runLock, app.runLog, app.unitOfWork, app.settings,
                app.meter, app.clock);
        app.dirtyMarks.markDirty(accountId, d("2024-01-15"));

        ProcessingOutcome outcome = coordinator.process(accountId, d("2024-01-15"), Trigger.EDIT, Strategy.PER_DATE);

        assertThat(outcome.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(app.dirtyMarks.find(accountId)).hasValueSatisfying(
                mark -> assertThat(mark.dirtyFrom()).isEqualTo(d("2024-01-05")));
    }

    @Test
    void runStartsFromAnEarlierDirtyMark() {
        history();
        app.dirtyMarks.markDirty(accountId, d("2024-01-04"));

        RunRecord run = app.coordinator.process(accountId, d("2024-01-18"), Trigger.EDIT).run();

        assertThat(run.fromDate()).isEqualTo(d("2024-01-04"));
        assertThat(app.dirtyMarks.find(accountId)).isEmpty();
    }

    @Test
    void domainErrorFailsTheRunWithoutFallbackAndKeepsTheAccountDirty() {
        history();
        // Stored behind validation's back: a sale of shares never bought, then moved out.
        app.movements.insert(sell("2024-01-05", "AAA", "5", "10").withAccount(accountId));
        app.movements.insert(buy("2024-01-05", "AAA", "1", "10").withAccount(accountId));
        app.movements.insert(Movement.of(accountId, d("2024-01-06").atTime(10, 0), Currency.USD,
                new SecurityOut(Ticker.of("AAA"), BigDecimal.TEN, null)));

        ProcessingOutcome outcome = recompute(Strategy.BATCH);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.run().fallbackReason()).isNull();
        assertThat(outcome.run().used()).isEqualTo(Strategy.BATCH);
        assertThat(outcome.run().error()).contains("2024-01-06");
        assertThat(app.dirtyMarks.find(accountId)).isPresent();
        assertThat(app.metrics.metrics().failedRuns()).isEqualTo(1);
    }

    @Test
    void movementDatedTomorrowStaysDirtyUntilItsDay() {
        history();

        ProcessingOutcome outcome = record(deposit(TODAY.plusDays(1).toString(), "9"));

        assertThat(outcome.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(app.store.everything(accountId).states()).doesNotContainKey(TODAY.plusDays(1));
        assertThat(app.dirtyMarks.find(accountId)).hasValueSatisfying(
                mark -> assertThat(mark.dirtyFrom()).isEqualTo(TODAY.plusDays(1)));

        app.clock.setToday(TODAY.plusDays(1));
        app.refresh.refresh();

        assertThat(app.store.everything(accountId).states()).containsKey(TODAY.plusDays(1));
        assertThat(app.dirtyMarks.find(accountId)).isEmpty();
    }

    @Test
    void batchLoadsWithAtMostSixQueriesWhateverTheRange() {
        history();
        for (String from : List.of("2024-01-20", "2024-01-10", "2024-01-02")) {
            // Stale rows everywhere, so every run also writes.
            app.store.seed(app.store.everything(accountId).financials().stream()
                    .map(f -> new FinancialSnapshot(f.accountId(), f.date(), f.currency(), f.movementCount() + 1,
                            f.deposited(), f.withdrawn(), f.commissions(), f.fees(), f.dividendsReceived(),
                            f.optionsIncome(), f.otherIncome(), f.realizedGains(), f.netCashFlow(), f.invested(),
                            f.unrealizedGains(), f.realizedPercentage(), f.openTrades(), f.marketValue(),
                            f.unrealizedPercentage(), f.unpricedPositions())).toList(), List.of(), List.of());
            ProcessingResult batch = app.batch.process(accountId, d(from), Policy.of(TODAY));
            ProcessingResult perDate = app.perDate.process(accountId, d(from), Policy.of(TODAY));

            assertThat(batch.loadQueries()).as("batch load from %s", from).isLessThanOrEqualTo(6);
            assertThat(batch.rowsByScenario()).isNotEmpty();
            assertThat(batch.queries() - batch.loadQueries()).as("one batched statement per kind of change")
                    .isLessThanOrEqualTo(8);
            assertThat(perDate.loadQueries()).as("per-date from %s", from)
                    .isGreaterThan(2L * perDate.datesProcessed());
        }
    }

    private ProcessingOutcome recompute(Strategy strategy) {
        return app.recompute.recompute(new RecomputeCommand(accountId, null, strategy));
    }
}

package dev.snapfolio.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeDatabase;
import dev.snapfolio.application.fakes.InMemoryMovementRepository;
import dev.snapfolio.application.fakes.InMemorySnapshotStore;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.processing.StrategyDecision.Choice;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The strategy decision on its own: the command flag, the configured strategy per trigger, the
 * batch switch, the rollout cohort, and AUTO's threshold with its one counting query.
 */
class StrategyDecisionTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final LocalDate LONG_AGO = LocalDate.of(2023, 1, 2);

    /** A store whose visit-date count is set by the test, counting the queries asked. */
    private static final class CountingStore extends InMemorySnapshotStore {
        private int visitDates;
        private int countQueries;

        CountingStore() {
            this(new FakeDatabase());
        }

        private CountingStore(FakeDatabase db) {
            super(db, new InMemoryMovementRepository(db));
        }

        @Override
        public int countVisitDates(long accountId, LocalDate from, LocalDate to) {
            countQueries++;
            return visitDates;
        }
    }

    private final CountingStore store = new CountingStore();
    private final StrategyDecision decision = new StrategyDecision(store);

    private static ProcessingSettings settings(boolean batchEnabled, Strategy editStrategy, int rolloutPercent) {
        return new ProcessingSettings(batchEnabled, Map.of(Trigger.EDIT, editStrategy, Trigger.IMPORT, Strategy.BATCH,
                Trigger.RECOMPUTE, Strategy.BATCH, Trigger.REFRESH, Strategy.AUTO), rolloutPercent, 5, 3,
                Map.of(ProcessingSettings.BATCH_ENABLED, ProcessingSettings.SOURCE_PERSISTED));
    }

    private static long accountInBucket(java.util.function.IntPredicate bucket) {
        return LongStream.rangeClosed(1, 1000).filter(id -> bucket.test(StrategyDecision.rolloutBucket(id)))
                .findFirst().orElseThrow();
    }

    @Test
    void theConfiguredStrategyOfTheTriggerDecides() {
        assertThat(decision.decide(1, Trigger.IMPORT, null, settings(true, Strategy.AUTO, 100), LONG_AGO, TODAY))
                .isEqualTo(new Choice(Strategy.BATCH, "BATCH configured for IMPORT"));
        assertThat(decision.decide(1, Trigger.EDIT, null, settings(true, Strategy.PER_DATE, 100), LONG_AGO, TODAY))
                .isEqualTo(new Choice(Strategy.PER_DATE, "PER_DATE configured for EDIT"));
        assertThat(store.countQueries).isZero();
    }

    @Test
    void theCommandFlagWinsOverTheConfigurationAndTheSwitches() {
        ProcessingSettings off = settings(false, Strategy.PER_DATE, 0);

        assertThat(decision.decide(1, Trigger.EDIT, Strategy.BATCH, off, LONG_AGO, TODAY))
                .isEqualTo(new Choice(Strategy.BATCH, "BATCH requested by the command"));
        assertThat(decision.decide(1, Trigger.IMPORT, Strategy.PER_DATE, settings(true, Strategy.AUTO, 100), LONG_AGO,
                TODAY)).isEqualTo(new Choice(Strategy.PER_DATE, "PER_DATE requested by the command"));
        assertThat(StrategyDecision.requested(Trigger.EDIT, Strategy.BATCH, off)).isEqualTo(Strategy.BATCH);
        assertThat(StrategyDecision.requested(Trigger.EDIT, null, off)).isEqualTo(Strategy.PER_DATE);
    }

    @Test
    void batchModeOffForcesPerDateAndNamesWhereTheSettingCameFrom() {
        assertThat(decision.decide(1, Trigger.IMPORT, null, settings(false, Strategy.AUTO, 100), LONG_AGO, TODAY))
                .isEqualTo(new Choice(Strategy.PER_DATE, "batch-mode off (persisted)"));
    }

    @Test
    void anAccountOutsideTheRolloutCohortRunsPerDate() {
        long inCohort = accountInBucket(b -> b < 50);
        long outside = accountInBucket(b -> b >= 50);
        ProcessingSettings half = settings(true, Strategy.AUTO, 50);

        assertThat(decision.decide(inCohort, Trigger.IMPORT, null, half, LONG_AGO, TODAY).used())
                .isEqualTo(Strategy.BATCH);
        assertThat(decision.decide(outside, Trigger.IMPORT, null, half, LONG_AGO, TODAY))
                .isEqualTo(new Choice(Strategy.PER_DATE, "account not in the batch rollout (bucket "
                        + StrategyDecision.rolloutBucket(outside) + " >= 50%)"));
    }

    @Test
    void autoRunsAShortRangePerDateWithoutCountingItsDates() {
        Choice choice = decision.decide(1, Trigger.EDIT, null, settings(true, Strategy.AUTO, 100),
                TODAY.minusDays(4), TODAY);

        assertThat(choice).isEqualTo(new Choice(Strategy.PER_DATE, "AUTO: at most 5 dates to visit <= 5"));
        assertThat(store.countQueries).isZero();
    }

    @Test
    void autoCountsTheDatesOfALongerRangeOnceAndComparesWithTheThreshold() {
        ProcessingSettings auto = settings(true, Strategy.AUTO, 100);
        store.visitDates = 5;
        assertThat(decision.decide(1, Trigger.EDIT, null, auto, LONG_AGO, TODAY))
                .isEqualTo(new Choice(Strategy.PER_DATE, "AUTO: 5 dates to visit <= 5"));
        store.visitDates = 6;
        assertThat(decision.decide(1, Trigger.EDIT, null, auto, LONG_AGO, TODAY))
                .isEqualTo(new Choice(Strategy.BATCH, "AUTO: 6 dates to visit > 5"));
        assertThat(store.countQueries).isEqualTo(2);
    }

    @Test
    void autoOnARangeStartingAfterTodayHasNothingToVisit() {
        assertThat(decision.decide(1, Trigger.REFRESH, null, settings(true, Strategy.AUTO, 100), TODAY.plusDays(1),
                TODAY)).isEqualTo(new Choice(Strategy.PER_DATE, "AUTO: at most 0 dates to visit <= 5"));
    }
}

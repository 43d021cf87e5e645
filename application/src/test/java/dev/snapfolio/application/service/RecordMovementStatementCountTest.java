package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.buy;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Recording one movement dated today is the interactive path: its statements are round trips to
 * the database, so their number is pinned here and cannot grow unnoticed.
 */
class RecordMovementStatementCountTest {
    private static final LocalDate TODAY = d("2024-03-01");
    /**
     * 33 when the settings were read five times per call and the per-date run re-read the state
     * its plan had just read; 28 with the settings read once per call and the plan's state reused;
     * 27 with the run's own read of the next movement after today reused to keep tomorrow dirty;
     * 25 with today's prices taken from the run's one load of the account's reference data;
     * 20 with no id query for the provisional id, splits without prices and without a ticker
     * query in validation, no visit count when the range has fewer days than the AUTO threshold,
     * and the run of one date reading that date's movements (and those after it) and stored rows
     * once instead of per-date queries; 21 with the one primary-key probe that warns about a
     * bought ticker that has no price at all; 22 since the run log keeps the run from its start
     * (RUNNING, then how it ended), so that a run whose process is killed still shows in the log.
     */
    private static final long MAX_STATEMENTS = 22;

    private final FakeApplication app = new FakeApplication(TODAY);
    private final long accountId = Histories.account(app);

    private MovementChangeResult record(Movement movement) {
        return app.recordMovement.record(new RecordMovementCommand(accountId, movement));
    }

    @Test
    void recordingOneMovementDatedTodaySendsAFixedSmallNumberOfStatements() {
        record(deposit("2024-01-02", "10000"));
        record(buy("2024-01-03", "AAPL", "10", "150"));
        record(buy("2024-02-05", "MSFT", "5", "300"));
        record(deposit("2024-02-20", "500"));

        long before = app.meter.count();
        MovementChangeResult result = record(buy(TODAY.toString(), "AAPL", "1", "160"));
        long statements = app.meter.count() - before;

        assertThat(result.outcome().run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.outcome().run().used()).isEqualTo(Strategy.PER_DATE);
        assertThat(statements).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void recordingASecondMovementDatedTodayOnAStoredDateSendsAsMany() {
        record(deposit("2024-01-02", "10000"));
        record(buy("2024-01-03", "AAPL", "10", "150"));
        record(buy(TODAY.toString(), "AAPL", "1", "160"));

        long before = app.meter.count();
        MovementChangeResult result = record(buy(TODAY.toString(), "MSFT", "1", "300"));
        long statements = app.meter.count() - before;

        assertThat(result.outcome().run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.outcome().run().dates()).isEqualTo(1);
        assertThat(statements).isLessThanOrEqualTo(MAX_STATEMENTS);
    }
}

package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RefreshRequest;
import dev.snapfolio.application.port.out.DirtyMark;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** How a refresh worker claims, runs and lets go of dirty accounts. */
class RefreshClaimsTest {
    private static final LocalDate TODAY = d("2024-03-01");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final FakeApplication app = new FakeApplication(TODAY);

    private List<Long> dirtyAccounts(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = app.createAccount.create(new CreateAccountCommand("A" + i, null, null)).id();
            app.movements.insert(deposit("2024-01-02", "1000").withAccount(id));
            app.dirtyMarks.markDirty(id, d("2024-01-02"));
            ids.add(id);
        }
        return ids;
    }

    @Test
    void everyDirtyAccountIsRunOnceAcrossSeveralClaims() {
        List<Long> ids = dirtyAccounts(RefreshService.CLAIM_SIZE * 2 + 3);

        List<ProcessingOutcome> outcomes = app.refresh.refresh();

        assertThat(outcomes).extracting(o -> o.run().accountId()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(app.dirtyMarks.findAll()).isEmpty();
    }

    @Test
    void aStopRequestedMidClaimEndsAfterTheCurrentAccountAndReleasesTheRestForOtherWorkers() {
        List<Long> ids = dirtyAccounts(5);
        AtomicBoolean stop = new AtomicBoolean();
        List<ProcessingOutcome> told = new ArrayList<>();

        List<ProcessingOutcome> outcomes = app.refresh.refresh(new RefreshRequest(1, LEASE, stop::get, outcome -> {
            told.add(outcome);
            stop.set(true);
        }));

        assertThat(outcomes).hasSize(1).isEqualTo(told);
        assertThat(app.dirtyMarks.findAll()).hasSize(4);
        List<DirtyMark> claimable = app.unitOfWork.inTransaction(
                () -> app.dirtyMarks.claim("another", TODAY, 10, LEASE));
        assertThat(claimable).as("released, not left leased").hasSize(4)
                .extracting(DirtyMark::accountId).doesNotContain(outcomes.get(0).run().accountId());
        assertThat(ids).contains(outcomes.get(0).run().accountId());
    }

    @Test
    void anAccountThatStaysDirtyAfterItsRunIsNotRunAgainInTheSameRefreshAndIsReleasedAtItsEnd() {
        List<Long> ids = dirtyAccounts(2);
        long broken = ids.get(0);
        app.runLock.breakFor(broken);

        List<ProcessingOutcome> outcomes = app.refresh.refresh();

        assertThat(outcomes).extracting(o -> o.run().accountId()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(app.dirtyMarks.find(broken)).as("still dirty").isPresent();
        assertThat(app.unitOfWork.inTransaction(() -> app.dirtyMarks.claim("next", TODAY, 10, LEASE)))
                .as("released for the next refresh").extracting(DirtyMark::accountId).containsExactly(broken);
    }

    @Test
    void anAccountLeasedByALiveWorkerIsLeftToIt() {
        List<Long> ids = dirtyAccounts(2);
        List<DirtyMark> held = app.unitOfWork.inTransaction(() -> app.dirtyMarks.claim("other", TODAY, 1, LEASE));

        List<ProcessingOutcome> outcomes = app.refresh.refresh();

        assertThat(outcomes).extracting(o -> o.run().accountId())
                .containsExactlyElementsOf(ids.stream().filter(id -> id != held.get(0).accountId()).toList());
        assertThat(app.dirtyMarks.find(held.get(0).accountId())).isPresent();
    }

    @Test
    void aMarkDatedAfterTodayWaitsForItsDay() {
        long id = app.createAccount.create(new CreateAccountCommand("Later", null, null)).id();
        app.movements.insert(deposit("2024-01-02", "1000").withAccount(id));
        app.dirtyMarks.markDirty(id, TODAY.plusDays(1));

        assertThat(app.refresh.refresh()).isEmpty();
        app.clock.setToday(TODAY.plusDays(1));
        assertThat(app.refresh.refresh()).extracting(o -> o.run().accountId()).containsExactly(id);
    }
}

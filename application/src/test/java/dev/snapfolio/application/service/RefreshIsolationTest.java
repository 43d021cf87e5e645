package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.testing.Histories;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One broken account never stops a refresh of the others; it is reported with its date and problem. */
class RefreshIsolationTest {
    private static final LocalDate TODAY = d("2024-03-01");

    private final FakeApplication app = new FakeApplication(TODAY);

    @Test
    void anAccountThatCannotBeProcessedIsReportedAndTheOthersAreProcessed() {
        long broken = Histories.account(app);
        long healthy = app.createAccount.create(new CreateAccountCommand("Other", null, null)).id();
        for (long account : List.of(broken, healthy)) {
            app.movements.insert(deposit("2024-01-02", "1000").withAccount(account));
            app.dirtyMarks.markDirty(account, d("2024-01-02"));
        }
        app.runLock.breakFor(broken);

        List<ProcessingOutcome> outcomes = app.refresh.refresh();

        assertThat(outcomes).extracting(o -> o.run().accountId()).containsExactlyInAnyOrder(broken, healthy);
        ProcessingOutcome failed = outcomes.stream().filter(o -> o.run().accountId() == broken).findFirst().orElseThrow();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.run().fromDate()).isEqualTo(d("2024-01-02"));
        assertThat(failed.run().error()).contains("cannot take the run lock of account #" + broken);
        assertThat(app.runLog.findAll()).filteredOn(r -> r.accountId() == broken)
                .extracting(r -> r.status()).containsExactly(RunStatus.FAILED);
        assertThat(app.dirtyMarks.find(broken)).isPresent();
        assertThat(app.dirtyMarks.find(healthy)).isEmpty();
        Histories.assertVerifiesClean(app, healthy, "the healthy account");
    }
}

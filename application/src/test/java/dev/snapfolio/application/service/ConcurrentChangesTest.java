package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.buy;
import static dev.snapfolio.application.testing.M.d;
import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writers on one account never lose a change (DESIGN §9): runs that find the account
 * busy defer to refresh with the account left dirty, and afterwards the stored rows equal a full
 * computation of every movement.
 */
class ConcurrentChangesTest {
    private static final LocalDate TODAY = d("2024-06-28");

    @Test
    void concurrentWritersLoseNoChangeAndRefreshLeavesRowsEqualToAFullComputation() throws Exception {
        FakeApplication app = new FakeApplication(TODAY);
        long accountId = Histories.account(app);
        app.recordMovement.record(new RecordMovementCommand(accountId, deposit("2024-01-02", "100000")));
        int writers = 4;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<ProcessingOutcome> outcomes = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                Random random = new Random(w);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        String date = d("2024-01-03").plusDays(random.nextInt(170)).toString();
                        Movement movement = random.nextBoolean() ? deposit(date, "10")
                                : buy(date, "AAA", Integer.toString(1 + random.nextInt(5)), "20");
                        outcomes.add(app.recordMovement.record(new RecordMovementCommand(accountId, movement))
                                .outcome());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        app.refresh.refresh();

        assertThat(outcomes).hasSize(writers * perWriter);
        assertThat(outcomes).noneMatch(ProcessingOutcome::failed);
        assertThat(app.movementQueries.list(accountId, null, null)).hasSize(1 + writers * perWriter);
        assertThat(app.dirtyMarks.findAll()).isEmpty();
        Histories.assertVerifiesClean(app, accountId, "after concurrent writers");
        long deferred = outcomes.stream().filter(o -> o.run().status() == RunStatus.DEFERRED).count();
        assertThat(app.metrics.metrics().deferredRuns()).isEqualTo(deferred);
    }
}

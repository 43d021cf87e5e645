package dev.snapfolio.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.AccountRunLock.Lease;
import dev.snapfolio.application.port.out.AccountRunLock.ManyLease;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRunLock} does. A contender is another thread, as another run would be. */
public abstract class AccountRunLockContract {
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    protected abstract AccountRunLock lock();

    @AfterEach
    void stopOtherThread() {
        other.shutdownNow();
    }

    private Optional<Lease> fromOtherThread(long account, Duration wait) throws Exception {
        return other.submit(() -> lock().tryAcquire(account, wait)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aHeldLockIsRefusedToAnotherRunAfterABoundedWait() throws Exception {
        try (Lease held = lock().tryAcquire(1, Duration.ofSeconds(1)).orElseThrow()) {
            long t0 = System.nanoTime();
            Optional<Lease> second = fromOtherThread(1, Duration.ofMillis(300));
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

            assertThat(second).isEmpty();
            assertThat(waitedMs).isBetween(200L, 10_000L);
        }
    }

    @Test
    void releasingTheLockLetsTheNextRunIn() throws Exception {
        Lease first = lock().tryAcquire(1, Duration.ofSeconds(1)).orElseThrow();
        first.close();

        Optional<Lease> second = fromOtherThread(1, Duration.ofMillis(500));

        assertThat(second).isPresent();
        other.submit(() -> second.get().close()).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aWaitingRunGetsTheLockWhenItIsReleased() throws Exception {
        Lease first = lock().tryAcquire(1, Duration.ofSeconds(1)).orElseThrow();
        CompletableFuture<Optional<Lease>> waiting = CompletableFuture.supplyAsync(
                () -> lock().tryAcquire(1, Duration.ofSeconds(20)), other);
        Thread.sleep(300);
        assertThat(waiting).isNotDone();

        first.close();

        Optional<Lease> second = waiting.get(20, TimeUnit.SECONDS);
        assertThat(second).isPresent();
        other.submit(() -> second.get().close()).get(30, TimeUnit.SECONDS);
    }

    @Test
    void accountsAreLockedIndependently() throws Exception {
        try (Lease one = lock().tryAcquire(1, Duration.ofSeconds(1)).orElseThrow()) {
            Optional<Lease> two = fromOtherThread(2, Duration.ofMillis(500));

            assertThat(two).isPresent();
            other.submit(() -> two.get().close()).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void closingALeaseTwiceIsHarmless() throws Exception {
        Lease lease = lock().tryAcquire(1, Duration.ofSeconds(1)).orElseThrow();
        lease.close();
        lease.close();

        Optional<Lease> again = fromOtherThread(1, Duration.ofMillis(500));
        assertThat(again).isPresent();
        other.submit(() -> again.get().close()).get(30, TimeUnit.SECONDS);
    }

    @Test
    void manyLocksAreTakenAtOnceExceptThoseAnotherRunHolds() throws Exception {
        try (Lease two = lock().tryAcquire(2, Duration.ofSeconds(1)).orElseThrow()) {
            ManyLease many = other.submit(() -> lock().tryAcquireAll(List.of(1L, 2L, 3L))).get(30, TimeUnit.SECONDS);

            assertThat(List.of(many.holds(1), many.holds(2), many.holds(3))).containsExactly(true, false, true);
            assertThat(lock().tryAcquire(3, Duration.ofMillis(200))).isEmpty();
            other.submit(many::close).get(30, TimeUnit.SECONDS);
        }
        Optional<Lease> three = fromOtherThread(3, Duration.ofMillis(500));
        assertThat(three).isPresent();
        other.submit(() -> three.get().close()).get(30, TimeUnit.SECONDS);
    }
}

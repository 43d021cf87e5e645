package dev.snapfolio.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.out.StorageTimeoutException;
import dev.snapfolio.application.processing.BatchFailureException.Phase;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A failed batch's fallback reason comes from the types in its cause chain and its phase, never from message text. */
class FallbackReasonsTest {
    private static FallbackReason reasonFor(Phase phase, Throwable cause) {
        return FallbackReasons.of(new BatchFailureException(phase, cause));
    }

    @Test
    void aFailureWhileLoadingIsLoadFailed() {
        assertThat(reasonFor(Phase.LOAD, new IllegalStateException("connection refused")))
                .isEqualTo(FallbackReason.LOAD_FAILED);
    }

    @Test
    void aFailureWhilePersistingIsPersistFailed() {
        assertThat(reasonFor(Phase.PERSIST, new RuntimeException("duplicate key", new SQLException("dup"))))
                .isEqualTo(FallbackReason.PERSIST_FAILED);
    }

    @Test
    void aStorageTimeoutAnywhereInTheCauseChainIsTimeoutInEitherPhase() {
        RuntimeException wrapped = new RuntimeException("writing snapshots failed",
                new IllegalStateException("statement failed", new StorageTimeoutException("no answer in time")));

        assertThat(reasonFor(Phase.PERSIST, wrapped)).isEqualTo(FallbackReason.TIMEOUT);
        assertThat(reasonFor(Phase.LOAD, wrapped)).isEqualTo(FallbackReason.TIMEOUT);
    }

    @Test
    void theJdksTimeoutTypesAreTimeoutsToo() {
        assertThat(reasonFor(Phase.PERSIST, new RuntimeException(new SQLTimeoutException("interrupted"))))
                .isEqualTo(FallbackReason.TIMEOUT);
        assertThat(reasonFor(Phase.LOAD, new RuntimeException(new TimeoutException())))
                .isEqualTo(FallbackReason.TIMEOUT);
    }

    @Test
    void aMessageThatMentionsATimeoutDoesNotMakeATimeout() {
        RuntimeException looksLikeOne = new RuntimeException("Lock wait timeout exceeded; timed out",
                new SQLException("Lock wait timeout exceeded"));

        assertThat(reasonFor(Phase.PERSIST, looksLikeOne)).isEqualTo(FallbackReason.PERSIST_FAILED);
        assertThat(reasonFor(Phase.LOAD, looksLikeOne)).isEqualTo(FallbackReason.LOAD_FAILED);
    }
}

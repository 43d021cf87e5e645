package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.out.StorageTimeoutException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Why a failed batch falls back (DESIGN §4.3), by the types of the failure, never by its message:
 * a timeout anywhere in the cause chain ({@link StorageTimeoutException} from an out-port, or the
 * JDK's {@link SQLTimeoutException} and {@link TimeoutException}) is {@code TIMEOUT}; any other
 * failure is {@code LOAD_FAILED} or {@code PERSIST_FAILED} by the phase that failed.
 */
final class FallbackReasons {
    private FallbackReasons() {
    }

    static FallbackReason of(BatchFailureException failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StorageTimeoutException || t instanceof SQLTimeoutException
                    || t instanceof TimeoutException) {
                return FallbackReason.TIMEOUT;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return failure.phase() == BatchFailureException.Phase.LOAD
                ? FallbackReason.LOAD_FAILED : FallbackReason.PERSIST_FAILED;
    }
}

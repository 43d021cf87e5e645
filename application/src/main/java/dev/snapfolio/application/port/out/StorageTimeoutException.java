package dev.snapfolio.application.port.out;

/**
 * A storage operation ran out of time — a statement timeout or a lock wait timeout. Out-port
 * implementations throw it (or keep it in the cause chain) so the application can tell a timeout
 * from other failures by type: a batch that fails this way falls back with reason {@code TIMEOUT}.
 */
public class StorageTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageTimeoutException(String message) {
        super(message);
    }

    public StorageTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

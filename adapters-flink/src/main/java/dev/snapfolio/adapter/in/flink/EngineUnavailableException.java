package dev.snapfolio.adapter.in.flink;

/** The engine could not be opened (database unreachable, credentials refused): one line, no password. */
public class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

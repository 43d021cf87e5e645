package dev.snapfolio.adapter.out.persistence;

import java.util.Optional;

/**
 * The database cannot be used: not reachable, refused the credentials, a data directory that is not
 * writable, a schema newer than this version. The message is one line meant for the user; it never
 * contains a password or a URL with credentials.
 */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The database problem behind a failure, if there is one: injectors wrap what providers throw
     * (Guice's ProvisionException), so callers that show one line look through the causes.
     */
    public static Optional<DatabaseException> findIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException d) {
                return Optional.of(d);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}

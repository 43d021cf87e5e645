package dev.snapfolio.adapter.persistence;

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
}

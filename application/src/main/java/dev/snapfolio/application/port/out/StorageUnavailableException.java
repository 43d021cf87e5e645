package dev.snapfolio.application.port.out;

/**
 * The database could not be reached, or the connection to it was lost in the middle of an
 * operation. Out-port implementations throw it (or keep it in the cause chain) so the application
 * can tell it by type: nothing more can be written until the database is back, so a run that meets
 * it stops at once (no fallback, no further writes) and leaves the account dirty.
 */
public class StorageUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether {@code failure} or one of its causes is a {@link StorageUnavailableException} — or a
     * JDBC connection failure that reached here without passing an out-port's translation (a commit).
     */
    public static boolean isIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException
                    // a pool's time-out with the failure to connect as its cause (without one: all in use)
                    || t instanceof java.sql.SQLTransientConnectionException && t.getCause() != null) {
                return true;
            }
            // SQLState class 08: connection exception (the standard's, whatever the driver's type)
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

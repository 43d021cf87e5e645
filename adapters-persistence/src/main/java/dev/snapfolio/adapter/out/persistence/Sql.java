package dev.snapfolio.adapter.out.persistence;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;

/** Small helpers to read database errors. */
final class Sql {
    private static final int ER_DUP_ENTRY = 1062;
    /** InnoDB found a deadlock and rolled the transaction back. */
    private static final int ER_LOCK_DEADLOCK = 1213;
    /** InnoDB gave up waiting for a row lock (innodb_lock_wait_timeout). */
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    /** MariaDB ended a statement at max_statement_time. */
    private static final int ER_STATEMENT_TIMEOUT = 1969;
    /** MySQL ended a statement at max_execution_time. */
    private static final int ER_QUERY_TIMEOUT = 3024;

    private Sql() {
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_DUP_ENTRY
                    || t instanceof SQLIntegrityConstraintViolationException && "23000".equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains("Duplicate"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database could not be reached or the connection was lost: a connection-class
     * SQLState (08…), the driver's connection exceptions, or the pool's time-out waiting for a
     * connection it could not open.
     */
    static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLNonTransientConnectionException || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            // The pool's time-out is a lost database only when opening connections failed (its cause);
            // without one, every connection was simply in use.
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return t.getCause() != null;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** InnoDB chose this transaction as a deadlock victim and rolled it back: running it again is safe. */
    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_LOCK_DEADLOCK) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether a statement or lock timeout is in the cause chain: by type or by the server's error code. */
    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == ER_LOCK_WAIT_TIMEOUT || code == ER_STATEMENT_TIMEOUT || code == ER_QUERY_TIMEOUT) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

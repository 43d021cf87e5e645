package dev.snapfolio.adapter.out.persistence;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Small helpers to read database errors. */
final class Sql {
    private static final int ER_DUP_ENTRY = 1062;

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
}

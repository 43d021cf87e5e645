package dev.snapfolio.adapter.out.persistence;

/** The database was migrated by a newer Snapfolio than this one: refusing to touch it. */
public class SchemaTooNewException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public SchemaTooNewException(String message) {
        super(message);
    }
}

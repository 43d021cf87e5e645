package dev.snapfolio.adapter.out.persistence;

/** Receives a generated id from MyBatis (rows are immutable records, so the key goes here). */
final class GeneratedKey {
    private long id;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}

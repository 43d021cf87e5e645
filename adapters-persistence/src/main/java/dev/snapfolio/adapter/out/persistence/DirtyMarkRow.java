package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.DirtyMark;
import java.time.LocalDate;

/** A row of {@code dirty_mark} whose {@code dirtyFrom} is set (clean accounts are not read). */
record DirtyMarkRow(long accountId, LocalDate dirtyFrom, long counter) {
    DirtyMark toDomain() {
        return new DirtyMark(accountId, dirtyFrom, counter);
    }
}

package dev.snapfolio.application.port.out;

import java.time.LocalDate;

/** An account whose snapshots are stale from {@code dirtyFrom} on; {@code counter} moves with every change. */
public record DirtyMark(long accountId, LocalDate dirtyFrom, long counter) {
}

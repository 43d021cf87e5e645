package dev.snapfolio.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Per-account dirty marks (DESIGN §4.3), written in the change's transaction. */
public interface DirtyMarkRepository {
    /** dirtyFrom = MIN(dirtyFrom, from); counter + 1. Creates the mark when absent. */
    void markDirty(long accountId, LocalDate from);

    Optional<DirtyMark> find(long accountId);

    /** Clears the mark only when its counter is still {@code counter}; true when cleared. */
    boolean clearIfUnchanged(long accountId, long counter);

    /**
     * As {@link #clearIfUnchanged(long, long)}, but leaves the account dirty from {@code keepFrom}
     * instead when it is not null — what a {@link #markDirty} right after the clear gives (a new
     * counter) — in one statement, so no transaction is needed. True when the counter matched.
     */
    boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom);

    List<DirtyMark> findAll();

    /**
     * Claims up to {@code limit} dirty accounts for this worker (SELECT … FOR UPDATE SKIP LOCKED
     * inside the caller's transaction), so several refresh workers can share one database.
     */
    List<DirtyMark> claim(int limit);
}

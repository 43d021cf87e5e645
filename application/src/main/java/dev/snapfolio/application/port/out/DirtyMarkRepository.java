package dev.snapfolio.application.port.out;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Per-account dirty marks (DESIGN §4.3), written in the change's transaction; the leases refresh
 * workers take on them; and each account's next contract expiry, so that a refresh finds the
 * accounts with an expiry due without reading every account.
 */
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

    /**
     * As {@link #clearIfUnchanged(long, long, LocalDate)}, and in the same statement: releases a
     * worker's lease on the mark, and, when {@code nextExpiry} is not null, records it as the
     * account's next contract expiry (empty: no contract open). True when the counter matched;
     * otherwise nothing is written.
     */
    boolean clearIfUnchanged(long accountId, long counter, LocalDate keepFrom, Optional<LocalDate> nextExpiry);

    /** Records the account's next contract expiry (empty: no contract open), dirty or not. */
    void recordNextExpiry(long accountId, Optional<LocalDate> nextExpiry);

    /**
     * Marks dirty, from its next expiry, every account whose next expiry is on or before
     * {@code lastDueExpiration} and which is not already dirty from that date or earlier. One
     * statement whatever the number of accounts; the number of accounts marked.
     */
    int markExpiriesDue(LocalDate lastDueExpiration);

    /** Up to {@code limit} clean accounts whose next expiry has not been recorded yet (a database from before it was kept). */
    List<Long> findUnknownNextExpiry(int limit);

    List<DirtyMark> findAll();

    /**
     * Claims up to {@code limit} accounts dirty from {@code today} or earlier for {@code worker},
     * with a lease of {@code lease}: SELECT … FOR UPDATE SKIP LOCKED, then the lease written, in the
     * caller's transaction — committed, no other worker claims them until the lease expires or is
     * released. Marks leased by another worker are skipped until their lease has expired; marks this
     * worker already holds are never returned again (it has run them).
     */
    List<DirtyMark> claim(String worker, LocalDate today, int limit, Duration lease);

    /**
     * Extends {@code worker}'s lease on the account to {@code lease} from now; false when the worker
     * no longer holds it (its lease expired and another worker took it, or the mark was cleared).
     */
    boolean renew(long accountId, String worker, Duration lease);

    /** Releases every lease {@code worker} still holds; the number released. */
    int release(String worker);
}

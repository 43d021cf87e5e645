package dev.snapfolio.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Recomputes whole accounts in bulk, for the day a calculation rule changes: the movements, stored
 * states and reference data of a range of accounts are loaded at once (a constant number of
 * statements per range, whatever its size), every account is recomputed from its first movement
 * with the unchanged calculator, and only rows that differ are written, one transaction per range
 * (an account that changed meanwhile is left out of it, dirty). Rebuilding a range twice writes
 * nothing the second time; an account that fails is reported, left dirty, and never stops the
 * others. A rebuild run as a {@link Job} records each completed range, so one stopped half-way
 * resumes after it.
 */
public interface RebuildAccountsUseCase {
    /** The existing accounts cut into consecutive id ranges of at most {@code accountsPerRange} accounts. */
    List<AccountRange> ranges(int accountsPerRange, Optional<AccountRange> within);

    /** Rebuilds every account whose id lies in {@code range}. */
    RangeResult rebuild(AccountRange range);

    /**
     * Records the start of a rebuild of {@code within} (empty: every account) — or, unless
     * {@code restart}, resumes the rebuild of the same accounts that stopped before its end (killed,
     * or the machine lost): its remaining ranges begin after the last account of its last completed
     * range. Starting over supersedes the stopped one.
     */
    Job startOrResume(Optional<AccountRange> within, boolean restart);

    /** The ranges the job has still to rebuild, of at most {@code accountsPerRange} accounts each. */
    List<AccountRange> ranges(int accountsPerRange, Job job);

    /**
     * Rebuilds the job's {@code ranges} in order, giving each result to {@code rebuilt} once the range
     * is written and recorded as completed (with every range before it: a resume starts after it).
     * The statements of each result include the record's.
     */
    void rebuild(Job job, List<AccountRange> ranges, Consumer<RangeResult> rebuilt);

    /** Records that the job rebuilt everything it had to: nothing to resume. */
    void finished(Job job);

    /**
     * A rebuild's progress record: the accounts it rebuilds, when it started, and the last account
     * of the last range it completed (empty: none yet).
     */
    record Job(long id, Optional<AccountRange> within, java.time.Instant startedAt, OptionalLong doneThrough) {
        /** True when this job was started before and is being resumed after some ranges were completed. */
        public boolean resumed() {
            return doneThrough.isPresent();
        }

        /** The scope in a few characters: {@code all} or {@code FROM..TO}. */
        public static String scope(Optional<AccountRange> within) {
            return within.map(AccountRange::toString).orElse("all");
        }
    }

    /** Account ids {@code fromId} to {@code toId}, both included. */
    record AccountRange(long fromId, long toId) implements java.io.Serializable {
        public AccountRange {
            if (fromId > toId) {
                throw new IllegalArgumentException("account range " + fromId + ".." + toId + " is empty");
            }
        }

        public boolean contains(long accountId) {
            return accountId >= fromId && accountId <= toId;
        }

        @Override
        public String toString() {
            return fromId + ".." + toId;
        }
    }

    /**
     * One account's rebuild: rows written (inserted, updated, deleted snapshot and state rows; 0 when
     * nothing differed), or the problem that left it dirty.
     */
    record AccountResult(long accountId, int rowsWritten, Optional<String> failure) implements java.io.Serializable {
        public boolean failed() {
            return failure.isPresent();
        }
    }

    /** A range's rebuild: every account's result, and the statements it sent to the database. */
    record RangeResult(AccountRange range, List<AccountResult> accounts, long statements)
            implements java.io.Serializable {
        public RangeResult {
            accounts = List.copyOf(accounts);
        }

        public long rowsWritten() {
            return accounts.stream().mapToLong(AccountResult::rowsWritten).sum();
        }

        public long failures() {
            return accounts.stream().filter(AccountResult::failed).count();
        }
    }
}

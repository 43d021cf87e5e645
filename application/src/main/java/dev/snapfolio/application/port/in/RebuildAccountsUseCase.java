package dev.snapfolio.application.port.in;

import java.util.List;
import java.util.Optional;

/**
 * Recomputes whole accounts in bulk, for the day a calculation rule changes: the movements, stored
 * states and reference data of a range of accounts are loaded at once (a constant number of
 * statements per range, whatever its size), every account is recomputed from its first movement
 * with the unchanged calculator, and only rows that differ are written, one account per
 * transaction. Rebuilding a range twice writes nothing the second time; an account that fails is
 * reported, left dirty, and never stops the others.
 */
public interface RebuildAccountsUseCase {
    /** The existing accounts cut into consecutive id ranges of at most {@code accountsPerRange} accounts. */
    List<AccountRange> ranges(int accountsPerRange, Optional<AccountRange> within);

    /** Rebuilds every account whose id lies in {@code range}. */
    RangeResult rebuild(AccountRange range);

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

package dev.snapfolio.application.port.out;

import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.domain.movement.Movement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes for a bulk rebuild over a range of account ids: what every account of the range
 * needs is read with a constant number of statements whatever the number of accounts, and what
 * a rebuild writes for the range goes in batches.
 */
public interface AccountRangeStore {
    /** The ids of the existing accounts in [fromId, toId], ascending. One statement. */
    List<Long> accountIds(long fromId, long toId);

    /**
     * The movements (every date, apply order), the stored rows dated on or before {@code to}, and
     * the dirty marks (clean ones too) of every account in [fromId, toId], read together in one
     * consistent snapshot: a constant number of statements whatever the number of accounts.
     */
    RangeData load(long fromId, long toId, LocalDate to);

    /**
     * The movements and dirty marks of every account in [fromId, toId], without their stored rows
     * (the data's stored rows are empty): three statements whatever the number of accounts.
     */
    RangeData loadInputs(long fromId, long toId);

    /**
     * The fingerprint of the stored rows dated on or before {@code to} of every account in
     * [fromId, toId] that has any (an account with none is absent): one statement per table whatever
     * the number of accounts, no stored row sent back.
     */
    Map<Long, RowsFingerprint> storedFingerprints(long fromId, long toId, LocalDate to);

    /**
     * The fingerprint of the rows an account would store, given its changes computed against
     * nothing stored (financial and ticker inserts, state upserts); empty when a value cannot be
     * fingerprinted exactly as it would be stored. Computed here, without the database; safe to call
     * from several threads.
     */
    Optional<RowsFingerprint> fingerprint(SnapshotChanges computed);

    /**
     * Compares, by fingerprint, the rows each account of {@code computed} would store (see
     * {@link #fingerprint}) with the rows it stores dated on or before {@code to}, for accounts in
     * [fromId, toId]: one statement per table. An answer for every key of {@code computed}.
     */
    default Map<Long, Comparison> compareStored(long fromId, long toId, LocalDate to,
            Map<Long, SnapshotChanges> computed) {
        Map<Long, RowsFingerprint> stored = storedFingerprints(fromId, toId, to);
        Map<Long, Comparison> answers = new java.util.HashMap<>();
        computed.forEach((id, changes) -> answers.put(id, Comparison.of(fingerprint(changes), stored.get(id))));
        return answers;
    }

    /**
     * Per table (financial rows, ticker rows, states): the number of rows and the sum, modulo 2^64,
     * of a hash of each row's stored text. Equal fingerprints mean equal rows short of a hash collision.
     */
    record RowsFingerprint(long financialRows, long financialSum, long tickerRows, long tickerSum, long stateRows,
            long stateSum) {
    }

    /** How an account's stored rows compare with the rows it computes. */
    enum Comparison {
        /** The stored rows are the computed ones: nothing to write. */
        SAME,
        /** Nothing is stored: every computed row is to be written. */
        NOTHING_STORED,
        /** Something differs (or could not be compared): compare row by row. */
        DIFFERENT;

        /** {@code stored} null: nothing stored; {@code computed} empty: could not be fingerprinted. */
        public static Comparison of(Optional<RowsFingerprint> computed, RowsFingerprint stored) {
            if (stored == null) {
                return NOTHING_STORED;
            }
            return computed.isPresent() && computed.get().equals(stored) ? SAME : DIFFERENT;
        }
    }

    /**
     * The stored rows dated on or before {@code to} of the given accounts (an account with none is
     * absent): one statement per table whatever the number of accounts.
     */
    Map<Long, StoredSnapshots> stored(List<Long> accountIds, LocalDate to);

    /**
     * In one transaction for a whole range: locks the dirty marks of the accounts of {@code writes}
     * (one statement), then writes the changes of every account whose mark is still the one it
     * expects (empty: the account had none) — the rows of all of them together, one batch per
     * statement kind — and clears their marks (leaving each dirty from its {@code keepFrom} when
     * not null) together with {@code clears}. Returns the ids of the accounts not written because
     * their mark moved since it was read: they changed meanwhile and stay dirty.
     */
    Set<Long> writeRange(List<AccountWrite> writes, List<MarkClear> clears);

    /**
     * Clears each dirty mark whose counter is still the one given (leaving it dirty from
     * {@code keepFrom} when not null), in one transaction of batched statements.
     */
    void clearDirtyMarks(List<MarkClear> clears);

    /** Appends finished runs to the run log in one transaction of batched statements. */
    void appendRuns(List<RunRecord> runs);

    /** The latest rebuild job of {@code scope} that has not ended (its process stopped), if any. */
    Optional<JobRecord> runningJob(String scope);

    /** Records a new running rebuild job of {@code scope}, superseding any other running one of that scope. */
    long startJob(String scope, Instant at);

    /** Records that the job has completed every account up to {@code doneThrough}. */
    void jobProgress(long jobId, long doneThrough, Instant at);

    /** Records that the job ended. */
    void finishJob(long jobId, Instant at);

    /** A rebuild job as recorded: its id, start and last completed account (null: none yet). */
    record JobRecord(long id, Instant startedAt, Long doneThrough) {
    }

    /** One account's changed rows, to write only if its dirty mark is still {@code expected}. */
    record AccountWrite(long accountId, Optional<DirtyMark> expected, SnapshotChanges changes, LocalDate keepFrom) {
    }

    /** A dirty mark to clear if its counter is still {@code counter}. */
    record MarkClear(long accountId, long counter, LocalDate keepFrom) {
    }

    /** What a range holds, by account id; an account with nothing stored maps to empty lists. */
    record RangeData(List<Long> accountIds, Map<Long, List<Movement>> movements, Map<Long, StoredSnapshots> stored,
            Map<Long, DirtyMark> marks) {
        public RangeData {
            accountIds = List.copyOf(accountIds);
        }

        public List<Movement> movementsOf(long accountId) {
            return movements.getOrDefault(accountId, List.of());
        }

        public StoredSnapshots storedOf(long accountId) {
            return stored.getOrDefault(accountId, StoredSnapshots.empty());
        }

        /** The account's mark, clean (dirtyFrom null) or dirty; empty when it never had one. */
        public Optional<DirtyMark> markOf(long accountId) {
            return Optional.ofNullable(marks.get(accountId));
        }
    }
}

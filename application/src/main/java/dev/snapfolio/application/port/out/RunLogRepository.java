package dev.snapfolio.application.port.out;

import dev.snapfolio.application.port.in.RunRecord;
import java.util.List;
import java.util.OptionalLong;

/** The run log: every processing run, each written in its own transaction. */
public interface RunLogRepository {
    /** Appends a run in its own transaction (so a rolled-back batch is still logged); returns its id. */
    long append(RunRecord run);

    /**
     * Logs a run as it starts (status RUNNING), in its own transaction, and returns its id. The
     * caller holds the account's run lock, so any other run of the account still RUNNING belongs to
     * a process that ended (killed, or cut off from the database) before it could finish: in the
     * same transaction those become INTERRUPTED with the error {@code interruptedError}.
     */
    long begin(RunRecord running, String interruptedError);

    /** Replaces the run {@code run.id()} (logged by {@link #begin}) by how it ended, in its own transaction. */
    void finish(RunRecord run);

    /** The newest runs first, optionally of one account. */
    List<RunRecord> findRecent(int limit, OptionalLong accountId);

    /** Every run, oldest first (metrics are derived from it). */
    List<RunRecord> findAll();
}

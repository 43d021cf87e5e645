package dev.snapfolio.application.port.out;

import dev.snapfolio.application.port.in.RunRecord;
import java.util.List;
import java.util.OptionalLong;

/** The run log: every processing run, each written in its own transaction. */
public interface RunLogRepository {
    /** Appends a run in its own transaction (so a rolled-back batch is still logged); returns its id. */
    long append(RunRecord run);

    /** The newest runs first, optionally of one account. */
    List<RunRecord> findRecent(int limit, OptionalLong accountId);

    /** Every run, oldest first (metrics are derived from it). */
    List<RunRecord> findAll();
}

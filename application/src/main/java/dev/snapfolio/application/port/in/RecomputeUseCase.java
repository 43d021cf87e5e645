package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.Strategy;
import java.time.LocalDate;

public interface RecomputeUseCase {
    /** Brings the account's snapshots up to date from {@code from} (default: its first movement). */
    ProcessingOutcome recompute(RecomputeCommand command);

    /** @param from null: from the first movement; @param strategy null: the configured one for RECOMPUTE */
    record RecomputeCommand(long accountId, LocalDate from, Strategy strategy) {
    }
}

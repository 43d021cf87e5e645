package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.SnapshotStore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.zip.CRC32;

/**
 * Which strategy a run uses, and why (DESIGN §4.3), in this order: a command flag wins; PER_DATE
 * asked for is PER_DATE; the batch switch off and an account outside the rollout cohort force
 * PER_DATE; AUTO runs per-date when the run visits at most {@code auto.maxPerDateDates} dates
 * (counted with one query, only when the range has more days than that); otherwise BATCH.
 */
public class StrategyDecision {
    private final SnapshotStore store;

    public StrategyDecision(SnapshotStore store) {
        this.store = store;
    }

    /** The strategy chosen and the reason the run log keeps. */
    public record Choice(Strategy used, String reason) {
    }

    /** What the run asks for: the command's flag when given, else the strategy configured for the trigger. */
    public static Strategy requested(Trigger trigger, Strategy explicitStrategy, ProcessingSettings current) {
        return explicitStrategy != null ? explicitStrategy : current.strategy(trigger);
    }

    /**
     * Decides for a run of {@code accountId} over {@code [from, today]}; {@code explicitStrategy} is
     * the command's flag, or null when the configuration decides.
     */
    public Choice decide(long accountId, Trigger trigger, Strategy explicitStrategy, ProcessingSettings current,
            LocalDate from, LocalDate today) {
        Strategy requested = requested(trigger, explicitStrategy, current);
        if (requested == Strategy.PER_DATE) {
            return new Choice(Strategy.PER_DATE, explicitStrategy != null
                    ? "PER_DATE requested by the command" : "PER_DATE configured for " + trigger);
        }
        if (explicitStrategy == Strategy.BATCH) {
            return new Choice(Strategy.BATCH, "BATCH requested by the command");
        }
        if (!current.batchEnabled()) {
            return new Choice(Strategy.PER_DATE, "batch-mode off ("
                    + current.sources().getOrDefault(ProcessingSettings.BATCH_ENABLED, "default") + ")");
        }
        int bucket = rolloutBucket(accountId);
        if (bucket >= current.rolloutPercent()) {
            return new Choice(Strategy.PER_DATE, "account not in the batch rollout (bucket " + bucket + " >= "
                    + current.rolloutPercent() + "%)");
        }
        if (requested == Strategy.AUTO) {
            int max = current.autoMaxPerDateDates();
            long days = from.isAfter(today) ? 0 : ChronoUnit.DAYS.between(from, today) + 1;
            if (days <= max) {
                // No more dates than days in the range: per-date without counting them.
                return new Choice(Strategy.PER_DATE, "AUTO: at most " + days + " dates to visit <= " + max);
            }
            int dates = store.countVisitDates(accountId, from, today);
            return dates <= max
                    ? new Choice(Strategy.PER_DATE, "AUTO: " + dates + " dates to visit <= " + max)
                    : new Choice(Strategy.BATCH, "AUTO: " + dates + " dates to visit > " + max);
        }
        return new Choice(Strategy.BATCH, "BATCH configured for " + trigger);
    }

    /** The account's sticky rollout bucket: CRC32 of its decimal id, mod 100. */
    public static int rolloutBucket(long accountId) {
        CRC32 crc = new CRC32();
        crc.update(Long.toString(accountId).getBytes(StandardCharsets.US_ASCII));
        return (int) (crc.getValue() % 100);
    }
}

package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.domain.calc.Policy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything one use-case call needs from the settings for one account, resolved from a single
 * read of the persisted settings: the processing settings, the account's orphan-close allowance
 * and the run-lock wait. Read once per call and passed down, so validation and the run agree.
 */
public record RunSettings(ProcessingSettings current, boolean allowsOrphanCloses, Duration lockWait) {
    public RunSettings {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(lockWait, "lockWait");
    }

    /** The calculator's policy for the account on {@code today}. */
    public Policy policy(LocalDate today) {
        return new Policy(today, current.expiryGraceDays(), allowsOrphanCloses);
    }
}

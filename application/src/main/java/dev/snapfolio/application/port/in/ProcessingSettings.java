package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import java.util.Locale;
import java.util.Map;

/**
 * The effective processing settings and, per key, where each value came from
 * (flag/environment, persisted, config file, default).
 *
 * <p>The keys below name the settings everywhere: in the settings repository, in
 * {@code StaticConfiguration} (flags, environment, config file) and in {@link #sources()}. Values
 * are strings: booleans {@code true/false} (also {@code on/off}), strategies {@code PER_DATE},
 * {@code BATCH}, {@code AUTO} (case-insensitive, {@code per-date} too), integers in decimal.
 */
public record ProcessingSettings(boolean batchEnabled, Map<Trigger, Strategy> strategies, int rolloutPercent,
        int autoMaxPerDateDates, int expiryGraceDays, Map<String, String> sources) {

    /** The global batch switch ({@code batch-mode on|off}); default on. */
    public static final String BATCH_ENABLED = "batch.enabled";
    /** Percentage of accounts in the batch cohort (0–100); default 100. */
    public static final String ROLLOUT_PERCENT = "batch.rolloutPercent";
    /** AUTO runs per-date when the run visits at most this many dates; default 5. */
    public static final String AUTO_MAX_PER_DATE_DATES = "auto.maxPerDateDates";
    /** Days after an expiration before still-open contracts expire automatically; default 3. */
    public static final String EXPIRY_GRACE_DAYS = "expiryGraceDays";
    /** How long a run waits for the account's run lock before deferring to refresh, in ms; default 10000. */
    public static final String LOCK_WAIT_MILLIS = "lock.waitMillis";

    public static final String SOURCE_OVERRIDE = "flag/environment";
    public static final String SOURCE_PERSISTED = "persisted";
    public static final String SOURCE_FILE = "config file";
    public static final String SOURCE_DEFAULT = "default";

    /** The key of a trigger's strategy: {@code strategy.edit}, {@code strategy.import}, ... */
    public static String strategyKey(Trigger trigger) {
        return "strategy." + trigger.name().toLowerCase(Locale.ROOT);
    }

    public ProcessingSettings {
        strategies = Map.copyOf(strategies);
        sources = Map.copyOf(sources);
    }

    public Strategy strategy(Trigger trigger) {
        return strategies.get(trigger);
    }
}

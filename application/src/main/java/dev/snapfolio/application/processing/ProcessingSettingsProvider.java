package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import static dev.snapfolio.application.port.in.ProcessingSettings.AUTO_MAX_PER_DATE_DATES;
import static dev.snapfolio.application.port.in.ProcessingSettings.BATCH_ENABLED;
import static dev.snapfolio.application.port.in.ProcessingSettings.EXPIRY_GRACE_DAYS;
import static dev.snapfolio.application.port.in.ProcessingSettings.LOCK_WAIT_MILLIS;
import static dev.snapfolio.application.port.in.ProcessingSettings.ROLLOUT_PERCENT;

import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.StaticConfiguration;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.ValidationException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the effective processing settings with the precedence of DESIGN §4.3: command flag or
 * environment ({@link StaticConfiguration#override}) > persisted runtime setting > config file
 * ({@link StaticConfiguration#fileValue}) > default. Read fresh on every call, so a runtime change
 * made by another process is seen by the next run.
 */
public class ProcessingSettingsProvider {
    public static final boolean DEFAULT_BATCH_ENABLED = true;
    public static final int DEFAULT_ROLLOUT_PERCENT = 100;
    public static final int DEFAULT_AUTO_MAX_PER_DATE_DATES = 5;
    public static final long DEFAULT_LOCK_WAIT_MILLIS = 10_000;

    private final SettingsRepository persisted;
    private final StaticConfiguration configuration;

    @Inject
    public ProcessingSettingsProvider(SettingsRepository persisted, StaticConfiguration configuration) {
        this.persisted = persisted;
        this.configuration = configuration;
    }

    public static Strategy defaultStrategy(Trigger trigger) {
        return switch (trigger) {
            case IMPORT, RECOMPUTE -> Strategy.BATCH;
            case EDIT, REFRESH -> Strategy.AUTO;
        };
    }

    public ProcessingSettings current() {
        return resolveAll(persisted.findAll());
    }

    /** The settings one call needs for one account, from one read of the persisted settings. */
    public RunSettings forAccount(long accountId) {
        Map<String, String> persistedValues = persisted.findAll();
        String orphans = persistedValues.get(orphanClosesKey(accountId));
        return new RunSettings(resolveAll(persistedValues),
                orphans != null && parseBoolean(orphanClosesKey(accountId), orphans), lockWait(persistedValues));
    }

    private ProcessingSettings resolveAll(Map<String, String> persistedValues) {
        Map<String, String> sources = new HashMap<>();
        boolean batchEnabled = resolve(BATCH_ENABLED, persistedValues, sources)
                .map(v -> parseBoolean(BATCH_ENABLED, v)).orElse(DEFAULT_BATCH_ENABLED);
        Map<Trigger, Strategy> strategies = new EnumMap<>(Trigger.class);
        for (Trigger trigger : Trigger.values()) {
            String key = ProcessingSettings.strategyKey(trigger);
            strategies.put(trigger, resolve(key, persistedValues, sources).map(v -> parseStrategy(key, v))
                    .orElse(defaultStrategy(trigger)));
        }
        int rollout = resolve(ROLLOUT_PERCENT, persistedValues, sources)
                .map(v -> parseInt(ROLLOUT_PERCENT, v, 0, 100)).orElse(DEFAULT_ROLLOUT_PERCENT);
        int autoMax = resolve(AUTO_MAX_PER_DATE_DATES, persistedValues, sources)
                .map(v -> parseInt(AUTO_MAX_PER_DATE_DATES, v, 0, Integer.MAX_VALUE))
                .orElse(DEFAULT_AUTO_MAX_PER_DATE_DATES);
        int grace = resolve(EXPIRY_GRACE_DAYS, persistedValues, sources)
                .map(v -> parseInt(EXPIRY_GRACE_DAYS, v, 0, 366)).orElse(Policy.DEFAULT_EXPIRY_GRACE_DAYS);
        return new ProcessingSettings(batchEnabled, strategies, rollout, autoMax, grace, sources);
    }

    /**
     * The per-account setting that an account's history was imported with
     * {@code --allow-orphan-closes}: every later computation of that account must accept them too,
     * or the next edit would fail on the closes the import accepted.
     */
    public static String orphanClosesKey(long accountId) {
        return "account." + accountId + ".allowOrphanCloses";
    }

    public boolean allowsOrphanCloses(long accountId) {
        return persisted.find(orphanClosesKey(accountId)).map(v -> parseBoolean(orphanClosesKey(accountId), v))
                .orElse(false);
    }

    /** The calculator's policy for one account: today, the configured expiry grace, its orphan-close allowance. */
    public Policy policy(LocalDate today, long accountId) {
        return new Policy(today, current().expiryGraceDays(), allowsOrphanCloses(accountId));
    }

    /**
     * The calculator's policy of any account on {@code today}, from one read of the persisted
     * settings: for a caller going through many accounts at once (a bulk rebuild).
     */
    public java.util.function.LongFunction<Policy> policies(LocalDate today) {
        Map<String, String> persistedValues = persisted.findAll();
        int grace = resolveAll(persistedValues).expiryGraceDays();
        return accountId -> {
            String orphans = persistedValues.get(orphanClosesKey(accountId));
            return new Policy(today, grace, orphans != null && parseBoolean(orphanClosesKey(accountId), orphans));
        };
    }

    /** How long a run waits for the account's run lock. */
    public Duration lockWait() {
        return lockWait(persisted.findAll());
    }

    private Duration lockWait(Map<String, String> persistedValues) {
        return resolve(LOCK_WAIT_MILLIS, persistedValues, new HashMap<>())
                .map(v -> Duration.ofMillis(parseInt(LOCK_WAIT_MILLIS, v, 0, Integer.MAX_VALUE)))
                .orElse(Duration.ofMillis(DEFAULT_LOCK_WAIT_MILLIS));
    }

    private Optional<String> resolve(String key, Map<String, String> persistedValues, Map<String, String> sources) {
        Optional<String> override = configuration.override(key);
        if (override.isPresent()) {
            sources.put(key, ProcessingSettings.SOURCE_OVERRIDE);
            return override;
        }
        String stored = persistedValues.get(key);
        if (stored != null) {
            sources.put(key, ProcessingSettings.SOURCE_PERSISTED);
            return Optional.of(stored);
        }
        Optional<String> file = configuration.fileValue(key);
        if (file.isPresent()) {
            sources.put(key, ProcessingSettings.SOURCE_FILE);
            return file;
        }
        sources.put(key, ProcessingSettings.SOURCE_DEFAULT);
        return Optional.empty();
    }

    public static boolean parseBoolean(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new ValidationException(key, "must be on/off or true/false, got '" + value + "'");
        };
    }

    public static Strategy parseStrategy(String key, String value) {
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.equals("PERDATE")) {
            normalized = "PER_DATE";
        }
        try {
            return Strategy.valueOf(normalized);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(key, "must be PER_DATE, BATCH or AUTO, got '" + value + "'");
        }
    }

    public static int parseInt(String key, String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(key, "must be a whole number, got '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new ValidationException(key, "must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }
}

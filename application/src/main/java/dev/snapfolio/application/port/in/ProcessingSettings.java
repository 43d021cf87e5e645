package dev.snapfolio.application.port.in;

import dev.snapfolio.application.processing.Strategy;
import dev.snapfolio.application.processing.Trigger;
import java.util.Map;

/**
 * The effective processing settings and, per key, where each value came from
 * (flag/environment, persisted, config file, default).
 */
public record ProcessingSettings(boolean batchEnabled, Map<Trigger, Strategy> strategies, int rolloutPercent,
        int autoMaxPerDateDates, int expiryGraceDays, Map<String, String> sources) {
    public ProcessingSettings {
        strategies = Map.copyOf(strategies);
        sources = Map.copyOf(sources);
    }
}

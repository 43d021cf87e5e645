package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.money.ValidationException;
import java.util.Map;

public interface ProcessingControlUseCase {
    ProcessingSettings show();

    /** Persists the given runtime settings (nulls leave a setting unchanged) and returns the effective ones. */
    ProcessingSettings update(UpdateProcessingCommand command);

    record UpdateProcessingCommand(Boolean batchEnabled, Map<Trigger, Strategy> strategies, Integer rolloutPercent,
            Integer autoMaxPerDateDates, Integer expiryGraceDays) {
        public UpdateProcessingCommand {
            strategies = strategies == null ? Map.of() : Map.copyOf(strategies);
            if (rolloutPercent != null && (rolloutPercent < 0 || rolloutPercent > 100)) {
                throw new ValidationException("rollout", "must be between 0 and 100, got " + rolloutPercent);
            }
            if (autoMaxPerDateDates != null && autoMaxPerDateDates < 0) {
                throw new ValidationException("autoMaxPerDateDates", "must be >= 0, got " + autoMaxPerDateDates);
            }
            if (expiryGraceDays != null && (expiryGraceDays < 0 || expiryGraceDays > 366)) {
                throw new ValidationException("expiryGraceDays", "must be between 0 and 366, got " + expiryGraceDays);
            }
        }

        public static UpdateProcessingCommand batchMode(boolean enabled) {
            return new UpdateProcessingCommand(enabled, null, null, null, null);
        }
    }
}

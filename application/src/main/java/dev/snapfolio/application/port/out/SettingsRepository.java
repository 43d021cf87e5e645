package dev.snapfolio.application.port.out;

import java.util.Map;
import java.util.Optional;

/** Persisted runtime settings (batch switch, strategies, rollout, thresholds), as key/value strings. */
public interface SettingsRepository {
    Optional<String> find(String key);

    void save(String key, String value);

    void delete(String key);

    Map<String, String> findAll();
}

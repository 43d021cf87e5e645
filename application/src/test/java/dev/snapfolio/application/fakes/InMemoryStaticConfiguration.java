package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.StaticConfiguration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Flags/environment and config-file values set by a test. */
public class InMemoryStaticConfiguration implements StaticConfiguration {
    private final Map<String, String> overrides = new ConcurrentHashMap<>();
    private final Map<String, String> fileValues = new ConcurrentHashMap<>();

    public InMemoryStaticConfiguration override(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    public InMemoryStaticConfiguration fileValue(String key, String value) {
        fileValues.put(key, value);
        return this;
    }

    public void clear() {
        overrides.clear();
        fileValues.clear();
    }

    @Override
    public Optional<String> override(String key) {
        return Optional.ofNullable(overrides.get(key));
    }

    @Override
    public Optional<String> fileValue(String key) {
        return Optional.ofNullable(fileValues.get(key));
    }
}

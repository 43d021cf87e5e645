package dev.snapfolio.application.port.out;

import java.util.Optional;

/**
 * Settings that do not live in the database, in two layers around the persisted runtime settings
 * (DESIGN §4.3 precedence: command flag > environment > persisted > config file > default).
 */
public interface StaticConfiguration {
    /** A value from a command flag or the environment: wins over the persisted setting. */
    Optional<String> override(String key);

    /** A value from the config file: loses to the persisted setting. */
    Optional<String> fileValue(String key);

    StaticConfiguration NONE = new StaticConfiguration() {
        @Override
        public Optional<String> override(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<String> fileValue(String key) {
            return Optional.empty();
        }
    };
}

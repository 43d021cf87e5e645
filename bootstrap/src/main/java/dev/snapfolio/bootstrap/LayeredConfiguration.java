package dev.snapfolio.bootstrap;

import dev.snapfolio.application.port.out.StaticConfiguration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The configuration layers around the persisted runtime settings (DESIGN §4.3): command flags
 * ({@code -D key=value}, {@code --today}, {@code --db-dir}) and then environment variables form the
 * override layer; the config file is the file layer. A key {@code auto.maxPerDateDates} is read
 * from the environment as {@code SNAPFOLIO_AUTO_MAX_PER_DATE_DATES}.
 */
final class LayeredConfiguration implements StaticConfiguration {
    private final Map<String, String> flags;
    private final Map<String, String> environment;
    private final Properties file;

    LayeredConfiguration(Map<String, String> flags, Map<String, String> environment, Properties file) {
        this.flags = Map.copyOf(flags);
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    @Override
    public Optional<String> override(String key) {
        String flag = flags.get(key);
        if (flag != null) {
            return Optional.of(flag);
        }
        return nonBlank(environment.get(environmentName(key)));
    }

    @Override
    public Optional<String> fileValue(String key) {
        return nonBlank(file.getProperty(key));
    }

    /** The effective value of a key that has no persisted layer: flag > environment > file. */
    Optional<String> value(String key) {
        return override(key).or(() -> fileValue(key));
    }

    /** {@code db.url} → {@code SNAPFOLIO_DB_URL}; {@code auto.maxPerDateDates} → {@code SNAPFOLIO_AUTO_MAX_PER_DATE_DATES}. */
    static String environmentName(String key) {
        StringBuilder sb = new StringBuilder("SNAPFOLIO_");
        char previous = '_';
        for (char ch : key.toCharArray()) {
            if (ch == '.' || ch == '-' || ch == '_') {
                sb.append('_');
            } else {
                if (Character.isUpperCase(ch) && Character.isLowerCase(previous)) {
                    sb.append('_');
                }
                sb.append(Character.toUpperCase(ch));
            }
            previous = ch;
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

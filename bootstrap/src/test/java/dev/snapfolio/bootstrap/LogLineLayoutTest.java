package dev.snapfolio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written log lines are, character for character, what Logback's pattern layout wrote. */
class LogLineLayoutTest {
    private static final String FILE = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final String CONSOLE = "%-5level %logger{0} - %msg%n";
    private static final String CONSOLE_QUIET = "%-5level %logger{0} - %msg%n%nopex";

    private final LoggerContext context = new LoggerContext();

    private List<LoggingEvent> events() {
        IllegalStateException failure = new IllegalStateException("outer",
                new java.io.UncheckedIOException("inner", new java.io.IOException("disk full")));
        return List.of(
                event("dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb", Level.WARN,
                        "the server did not stop in {} s", null, 10),
                event("dev.snapfolio.application.processing.SnapshotProcessingCoordinator", Level.ERROR,
                        "account 7: run failed", failure),
                event("Root", Level.INFO, "no package", null),
                event("com.zaxxer.hikari.pool.HikariPool", Level.DEBUG, "a much longer message with ümlauts", null));
    }

    private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... arguments) {
        LoggingEvent event = new LoggingEvent("fqcn", context.getLogger(logger), level, message, thrown, arguments);
        event.setThreadName("worker-3");
        return event;
    }

    private String pattern(String pattern, LoggingEvent event) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        return layout.doLayout(event);
    }

    @Test
    void theFileLineIsThePatternLayoutsWithItsTrace() {
        LogLineLayout layout = LogLineLayout.file(context);
        for (LoggingEvent event : events()) {
            assertThat(layout.doLayout(event)).isEqualTo(pattern(FILE, event));
        }
        assertThat(layout.doLayout(events().get(1))).contains("\tat ").contains("Caused by: java.io.IOException: disk full");
    }

    @Test
    void theConsoleLineIsThePatternLayoutsWithOrWithoutTheTrace() {
        LogLineLayout verbose = LogLineLayout.console(context, true);
        LogLineLayout quiet = LogLineLayout.console(context, false);
        for (LoggingEvent event : events()) {
            assertThat(verbose.doLayout(event)).isEqualTo(pattern(CONSOLE, event));
            assertThat(quiet.doLayout(event)).isEqualTo(pattern(CONSOLE_QUIET, event));
        }
        assertThat(quiet.doLayout(events().get(1))).isEqualTo("ERROR SnapshotProcessingCoordinator - account 7: run failed"
                + System.lineSeparator());
    }
}

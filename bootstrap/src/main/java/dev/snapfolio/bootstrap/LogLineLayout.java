package dev.snapfolio.bootstrap;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The two log line formats, written by hand: what Logback's {@code PatternLayout} writes for
 * {@code %d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n} (the file) and
 * {@code %-5level %logger{0} - %msg%n} (the console), with the exception's trace after the line
 * unless it is left out. The same text without the pattern parser and its table of converters
 * (66 classes spun at every start), which a short command paid for before it logged anything.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final boolean file;
    private final boolean traces;
    private final ZoneId zone = ZoneId.systemDefault();
    private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(36);
    private ThrowableProxyConverter throwables;

    private LogLineLayout(boolean file, boolean traces) {
        this.file = file;
        this.traces = traces;
    }

    /** {@code %d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n}, traces included. */
    static LogLineLayout file(Context context) {
        return started(new LogLineLayout(true, true), context);
    }

    /** {@code %-5level %logger{0} - %msg%n}, with traces or without ({@code %nopex}). */
    static LogLineLayout console(Context context, boolean traces) {
        return started(new LogLineLayout(false, traces), context);
    }

    private static LogLineLayout started(LogLineLayout layout, Context context) {
        layout.setContext(context);
        layout.start();
        return layout;
    }

    @Override
    public void start() {
        if (traces) {
            throwables = new ThrowableProxyConverter();
            throwables.setContext(getContext());
            throwables.start();
        }
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        if (file) {
            TIMESTAMP.formatTo(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone), line);
            line.append(' ');
        }
        String level = event.getLevel().toString();
        line.append(level);
        for (int i = level.length(); i < 5; i++) {
            line.append(' ');
        }
        line.append(' ');
        if (file) {
            line.append('[').append(event.getThreadName()).append("] ").append(abbreviator.abbreviate(event.getLoggerName()));
        } else {
            String logger = event.getLoggerName();
            line.append(logger, logger.lastIndexOf('.') + 1, logger.length());
        }
        line.append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        if (throwables != null && event.getThrowableProxy() != null) {
            line.append(throwables.convert(event));
        }
        return line.toString();
    }
}

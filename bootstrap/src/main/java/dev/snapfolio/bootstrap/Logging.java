package dev.snapfolio.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Quiet logging: WARN and above on the console (stderr), one line each, without the application's
 * own entries (the commands report those) and without stack traces; INFO and above, traces
 * included, to a rolling log file under Snapfolio's home. --verbose shows INFO on the console
 * with traces and writes DEBUG of Snapfolio's own classes to the file. Configured in code because the file's place is only known at run time.
 */
final class Logging {
    /** The application's own log: its failures and warnings reach the user through the command's output. */
    private static final String APPLICATION = "dev.snapfolio.application";

    private Logging() {
    }

    static void configure(Path logFile, boolean verbose) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        // without --verbose the console gets one line per event: the trace is in the file
        console.setEncoder(encoder(context, LogLineLayout.console(context, verbose)));
        ThresholdFilter consoleThreshold = new ThresholdFilter();
        consoleThreshold.setLevel(verbose ? "INFO" : "WARN");
        consoleThreshold.start();
        console.addFilter(consoleThreshold);
        if (!verbose) {
            // a failed run is reported by the command as one line; its log entry (with the trace)
            // would repeat it, once per account on a refresh
            Filter<ILoggingEvent> reportedElsewhere = new Filter<>() {
                @Override
                public FilterReply decide(ILoggingEvent event) {
                    return event.getLoggerName().startsWith(APPLICATION) ? FilterReply.DENY : FilterReply.NEUTRAL;
                }
            };
            reportedElsewhere.start();
            console.addFilter(reportedElsewhere);
        }
        console.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(logFile.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logFile.toString().replace(".log", ".%i.log"));
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, LogLineLayout.file(context)));
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        root.addAppender(file);
        context.getLogger("dev.snapfolio").setLevel(verbose ? Level.DEBUG : Level.INFO);
        // The database server's own output and the pool's chatter are noise even in the file.
        context.getLogger("ch.vorburger").setLevel(Level.WARN);
        // The pool warns with a stack trace for every connection a lost server breaks; the failed
        // run already says what happened, in one line.
        context.getLogger("com.zaxxer.hikari").setLevel(Level.ERROR);
        context.getLogger("org.apache.ibatis").setLevel(Level.WARN);
        context.getLogger("org.mybatis").setLevel(Level.WARN);
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, LogLineLayout layout) {
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }
}

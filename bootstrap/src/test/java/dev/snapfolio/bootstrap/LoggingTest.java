package dev.snapfolio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The console gets one line per warning and nothing the commands report themselves (a refresh over
 * failing accounts once printed 632 lines of traces); the file keeps everything.
 */
class LoggingTest {
    @TempDir
    Path home;

    private String console(boolean verbose) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Logging.configure(home.resolve("snapfolio.log"), verbose);
            LoggerFactory.getLogger("dev.snapfolio.application.processing.SnapshotProcessingCoordinator")
                    .error("account 7: run failed: boom", new IllegalStateException("boom"));
            LoggerFactory.getLogger("dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb")
                    .warn("the server did not stop", new IllegalStateException("bang"));
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutVerboseTheConsoleShowsOneLinePerWarningAndNoTrace() throws Exception {
        String console = console(false);

        assertThat(console.lines().toList()).singleElement().asString().contains("the server did not stop");
        assertThat(console).doesNotContain("\tat ").doesNotContain("boom");
        String file = Files.readString(home.resolve("snapfolio.log"));
        assertThat(file).contains("account 7: run failed: boom").contains("\tat ");
    }

    @Test
    void withVerboseTheConsoleShowsEverythingWithTraces() throws Exception {
        String console = console(true);

        assertThat(console).contains("run failed: boom").contains("\tat ");
    }
}

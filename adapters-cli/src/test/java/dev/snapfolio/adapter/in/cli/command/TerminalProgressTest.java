package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000);
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text), now::get);

    @Test
    void drawsPhaseCountAndPercentOnOneRewrittenLine() {
        progress.progress("verifying account 3", 120, 800);
        assertThat(text.toString()).isEqualTo("\rverifying account 3: 120/800 (15%)");
    }

    @Test
    void skipsRedrawsCloserThanTheRedrawIntervalButAlwaysShowsTheLastStep() {
        progress.progress("import", 1, 10);
        now.addAndGet(10);
        progress.progress("import", 2, 10);
        assertThat(text.toString()).doesNotContain("2/10");
        now.addAndGet(TerminalProgress.REDRAW_MILLIS);
        progress.progress("import", 3, 10);
        assertThat(text.toString()).contains("3/10");
        progress.progress("import", 10, 10);
        assertThat(text.toString()).contains("10/10 (100%)");
    }

    @Test
    void unknownTotalShowsTheCountOnly() {
        assertThat(TerminalProgress.line("reading trades.csv", 5000, 0)).isEqualTo("reading trades.csv: 5000");
        assertThat(TerminalProgress.line("reading trades.csv", 0, 0)).isEqualTo("reading trades.csv ...");
    }

    @Test
    void finishClearsTheLineItDrew() {
        progress.progress("demo", 5, 10);
        int width = "demo: 5/10 (50%)".length();
        progress.finish();
        assertThat(text.toString()).endsWith("\r" + " ".repeat(width) + "\r");
    }

    @Test
    void finishWithoutAnyDrawingPrintsNothing() {
        progress.finish();
        assertThat(text.toString()).isEmpty();
    }
}

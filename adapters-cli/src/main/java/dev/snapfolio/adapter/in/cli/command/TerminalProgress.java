package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.ProgressListener;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Shows a long job's progress as one line on stderr, rewritten in place ({@code \r}), at most a few
 * times a second; {@link #finish()} clears the line. Silent when stderr is not a terminal
 * ({@link #forTerminal}), so pipes and logs get no progress noise.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
    /** Shortest time between two redraws, in milliseconds. */
    static final long REDRAW_MILLIS = 200;

    private final PrintWriter err;
    private final LongSupplier millis;
    private long lastDraw = Long.MIN_VALUE;
    private String lastPhase;
    private int shownWidth;

    TerminalProgress(PrintWriter err, LongSupplier millis) {
        this.err = Objects.requireNonNull(err, "err");
        this.millis = Objects.requireNonNull(millis, "millis");
    }

    /** Draws on {@code err}. */
    public static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(err, System::currentTimeMillis);
    }

    /**
     * A listener drawing on {@code err} when the process has a console (stderr is a terminal),
     * {@link ProgressListener#NONE} otherwise.
     */
    public static ProgressListener forTerminal(PrintWriter err) {
        return System.console() != null ? on(err) : ProgressListener.NONE;
    }

    /** Clears the progress line of {@code listener} if it drew one. */
    public static void finish(ProgressListener listener) {
        if (listener instanceof TerminalProgress progress) {
            progress.finish();
        }
    }

    @Override
    public synchronized void progress(String phase, long done, long total) {
        long now = millis.getAsLong();
        boolean last = total > 0 && done >= total;
        if (!last && Objects.equals(phase, lastPhase) && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_MILLIS) {
            return;
        }
        lastDraw = now;
        lastPhase = phase;
        draw(line(phase, done, total));
    }

    /** The text shown for one report, e.g. {@code "verifying account 3: 120/793 (15%)"}. */
    static String line(String phase, long done, long total) {
        if (total > 0) {
            long percent = Math.min(100, done * 100 / total);
            return phase + ": " + done + "/" + total + " (" + percent + "%)";
        }
        return done == 0 ? phase + " ..." : phase + ": " + done;
    }

    private void draw(String text) {
        StringBuilder sb = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < shownWidth; i++) {
            sb.append(' ');
        }
        shownWidth = text.length();
        err.print(sb);
        err.flush();
    }

    /** Clears the progress line, so what follows starts on a clean line. */
    public synchronized void finish() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
        lastPhase = null;
        lastDraw = Long.MIN_VALUE;
    }

    @Override
    public void close() {
        finish();
    }
}

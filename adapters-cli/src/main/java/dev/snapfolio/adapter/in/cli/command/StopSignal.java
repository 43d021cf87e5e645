package dev.snapfolio.adapter.in.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and SIGINT as a request to stop, asked for between accounts, instead of the JVM's own
 * shutdown (which would stop the embedded database under a run): the command then ends normally,
 * releasing what it holds, and the process exits 0. The previous handlers come back on close.
 */
final class StopSignal implements BooleanSupplier, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StopSignal.class);

    private final AtomicBoolean requested = new AtomicBoolean();
    private final List<Runnable> restore = new ArrayList<>();
    private final Object monitor = new Object();

    StopSignal() {
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal signal = new sun.misc.Signal(name);
                sun.misc.SignalHandler previous = sun.misc.Signal.handle(signal, s -> request());
                restore.add(() -> sun.misc.Signal.handle(signal, previous));
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // Not on this platform: the JVM's default shutdown stays.
                LOG.debug("signal {} cannot be handled here: {}", name, e.toString());
            }
        }
    }

    void request() {
        requested.set(true);
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    @Override
    public boolean getAsBoolean() {
        return requested.get();
    }

    /** Sleeps up to {@code millis}, waking early when a stop is requested; true when one is. */
    boolean sleep(long millis) {
        long end = System.currentTimeMillis() + millis;
        synchronized (monitor) {
            while (!requested.get()) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    monitor.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    requested.set(true);
                }
            }
        }
        return requested.get();
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}

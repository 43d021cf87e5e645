package dev.snapfolio.bootstrap;

import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a command opened and must close when it ends (connection pools), in reverse order. The
 * embedded server itself is not closed here: it outlives the command unless configured otherwise.
 */
final class Resources {
    private static final Logger LOG = LoggerFactory.getLogger(Resources.class);
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    synchronized void register(AutoCloseable resource) {
        opened.push(resource);
    }

    synchronized void closeAll() {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("could not close {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }

    /** Closes what the injector's command opened; an injector without resources is left alone. */
    static void close(Injector injector) {
        if (injector.getExistingBinding(Key.get(Resources.class)) != null) {
            injector.getInstance(Resources.class).closeAll();
        }
    }
}

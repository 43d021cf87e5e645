package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.StorageTimeoutException;

/** A failure a fault-injecting fake throws on purpose. */
public class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InjectedFault(String message) {
        super(message);
    }

    /** A statement or lock timeout, thrown as the out-ports throw one. */
    public static class InjectedTimeout extends StorageTimeoutException {
        private static final long serialVersionUID = 1L;

        public InjectedTimeout(String message) {
            super(message);
        }
    }
}

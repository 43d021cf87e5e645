package dev.snapfolio.application.fakes;

/** A failure a fault-injecting fake throws on purpose. */
public class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InjectedFault(String message) {
        super(message);
    }

    /** A failure that looks like a statement or lock timeout. */
    public static class InjectedTimeout extends InjectedFault {
        private static final long serialVersionUID = 1L;

        public InjectedTimeout(String message) {
            super(message);
        }
    }
}

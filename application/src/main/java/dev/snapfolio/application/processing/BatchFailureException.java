package dev.snapfolio.application.processing;

/** A batch run failed while loading or persisting; its transaction was rolled back. */
public class BatchFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the batch failed. */
    public enum Phase { LOAD, PERSIST }

    private final Phase phase;

    public BatchFailureException(Phase phase, Throwable cause) {
        super("batch " + phase.name().toLowerCase(java.util.Locale.ROOT) + " failed: " + cause, cause);
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }
}

package dev.snapfolio.application.port.in;

/**
 * Told how far a long job (verify, import, demo, rebuild) has got, so a driving adapter can show it
 * (a progress line on a terminal, nothing in a pipe). Called from the job's own thread, at most a
 * few times per unit of work; an implementation must be cheap and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Tells nothing. */
    ProgressListener NONE = (phase, done, total) -> {
    };

    /**
     * @param phase what is being done, in the user's words (e.g. "verifying account 3")
     * @param done units finished so far
     * @param total units in all; 0 when unknown
     */
    void progress(String phase, long done, long total);
}

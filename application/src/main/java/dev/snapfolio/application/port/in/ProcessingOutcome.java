package dev.snapfolio.application.port.in;

/**
 * What the caller of a mutation learns about the processing it caused: the logged run (strategy
 * asked and used, why, fallback, rows by scenario, timings), or that it was deferred to refresh.
 */
public record ProcessingOutcome(RunRecord run) {
    public boolean deferred() {
        return run.status() == RunStatus.DEFERRED;
    }

    public boolean failed() {
        return run.status() == RunStatus.FAILED;
    }

    public boolean fellBack() {
        return run.status() == RunStatus.FELL_BACK;
    }
}

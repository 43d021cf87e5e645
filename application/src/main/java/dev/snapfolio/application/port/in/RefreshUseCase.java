package dev.snapfolio.application.port.in;

import java.util.List;

public interface RefreshUseCase {
    /** Processes every dirty account and every account with an expiry due (trigger REFRESH), with one worker. */
    default List<ProcessingOutcome> refresh() {
        return refresh(RefreshRequest.once());
    }

    /**
     * As {@link #refresh()}, with the workers, lease and stop signal of {@code request}. Returns once
     * no account is left to claim (or a stop was asked for); accounts another worker holds are theirs.
     */
    List<ProcessingOutcome> refresh(RefreshRequest request);
}

package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.ProcessingOutcome;
import java.util.List;

public interface RefreshUseCase {
    /** Processes every dirty account and every account with an expiry due (trigger REFRESH). */
    List<ProcessingOutcome> refresh();
}

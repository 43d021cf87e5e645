package dev.snapfolio.application.port.in;

import java.time.LocalDate;

/**
 * A change (or import) was validated in memory from its change date on and failed: nothing was
 * written. The message names the movement (file and line for imports) and the date.
 */
public class ChangeRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final LocalDate date;

    public ChangeRejectedException(String message, LocalDate date, Throwable cause) {
        super(message, cause);
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}

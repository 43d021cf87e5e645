package dev.snapfolio.adapter.in.cli.command;

import java.util.List;

/**
 * What {@code snapfolio db status|stop} needs from the database set-up; implemented where the
 * database is wired (bootstrap), so that this adapter does not depend on the persistence adapter.
 */
public interface DatabaseAdmin {
    /** Lines describing the database: which one (embedded or external, never a password), running or not, where. */
    List<String> status();

    /** Stops the embedded server if one is running; returns a line saying what happened. */
    String stop();
}

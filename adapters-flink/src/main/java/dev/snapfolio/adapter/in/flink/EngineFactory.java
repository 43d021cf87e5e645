package dev.snapfolio.adapter.in.flink;

import java.io.Serializable;

/**
 * Opens the engine inside a Flink task. The factory travels with the job graph (so it holds a
 * serialisable configuration only, never a secret: a password is read from the task's environment
 * when {@link #open()} runs); each task opens one {@link Engine} in its {@code open()} and closes it
 * in its {@code close()}.
 */
public interface EngineFactory extends Serializable {
    /**
     * Wires the engine and connects to its database.
     *
     * @throws EngineUnavailableException when the database cannot be reached or refuses the
     *     credentials; its message is one line and never holds the password
     */
    Engine open();

    /** The database the engine uses, in words fit for a log line (no password). */
    String describe();
}

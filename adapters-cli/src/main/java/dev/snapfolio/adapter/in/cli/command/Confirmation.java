package dev.snapfolio.adapter.in.cli.command;

import java.util.Optional;

/**
 * Asks the person at the terminal a question before something that cannot be undone. Without a
 * terminal (a script, a pipe, a test) there is nobody to ask: the command wants its {@code --yes}.
 */
public interface Confirmation {
    /** Nobody to ask. */
    Confirmation NO_TERMINAL = question -> Optional.empty();

    /** The answer typed, or empty when there is no terminal to ask on. */
    Optional<String> ask(String question);
}

package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.state.AccountState;
import java.util.Objects;

/**
 * A state as a store holds it. A run compares the state it computes with the stored one on every
 * date; a store that keeps states in an encoded form can answer {@link #matches} from that form and
 * read the state itself only when asked.
 */
public interface StoredState {
    /** The stored state. May be read (decoded) on each call. */
    AccountState state();

    /** Whether storing {@code computed} on this date would store exactly what is stored now. */
    boolean matches(AccountState computed);

    /** A state held as it is: compared by equality. */
    static StoredState of(AccountState state) {
        return new Held(state);
    }

    /** A state held as it is (stores that keep domain states): compared, and equal, by the state. */
    record Held(AccountState state) implements StoredState {
        public Held {
            Objects.requireNonNull(state, "state");
        }

        @Override
        public boolean matches(AccountState computed) {
            return state.equals(computed);
        }
    }
}

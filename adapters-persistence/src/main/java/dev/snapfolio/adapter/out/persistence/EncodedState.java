package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.application.port.out.StoredState;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored state kept as its stored text: a run compares a computed state with the text piece by
 * piece as it would encode it (which costs what changed since the state compared before, see
 * {@link StateCodec.Encoder}) instead of decoding every stored state; decoded only when asked.
 * Equal by account, date and text.
 */
final class EncodedState implements StoredState {
    private final long accountId;
    private final LocalDate date;
    private final String body;
    private final StateCodec.Encoder encoder;

    /** {@code encoder} is shared by the states of one range read, which a run compares in date order. */
    EncodedState(long accountId, LocalDate date, String body, StateCodec.Encoder encoder) {
        this.accountId = accountId;
        this.date = Objects.requireNonNull(date, "date");
        this.body = Objects.requireNonNull(body, "body");
        this.encoder = encoder;
    }

    @Override
    public AccountState state() {
        return StateCodec.decode(accountId, date, body);
    }

    @Override
    public boolean matches(AccountState computed) {
        if (computed == null) {
            return false;
        }
        synchronized (encoder) {
            return encoder.matches(computed, body);
        }
    }

    String body() {
        return body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedState other && accountId == other.accountId && date.equals(other.date)
                && body.equals(other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, date, body);
    }

    @Override
    public String toString() {
        return "stored state of account #" + accountId + " on " + date + ": " + body;
    }
}

package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import java.util.Comparator;

/** A ticker in a currency: the key of stock lots, per-ticker figures and ticker snapshots. */
public record PositionKey(Ticker ticker, Currency currency) implements Comparable<PositionKey> {
    private static final Comparator<PositionKey> ORDER =
            Comparator.comparing(PositionKey::ticker).thenComparing(PositionKey::currency);

    @Override
    public int compareTo(PositionKey other) {
        return ORDER.compare(this, other);
    }
}

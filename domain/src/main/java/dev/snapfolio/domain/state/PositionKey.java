package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;

/** A ticker in a currency: the key of stock lots, per-ticker figures and ticker snapshots. */
public record PositionKey(Ticker ticker, Currency currency) implements Comparable<PositionKey> {

    @Override
    public int compareTo(PositionKey other) {
        int c = ticker.compareTo(other.ticker);
        return c != 0 ? c : currency.compareTo(other.currency);
    }
}

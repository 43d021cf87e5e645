package dev.snapfolio.application.processing;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.StoredState;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** What is stored for one account on one date: financial rows per currency, ticker rows, the state (or null). */
record StoredDay(Map<Currency, FinancialSnapshot> financials, Map<PositionKey, TickerSnapshot> tickers,
        StoredState state) {

    static final StoredDay EMPTY = new StoredDay(Map.of(), Map.of(), null);

    boolean isEmpty() {
        return financials.isEmpty() && tickers.isEmpty() && state == null;
    }

    /** Mutable accumulator used while grouping a range load by date. */
    static final class Builder {
        private final Map<Currency, FinancialSnapshot> financials = new TreeMap<>();
        private final Map<PositionKey, TickerSnapshot> tickers = new TreeMap<>();
        private StoredState state;

        void add(FinancialSnapshot row) {
            financials.put(row.currency(), row);
        }

        void add(TickerSnapshot row) {
            tickers.put(new PositionKey(row.ticker(), row.currency()), row);
        }

        void state(StoredState stored) {
            state = stored;
        }

        StoredDay build() {
            return new StoredDay(financials, tickers, state);
        }
    }

    /** Groups a range load into one {@link StoredDay} per date. */
    static NavigableMap<LocalDate, StoredDay> byDate(StoredSnapshots stored) {
        NavigableMap<LocalDate, Builder> builders = new TreeMap<>();
        for (FinancialSnapshot row : stored.financials()) {
            builders.computeIfAbsent(row.date(), d -> new Builder()).add(row);
        }
        for (TickerSnapshot row : stored.tickers()) {
            builders.computeIfAbsent(row.date(), d -> new Builder()).add(row);
        }
        stored.storedStates().forEach((date, state) -> builders.computeIfAbsent(date, d -> new Builder()).state(state));
        NavigableMap<LocalDate, StoredDay> days = new TreeMap<>();
        builders.forEach((date, builder) -> days.put(date, builder.build()));
        return days;
    }
}

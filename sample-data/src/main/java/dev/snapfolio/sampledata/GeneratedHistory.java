package dev.snapfolio.sampledata;

import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A generated account history: its movements in chronological (timestamp) order — the order in
 * which an importer would assign ids — plus the daily prices and the splits of its tickers.
 * Movements are not stored yet (id 0) and carry a unique source key.
 */
public record GeneratedHistory(HistorySpec spec, long accountId, List<Currency> currencies, List<Ticker> tickers,
        List<Movement> movements, List<Price> prices, List<Split> splits, List<LocalDate> tradingDays) {

    public GeneratedHistory {
        currencies = List.copyOf(currencies);
        tickers = List.copyOf(tickers);
        movements = List.copyOf(movements);
        prices = List.copyOf(prices);
        splits = List.copyOf(splits);
        tradingDays = List.copyOf(tradingDays);
    }

    public LocalDate firstDate() {
        return tradingDays.get(0);
    }

    public LocalDate lastDate() {
        return tradingDays.get(tradingDays.size() - 1);
    }

    /** The "today" the history was generated for: its last trading day (no movement is dated later). */
    public LocalDate today() {
        return lastDate();
    }

    /** The calculator policy for {@link #today()} with the default expiry grace. */
    public Policy policy() {
        return Policy.of(today());
    }

    public ReferenceData referenceData() {
        return ReferenceData.of(prices, splits);
    }

    /** The movements with ids 1..n assigned in chronological order, as a store would number them. */
    public List<Movement> numberedMovements() {
        List<Movement> numbered = new ArrayList<>(movements.size());
        long id = 1;
        for (Movement m : movements) {
            numbered.add(m.withId(id++));
        }
        return numbered;
    }

    public Map<MovementKind, Integer> countByKind() {
        Map<MovementKind, Integer> counts = new EnumMap<>(MovementKind.class);
        for (Movement m : movements) {
            counts.merge(m.kind(), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public String toString() {
        return "GeneratedHistory[" + spec.name() + ", " + firstDate() + ".." + lastDate() + ", " + tradingDays.size()
                + " trading days, " + tickers.size() + " tickers, " + currencies.size() + " currencies, "
                + movements.size() + " movements, " + prices.size() + " prices, " + splits.size() + " splits]";
    }
}

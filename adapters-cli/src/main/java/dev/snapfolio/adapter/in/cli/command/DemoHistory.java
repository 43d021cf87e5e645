package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.time.LocalDate;
import java.util.List;

/** Where {@code snapfolio demo} gets its account history from. */
public interface DemoHistory {
    /**
     * A history of {@code years} years ending before {@code today}: movements in chronological order
     * (not stored: id 0, each with a unique source key), the daily closes and the splits of its tickers.
     */
    History generate(int years, LocalDate today);

    record History(String description, List<Movement> movements, List<Price> prices, List<Split> splits) {
        public History {
            movements = List.copyOf(movements);
            prices = List.copyOf(prices);
            splits = List.copyOf(splits);
        }
    }
}

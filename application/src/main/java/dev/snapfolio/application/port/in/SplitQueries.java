package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Split;
import java.util.List;
import java.util.Optional;

/** The recorded splits, each with its exact ratio as written (2, 3:2, 1:3). */
public interface SplitQueries {
    /** Every split, or those of one ticker; by ticker then date. */
    List<Split> splits(Optional<Ticker> ticker);
}

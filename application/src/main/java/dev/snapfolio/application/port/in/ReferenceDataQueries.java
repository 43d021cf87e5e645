package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import java.time.LocalDate;
import java.util.List;

/** Reads of the shared market data. */
public interface ReferenceDataQueries {
    /** Closes of one ticker (null: every ticker) dated in [from, to] (null: open end), by ticker, currency, date. */
    List<Price> prices(Ticker ticker, LocalDate from, LocalDate to);
}

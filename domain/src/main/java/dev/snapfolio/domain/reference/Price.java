package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A market close of a ticker in a currency on a date (reference data shared by all accounts). */
public record Price(Ticker ticker, Currency currency, LocalDate date, BigDecimal close) {
    public Price {
        Checks.required("ticker", ticker);
        Checks.required("currency", currency);
        Checks.date("date", date);
        close = Checks.positivePrice("close", close);
    }
}

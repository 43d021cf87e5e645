package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A split of a ticker taking effect at the start of its date: open quantities × ratio, costs
 * unchanged (2 is a 2-for-1 split, 0.1 a 1-for-10 reverse split). Ratio kept at 8 decimals.
 */
public record Split(Ticker ticker, LocalDate date, BigDecimal ratio) {
    public Split {
        Checks.required("ticker", ticker);
        Checks.date("date", date);
        ratio = Checks.positiveQuantity("ratio", ratio);
        if (ratio.compareTo(BigDecimal.ONE) == 0) {
            throw new ValidationException("ratio", "must not be 1");
        }
    }
}

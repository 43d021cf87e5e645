package dev.snapfolio.domain.reference;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A split of a ticker taking effect at the start of its date: the open quantity × ratio, costs
 * unchanged. The ratio is exact ({@link SplitRatio}: 2, 3:2, 1:3), never a rounded decimal.
 */
public record Split(Ticker ticker, LocalDate date, SplitRatio ratio) {
    public Split {
        Checks.required("ticker", ticker);
        Checks.date("date", date);
        Checks.required("ratio", ratio);
    }

    /** A split whose ratio is given as an exact decimal (2, 0.5 = 1:2); see {@link SplitRatio#of(BigDecimal)}. */
    public Split(Ticker ticker, LocalDate date, BigDecimal ratio) {
        this(ticker, date, SplitRatio.of(ratio));
    }
}

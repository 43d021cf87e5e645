package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.domain.reference.Split;
import java.time.LocalDate;

/** A row of {@code split}: the ratio as its two exact terms, n:d. */
record SplitRow(String ticker, LocalDate splitDate, long ratioNumerator, long ratioDenominator) {
    static SplitRow from(Split split) {
        return new SplitRow(split.ticker().symbol(), split.date(), split.ratio().numerator(),
                split.ratio().denominator());
    }
}
